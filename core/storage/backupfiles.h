#pragma once

#include "common/result.h"
#include "storage/journallocation.h"

#include <QHash>
#include <QString>

// The file work of backups (backup.cpp) and the PostgreSQL tools (pgdump.cpp):
// private to core/storage.
namespace trinn::backupfiles {

/// Flushes a file, then the folder that names it, to the disk.
bool syncFile(const QString &path);
bool syncFolder(const QString &folder);
/// Renames `from` onto `to` in one step (rename(2)), replacing `to`.
bool replaceWith(const QString &from, const QString &to);
/// Removes a SQLite file and the -wal, -shm and -journal beside it.
void removeWithSidecars(const QString &path);
/// Copies a file to a new one that is its owner's only from the start.
Status copyPrivate(const QString &from, const QString &to);
/// Whether the disk of `folder` is full (or nearly).
bool diskFull(const QString &folder);

} // namespace trinn::backupfiles

namespace trinn::pgdump {

/// pg_dump --format=custom of the journal's database into `file`; the
/// password, if any, goes to the tool in PGPASSWORD, never on its command line.
Status dump(const JournalLocation &location, const QString &file);
/// pg_restore --list: the file is a whole custom-format archive.
Status verify(const QString &file);
/// The audit log a dump holds: each record's hash by id, and the newest one.
struct AuditRows
{
    QHash<qint64, QString> hashes;
    qint64 lastId = 0;
    qint64 lastAt = 0; // milliseconds since the epoch, UTC
};
Result<AuditRows> auditRows(const QString &file);
/// pg_restore --clean --if-exists of `file` into the journal's database.
Status restore(const JournalLocation &location, const QString &file);

} // namespace trinn::pgdump
