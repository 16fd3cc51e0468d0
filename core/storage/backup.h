#pragma once

#include "common/result.h"
#include "storage/auditlog.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

namespace trinn {

class Journal;

/// Backups of a journal, an administrator's work (Data::Backup, audited).
/// SQLite: `VACUUM INTO` on the journal's own connection, one read
/// transaction, so the copy is the journal as it was committed when the
/// backup began however many workstations write meanwhile. PostgreSQL: the
/// server's own pg_dump (custom format) and pg_restore (pgdump.cpp).
/// Every file is written beside its place and renamed into it once checked,
/// so a failed backup or restore leaves no half file.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)
public:
    /// Why take() or restore() said no, for a caller that offers a way on
    /// (trinnctl's --force, a question in the desktop program).
    enum class Refusal { None, Exists, Newer, BadBackup, Failed };

    struct Made
    {
        QString file;
        qint64 bytes = 0;
        /// The copy's newest audit record (SQLite; empty for a dump).
        AuditLog::Head head;
    };
    /// Copies the journal to `file` (absolute or relative to the working
    /// folder). An existing file is refused unless `replace`. The copy is
    /// checked as `trinnctl check` checks a journal and is its owner's only (0600).
    static Result<Made> take(Journal &journal, const QString &file, bool replace = false, Refusal *refusal = nullptr);

    /// A backup file checked: the database's consistency, Trinn's facts, the
    /// audit chain and its seals. `problems` empty means sound.
    struct Contents
    {
        QStringList problems;
        QStringList notes;
        qint64 patients = 0;
        AuditLog::Head head;
    };
    static Result<Contents> examine(const QString &file);

    struct Restored
    {
        /// Where the replaced journal was kept (empty when there was none).
        QString keptAs;
        Contents contents;
    };
    /// Puts a backup in the journal's place, after checking it. A journal
    /// there is replaced only when the backup holds everything it holds
    /// (see isCoveredBy in backup.cpp), or when `force`; the replaced one is
    /// kept beside it, renamed with the time. Every workstation must have
    /// closed the journal first.
    static Result<Restored> restore(const QString &file, const QString &journalLocation, bool force, Refusal *refusal = nullptr);

    /// The daily backup an administrator sets: the folder and how many
    /// copies to keep (kept in the journal, trinn_meta).
    struct Daily
    {
        QString folder;
        int keep = 7;
        bool enabled() const { return !folder.isEmpty(); }
    };
    static Result<Daily> daily(Journal &journal);
    static Status setDaily(Journal &journal, const Daily &daily);
    /// In an administrator's session: when a daily backup is set and the
    /// folder has none from `today`, makes one and deletes the oldest beyond
    /// the number to keep. Nothing (nullopt) when none was due or the
    /// signed-in staff member is no administrator.
    static Result<std::optional<Made>> dailyIfDue(Journal &journal, QDate today);
    /// The daily backups in a folder, oldest first.
    static QStringList dailyFiles(const QString &folder);
    static QString dailyFileName(QDate day, bool postgres);
};

} // namespace trinn
