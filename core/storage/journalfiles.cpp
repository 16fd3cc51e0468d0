#include "journalfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace trinn {
namespace {

constexpr QFileDevice::Permissions ownerFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions ownerFolder = ownerFile | QFileDevice::ExeOwner;
constexpr QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                                          | QFileDevice::WriteOther;

QString octal(QFileDevice::Permissions p)
{
    const auto bit = [p](QFileDevice::Permission flag, int value) { return p.testFlag(flag) ? value : 0; };
    const int owner = bit(QFileDevice::ReadOwner, 4) + bit(QFileDevice::WriteOwner, 2) + bit(QFileDevice::ExeOwner, 1);
    const int group = bit(QFileDevice::ReadGroup, 4) + bit(QFileDevice::WriteGroup, 2) + bit(QFileDevice::ExeGroup, 1);
    const int other = bit(QFileDevice::ReadOther, 4) + bit(QFileDevice::WriteOther, 2) + bit(QFileDevice::ExeOther, 1);
    return QStringLiteral("0%1%2%3").arg(owner).arg(group).arg(other);
}

} // namespace

Status JournalFiles::createPrivate(const QString &filePath)
{
    const QFileInfo info(filePath);
    // The folders that are missing, outermost first; each is made with the
    // owner's permissions from the start (mkdir's mode), so there is no
    // moment when another user could enter it.
    QStringList missing;
    for (QString folder = info.absolutePath(); !QFileInfo::exists(folder); folder = QFileInfo(folder).path()) {
        missing.prepend(folder);
        if (QFileInfo(folder).path() == folder)
            break;
    }
    for (const QString &folder : std::as_const(missing)) {
        if (!QDir().mkdir(folder, ownerFolder) && !QFileInfo(folder).isDir())
            return Error{tr("Cannot create the folder %1 for the journal.").arg(folder)};
    }
    // Made empty and owner-only before SQLite opens it: SQLite would make it
    // 0644 under the usual umask, and its -wal and -shm take the journal's mode.
    QFile file(info.absoluteFilePath());
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, ownerFile))
        return Error{tr("Cannot create the journal %1: %2").arg(info.absoluteFilePath(), file.errorString())};
    file.close();
    return {};
}

QStringList JournalFiles::openToOthers(const QString &filePath)
{
    QStringList open;
    for (const QString &path : QStringList{filePath, filePath + u"-wal", filePath + u"-shm"}) {
        const QFileInfo info(path);
        if (info.exists() && (info.permissions() & others))
            open << QStringLiteral("%1 (%2)").arg(path, octal(info.permissions()));
    }
    return open;
}

} // namespace trinn
