#include "backupfiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace trinn::pgdump {
namespace {

// Messages in the context of the backups they are part of.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
};

// The tool on PATH (Debian's wrapper picks the server's version), else the
// newest PostgreSQL's own.
QString tool(const QString &name)
{
    const QString onPath = QStandardPaths::findExecutable(name);
    if (!onPath.isEmpty())
        return onPath;
    QStringList versions = QDir(u"/usr/lib/postgresql"_s).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (auto it = versions.crbegin(); it != versions.crend(); ++it) {
        const QString path = u"/usr/lib/postgresql/"_s + *it + u"/bin/"_s + name;
        if (QFileInfo(path).isExecutable())
            return path;
    }
    return {};
}

QString quoted(const QString &value)
{
    QString escaped = value;
    escaped.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u"'"_s + escaped + u"'"_s;
}

// A libpq connection string without the password: that goes in PGPASSWORD,
// where ps does not show it.
QString connectionString(const JournalLocation &location)
{
    QStringList parts;
    if (!location.host.isEmpty())
        parts << u"host="_s + quoted(location.host);
    parts << u"port="_s + QString::number(location.port) << u"dbname="_s + quoted(location.database);
    if (!location.userName.isEmpty())
        parts << u"user="_s + quoted(location.userName);
    for (const QString &option : location.connectOptions.split(u';', Qt::SkipEmptyParts)) {
        const qsizetype equals = option.indexOf(u'=');
        if (equals > 0 && option.left(equals) != u"password")
            parts << option.left(equals) + u"="_s + quoted(option.mid(equals + 1));
    }
    return parts.join(u' ');
}

struct Ran
{
    bool started = false;
    int exitCode = -1;
    QString errors;
};

Ran runTool(const QString &program, const QStringList &arguments, const JournalLocation *location)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (location && !location->password.isEmpty())
        environment.insert(u"PGPASSWORD"_s, location->password);
    environment.insert(u"LC_MESSAGES"_s, u"C"_s);
    process.setProcessEnvironment(environment);
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    Ran ran;
    ran.started = process.waitForStarted(30000);
    if (!ran.started)
        return ran;
    process.waitForFinished(-1);
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.errors = QString::fromLocal8Bit(process.readAllStandardError());
    return ran;
}

// The tools' own text is not shown; what they said is told in Trinn's words.
QString why(const Ran &ran, const QString &toolName, const JournalLocation &location, const QString &file)
{
    const QString text = ran.errors.toLower();
    if (text.contains(u"password authentication failed"_s) || text.contains(u"no password supplied"_s))
        return Text::tr("The server refused the password of %1 (give it in PGPASSWORD or ~/.pgpass).").arg(location.userName);
    if (text.contains(u"could not connect"_s) || text.contains(u"connection to server"_s))
        return Text::tr("The server at %1 cannot be reached.").arg(location.display());
    if (text.contains(u"permission denied"_s) || text.contains(u"row-level security"_s) || text.contains(u"must be owner"_s))
        return Text::tr("The login %1 may not read or replace the whole journal: run it as the journal's owner role "
                  "(postgresql://OWNER@host/database).")
            .arg(location.userName.isEmpty() ? Text::tr("(none given)") : location.userName);
    if (text.contains(u"no space left"_s))
        return Text::tr("There is not enough space on the disk for %1.").arg(file);
    if (text.contains(u"not a valid archive"_s) || text.contains(u"input file"_s) || text.contains(u"unexpected end"_s))
        return Text::tr("%1 is not a whole PostgreSQL backup (custom format).").arg(file);
    return Text::tr("%1 failed (exit status %2).").arg(toolName).arg(ran.exitCode);
}

} // namespace

Status dump(const JournalLocation &location, const QString &file)
{
    const QString program = tool(u"pg_dump"_s);
    if (program.isEmpty())
        return Error{Text::tr("PostgreSQL's pg_dump is not installed on this workstation (Debian package postgresql-client).")};
    const Ran ran = runTool(program, {u"--format=custom"_s, u"--no-password"_s, u"--file"_s, file,
                                      u"--dbname"_s, connectionString(location)},
                            &location);
    if (!ran.started)
        return Error{Text::tr("pg_dump could not be started.")};
    if (ran.exitCode != 0)
        return Error{why(ran, u"pg_dump"_s, location, file)};
    return {};
}

Status verify(const QString &file)
{
    const QString program = tool(u"pg_restore"_s);
    if (program.isEmpty())
        return Error{Text::tr("PostgreSQL's pg_restore is not installed on this workstation (Debian package postgresql-client).")};
    const Ran ran = runTool(program, {u"--list"_s, file}, nullptr);
    if (!ran.started)
        return Error{Text::tr("pg_restore could not be started.")};
    if (ran.exitCode != 0)
        return Error{why(ran, u"pg_restore"_s, JournalLocation{}, file)};
    return {};
}

Result<AuditRows> auditRows(const QString &file)
{
    const QString program = tool(u"pg_restore"_s);
    if (program.isEmpty())
        return Error{Text::tr("PostgreSQL's pg_restore is not installed on this workstation (Debian package postgresql-client).")};
    // The audit log's rows as pg_restore writes them: a COPY header naming
    // the columns, then one tab-separated line per row, up to "\.".
    QProcess process;
    process.start(program, {u"--data-only"_s, u"--table=audit_log"_s, u"--file=-"_s, file});
    if (!process.waitForStarted(30000))
        return Error{Text::tr("pg_restore could not be started.")};
    AuditRows rows;
    int idColumn = -1, hashColumn = -1, atColumn = -1;
    bool inCopy = false;
    QByteArray pending;
    const auto take = [&](const QByteArray &line) {
        if (!inCopy) {
            if (line.startsWith("COPY ")) {
                const QByteArray columns = line.mid(line.indexOf('(') + 1, line.indexOf(')') - line.indexOf('(') - 1);
                const QList<QByteArray> names = columns.split(',');
                for (int i = 0; i < names.size(); ++i) {
                    const QByteArray name = names.at(i).trimmed();
                    if (name == "id") idColumn = i;
                    else if (name == "hash") hashColumn = i;
                    else if (name == "at") atColumn = i;
                }
                inCopy = idColumn >= 0 && hashColumn >= 0;
            }
            return;
        }
        if (line == "\\.") {
            inCopy = false;
            return;
        }
        const QList<QByteArray> fields = line.split('\t');
        if (fields.size() <= std::max({idColumn, hashColumn, atColumn}))
            return;
        const qint64 id = fields.at(idColumn).toLongLong();
        rows.hashes.insert(id, QString::fromLatin1(fields.at(hashColumn)));
        if (id > rows.lastId) {
            rows.lastId = id;
            rows.lastAt = atColumn >= 0 ? fields.at(atColumn).toLongLong() : 0;
        }
    };
    while (process.state() != QProcess::NotRunning || process.bytesAvailable() > 0) {
        if (process.bytesAvailable() == 0 && !process.waitForReadyRead(60000) && process.state() == QProcess::NotRunning
            && process.bytesAvailable() == 0)
            break;
        pending += process.readAllStandardOutput();
        qsizetype end;
        while ((end = pending.indexOf('\n')) >= 0) {
            take(pending.left(end));
            pending.remove(0, end + 1);
        }
    }
    process.waitForFinished(-1);
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return Error{Text::tr("%1 is not a whole PostgreSQL backup (custom format).").arg(file)};
    return rows;
}

Status restore(const JournalLocation &location, const QString &file)
{
    const QString program = tool(u"pg_restore"_s);
    if (program.isEmpty())
        return Error{Text::tr("PostgreSQL's pg_restore is not installed on this workstation (Debian package postgresql-client).")};
    // One transaction: a restore that fails leaves the database as it was.
    const Ran ran = runTool(program, {u"--clean"_s, u"--if-exists"_s, u"--single-transaction"_s, u"--exit-on-error"_s,
                                      u"--no-password"_s, u"--dbname"_s, connectionString(location), file},
                            &location);
    if (!ran.started)
        return Error{Text::tr("pg_restore could not be started.")};
    if (ran.exitCode != 0)
        return Error{why(ran, u"pg_restore"_s, location, file)};
    return {};
}

} // namespace trinn::pgdump
