#pragma once

#include <QCoreApplication>
#include <QString>

class QSqlError;

namespace trinn {

/// What went wrong underneath a use case, told the same way whatever the
/// database engine: SQLite's extended result codes and PostgreSQL's
/// SQLSTATEs are mapped here and nowhere else, so no engine's own text ever
/// reaches a user.
struct StorageFailure
{
    Q_DECLARE_TR_FUNCTIONS(StorageFailure)
public:
    enum class Kind {
        DiskFull,       // no space left for the journal (or its write-ahead log)
        ReadOnly,       // the medium or the file cannot be written here
        Busy,           // another workstation holds the journal too long
        ConnectionLost, // the PostgreSQL server went away
        Duplicate,      // a UNIQUE key taken (most often by another workstation just now)
        InvalidData,    // a CHECK, NOT NULL or foreign key constraint refused a value
        Damaged,        // the file is corrupt or not a database
        Aborted,        // an earlier part of the same change failed
        DiskError,      // reading or writing the disk failed otherwise
        Other,
    };

    Kind kind = Kind::Other;
    /// The engine's code, kept for the message ("error 1") so support can look it up.
    QString code;

    /// `folder` is where a SQLite journal lives (empty for PostgreSQL): an I/O
    /// error there with no space left, or on a read-only medium, is told as such.
    static StorageFailure classify(const QSqlError &error, bool postgres, const QString &folder);
    /// The sentence for a user: what happened, that nothing was saved, what to do.
    QString message(const QString &where) const;
};

} // namespace trinn
