#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace trinn {

class Scope;

/// The client side of the PostgreSQL roles (migration 0018_postgres_roles):
/// each staff account is a database login of the same name, made with a
/// SCRAM-SHA-256 verifier computed here, so the password never reaches the
/// server or its logs. Only for PostgreSQL journals of schema 18 or later;
/// on SQLite and older schemas every call does nothing.
class PostgresRoles
{
    Q_DECLARE_TR_FUNCTIONS(PostgresRoles)
public:
    /// The schema version that brings the roles, policies and server-side audit.
    static constexpr int schemaVersion = 18;

    /// Whether the journal of `scope` enforces roles on the server.
    static bool enforced(const Scope &scope);

    /// Makes (or updates) the login role of the staff account `username`,
    /// which must be in the register already, with the groups of its roles.
    static Status createLogin(const Scope &scope, const QString &username, const QString &password);
    /// A disabled account cannot log in to the server.
    static Status disableLogin(const Scope &scope, const QString &username);

    /// The verifier PostgreSQL keeps for a password (RFC 5802/7677):
    /// SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>, base64.
    static QString scramVerifier(const QString &password, const QByteArray &salt, int iterations = 4096);
};

} // namespace trinn
