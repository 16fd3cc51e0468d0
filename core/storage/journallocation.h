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
};

} // namespace trinn
