// PostgreSQL enforces Trinn's roles itself (issue 14, migration 18): these
// tests act as staff members' own database logins, with a bare libpq
// connection (as psql would) or with Trinn opened as that login, against the
// throwaway server, whose pg_hba.conf asks every login but postgres for its
// SCRAM password. The journal itself is made by postgres, its owner.
#include "support/testjournals.h"

#include "common/clinictime.h"
#include "storage/auditlog.h"
#include "storage/carerecordstore.h"
#include "storage/recordhistory.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"
#include "storage/postgresroles.h"
#include "storage/staffstore.h"
#include "storage/substanceteststore.h"
#include "testing/substancetest.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

using namespace trinn;

namespace {

struct RolesClinic
{
    std::unique_ptr<Journal> journal;
    QString nurse;
    QString therapist;
    QString coordinator;
    QString admin;
    qint64 onTeam = 0;     // the nurse is on this patient's care team
    qint64 offTeam = 0;    // and not on this one's
    qint64 noteOnTeam = 0; // a signed therapy note of each
    qint64 noteOffTeam = 0;
    qint64 testOffTeam = 0;
};

qint64 signedTherapyNote(Journal &journal, qint64 patient, const QString &text)
{
    NoteStore notes(journal);
    const auto id = notes.createDraft(patient, QStringLiteral("individual-session"), text);
    REQUIRE(id.ok());
    REQUIRE(notes.sign(*id).ok());
    return *id;
}

RolesClinic makeRolesClinic()
{
    RolesClinic c;
    c.journal = test::createJournal(test::Backend::PostgreSQL);
    REQUIRE(c.journal->schemaVersion() >= PostgresRoles::schemaVersion);
    c.nurse = test::uniqueLogin(QStringLiteral("nurse"));
    c.therapist = test::uniqueLogin(QStringLiteral("therapist"));
    c.coordinator = test::uniqueLogin(QStringLiteral("coordinator"));
    c.admin = test::uniqueLogin(QStringLiteral("admin"));
    StaffStore staff(*c.journal);
    for (const auto &[login, role] : {std::pair{c.nurse, Role::Nurse}, std::pair{c.therapist, Role::Therapist},
                                      std::pair{c.coordinator, Role::Coordinator}, std::pair{c.admin, Role::Administrator}}) {
        const auto added = staff.add(login, login, {role}, test::staffPassword);
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
    }
    c.onTeam = test::addPatient(*c.journal, test::ids::born1990a, QStringLiteral("Kari"));
    c.offTeam = test::addPatient(*c.journal, test::ids::born1990b, QStringLiteral("Ola"));
    REQUIRE(staff.addToCareTeam(c.onTeam, c.nurse).ok());
    c.noteOnTeam = signedTherapyNote(*c.journal, c.onTeam, QStringLiteral("Snakket om skam"));
    c.noteOffTeam = signedTherapyNote(*c.journal, c.offTeam, QStringLiteral("Traumearbeid, fortrolig"));
    SubstanceTest t;
    t.patientId = c.offTeam;
    t.sampledAt = clinictime::now().addSecs(-600);
    for (const QString &code : Analytes::panel(false))
        t.results.append({code, code == QStringLiteral("thc"), std::nullopt, QString(), std::nullopt, QString()});
    const auto test = SubstanceTestStore(*c.journal).record(t);
    INFO(test.error().toStdString());
    REQUIRE(test.ok());
    c.testOffTeam = *test;
    return c;
}

// A bare connection as a staff login, open (the test fails if it is not).
QSqlDatabase login(const RolesClinic &c, const QString &who)
{
    QSqlDatabase db = test::connectAs(*c.journal, who, test::staffPassword);
    INFO(db.lastError().text().toStdString());
    REQUIRE(db.open());
    return db;
}

// Rows a statement returns, or -1 when the server refuses it.
int rowCount(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql))
        return -1;
    int n = 0;
    while (query.next())
        ++n;
    return n;
}

// What the server answers to a statement that changes something: empty when it did it.
QString refusal(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql) ? QString() : query.lastError().databaseText();
}

qint64 serverReads(Journal &journal, const QString &actor, qint64 patient)
{
    return test::sqlNumber(journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = '%1' AND patient_id = %2 "
                                                   "AND action = 'read' AND what LIKE '%(server)'")
                                .arg(actor)
                                .arg(patient));
}

} // namespace

TEST_CASE("PostgreSQL: a staff login proves its password with SCRAM", "[storage][postgres][roles]")
{
    RolesClinic c = makeRolesClinic();
    QSqlDatabase right = login(c, c.nurse);
    CHECK(rowCount(right, QStringLiteral("SELECT 1 WHERE session_user = '%1'").arg(c.nurse)) == 1);
    QSqlDatabase wrong = test::connectAs(*c.journal, c.nurse, QStringLiteral("not the password"));
    CHECK_FALSE(wrong.open());
    // Trinn opened as the login says so in its own words.
    const auto refused = test::openAs(*c.journal, c.nurse, QStringLiteral("not the password"));
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().toStdString(), Catch::Contains("refused the user name or password of " + c.nurse.toStdString()));
    // A disabled account cannot log in to the server either.
    REQUIRE(StaffStore(*c.journal).disable(c.nurse).ok());
    QSqlDatabase disabled = test::connectAs(*c.journal, c.nurse, test::staffPassword);
    CHECK_FALSE(disabled.open());
}

TEST_CASE("PostgreSQL: a nurse reads therapy notes of her care team's patients only", "[storage][postgres][roles]")
{
    RolesClinic c = makeRolesClinic();
    QSqlDatabase nurse = login(c, c.nurse);
    // The notes themselves, by row-level security.
    CHECK(rowCount(nurse, QStringLiteral("SELECT id FROM journal_note WHERE patient_id = %1").arg(c.offTeam)) == 0);
    CHECK(rowCount(nurse, QStringLiteral("SELECT id FROM journal_note WHERE patient_id = %1").arg(c.onTeam)) == 1);
    // Their text is not in any table she may read directly …
    CHECK(rowCount(nurse, QStringLiteral("SELECT body FROM note_version")) == -1);
    CHECK(rowCount(nurse, QStringLiteral("SELECT new_values FROM change_log")) == 0);
    // … only through the server's function, which leaves out the patient outside her team.
    CHECK(rowCount(nurse, QStringLiteral("SELECT body FROM trinn_note_versions('{%1}')").arg(c.noteOffTeam)) == 0);
    CHECK(serverReads(*c.journal, c.nurse, c.offTeam) == 0);
    CHECK(rowCount(nurse, QStringLiteral("SELECT body FROM trinn_note_versions('{%1,%2}')").arg(c.noteOnTeam).arg(c.noteOffTeam)) == 1);
    // That read is on record, written by the server, chained into the audit log.
    CHECK(serverReads(*c.journal, c.nurse, c.onTeam) == 1);
    CHECK(AuditLog::verify(*c.journal)->isEmpty());
}

TEST_CASE("PostgreSQL: a therapist reads the notes through Trinn, and the server records it", "[storage][postgres][roles]")
{
    RolesClinic c = makeRolesClinic();
    auto opened = test::openAs(*c.journal, c.therapist, test::staffPassword);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    const auto actor = StaffStore(journal).signIn(c.therapist, test::staffPassword);
    INFO(actor.error().toStdString());
    REQUIRE(actor.ok());
    journal.setActor(*actor);
    // The therapist is on nobody's care team, and reads therapy notes all the same.
    const auto notes = NoteStore(journal).notes(c.offTeam);
    INFO(notes.error().toStdString());
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().currentText() == QStringLiteral("Traumearbeid, fortrolig"));
    CHECK(NoteStore(journal).note(c.noteOnTeam)->currentText() == QStringLiteral("Snakket om skam"));
    CHECK(serverReads(*c.journal, c.therapist, c.offTeam) == 1);
    CHECK(serverReads(*c.journal, c.therapist, c.onTeam) == 1);
    // A therapist may read tests; the results come from the server, on record.
    const auto history = SubstanceTestStore(journal).history(c.offTeam);
    INFO(history.error().toStdString());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 1);
    CHECK(history->first().results.size() == Analytes::panel(false).size());
    CHECK(test::sqlNumber(*c.journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = '%1' AND what = "
                                                     "'substance test results (server)'").arg(c.therapist)) == 1);
    // Signing in as someone else over her own login gets nowhere.
    CHECK_FALSE(StaffStore(journal).signIn(c.nurse, test::staffPassword).ok());
    CHECK(AuditLog::verify(*c.journal)->isEmpty());
}

TEST_CASE("PostgreSQL: staff append to the audit log and never change it", "[storage][postgres][roles]")
{
    RolesClinic c = makeRolesClinic();
    const qint64 before = test::sqlNumber(*c.journal, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QSqlDatabase nurse = login(c, c.nurse);
    CHECK_FALSE(refusal(nurse, QStringLiteral("UPDATE audit_log SET what = 'nothing'")).isEmpty());
    CHECK_FALSE(refusal(nurse, QStringLiteral("DELETE FROM audit_log")).isEmpty());
    CHECK_FALSE(refusal(nurse, QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)")).isEmpty());
    CHECK_FALSE(refusal(nurse, QStringLiteral("TRUNCATE audit_log")).isEmpty());
    CHECK_FALSE(refusal(nurse, QStringLiteral("TRUNCATE change_log")).isEmpty());
    CHECK_FALSE(refusal(nurse, QStringLiteral("DELETE FROM change_log")).isEmpty());
    CHECK(rowCount(nurse, QStringLiteral("SELECT id FROM audit_log")) == -1);
    // Even an administrator, who reads it, cannot change it.
    QSqlDatabase admin = login(c, c.admin);
    CHECK(rowCount(admin, QStringLiteral("SELECT id FROM audit_log")) == before);
    CHECK_FALSE(refusal(admin, QStringLiteral("UPDATE audit_log SET what = 'nothing'")).isEmpty());
    CHECK_FALSE(refusal(admin, QStringLiteral("DELETE FROM audit_log")).isEmpty());
    CHECK_FALSE(refusal(admin, QStringLiteral("TRUNCATE audit_log")).isEmpty());
    CHECK(test::sqlNumber(*c.journal, QStringLiteral("SELECT COUNT(*) FROM audit_log")) == before);

    // No INSERT by hand (a record's patients and hash would not agree): a
    // record appended through the server's function is chained there, lists
    // its patients and names who wrote it, whatever it says.
    CHECK_FALSE(refusal(nurse, QStringLiteral("INSERT INTO audit_log (at, actor, workstation, action, what, previous_hash, hash) "
                                              "VALUES (0, '%1', 'x', 'read', 'forged', 'f', 'f')").arg(c.therapist))
                    .isEmpty());
    CHECK_FALSE(refusal(nurse, QStringLiteral("INSERT INTO audit_patient (audit_id, patient_id) VALUES (1, %1)").arg(c.onTeam)).isEmpty());
    CHECK(refusal(nurse, QStringLiteral("SELECT * FROM trinn_audit_append(0, '%1', 'x', '{%2,%3}', 'read', 'forged', '')")
                             .arg(c.therapist)
                             .arg(c.offTeam)
                             .arg(c.onTeam))
              .isEmpty());
    CHECK(test::sqlNumber(*c.journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE what = 'forged' AND actor = '%1' "
                                                     "AND patient_id IS NULL").arg(c.nurse)) == 1);
    CHECK(test::sqlNumber(*c.journal, QStringLiteral("SELECT COUNT(*) FROM audit_patient p JOIN audit_log a ON a.id = p.audit_id "
                                                     "WHERE a.what = 'forged'")) == 2);
    const auto problems = AuditLog::verify(*c.journal);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("PostgreSQL: staff logins seal what they append, and cannot change a seal or the sealing key", "[storage][postgres][roles]")
{
    RolesClinic c = makeRolesClinic();
    const auto key = AuditLog::startSealing(*c.journal);
    INFO(key.error().toStdString());
    REQUIRE(key.ok());
    auto opened = test::openAs(*c.journal, c.nurse, test::staffPassword);
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    auto actor = StaffStore(journal).signIn(c.nurse, test::staffPassword);
    REQUIRE(actor.ok());
    journal.setActor(*actor);
    // One record of one patient, one of many (hashed with its patients on the
    // server), a server-audited read, and emergency access recorded there.
    REQUIRE(AuditLog::append(journal, c.onTeam, QStringLiteral("read"), QStringLiteral("one")).ok());
    REQUIRE(AuditLog::appendMany(journal, {c.offTeam, c.onTeam, c.onTeam}, QStringLiteral("read"), QStringLiteral("board")).ok());
    REQUIRE(NoteStore(journal).note(c.noteOnTeam).ok());
    Actor emergency = *actor;
    emergency.emergencyReason = QStringLiteral("Akutt");
    journal.setActor(emergency);
    REQUIRE(AuditLog::append(journal, c.offTeam, QStringLiteral("read"), QStringLiteral("in an emergency")).ok());
    CHECK(test::sqlNumber(*c.journal, QStringLiteral("SELECT COUNT(*) FROM audit_patient p JOIN audit_log a ON a.id = p.audit_id "
                                                     "WHERE a.what = 'board' AND a.actor = '%1'").arg(c.nurse)) == 2);
    // The owner's check with the verification key: every record sealed, the chain whole.
    const auto findings = AuditLog::examine(*c.journal, *key);
    REQUIRE(findings.ok());
    INFO(findings->problems.join(u'\n').toStdString());
    CHECK(findings->problems.isEmpty());
    CHECK(findings->sealed);
    CHECK(findings->seals >= 5);
    // An administrator's check as their own login sees the same.
    auto asAdmin = test::openAs(*c.journal, c.admin, test::staffPassword);
    REQUIRE(asAdmin.ok());
    auto adminActor = StaffStore(**asAdmin).signIn(c.admin, test::staffPassword);
    REQUIRE(adminActor.ok());
    (*asAdmin)->setActor(*adminActor);
    const auto adminFindings = AuditLog::examine(**asAdmin, *key);
    REQUIRE(adminFindings.ok());
    INFO(adminFindings->problems.join(u'\n').toStdString());
    CHECK(adminFindings->problems.isEmpty());

    QSqlDatabase nurse = login(c, c.nurse);
    QSqlDatabase admin = login(c, c.admin);
    for (QSqlDatabase *db : {&nurse, &admin}) {
        CHECK_FALSE(refusal(*db, QStringLiteral("UPDATE audit_seal SET mac = 'x'")).isEmpty());
        CHECK_FALSE(refusal(*db, QStringLiteral("DELETE FROM audit_seal")).isEmpty());
        CHECK_FALSE(refusal(*db, QStringLiteral("INSERT INTO audit_seal (epoch, first_audit_id, last_audit_id, record_count, "
                                                "head_hash, sealed_at, next_key_check, mac) VALUES (999, 1, 1, 1, 'h', 0, 'c', 'm')"))
                        .isEmpty());
        CHECK_FALSE(refusal(*db, QStringLiteral("UPDATE audit_seal_key SET sealed_up_to = 0")).isEmpty());
        CHECK_FALSE(refusal(*db, QStringLiteral("DELETE FROM audit_seal_key")).isEmpty());
        CHECK_FALSE(refusal(*db, QStringLiteral("DELETE FROM audit_patient")).isEmpty());
        CHECK_FALSE(refusal(*db, QStringLiteral("UPDATE audit_patient SET patient_id = 0")).isEmpty());
        // The sealing path takes only the seal of the key's epoch over the records after the last seal.
        CHECK_FALSE(refusal(*db, QStringLiteral("SELECT trinn_audit_seal(0, 1, 1, 1, 'h', 0, 'c', 'm', '00')")).isEmpty());
        CHECK_FALSE(refusal(*db, QStringLiteral("SELECT trinn_audit_seal(e.epoch, 1, 1, 1, 'h', 0, 'c', 'm', '00') "
                                                "FROM audit_seal_key e")).isEmpty());
    }
    // The nurse reads the sealing key (to seal) but no seal, record or patient list.
    CHECK(rowCount(nurse, QStringLiteral("SELECT sealing_key FROM audit_seal_key")) == 1);
    CHECK(rowCount(nurse, QStringLiteral("SELECT epoch FROM audit_seal")) == -1);
    CHECK(rowCount(nurse, QStringLiteral("SELECT audit_id FROM audit_patient")) == -1);
    const auto after = AuditLog::examine(*c.journal, *key);
    REQUIRE(after.ok());
    CHECK(after->problems.isEmpty());
}

TEST_CASE("PostgreSQL: signed notes, their versions and tests refuse UPDATE and DELETE for every staff role", "[storage][postgres][roles]")
{
    RolesClinic c = makeRolesClinic();
    for (const QString &who : {c.therapist, c.nurse, c.admin}) {
        INFO(who.toStdString());
        QSqlDatabase db = login(c, who);
        for (const QString &sql : {QStringLiteral("UPDATE note_version SET body = 'rewritten' WHERE note_id = %1"),
                                   QStringLiteral("DELETE FROM note_version WHERE note_id = %1"),
                                   QStringLiteral("UPDATE journal_note SET signed_by = 'someone' WHERE id = %1"),
                                   QStringLiteral("DELETE FROM journal_note WHERE id = %1")}) {
            INFO(sql.toStdString());
            // Refused outright, or (where the role may not even see it) touching no row.
            QSqlQuery query(db);
            const bool done = query.exec(sql.arg(c.noteOnTeam));
            CHECK((!done || query.numRowsAffected() == 0));
        }
        for (const QString &sql : {QStringLiteral("UPDATE substance_test SET outcome = 0 WHERE id = %1"),
                                   QStringLiteral("DELETE FROM substance_test WHERE id = %1"),
                                   QStringLiteral("UPDATE test_result SET screen_positive = 0 WHERE test_id = %1"),
                                   QStringLiteral("DELETE FROM test_result WHERE test_id = %1")}) {
            INFO(sql.toStdString());
            QSqlQuery query(db);
            const bool done = query.exec(sql.arg(c.testOffTeam));
            CHECK((!done || query.numRowsAffected() == 0));
        }
    }
    // The therapist may write therapy notes, so only the server's rule stands in the way.
    QSqlDatabase therapist = login(c, c.therapist);
    CHECK_THAT(refusal(therapist, QStringLiteral("UPDATE note_version SET body = 'rewritten' WHERE note_id = %1").arg(c.noteOnTeam))
                   .toStdString(),
               Catch::Contains("never changed"));
    QSqlDatabase nurse = login(c, c.nurse);
    CHECK_THAT(refusal(nurse, QStringLiteral("UPDATE substance_test SET outcome = 0 WHERE id = %1").arg(c.testOffTeam))
                   .toStdString(),
               Catch::Contains("permission denied"));
    CHECK(test::sqlNumber(*c.journal, QStringLiteral("SELECT COUNT(*) FROM note_version WHERE body = 'rewritten'")) == 0);
    CHECK(test::sqlNumber(*c.journal, QStringLiteral("SELECT COUNT(*) FROM test_result WHERE screen_positive = 1")) == 1);
}

TEST_CASE("PostgreSQL: each role sees what core/access grants it, emergency access included", "[storage][postgres][roles]")
{
    RolesClinic c = makeRolesClinic();
    QSqlDatabase coordinator = login(c, c.coordinator);
    CHECK(rowCount(coordinator, QStringLiteral("SELECT id FROM patient")) == 2);
    CHECK(rowCount(coordinator, QStringLiteral("SELECT id FROM substance_test")) == 0);
    CHECK(rowCount(coordinator, QStringLiteral("SELECT test_id FROM trinn_test_results('{%1}')").arg(c.testOffTeam)) == 0);
    CHECK(rowCount(coordinator, QStringLiteral("SELECT id FROM journal_note")) == 0);
    CHECK(rowCount(coordinator, QStringLiteral("SELECT username FROM staff")) == 4);
    CHECK(rowCount(coordinator, QStringLiteral("SELECT password_hash FROM staff")) == -1);
    CHECK_FALSE(refusal(coordinator, QStringLiteral("SELECT trinn_create_login('%1', 'SCRAM-SHA-256$x')").arg(c.coordinator)).isEmpty());
    QSqlDatabase nurse = login(c, c.nurse);
    CHECK(rowCount(nurse, QStringLiteral("SELECT test_id FROM trinn_test_results('{%1}')").arg(c.testOffTeam)) > 0);
    CHECK(rowCount(nurse, QStringLiteral("SELECT id FROM referral")) == 0);

    // Emergency access, with its reason, opens the patient data through Trinn
    // and the server both, and the server records the reason.
    auto opened = test::openAs(*c.journal, c.nurse, test::staffPassword);
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    auto actor = StaffStore(journal).signIn(c.nurse, test::staffPassword);
    REQUIRE(actor.ok());
    journal.setActor(*actor);
    const QString ofOthers = QStringLiteral("SELECT note_id FROM trinn_note_versions('{%1}')").arg(c.noteOffTeam);
    CHECK_FALSE(RawSqlForTests::run(journal, ofOthers)->next());
    Actor emergency = *actor;
    emergency.emergencyReason = QStringLiteral("Akutt forverring, terapeut utilgjengelig");
    journal.setActor(emergency);
    CHECK(RawSqlForTests::run(journal, ofOthers)->next());
    CHECK(test::sqlNumber(*c.journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = '%1' AND patient_id = %2 AND "
                                                     "emergency_reason = 'Akutt forverring, terapeut utilgjengelig'")
                                  .arg(c.nurse)
                                  .arg(c.offTeam))
          == 1);
    // It never opens the audit log.
    CHECK_FALSE(RawSqlForTests::run(journal, QStringLiteral("SELECT id FROM audit_log")).ok());
    emergency.emergencyReason.clear();
    journal.setActor(emergency);
    CHECK_FALSE(RawSqlForTests::run(journal, ofOthers)->next());
    CHECK(AuditLog::verify(*c.journal)->isEmpty());
}

TEST_CASE("PostgreSQL: a nurse's writes through Trinn are sealed into the chain", "[storage][postgres][roles]")
{
    RolesClinic c = makeRolesClinic();
    auto opened = test::openAs(*c.journal, c.nurse, test::staffPassword);
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    auto actor = StaffStore(journal).signIn(c.nurse, test::staffPassword);
    REQUIRE(actor.ok());
    journal.setActor(*actor);
    SubstanceTest t;
    t.patientId = c.onTeam;
    t.sampledAt = clinictime::now().addSecs(-300);
    t.results.append({QStringLiteral("etg"), false, std::nullopt, QString(), std::nullopt, QString()});
    const auto recorded = SubstanceTestStore(journal).record(t);
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());
    const auto note = NoteStore(journal).createDraft(c.onTeam, QStringLiteral("progress"), QStringLiteral("Sov godt"));
    REQUIRE(note.ok());
    REQUIRE(NoteStore(journal).saveDraft(*note, QStringLiteral("Sov godt i natt")).ok());
    REQUIRE(NoteStore(journal).sign(*note).ok());
    CHECK(NoteStore(journal).note(*note)->currentText() == QStringLiteral("Sov godt i natt"));
    // The change log names the login, and the owner's check finds everything sealed.
    CHECK(test::sqlNumber(*c.journal, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE actor_name = '%1' AND outside_trinn = 0").arg(c.nurse))
          >= 4);
    const auto problems = AuditLog::verify(*c.journal);
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("PostgreSQL: a therapist reads a prescription's versions by a nurse through the server and it records the read", "[storage][postgres][roles][history]")
{
    RolesClinic c = makeRolesClinic();
    qint64 medication = 0;
    {
        auto opened = test::openAs(*c.journal, c.nurse, test::staffPassword);
        REQUIRE(opened.ok());
        Journal &journal = **opened;
        auto actor = StaffStore(journal).signIn(c.nurse, test::staffPassword);
        REQUIRE(actor.ok());
        journal.setActor(*actor);
        Medication m;
        m.patientId = c.onTeam;
        m.drug = QStringLiteral("Metadon");
        m.dose = QStringLiteral("80 mg");
        m.start = QDate(2027, 2, 1);
        const auto added = CareRecordStore(journal).addMedication(m);
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
        medication = *added;
        REQUIRE(CareRecordStore(journal).stopMedication(medication, QDate(2027, 5, 1), QStringLiteral("Tapered off")).ok());
    }
    auto opened = test::openAs(*c.journal, c.therapist, test::staffPassword);
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    auto actor = StaffStore(journal).signIn(c.therapist, test::staffPassword);
    REQUIRE(actor.ok());
    journal.setActor(*actor);
    const qint64 before = serverReads(*c.journal, c.therapist, c.onTeam);
    // The change log's rows are the nurse's: the therapist reaches them only through trinn_record_history.
    const auto history = RecordHistory::of(journal, RecordHistory::Record::Medication, medication, c.onTeam);
    INFO(history.error().toStdString());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    // The prescription as recorded, walked back to from the row the therapist may read.
    CHECK(history->at(0).row == QStringLiteral("Metadon"));
    CHECK(history->at(0).changes.size() >= 3);
    CHECK(history->at(1).reason == QStringLiteral("Tapered off"));
    CHECK(history->at(1).author == c.nurse);
    CHECK(serverReads(*c.journal, c.therapist, c.onTeam) == before + 1);
}

TEST_CASE("PostgreSQL: every table of the journal is under row-level security or out of staff reach", "[storage][postgres][roles]")
{
    // A later migration that adds a table must give it its policy (and say so here).
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::PostgreSQL);
    auto open = RawSqlForTests::run(*journal, QStringLiteral(
        "SELECT c.relname FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
        "AND NOT c.relrowsecurity AND has_any_column_privilege('trinn_staff', c.oid, 'SELECT, INSERT, UPDATE') ORDER BY 1"));
    REQUIRE(open.ok());
    QStringList unguarded;
    while (open->next())
        unguarded << open->value(0).toString();
    // Only which schema it has, and staff only read that. trinn_meta (what the
    // journal is) is under row-level security since migration 19: administrators
    // write the daily backup's two keys there, and no other (backup_test.cpp).
    CHECK(unguarded == QStringList{QStringLiteral("schema_version")});
    auto writable = RawSqlForTests::run(*journal, QStringLiteral(
        "SELECT has_table_privilege('trinn_staff', 'trinn_meta', 'INSERT, UPDATE, DELETE') "
        "OR has_table_privilege('trinn_staff', 'schema_version', 'INSERT, UPDATE, DELETE')"));
    REQUIRE(writable.ok());
    REQUIRE(writable->next());
    CHECK_FALSE(writable->value(0).toBool());
    auto truncatable = RawSqlForTests::run(*journal, QStringLiteral(
        "SELECT COUNT(*) FROM pg_class c WHERE c.relnamespace = current_schema()::regnamespace AND c.relkind = 'r' "
        "AND has_table_privilege('trinn_staff', c.oid, 'TRUNCATE')"));
    REQUIRE(truncatable.ok());
    REQUIRE(truncatable->next());
    CHECK(truncatable->value(0).toInt() == 0);
    // The records that are kept as written refuse UPDATE and DELETE from staff whatever their grants.
    auto kept = RawSqlForTests::run(*journal, QStringLiteral(
        "SELECT c.relname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE t.tgname = 'trinn_kept' ORDER BY 1"));
    REQUIRE(kept.ok());
    QStringList keptTables;
    while (kept->next())
        keptTables << kept->value(0).toString();
    CHECK(keptTables == QStringList{QStringLiteral("attendance_version"), QStringLiteral("audit_log"), QStringLiteral("audit_patient"),
                                    QStringLiteral("audit_seal"), QStringLiteral("change_log"),
                                    QStringLiteral("group_session_version"), QStringLiteral("journal_note"), QStringLiteral("note_version"),
                                    QStringLiteral("referral_decision"), QStringLiteral("substance_test"),
                                    QStringLiteral("test_panel"), QStringLiteral("test_panel_analyte"), QStringLiteral("test_result")});
}
