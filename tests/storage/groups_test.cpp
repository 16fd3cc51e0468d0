#include "support/testjournals.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "storage/calendarstore.h"
#include "storage/episodestore.h"
#include "storage/groupstore.h"
#include "storage/outingstore.h"
#include "storage/patientstore.h"
#include "storage/staffweek.h"
#include "storage/timelinestore.h"

using namespace trinn;
using trinn::test::Backend;

namespace {

qint64 patient(Journal &journal, int n)
{
    const auto id = NationalId::make(QDate(1970, 2, 1).addDays(n * 97), 100 + n * 3, NationalId::Kind::BirthNumber, true);
    const auto other = NationalId::make(QDate(1970, 2, 1).addDays(n * 97), 101 + n * 3, NationalId::Kind::BirthNumber, true);
    NewPatient p;
    p.nationalId = id ? id->digits() : other->digits();
    p.givenNames = QStringLiteral("Medlem");
    p.familyName = QStringLiteral("Nr%1").arg(n, 2, 10, QLatin1Char('0'));
    const auto added = PatientStore(journal).add(p);
    REQUIRE(added.ok());
    return *added;
}

TherapyGroup trauma(int level, const QString &room, QDate start)
{
    TherapyGroup g;
    g.name = QStringLiteral("Trauma group level %1").arg(level);
    g.kind = level == 1 ? QStringLiteral("trauma-1") : QStringLiteral("trauma-2");
    g.room = room;
    g.site = QStringLiteral("LAR Sentrum");
    g.capacity = 10;
    g.weekday = 2;
    g.startTime = QTime(10, 0);
    g.minutes = 90;
    g.weeks = 11;
    g.startDate = start;
    g.maxAbsences = 3;
    g.leaders = {QStringLiteral("Psykolog P")};
    g.prerequisiteKind = level == 2 ? QStringLiteral("trauma-1") : QString();
    g.criteria = {{Criterion::Kind::Exclusion, QStringLiteral("suicidality")}};
    return g;
}

void ok(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

} // namespace

TEST_CASE("A group is created with its sessions, and its rules refuse with reasons", "[storage][groups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    GroupStore groups(*journal);
    const QDate start(2027, 3, 1);

    TherapyGroup mbrp;
    mbrp.name = QStringLiteral("MBRP");
    mbrp.kind = QStringLiteral("mbrp");
    mbrp.room = QStringLiteral("Fjell");
    mbrp.weekday = 3;
    mbrp.startTime = QTime(14, 0);
    mbrp.minutes = 105;
    mbrp.weeks = 8;
    mbrp.startDate = start;
    mbrp.minLeaders = 2;
    mbrp.maxLeaders = 3;
    mbrp.capacity = 12;
    mbrp.leaders = {QStringLiteral("Terapeut A")};
    CHECK(groups.create(mbrp).error() == QStringLiteral("MBRP needs 2–3 leaders (1 set)."));
    mbrp.leaders << QStringLiteral("Terapeut B");
    QStringList skipped;
    const auto id = groups.create(mbrp, &skipped);
    REQUIRE(id.ok());
    CHECK(groups.sessions(*id)->size() == 8);
    CHECK(skipped.isEmpty());

    // Another group in the same room at the same hour cannot be planned.
    TherapyGroup clash = mbrp;
    clash.name = QStringLiteral("Dynamic group");
    clash.kind = QStringLiteral("dynamic");
    clash.startTime = QTime(15, 0);
    CHECK(groups.create(clash).error() == QStringLiteral("Dynamic group cannot meet weekly as planned: Room Fjell is taken by MBRP 14:00–15:45 on 03.03.2027."));
    clash.room = QStringLiteral("Fjord");
    CHECK(groups.create(clash).error() == QStringLiteral("Dynamic group cannot meet weekly as planned: Terapeut A is busy with MBRP 14:00–15:45 on 03.03.2027."));
    clash.leaders = {QStringLiteral("Terapeut C"), QStringLiteral("Terapeut D")};
    REQUIRE(groups.create(clash).ok());

    // Moving a session: a clash or a holiday is refused, a free slot is fine.
    const auto sessions = groups.sessions(*id);
    const qint64 first = sessions->first().id;
    const QDateTime clashTime = clinictime::at(QDate(2027, 3, 3), QTime(14, 30));
    CHECK(groups.moveSession(first, clinictime::at(QDate(2027, 5, 17), QTime(14, 0))).error()
          == QStringLiteral("17.05.2027 is a public holiday (Constitution Day)."));
    ok(groups.moveSession(first, clinictime::at(QDate(2027, 3, 4), QTime(9, 0))));
    const auto moved = groups.session(first);
    CHECK(clinictime::local(moved->startsAt).date() == QDate(2027, 3, 4));
    CHECK(clinictime::local(moved->movedFrom).date() == QDate(2027, 3, 3));
    CHECK_THAT(groups.addSession(*id, clinictime::at(QDate(2027, 3, 10), QTime(14, 15)), 60, QString()).error().toStdString(),
               Catch::Contains("Room Fjell is taken by MBRP"));
    REQUIRE(groups.addSession(*id, clinictime::at(QDate(2027, 3, 11), QTime(9, 0)), 60, QString()).ok());
    (void)clashTime;

    CHECK_THAT(groups.create(TherapyGroup{}).error().toStdString(), Catch::Contains("needs a name"));
}

TEST_CASE("Trauma groups: places, level 1 before level 2, criteria", "[storage][groups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    GroupStore groups(*journal);
    const QDate start(2027, 1, 4);
    const auto level1 = groups.create(trauma(1, QStringLiteral("Fjell"), start));
    const auto level2 = groups.create(trauma(2, QStringLiteral("Fjord"), start.addDays(84)));
    REQUIRE(level1.ok());
    REQUIRE(level2.ok());
    const QList<std::pair<QString, bool>> fine{{QStringLiteral("suicidality"), false}};

    QList<qint64> members;
    for (int i = 0; i < 10; ++i) {
        members << patient(*journal, i);
        REQUIRE(groups.enrol(*level1, members.last(), fine, QStringLiteral("Psykolog P"), start).ok());
    }
    const qint64 eleventh = patient(*journal, 10);
    CHECK(groups.enrol(*level1, eleventh, fine, QStringLiteral("Psykolog P"), start).error() == QStringLiteral("Trauma group level 1 is full (10 of 10)."));
    CHECK(groups.enrol(*level1, members.first(), fine, QStringLiteral("P"), start).error().contains(QStringLiteral("is in Trauma group level 1 already")));
    CHECK(groups.enrol(*level2, eleventh, fine, QStringLiteral("P"), start).error() == QStringLiteral("Trauma group level 2 needs Trauma group level 1 completed."));
    ok(groups.setMemberStatus(*level1, members.first(), GroupMember::Status::Completed));
    CHECK(groups.enrol(*level2, members.first(), {{QStringLiteral("suicidality"), true}}, QStringLiteral("P"), start).error()
          == QStringLiteral("Excluded from Trauma group level 2: suicidality."));
    REQUIRE(groups.enrol(*level2, members.first(), fine, QStringLiteral("P"), start).ok());
}

TEST_CASE("Attendance for the whole group, one note, and the absence limit", "[storage][groups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    GroupStore groups(*journal);
    const QDate start(2027, 1, 4);
    const auto level1 = groups.create(trauma(1, QStringLiteral("Fjell"), start));
    REQUIRE(level1.ok());
    QList<qint64> members;
    for (int i = 0; i < 4; ++i) {
        members << patient(*journal, i);
        REQUIRE(groups.enrol(*level1, members.last(), {{QStringLiteral("suicidality"), false}}, QStringLiteral("P"), start).ok());
    }
    const auto sessions = groups.sessions(*level1);
    REQUIRE(sessions->size() == 11);

    CHECK(groups.recordSession(sessions->at(0).id, {}, QString(), QStringLiteral("P")).error()
          == QStringLiteral("Write the group note before saving the session."));
    CHECK_THAT(groups.recordSession(sessions->at(0).id, {{9999, {}, Attendance::Status::Present, {}}}, QStringLiteral("n"), QStringLiteral("P")).error().toStdString(),
               Catch::Contains("is not a member"));

    QStringList warnings;
    for (int s = 0; s < 4; ++s) {
        QList<Attendance> attendance;
        attendance.append({members.at(0), {}, s < 4 ? Attendance::Status::AbsentWithoutNotice : Attendance::Status::Present, {}});
        attendance.append({members.at(1), {}, Attendance::Status::Present, s == 0 ? QStringLiteral("Shared for the first time") : QString()});
        attendance.append({members.at(2), {}, Attendance::Status::Late, {}});
        attendance.append({members.at(3), {}, s % 2 ? Attendance::Status::AbsentWithNotice : Attendance::Status::Present, {}});
        const auto saved = groups.recordSession(sessions->at(s).id, attendance, QStringLiteral("Chapter %1: safety and grounding").arg(s + 1),
                                                QStringLiteral("Psykolog P"));
        REQUIRE(saved.ok());
        warnings = *saved;
    }
    CHECK(warnings == QStringList{QStringLiteral("Medlem Nr00 has been absent 4 times in Trauma group level 1 (at most 3).")});
    const auto held = groups.session(sessions->at(0).id);
    CHECK(held->status == GroupSession::Status::Held);
    CHECK(held->note == QStringLiteral("Chapter 1: safety and grounding"));
    CHECK(held->attendance.size() == 4);

    // Each member's journal shows the session with their line, and the limit passed.
    const auto timeline = TimelineStore(*journal).timeline(members.at(1));
    REQUIRE(timeline.ok());
    bool line = false;
    for (const TimelineEntry &e : *timeline)
        line = line || (e.title == QStringLiteral("Trauma group level 1 (present)") && e.detail == QStringLiteral("Shared for the first time"));
    CHECK(line);
    const auto absent = TimelineStore(*journal).timeline(members.at(0));
    bool limit = false;
    for (const TimelineEntry &e : *absent)
        limit = limit || e.title == QStringLiteral("Absence limit passed");
    CHECK(limit);
    const auto list = groups.members(*level1);
    CHECK(list->at(0).absences == 4);
    CHECK(list->at(3).absences == 2);
}

TEST_CASE("AA/NA outings: who is due, planning, escorts and the staff week", "[storage][groups][outings]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    OutingStore outings(*journal);
    const QDate today = clinictime::today();
    QList<qint64> admitted;
    for (int i = 0; i < 3; ++i) {
        admitted << patient(*journal, i);
        const auto e = episodes.enrol({admitted.last(), BuiltinPrograms::residential, today.addDays(-20 + i * 8), {}, {}});
        REQUIRE(e.ok());
        ok(episodes.startPhase(episodes.episode(*e)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-20 + i * 8)));
    }
    // Admitted 20 and 12 days ago: only the first is due; the third came 4 days ago.
    auto due = outings.due(today);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->first().patientId == admitted.at(0));
    CHECK(due->first().days == 20);

    Outing o;
    o.kind = QStringLiteral("AA");
    o.place = QStringLiteral("Kirkestua");
    o.startsAt = clinictime::at(today.addDays(-3), QTime(19, 0));
    o.participants = {admitted.at(0)};
    CHECK(outings.create(o).error() == QStringLiteral("An outing to Kirkestua needs at least one escort."));
    o.kind = QStringLiteral("CA");
    o.escorts = {QStringLiteral("Miljøterapeut M")};
    CHECK_THAT(outings.create(o).error().toStdString(), Catch::Contains("AA or an NA meeting"));
    o.kind = QStringLiteral("AA");
    REQUIRE(outings.create(o).ok());
    CHECK(outings.due(today)->isEmpty());
    CHECK(outings.due(today.addDays(14))->size() == 3);

    const auto planned = outings.planForDue(today.addDays(14), QStringLiteral("NA"), QStringLiteral("Frivilligsentralen"), QTime(18, 30),
                                            {QStringLiteral("Miljøterapeut M")});
    REQUIRE(planned.ok());
    const auto week = StaffWeek::build(*journal, QStringLiteral("Miljøterapeut M"), today.addDays(14));
    REQUIRE(week.ok());
    REQUIRE(week->size() == 1);
    CHECK(week->first().what == QStringLiteral("NA meeting (escort, 3 patients)"));
    CHECK(StaffWeek::staffNames(*journal)->contains(QStringLiteral("Miljøterapeut M")));
    CHECK_THAT(outings.planForDue(today.addDays(15), QStringLiteral("NA"), QStringLiteral("X"), QTime(18, 0), {QStringLiteral("M")}).error().toStdString(),
               Catch::Contains("Nobody is due"));
}

TEST_CASE("Individual sessions: no room, staff member or patient in two places", "[storage][groups][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    GroupStore groups(*journal);
    AppointmentStore appointments(*journal);
    TherapyGroup dynamic = trauma(1, QStringLiteral("Fjell"), QDate(2027, 3, 1)); // Tuesdays 10:00–11:30
    dynamic.criteria.clear();
    const auto groupId = groups.create(dynamic);
    REQUIRE(groupId.ok());
    const qint64 member = patient(*journal, 1);
    const qint64 other = patient(*journal, 2);
    REQUIRE(groups.enrol(*groupId, member, {}, QString(), QDate(2027, 3, 1)).ok());

    // Appointments are with staff members from the register (group leaders are still names).
    const auto staffMember = [&](const QString &username, const QString &fullName) {
        auto row = RawSqlForTests::run(*journal, QStringLiteral("INSERT INTO staff (username, full_name, roles, password_hash, created_at) "
                                                                "VALUES (?, ?, 'therapist', 'x', 0) RETURNING id"),
                                       {username, fullName});
        REQUIRE(row.ok());
        REQUIRE(row->next());
        return row->value(0).toLongLong();
    };
    const qint64 psykolog = staffMember(QStringLiteral("psykolog"), QStringLiteral("Psykolog P"));
    const qint64 legeL = staffMember(QStringLiteral("legel"), QStringLiteral("Lege L"));
    const qint64 legeM = staffMember(QStringLiteral("legem"), QStringLiteral("Lege M"));

    const QDateTime tuesday = clinictime::at(QDate(2027, 3, 2), QTime(10, 30));
    Appointment a{0, other, psykolog, {}, tuesday, 45, QStringLiteral("Kontor 2"), {}};
    CHECK(appointments.book(a).error() == QStringLiteral("Psykolog P is busy with Trauma group level 1 10:00–11:30 on 02.03.2027."));
    a.staffId = legeL;
    a.patientId = member;
    CHECK(appointments.book(a).error() == QStringLiteral("Medlem Nr01 is in Trauma group level 1 10:00–11:30 on 02.03.2027."));
    a.patientId = other;
    a.room = QStringLiteral("fjell");
    CHECK(appointments.book(a).error() == QStringLiteral("Room fjell is taken by Trauma group level 1 10:00–11:30 on 02.03.2027."));
    a.room = QStringLiteral("Kontor 2");
    const auto booked = appointments.book(a);
    REQUIRE(booked.ok());
    const qint64 third = patient(*journal, 3);
    Appointment sameRoom{0, third, legeM, {}, tuesday.addSecs(15 * 60), 30, QStringLiteral("Kontor 2"), {}};
    CHECK(appointments.book(sameRoom).error() == QStringLiteral("Room Kontor 2 is taken by an individual session 10:30–11:15 on 02.03.2027."));
    a.startsAt = clinictime::at(QDate(2027, 3, 29), QTime(9, 0));
    CHECK(appointments.book(a).error() == QStringLiteral("29.03.2027 is a public holiday (Easter Monday)."));

    // The group cannot move onto a member's individual session either.
    Appointment wednesday{0, member, legeL, {}, clinictime::at(QDate(2027, 3, 3), QTime(10, 0)), 45, QStringLiteral("Kontor 3"), {}};
    REQUIRE(appointments.book(wednesday).ok());
    const auto sessions = groups.sessions(*groupId);
    CHECK(groups.moveSession(sessions->first().id, clinictime::at(QDate(2027, 3, 3), QTime(10, 0))).error()
          == QStringLiteral("Medlem Nr01 is in an individual session 10:00–10:45 on 03.03.2027."));
    const auto week = StaffWeek::build(*journal, QStringLiteral("Lege L"), QDate(2027, 3, 2));
    REQUIRE(week.ok());
    REQUIRE(week->size() == 2);
    CHECK(week->first().what == QStringLiteral("Individual session with Medlem Nr02"));
}
