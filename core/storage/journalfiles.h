#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace trinn {

/// The files of a SQLite journal on disk. A journal holds health data, so
/// Trinn makes it, and the folders it makes for it, readable by their owner
/// only (0600 / 0700) whatever the umask; SQLite gives the -wal and -shm
/// files it makes beside a journal the journal's own mode.
class JournalFiles
{
    Q_DECLARE_TR_FUNCTIONS(JournalFiles)
public:
    /// Makes an empty journal file at filePath, owner-only, and the missing
    /// folders above it, owner-only too. Fails when the file exists.
    static Status createPrivate(const QString &filePath);

    /// The journal's files (itself, its -wal and -shm) that other users of
    /// the computer may read or write, each with its mode ("0644").
    static QStringList openToOthers(const QString &filePath);
};

} // namespace trinn
