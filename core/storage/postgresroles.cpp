#include "postgresroles.h"

#include "access/gate.h"
#include "storage/journal.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA256 for one 32-byte block (RFC 8018, 5.2), as SCRAM's Hi().
QByteArray hi(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray("\0\0\0\1", 4));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype b = 0; b < result.size(); ++b)
            result[b] = char(result.at(b) ^ u.at(b));
    }
    return result;
}

} // namespace

bool PostgresRoles::enforced(const Scope &scope)
{
    return scope.isPostgres() && scope.journal().schemaVersion() >= schemaVersion;
}

QString PostgresRoles::scramVerifier(const QString &password, const QByteArray &salt, int iterations)
{
    // PostgreSQL prepares the password with SASLprep, whose core is NFKC;
    // for the ASCII passwords of most clinics both are the bytes as typed.
    const QByteArray salted = hi(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations);
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray storedKey = QCryptographicHash::hash(clientKey, QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return u"SCRAM-SHA-256$%1:%2$%3:%4"_s.arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
             QString::fromLatin1(serverKey.toBase64()));
}

Status PostgresRoles::createLogin(const Scope &scope, const QString &username, const QString &password)
{
    if (!enforced(scope))
        return {};
    if (sodium_init() < 0)
        return Error{tr("The password library (libsodium) could not start.")};
    QByteArray salt(16, '\0');
    randombytes_buf(salt.data(), size_t(salt.size()));
    Result<QSqlQuery> made = scope.run(u"SELECT trinn_create_login(?, ?)"_s, {username, scramVerifier(password, salt)});
    if (made)
        return {};
    // The server's own words name the cause; the person gets it in Trinn's.
    const QString &why = made.error();
    if (why.contains(u"not a Trinn staff login"_s))
        return Error{tr("The database server has a role called %1 that is not a Trinn staff login (the owner's, for one): "
                        "choose another user name. Nothing was saved.")
                         .arg(username)};
    if (why.contains(u"permission denied"_s) || why.contains(u"Only an administrator"_s) || why.contains(u"CREATEROLE"_s))
        return Error{tr("This connection may not make database logins: add staff as an administrator, or as the journal's "
                        "owner, who needs the CREATEROLE right. Nothing was saved.")};
    return Error{tr("The database login of %1 could not be made: %2 Nothing was saved.").arg(username, why)};
}

Status PostgresRoles::disableLogin(const Scope &scope, const QString &username)
{
    if (!enforced(scope))
        return {};
    if (Result<QSqlQuery> done = scope.run(u"SELECT trinn_disable_login(?)"_s, {username}); !done)
        return Error{tr("The database login of %1 could not be disabled: %2 Nothing was saved.").arg(username, done.error())};
    return {};
}

} // namespace trinn
