#include "newjournal.h"

#include "cli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <fcntl.h>
#include <unistd.h>

namespace trinn::cli {
namespace {

void removeBuild(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

// The rename survives a power cut only once the file's data and the folder's
// entry are on the disk.
bool syncPath(const QString &path, bool folder)
{
    const int fd = ::open(QFile::encodeName(path).constData(), folder ? O_RDONLY | O_DIRECTORY : O_RDONLY);
    if (fd < 0)
        return false;
    const bool synced = ::fsync(fd) == 0;
    ::close(fd);
    return synced;
}

} // namespace

int buildNewJournal(const QString &location, const Journal::Options &options,
                    const std::function<int(const NewJournal &journal)> &build)
{
    const Result<JournalLocation> parsed = JournalLocation::parse(location);
    if (!parsed || parsed->backend == JournalLocation::Backend::PostgreSQL) {
        // A PostgreSQL database has no file to rename into place: it is made
        // in place, marked unfinished until the build is complete, so one
        // stopped half-way is refused and named by the check, never taken for whole.
        Journal::Options building = options;
        building.unfinishedAllowed = true;
        std::unique_ptr<Journal> journal = openJournal(location, building);
        if (!journal)
            return BadInput;
        const QString where = journal->location().display();
        if (Result<QString> unfinished = journal->unfinishedBy(); !unfinished || !unfinished->isEmpty()) {
            err(unfinished ? Journal::neverFinished(where, *unfinished) : unfinished.error());
            return BadInput;
        }
        if (Status marked = journal->markUnfinished(QStringLiteral("trinnctl ") + QCoreApplication::arguments().value(1)); !marked) {
            err(marked.error());
            return BadInput;
        }
        const int status = build({*journal, where, where});
        if (status != Success)
            return status;
        if (Status finished = journal->markFinished(); !finished) {
            err(finished.error());
            return BadInput;
        }
        return Success;
    }

    const QFileInfo target(parsed->filePath);
    if (target.exists() && (!target.isFile() || target.size() > 0)) {
        // An existing journal (demo into an empty one made by init) is filled in place.
        std::unique_ptr<Journal> journal = openJournal(location, options);
        if (!journal)
            return BadInput;
        return build({*journal, journal->location().display(), journal->location().display()});
    }
    if (!QDir().mkpath(target.absolutePath())) {
        err(Text::tr("Cannot create the folder %1 for the journal; nothing was saved.").arg(target.absolutePath()));
        return BadInput;
    }
    const QString buildPath = target.absolutePath() + QStringLiteral("/.") + target.fileName()
        + QStringLiteral(".building-%1").arg(QCoreApplication::applicationPid());
    const QString where = target.filePath();
    removeBuild(buildPath);
    int status = BadInput;
    {
        Result<std::unique_ptr<Journal>> journal = Journal::open(buildPath, options);
        if (!journal) {
            err(QString(journal.error()).replace(buildPath, where));
            removeBuild(buildPath);
            return BadInput;
        }
        status = build({**journal, where, buildPath});
    } // closing the last connection moves the write-ahead log into the file
    if (status != Success) {
        removeBuild(buildPath);
        return status;
    }
    const QFileInfo leftover(buildPath + QStringLiteral("-wal"));
    if ((leftover.exists() && leftover.size() > 0) || !syncPath(buildPath, false)) {
        err(Text::tr("The new journal could not be written out completely (is the disk full?); nothing was saved at %1.")
                .arg(where));
        removeBuild(buildPath);
        return BadInput;
    }
    if (std::rename(QFile::encodeName(buildPath).constData(), QFile::encodeName(parsed->filePath).constData()) != 0) {
        err(Text::tr("The new journal could not be put in place at %1; nothing was saved.").arg(where));
        removeBuild(buildPath);
        return BadInput;
    }
    removeBuild(buildPath);
    syncPath(target.absolutePath(), true);
    return Success;
}

} // namespace trinn::cli
