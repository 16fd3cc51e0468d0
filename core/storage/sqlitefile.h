#pragma once

#include <QCoreApplication>
#include <QString>

namespace trinn {

/// Looks at a SQLite journal's bytes before SQLite opens it, so that a
/// damaged file is refused before anything writes to it. SQLite itself
/// ignores some damage: a write-version byte it does not know makes the
/// file read-only, and a write-ahead log damaged in the middle is silently
/// cut at the damage, dropping the committed transactions after it.
class SqliteFile
{
    Q_DECLARE_TR_FUNCTIONS(SqliteFile)
public:
    enum class Verdict { Sound, NotSqlite, Damaged };
    struct Finding
    {
        Verdict verdict = Verdict::Sound;
        QString reason; // for Damaged: what is wrong, in words (no file name)
    };

    /// The 100-byte header and the file's size. `walPresent`: a non-empty
    /// write-ahead log is beside it (its pages may be beyond the file's end).
    static Finding header(const QByteArray &bytes, qint64 fileSize, bool walPresent);
    /// What the header says only Trinn writes (no application
    /// id, vacuum or old cache setting, UTF-8): checked once the file is known
    /// to be a Trinn journal, so another program's database is told as such.
    static Finding trinnHeader(const QByteArray &bytes);
    /// The write-ahead log's bytes: damage in or before a committed transaction.
    static Finding wal(const QByteArray &bytes);
};

} // namespace trinn
