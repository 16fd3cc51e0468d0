#include "support/testjournals.h"

#include "common/clinictime.h"
#include "patients/journaloverview.h"
#include "programs/builtinprograms.h"
#include "storage/calendarstore.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/groupstore.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"
#include "storage/substanceteststore.h"

#include <QSqlQuery>

using namespace trinn;

namespace {

int auditRecords(Journal &journal)
{
    auto row = RawSqlForTests::run(journal, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    REQUIRE(row.ok());
    REQUIRE(row->next());
    return row->value(0).toInt();
}

bool anyWarning(const JournalOverview &o, JournalOverview::Warning::Kind kind, const std::string &words)
{
    for (const JournalOverview::Warning &w : o.warnings) {
        if (w.kind == kind && w.text.toStdString().find(words) != std::string::npos)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The journal overview shows each part bounded and is audited once", "[storage][overview]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    Journal &j = *journal;
    const QDate today = clinictime::today();
    const QDateTime now = clinictime::now();

    NewPatient p;
    p.nationalId = test::ids::born1985;
    p.givenNames = QStringLiteral("Kari");
    p.familyName = QStringLiteral("Nordmann");
    const qint64 kari = test::requireValue(PatientStore(j).add(p));

    StaffStore staff(j);
    const qint64 terjeId = test::requireValue(staff.add(QStringLiteral("terje"), QStringLiteral("Terje Terapeut"), {Role::Therapist}, test::staffPassword));
    test::requireOk(staff.add(QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), {Role::Nurse}, test::staffPassword));
    test::requireOk(staff.addToCareTeam(kari, QStringLiteral("terje")));

    // Phase 1, residential (a test every day), started ten days ago and now ending in three days.
    EpisodeStore episodes(j);
    const qint64 episode = test::requireValue(episodes.enrol({kari, BuiltinPrograms::residential, today.addDays(-10), {}, {}}));
    const qint64 phase1 = episodes.episode(episode)->phaseByCode(QStringLiteral("phase1"))->id;
    test::requireOk(episodes.startPhase(phase1, today.addDays(-10)));
    test::requireOk(episodes.replanPhaseEnd(phase1, today.addDays(3), QStringLiteral("Moves on to Phase 2 early")));

    CareRecordStore care(j);
    test::requireOk(care.addMedication({0, kari, QStringLiteral("Vitamin B1"), QStringLiteral("300 mg"), today.addDays(-20), QDate(), {}, {}}));
    test::requireOk(care.addMedication({0, kari, QStringLiteral("Oxazepam"), QStringLiteral("15 mg"), today.addDays(-60), today.addDays(-30), {}, {}}));

    // Tests three, two and one day ago: negative, THC positive, negative; the four days before have none.
    SubstanceTestStore tests(j);
    const QTime at(8, 30);
    test::requireOk(tests.record(test::urine(kari, {}, clinictime::at(today.addDays(-3), at))));
    test::requireOk(tests.record(test::urine(kari, {QStringLiteral("thc")}, clinictime::at(today.addDays(-2), at))));
    test::requireOk(tests.record(test::urine(kari, {}, clinictime::at(today.addDays(-1), at))));

    // One session to come, one past.
    AppointmentStore bookings(j);
    const QDateTime tomorrow = clinictime::at(today.addDays(1), QTime(10, 0));
    test::requireOk(bookings.book({0, kari, terjeId, QString(), tomorrow, 45, QStringLiteral("Fjell"), QString()}));

    // Five notes by the therapist, the newest left a draft.
    journal->setActor(test::requireValue(staff.signIn(QStringLiteral("terje"), test::staffPassword)));
    NoteStore notes(j);
    for (int i = 1; i <= 5; ++i) {
        const qint64 id = test::requireValue(notes.createDraft(kari, QStringLiteral("individual-session"), QStringLiteral("Session %1 text").arg(i)));
        if (i < 5)
            test::requireOk(notes.sign(id));
    }
    journal->setActor(Actor{});

    JournalOverviewReader reader(j);
    const int before = auditRecords(j);
    const JournalOverview o = test::requireValue(reader.read(kari, now));
    CHECK(auditRecords(j) == before + 1);

    CHECK_THAT(o.program.toStdString(), Catch::Contains("day 11 of"));
    REQUIRE(o.medication.size() == 1);
    CHECK(o.medication.first().title == QStringLiteral("Vitamin B1 300 mg"));

    REQUIRE(o.testOutcomes == QStringList{QStringLiteral("negative"), QStringLiteral("positive"), QStringLiteral("negative")});
    CHECK(o.testTrend == QStringLiteral("Now negative; the test before: positive"));
    CHECK_THAT(o.tests.at(1).detail.toStdString(), Catch::Contains("THC"));
    CHECK(anyWarning(o, JournalOverview::Warning::Kind::Positive, "1 positive test"));
    // Residential: every day of the last week is a test day; four had no test.
    CHECK(anyWarning(o, JournalOverview::Warning::Kind::Missed, "4 test day"));
    CHECK(anyWarning(o, JournalOverview::Warning::Kind::Deadline, "in 3 day"));
    CHECK(anyWarning(o, JournalOverview::Warning::Kind::Draft, "1 note"));

    REQUIRE(o.careTeam.size() == 1);
    CHECK_THAT(o.careTeam.first().toStdString(), Catch::Contains("Terje Terapeut"));
    bool booked = false;
    for (const JournalOverview::Item &u : o.upcoming)
        booked = booked || (u.when == tomorrow && u.title.contains(QStringLiteral("Terje Terapeut")));
    CHECK(booked);

    // The latest three notes of five, newest first, with their text.
    REQUIRE(o.notes.size() == JournalOverviewReader::noteRows);
    CHECK(o.notes.at(0).detail == QStringLiteral("Session 5 text"));
    CHECK_THAT(o.notes.at(0).title.toStdString(), Catch::Contains("draft"));
    CHECK(o.notes.at(2).detail == QStringLiteral("Session 3 text"));
    CHECK(o.hidden.isEmpty());

    SECTION("a nurse sees no therapy notes, and is told so")
    {
        journal->setActor(test::requireValue(staff.signIn(QStringLiteral("nina"), test::staffPassword)));
        const JournalOverview nurse = test::requireValue(reader.read(kari, now));
        CHECK(nurse.notes.isEmpty());
        CHECK(nurse.hidden.contains(AccessPolicy::dataName(AccessPolicy::Data::TherapyNotes)));
        CHECK(nurse.medication.size() == 1);
        CHECK_FALSE(anyWarning(nurse, JournalOverview::Warning::Kind::Draft, "note"));
    }
    SECTION("a patient who is not there is an error, not an empty overview")
    {
        CHECK_FALSE(reader.read(kari + 1000, now).ok());
    }
}

TEST_CASE("PostgreSQL: a therapist's own login reads the overview where the server enforces the roles",
          "[storage][overview][postgres]")
{
    std::unique_ptr<Journal> owner = test::createJournal(test::Backend::PostgreSQL);
    const QString therapist = test::uniqueLogin(QStringLiteral("overview"));
    test::requireOk(StaffStore(*owner).add(therapist, QStringLiteral("Tove Terapeut"), {Role::Therapist}, test::staffPassword));
    NewPatient p;
    p.nationalId = test::ids::born1990a;
    p.givenNames = QStringLiteral("Ola");
    p.familyName = QStringLiteral("Nordmann");
    const qint64 ola = test::requireValue(PatientStore(*owner).add(p));
    NoteStore notes(*owner);
    const qint64 note = test::requireValue(notes.createDraft(ola, QStringLiteral("individual-session"), QStringLiteral("Snakket om skam")));
    test::requireOk(notes.sign(note));
    test::requireOk(SubstanceTestStore(*owner).record(test::urine(ola, {QStringLiteral("thc")}, clinictime::now().addSecs(-600))));

    auto opened = test::openAs(*owner, therapist, test::staffPassword);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    journal.setActor(test::requireValue(StaffStore(journal).signIn(therapist, test::staffPassword)));
    const JournalOverview o = test::requireValue(JournalOverviewReader(journal).read(ola, clinictime::now()));
    // The note's text comes through the server's audited function, the analytes through its own.
    REQUIRE(o.notes.size() == 1);
    CHECK(o.notes.first().detail == QStringLiteral("Snakket om skam"));
    REQUIRE(o.tests.size() == 1);
    CHECK_THAT(o.tests.first().detail.toStdString(), Catch::Contains("THC"));
    CHECK(o.testOutcomes == QStringList{QStringLiteral("positive")});
}

TEST_CASE("The journal overview warns of absences past a group's limit and lists its next sessions", "[storage][overview][groups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    Journal &j = *journal;
    const QDate today = clinictime::today();
    test::requireOk(StaffStore(j).add(QStringLiteral("terje"), QStringLiteral("Terje Terapeut"), {Role::Therapist}, test::staffPassword));
    journal->setActor(test::requireValue(StaffStore(j).signIn(QStringLiteral("terje"), test::staffPassword)));
    NewPatient p;
    p.nationalId = test::ids::born1985;
    p.givenNames = QStringLiteral("Kari");
    p.familyName = QStringLiteral("Nordmann");
    const qint64 kari = test::requireValue(PatientStore(j).add(p));

    // Weekly from three weeks ago, at most one absence.
    GroupStore groups(j);
    TherapyGroup g;
    g.name = QStringLiteral("Dynamic group therapy");
    g.kind = QStringLiteral("dynamic");
    g.room = QStringLiteral("Fjell");
    g.startDate = today.addDays(-21);
    g.weekday = g.startDate.dayOfWeek();
    g.startTime = QTime(10, 0);
    g.minutes = 90;
    g.weeks = 6;
    g.maxAbsences = 1;
    g.leaders = {QStringLiteral("Terje Terapeut")};
    const qint64 group = test::requireValue(groups.create(g));
    test::requireOk(groups.enrol(group, kari, {}, today.addDays(-22)));

    int past = 0;
    for (const GroupSession &s : test::requireValue(groups.sessions(group))) {
        if (s.startsAt < clinictime::now().addDays(-1) && past < 2) {
            ++past;
            test::requireOk(groups.recordSession(s.id, {{kari, QString(), Attendance::Status::AbsentWithoutNotice, QString()}},
                                                 QStringLiteral("Samtale om tillit")));
        }
    }
    REQUIRE(past == 2);

    const JournalOverview o = test::requireValue(JournalOverviewReader(j).read(kari, clinictime::now()));
    CHECK(anyWarning(o, JournalOverview::Warning::Kind::Absences, "absent 2 times in Dynamic group therapy"));
    REQUIRE_FALSE(o.upcoming.isEmpty());
    CHECK(o.upcoming.first().title == g.name);
    CHECK(o.upcoming.first().when > clinictime::now());
    CHECK(o.upcoming.size() <= JournalOverviewReader::upcomingRows);
}
