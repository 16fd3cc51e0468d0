#include "support/testjournals.h"

#include "demo/democlinic.h"
#include "storage/auditlog.h"
#include "storage/carerecordstore.h"
#include "storage/changelog.h"
#include "storage/integritycheck.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <map>

using namespace trinn;
using trinn::test::Backend;

namespace {

QList<QVariantList> rows(Journal &journal, const QString &sql, const QVariantList &bindings = {})
{
    Result<QSqlQuery> query = RawSqlForTests::run(journal, sql, bindings);
    INFO(sql.toStdString());
    INFO(query.error().toStdString());
    REQUIRE(query.ok());
    QList<QVariantList> result;
    while (query->next()) {
        QVariantList row;
        for (int i = 0; i < query->record().count(); ++i)
            row << query->value(i);
        result << row;
    }
    return result;
}

// The tables that hold a patient's data, found here from the schema alone
// (independently of ChangeLog): those with a patient_id or episode_id column,
// and those with a foreign key to one of them, until no more are found. The
// audit log and the change log hold patient ids but are the logs themselves.
QStringList patientTables(Journal &journal)
{
    std::map<QString, QStringList> columns;
    std::multimap<QString, QString> references;
    if (journal.isPostgres()) {
        for (const QVariantList &row : rows(journal, QStringLiteral(
                 "SELECT c.table_name, c.column_name FROM information_schema.columns c JOIN information_schema.tables t "
                 "ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                 "WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'")))
            columns[row.at(0).toString()] << row.at(1).toString();
        for (const QVariantList &row : rows(journal, QStringLiteral(
                 "SELECT tc.table_name, ccu.table_name FROM information_schema.table_constraints tc "
                 "JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name "
                 "AND ccu.constraint_schema = tc.constraint_schema "
                 "WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = current_schema()")))
            references.emplace(row.at(0).toString(), row.at(1).toString());
    } else {
        for (const QVariantList &row : rows(journal, QStringLiteral(
                 "SELECT m.name, p.name FROM sqlite_master m, pragma_table_info(m.name) p WHERE m.type = 'table'")))
            columns[row.at(0).toString()] << row.at(1).toString();
        for (const QVariantList &row : rows(journal, QStringLiteral(
                 "SELECT m.name, f.\"table\" FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'")))
            references.emplace(row.at(0).toString(), row.at(1).toString());
    }
    QSet<QString> found{QStringLiteral("patient")};
    for (const auto &[table, names] : columns) {
        if (names.contains(QStringLiteral("patient_id")) || names.contains(QStringLiteral("episode_id")))
            found << table;
    }
    for (bool grew = true; grew;) {
        grew = false;
        for (const auto &[table, parent] : references) {
            if (found.contains(parent) && !found.contains(table)) {
                found << table;
                grew = true;
            }
        }
    }
    found.remove(QStringLiteral("audit_log"));
    found.remove(QStringLiteral("change_log"));
    found.remove(QStringLiteral("audit_patient"));
    found.remove(QStringLiteral("audit_patient_day"));
    QStringList sorted(found.begin(), found.end());
    sorted.sort();
    return sorted;
}

// table -> the events (INSERT, UPDATE, DELETE) of the triggers on it that
// write to change_log after each row.
std::map<QString, QSet<QString>> changeTriggers(Journal &journal)
{
    std::map<QString, QSet<QString>> events;
    if (journal.isPostgres()) {
        for (const QVariantList &row : rows(journal, QStringLiteral(
                 "SELECT t.event_object_table, t.event_manipulation, p.prosrc FROM information_schema.triggers t "
                 "JOIN pg_trigger g ON g.tgname = t.trigger_name JOIN pg_proc p ON p.oid = g.tgfoid "
                 "WHERE t.trigger_schema = current_schema() AND t.action_timing = 'AFTER' AND t.action_orientation = 'ROW'"))) {
            if (row.at(2).toString().contains(QStringLiteral("INSERT INTO change_log")))
                events[row.at(0).toString()] << row.at(1).toString();
        }
    } else {
        for (const QVariantList &row : rows(journal, QStringLiteral("SELECT tbl_name, sql FROM sqlite_master WHERE type = 'trigger'"))) {
            const QString sql = row.at(1).toString();
            if (!sql.contains(QStringLiteral("INSERT INTO change_log")))
                continue;
            for (const QString &event : {QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")}) {
                if (sql.contains(QStringLiteral(" AFTER ") + event + QStringLiteral(" ON ")))
                    events[row.at(0).toString()] << event;
            }
        }
    }
    return events;
}

struct Change
{
    qint64 id = 0;
    QString table;
    QString rowId;
    QVariant patientId;
    QString operation;
    QString oldValues;
    QString newValues;
    QVariant staffId;
    QVariant actor;
    int outside = 0;
};

Change lastChange(Journal &journal)
{
    const QList<QVariantList> found = rows(journal, QStringLiteral(
        "SELECT id, table_name, row_id, patient_id, operation, old_values, new_values, actor_staff_id, actor_name, outside_trinn "
        "FROM change_log ORDER BY id DESC LIMIT 1"));
    REQUIRE(found.size() == 1);
    const QVariantList &r = found.first();
    return {r.at(0).toLongLong(), r.at(1).toString(), r.at(2).toString(), r.at(3), r.at(4).toString(), r.at(5).toString(),
            r.at(6).toString(), r.at(7), r.at(8), r.at(9).toInt()};
}

QString auditChainProblem(Journal &journal)
{
    const Result<QString> chain = AuditLog::verify(journal);
    INFO(chain.error().toStdString());
    REQUIRE(chain.ok());
    return *chain;
}

// A second connection to the same journal, as the sqlite3 tool or psql would make.
struct OtherConnection
{
    QString name;
    explicit OtherConnection(const Journal &journal) : name(QStringLiteral("changelog-test-raw"))
    {
        const JournalLocation &where = journal.location();
        QSqlDatabase db;
        if (where.backend == JournalLocation::Backend::PostgreSQL) {
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(where.host);
            db.setPort(where.port);
            db.setDatabaseName(where.database);
            db.setUserName(where.userName);
            db.setPassword(where.password);
            db.setConnectOptions(where.connectOptions);
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            db.setDatabaseName(where.filePath);
        }
        INFO(db.lastError().text().toStdString());
        REQUIRE(db.open());
    }
    ~OtherConnection()
    {
        QSqlDatabase::database(name, false).close();
        QSqlDatabase::removeDatabase(name);
    }
    void exec(const QString &sql)
    {
        QSqlQuery query(QSqlDatabase::database(name, false));
        INFO(sql.toStdString());
        INFO(query.lastError().text().toStdString());
        REQUIRE(query.exec(sql));
    }
};

} // namespace

TEST_CASE("Every table that holds a patient's data has its three change triggers", "[storage][changelog]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    const QStringList tables = patientTables(*journal);
    // The schema as of migration 11 already has this many.
    CHECK(tables.size() >= 28);
    CHECK(tables.contains(QStringLiteral("test_result")));
    CHECK(tables.contains(QStringLiteral("note_version")));
    const std::map<QString, QSet<QString>> triggers = changeTriggers(*journal);
    for (const QString &table : tables) {
        INFO("table " << table.toStdString());
        const auto events = triggers.find(table);
        REQUIRE(events != triggers.end());
        CHECK(events->second == QSet<QString>{QStringLiteral("INSERT"), QStringLiteral("UPDATE"), QStringLiteral("DELETE")});
    }
    // The list in changelog.cpp says how each of them finds its patient.
    const Result<QStringList> unlisted = ChangeLog::unlistedTables(*journal);
    REQUIRE(unlisted.ok());
    CHECK(*unlisted == QStringList{});
    const Result<QList<ChangeLog::PatientTable>> known = ChangeLog::patientTables(*journal);
    REQUIRE(known.ok());
    QStringList knownNames;
    for (const ChangeLog::PatientTable &table : *known)
        knownNames << table.table;
    knownNames.sort();
    CHECK(knownNames == tables);
    const Result<QStringList> problems = IntegrityCheck(*journal).run();
    REQUIRE(problems.ok());
    CHECK(*problems == QStringList{});
}

TEST_CASE("A table a later migration adds gets its triggers - the list must learn it", "[storage][changelog]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    options.kindIfCreated = JournalKind::Demo;
    const int next = options.migrations.constLast().version + 1;
    options.migrations.append({next, QStringLiteral("later_table"),
                               QStringLiteral("CREATE TABLE later_note (id {{id}}, note_id BIGINT NOT NULL REFERENCES journal_note (id), "
                                              "body TEXT NOT NULL)")});
    Result<std::unique_ptr<Journal>> opened = Journal::open(test::freshLocation(backend), options);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    const std::map<QString, QSet<QString>> triggers = changeTriggers(journal);
    REQUIRE(triggers.count(QStringLiteral("later_note")) == 1);
    CHECK(triggers.at(QStringLiteral("later_note")).size() == 3);
    const Result<QStringList> unlisted = ChangeLog::unlistedTables(journal);
    REQUIRE(unlisted.ok());
    CHECK(*unlisted == QStringList{QStringLiteral("later_note")});

    // Its rows find their patient through the note.
    const qint64 kari = test::addPatient(journal);
    test::rawExec(journal, QStringLiteral("INSERT INTO journal_note (patient_id, note_type, author, created_at) VALUES (%1, 'x', 'y', 0)").arg(kari));
    const qint64 note = test::sqlNumber(journal, QStringLiteral("SELECT MAX(id) FROM journal_note"));
    test::rawExec(journal, QStringLiteral("INSERT INTO later_note (note_id, body) VALUES (%1, 'hei')").arg(note));
    const Change change = lastChange(journal);
    CHECK(change.table == QStringLiteral("later_note"));
    CHECK(change.patientId.toLongLong() == kari);
}

TEST_CASE("A write through a store is logged with the signed-in staff member", "[storage][changelog]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    const qint64 kari = test::addPatient(*journal);
    // Registered by the system (no one signed in): inside Trinn, with no staff
    // member. On PostgreSQL the log's row holds neither a copy of the new row
    // nor the actor's name: the row is there, and the seal's audit record
    // names who wrote it. On SQLite (migration 37) there is no row at all: the
    // seal names the patient's id among the rows its transaction inserted.
    const QList<QVariantList> registered = rows(*journal, QStringLiteral(
        "SELECT actor_name, outside_trinn, patient_id, actor_staff_id, new_values, workstation FROM change_log "
        "WHERE table_name = 'patient' AND operation = 'INSERT'"));
    if (backend == Backend::SQLite) {
        CHECK(registered.isEmpty());
        CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'changes' AND what LIKE ?"),
                              {QStringLiteral("%; inserted %patient %1-%1%").arg(kari)}) == 1);
    } else {
        REQUIRE(registered.size() == 1);
        CHECK(registered.first().at(0).isNull());
        CHECK(registered.first().at(1).toInt() == 0);
        CHECK(registered.first().at(2).toLongLong() == kari);
        CHECK(registered.first().at(3).isNull());
        CHECK(registered.first().at(4).isNull());
        CHECK(registered.first().at(5).isNull());
    }
    const auto loggedPatients = ChangeLog::loggedInserts(*journal, QStringLiteral("patient"));
    REQUIRE(loggedPatients.ok());
    CHECK(*loggedPatients == 1);
    const QList<QVariantList> sealedBy = rows(*journal, QStringLiteral(
        "SELECT actor, workstation FROM audit_log WHERE action = 'changes' ORDER BY id LIMIT 1"));
    REQUIRE(sealedBy.size() == 1);
    CHECK(sealedBy.first().at(0).toString() == QStringLiteral("system"));
    CHECK_FALSE(sealedBy.first().at(1).toString().isEmpty());
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE table_name = 'patient_term' AND patient_id = ?"), {kari}) > 0);

    REQUIRE(StaffStore(*journal).add(QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), {Role::Nurse},
                                     QStringLiteral("et langt passord")).ok());
    const auto nina = StaffStore(*journal).signIn(QStringLiteral("nina"), QStringLiteral("et langt passord"));
    REQUIRE(nina.ok());
    journal->setActor(*nina);
    Medication medication;
    medication.patientId = kari;
    medication.drug = QStringLiteral("Metadon");
    medication.dose = QStringLiteral("80 mg");
    medication.start = QDate(2025, 3, 1);
    const auto added = CareRecordStore(*journal).addMedication(medication);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());

    const Change change = lastChange(*journal);
    CHECK(change.table == QStringLiteral("medication"));
    CHECK(change.operation == QStringLiteral("INSERT"));
    CHECK(change.rowId == QString::number(*added));
    CHECK(change.patientId.toLongLong() == kari);
    CHECK(change.staffId.toLongLong() == nina->staffId);
    CHECK(change.actor.toString() == QStringLiteral("nina"));
    CHECK(change.outside == 0);
    CHECK(change.oldValues.isEmpty());
    // No copy of the new row (migration 34): the row is there, and its
    // history walks back to it from the row as it is.
    CHECK(change.newValues.isEmpty());
    // The transaction's rows are sealed into the audit chain.
    const QList<QVariantList> seal = rows(*journal, QStringLiteral("SELECT actor, what FROM audit_log WHERE action = 'changes' ORDER BY id DESC LIMIT 1"));
    REQUIRE(seal.size() == 1);
    CHECK(seal.first().at(0).toString() == QStringLiteral("nina"));
    CHECK_THAT(seal.first().at(1).toString().toStdString(), Catch::StartsWith("changes " + std::to_string(change.id) + "-" + std::to_string(change.id) + " rows 1 sha256 "));
    CHECK(auditChainProblem(*journal) == QString());
    // After the transaction no actor is left for the next writer to borrow.
    if (backend == Backend::SQLite)
        CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM write_actor")) == 0);
}

TEST_CASE("A raw UPDATE is logged, marked outside Trinn, and reported as not covered", "[storage][changelog]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    const qint64 kari = test::addPatient(*journal);
    REQUIRE(auditChainProblem(*journal) == QString());

    // On Trinn's own connection, but past its transactions.
    REQUIRE(RawSqlForTests::run(*journal, QStringLiteral("UPDATE patient SET phone = '900 00 000' WHERE id = ?"), {kari}).ok());
    Change change = lastChange(*journal);
    CHECK(change.table == QStringLiteral("patient"));
    CHECK(change.operation == QStringLiteral("UPDATE"));
    CHECK(change.rowId == QString::number(kari));
    CHECK(change.patientId.toLongLong() == kari);
    CHECK(change.outside == 1);
    CHECK(change.staffId.isNull());
    if (backend == Backend::SQLite)
        CHECK(change.actor.isNull());
    else
        CHECK(change.actor.toString() == QStringLiteral("postgres"));
    // Only the column that changed, before and after (migration 33): the
    // name that did not change is in the row itself.
    CHECK_THAT(change.oldValues.toStdString(), Catch::Contains("phone"));
    CHECK_THAT(change.oldValues.toStdString(), !Catch::Contains("Nordmann"));
    CHECK_THAT(change.newValues.toStdString(), Catch::Contains("900 00 000"));
    CHECK_THAT(change.newValues.toStdString(), !Catch::Contains("Nordmann"));
    const QString firstRaw = QStringLiteral("Change log row %1 (UPDATE of table patient, row %2, %3) was written outside Trinn: "
                                            "no audit record covers it.")
                                 .arg(change.id)
                                 .arg(kari)
                                 .arg(backend == Backend::SQLite ? QStringLiteral("no actor") : QStringLiteral("actor postgres"));
    CHECK(auditChainProblem(*journal) == firstRaw);

    // A second connection to the same journal, as the sqlite3 tool or psql.
    {
        OtherConnection other(*journal);
        other.exec(QStringLiteral("UPDATE patient SET email = 'kari@example.org' WHERE id = %1").arg(kari));
    }
    change = lastChange(*journal);
    CHECK(change.table == QStringLiteral("patient"));
    CHECK(change.outside == 1);
    CHECK_THAT(change.newValues.toStdString(), Catch::Contains("kari@example.org"));
    const QString bothRaw = firstRaw + QStringLiteral(" 2 rows in all are not covered.");
    CHECK(auditChainProblem(*journal) == bothRaw);
    const QString otherRaw = QStringLiteral("Change log row %1 (UPDATE of table patient, row %2, actor postgres) was written outside Trinn: "
                                            "no audit record covers it.")
                                 .arg(change.id)
                                 .arg(kari);
    // Trinn's next write seals the write on its own connection as its own
    // only where it can tell it from another connection's: on PostgreSQL by
    // the server process; on SQLite not once another connection has written.
    test::addPatient(*journal, test::ids::born1990a);
    CHECK(auditChainProblem(*journal) == (backend == Backend::SQLite ? bothRaw : otherRaw));

    // A write past the Gate on Trinn's own connection, with no other writer
    // since, is sealed by Trinn's next write transaction.
    REQUIRE(RawSqlForTests::run(*journal, QStringLiteral("UPDATE patient SET phone = '1' WHERE id = ?"), {kari}).ok());
    const qint64 own = lastChange(*journal).id;
    CHECK(auditChainProblem(*journal) == QString(backend == Backend::SQLite ? firstRaw + QStringLiteral(" 3 rows in all are not covered.")
                                                                    : otherRaw + QStringLiteral(" 2 rows in all are not covered.")));
    test::addPatient(*journal, test::ids::born1990b);
    CHECK(auditChainProblem(*journal) == (backend == Backend::SQLite ? bothRaw : otherRaw));
    const QList<QVariantList> seal = rows(*journal, QStringLiteral("SELECT what FROM audit_log WHERE action = 'changes' ORDER BY id DESC LIMIT 1"));
    REQUIRE(seal.size() == 1);
    CHECK_THAT(seal.first().at(0).toString().toStdString(),
               Catch::Contains("; outside a write transaction: " + std::to_string(own) + "-" + std::to_string(own)));
}

TEST_CASE("A change log row edited or removed after it was sealed is named", "[storage][changelog]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    const qint64 kari = test::addPatient(*journal);
    Medication medication;
    medication.patientId = kari;
    medication.drug = QStringLiteral("Metadon");
    medication.dose = QStringLiteral("80 mg");
    medication.start = QDate(2025, 3, 1);
    REQUIRE(CareRecordStore(*journal).addMedication(medication).ok());
    const qint64 row = lastChange(*journal).id;
    const qint64 seal = test::sqlNumber(*journal, QStringLiteral("SELECT MAX(id) FROM audit_log WHERE action = 'changes'"));
    REQUIRE(auditChainProblem(*journal) == QString());

    // A copy of a row that was never logged, put in afterwards.
    test::rawExec(*journal, QStringLiteral("UPDATE change_log SET new_values = '{\"dose\":\"8 mg\"}' WHERE id = %1").arg(row));
    CHECK(auditChainProblem(*journal)
          == QStringLiteral("Change log row %1 (table medication) was changed after it was written (audit record %2 covers it).").arg(row).arg(seal));
    test::rawExec(*journal, QStringLiteral("UPDATE change_log SET new_values = NULL WHERE id = %1").arg(row));
    CHECK(auditChainProblem(*journal) == QString());

    // The actor's name is covered too.
    test::rawExec(*journal, QStringLiteral("UPDATE change_log SET actor_name = 'someone' WHERE id = %1").arg(row));
    CHECK_THAT(auditChainProblem(*journal).toStdString(), Catch::StartsWith("Change log row " + std::to_string(row) + " (table medication) was changed"));
    test::rawExec(*journal, QStringLiteral("UPDATE change_log SET actor_name = 'system' WHERE id = %1").arg(row));
    REQUIRE(auditChainProblem(*journal) == QString());

    // The patient's registration wrote several rows in one transaction.
    const qint64 first = test::sqlNumber(*journal, QStringLiteral("SELECT MIN(id) FROM change_log"));
    test::rawExec(*journal, QStringLiteral("DELETE FROM change_log WHERE id = %1").arg(first + 1));
    CHECK_THAT(auditChainProblem(*journal).toStdString(), Catch::StartsWith("Change log row " + std::to_string(first + 1) + " was removed"));
    const Result<QStringList> problems = ChangeLog::verify(*journal);
    REQUIRE(problems.ok());
    CHECK(problems->size() == 1);

    // The last row, sealed alone.
    test::rawExec(*journal, QStringLiteral("DELETE FROM change_log WHERE id = %1").arg(row));
    const Result<QStringList> both = ChangeLog::verify(*journal);
    REQUIRE(both.ok());
    CHECK(both->contains(QStringLiteral("Change log row %1 was removed (audit record %2 covers it).").arg(row).arg(seal)));
}

TEST_CASE("Borrowing Trinn's actor from outside is still not covered", "[storage][changelog]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    const qint64 kari = test::addPatient(*journal);
    {
        OtherConnection other(*journal);
        other.exec(QStringLiteral("BEGIN"));
        other.exec(QStringLiteral("INSERT INTO write_actor (slot, staff_id, name, workstation, at) VALUES (1, 7, 'nina', 'x', 0)"));
        other.exec(QStringLiteral("UPDATE patient SET phone = '1' WHERE id = %1").arg(kari));
        other.exec(QStringLiteral("DELETE FROM write_actor"));
        other.exec(QStringLiteral("COMMIT"));
    }
    const Change change = lastChange(*journal);
    CHECK(change.staffId.toLongLong() == 7);
    CHECK(change.outside == 0);
    CHECK_THAT(auditChainProblem(*journal).toStdString(), Catch::StartsWith("Change log row " + std::to_string(change.id) + " (UPDATE of table patient"));
}

TEST_CASE("A dropped, disabled or replaced change trigger is found by the integrity check", "[storage][changelog]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    if (backend == Backend::SQLite) {
        test::rawExec(*journal, QStringLiteral("DROP TRIGGER trinn_change_test_result_delete"));
        test::rawExec(*journal, QStringLiteral("DROP TRIGGER trinn_change_medication_update"));
        test::rawExec(*journal, QStringLiteral("CREATE TRIGGER trinn_change_medication_update AFTER UPDATE ON medication BEGIN SELECT 1; END"));
    } else {
        test::rawExec(*journal, QStringLiteral("ALTER TABLE test_result DISABLE TRIGGER trinn_change_test_result"));
        test::rawExec(*journal, QStringLiteral("CREATE OR REPLACE FUNCTION trinn_change_medication() RETURNS trigger LANGUAGE plpgsql "
                                               "AS $$ BEGIN RETURN NEW; END $$"));
    }
    const Result<QStringList> problems = IntegrityCheck(*journal).run();
    REQUIRE(problems.ok());
    CHECK(problems->contains(QStringLiteral("Table test_result has no change log trigger for DELETE: such changes to it are not recorded.")));
    const QString replaced = backend == Backend::SQLite ? QStringLiteral("trinn_change_medication_update") : QStringLiteral("trinn_change_medication");
    CHECK(problems->contains(QStringLiteral("The change log trigger %1 of table medication is not the one Trinn made: it was changed outside Trinn.").arg(replaced)));
}

namespace {

std::unique_ptr<Journal> demoJournal(Backend backend)
{
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    DemoClinic::Options options{40, 1, 5};
    options.history = true;
    const auto made = DemoClinic::generate(*journal, options);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    return journal;
}

} // namespace

TEST_CASE("The demo clinic's every row is in the change log, with its patient, and sealed", "[storage][changelog][demo]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = demoJournal(backend);
    int tablesWithRows = 0;
    for (const QString &table : patientTables(*journal)) {
        INFO("table " << table.toStdString());
        const qint64 count = test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
        // Its rows, and on SQLite the ids its seals name (migration 37).
        const auto logged = ChangeLog::loggedInserts(*journal, table);
        REQUIRE(logged.ok());
        const qint64 inserted = *logged;
        const qint64 deleted = test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE table_name = ? AND operation = 'DELETE'"), {table});
        CHECK(inserted - deleted == count);
        if (count > 0)
            ++tablesWithRows;
        // Every row finds its patient (a referral may come before its patient is registered).
        if (table != QStringLiteral("referral") && table != QStringLiteral("referral_decision"))
            CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE table_name = ? AND patient_id IS NULL"), {table}) == 0);
    }
    CHECK(tablesWithRows >= 15);
    // Nothing sealed was changed; rows written outside a write transaction
    // (by stores not yet behind the Gate) are reported as not covered.
    const Result<QStringList> problems = ChangeLog::verify(*journal);
    REQUIRE(problems.ok());
    for (const QString &problem : *problems)
        CHECK_THAT(problem.toStdString(), Catch::Contains("was written outside Trinn"));
}

// Every store passes the Gate, so no write of Trinn's is outside a write transaction.
TEST_CASE("The demo clinic writes nothing outside a Trinn write transaction", "[storage][changelog][demo]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = demoJournal(backend);
    QStringList outside;
    for (const QVariantList &row : rows(*journal, QStringLiteral(
             "SELECT table_name, operation, COUNT(*) FROM change_log WHERE outside_trinn <> 0 GROUP BY table_name, operation "
             "ORDER BY table_name, operation")))
        outside << row.at(0).toString() + u' ' + row.at(1).toString() + u' ' + row.at(2).toString();
    CHECK(outside == QStringList{});
    CHECK(auditChainProblem(*journal) == QString());
}
