#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace trinn {

/// Where a journal lives: a SQLite file, or a PostgreSQL database given as
/// postgresql://user:password@host:port/database?host=/socket/dir&sslmode=…
struct JournalLocation
{
    Q_DECLARE_TR_FUNCTIONS(JournalLocation)
public:
    enum class Backend { SQLite, PostgreSQL };

    Backend backend = Backend::SQLite;
    QString filePath;      // SQLite
    QString host;          // PostgreSQL: a host name, or a socket folder
    int port = 5432;
    QString database;
    QString userName;
    QString password;
    QString connectOptions; // the remaining URL query items, "key=value;…"

    static Result<JournalLocation> parse(const QString &text);
    /// For messages and window titles: the file path, or the URL without its password.
    QString display() const;

    /// The address as given, less any password (user info or a password=
    /// item): what may be remembered or shown. A file path is unchanged.
    static QString withoutPassword(const QString &text);
    /// A PostgreSQL address with this password, to open the journal with a
    /// password asked for: kept in memory only, never remembered.
    static QString withPassword(const QString &text, const QString &password);
    /// Whether the address carries a password.
    static bool hasPassword(const QString &text);
};

} // namespace trinn
