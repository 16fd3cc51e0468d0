#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

namespace trinn {

class Journal;
class Scope;

/// The change log: triggers on every table that holds a patient's data write
/// each INSERT, UPDATE and DELETE (table, row, patient, old and new values,
/// actor, time) to `change_log`, whoever makes the write — Trinn, the sqlite3
/// tool, psql. The triggers are generated from the schema itself, so a table a
/// later migration adds is covered as soon as that migration has run. On
/// SQLite from migration 37 on, Trinn's own INSERT into a table that is not
/// versioned is named by id range in its transaction's seal instead of a row.
///
/// The actor comes from the write transaction: on SQLite from the one row of
/// `write_actor` that Trinn fills at the start of each write transaction and
/// empties before COMMIT (SQLite has one writer at a time); on PostgreSQL from
/// the transaction-local settings trinn.actor_id, trinn.actor,
/// trinn.workstation and trinn.at. A write without them is logged as outside
/// Trinn (on PostgreSQL with the database user as actor).
///
/// At each commit Trinn seals the rows its transaction wrote into the audit
/// chain (one audit record "changes FIRST-LAST ..."), so AuditLog::verify names
/// a row that was changed, removed, or written outside Trinn.
class ChangeLog
{
    Q_DECLARE_TR_FUNCTIONS(ChangeLog)
public:
    /// How one table finds the patient of a row.
    struct PatientTable
    {
        QString table;
        /// The column holding the patient id, or the id of a parent row.
        QString column;
        /// Empty when `column` holds the patient id itself; else the table
        /// whose id `column` holds, which finds the patient in turn.
        QString parent;
        /// True when the route is in the list of changelog.cpp; false when it
        /// was derived from the schema for a table the list does not know.
        bool listed = false;
    };

    /// Every table of the journal that holds a patient's data (a patient_id
    /// or episode_id column, or a foreign key to such a table), with its route.
    static Result<QList<PatientTable>> patientTables(Journal &journal);
    /// Tables with a patient reference that the list in changelog.cpp does not
    /// know (covered by a derived route, but a person should say how).
    static Result<QStringList> unlistedTables(Journal &journal);
    /// Patient tables that lack one of their INSERT/UPDATE/DELETE triggers (or
    /// whose trigger is disabled), and triggers not as Trinn made them.
    static Result<QStringList> triggerProblems(Journal &journal);

    /// Every problem of the change log against the audit chain: rows changed
    /// or removed after they were sealed, rows no audit record covers. At most
    /// `limit` sentences.
    static Result<QStringList> verify(Journal &journal, int limit = 20);

    /// For migration 31, after TestPanels::fold has left the ids of the plain
    /// negatives it folded in the temporary table trinn_folded_result: removes
    /// their INSERT rows, the row copies of other INSERTs and the names that
    /// the seals' audit records hold, and seals the log again. The caller has
    /// checked that every row matched its seal: the new seals replace the old
    /// from an audit record "resealed", which verify starts from.
    static Status compact(Journal &journal);
    /// Migration 33: each UPDATE's row keeps, before and after, only the
    /// columns it changed (the triggers log so from then on), and the log is
    /// sealed again. A log that fails its check is left whole, with an audit
    /// record "not compacted" that says why.
    static Status keepChangedColumnsOnly(Scope &scope);
    /// Migration 34: the INSERT rows of versioned records (written inside
    /// Trinn) lose their copy of the new row, which RecordHistory rebuilds from
    /// the row now and the UPDATEs after it; then as keepChangedColumnsOnly.
    static Status dropInsertCopies(Scope &scope);
    /// Migration 37 (SQLite): Trinn's own INSERTs into tables that are not
    /// versioned are named by id range in their transaction's seal from now
    /// on; their rows in the log go, and the log is sealed again.
    static Status sealInsertsAsRanges(Scope &scope);
    /// How many INSERTs into `table` the log accounts for: its rows, and on
    /// SQLite from migration 37 on the ids its seals name.
    static Result<qint64> loggedInserts(Journal &journal, const QString &table);

    /// Seals every row of the log again after a migration rewrote rows: an
    /// audit record "resealed" saying `what`, which verify starts from, then
    /// seals of a million ids each.
    static Status reseal(Journal &journal, const QString &what);
    /// Checks the whole log, then runs `step` and reseals, saying `what`; a
    /// log that fails its check is left whole, with an audit record
    /// "not compacted" naming `migration`.
    static Status rewrite(Journal &journal, int migration, const QString &step, const QString &what);

    /// For Journal: whether this journal has a change log at all (schemas
    /// before 11 do not).
    static Result<bool> present(Journal &journal);
    /// Whether its rows carry a correction's reason (migration 19).
    static bool hasReasons(Journal &journal);
    /// Whether Trinn's own INSERTs are sealed as id ranges (SQLite, migration 37).
    static bool hasInsertRanges(Journal &journal);
    /// For Journal::migrate: removes every change trigger (before the steps run,
    /// so they can alter tables freely) and installs them from the schema (after).
    static Status removeTriggers(Journal &journal);
    static Status installTriggers(Journal &journal);
    /// For Journal::beginWrite and commit: names the transaction's actor and
    /// notes where its rows start; seals them into the audit chain before COMMIT.
    static Status beginTransaction(Journal &journal);
    static Status sealTransaction(Journal &journal);
};

} // namespace trinn
