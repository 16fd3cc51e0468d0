#include "journallocation.h"

#include <QFileInfo>
#include <QUrl>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

namespace trinn {

Result<JournalLocation> JournalLocation::parse(const QString &text)
{
    JournalLocation location;
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error{tr("No journal was given: name a file or a postgresql:// address.")};

    if (!trimmed.startsWith(u"postgresql://"_s) && !trimmed.startsWith(u"postgres://"_s)) {
        location.backend = Backend::SQLite;
        location.filePath = QFileInfo(trimmed).absoluteFilePath();
        return location;
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return Error{tr("\"%1\" is not a valid PostgreSQL address: %2").arg(trimmed, url.errorString())};
    location.backend = Backend::PostgreSQL;
    location.host = url.host();
    location.port = url.port(5432);
    location.database = url.path().mid(1);
    location.userName = url.userName();
    location.password = url.password();

    QStringList options;
    const QUrlQuery query(url);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key == u"host")
            location.host = value;
        else if (key == u"port")
            location.port = value.toInt();
        else if (key == u"user")
            location.userName = value;
        else if (key == u"password")
            location.password = value;
        else if (key == u"dbname")
            location.database = value;
        else
            options.append(key + u'=' + value);
    }
    location.connectOptions = options.join(u';');
    if (location.database.isEmpty())
        return Error{tr("The PostgreSQL address \"%1\" names no database.").arg(location.display())};
    return location;
}

QString JournalLocation::display() const
{
    if (backend == Backend::SQLite)
        return filePath;
    QString text = u"postgresql://"_s;
    if (!userName.isEmpty())
        text += userName + u'@';
    if (!host.startsWith(u'/'))
        text += host;
    if (port != 5432)
        text += u':' + QString::number(port);
    text += u'/' + database;
    if (host.startsWith(u'/'))
        text += u"?host="_s + host;
    return text;
}

namespace {

bool isPostgresAddress(const QString &text)
{
    const QString trimmed = text.trimmed();
    return trimmed.startsWith(u"postgresql://"_s) || trimmed.startsWith(u"postgres://"_s);
}

} // namespace

QString JournalLocation::withoutPassword(const QString &text)
{
    if (!isPostgresAddress(text))
        return text;
    QUrl url(text.trimmed(), QUrl::StrictMode);
    if (!url.isValid())
        return text;
    url.setPassword(QString());
    QUrlQuery query(url);
    query.removeAllQueryItems(u"password"_s);
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

QString JournalLocation::withPassword(const QString &text, const QString &password)
{
    if (!isPostgresAddress(text))
        return text;
    QUrl url(withoutPassword(text), QUrl::StrictMode);
    QUrlQuery query(url);
    // A query item rather than user info: an address with a socket folder
    // (?host=/run/postgresql) has no host part to put user info before.
    query.addQueryItem(u"password"_s, QString::fromLatin1(QUrl::toPercentEncoding(password)));
    url.setQuery(query);
    return url.toString(QUrl::FullyEncoded);
}

bool JournalLocation::hasPassword(const QString &text)
{
    const Result<JournalLocation> location = parse(text);
    return location && !location->password.isEmpty();
}

} // namespace trinn
