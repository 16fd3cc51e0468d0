#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace trinn {

class Journal;

struct StaffAccount
{
    qint64 id = 0;
    QString username;
    QString fullName;
    QSet<Role> roles;
    bool active = true;
    int failedLogins = 0;
    QDateTime lockedUntil;
};

/// Staff accounts. Passwords are kept only as Argon2id hashes (libsodium's
/// crypto_pwhash_str); five failed sign-ins in a row lock the account for 15 minutes.
class StaffStore
{
    Q_DECLARE_TR_FUNCTIONS(StaffStore)
public:
    static constexpr int lockAfterFailures = 5;
    static constexpr int lockMinutes = 15;

    explicit StaffStore(Journal &journal) : m_journal(journal) {}

    Result<qint64> add(const QString &username, const QString &fullName, const QSet<Role> &roles, const QString &password);
    Result<QList<StaffAccount>> list() const;
    /// Active staff with their names and roles, for choosing who did what;
    /// every signed-in role may read it (no password data, no lock state).
    Result<QList<StaffAccount>> directory() const;
    Status disable(const QString &username);
    /// Lets a disabled account sign in again, with a new password (the old
    /// one may have been known to others while the account was off); failures
    /// and a lock are forgotten. Refused for an account that is active.
    Status enable(const QString &username, const QString &password);
    /// Gives the account exactly `roles` (at least one). An administrator
    /// cannot take the administrator role from their own account, so a
    /// journal is never left without one by mistake. On PostgreSQL the
    /// server's policies read the roles from the staff row, so they apply at
    /// once; the login's group roles follow at the next password reset.
    Status setRoles(const QString &username, const QSet<Role> &roles);
    Status resetPassword(const QString &username, const QString &password);
    /// Lifts a lock after failed sign-ins (and forgets the failures counted
    /// so far) without changing the password. Refused for an account not locked.
    Status unlock(const QString &username);
    Status addToCareTeam(qint64 patientId, const QString &username);
    Result<int> count() const;

    /// Checks a password; on success the actor to set on the journal. A wrong
    /// password, a disabled or a locked account is refused with the reason.
    Result<Actor> signIn(const QString &username, const QString &password);

    static Decision passwordStrongEnough(const QString &password);
    /// How long the last password check in this process took: the Argon2id
    /// verify alone, without the reads and the audit around it.
    static qint64 lastPasswordCheckNanoseconds();

private:
    Journal &m_journal;
};

} // namespace trinn
