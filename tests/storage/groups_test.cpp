#include "support/testjournals.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "storage/auditlog.h"
#include "storage/calendarstore.h"
#include "storage/episodestore.h"
#include "storage/groupstore.h"
#include "storage/outingstore.h"
#include "storage/patientstore.h"
#include "storage/programstore.h"
#include "storage/staffweek.h"
#include "storage/timelinestore.h"

#include <QSqlQuery>

using namespace trinn;
using trinn::test::Backend;

namespace {

// A staff member in the register (no password: these tests set the actor
// themselves), returned as the actor they are when signed in.
Actor staffMember(Journal &journal, const QString &username, const QString &fullName, Role role = Role::Therapist)
{
    const auto row = RawSqlForTests::run(
        journal,
        QStringLiteral("INSERT INTO staff (username, full_name, roles, password_hash, created_at) VALUES (?, ?, ?, 'x', 0) RETURNING id"),
        {username, fullName, AccessPolicy::roleCode(role)});
    REQUIRE(row.ok());
    REQUIRE(const_cast<QSqlQuery &>(*row).next());
    Actor actor;
    actor.staffId = row->value(0).toLongLong();
    actor.username = username;
    actor.fullName = fullName;
    actor.roles = {role};
    return actor;
}

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

} // namespace

TEST_CASE("A group is created with its sessions, and its rules refuse with reasons", "[storage][groups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    GroupStore groups(*journal);
    const QDate start(2027, 3, 1);
    for (const QString &name : {QStringLiteral("Terapeut A"), QStringLiteral("Terapeut B"), QStringLiteral("Terapeut C"),
                                QStringLiteral("Terapeut D")})
        staffMember(*journal, name.right(1).toLower(), name);

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
    // Leaders come from the staff register: a name that names no staff member is refused.
    mbrp.leaders << QStringLiteral("Terapeut Ukjent");
    CHECK(groups.create(mbrp).error() == QStringLiteral("Terapeut Ukjent is not in the staff register: choose from it."));
    mbrp.leaders.removeLast();
    mbrp.leaders << QStringLiteral("Terapeut B");
    QStringList skipped;
    const auto id = groups.create(mbrp, &skipped);
    REQUIRE(id.ok());
    CHECK(groups.sessions(*id)->size() == 8);
    CHECK(skipped.isEmpty());
    const auto created = groups.group(*id);
    REQUIRE(created->leaderStaff.size() == 2);
    CHECK(created->leaderStaff.at(0).staffId != 0);
    CHECK_FALSE(created->leaderStaff.at(0).unverified);

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
    CHECK(groups.moveSession(first, clinictime::at(QDate(2027, 5, 17), QTime(14, 0)), QStringLiteral("room needed")).error()
          == QStringLiteral("17.05.2027 is a public holiday (Constitution Day)."));
    test::requireOk(groups.moveSession(first, clinictime::at(QDate(2027, 3, 4), QTime(9, 0)), QStringLiteral("room needed")));
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
    const Actor psychologist = staffMember(*journal, QStringLiteral("psykolog"), QStringLiteral("Psykolog P"));
    const auto level1 = groups.create(trauma(1, QStringLiteral("Fjell"), start));
    const auto level2 = groups.create(trauma(2, QStringLiteral("Fjord"), start.addDays(84)));
    REQUIRE(level1.ok());
    REQUIRE(level2.ok());
    const QList<std::pair<QString, bool>> fine{{QStringLiteral("suicidality"), false}};

    QList<qint64> members;
    for (int i = 0; i < 11; ++i)
        members << patient(*journal, i);
    const qint64 eleventh = members.takeLast();
    // Criteria are assessed by a staff member signed in, never by the system or a typed name.
    CHECK(groups.enrol(*level1, members.first(), fine, start).error()
          == QStringLiteral("The criteria for Trauma group level 1 are assessed by a staff member signed in."));
    journal->setActor(psychologist);
    for (qint64 member : std::as_const(members))
        REQUIRE(groups.enrol(*level1, member, fine, start).ok());
    const auto enrolled = groups.members(*level1);
    REQUIRE(enrolled.ok());
    CHECK(enrolled->first().assessedBy.staffId == psychologist.staffId);
    CHECK(enrolled->first().assessedBy.name == QStringLiteral("Psykolog P"));
    CHECK(groups.enrol(*level1, eleventh, fine, start).error() == QStringLiteral("Trauma group level 1 is full (10 of 10)."));
    CHECK(groups.enrol(*level1, members.first(), fine, start).error().contains(QStringLiteral("is in Trauma group level 1 already")));
    CHECK(groups.enrol(*level2, eleventh, fine, start).error() == QStringLiteral("Trauma group level 2 needs Trauma group level 1 completed."));
    test::requireOk(groups.setMemberStatus(*level1, members.first(), GroupMember::Status::Completed));
    CHECK(groups.enrol(*level2, members.first(), {{QStringLiteral("suicidality"), true}}, start).error()
          == QStringLiteral("Excluded from Trauma group level 2: suicidality."));
    REQUIRE(groups.enrol(*level2, members.first(), fine, start).ok());
}

TEST_CASE("Attendance for the whole group, one note, and the absence limit", "[storage][groups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    GroupStore groups(*journal);
    const QDate start(2027, 1, 4);
    const Actor psychologist = staffMember(*journal, QStringLiteral("psykolog"), QStringLiteral("Psykolog P"));
    journal->setActor(psychologist);
    const auto level1 = groups.create(trauma(1, QStringLiteral("Fjell"), start));
    REQUIRE(level1.ok());
    QList<qint64> members;
    for (int i = 0; i < 4; ++i) {
        members << patient(*journal, i);
        REQUIRE(groups.enrol(*level1, members.last(), {{QStringLiteral("suicidality"), false}}, start).ok());
    }
    const auto sessions = groups.sessions(*level1);
    REQUIRE(sessions->size() == 11);

    CHECK(groups.recordSession(sessions->at(0).id, {}, QString()).error()
          == QStringLiteral("Write the group note before saving the session."));
    CHECK_THAT(groups.recordSession(sessions->at(0).id, {{9999, {}, Attendance::Status::Present, {}}}, QStringLiteral("n")).error().toStdString(),
               Catch::Contains("is not a member"));

    QStringList warnings;
    for (int s = 0; s < 4; ++s) {
        QList<Attendance> attendance;
        attendance.append({members.at(0), {}, s < 4 ? Attendance::Status::AbsentWithoutNotice : Attendance::Status::Present, {}});
        attendance.append({members.at(1), {}, Attendance::Status::Present, s == 0 ? QStringLiteral("Shared for the first time") : QString()});
        attendance.append({members.at(2), {}, Attendance::Status::Late, {}});
        attendance.append({members.at(3), {}, s % 2 ? Attendance::Status::AbsentWithNotice : Attendance::Status::Present, {}});
        const auto saved = groups.recordSession(sessions->at(s).id, attendance, QStringLiteral("Chapter %1: safety and grounding").arg(s + 1));
        INFO(saved.error().toStdString());
        REQUIRE(saved.ok());
        warnings = *saved;
    }
    CHECK(warnings == QStringList{QStringLiteral("Medlem Nr00 has been absent 4 times in Trauma group level 1 (at most 3).")});
    const auto held = groups.session(sessions->at(0).id);
    CHECK(held->status == GroupSession::Status::Held);
    CHECK(held->note == QStringLiteral("Chapter 1: safety and grounding"));
    CHECK(held->noteBy.staffId == psychologist.staffId);
    CHECK(held->noteAuthor == QStringLiteral("Psykolog P"));
    CHECK(held->version == 1);
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
    // The timeline shows the patient's own group rows only: its audit record
    // names that patient, not the group's other members.
    const auto named = [&](qint64 patientId) {
        auto rows = RawSqlForTests::run(*journal, QStringLiteral("SELECT (SELECT COUNT(*) FROM audit_log WHERE what = 'the journal timeline' "
                                                                 "AND patient_id = ?), (SELECT COUNT(*) FROM audit_patient s JOIN audit_log a "
                                                                 "ON a.id = s.audit_id WHERE a.what = 'the journal timeline' AND s.patient_id = ?)"),
                                        {patientId, patientId});
        REQUIRE(rows.ok());
        REQUIRE(rows->next());
        return std::pair<qint64, qint64>{rows->value(0).toLongLong(), rows->value(1).toLongLong()};
    };
    CHECK(named(members.at(0)) == std::pair<qint64, qint64>{1, 0});
    CHECK(named(members.at(1)) == std::pair<qint64, qint64>{1, 0});
    CHECK(named(members.at(2)) == std::pair<qint64, qint64>{0, 0});
    CHECK(named(members.at(3)) == std::pair<qint64, qint64>{0, 0});
    const auto list = groups.members(*level1);
    CHECK(list->at(0).absences == 4);
    CHECK(list->at(3).absences == 2);
}

TEST_CASE("A held session is corrected as a new version - the first stays readable", "[storage][groups][versions]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    GroupStore groups(*journal);
    const Actor leader = staffMember(*journal, QStringLiteral("psykolog"), QStringLiteral("Psykolog P"));
    const Actor colleague = staffMember(*journal, QStringLiteral("terje"), QStringLiteral("Terje Terapeut"));
    TherapyGroup g = trauma(1, QStringLiteral("Fjell"), QDate(2027, 1, 4));
    g.criteria.clear();
    const auto groupId = groups.create(g);
    REQUIRE(groupId.ok());
    const qint64 kari = patient(*journal, 1);
    const qint64 ola = patient(*journal, 2);
    REQUIRE(groups.enrol(*groupId, kari, {}, QDate(2027, 1, 4)).ok());
    REQUIRE(groups.enrol(*groupId, ola, {}, QDate(2027, 1, 4)).ok());
    const qint64 session = groups.sessions(*groupId)->first().id;
    const QList<Attendance> first{{kari, {}, Attendance::Status::Present, QStringLiteral("Spoke first")},
                                  {ola, {}, Attendance::Status::AbsentWithNotice, {}}};

    // The group note is written by a leader of the group, signed in: not the
    // system, not a colleague who does not lead it.
    CHECK(groups.recordSession(session, first, QStringLiteral("Safety")).error()
          == QStringLiteral("A group note is written by a leader of Trauma group level 1, signed in (Psykolog P)."));
    journal->setActor(colleague);
    CHECK(groups.recordSession(session, first, QStringLiteral("Safety")).error()
          == QStringLiteral("Only a leader of Trauma group level 1 (Psykolog P) may write its group note."));
    CHECK(groups.session(session)->status == GroupSession::Status::Planned);

    journal->setActor(leader);
    REQUIRE(groups.recordSession(session, first, QStringLiteral("Safety and grounding")).ok());
    // The first record is final: recording again is refused, a correction needs its reason.
    const QList<Attendance> corrected{{kari, {}, Attendance::Status::Present, QStringLiteral("Spoke first")},
                                      {ola, {}, Attendance::Status::Late, QStringLiteral("Came at 10:20")}};
    CHECK(groups.recordSession(session, corrected, QStringLiteral("Overwritten")).error()
          == QStringLiteral("The session was recorded already: correct it, with the reason, instead."));
    CHECK(groups.correctSession(session, corrected, QStringLiteral("Safety and grounding"), QStringLiteral("  ")).error()
          == QStringLiteral("A correction needs its reason."));
    journal->setActor(colleague);
    CHECK(groups.correctSession(session, corrected, QStringLiteral("Mine now"), QStringLiteral("Because")).error()
          == QStringLiteral("Only a leader of Trauma group level 1 (Psykolog P) may write its group note."));
    journal->setActor(leader);
    REQUIRE(groups.correctSession(session, corrected, QStringLiteral("Safety and grounding; Ola came late"),
                                  QStringLiteral("Ola came late, he was not absent")).ok());

    const auto current = groups.session(session);
    REQUIRE(current.ok());
    CHECK(current->version == 2);
    CHECK(current->note == QStringLiteral("Safety and grounding; Ola came late"));
    CHECK(current->noteBy.staffId == leader.staffId);
    const auto versions = groups.sessionVersions(session);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).number == 1);
    CHECK(versions->at(0).note == QStringLiteral("Safety and grounding"));
    CHECK(versions->at(0).reason.isEmpty());
    CHECK(versions->at(0).by.staffId == leader.staffId);
    REQUIRE(versions->at(0).attendance.size() == 2);
    CHECK(versions->at(0).attendance.at(1).status == Attendance::Status::AbsentWithNotice);
    CHECK(versions->at(1).note == QStringLiteral("Safety and grounding; Ola came late"));
    CHECK(versions->at(1).reason == QStringLiteral("Ola came late, he was not absent"));
    CHECK(versions->at(1).by.name == QStringLiteral("Psykolog P"));
    CHECK(versions->at(1).attendance.at(1).status == Attendance::Status::Late);
    CHECK(versions->at(1).attendance.at(1).line == QStringLiteral("Came at 10:20"));
    CHECK(versions->at(1).writtenAt >= versions->at(0).writtenAt);

    // Each member's journal has a write record for the correction, and the
    // refusals none (read by the system: a therapist may not see audit logs).
    journal->setActor(Actor{});
    const auto log = AuditLog::forPatient(*journal, ola);
    INFO(log.error().toStdString());
    REQUIRE(log.ok());
    int corrections = 0;
    int records = 0;
    for (const AuditLog::Record &r : *log) {
        corrections += r.action == QStringLiteral("write") && r.what == QStringLiteral("corrected a group session") ? 1 : 0;
        records += r.action == QStringLiteral("write") && r.what == QStringLiteral("recorded a group session") ? 1 : 0;
    }
    CHECK(corrections == 1);
    CHECK(records == 1);
}

TEST_CASE("The last place of a group is counted inside the enrolling write", "[storage][groups][race]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    options.kindIfCreated = JournalKind::Demo;
    auto first = Journal::open(location, options);
    REQUIRE(first.ok());
    Journal &journal = **first;
    auto second = Journal::open(location);
    REQUIRE(second.ok());
    Journal &other = **second;
    staffMember(journal, QStringLiteral("psykolog"), QStringLiteral("Psykolog P"));
    TherapyGroup g = trauma(1, QStringLiteral("Fjell"), QDate(2027, 1, 4));
    g.criteria.clear();
    g.capacity = 1;
    const auto groupId = GroupStore(journal).create(g);
    REQUIRE(groupId.ok());
    const qint64 kari = patient(journal, 1);

    // While the rule counts the places, another workstation cannot write:
    // the count runs inside the write that enrols.
    if (!other.isPostgres())
        test::rawExec(other, QStringLiteral("PRAGMA busy_timeout = 0"));
    int counts = 0;
    int countsWhileLocked = 0;
    journal.setStatementObserver([&](const QString &sql) {
        if (!sql.contains(QStringLiteral("COUNT(*) FROM group_member WHERE group_id = ? AND status = 'active'")))
            return;
        ++counts;
        if (other.isPostgres()) {
            auto free = RawSqlForTests::run(other, QStringLiteral("SELECT pg_try_advisory_xact_lock(7470357)"));
            REQUIRE(free.ok());
            REQUIRE(const_cast<QSqlQuery &>(*free).next());
            countsWhileLocked += free->value(0).toBool() ? 0 : 1;
        } else {
            const auto begun = RawSqlForTests::runFixed(other, QStringLiteral("BEGIN IMMEDIATE"));
            if (begun.ok())
                test::rawExec(other, QStringLiteral("ROLLBACK"));
            countsWhileLocked += begun.ok() ? 0 : 1;
        }
    });
    REQUIRE(GroupStore(journal).enrol(*groupId, kari, {}, QDate(2027, 1, 4)).ok());
    const qint64 ola = patient(journal, 2);
    CHECK(GroupStore(journal).enrol(*groupId, ola, {}, QDate(2027, 1, 4)).error() == QStringLiteral("Trauma group level 1 is full (1 of 1)."));
    journal.setStatementObserver({});
    CHECK(counts == 2);
    CHECK(countsWhileLocked == 2);
}

TEST_CASE("Journals from before: a leader, an author or an escort that names no staff member is marked unverified",
          "[storage][groups][migrations]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    Journal::Options before;
    before.mode = Journal::OpenMode::CreateIfMissing;
    before.kindIfCreated = JournalKind::Demo;
    before.migrations.clear();
    for (const Migration &m : Migration::builtin()) {
        if (m.version < 13)
            before.migrations.append(m);
    }
    {
        auto old = Journal::open(location, before);
        INFO(old.error().toStdString());
        REQUIRE(old.ok());
        Journal &j = **old;
        staffMember(j, QStringLiteral("psykolog"), QStringLiteral("Psykolog P"));
        const qint64 kari = patient(j, 1);
        test::rawExec(j, QStringLiteral(
            "INSERT INTO therapy_group (id, name, kind, room, weekday, start_time, minutes, weeks, start_date, created_at) "
            "VALUES (1, 'Gammel gruppe', 'dynamic', 'Fjell', 2, '10:00', 90, 4, '2020-01-07', 0)"));
        test::rawExec(j, QStringLiteral("INSERT INTO group_leader (group_id, staff_name) VALUES (1, 'Psykolog P')"));
        test::rawExec(j, QStringLiteral("INSERT INTO group_leader (group_id, staff_name) VALUES (1, 'root')"));
        test::rawExec(j, QStringLiteral(
            "INSERT INTO group_member (group_id, patient_id, enrolled_on, status, assessed_by, assessed_at) "
            "VALUES (1, %1, '2020-01-07', 'active', 'root', 0)").arg(kari));
        test::rawExec(j, QStringLiteral(
            "INSERT INTO group_session (id, group_id, starts_at, minutes, room, status, note, note_author, note_at) "
            "VALUES (1, 1, 1578387600, 90, 'Fjell', 'held', 'Old note', 'root', 1578393000)"));
        test::rawExec(j, QStringLiteral("INSERT INTO attendance (session_id, patient_id, status) VALUES (1, %1, 'present')").arg(kari));
        test::rawExec(j, QStringLiteral("INSERT INTO outing (id, kind, place, starts_at) VALUES (1, 'AA', 'Kirkestua', 0)"));
        test::rawExec(j, QStringLiteral("INSERT INTO outing_escort (outing_id, staff_name) VALUES (1, 'Psykolog P')"));
        test::rawExec(j, QStringLiteral("INSERT INTO outing_escort (outing_id, staff_name) VALUES (1, 'Miljø M')"));
    }
    auto current = Journal::open(location);
    INFO(current.error().toStdString());
    REQUIRE(current.ok());
    GroupStore groups(**current);
    const auto g = groups.group(1);
    REQUIRE(g.ok());
    REQUIRE(g->leaderStaff.size() == 2);
    CHECK(g->leaderStaff.at(0).name == QStringLiteral("Psykolog P"));
    CHECK(g->leaderStaff.at(0).staffId != 0);
    CHECK_FALSE(g->leaderStaff.at(0).unverified);
    CHECK(g->leaderStaff.at(1).unverified);
    CHECK(g->leaderStaff.at(1).display() == QStringLiteral("root (unverified)"));
    const auto session = groups.session(1);
    REQUIRE(session.ok());
    CHECK(session->noteAuthor == QStringLiteral("root (unverified)"));
    CHECK(session->version == 1);
    const auto versions = groups.sessionVersions(1);
    REQUIRE(versions->size() == 1);
    CHECK(versions->first().note == QStringLiteral("Old note"));
    CHECK(versions->first().attendance.size() == 1);
    CHECK(groups.members(1)->first().assessedBy.display() == QStringLiteral("root (unverified)"));
    const auto outings = OutingStore(**current).between(QDateTime::fromSecsSinceEpoch(0).addSecs(-1), QDateTime::fromSecsSinceEpoch(10));
    REQUIRE(outings.ok());
    REQUIRE(outings->size() == 1);
    int unverified = 0;
    for (const StaffRef &e : outings->first().escortStaff)
        unverified += e.unverified ? 1 : 0;
    CHECK(unverified == 1);
}

TEST_CASE("AA/NA outings: who is due, planning, escorts and the staff week", "[storage][groups][outings]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    OutingStore outings(*journal);
    const Actor escort = staffMember(*journal, QStringLiteral("miljo"), QStringLiteral("Miljøterapeut M"), Role::Nurse);
    const QDate today = clinictime::today();
    QList<qint64> admitted;
    for (int i = 0; i < 3; ++i) {
        admitted << patient(*journal, i);
        const auto e = episodes.enrol({admitted.last(), BuiltinPrograms::residential, today.addDays(-20 + i * 8), {}, {}});
        REQUIRE(e.ok());
        test::requireOk(episodes.startPhase(episodes.episode(*e)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-20 + i * 8)));
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
    // Escorts come from the staff register, never as free text.
    o.escorts = {QStringLiteral("rootFinnes Ikke")};
    CHECK(outings.create(o).error() == QStringLiteral("rootFinnes Ikke is not in the staff register: choose from it."));
    o.escorts.clear();
    o.escortStaff = {{escort.staffId, {}, false}};
    const auto outingId = outings.create(o);
    REQUIRE(outingId.ok());
    const auto stored = RawSqlForTests::run(*journal, QStringLiteral("SELECT staff_id, staff_name, unverified FROM outing_escort WHERE outing_id = ?"), {*outingId});
    REQUIRE(stored.ok());
    REQUIRE(const_cast<QSqlQuery &>(*stored).next());
    CHECK(stored->value(0).toLongLong() == escort.staffId);
    CHECK(stored->value(1).toString() == QStringLiteral("Miljøterapeut M"));
    CHECK(stored->value(2).toInt() == 0);
    CHECK(outings.due(today)->isEmpty());
    CHECK(outings.due(today.addDays(14))->size() == 3);

    const auto planned = outings.planForDue(today.addDays(14), QStringLiteral("NA"), QStringLiteral("Frivilligsentralen"), QTime(18, 30),
                                            {{escort.staffId, {}, false}});
    REQUIRE(planned.ok());
    const auto week = StaffWeek::build(*journal, QStringLiteral("Miljøterapeut M"), today.addDays(14));
    REQUIRE(week.ok());
    REQUIRE(week->size() == 1);
    CHECK(week->first().what == QStringLiteral("NA meeting (escort, 3 patients)"));
    CHECK(StaffWeek::staffNames(*journal)->contains(QStringLiteral("Miljøterapeut M")));
    CHECK_THAT(outings.planForDue(today.addDays(15), QStringLiteral("NA"), QStringLiteral("X"), QTime(18, 0), {{escort.staffId, {}, false}}).error().toStdString(),
               Catch::Contains("Nobody is due"));
}

TEST_CASE("Individual sessions: no room, staff member or patient in two places", "[storage][groups][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    GroupStore groups(*journal);
    AppointmentStore appointments(*journal);
    staffMember(*journal, QStringLiteral("psykolog"), QStringLiteral("Psykolog P"));
    TherapyGroup dynamic = trauma(1, QStringLiteral("Fjell"), QDate(2027, 3, 1)); // Tuesdays 10:00–11:30
    dynamic.criteria.clear();
    const auto groupId = groups.create(dynamic);
    REQUIRE(groupId.ok());
    const qint64 member = patient(*journal, 1);
    const qint64 other = patient(*journal, 2);
    REQUIRE(groups.enrol(*groupId, member, {}, QDate(2027, 3, 1)).ok());

    // Appointments are with staff members from the register (group leaders are still names).
    const auto staffMember = [&](const QString &username, const QString &fullName) {
        // The group's leader is in the register already.
        auto known = RawSqlForTests::run(*journal, QStringLiteral("SELECT id FROM staff WHERE username = ?"), {username});
        REQUIRE(known.ok());
        if (known->next())
            return known->value(0).toLongLong();
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
    CHECK(groups.moveSession(sessions->first().id, clinictime::at(QDate(2027, 3, 3), QTime(10, 0)), QStringLiteral("room needed")).error()
          == QStringLiteral("Medlem Nr01 is in an individual session 10:00–10:45 on 03.03.2027."));
    const auto week = StaffWeek::build(*journal, QStringLiteral("Lege L"), QDate(2027, 3, 2));
    REQUIRE(week.ok());
    REQUIRE(week->size() == 2);
    CHECK(week->first().what == QStringLiteral("Individual session with Medlem Nr02"));
}

TEST_CASE("A course run has one set of places whether enrolled through the course or its group", "[storage][groups][courses]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const Actor leader = staffMember(*journal, QStringLiteral("psykolog"), QStringLiteral("Psykolog P"));
    staffMember(*journal, QStringLiteral("psykolog2"), QStringLiteral("Psykolog Q"));
    journal->setActor(leader);
    const QDate start(2027, 3, 8);
    const Result<ProgramTemplate> program = ProgramStore(*journal).find(BuiltinPrograms::mbrp);
    REQUIRE(program.ok());
    TherapyGroup g;
    g.name = QStringLiteral("MBRP mars");
    g.kind = QStringLiteral("mbrp");
    g.programCode = BuiltinPrograms::mbrp;
    g.site = QStringLiteral("LAR Sentrum");
    g.room = QStringLiteral("Fjell");
    g.capacity = 2;
    g.minLeaders = 2;
    g.maxLeaders = 3;
    g.weekday = 1;
    g.startTime = QTime(14, 0);
    g.minutes = 105;
    g.weeks = 8;
    g.startDate = start;
    g.leaders = {QStringLiteral("Psykolog P"), QStringLiteral("Psykolog Q")};
    g.criteria = program->criteria;
    const auto run = GroupStore(*journal).create(g);
    INFO(run.error().toStdString());
    REQUIRE(run.ok());

    QList<std::pair<QString, bool>> suits;
    for (const Criterion &c : program->criteria)
        suits.append({c.key(), c.kind == Criterion::Kind::Inclusion});
    const qint64 kari = patient(*journal, 1);
    const qint64 ola = patient(*journal, 2);
    const qint64 per = patient(*journal, 3);
    for (qint64 p : {kari, ola, per})
        test::makeLarReady(*journal, p);

    // Through the course: the patient is a member of the run's group too.
    EpisodeStore::Enrolment viaCourse;
    viaCourse.patientId = kari;
    viaCourse.program = BuiltinPrograms::mbrp;
    viaCourse.start = start;
    viaCourse.assessment = suits;
    const auto kariEpisode = EpisodeStore(*journal).enrol(viaCourse);
    INFO(kariEpisode.error().toStdString());
    REQUIRE(kariEpisode.ok());
    auto members = GroupStore(*journal).members(*run);
    REQUIRE(members.ok());
    REQUIRE(members->size() == 1);
    CHECK(members->first().patientId == kari);

    // Through the group: the patient is enrolled in the course too.
    const auto olaMember = GroupStore(*journal).enrol(*run, ola, suits, start);
    INFO(olaMember.error().toStdString());
    REQUIRE(olaMember.ok());
    const auto olaEpisodes = EpisodeStore(*journal).episodesOf(ola);
    REQUIRE(olaEpisodes.ok());
    REQUIRE(olaEpisodes->size() == 1);
    CHECK(olaEpisodes->first().programCode == BuiltinPrograms::mbrp);

    // Two places, two taken: refused the same way through either door.
    const QString full = QStringLiteral("MBRP from 08.03.2027 is full (2 of 2).");
    CHECK(GroupStore(*journal).enrol(*run, per, suits, start).error() == full);
    viaCourse.patientId = per;
    CHECK(EpisodeStore(*journal).enrol(viaCourse).error() == full);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM group_member")) == 2);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM episode")) == 2);
}
