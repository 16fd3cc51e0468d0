#include "backupfiles.h"

#include "storage/journalfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStorageInfo>

#include <cstdio>

#include <fcntl.h>
#include <unistd.h>

namespace trinn::backupfiles {

namespace {
// Below this free on a disk, a failed write there is taken for a full disk
// (as StorageFailure does for the journal's own disk).
constexpr qint64 nearlyFull = 4 * 1024 * 1024;

bool syncPath(const QString &path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}
} // namespace

bool syncFile(const QString &path)
{
    return syncPath(path, O_RDONLY);
}

bool syncFolder(const QString &folder)
{
    return syncPath(folder, O_RDONLY | O_DIRECTORY);
}

bool replaceWith(const QString &from, const QString &to)
{
    return std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
}

void removeWithSidecars(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Status copyPrivate(const QString &from, const QString &to)
{
    QFile source(from);
    if (!source.open(QIODevice::ReadOnly))
        return Error{source.errorString()};
    // Made owner-only before a byte is written (JournalFiles), whatever the umask.
    if (Status made = JournalFiles::createPrivate(to); !made)
        return made;
    QFile target(to);
    if (!target.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return Error{target.errorString()};
    QByteArray chunk;
    while (!(chunk = source.read(1 << 20)).isEmpty()) {
        if (target.write(chunk) != chunk.size())
            return Error{target.errorString()};
    }
    if (source.error() != QFileDevice::NoError)
        return Error{source.errorString()};
    if (!target.flush())
        return Error{target.errorString()};
    target.close();
    if (!syncFile(to))
        return Error{QStringLiteral("fsync")};
    return {};
}

bool diskFull(const QString &folder)
{
    const QStorageInfo storage(folder);
    return storage.isValid() && storage.bytesAvailable() >= 0 && storage.bytesAvailable() < nearlyFull;
}

} // namespace trinn::backupfiles
