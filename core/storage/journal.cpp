#include "journal.h"
#include "storage/serversignin.h"
#include "storage/staffstore.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/changelog.h"
#include "storage/checkconstraints.h"
#include "storage/journalfiles.h"
#include "storage/journalchanges.h"
#include "storage/driverwarnings.h"
#include "storage/postgresroles.h"
#include "storage/sqlitefile.h"

#include <QAtomicInt>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSqlError>
#include <QSqlRecord>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

QAtomicInt connectionCounter;
const QString applicationName = u"trinn"_s;
// A small journal gets SQLite's quick_check on every open; beyond this size the
// check would make opening cost grow with the journal, so `trinnctl check`
// (and the Administration workspace) run it on demand instead.
constexpr qint64 quickCheckOnOpenLimit = 32 * 1024 * 1024;

QString kindName(JournalKind kind)
{
    return kind == JournalKind::Demo ? u"demo"_s : u"clinic"_s;
}

} // namespace

Journal::Journal(JournalLocation location)
    : m_location(std::move(location))
    , m_connectionName(u"trinn-journal-"_s + QString::number(connectionCounter.fetchAndAddRelaxed(1)))
    , m_changes(std::make_unique<JournalChanges>())
{
}

Journal::~Journal()
{
    m_changes.reset();
    clearStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase Journal::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Journal::latestSchemaVersion() const
{
    return m_latestVersion;
}

Result<std::unique_ptr<Journal>> Journal::open(const QString &locationText, const Options &options)
{
    Refusal ignored = Refusal::None;
    Refusal &refusal = options.refusal ? *options.refusal : ignored;
    refusal = Refusal::None;
    const auto refuse = [&](Refusal why, const QString &message) -> Result<std::unique_ptr<Journal>> {
        refusal = why;
        return Error{message};
    };
    Result<JournalLocation> location = JournalLocation::parse(locationText);
    if (!location)
        return refuse(Refusal::NotAJournal, location.error());

    std::unique_ptr<Journal> journal(new Journal(*location));
    journal->m_latestVersion = options.migrations.isEmpty() ? 0 : options.migrations.constLast().version;
    // Anything that fails while looking is damage only when the engine says so.
    const auto failed = [&](const Status &status) {
        return refuse(journal->m_lastFailure == StorageFailure::Kind::Damaged ? Refusal::Damaged : Refusal::CouldNotLook,
                      status.error());
    };

    // Everything is looked at before anything is written: the file's bytes,
    // then its schema through a read-only connection. Only a journal that
    // passed is opened for writing, migrated, and switched to write-ahead
    // logging, so a refused file is left byte for byte as it was.
    bool isNew = false;
    if (!journal->isPostgres()) {
        if (Status vetted = journal->vetSqliteFile(options, &isNew, &refusal); !vetted)
            return Error{vetted.error()};
    }
    const bool readOnlyFirst = !journal->isPostgres() && !isNew;
    if (Status connected = journal->connect(readOnlyFirst, options); !connected)
        return failed(connected);
    if (Status inspected = journal->inspect(options, &isNew); !inspected) {
        if (refusal == Refusal::None)
            return failed(inspected);
        return Error{inspected.error()};
    }
    if (!journal->m_sqliteHeader.isEmpty()) {
        if (const SqliteFile::Finding trinn = SqliteFile::trinnHeader(journal->m_sqliteHeader);
            trinn.verdict != SqliteFile::Verdict::Sound)
            return refuse(Refusal::Damaged, tr("%1 is damaged: %2. It was left untouched; restore it from a backup.")
                                                .arg(location->display(), trinn.reason));
    }
    if (readOnlyFirst) {
        journal->disconnect();
        if (Status connected = journal->connect(false, options); !connected)
            return failed(connected);
        // On a read-only connection SQLite's quick check skips the CHECK
        // constraints; it writes nothing on this one either.
        if (!options.forChecking) {
            if (Status healthy = journal->checkSqliteCheaply(); !healthy)
                return failed(healthy);
        }
    }
    // The check looks at the journal as it is: no migration, no switch of
    // its logging (it may still sign in and audit, as every session does).
    if (options.forChecking) {
        if (!journal->isPostgres()) {
            if (Status configured = journal->configureSqlite(); !configured)
                return failed(configured);
        }
        journal->m_changes->watch(journal->m_connectionName, journal->isPostgres());
        return journal;
    }
    if (!journal->isPostgres()) {
        if (Status configured = journal->configureSqlite(); !configured)
            return failed(configured);
    }
    if (Status migrated = journal->migrate(options, isNew); !migrated)
        return failed(migrated);
    if (!options.unfinishedAllowed) {
        Result<QString> unfinished = journal->unfinishedBy();
        if (!unfinished)
            return failed(Status(Error{unfinished.error()}));
        if (!unfinished->isEmpty())
            return refuse(Refusal::Damaged, neverFinished(journal->m_location.display(), *unfinished));
    }
    if (!journal->isPostgres()) {
        if (Status wal = journal->useWriteAheadLog(); !wal)
            return failed(wal);
    }
    journal->m_changes->watch(journal->m_connectionName, journal->isPostgres());
    return journal;
}

Status Journal::markUnfinished(const QString &maker)
{
    Result<QSqlQuery> marked = run(u"INSERT INTO trinn_meta (key, value) VALUES ('unfinished', ?)"_s, {maker});
    if (!marked)
        return Error{marked.error()};
    return {};
}

Status Journal::markFinished()
{
    Result<QSqlQuery> cleared = run(u"DELETE FROM trinn_meta WHERE key = 'unfinished'"_s);
    if (!cleared)
        return Error{cleared.error()};
    return {};
}

QString Journal::neverFinished(const QString &where, const QString &maker)
{
    return tr("The journal at %1 was never finished: %2 stopped before it was complete. "
              "Nothing was opened; make it again in an empty database.")
        .arg(where, maker);
}

Result<QString> Journal::unfinishedBy()
{
    Result<QSqlQuery> row = run(u"SELECT value FROM trinn_meta WHERE key = 'unfinished'"_s);
    if (!row)
        return Error{row.error()};
    const QString maker = row->next() ? row->value(0).toString() : QString();
    row->finish();
    return maker;
}

void Journal::setActor(const Actor &actor)
{
    const bool emergencyChanged = actor.emergencyReason != m_actor.emergencyReason;
    m_actor = actor;
    if (!emergencyChanged || !isPostgres() || m_schemaVersion < PostgresRoles::schemaVersion)
        return;
    // The server records the emergency access with its reason; for the owner
    // (not a staff login) this does nothing.
    if (actor.emergencyReason.trimmed().isEmpty())
        run(u"SELECT trinn_end_emergency()"_s);
    else
        run(u"SELECT trinn_begin_emergency(?)"_s, {actor.emergencyReason.trimmed()});
}

Status Journal::vetSqliteFile(const Options &options, bool *isNew, Refusal *refusal)
{
    const QString where = m_location.display();
    const auto refuse = [&](Refusal why, const QString &message) -> Status {
        *refusal = why;
        return Error{message};
    };
    const QFileInfo info(m_location.filePath);
    if (info.exists() && info.isDir())
        return refuse(Refusal::NotAJournal, tr("%1 is a folder, not a journal file.").arg(where));
    // A FIFO, socket or device would block SQLite (and Trinn) for ever or
    // mean something else entirely; the same goes for the files SQLite keeps beside it.
    if (info.exists() && !info.isFile())
        return refuse(Refusal::NotAJournal,
                      tr("%1 is not a regular file (a pipe, socket or device), so it is not a journal. It was left untouched.")
                          .arg(where));
    for (const char *suffix : {"-wal", "-shm", "-journal"}) {
        const QFileInfo beside(m_location.filePath + QLatin1String(suffix));
        if (beside.exists() && !beside.isFile())
            return refuse(Refusal::Damaged,
                          tr("%1 is not a regular file, so the journal %2 cannot be opened. Both were left untouched.")
                              .arg(beside.filePath(), where));
    }
    if (!info.exists()) {
        if (options.mode == OpenMode::OpenExisting || options.forChecking)
            return refuse(Refusal::NotAJournal,
                          tr("There is no journal at %1. Create one with \"trinnctl init\".").arg(where));
        // The journal and the folders made for it are the owner's only.
        if (Status made = JournalFiles::createPrivate(m_location.filePath); !made)
            return refuse(Refusal::CouldNotLook, made.error());
        *isNew = true;
        return {};
    }
    QFile file(m_location.filePath);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(Refusal::CouldNotLook, tr("Cannot read %1: %2").arg(where, file.errorString()));
    const QByteArray header = file.read(100);
    if (header.isEmpty()) {
        if (options.mode == OpenMode::OpenExisting || options.forChecking)
            return refuse(Refusal::NotAJournal, tr("%1 is an empty file, not a Trinn journal.").arg(where));
        // Becomes a journal: the owner's only, as one Trinn makes.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        *isNew = true;
        return {};
    }
    QFile log(m_location.filePath + u"-wal"_s);
    QByteArray walBytes;
    if (log.exists()) {
        if (!log.open(QIODevice::ReadOnly))
            return refuse(Refusal::CouldNotLook, tr("Cannot read %1: %2").arg(log.fileName(), log.errorString()));
        walBytes = log.readAll();
    }
    const SqliteFile::Finding found = SqliteFile::header(header, info.size(), !walBytes.isEmpty());
    if (found.verdict == SqliteFile::Verdict::NotSqlite)
        return refuse(Refusal::NotAJournal,
                      tr("%1 is not a Trinn journal: it is not an SQLite database. It was left untouched.").arg(where));
    if (found.verdict == SqliteFile::Verdict::Damaged)
        return refuse(Refusal::Damaged,
                      tr("%1 is damaged: %2. It was left untouched; restore it from a backup.").arg(where, found.reason));
    if (const SqliteFile::Finding logged = SqliteFile::wal(walBytes); logged.verdict != SqliteFile::Verdict::Sound)
        return refuse(Refusal::Damaged,
                      tr("%1 is damaged: %2. It was left untouched; restore it from a backup.").arg(where, logged.reason));
    m_sqliteHeader = header;
    return {};
}

Status Journal::connect(bool readOnly, const Options &options)
{
    QSqlDatabase db;
    if (isPostgres()) {
        if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
            return Error{tr("This workstation has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql).")};
        quietLostConnectionWarnings();
        db = QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
        db.setHostName(m_location.host);
        db.setPort(m_location.port);
        db.setDatabaseName(m_location.database);
        if (!options.userName.isEmpty()) {
            // A staff member's own login: the address's user and password do not count.
            m_location.userName = options.userName;
            m_location.password.clear();
        }
        db.setUserName(m_location.userName);
        db.setPassword(options.userName.isEmpty() ? m_location.password : options.password);
        QString connectOptions = m_location.connectOptions;
        if (!connectOptions.contains(u"connect_timeout"_s))
            connectOptions += (connectOptions.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=10"_s;
        db.setConnectOptions(connectOptions);
    } else {
        if (!QSqlDatabase::isDriverAvailable(u"QSQLITE"_s))
            return Error{tr("This workstation has no SQLite driver for Qt (Debian package libqt6sql6-sqlite).")};
        db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connectionName);
        db.setDatabaseName(m_location.filePath);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=10000"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=10000"_s);
    }
    // libpq says so in the server's words; the SQLSTATE is not passed on.
    const auto refusedLogin = [&db] {
        const QString detail = db.lastError().text();
        return detail.contains(u"password authentication failed"_s) || detail.contains(u"no password supplied"_s)
            || detail.contains(u"28P01"_s);
    };
    bool opened = db.open();
    if (!opened && isPostgres() && refusedLogin() && !options.userName.isEmpty()) {
        // A staff login the server refused: the server counts the failure
        // and may lock the account (migration 23), as Trinn's own sign-in does.
        ServerSignIn report = ServerSignIn::reportFailure(m_location, options.userName);
        if (report.answer == ServerSignIn::Answer::Retry) {
            opened = db.open();
            if (!opened && refusedLogin())
                report = ServerSignIn::reportFailure(m_location, options.userName);
        }
        if (!opened && report.answer == ServerSignIn::Answer::LockedNow)
            return Error{tr("Too many failed attempts: the account is locked for %1 minutes. Nothing was opened.")
                             .arg(StaffStore::lockMinutes)};
        if (!opened && report.answer == ServerSignIn::Answer::Locked)
            return Error{tr("Too many failed attempts: the account is locked until %1. Nothing was opened.")
                             .arg(clinictime::formatDateTime(report.lockedUntil))};
    }
    if (!opened) {
        if (isPostgres() && refusedLogin())
            return Error{tr("The journal server at %1 refused the user name or password of %2. Nothing was opened.")
                             .arg(m_location.display(), m_location.userName)};
        // A server that does not answer (or refuses the password) gives no SQLSTATE.
        const QSqlError error = db.lastError();
        if (isPostgres() && error.nativeErrorCode().isEmpty()) {
            m_lastFailure = StorageFailure::Kind::ConnectionLost;
            return Error{tr("Cannot reach the journal at %1: the database server did not answer or refused the "
                            "connection (check the address, the password and the network).")
                             .arg(m_location.display())};
        }
        return Error{describe(error)};
    }
    // The server's notices (a migration's "drop cascades to trigger …") are
    // for its log, not for the standard error of every workstation.
    if (isPostgres()) {
        if (Result<QSqlQuery> quiet = runFixed(u"SET client_min_messages TO WARNING"_s); !quiet)
            return Error{quiet.error()};
        // A server set to synchronous_commit = off answers COMMIT before the
        // commit is on its disk, and loses it if it crashes: a write Trinn
        // said was saved must survive that, so this session waits for it.
        Result<QSqlQuery> durable = runFixed(u"SELECT current_setting('synchronous_commit')"_s);
        if (!durable)
            return Error{durable.error()};
        if (durable->next() && durable->value(0).toString() == u"off") {
            durable->finish();
            if (Result<QSqlQuery> on = runFixed(u"SET synchronous_commit TO on"_s); !on)
                return Error{on.error()};
        }
    }
    return {};
}

void Journal::disconnect()
{
    clearStatements();
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Journal::inspect(const Options &options, bool *isNew)
{
    const QString where = m_location.display();
    const QString tablesSql = isPostgres()
        ? u"SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()"_s
        : u"SELECT name FROM sqlite_master WHERE type = 'table'"_s;
    Result<QSqlQuery> tables = run(tablesSql);
    if (!tables)
        return Error{tables.error()};
    QStringList names;
    while (tables->next())
        names.append(tables->value(0).toString());

    if (names.isEmpty()) {
        if (options.mode == OpenMode::OpenExisting && !*isNew)
            return Error{tr("%1 is an empty database, not a Trinn journal yet. Create one with \"trinnctl init\".")
                             .arg(where)};
        *isNew = true;
        m_kind = options.kindIfCreated;
        return {};
    }
    *isNew = false;
    if (!names.contains(u"trinn_meta"_s) || !names.contains(u"schema_version"_s))
        return Error{tr("%1 is a database of another program, not a Trinn journal. It was left untouched.")
                         .arg(where)};

    Result<QSqlQuery> meta = run(u"SELECT key, value FROM trinn_meta"_s);
    if (!meta)
        return Error{meta.error()};
    QString application;
    while (meta->next()) {
        const QString key = meta->value(0).toString();
        const QString value = meta->value(1).toString();
        if (key == u"application")
            application = value;
        else if (key == u"kind")
            m_kind = value == u"demo" ? JournalKind::Demo : JournalKind::Clinic;
        else if (key == u"created_at")
            m_createdAt = clinictime::fromStorage(value.toLongLong());
    }
    if (application != applicationName)
        return Error{tr("%1 is a database of another program, not a Trinn journal. It was left untouched.")
                         .arg(where)};

    Result<QSqlQuery> version = run(u"SELECT MAX(version) FROM schema_version"_s);
    if (!version)
        return Error{version.error()};
    m_schemaVersion = version->next() ? version->value(0).toInt() : 0;
    if (m_schemaVersion > m_latestVersion)
        return Error{tr("%1 was written by a newer Trinn (schema %2; this Trinn knows up to %3). "
                        "Update Trinn on this workstation; the journal was left untouched.")
                         .arg(where)
                         .arg(m_schemaVersion)
                         .arg(m_latestVersion)};
    return {};
}

Status Journal::configureSqlite()
{
    // FULL rather than NORMAL: in WAL mode NORMAL may lose the last commits on
    // power loss, and a clinic journal must keep everything it said was saved.
    // A 64 MiB page cache (taken as pages are read, not up front) keeps the
    // day's screens in memory instead of reading them from the file each time.
    // Foreign keys come on after the migrations: a step that rebuilds a table
    // (SQLite cannot add a constraint to one) drops the old one, which other
    // tables point at, and the pragma cannot change inside a transaction.
    const QStringList pragmas{u"PRAGMA foreign_keys = OFF"_s, u"PRAGMA synchronous = FULL"_s, u"PRAGMA cache_size = -65536"_s};
    for (const QString &pragma : pragmas) {
        if (Result<QSqlQuery> done = runFixed(pragma); !done)
            return Error{done.error()};
    }
    return {};
}

Status Journal::useWriteAheadLog()
{
    if (Result<QSqlQuery> keys = runFixed(u"PRAGMA foreign_keys = ON"_s); !keys)
        return Error{keys.error()};
    Result<QSqlQuery> mode = runFixed(u"PRAGMA journal_mode = WAL"_s);
    if (!mode)
        return Error{mode.error()};
    if (!mode->next() || mode->value(0).toString().compare(u"wal"_s, Qt::CaseInsensitive) != 0)
        return Error{tr("The journal at %1 cannot use write-ahead logging here (is the folder read-only "
                        "or on a network share?).")
                         .arg(m_location.display())};
    return {};
}

Status Journal::checkSqliteCheaply()
{
    const QString where = m_location.display();
    const QFileInfo info(m_location.filePath);
    Result<QSqlQuery> pageSize = runFixed(u"PRAGMA page_size"_s);
    if (!pageSize)
        return Error{pageSize.error()};
    const qint64 size = pageSize->next() ? pageSize->value(0).toLongLong() : 0;
    if (size <= 0 || info.size() % size != 0) {
        m_lastFailure = StorageFailure::Kind::Damaged;
        return Error{tr("%1 is damaged: its size is not a whole number of pages, so it was cut short. "
                        "Restore it from a backup.")
                         .arg(where)};
    }
    if (info.size() > quickCheckOnOpenLimit)
        return {};
    Result<QSqlQuery> check = runFixed(u"PRAGMA quick_check"_s);
    if (!check)
        return Error{check.error()};
    if (check->next() && check->value(0).toString() != u"ok") {
        // A page the disk would not give back is told as a failed read, not damage.
        if (check->value(0).toString().contains(u"error code="_s)) {
            m_lastFailure = StorageFailure::Kind::DiskError;
            return Error{StorageFailure{StorageFailure::Kind::DiskError, {}}.message(where)};
        }
        m_lastFailure = StorageFailure::Kind::Damaged;
        // SQLite's own words stay out of the message; the check names the table and row.
        return Error{tr("%1 is damaged: SQLite's quick check found a damaged page or a value that breaks a rule "
                        "of the journal. It was left untouched; run \"trinnctl check\" on it to see where, and "
                        "restore it from a backup.")
                         .arg(where)};
    }
    return {};
}

namespace {
// The steps that free much of an older journal: 31 folds test results into
// panels, 33 keeps each UPDATE's changed columns only, 34 drops the copies of
// versioned records' INSERTs, 36 stores audit_patient in its key alone, 37
// removes the rows of Trinn's own INSERTs that seals now name by range, 38
// keeps the audit chain's hashes as bytes, without a copy of the one before,
// 39 keeps a test's day and enumerations as numbers.
constexpr int compactingMigrations[] = {31, 33, 34, 36, 37, 38, 39};
} // namespace

Status Journal::migrate(const Options &options, bool isNew)
{
    // The steps may change tables that cached statements were planned for.
    // Nothing is cached meanwhile: a statement left open would lock a table
    // a step rebuilds.
    clearStatements();
    m_migrating = true;
    m_auditHashesAsBytes.reset();
    const auto forgetStatements = qScopeGuard([this] {
        m_migrating = false;
        m_auditHashesAsBytes.reset();
        clearStatements();
    });
    const auto pendingFrom = [&](int current) {
        QList<Migration> pending;
        for (const Migration &migration : options.migrations) {
            if (migration.version > current)
                pending.append(migration);
        }
        return pending;
    };
    Result<bool> hasChangeLog = ChangeLog::present(*this);
    if (!hasChangeLog)
        return Error{hasChangeLog.error()};
    m_changeLog.present = *hasChangeLog;
    m_changeLog.reasons = m_changeLog.present && ChangeLog::hasReasons(*this);
    m_changeLog.insertRanges = m_changeLog.present && ChangeLog::hasInsertRanges(*this);
    if (!isNew && pendingFrom(m_schemaVersion).isEmpty())
        return {};

    WriteTransaction transaction(*this);
    if (!transaction.started())
        return transaction.started();
    int current = 0;
    if (isPostgres()) {
        // Two workstations may open an older journal at once: one migrates, the other waits.
        if (Result<QSqlQuery> locked = run(u"SELECT pg_advisory_xact_lock(7470356)"_s); !locked)
            return Error{locked.error()};
        Result<QSqlQuery> exists = run(
            u"SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = current_schema() "
            "AND table_name = 'schema_version'"_s);
        if (!exists)
            return Error{exists.error()};
        if (exists->next() && exists->value(0).toInt() > 0) {
            Result<QSqlQuery> version = run(u"SELECT MAX(version) FROM schema_version"_s);
            if (!version)
                return Error{version.error()};
            current = version->next() ? version->value(0).toInt() : 0;
        }
    } else if (!isNew) {
        current = m_schemaVersion;
    }

    // The steps run without change triggers (they may alter the tables), which
    // are made again from the schema afterwards, so new tables are covered.
    if (m_changeLog.present) {
        if (Status removed = ChangeLog::removeTriggers(*this); !removed)
            return removed;
    }
    const qint64 now = clinictime::toStorage(clinictime::now());
    for (const Migration &migration : pendingFrom(current)) {
        const QStringList statements = migration.statements(isPostgres());
        if (migration.precheck && !statements.isEmpty()) {
            Scope checking(*this, 0);
            if (Status fit = migration.precheck(checking); !fit)
                return Error{tr("Could not bring the journal up to schema %1 (%2): %3 "
                                "The journal was left as it was.")
                                 .arg(migration.version)
                                 .arg(migration.name, fit.error())};
        }
        Status stepped;
        if (isPostgres()) {
            for (const QString &statement : statements) {
                if (Result<QSqlQuery> done = runFixed(statement); !done) {
                    stepped = Error{done.error()};
                    break;
                }
            }
        } else {
            // SQLite adds a CHECK constraint by rebuilding the table.
            stepped = CheckConstraints::runOnSqlite(statements, [this](const QString &sql, const QVariantList &bindings) {
                return bindings.isEmpty() ? runFixed(sql) : run(sql, bindings);
            });
        }
        if (!stepped)
            return Error{tr("Could not bring the journal up to schema %1 (%2): %3 "
                            "The journal was left as it was.")
                             .arg(migration.version)
                             .arg(migration.name, stepped.error())};
        if (migration.seed) {
            Scope seeding(*this, 0);
            if (Status seeded = migration.seed(seeding); !seeded)
                return Error{tr("Could not bring the journal up to schema %1 (%2): %3 "
                                "The journal was left as it was.")
                                 .arg(migration.version)
                                 .arg(migration.name, seeded.error())};
        }
        if (Result<QSqlQuery> recorded = run(u"INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)"_s,
                                             {migration.version, migration.name, now});
            !recorded)
            return Error{recorded.error()};
        current = migration.version;
    }
    hasChangeLog = ChangeLog::present(*this);
    if (!hasChangeLog)
        return Error{hasChangeLog.error()};
    m_changeLog.present = *hasChangeLog;
    m_changeLog.reasons = m_changeLog.present && ChangeLog::hasReasons(*this);
    m_changeLog.insertRanges = m_changeLog.present && ChangeLog::hasInsertRanges(*this);
    if (m_changeLog.present) {
        if (Status installed = ChangeLog::installTriggers(*this); !installed)
            return Error{tr("Could not bring the journal up to schema %1: %2 The journal was left as it was.")
                             .arg(current)
                             .arg(installed.error())};
    }

    if (isNew) {
        const QList<std::pair<QString, QString>> meta{
            {u"application"_s, applicationName},
            {u"kind"_s, kindName(m_kind)},
            {u"created_at"_s, QString::number(now)},
            {u"created_by"_s, u"Trinn " TRINN_VERSION ""_s},
        };
        for (const auto &[key, value] : meta) {
            if (Result<QSqlQuery> written = run(
                    u"INSERT INTO trinn_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO NOTHING"_s, {key, value});
                !written)
                return Error{written.error()};
        }
        m_createdAt = clinictime::fromStorage(now);
    }
    if (Status committed = transaction.commit(); !committed)
        return committed;
    const bool compacted = !isNew && std::any_of(std::begin(compactingMigrations), std::end(compactingMigrations), [&](int step) {
        return m_schemaVersion < step && current >= step;
    });
    m_schemaVersion = current;
    // Migrations 31, 33, 34, 36, 37, 38 and 39 free much of an older SQLite journal's
    // pages: the file gives them back once, now (PostgreSQL reuses them as
    // they are). A VACUUM that fails (a full disk: it needs room for a copy)
    // is told, like any fault while opening; the journal is whole and
    // migrated, and the next open goes on without it.
    if (compacted && !isPostgres()) {
        if (Result<QSqlQuery> vacuumed = runFixed(u"VACUUM"_s); !vacuumed)
            return Error{tr("The journal was brought up to schema %1, but could not be made smaller: %2").arg(current).arg(vacuumed.error())};
    }
    return {};
}

Result<QSqlQuery> Journal::prepare(const QString &sql) const
{
    if (m_observer)
        m_observer(sql);
    // Only inside a gate visit or a transaction, whose end resets what it
    // lent; other callers own their statement, as before the cache.
    const bool cacheable = !m_migrating && (m_gate.depth > 0 || m_transactionDepth > 0);
    const auto cached = cacheable ? m_statements.constFind(sql) : m_statements.cend();
    if (cached != m_statements.cend()) {
        QSqlQuery query = *cached;
        // A SELECT still being read further up the stack is not taken from
        // under its reader: it gets a statement of its own below. A finished
        // one, or a write (complete once executed), is reset and lent again.
        if (!query.isActive() || !query.isSelect() || query.at() == QSql::AfterLastRow) {
            query.finish();
            m_lent.append(query);
            return query;
        }
    }
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.prepare(sql))
        return Error{describe(query.lastError())};
    // Bounded: SQL built for a number of rows comes in many lengths.
    constexpr qsizetype cacheLimit = 400;
    if (cacheable && cached == m_statements.cend() && m_statements.size() < cacheLimit) {
        m_statements.insert(sql, query);
        m_lent.append(query);
    }
    return query;
}

void Journal::releaseStatementsSince(qsizetype count) const
{
    for (qsizetype i = count; i < m_lent.size(); ++i)
        m_lent[i].finish();
    if (count < m_lent.size())
        m_lent.resize(count);
}

void Journal::clearStatements() const
{
    m_lent.clear();
    m_statements.clear();
}

Status Journal::execPrepared(QSqlQuery &query, const QVariantList &bindings) const
{
    for (int i = 0; i < bindings.size(); ++i)
        query.bindValue(i, bindings.at(i));
    if (!query.exec())
        return Error{describe(query.lastError())};
    return {};
}

Result<QSqlQuery> Journal::runFixed(const QString &sql) const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return Error{describe(query.lastError())};
    return query;
}

Result<QSqlQuery> Journal::run(const QString &sql, const QVariantList &bindings) const
{
    Result<QSqlQuery> query = prepare(sql);
    if (!query)
        return query;
    if (Status done = execPrepared(*query, bindings); !done)
        return Error{done.error()};
    return query;
}

bool Journal::isUniqueViolation(const QSqlError &error)
{
    const QString code = error.nativeErrorCode();
    return code == u"23505" || code == u"2067" || code == u"1555"
        || (code == u"19" && error.databaseText().contains(u"UNIQUE"_s));
}

QString Journal::describe(const QSqlError &error) const
{
    const StorageFailure failure = StorageFailure::classify(
        error, isPostgres(), isPostgres() ? QString() : QFileInfo(m_location.filePath).absolutePath());
    m_lastFailure = failure.kind;
    return failure.message(m_location.display());
}

Status Journal::beginWrite(Durability durability)
{
    if (m_transactionDepth++ > 0) {
        // A nested write is a savepoint: when it fails (a use case refused by
        // its rule inside a larger batch) only its own writes are undone.
        QSqlQuery savepoint(database());
        if (!savepoint.exec(u"SAVEPOINT trinn_%1"_s.arg(m_transactionDepth))) {
            --m_transactionDepth;
            m_transactionPoisoned = true;
            return Error{describe(savepoint.lastError())};
        }
        return {};
    }
    m_transactionPoisoned = false;
    m_changes->transactionBegan(m_gate.depth == 0 && durability == Durability::Full);
    // SQLite takes the safety level outside a transaction only.
    m_transactionDeferred = durability == Durability::Deferred && !isPostgres();
    if (m_transactionDeferred)
        QSqlQuery(database()).exec(u"PRAGMA synchronous = NORMAL"_s);
    // IMMEDIATE takes the write lock up front, so a busy journal waits for the
    // busy timeout instead of failing halfway through the transaction.
    QSqlQuery begin(database());
    if (!begin.exec(isPostgres() ? u"BEGIN"_s : u"BEGIN IMMEDIATE"_s)) {
        m_transactionDepth = 0;
        const QString message = describe(begin.lastError());
        endTransaction(QString());
        return Error{message};
    }
    // On PostgreSQL writers queue on one transaction lock, as BEGIN IMMEDIATE
    // makes them do on SQLite: a rule's reads (the last course place, a bed
    // night, a room slot) then see every write committed before, so two
    // workstations can never both take the last place. Each statement reads
    // at READ COMMITTED, after the lock is held.
    if (isPostgres()) {
        QSqlQuery lock(database());
        if (!lock.exec(u"SELECT pg_advisory_xact_lock(7470357)"_s)) {
            m_transactionDepth = 0;
            const QString message = describe(lock.lastError());
            endTransaction(u"ROLLBACK"_s);
            return Error{message};
        }
    }
    // Names the actor for the change log's triggers. A deferred transaction
    // writes only the audit records of reads (audit_log has no triggers), so
    // it has no change to name or seal.
    m_transactionLogsChanges = durability == Durability::Full;
    if (!m_transactionLogsChanges)
        return {};
    if (Status named = ChangeLog::beginTransaction(*this); !named) {
        m_transactionDepth = 0;
        endTransaction(u"ROLLBACK"_s);
        return named;
    }
    return {};
}

void Journal::endTransaction(const QString &statement)
{
    m_changes->transactionEnded();
    releaseStatements();
    if (!statement.isEmpty())
        QSqlQuery(database()).exec(statement);
    if (m_transactionDeferred) {
        QSqlQuery(database()).exec(u"PRAGMA synchronous = FULL"_s);
        m_transactionDeferred = false;
    }
}

Status Journal::commit()
{
    if (m_transactionDepth <= 0)
        return {};
    // The audit chain covers the change log rows this transaction wrote.
    if (m_transactionDepth == 1 && !m_transactionPoisoned && m_transactionLogsChanges) {
        if (Status sealed = ChangeLog::sealTransaction(*this); !sealed) {
            m_transactionDepth = 0;
            endTransaction(u"ROLLBACK"_s);
            return sealed;
        }
    }
    if (m_transactionDepth > 1) {
        QSqlQuery release(database());
        const bool released = release.exec(u"RELEASE SAVEPOINT trinn_%1"_s.arg(m_transactionDepth));
        --m_transactionDepth;
        if (!released) {
            m_transactionPoisoned = true;
            return Error{describe(release.lastError())};
        }
        return {};
    }
    --m_transactionDepth;
    if (m_transactionPoisoned) {
        endTransaction(u"ROLLBACK"_s);
        return Error{tr("The change was undone because one of its parts failed.")};
    }
    // Other workstations hear of the change when, and only if, it commits.
    if (const QSqlError told = m_changes->beforeCommit(); told.isValid()) {
        const QString message = describe(told);
        endTransaction(u"ROLLBACK"_s);
        return Error{message};
    }
    QSqlQuery end(database());
    if (!end.exec(u"COMMIT"_s)) {
        QString message = describe(end.lastError());
        // The server may have committed before the connection went: say so
        // rather than claim that nothing was saved.
        if (m_lastFailure == StorageFailure::Kind::ConnectionLost)
            message = tr("The connection to the journal at %1 was lost while the change was being saved: it may or "
                         "may not have been saved. Look at the journal before doing it again.")
                          .arg(m_location.display());
        endTransaction(u"ROLLBACK"_s);
        return Error{message};
    }
    m_changes->committed();
    endTransaction(QString());
    return {};
}

void Journal::rollback()
{
    if (m_transactionDepth <= 0)
        return;
    if (m_transactionDepth > 1) {
        QSqlQuery undo(database());
        const QString name = u"trinn_%1"_s.arg(m_transactionDepth);
        if (!undo.exec(u"ROLLBACK TO SAVEPOINT "_s + name) || !undo.exec(u"RELEASE SAVEPOINT "_s + name))
            m_transactionPoisoned = true;
        --m_transactionDepth;
        return;
    }
    --m_transactionDepth;
    endTransaction(u"ROLLBACK"_s);
}

} // namespace trinn
