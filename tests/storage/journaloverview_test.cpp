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

const QString password = QStringLiteral("et langt passord");

void ok(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

template<typename T>
T ok(Result<T> r)
{
    INFO(r.error().toStdString());
    REQUIRE(r.ok());
    return *r;
}

SubstanceTest urine(qint64 patient, const QStringList &positives, const QDateTime &when)
{
    SubstanceTest t;
    t.patientId = patient;
    t.sampledAt = when;
    for (const QString &code : Analytes::panel(false))
        t.results.append({code, positives.contains(code), std::nullopt, QString(), std::nullopt, QString()});
    return t;
}

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
    const qint64 kari = ok(PatientStore(j).add(p));

    StaffStore staff(j);
    const qint64 terjeId = ok(staff.add(QStringLiteral("terje"), QStringLiteral("Terje Terapeut"), {Role::Therapist}, password));
    ok(staff.add(QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), {Role::Nurse}, password));
    ok(staff.addToCareTeam(kari, QStringLiteral("terje")));

    // Phase 1, residential (a test every day), started ten days ago and now ending in three days.
    EpisodeStore episodes(j);
    const qint64 episode = ok(episodes.enrol({kari, BuiltinPrograms::residential, today.addDays(-10), {}, {}}));
    const qint64 phase1 = episodes.episode(episode)->phaseByCode(QStringLiteral("phase1"))->id;
    ok(episodes.startPhase(phase1, today.addDays(-10)));
    ok(episodes.replanPhaseEnd(phase1, today.addDays(3), QStringLiteral("Moves on to Phase 2 early")));

    CareRecordStore care(j);
    ok(care.addMedication({0, kari, QStringLiteral("Vitamin B1"), QStringLiteral("300 mg"), today.addDays(-20), QDate(), {}, {}}));
    ok(care.addMedication({0, kari, QStringLiteral("Oxazepam"), QStringLiteral("15 mg"), today.addDays(-60), today.addDays(-30), {}, {}}));

    // Tests three, two and one day ago: negative, THC positive, negative; the four days before have none.
    SubstanceTestStore tests(j);
    const QTime at(8, 30);
    ok(tests.record(urine(kari, {}, clinictime::at(today.addDays(-3), at))));
    ok(tests.record(urine(kari, {QStringLiteral("thc")}, clinictime::at(today.addDays(-2), at))));
    ok(tests.record(urine(kari, {}, clinictime::at(today.addDays(-1), at))));

    // One session to come, one past.
    AppointmentStore bookings(j);
    const QDateTime tomorrow = clinictime::at(today.addDays(1), QTime(10, 0));
    ok(bookings.book({0, kari, terjeId, QString(), tomorrow, 45, QStringLiteral("Fjell"), QString()}));

    // Five notes by the therapist, the newest left a draft.
    journal->setActor(ok(staff.signIn(QStringLiteral("terje"), password)));
    NoteStore notes(j);
    for (int i = 1; i <= 5; ++i) {
        const qint64 id = ok(notes.createDraft(kari, QStringLiteral("individual-session"), QStringLiteral("Session %1 text").arg(i)));
        if (i < 5)
            ok(notes.sign(id));
    }
    journal->setActor(Actor{});

    JournalOverviewReader reader(j);
    const int before = auditRecords(j);
    const JournalOverview o = ok(reader.read(kari, now));
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
        journal->setActor(ok(staff.signIn(QStringLiteral("nina"), password)));
        const JournalOverview nurse = ok(reader.read(kari, now));
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
    ok(StaffStore(*owner).add(therapist, QStringLiteral("Tove Terapeut"), {Role::Therapist}, password));
    NewPatient p;
    p.nationalId = test::ids::born1990a;
    p.givenNames = QStringLiteral("Ola");
    p.familyName = QStringLiteral("Nordmann");
    const qint64 ola = ok(PatientStore(*owner).add(p));
    NoteStore notes(*owner);
    const qint64 note = ok(notes.createDraft(ola, QStringLiteral("individual-session"), QStringLiteral("Snakket om skam")));
    ok(notes.sign(note));
    ok(SubstanceTestStore(*owner).record(urine(ola, {QStringLiteral("thc")}, clinictime::now().addSecs(-600))));

    auto opened = test::openAs(*owner, therapist, password);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    journal.setActor(ok(StaffStore(journal).signIn(therapist, password)));
    const JournalOverview o = ok(JournalOverviewReader(journal).read(ola, clinictime::now()));
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
    ok(StaffStore(j).add(QStringLiteral("terje"), QStringLiteral("Terje Terapeut"), {Role::Therapist}, password));
    journal->setActor(ok(StaffStore(j).signIn(QStringLiteral("terje"), password)));
    NewPatient p;
    p.nationalId = test::ids::born1985;
    p.givenNames = QStringLiteral("Kari");
    p.familyName = QStringLiteral("Nordmann");
    const qint64 kari = ok(PatientStore(j).add(p));

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
    const qint64 group = ok(groups.create(g));
    ok(groups.enrol(group, kari, {}, today.addDays(-22)));

    int past = 0;
    for (const GroupSession &s : ok(groups.sessions(group))) {
        if (s.startsAt < clinictime::now().addDays(-1) && past < 2) {
            ++past;
            ok(groups.recordSession(s.id, {{kari, QString(), Attendance::Status::AbsentWithoutNotice, QString()}},
                                    QStringLiteral("Samtale om tillit")));
        }
    }
    REQUIRE(past == 2);

    const JournalOverview o = ok(JournalOverviewReader(j).read(kari, clinictime::now()));
    CHECK(anyWarning(o, JournalOverview::Warning::Kind::Absences, "absent 2 times in Dynamic group therapy"));
    REQUIRE_FALSE(o.upcoming.isEmpty());
    CHECK(o.upcoming.first().title == g.name);
    CHECK(o.upcoming.first().when > clinictime::now());
    CHECK(o.upcoming.size() <= JournalOverviewReader::upcomingRows);
}
