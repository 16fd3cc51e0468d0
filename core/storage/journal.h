#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"
#include "patients/patientrules.h"
#include "storage/journallocation.h"
#include "storage/migration.h"
#include "storage/storagefailure.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>

class QSqlError;

namespace trinn {

class JournalChanges;

/// An open Trinn journal: one SQLite file or one PostgreSQL database.
/// Opening checks that it is a Trinn journal of a schema this build knows,
/// migrates an older one inside one transaction, and refuses anything else
/// with a readable reason, leaving it untouched.
class Journal
{
    Q_DECLARE_TR_FUNCTIONS(Journal)
public:
    enum class OpenMode { OpenExisting, CreateIfMissing };
    /// Why an open was refused, for a caller whose answer depends on it
    /// (`trinnctl check` exits 1 for damage, 2 when it could not look).
    enum class Refusal { None, NotAJournal, Damaged, CouldNotLook };

    struct Options
    {
        OpenMode mode = OpenMode::OpenExisting;
        JournalKind kindIfCreated = JournalKind::Clinic;
        /// The schema steps to bring the journal up to; tests pass their own.
        QList<Migration> migrations = Migration::builtin();
        /// PostgreSQL: connect as this database login (a staff member's own
        /// user name and password) instead of the address's user, if given.
        QString userName;
        QString password;
        /// For the integrity check: never migrated nor switched to write-ahead
        /// logging, and damage SQLite's quick check finds is left for the full
        /// check to name.
        bool forChecking = false;
        /// When given, set to why the open was refused (None when it opened).
        Refusal *refusal = nullptr;
        /// trinnctl init or demo filling a PostgreSQL journal in place: it
        /// may open the journal it marked unfinished (markUnfinished).
        bool unfinishedAllowed = false;
    };

    static Result<std::unique_ptr<Journal>> open(const QString &location, const Options &options);
    /// A journal being made in place (a PostgreSQL database has no file to
    /// rename into place): until markFinished, every other open refuses it
    /// and the check names it, so one stopped half-way is never taken for whole.
    Status markUnfinished(const QString &maker);
    Status markFinished();
    /// What markUnfinished named, or empty for a finished journal.
    Result<QString> unfinishedBy();
    /// The refusal of a journal `maker` never finished.
    static QString neverFinished(const QString &where, const QString &maker);
    static Result<std::unique_ptr<Journal>> open(const QString &location)
    {
        return open(location, Options{});
    }
    ~Journal();
    Journal(const Journal &) = delete;
    Journal &operator=(const Journal &) = delete;

    const JournalLocation &location() const { return m_location; }
    bool isPostgres() const { return m_location.backend == JournalLocation::Backend::PostgreSQL; }
    JournalKind kind() const { return m_kind; }
    int schemaVersion() const { return m_schemaVersion; }
    /// The newest schema this build knows.
    int latestSchemaVersion() const;
    /// When the journal was created (UTC), from its own record.
    QDateTime createdAt() const { return m_createdAt; }

    /// Who is at the keyboard; the system (trinnctl, the demo generator) until
    /// a staff member signs in. The storage API checks and audits against it.
    const Actor &actor() const { return m_actor; }
    /// On PostgreSQL, starting or ending emergency access is told to the
    /// server too, whose policies then open the patient data (and audit it).
    void setActor(const Actor &actor);

    /// What changed, here and on other workstations: every open workspace
    /// listens to it to show the journal as it is now.
    JournalChanges &changes() const { return *m_changes; }

    /// A readable message for a database error: full disk, busy, damaged file, …
    /// (StorageFailure maps the engines' codes); never the engine's own text.
    QString describe(const QSqlError &error) const;
    /// What the last error described was (the caller's answer may depend on it).
    StorageFailure::Kind lastFailure() const { return m_lastFailure; }
    /// True when the error is a violated UNIQUE constraint.
    static bool isUniqueViolation(const QSqlError &error);

    /// While an AuditLog::ReadScope is open (one screen being filled), the
    /// reads of a patient are logged once, under the scope's name.
    struct ReadScope
    {
        int depth = 0;
        QString what;
        QSet<qint64> logged;
    };
    ReadScope &readScope() { return m_readScope; }

    /// Sees the text of every statement prepared (for the test that checks
    /// the query plans of the hot paths); none in normal use.
    void setStatementObserver(std::function<void(const QString &sql)> observer) { m_observer = std::move(observer); }

    /// Write transactions nest: only the outermost one commits. An inner one
    /// is a savepoint: rolling it back undoes its own writes only.
    /// Full: the commit reaches the disk before it returns (clinical records).
    /// Deferred: on SQLite, the commit is safe from a crash of the program at
    /// once and reaches the disk with the next full commit or checkpoint (the
    /// audit records of reads, which would otherwise cost a disk flush per
    /// screen). Only the outermost transaction's durability counts.
    enum class Durability { Full, Deferred };
    Status beginWrite(Durability durability = Durability::Full);
    Status commit();
    void rollback();

private:
    // SQL reaches the journal only through a Scope the Gate issued (or the
    // journal's own migrations, the audit log and the integrity check), so no
    // code can read or write a patient's data without an access check and an
    // audit record.
    friend class Scope;
    friend class Gate;
    friend class AuditLog;
    friend class IntegrityCheck;
    friend class ChangeLog;
    friend struct RawSqlForTests;

    /// Runs one prepared statement with positional bindings.
    Result<QSqlQuery> run(const QString &sql, const QVariantList &bindings = {}) const;
    /// Runs fixed SQL that carries no values (schema steps, pragmas); PostgreSQL
    /// cannot prepare those, and with no values there is nothing to bind.
    Result<QSqlQuery> runFixed(const QString &sql) const;
    /// A prepared statement to execute many times (bulk writes).
    Result<QSqlQuery> prepare(const QString &sql) const;
    Status execPrepared(QSqlQuery &query, const QVariantList &bindings) const;
    /// Resets every statement lent from the cache, so none keeps an old
    /// snapshot of the journal open; called where a visit or transaction ends.
    void releaseStatements() const { releaseStatementsSince(0); }
    /// Resets the statements lent after the first `count` (a visit's own).
    void releaseStatementsSince(qsizetype count) const;
    qsizetype lentStatements() const { return m_lent.size(); }
    /// Forgets every cached statement (after the schema changed).
    void clearStatements() const;

    /// The visit of the Gate in progress. A nested visit asks the policy only
    /// for a kind of data the visit was not yet granted, and never logs.
    struct GateState
    {
        int depth = 0;
        QList<qint64> touched;
        QSet<qint64> granted;                 // patient * 64 + data * 2 + action
        QHash<qint64, bool> onCareTeam;       // patient → the actor is on their care team
        QList<std::pair<qint64, QString>> refusals; // logged once the visit has rolled back
    };
    GateState m_gate;
    /// The change log's bookkeeping for this connection (see ChangeLog).
    struct ChangeLogState
    {
        bool present = false;
        /// Whether its rows carry a correction's reason (schema 19 and later).
        bool reasons = false;
        /// Whether Trinn's own INSERTs are sealed as id ranges (SQLite, schema 37 and later).
        bool insertRanges = false;
        /// The last change_log id before the open write transaction; -1: nothing to seal.
        qint64 from = -1;
        /// Rows this connection wrote outside a write transaction since its last
        /// commit, sealed with the open one; on PostgreSQL those of `ownMarker`.
        qint64 ownFrom = 0;
        qint64 ownTo = -1;
        QString ownMarker;
        /// The last id when this connection last began or committed, and SQLite's
        /// data_version then (it moves when another connection commits).
        qint64 seenUpTo = -1;
        qint64 dataVersion = -1;
    };
    ChangeLogState m_changeLog;

    // Runs COMMIT or ROLLBACK (or nothing) and puts the safety level back.
    void endTransaction(const QString &statement);
    explicit Journal(JournalLocation location);
    Status connect(bool readOnly, const Options &options);
    void disconnect();
    Status vetSqliteFile(const Options &options, bool *isNew, Refusal *refusal);
    Status inspect(const Options &options, bool *isNew);
    Status configureSqlite();
    Status useWriteAheadLog();
    Status migrate(const Options &options, bool isNew);
    Status checkSqliteCheaply();
    QSqlDatabase database() const;

    JournalLocation m_location;
    QString m_connectionName;
    JournalKind m_kind = JournalKind::Clinic;
    int m_schemaVersion = 0;
    int m_latestVersion = 0;
    QDateTime m_createdAt;
    Actor m_actor;
    std::function<void(const QString &)> m_observer;
    // Prepared statements by their SQL: parsing is most of what a small query
    // costs, and a screen runs the same few dozen again and again.
    mutable QHash<QString, QSqlQuery> m_statements;
    mutable QList<QSqlQuery> m_lent;
    bool m_migrating = false;
    QByteArray m_sqliteHeader;
    mutable StorageFailure::Kind m_lastFailure = StorageFailure::Kind::Other;
    int m_transactionDepth = 0;
    // The patients whose audit_patient_day row of m_auditDay this connection
    // has committed: a board shown again that day skips re-inserting them.
    qint64 m_auditDay = -1;
    QSet<qint64> m_auditDayWritten;
    // Whether audit_log keeps its hashes as bytes without the copy of the one
    // before (migration 38, SQLite); read from the table once, forgotten
    // whenever the schema may have changed (AuditLog::keepsHashesAsBytes).
    mutable std::optional<bool> m_auditHashesAsBytes;
    bool m_transactionPoisoned = false;
    bool m_transactionDeferred = false;
    bool m_transactionLogsChanges = true;
    ReadScope m_readScope;
    std::unique_ptr<JournalChanges> m_changes;
};

/// Begins a write transaction and rolls it back unless commit() is called.
class WriteTransaction
{
public:
    explicit WriteTransaction(Journal &journal, Journal::Durability durability = Journal::Durability::Full)
        : m_journal(journal), m_status(journal.beginWrite(durability))
    {
    }
    ~WriteTransaction()
    {
        if (m_status.ok() && !m_done)
            m_journal.rollback();
    }
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    const Status &started() const { return m_status; }
    Status commit()
    {
        m_done = true;
        return m_journal.commit();
    }

private:
    Journal &m_journal;
    Status m_status;
    bool m_done = false;
};

} // namespace trinn
