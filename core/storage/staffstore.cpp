#include "staffstore.h"

#include "common/clinictime.h"
#include "access/gate.h"
#include "storage/journal.h"
#include "storage/postgresroles.h"

#include <QElapsedTimer>
#include <QSqlQuery>

#include <sodium.h>

#include <atomic>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

// Argon2id with 46 MiB and 3 passes. OWASP's password storage cheat sheet
// gives 46 MiB with 1 pass as its first choice; 3 passes put memory times
// passes (138 MiB) above libsodium's INTERACTIVE limits (64 MiB, 2 passes,
// 128 MiB) that hashes were made with before, in about the same time. The
// desktop program's peak memory is the moment of this hash: 18 MiB less of
// it keeps the program under 100 MB with every workspace open.
constexpr unsigned long long passwordPasses = 3;
constexpr size_t passwordMemoryBytes = size_t(46) * 1024 * 1024;

Result<QString> hashPassword(const QString &password)
{
    if (sodium_init() < 0)
        return Error{StaffStore::tr("The password library (libsodium) could not start.")};
    const QByteArray utf8 = password.toUtf8();
    char hash[crypto_pwhash_STRBYTES];
    if (crypto_pwhash_str_alg(hash, utf8.constData(), quint64(utf8.size()), passwordPasses, passwordMemoryBytes,
                              crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return Error{StaffStore::tr("Not enough memory to hash the password.")};
    return QString::fromLatin1(hash);
}

// A hash made with other limits than hashPassword's (an account from before
// the limits changed): made again at its next sign-in, when the password is known.
bool madeWithOtherLimits(const QByteArray &hash)
{
    return crypto_pwhash_str_needs_rehash(hash.constData(), passwordPasses, passwordMemoryBytes) != 0;
}

// An Argon2id hash (the same limits as hashPassword's) of a random password
// no one knows: an unknown user name is checked against it, so that it takes
// as long as a known one.
constexpr char dummyHash[] = "$argon2id$v=19$m=47104,t=3,p=1$S6ksn8Gnj+dAWNfxnnQBRw$kGBU0YDO0Wk6q82SWctoMJoDtW+QCqXpTl6ucO8Dbl8";

// What the last check cost, read by the desktop program's measurement mode
// (sign-in's Argon2id is reported apart from the rest of signing in).
std::atomic<qint64> lastCheckNanoseconds{0};

bool passwordFits(const QByteArray &hash, const QString &password)
{
    const QByteArray utf8 = password.toUtf8();
    QElapsedTimer timer;
    timer.start();
    const bool fits = crypto_pwhash_str_verify(hash.constData(), utf8.constData(), quint64(utf8.size())) == 0;
    lastCheckNanoseconds = timer.nsecsElapsed();
    return fits;
}

QString rolesText(const QSet<Role> &roles)
{
    QStringList codes;
    for (Role role : {Role::Nurse, Role::Therapist, Role::Coordinator, Role::Administrator}) {
        if (roles.contains(role))
            codes << AccessPolicy::roleCode(role);
    }
    return codes.join(u',');
}

QSet<Role> rolesFrom(const QString &text)
{
    QSet<Role> roles;
    for (const QString &code : text.split(u',', Qt::SkipEmptyParts)) {
        if (const auto role = AccessPolicy::roleFromCode(code))
            roles.insert(*role);
    }
    return roles;
}

// id, username, full_name, roles: the columns every list of staff starts with.
StaffAccount accountFrom(const QSqlQuery &row)
{
    StaffAccount a;
    a.id = row.value(0).toLongLong();
    a.username = row.value(1).toString();
    a.fullName = row.value(2).toString();
    a.roles = rolesFrom(row.value(3).toString());
    return a;
}

} // namespace

using Data = AccessPolicy::Data;

Decision StaffStore::passwordStrongEnough(const QString &password)
{
    if (password.size() < 10)
        return Decision::deny(tr("A password needs at least 10 characters."));
    return Decision::allow();
}

Result<qint64> StaffStore::add(const QString &username, const QString &fullName, const QSet<Role> &roles, const QString &password)
{
    if (username.trimmed().isEmpty() || username.contains(u' '))
        return Error{tr("A user name is one word.")};
    if (fullName.trimmed().isEmpty())
        return Error{tr("Give the person's full name.")};
    if (roles.isEmpty())
        return Error{tr("Give the account at least one role.")};
    if (Decision strong = passwordStrongEnough(password); !strong)
        return Error{strong.reason};
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return Error{hash.error()};
    return Gate::write(m_journal, Data::Staff, PatientRef::none(), u"added a staff account"_s,
                       [&](Scope &scope) -> Result<qint64> {
        Result<QSqlQuery> existing = scope.run(u"SELECT 1 FROM staff WHERE username = ?"_s, {username.trimmed()});
        if (!existing)
            return Error{existing.error()};
        if (existing->next())
            return Error{tr("There is a user called %1 already.").arg(username.trimmed())};
        existing->finish();
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO staff (username, full_name, roles, password_hash, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
            {username.trimmed(), fullName.trimmed(), rolesText(roles), *hash, clinictime::toStorage(clinictime::now())});
        if (!row || !row->next())
            return Error{row ? tr("The journal did not return the new account's number.") : row.error()};
        const qint64 id = row->value(0).toLongLong();
        row->finish();
        // On PostgreSQL the account is a database login too, in the same transaction.
        if (Status login = PostgresRoles::createLogin(scope, username.trimmed(), password); !login)
            return Error{login.error()};
        return id;
    });
}

Result<QList<StaffAccount>> StaffStore::list() const
{
    return Gate::read(m_journal, Data::Staff, PatientRef::none(), u"staff accounts"_s,
                       [&](Scope &scope) -> Result<QList<StaffAccount>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, username, full_name, roles, active, failed_logins, locked_until FROM staff ORDER BY username"_s);
        if (!rows)
            return Error{rows.error()};
        QList<StaffAccount> list;
        while (rows->next()) {
            StaffAccount a = accountFrom(*rows);
            a.active = rows->value(4).toInt() != 0;
            a.failedLogins = rows->value(5).toInt();
            if (!rows->value(6).isNull())
                a.lockedUntil = clinictime::fromStorage(rows->value(6).toLongLong());
            list << a;
        }
        return list;
    });
}

Result<QList<StaffAccount>> StaffStore::directory() const
{
    return Gate::read(m_journal, Data::Directory, PatientRef::none(), u"the staff register"_s,
                      [&](Scope &scope) -> Result<QList<StaffAccount>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, username, full_name, roles FROM staff WHERE active = 1 ORDER BY full_name, username"_s);
        if (!rows)
            return Error{rows.error()};
        QList<StaffAccount> list;
        while (rows->next())
            list << accountFrom(*rows);
        return list;
    });
}

Result<int> StaffStore::count() const
{
    return Gate::read(m_journal, Data::Directory, PatientRef::none(), u"counted staff accounts"_s,
                       [&](Scope &scope) -> Result<int> {
        Result<QSqlQuery> row = scope.run(u"SELECT COUNT(*) FROM staff"_s);
        if (!row || !row->next())
            return Error{row ? tr("The journal did not answer.") : row.error()};
        return row->value(0).toInt();
    });
}

Status StaffStore::disable(const QString &username)
{
    return Gate::write(m_journal, Data::Staff, PatientRef::none(), u"disabled a staff account"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> done = scope.run(u"UPDATE staff SET active = 0 WHERE username = ?"_s, {username.trimmed()});
        if (!done)
            return Error{done.error()};
        if (done->numRowsAffected() != 1)
            return Error{tr("There is no user called %1.").arg(username.trimmed())};
        return PostgresRoles::disableLogin(scope, username.trimmed());
    });
}

Status StaffStore::enable(const QString &username, const QString &password)
{
    if (Decision strong = passwordStrongEnough(password); !strong)
        return Error{strong.reason};
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return Error{hash.error()};
    return Gate::write(m_journal, Data::Staff, PatientRef::none(), u"enabled a staff account again"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> row = scope.run(u"SELECT active FROM staff WHERE username = ?"_s, {username.trimmed()});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("There is no user called %1.").arg(username.trimmed())};
        const bool active = row->value(0).toInt() != 0;
        row->finish();
        if (active)
            return Error{tr("The account %1 is not disabled; nothing was changed.").arg(username.trimmed())};
        Result<QSqlQuery> done = scope.run(
            u"UPDATE staff SET active = 1, password_hash = ?, failed_logins = 0, locked_until = NULL WHERE username = ?"_s,
            {*hash, username.trimmed()});
        if (!done)
            return Error{done.error()};
        // On PostgreSQL the login gets LOGIN back with the new password's verifier.
        return PostgresRoles::createLogin(scope, username.trimmed(), password);
    });
}

Status StaffStore::setRoles(const QString &username, const QSet<Role> &roles)
{
    if (roles.isEmpty())
        return Error{tr("Give the account at least one role; nothing was changed.")};
    return Gate::write(m_journal, Data::Staff, PatientRef::none(), u"changed a staff account's roles"_s,
                       [&](Scope &scope) -> Status {
        if (username.trimmed() == scope.actor().username && scope.actor().has(Role::Administrator)
            && !roles.contains(Role::Administrator))
            return Error{tr("You cannot take the administrator role from your own account; nothing was changed.")};
        Result<QSqlQuery> done =
            scope.run(u"UPDATE staff SET roles = ? WHERE username = ?"_s, {rolesText(roles), username.trimmed()});
        if (!done)
            return Error{done.error()};
        if (done->numRowsAffected() != 1)
            return Error{tr("There is no user called %1.").arg(username.trimmed())};
        return {};
    });
}

Status StaffStore::resetPassword(const QString &username, const QString &password)
{
    if (Decision strong = passwordStrongEnough(password); !strong)
        return Error{strong.reason};
    Result<QString> hash = hashPassword(password);
    if (!hash)
        return Error{hash.error()};
    return Gate::write(m_journal, Data::Staff, PatientRef::none(), u"reset a password"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> done = scope.run(
            u"UPDATE staff SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE username = ?"_s, {*hash, username.trimmed()});
        if (!done)
            return Error{done.error()};
        if (done->numRowsAffected() != 1)
            return Error{tr("There is no user called %1.").arg(username.trimmed())};
        return PostgresRoles::createLogin(scope, username.trimmed(), password);
    });
}

Status StaffStore::unlock(const QString &username)
{
    return Gate::write(m_journal, Data::Staff, PatientRef::none(), u"unlocked a staff account"_s, [&](Scope &scope) -> Status {
        Result<QSqlQuery> row = scope.run(u"SELECT failed_logins, locked_until FROM staff WHERE username = ?"_s, {username.trimmed()});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("There is no user called %1.").arg(username.trimmed())};
        const int failures = row->value(0).toInt();
        const bool locked = !row->value(1).isNull() && clinictime::fromStorage(row->value(1).toLongLong()) > clinictime::now();
        row->finish();
        if (!locked && failures == 0)
            return Error{tr("The account %1 is not locked; nothing was changed.").arg(username.trimmed())};
        Result<QSqlQuery> done =
            scope.run(u"UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE username = ?"_s, {username.trimmed()});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

Status StaffStore::addToCareTeam(qint64 patientId, const QString &username)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::patient(patientId), u"added a staff member to the care team"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> staff = scope.run(u"SELECT id FROM staff WHERE username = ?"_s, {username.trimmed()});
        if (!staff)
            return Error{staff.error()};
        if (!staff->next())
            return Error{tr("There is no user called %1.").arg(username.trimmed())};
        const qint64 staffId = staff->value(0).toLongLong();
        staff->finish();
        Result<QSqlQuery> done = scope.run(
            u"INSERT INTO care_team (patient_id, staff_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, {patientId, staffId});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

namespace {
// A staff login on PostgreSQL may read its own password hash only, through the server.
QString hashColumn(Scope &scope)
{
    return PostgresRoles::enforced(scope) ? u"trinn_password_hash(username)"_s : u"password_hash"_s;
}
} // namespace

qint64 StaffStore::lastPasswordCheckNanoseconds()
{
    return lastCheckNanoseconds;
}

Result<Actor> StaffStore::signIn(const QString &username, const QString &password)
{
    const QString name = username.trimmed();
    const QString refused = tr("Wrong user name or password.");
    // What the check outside the transaction found: the hash it checked the
    // password against, and whether the password fitted it.
    QByteArray checkedHash;
    bool fitted = false;
    // A new hash of a password that fitted a hash made with other limits,
    // made outside the transaction like the check itself.
    QString renewedHash;
    const auto check = [&](Scope &scope) -> Status {
        if (sodium_init() < 0)
            return Error{tr("The password library (libsodium) could not start.")};
        // A staff login on PostgreSQL reads no password hash but its own.
        Result<QSqlQuery> row = scope.run(u"SELECT "_s + hashColumn(scope) + u" FROM staff WHERE username = ?"_s, {name});
        if (!row)
            return Error{row.error()};
        if (row->next())
            checkedHash = row->value(0).toString().toLatin1();
        row->finish();
        // An unknown name costs the same hash as a known one, so the time
        // taken does not tell which user names exist.
        fitted = passwordFits(checkedHash.isEmpty() ? QByteArray(dummyHash) : checkedHash, password) && !checkedHash.isEmpty();
        // A staff login on PostgreSQL may not write password hashes, its own
        // included: its hash is made again at the next reset.
        if (fitted && madeWithOtherLimits(checkedHash) && !PostgresRoles::enforced(scope)) {
            if (Result<QString> renewed = hashPassword(password))
                renewedHash = *renewed;
        }
        return {};
    };
    return Gate::signIn(m_journal, name, check, [&](Scope &scope) -> Result<Actor> {
        // Read again inside the write transaction: another workstation may
        // have counted a failure, locked the account or reset its password
        // since the check.
        Result<QSqlQuery> row = scope.run(
            u"SELECT id, full_name, roles, "_s + hashColumn(scope) + u", active, locked_until FROM staff WHERE username = ?"_s,
            {name});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{refused};
        const qint64 id = row->value(0).toLongLong();
        Actor actor;
        actor.staffId = id;
        actor.username = name;
        actor.fullName = row->value(1).toString();
        actor.roles = rolesFrom(row->value(2).toString());
        const QByteArray hash = row->value(3).toString().toLatin1();
        const bool active = row->value(4).toInt() != 0;
        const QDateTime lockedUntil = row->value(5).isNull() ? QDateTime() : clinictime::fromStorage(row->value(5).toLongLong());
        row->finish();
        if (!active)
            return Error{tr("The account %1 is disabled; ask an administrator.").arg(actor.username)};
        if (lockedUntil.isValid() && lockedUntil > clinictime::now())
            return Error{tr("Too many failed attempts: the account is locked until %1.").arg(clinictime::formatDateTime(lockedUntil))};
        // A password reset since the check: check against the new hash.
        const bool ok = hash == checkedHash ? fitted : passwordFits(hash, password);
        if (!ok) {
            // Counted in the database itself, inside the transaction that
            // read the lock: ten guessers at once count ten failures.
            Result<QSqlQuery> counted =
                scope.run(u"UPDATE staff SET failed_logins = failed_logins + 1 WHERE id = ? RETURNING failed_logins"_s, {id});
            if (!counted)
                return Error{counted.error()};
            if (!counted->next())
                return Error{refused};
            const int failures = counted->value(0).toInt();
            counted->finish();
            if (failures < lockAfterFailures)
                return Error{refused};
            if (Result<QSqlQuery> locked = scope.run(u"UPDATE staff SET failed_logins = 0, locked_until = ? WHERE id = ?"_s,
                                                     {clinictime::toStorage(clinictime::now().addSecs(lockMinutes * 60)), id});
                !locked)
                return Error{locked.error()};
            return Error{tr("Too many failed attempts: the account is locked for %1 minutes.").arg(lockMinutes)};
        }
        if (Result<QSqlQuery> reset = scope.run(u"UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = ?"_s, {id}); !reset)
            return Error{reset.error()};
        // Only over the hash the password was checked against: a reset since
        // the check wins.
        if (!renewedHash.isEmpty() && hash == checkedHash) {
            if (Result<QSqlQuery> renewed = scope.run(u"UPDATE staff SET password_hash = ? WHERE id = ? AND password_hash = ?"_s,
                                                      {renewedHash, id, QString::fromLatin1(checkedHash)});
                !renewed)
                return Error{renewed.error()};
        }
        return actor;
    });
}

} // namespace trinn
