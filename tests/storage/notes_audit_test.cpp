#include "support/testjournals.h"

#include "storage/auditlog.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"
#include "storage/substanceteststore.h"

#include <QSqlQuery>

#include <optional>

using namespace trinn;
using trinn::test::Backend;

TEST_CASE("Staff passwords are Argon2id hashes - failures lock the account", "[storage][staff]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    StaffStore staff(*journal);
    REQUIRE(staff.add(QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), {Role::Nurse}, QStringLiteral("et langt passord")).ok());
    CHECK(staff.add(QStringLiteral("nina"), QStringLiteral("Nina 2"), {Role::Nurse}, QStringLiteral("et langt passord")).error()
          == QStringLiteral("There is a user called nina already."));
    CHECK(staff.add(QStringLiteral("ola"), QStringLiteral("Ola"), {Role::Nurse}, QStringLiteral("kort")).error()
          == QStringLiteral("A password needs at least 10 characters."));
    CHECK_THAT(staff.add(QStringLiteral("ola"), QStringLiteral("Ola"), {}, QStringLiteral("et langt passord")).error().toStdString(),
               Catch::Contains("at least one role"));

    const auto stored = RawSqlForTests::run(*journal, QStringLiteral("SELECT password_hash FROM staff WHERE username = 'nina'"));
    REQUIRE(stored.ok());
    REQUIRE(const_cast<QSqlQuery &>(*stored).next());
    const QString hash = stored->value(0).toString();
    CHECK(hash.startsWith(QStringLiteral("$argon2id$")));
    CHECK_FALSE(hash.contains(QStringLiteral("et langt passord")));

    const Actor nina = test::signIn(*journal, QStringLiteral("nina"));
    CHECK(nina.has(Role::Nurse));
    CHECK(nina.fullName == QStringLiteral("Nina Sykepleier"));
    for (int i = 0; i < 4; ++i)
        CHECK(staff.signIn(QStringLiteral("nina"), QStringLiteral("feil")).error() == QStringLiteral("Wrong user name or password."));
    CHECK_THAT(staff.signIn(QStringLiteral("nina"), QStringLiteral("feil")).error().toStdString(), Catch::Contains("locked for 15 minutes"));
    CHECK_THAT(staff.signIn(QStringLiteral("nina"), QStringLiteral("et langt passord")).error().toStdString(), Catch::Contains("locked until"));
    REQUIRE(staff.resetPassword(QStringLiteral("nina"), QStringLiteral("et nytt langt passord")).ok());
    CHECK(staff.signIn(QStringLiteral("nina"), QStringLiteral("et nytt langt passord")).ok());
    REQUIRE(staff.disable(QStringLiteral("nina")).ok());
    CHECK_THAT(staff.signIn(QStringLiteral("nina"), QStringLiteral("et nytt langt passord")).error().toStdString(), Catch::Contains("disabled"));
    CHECK(staff.signIn(QStringLiteral("nobody"), QStringLiteral("x")).error() == QStringLiteral("Wrong user name or password."));
}

TEST_CASE("Signed notes never change: corrections are versions with a reason", "[storage][notes]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = test::addPatient(*journal);
    REQUIRE(StaffStore(*journal).add(QStringLiteral("terje"), QStringLiteral("Terje Terapeut"), {Role::Therapist},
                                     QStringLiteral("et langt passord")).ok());
    journal->setActor(test::signIn(*journal, QStringLiteral("terje")));
    NoteStore notes(*journal);

    const auto id = notes.createDraft(kari, QStringLiteral("individual-session"), QStringLiteral("Snakket om"));
    REQUIRE(id.ok());
    REQUIRE(notes.saveDraft(*id, QStringLiteral("Snakket om trinn 1 og familien.")).ok()); // autosave
    CHECK(notes.note(*id)->currentText() == QStringLiteral("Snakket om trinn 1 og familien."));
    CHECK(notes.correct(*id, QStringLiteral("x"), QStringLiteral("y")).error() == QStringLiteral("The note is still a draft: edit it instead of correcting it."));
    REQUIRE(notes.sign(*id).ok());
    CHECK(notes.saveDraft(*id, QStringLiteral("changed")).error() == QStringLiteral("A signed note is never edited: write a correction with its reason."));
    CHECK(notes.discardDraft(*id).error() == QStringLiteral("A signed note is never discarded: write a correction with its reason."));
    CHECK(notes.correct(*id, QStringLiteral("Snakket om trinn 2."), QString()).error() == QStringLiteral("A correction needs its reason."));
    const auto version = notes.correct(*id, QStringLiteral("Snakket om trinn 2 og familien."), QStringLiteral("Feil trinn"));
    REQUIRE(version.ok());
    CHECK(*version == 2);
    const auto note = notes.note(*id);
    REQUIRE(note->versions.size() == 2);
    CHECK(note->versions.at(0).text == QStringLiteral("Snakket om trinn 1 og familien."));
    CHECK(note->versions.at(1).reason == QStringLiteral("Feil trinn"));
    CHECK(note->currentText() == QStringLiteral("Snakket om trinn 2 og familien."));
    CHECK(note->signedBy == QStringLiteral("Terje Terapeut (terje)"));
    CHECK(note->signer.staffId == journal->actor().staffId);
    CHECK(note->signer.name == QStringLiteral("Terje Terapeut"));
    CHECK(note->by.staffId == journal->actor().staffId);
    CHECK(note->versions.at(1).by.staffId == journal->actor().staffId);
    CHECK_THAT(notes.sign(*id).error().toStdString(), Catch::Contains("signed already"));
    CHECK(notes.sign(*notes.createDraft(kari, QStringLiteral("progress"), QString())).error() == QStringLiteral("An empty note cannot be signed."));
    CHECK_THAT(notes.createDraft(kari, QStringLiteral("poem"), QStringLiteral("x")).error().toStdString(), Catch::Contains("not a kind of journal note"));
}

TEST_CASE("A draft belongs to its author: a colleague reads it, never saves, signs or discards it", "[storage][notes][drafts]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = test::addPatient(*journal);
    StaffStore staff(*journal);
    REQUIRE(staff.add(QStringLiteral("terje"), QStringLiteral("Terje Terapeut"), {Role::Therapist}, QStringLiteral("et langt passord")).ok());
    REQUIRE(staff.add(QStringLiteral("tor"), QStringLiteral("Tor Terapeut"), {Role::Therapist}, QStringLiteral("et langt passord")).ok());
    const Actor terje = test::signIn(*journal, QStringLiteral("terje"));
    const Actor tor = test::signIn(*journal, QStringLiteral("tor"));
    journal->setActor(terje);
    NoteStore notes(*journal);
    const auto id = notes.createDraft(kari, QStringLiteral("individual-session"), QStringLiteral("Terjes utkast"));
    REQUIRE(id.ok());
    CHECK(notes.note(*id)->by.staffId == terje.staffId);

    journal->setActor(tor);
    const auto read = notes.note(*id);
    REQUIRE(read.ok());
    CHECK(read->currentText() == QStringLiteral("Terjes utkast"));
    const QString refusal = QStringLiteral("Only Terje Terapeut, who wrote this draft, may change or sign it.");
    CHECK(notes.saveDraft(*id, QStringLiteral("Tors versjon")).error() == refusal);
    CHECK(notes.sign(*id).error() == refusal);
    CHECK(notes.discardDraft(*id).error() == QStringLiteral("Only Terje Terapeut, who wrote this draft, may discard it."));
    journal->setActor(Actor{});
    CHECK(notes.sign(*id).error() == refusal); // not the system either
    CHECK(notes.note(*id)->currentText() == QStringLiteral("Terjes utkast"));
    CHECK_FALSE(notes.note(*id)->isSigned());

    // Its author discards it: the row stays, marked, and the discard is audited as a write.
    journal->setActor(terje);
    REQUIRE(notes.discardDraft(*id).ok());
    const auto rows = RawSqlForTests::run(*journal, QStringLiteral("SELECT discarded_at, discarded_by_staff_id FROM journal_note WHERE id = ?"), {*id});
    REQUIRE(rows.ok());
    REQUIRE(const_cast<QSqlQuery &>(*rows).next());
    CHECK_FALSE(rows->value(0).isNull());
    CHECK(rows->value(1).toLongLong() == terje.staffId);
    const auto kept = notes.note(*id);
    REQUIRE(kept.ok());
    CHECK(kept->isDiscarded());
    CHECK(kept->currentText() == QStringLiteral("Terjes utkast"));
    CHECK(notes.notes(kari)->isEmpty());
    CHECK_THAT(notes.saveDraft(*id, QStringLiteral("igjen")).error().toStdString(), Catch::Contains("was discarded on"));
    CHECK_THAT(notes.sign(*id).error().toStdString(), Catch::Contains("was discarded on"));
    CHECK_THAT(notes.discardDraft(*id).error().toStdString(), Catch::Contains("was discarded on"));
    journal->setActor(Actor{}); // the audit log is the administrators'
    const auto log = AuditLog::forPatient(*journal, kari);
    REQUIRE(log.ok());
    int discards = 0;
    for (const AuditLog::Record &r : *log)
        discards += r.action == QStringLiteral("write") && r.what == QStringLiteral("discarded draft %1").arg(*id) && r.actor == QStringLiteral("terje") ? 1 : 0;
    CHECK(discards == 1);
}

TEST_CASE("Roles are enforced by the storage API and every access is audited", "[storage][access]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = test::addPatient(*journal);
    StaffStore staff(*journal);
    for (const auto &[user, role] : {std::pair{QStringLiteral("terje"), Role::Therapist}, std::pair{QStringLiteral("nina"), Role::Nurse},
                                     std::pair{QStringLiteral("kine"), Role::Coordinator}})
        REQUIRE(staff.add(user, user, {role}, QStringLiteral("et langt passord")).ok());
    journal->setActor(test::signIn(*journal, QStringLiteral("terje")));
    REQUIRE(NoteStore(*journal).createDraft(kari, QStringLiteral("individual-session"), QStringLiteral("Terapi")).ok());
    REQUIRE(NoteStore(*journal).createDraft(kari, QStringLiteral("progress"), QStringLiteral("Sov godt")).ok());

    journal->setActor(test::signIn(*journal, QStringLiteral("nina")));
    int hidden = 0;
    auto seen = NoteStore(*journal).notes(kari, &hidden);
    REQUIRE(seen.ok());
    CHECK(seen->size() == 1); // the progress note, not the therapy note
    CHECK(hidden == 1);
    CHECK(NoteStore(*journal).createDraft(kari, QStringLiteral("group"), QStringLiteral("x")).error()
          == QStringLiteral("A nurse may not read therapy notes unless on the patient's care team."));
    journal->setActor(Actor{});
    REQUIRE(staff.addToCareTeam(kari, QStringLiteral("nina")).ok());
    journal->setActor(test::signIn(*journal, QStringLiteral("nina")));
    CHECK(NoteStore(*journal).notes(kari, &hidden)->size() == 2);

    journal->setActor(test::signIn(*journal, QStringLiteral("kine")));
    CHECK_THAT(SubstanceTestStore(*journal).history(kari).error().toStdString(), Catch::Contains("may not see substance tests"));
    CHECK(PatientStore(*journal).get(kari).ok());
    Actor emergency = journal->actor();
    emergency.emergencyReason = QStringLiteral("Akutt innleggelse, trenger prøvesvar");
    journal->setActor(emergency);
    CHECK(SubstanceTestStore(*journal).history(kari).ok());
    // The audit log is the administrators' (emergency access does not open it).
    CHECK_THAT(AuditLog::forPatient(*journal, kari).error().toStdString(), Catch::Contains("may not see the audit log"));

    journal->setActor(Actor{});
    const auto report = AuditLog::forPatient(*journal, kari);
    REQUIRE(report.ok());
    bool refused = false;
    bool marked = false;
    QStringList actors;
    for (const AuditLog::Record &r : *report) {
        actors << r.actor;
        refused = refused || (r.actor == QStringLiteral("kine") && r.action == QStringLiteral("refused"));
        marked = marked || (r.emergencyReason == QStringLiteral("Akutt innleggelse, trenger prøvesvar") && r.what == QStringLiteral("test history"));
    }
    CHECK(refused);
    CHECK(marked);
    CHECK(actors.contains(QStringLiteral("terje")));
    CHECK(actors.contains(QStringLiteral("nina")));
    CHECK(AuditLog::verify(*journal)->isEmpty());
}

TEST_CASE("The audit chain names the first changed or removed record", "[storage][audit]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    const qint64 kari = test::addPatient(*journal);
    for (int i = 0; i < 5; ++i)
        REQUIRE(PatientStore(*journal).get(kari).ok());
    CHECK(AuditLog::verify(*journal)->isEmpty());
    test::rawExec(*journal, QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = 3"));
    CHECK(*AuditLog::verify(*journal) == QStringLiteral("Audit record 3 was changed after it was written."));
    test::rawExec(*journal, QStringLiteral("UPDATE audit_log SET actor = 'system' WHERE id = 3"));
    CHECK(AuditLog::verify(*journal)->isEmpty());
    test::rawExec(*journal, QStringLiteral("DELETE FROM audit_log WHERE id = 4"));
    CHECK(*AuditLog::verify(*journal) == QStringLiteral("Audit record 5 does not follow the one before it: a record was removed or changed."));
}

TEST_CASE("Migration 38 keeps each audit hash as its bytes, without the copy of the one before, on SQLite", "[storage][audit][migrations]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    QStringList hashesBefore;
    qint64 kari = 0;
    {
        auto old = Journal::open(location, test::optionsUpTo(37, Journal::OpenMode::CreateIfMissing));
        INFO(old.error().toStdString());
        REQUIRE(old.ok());
        Journal &j = **old;
        CHECK_FALSE(AuditLog::keepsHashesAsBytes(j));
        kari = test::addPatient(j);
        for (int i = 0; i < 3; ++i)
            REQUIRE(PatientStore(j).get(kari).ok());
        auto rows = RawSqlForTests::run(j, QStringLiteral("SELECT hash FROM audit_log ORDER BY id"));
        REQUIRE(rows.ok());
        while (rows->next())
            hashesBefore << rows->value(0).toString();
        REQUIRE(hashesBefore.size() >= 4);
        REQUIRE(AuditLog::verify(j)->isEmpty());
    }
    auto current = Journal::open(location);
    INFO(current.error().toStdString());
    REQUIRE(current.ok());
    Journal &j = **current;
    const bool sqlite = backend == Backend::SQLite;
    CHECK(AuditLog::keepsHashesAsBytes(j) == sqlite);
    // The same chain, read as hex; stored as 32 bytes on SQLite.
    QStringList hashesAfter;
    {
        auto rows = RawSqlForTests::run(j, QStringLiteral("SELECT %1, length(hash) FROM audit_log ORDER BY id").arg(AuditLog::hashColumn(j)));
        REQUIRE(rows.ok());
        while (rows->next()) {
            hashesAfter << rows->value(0).toString();
            CHECK(rows->value(1).toInt() == (sqlite ? 32 : 64));
        }
    }
    CHECK(hashesAfter.mid(0, hashesBefore.size()) == hashesBefore);
    auto columns = RawSqlForTests::run(j, sqlite ? QStringLiteral("SELECT COUNT(*) FROM pragma_table_info('audit_log') WHERE name = 'previous_hash'")
                                                : QStringLiteral("SELECT COUNT(*) FROM information_schema.columns WHERE table_name = 'audit_log' "
                                                                 "AND column_name = 'previous_hash'"));
    REQUIRE(columns.ok());
    REQUIRE(columns->next());
    CHECK(columns->value(0).toInt() == (sqlite ? 0 : 1));
    columns->finish();
    // New records chain on from the converted ones, and the check holds.
    const qint64 head = AuditLog::head(j)->id;
    REQUIRE(PatientStore(j).get(kari).ok());
    CHECK(AuditLog::head(j)->id > head);
    CHECK(AuditLog::head(j)->hash.size() == 64);
    CHECK(AuditLog::verify(j)->toStdString() == "");
    // A converted record changed afterwards is found.
    test::rawExec(j, QStringLiteral("UPDATE audit_log SET what = 'something else' WHERE id = 2"));
    CHECK(AuditLog::verify(j)->toStdString() == "Audit record 2 was changed after it was written.");
}

TEST_CASE("A screen's reads of a patient make one audit record - many records chain in batches", "[storage][audit]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    const qint64 kari = test::addPatient(*journal);
    // Reading the audit log is itself a read of the patient's data, recorded
    // like any other: these counts leave those records out.
    const auto clinical = [&journal, kari] {
        auto log = AuditLog::forPatient(*journal, kari);
        REQUIRE(log.ok());
        QList<AuditLog::Record> records;
        for (const AuditLog::Record &r : *log) {
            if (r.what != QStringLiteral("the audit log of the patient"))
                records.append(r);
        }
        return records;
    };
    const auto before = std::optional(clinical());
    {
        const AuditLog::ReadScope screen(*journal, QStringLiteral("opened the patient's journal"));
        for (int i = 0; i < 3; ++i)
            REQUIRE(PatientStore(*journal).get(kari).ok());
        REQUIRE(NoteStore(*journal).notes(kari).ok());
    }
    auto after = std::optional(clinical());
    REQUIRE(after->size() == before->size() + 1);
    CHECK(after->constLast().action == QStringLiteral("read"));
    CHECK(after->constLast().what == QStringLiteral("opened the patient's journal"));

    // Outside a screen, each read is its own record again.
    REQUIRE(PatientStore(*journal).get(kari).ok());
    after = clinical();
    REQUIRE(after->size() == before->size() + 2);
    CHECK(after->constLast().what != QStringLiteral("opened the patient's journal"));

    // A board that shows the patient among others is one more record, and
    // the chain stays unbroken.
    REQUIRE(AuditLog::appendMany(*journal, QList<qint64>(150, kari), QStringLiteral("read"), QStringLiteral("test board")).ok());
    after = clinical();
    CHECK(after->size() == before->size() + 3);
    const auto whole = AuditLog::forPatient(*journal, kari);
    REQUIRE(whole.ok());
    CHECK(whole->size() == after->size() + 4); // the four reads of the audit log before this one
    CHECK(AuditLog::verify(*journal)->isEmpty());

    // Reads were logged without a disk flush; clinical writes flush again.
    if (!journal->isPostgres()) {
        auto level = RawSqlForTests::runFixed(*journal, QStringLiteral("PRAGMA synchronous"));
        REQUIRE(level.ok());
        REQUIRE(level->next());
        CHECK(level->value(0).toInt() == 2); // FULL
    }
}

// A board of many patients is one record naming them; each patient's audit
// log still shows it, and removing what finds it there is damage.
TEST_CASE("A view of many patients is one record that the audit log of each shows", "[storage][audit]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    PatientStore patients(*journal);
    QList<qint64> shown;
    for (const QString &id : {test::ids::born1985, test::ids::born1990a, test::ids::born1990b}) {
        NewPatient p;
        p.nationalId = id;
        p.givenNames = QStringLiteral("Pasient");
        p.familyName = id.left(4);
        const auto added = patients.add(p);
        REQUIRE(added.ok());
        shown << *added;
    }
    const auto lastId = [&] {
        auto row = RawSqlForTests::run(*journal, QStringLiteral("SELECT MAX(id) FROM audit_log"));
        REQUIRE(row.ok());
        REQUIRE(row->next());
        return row->value(0).toLongLong();
    };
    REQUIRE(AuditLog::appendMany(*journal, {shown.at(2), shown.at(0), shown.at(1), shown.at(0)}, QStringLiteral("read"),
                                 QStringLiteral("test board of today"))
                .ok());
    const qint64 board = lastId();
    auto named = RawSqlForTests::run(*journal, QStringLiteral("SELECT COUNT(*), MIN(patient_id) FROM audit_patient WHERE audit_id = ?"),
                                     {board});
    REQUIRE(named.ok());
    REQUIRE(named->next());
    CHECK(named->value(0).toInt() == 3); // each once
    CHECK(named->value(1).toLongLong() == shown.at(0));
    named->finish();
    for (qint64 patient : std::as_const(shown)) {
        const auto log = AuditLog::forPatient(*journal, patient);
        REQUIRE(log.ok());
        int seen = 0;
        for (const AuditLog::Record &r : *log)
            seen += r.id == board && r.what == QStringLiteral("test board of today") ? 1 : 0;
        CHECK(seen == 1);
    }
    REQUIRE(AuditLog::verify(*journal)->isEmpty());

    // One patient taken off the record: its hash no longer matches.
    test::rawExec(*journal, QStringLiteral("DELETE FROM audit_patient WHERE audit_id = %1 AND patient_id = %2").arg(board).arg(shown.at(1)));
    CHECK(*AuditLog::verify(*journal) == QStringLiteral("Audit record %1 was changed after it was written.").arg(board));
    test::rawExec(*journal, QStringLiteral("INSERT INTO audit_patient (audit_id, patient_id) VALUES (%1, %2)").arg(board).arg(shown.at(1)));
    REQUIRE(AuditLog::verify(*journal)->isEmpty());
    // Its day removed: the patient's log would no longer show the view.
    test::rawExec(*journal, QStringLiteral("DELETE FROM audit_patient_day WHERE patient_id = %1").arg(shown.at(2)));
    CHECK_THAT(AuditLog::verify(*journal)->toStdString(), Catch::Contains("no longer shows in the audit log of a patient"));
}
