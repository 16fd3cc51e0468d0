#include "backup.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/backupfiles.h"
#include "storage/integritycheck.h"
#include "storage/journal.h"
#include "storage/journalfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

using Data = AccessPolicy::Data;
namespace files = backupfiles;

const QString folderKey = u"backup_daily_folder"_s;
const QString keepKey = u"backup_daily_keep"_s;
constexpr int maxKeep = 365;

bool sameFile(const QString &a, const QString &b)
{
    const QFileInfo left(a);
    const QFileInfo right(b);
    return left.exists() && right.exists() ? left.canonicalFilePath() == right.canonicalFilePath()
                                           : left.absoluteFilePath() == right.absoluteFilePath();
}

QString when(const QDateTime &at)
{
    return at.isValid() ? clinictime::formatDateTime(at) : Backup::tr("(no record)");
}

} // namespace

Result<Backup::Made> Backup::take(Journal &journal, const QString &file, bool replace, Refusal *refusal)
{
    Refusal ignored = Refusal::None;
    Refusal &why = refusal ? *refusal : ignored;
    why = Refusal::None;
    const auto refuse = [&why](Refusal kind, const QString &message) {
        why = kind;
        return Result<Made>(Error{message});
    };
    const QFileInfo target(file);
    const QString path = target.absoluteFilePath();
    if (target.isDir())
        return refuse(Refusal::Failed, tr("%1 is a folder; a backup is written to a file. Nothing was written.").arg(path));
    if (target.exists() && !replace)
        return refuse(Refusal::Exists, tr("%1 exists already. Nothing was written: choose another name, or replace it.").arg(path));
    if (!journal.isPostgres() && sameFile(path, journal.location().filePath))
        return refuse(Refusal::Failed, tr("%1 is the journal itself. Nothing was written.").arg(path));
    const QFileInfo folder(target.absolutePath());
    if (!folder.isDir())
        return refuse(Refusal::Failed, tr("There is no folder %1 for the backup. Nothing was written.").arg(folder.filePath()));
    if (!folder.isWritable())
        return refuse(Refusal::Failed,
                      tr("The folder %1 cannot be written (no permission, or a read-only disk). Nothing was written.")
                          .arg(folder.filePath()));

    // The gate asks the policy (administrators only) before a byte is read.
    return Gate::read(journal, Data::Backup, PatientRef::none(), u"backed up the journal"_s, [&](Scope &scope) -> Result<Made> {
        // Written beside its place first: a failure at any point removes
        // this one file and leaves nothing that looks like a backup.
        const QString part = path + u".part"_s;
        files::removeWithSidecars(part);
        const auto fail = [&](const QString &message) {
            files::removeWithSidecars(part);
            why = Refusal::Failed;
            return Result<Made>(Error{message});
        };
        Made made;
        made.file = path;
        if (journal.isPostgres()) {
            if (Status dumped = pgdump::dump(journal.location(), part); !dumped)
                return fail(tr("The backup could not be made: %1 Nothing was kept.").arg(dumped.error()));
            if (Status whole = pgdump::verify(part); !whole)
                return fail(tr("The backup failed its check: %1 Nothing was kept.").arg(whole.error()));
            QFile(part).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        } else {
            // Owner-only from the start; VACUUM INTO fills an empty file.
            if (Status made = JournalFiles::createPrivate(part); !made)
                return fail(tr("The backup cannot be written in %1: %2 Nothing was written.").arg(folder.filePath(), made.error()));
            // One read transaction on the journal's own connection: the copy
            // is the journal as committed when it began, while others write.
            if (Result<QSqlQuery> copied = scope.run(u"VACUUM INTO ?"_s, {part}); !copied) {
                if (journal.lastFailure() == StorageFailure::Kind::DiskFull || files::diskFull(folder.filePath()))
                    return fail(tr("There is not enough space on the disk for the backup in %1. Nothing was kept; free "
                                   "some space or choose another disk.")
                                    .arg(folder.filePath()));
                return fail(tr("The backup could not be written to %1: %2 Nothing was kept.").arg(path, copied.error()));
            }
        }
        if (!files::syncFile(part))
            return fail(files::diskFull(folder.filePath())
                            ? tr("There is not enough space on the disk for the backup in %1. Nothing was kept.").arg(folder.filePath())
                            : tr("The backup could not be written to the disk at %1. Nothing was kept.").arg(path));
        if (!journal.isPostgres()) {
            // The same checks as "trinnctl check": a copy is only as good as its check.
            Result<Contents> checked = examine(part);
            if (!checked)
                return fail(tr("The new backup could not be checked: %1 Nothing was kept.").arg(checked.error()));
            if (!checked->problems.isEmpty())
                return fail(tr("The new backup failed its check: %1 Nothing was kept.").arg(checked->problems.constFirst()));
            made.head = checked->head;
            // Checking opened it: what SQLite may have left beside it goes.
            for (const char *suffix : {"-wal", "-shm", "-journal"})
                QFile::remove(part + QLatin1String(suffix));
        }
        made.bytes = QFileInfo(part).size();
        // Audited before it is in place: no backup exists that the log does not name.
        if (Status logged = AuditLog::append(journal, 0, u"backup"_s, u"backed up the journal to "_s + path); !logged)
            return fail(logged.error());
        if (!files::replaceWith(part, path))
            return fail(tr("The backup could not be put in place at %1. Nothing was kept.").arg(path));
        files::syncFolder(folder.filePath());
        return made;
    });
}

Result<Backup::Contents> Backup::examine(const QString &file)
{
    // Opened for checking: never migrated nor switched to write-ahead logging.
    Journal::Options options;
    options.forChecking = true;
    Result<std::unique_ptr<Journal>> opened = Journal::open(QFileInfo(file).absoluteFilePath(), options);
    if (!opened)
        return Error{opened.error()};
    Journal &copy = **opened;
    Result<QStringList> database = IntegrityCheck(copy).run();
    if (!database)
        return Error{database.error()};
    Contents contents;
    contents.problems = *database;
    // The chain and its seals, not the workstation's last head: that is of
    // the live journal, and a backup is an older state of it by nature.
    Result<AuditLog::Findings> audit = AuditLog::examine(copy);
    if (!audit)
        return Error{audit.error()};
    contents.problems << audit->problems;
    contents.notes << audit->notes;
    if (Result<qint64> patients = IntegrityCheck(copy).patientCount(); patients)
        contents.patients = *patients;
    Result<AuditLog::Head> head = AuditLog::head(copy);
    if (!head)
        return Error{head.error()};
    contents.head = *head;
    return contents;
}

namespace {

// Whether replacing the journal with the backup loses no change it holds.
// Every commit through Trinn ends in an audit record, each record hashes the
// one before, and the change log's rows are sealed by those records. So:
// - the backup holds the journal's newest record, with the same hash: it
//   holds everything the journal committed (the journal is older or equal);
// - the journal holds the backup's newest record and goes on from it: it is
//   newer, and refused when any record after it is a change (a write, a
//   change sealed, sealing begun, a restore). Reads, sign-ins, refusals and
//   backups after it do not stop a restore (they stay in the kept journal);
// - neither holds the other's newest record: they went different ways (a
//   different journal, or writes after an older restore), refused.
struct Comparison
{
    AuditLog::Head journalHead;
    QString backupHashAtJournalHead;
    AuditLog::Head backupHead;
    QString journalHashAtBackupHead;
    AuditLog::Changes changesAfterBackup;
};

Status isCoveredBy(const QString &where, const Comparison &c)
{
    if (c.journalHead.id == 0 || c.backupHashAtJournalHead == c.journalHead.hash)
        return {};
    if (!c.backupHead.hash.isEmpty() && c.journalHashAtBackupHead == c.backupHead.hash) {
        if (c.changesAfterBackup.count == 0)
            return {};
        const AuditLog::Changes &changes = c.changesAfterBackup;
        const QString what = changes.lastWhat.isEmpty() ? QString() : u" ("_s + changes.lastWhat + u")"_s;
        return Error{Backup::tr("%1 is newer than the backup: it holds %2 changes made after the backup was taken (%3), the last "
                                "on %4 by %5%6. Restoring would lose them. Nothing was changed.")
                         .arg(where)
                         .arg(changes.count)
                         .arg(when(c.backupHead.at), when(changes.lastAt), changes.lastActor, what)};
    }
    return Error{Backup::tr("%1 is not an older or newer state of this backup: their audit logs differ (the journal's last record "
                            "is number %2, on %3; the backup's is number %4, on %5), so the journal may hold records the "
                            "backup lacks. Nothing was changed.")
                     .arg(where)
                     .arg(c.journalHead.id)
                     .arg(when(c.journalHead.at))
                     .arg(c.backupHead.id)
                     .arg(when(c.backupHead.at))};
}

// The journal's side of the comparison.
Status compareJournal(Journal &journal, Comparison &c)
{
    Result<AuditLog::Head> head = AuditLog::head(journal);
    if (!head)
        return Error{head.error()};
    c.journalHead = *head;
    Result<QString> atBackupHead = AuditLog::hashAt(journal, c.backupHead.id);
    if (!atBackupHead)
        return Error{atBackupHead.error()};
    c.journalHashAtBackupHead = *atBackupHead;
    Result<AuditLog::Changes> changes = AuditLog::changesAfter(journal, c.backupHead.id);
    if (!changes)
        return Error{changes.error()};
    c.changesAfterBackup = *changes;
    return {};
}

QString keptName(const QString &path)
{
    return path + u".replaced-"_s + clinictime::now().toString(u"yyyyMMdd-HHmmss"_s);
}

Result<Backup::Restored> restorePostgres(const QString &file, const QString &address, const JournalLocation &location, bool force,
                                        Backup::Refusal &why)
{
    const auto refuse = [&why](Backup::Refusal kind, const QString &message) {
        why = kind;
        return Result<Backup::Restored>(Error{message});
    };
    if (Status whole = pgdump::verify(file); !whole)
        return refuse(Backup::Refusal::BadBackup, Backup::tr("The backup cannot be used: %1 Nothing was changed.").arg(whole.error()));
    Result<pgdump::AuditRows> rows = pgdump::auditRows(file);
    if (!rows)
        return refuse(Backup::Refusal::BadBackup, Backup::tr("The backup cannot be used: %1 Nothing was changed.").arg(rows.error()));
    const AuditLog::Head backupHead{rows->lastId, rows->hashes.value(rows->lastId),
                                    rows->lastId ? clinictime::fromStorage(rows->lastAt) : QDateTime()};
    Backup::Restored restored;
    restored.contents.head = backupHead;
    Journal::Options options;
    options.forChecking = true;
    Result<std::unique_ptr<Journal>> current = Journal::open(address, options);
    if (current) {
        Comparison c;
        c.backupHead = backupHead;
        if (Status compared = compareJournal(**current, c); !compared)
            return refuse(Backup::Refusal::Newer,
                          Backup::tr("The audit log of %1 cannot be read (%2), so Trinn cannot tell whether it holds records "
                                     "the backup lacks. Nothing was changed.")
                              .arg(location.display(), compared.error()));
        current->reset();
        c.backupHashAtJournalHead = rows->hashes.value(c.journalHead.id);
        if (!force) {
            if (Status covered = isCoveredBy(location.display(), c); !covered)
                return refuse(Backup::Refusal::Newer, covered.error());
        }
        // The database being replaced is kept as a dump beside the backup.
        restored.keptAs = keptName(QFileInfo(file).absoluteDir().filePath(location.database)) + u".pgdump"_s;
        if (Status kept = pgdump::dump(location, restored.keptAs); !kept) {
            QFile::remove(restored.keptAs);
            return refuse(Backup::Refusal::Failed,
                          Backup::tr("The journal to be replaced could not be kept: %1 Nothing was changed.").arg(kept.error()));
        }
        QFile(restored.keptAs).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    } else if (!force) {
        return refuse(Backup::Refusal::Newer, Backup::tr("The journal %1 cannot be opened (%2), so Trinn cannot tell whether it "
                                                         "holds records the backup lacks. Nothing was changed.")
                                                  .arg(location.display(), current.error()));
    }
    if (Status put = pgdump::restore(location, file); !put)
        return refuse(Backup::Refusal::Failed, Backup::tr("The backup could not be restored: %1 The database was left as it was.")
                                                   .arg(put.error()));
    Result<std::unique_ptr<Journal>> reopened = Journal::open(address);
    if (!reopened)
        return refuse(Backup::Refusal::Failed,
                      Backup::tr("The backup was restored to %1, but it cannot be opened: %2").arg(location.display(), reopened.error()));
    const QString what = restored.keptAs.isEmpty()
        ? QString(u"restored the journal from "_s + file)
        : u"restored the journal from "_s + file + u"; the replaced journal is kept as "_s + restored.keptAs;
    if (Status logged = AuditLog::append(**reopened, 0, u"restore"_s, what); !logged)
        return refuse(Backup::Refusal::Failed, logged.error());
    if (Status remembered = AuditLog::rememberHead(**reopened); !remembered)
        return refuse(Backup::Refusal::Failed, remembered.error());
    return restored;
}

} // namespace

Result<Backup::Restored> Backup::restore(const QString &file, const QString &journalLocation, bool force, Refusal *refusal)
{
    Refusal ignored = Refusal::None;
    Refusal &why = refusal ? *refusal : ignored;
    why = Refusal::None;
    const auto refuse = [&why](Refusal kind, const QString &message) {
        why = kind;
        return Result<Restored>(Error{message});
    };
    Result<JournalLocation> location = JournalLocation::parse(journalLocation);
    if (!location)
        return refuse(Refusal::Failed, location.error());
    const QString backupPath = QFileInfo(file).absoluteFilePath();
    if (!QFileInfo(backupPath).isFile())
        return refuse(Refusal::BadBackup, tr("There is no backup file %1. Nothing was changed.").arg(backupPath));
    if (location->backend == JournalLocation::Backend::PostgreSQL)
        return restorePostgres(backupPath, journalLocation, *location, force, why);

    const QString path = QFileInfo(location->filePath).absoluteFilePath();
    if (sameFile(path, backupPath))
        return refuse(Refusal::Failed, tr("%1 is the backup itself. Nothing was changed.").arg(path));
    // The backup first: a damaged one must not replace anything.
    Result<Contents> contents = examine(backupPath);
    if (!contents)
        return refuse(Refusal::BadBackup, tr("The backup %1 cannot be used: %2 Nothing was changed.").arg(backupPath, contents.error()));
    if (!contents->problems.isEmpty())
        return refuse(Refusal::BadBackup, tr("The backup %1 failed its check: %2 Nothing was changed.")
                                              .arg(backupPath, contents->problems.constFirst()));
    const bool replacing = QFileInfo::exists(path);
    if (replacing && !force) {
        Journal::Options options;
        options.forChecking = true;
        Result<std::unique_ptr<Journal>> current = Journal::open(path, options);
        if (!current)
            return refuse(Refusal::Newer, tr("The journal %1 cannot be opened (%2), so Trinn cannot tell whether it holds records "
                                             "the backup lacks. Nothing was changed.")
                                              .arg(path, current.error()));
        Comparison c;
        c.backupHead = contents->head;
        if (Status compared = compareJournal(**current, c); !compared)
            return refuse(Refusal::Newer, tr("The audit log of %1 cannot be read (%2), so Trinn cannot tell whether it holds "
                                             "records the backup lacks. Nothing was changed.")
                                              .arg(path, compared.error()));
        current->reset();
        // The backup's hash at the journal's newest record.
        Journal::Options backupOptions;
        backupOptions.forChecking = true;
        Result<std::unique_ptr<Journal>> backup = Journal::open(backupPath, backupOptions);
        if (!backup)
            return refuse(Refusal::BadBackup, backup.error());
        Result<QString> there = AuditLog::hashAt(**backup, c.journalHead.id);
        if (!there)
            return refuse(Refusal::BadBackup, there.error());
        backup->reset();
        c.backupHashAtJournalHead = *there;
        if (Status covered = isCoveredBy(path, c); !covered)
            return refuse(Refusal::Newer, covered.error());
    }

    // The copy is made beside the journal, then the journal (with its -wal
    // and -shm, which belong to it) is renamed aside and the copy into place.
    const QString folder = QFileInfo(path).absolutePath();
    const QString restoring = path + u".restoring"_s;
    files::removeWithSidecars(restoring);
    if (Status copied = files::copyPrivate(backupPath, restoring); !copied) {
        files::removeWithSidecars(restoring);
        return refuse(Refusal::Failed, files::diskFull(folder)
                                           ? tr("There is not enough space on the disk in %1 for the restored journal. Nothing "
                                                "was changed.")
                                                 .arg(folder)
                                           : tr("The backup could not be copied to %1: %2 Nothing was changed.").arg(folder, copied.error()));
    }
    Restored restored;
    restored.contents = *contents;
    if (replacing) {
        restored.keptAs = keptName(path);
        for (const char *suffix : {"", "-wal", "-shm"}) {
            const QString from = path + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !files::replaceWith(from, restored.keptAs + QLatin1String(suffix))) {
                files::removeWithSidecars(restoring);
                return refuse(Refusal::Failed, tr("The journal %1 could not be moved aside to %2. Nothing was changed.")
                                                   .arg(from, restored.keptAs + QLatin1String(suffix)));
            }
        }
    }
    if (!files::replaceWith(restoring, path)) {
        if (replacing) {
            for (const char *suffix : {"", "-wal", "-shm"})
                files::replaceWith(restored.keptAs + QLatin1String(suffix), path + QLatin1String(suffix));
        }
        files::removeWithSidecars(restoring);
        return refuse(Refusal::Failed, tr("The restored journal could not be put in place at %1. Nothing was changed.").arg(path));
    }
    files::syncFolder(folder);
    // The restore is on record in the journal itself, and this workstation's
    // last head becomes the restored one's, so "check" does not take the
    // deliberate step back for lost writes.
    Result<std::unique_ptr<Journal>> reopened = Journal::open(path);
    if (!reopened)
        return refuse(Refusal::Failed, tr("The backup was put in place at %1, but it cannot be opened: %2").arg(path, reopened.error()));
    const QString what = restored.keptAs.isEmpty()
        ? QString(u"restored the journal from "_s + backupPath)
        : u"restored the journal from "_s + backupPath + u"; the replaced journal is kept as "_s + restored.keptAs;
    if (Status logged = AuditLog::append(**reopened, 0, u"restore"_s, what); !logged)
        return refuse(Refusal::Failed, logged.error());
    if (Status remembered = AuditLog::rememberHead(**reopened); !remembered)
        return refuse(Refusal::Failed, remembered.error());
    return restored;
}

Result<Backup::Daily> Backup::daily(Journal &journal)
{
    return Gate::read(journal, Data::Backup, PatientRef::none(), u"the daily backup settings"_s, [&](Scope &scope) -> Result<Daily> {
        Result<QSqlQuery> rows = scope.run(u"SELECT key, value FROM trinn_meta WHERE key IN (?, ?)"_s, {folderKey, keepKey});
        if (!rows)
            return Error{rows.error()};
        Daily daily;
        while (rows->next()) {
            if (rows->value(0).toString() == folderKey)
                daily.folder = rows->value(1).toString();
            else
                daily.keep = std::clamp(rows->value(1).toInt(), 1, maxKeep);
        }
        return daily;
    });
}

Status Backup::setDaily(Journal &journal, const Daily &daily)
{
    if (daily.keep < 1 || daily.keep > maxKeep)
        return Error{tr("Keep between 1 and %1 daily backups. Nothing was saved.").arg(maxKeep)};
    if (daily.enabled() && !QDir::isAbsolutePath(daily.folder))
        return Error{tr("Give the folder for daily backups as a whole path (%1 is not). Nothing was saved.").arg(daily.folder)};
    return Gate::write(journal, Data::Backup, PatientRef::none(), u"set the daily backup"_s, [&](Scope &scope) -> Status {
        if (Result<QSqlQuery> cleared = scope.run(u"DELETE FROM trinn_meta WHERE key IN (?, ?)"_s, {folderKey, keepKey}); !cleared)
            return Error{cleared.error()};
        if (!daily.enabled())
            return {};
        if (Result<QSqlQuery> written = scope.run(u"INSERT INTO trinn_meta (key, value) VALUES (?, ?), (?, ?)"_s,
                                                  {folderKey, QDir::cleanPath(daily.folder), keepKey, QString::number(daily.keep)});
            !written)
            return Error{written.error()};
        return {};
    });
}

QString Backup::dailyFileName(QDate day, bool postgres)
{
    return u"trinn-backup-"_s + day.toString(Qt::ISODate) + (postgres ? u".pgdump"_s : u".trinn"_s);
}

QStringList Backup::dailyFiles(const QString &folder)
{
    static const QRegularExpression name(u"^trinn-backup-\\d{4}-\\d{2}-\\d{2}\\.(trinn|pgdump)$"_s);
    QStringList found;
    // Named by their day, so the names sort oldest first.
    for (const QString &entry : QDir(folder).entryList(QDir::Files, QDir::Name)) {
        if (name.match(entry).hasMatch())
            found << QDir(folder).filePath(entry);
    }
    return found;
}

Result<std::optional<Backup::Made>> Backup::dailyIfDue(Journal &journal, QDate today)
{
    using None = std::optional<Made>;
    if (!Gate::allows(journal, Data::Backup, AccessPolicy::Action::Write) || journal.actor().isSystem())
        return None();
    Result<Daily> settings = daily(journal);
    if (!settings)
        return Error{settings.error()};
    if (!settings->enabled())
        return None();
    const QString name = dailyFileName(today, journal.isPostgres());
    for (const QString &existing : dailyFiles(settings->folder)) {
        if (QFileInfo(existing).fileName() == name)
            return None();
    }
    if (!QFileInfo(settings->folder).isDir()) {
        if (Status made = JournalFiles::createPrivate(QDir(settings->folder).filePath(u".trinn-folder"_s)); !made)
            return Error{tr("The folder %1 for daily backups cannot be made. No backup was made.").arg(settings->folder)};
        QFile::remove(QDir(settings->folder).filePath(u".trinn-folder"_s));
    }
    Result<Made> made = take(journal, QDir(settings->folder).filePath(name));
    if (!made)
        return Error{made.error()};
    // The oldest beyond the number to keep go, once today's is safely there.
    QStringList all = dailyFiles(settings->folder);
    while (all.size() > settings->keep)
        QFile::remove(all.takeFirst());
    return std::optional<Made>(*made);
}

} // namespace trinn
