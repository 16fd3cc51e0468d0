#include "storagefailure.h"

#include <QFileInfo>
#include <QSqlError>
#include <QStorageInfo>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

using Kind = StorageFailure::Kind;

// SQLite's primary result codes (the low byte of an extended code).
enum : int {
    sqliteBusy = 5, sqliteLocked = 6, sqliteNoMem = 7, sqliteReadOnly = 8, sqliteIoErr = 10, sqliteCorrupt = 11,
    sqliteFull = 13, sqliteCantOpen = 14, sqliteProtocol = 15, sqliteConstraint = 19, sqliteNotADb = 26,
};
// Extended constraint codes: UNIQUE and PRIMARY KEY are duplicates, the rest invalid data.
constexpr int sqliteConstraintPrimaryKey = 1555;
constexpr int sqliteConstraintUnique = 2067;
constexpr int sqliteIoErrShortRead = 522;

// Less than this free on the journal's disk and an I/O error is a full disk:
// SQLite tells ENOSPC as SQLITE_FULL only for the database file, not for the
// write-ahead log's index (an mmap'ed file) or its temporary files.
constexpr qint64 nearlyFull = 4 * 1024 * 1024;

bool folderIsReadOnly(const QString &folder)
{
    if (folder.isEmpty())
        return false;
    const QStorageInfo storage(folder);
    return (storage.isValid() && storage.isReadOnly()) || !QFileInfo(folder).isWritable();
}

bool folderIsFull(const QString &folder)
{
    if (folder.isEmpty())
        return false;
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < nearlyFull;
}

Kind sqliteKind(int code, const QString &folder)
{
    const int primary = code & 0xff;
    switch (primary) {
    case sqliteFull:
        return Kind::DiskFull;
    case sqliteBusy:
    case sqliteLocked:
    case sqliteProtocol:
        return Kind::Busy;
    case sqliteReadOnly:
        return Kind::ReadOnly;
    case sqliteCorrupt:
    case sqliteNotADb:
        return Kind::Damaged;
    case sqliteConstraint:
        return code == sqliteConstraintUnique || code == sqliteConstraintPrimaryKey ? Kind::Duplicate : Kind::InvalidData;
    case sqliteIoErr:
    case sqliteCantOpen:
        if (folderIsFull(folder))
            return Kind::DiskFull;
        if (folderIsReadOnly(folder))
            return Kind::ReadOnly;
        if (code == sqliteIoErrShortRead)
            return Kind::Damaged; // the file ends before a page it says it has
        return Kind::DiskError;
    case sqliteNoMem:
    default:
        return Kind::Other;
    }
}

Kind postgresKind(const QString &state)
{
    // libpq's own failures (the server gone, no answer) carry no SQLSTATE.
    if (state.isEmpty() || state.startsWith(u"08"_s) || state == u"57P01" || state == u"57P02" || state == u"57P03")
        return Kind::ConnectionLost;
    if (state == u"23505")
        return Kind::Duplicate;
    if (state.startsWith(u"23"_s))
        return Kind::InvalidData;
    if (state == u"53100")
        return Kind::DiskFull;
    if (state == u"25006")
        return Kind::ReadOnly;
    if (state == u"40001" || state == u"40P01" || state == u"55P03" || state == u"57014" || state == u"53300")
        return Kind::Busy;
    if (state == u"25P02")
        return Kind::Aborted;
    if (state == u"XX001" || state == u"XX002")
        return Kind::Damaged;
    if (state == u"58030")
        return Kind::DiskError;
    return Kind::Other;
}

} // namespace

StorageFailure StorageFailure::classify(const QSqlError &error, bool postgres, const QString &folder)
{
    StorageFailure failure;
    failure.code = error.nativeErrorCode();
    if (postgres) {
        failure.kind = postgresKind(failure.code);
    } else {
        bool numeric = false;
        const int code = failure.code.toInt(&numeric);
        failure.kind = numeric ? sqliteKind(code, folder) : Kind::Other;
    }
    return failure;
}

QString StorageFailure::message(const QString &where) const
{
    switch (kind) {
    case Kind::DiskFull:
        return tr("The disk holding the journal at %1 is full: nothing was saved. Free some space and try again.")
            .arg(where);
    case Kind::ReadOnly:
        return tr("The journal at %1 cannot be written on this workstation (a read-only disk, folder or file): "
                  "nothing was saved.")
            .arg(where);
    case Kind::Busy:
        return tr("The journal at %1 is busy with another workstation: nothing was saved. Try again in a moment.")
            .arg(where);
    case Kind::ConnectionLost:
        return tr("The connection to the journal at %1 was lost: nothing was saved. Check the network and the "
                  "database server, then try again.")
            .arg(where);
    case Kind::Duplicate:
        return tr("That is in the journal at %1 already (another workstation may have saved it just now): "
                  "nothing was saved.")
            .arg(where);
    case Kind::InvalidData:
        return tr("The journal at %1 refused a value that is not valid there: nothing was saved. "
                  "This is a fault in Trinn; please report it.")
            .arg(where);
    case Kind::Damaged:
        return tr("The journal at %1 is damaged: nothing was saved. Run \"trinnctl check\" on it and restore it "
                  "from a backup.")
            .arg(where);
    case Kind::Aborted:
        return tr("A part of this change failed, so the journal at %1 undid all of it: nothing was saved.").arg(where);
    case Kind::DiskError:
        return tr("The disk holding the journal at %1 could not be read or written: nothing was saved. "
                  "Check the disk and try again.")
            .arg(where);
    case Kind::Other:
        break;
    }
    return tr("The journal at %1 could not do that (error %2): nothing was saved.")
        .arg(where, code.isEmpty() ? u"?"_s : code);
}

} // namespace trinn
