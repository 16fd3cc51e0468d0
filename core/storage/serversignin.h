#pragma once

#include "storage/journallocation.h"

#include <QDateTime>

namespace trinn {

/// What the server says of a staff login it refused (migration 23): the
/// workstation reports the failure through trinn_gate.failed_sign_in, as the
/// one-purpose login trinn_signin, so a wrong password typed at a PostgreSQL
/// journal is counted and locks the account like one typed at a SQLite one.
struct ServerSignIn
{
    enum class Answer {
        Refused,   // a wrong password, counted
        LockedNow, // this failure locked the account
        Locked,    // locked already
        Retry,     // the lock had run out and was lifted: try the password again
        Unknown,   // the server could not be asked (an older journal, no trinn_signin)
    };
    Answer answer = Answer::Unknown;
    QDateTime lockedUntil;

    static ServerSignIn reportFailure(const JournalLocation &location, const QString &account);
    /// The password of trinn_signin, the same in every Trinn: the role proves
    /// nothing and may do nothing but report a failure.
    static constexpr const char *gateLogin = "trinn_signin";
    static constexpr const char *gatePassword = "trinn-signin";
};

} // namespace trinn
