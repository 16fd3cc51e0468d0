#include "groupstore.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "common/correction.h"
#include "storage/calendarstore.h"
#include "storage/episodestore.h"
#include "storage/sqlvalues.h"
#include "storage/staffweek.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::text;

namespace trinn {
namespace {

using Data = AccessPolicy::Data;

const QString groupColumns = u"id, name, kind, program_code, site, room, capacity, min_leaders, max_leaders, weekday, "
                             "start_time, minutes, weeks, start_date, max_absences, prerequisite_group_kind"_s;
const QString sessionColumns = u"s.id, s.group_id, g.name, s.starts_at, s.minutes, s.room, s.status, s.moved_from, s.note, "
                               "s.note_author, s.note_author_staff_id, s.note_author_unverified, s.current_version"_s;

TherapyGroup groupFrom(const QSqlQuery &q)
{
    TherapyGroup g;
    g.id = q.value(0).toLongLong();
    g.name = q.value(1).toString();
    g.kind = q.value(2).toString();
    g.programCode = q.value(3).toString();
    g.site = q.value(4).toString();
    g.room = q.value(5).toString();
    g.capacity = q.value(6).toInt();
    g.minLeaders = q.value(7).toInt();
    g.maxLeaders = q.value(8).toInt();
    g.weekday = q.value(9).toInt();
    g.startTime = QTime::fromString(q.value(10).toString(), u"HH:mm"_s);
    g.minutes = q.value(11).toInt();
    g.weeks = q.value(12).toInt();
    g.startDate = sqlvalues::dateOf(q.value(13));
    g.maxAbsences = q.value(14).toInt();
    g.prerequisiteKind = q.value(15).toString();
    return g;
}

// A "by" from its three columns: the name as written, the staff id, the unverified mark.
StaffRef staffFrom(const QSqlQuery &q, int first)
{
    return {q.value(first + 1).toLongLong(), q.value(first).toString(), q.value(first + 2).toInt() != 0};
}

QVariant staffId(const StaffRef &by)
{
    return by.staffId != 0 ? QVariant(by.staffId) : QVariant(QMetaType::fromType<qint64>());
}

GroupSession sessionFrom(const QSqlQuery &q)
{
    GroupSession s;
    s.id = q.value(0).toLongLong();
    s.groupId = q.value(1).toLongLong();
    s.groupName = q.value(2).toString();
    s.startsAt = clinictime::fromStorage(q.value(3).toLongLong());
    s.minutes = q.value(4).toInt();
    s.room = q.value(5).toString();
    s.status = GroupSession::statusFromCode(q.value(6).toString());
    if (!q.value(7).isNull())
        s.movedFrom = clinictime::fromStorage(q.value(7).toLongLong());
    s.note = q.value(8).toString();
    s.noteBy = staffFrom(q, 9);
    s.noteAuthor = s.noteBy.display();
    s.version = q.value(12).toInt();
    return s;
}

} // namespace

Result<qint64> GroupStore::create(const TherapyGroup &g, QStringList *skipped)
{
    if (g.name.trimmed().isEmpty())
        return Error{tr("A group needs a name.")};
    if (!GroupKinds::codes().contains(g.kind))
        return Error{tr("\"%1\" is not a kind of group.").arg(g.kind)};
    if (g.room.trimmed().isEmpty())
        return Error{tr("%1 needs a room.").arg(g.name)};
    if (g.weekday < 1 || g.weekday > 7 || !g.startTime.isValid() || g.minutes <= 0)
        return Error{tr("%1 needs a weekday, a start time and a length.").arg(g.name)};
    if (!g.startDate.isValid())
        return Error{tr("%1 needs a first day.").arg(g.name)};
    QStringList names;
    for (const QString &leader : g.leaders) {
        if (!leader.trimmed().isEmpty() && !names.contains(leader.trimmed()))
            names << leader.trimmed();
    }
    const int given = int(g.leaderStaff.isEmpty() ? names.size() : g.leaderStaff.size());
    if (Decision enough = GroupRules::leaders(GroupRules::limitsOf(g), given); !enough)
        return Error{enough.reason};

    const QList<QDateTime> planned = GroupRules::weeklySessions(g, skipped);
    return Gate::write(m_journal, Data::Groups, PatientRef::none(), u"created group "_s + g.name.trimmed(),
                       [&](Scope &scope) -> Result<qint64> {
        Result<QList<StaffRef>> leaders = StaffRegister::choose(scope, g.leaderStaff, names);
        if (!leaders)
            return Error{leaders.error()};
        if (Decision enough = GroupRules::leaders(GroupRules::limitsOf(g), int(leaders->size())); !enough)
            return Error{enough.reason};
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO therapy_group (name, kind, program_code, site, room, capacity, min_leaders, max_leaders, weekday, "
            "start_time, minutes, weeks, start_date, max_absences, prerequisite_group_kind, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {g.name.trimmed(), g.kind, text(g.programCode), text(g.site), g.room.trimmed(), g.capacity, g.minLeaders,
             g.maxLeaders, g.weekday, g.startTime.toString(u"HH:mm"_s), g.minutes, g.weeks,
             clinictime::dateToStorage(g.startDate), g.maxAbsences, text(g.prerequisiteKind),
             clinictime::toStorage(clinictime::now())});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("The journal did not return the new group's number.")};
        const qint64 id = row->value(0).toLongLong();
        row->finish();
        TherapyGroup created = g;
        created.id = id;
        created.leaders.clear();
        created.leaderStaff = *leaders;
        for (const StaffRef &leader : std::as_const(*leaders)) {
            created.leaders << leader.name;
            if (Result<QSqlQuery> done = scope.run(
                    u"INSERT INTO group_leader (group_id, staff_name, staff_id, unverified) VALUES (?, ?, ?, 0)"_s,
                    {id, leader.name, leader.staffId});
                !done)
                return Error{done.error()};
        }
        for (const Criterion &c : g.criteria) {
            if (Result<QSqlQuery> done = scope.run(
                    u"INSERT INTO group_criterion (group_id, kind, text, code) VALUES (?, ?, ?, ?)"_s,
                    {id, c.kind == Criterion::Kind::Exclusion ? u"exclusion"_s : u"inclusion"_s, c.text, c.key()});
                !done)
                return Error{done.error()};
        }
        for (const QDateTime &start : planned) {
            if (Decision free = conflicts(created, g.room, start, g.minutes, 0); !free)
                return Error{tr("%1 cannot meet weekly as planned: %2").arg(g.name, free.reason)};
            if (Status done = insertSession(scope, id, start, g.minutes, g.room); !done)
                return Error{done.error()};
        }
        return id;
    });
}

Status GroupStore::insertSession(const Scope &scope, qint64 groupId, const QDateTime &start, int minutes, const QString &room)
{
    Result<QSqlQuery> done = scope.run(
        u"INSERT INTO group_session (group_id, starts_at, minutes, room, status) VALUES (?, ?, ?, ?, 'planned')"_s,
        {groupId, clinictime::toStorage(start), minutes, room});
    if (!done)
        return Error{done.error()};
    return {};
}

Result<TherapyGroup> GroupStore::loadGroup(const Scope &scope, qint64 groupId)
{
    Result<QSqlQuery> row = scope.run(u"SELECT "_s + groupColumns + u" FROM therapy_group WHERE id = ?"_s, {groupId});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{tr("There is no group number %1 in this journal.").arg(groupId)};
    TherapyGroup g = groupFrom(*row);
    row->finish();
    Result<QSqlQuery> leaders = scope.run(
        u"SELECT staff_name, staff_id, unverified FROM group_leader WHERE group_id = ? ORDER BY staff_name"_s, {groupId});
    if (!leaders)
        return Error{leaders.error()};
    while (leaders->next()) {
        g.leaders << leaders->value(0).toString();
        g.leaderStaff << staffFrom(*leaders, 0);
    }
    Result<QSqlQuery> criteria = scope.run(u"SELECT kind, text, code FROM group_criterion WHERE group_id = ? ORDER BY id"_s, {groupId});
    if (!criteria)
        return Error{criteria.error()};
    while (criteria->next())
        g.criteria.append({criteria->value(0).toString() == u"exclusion" ? Criterion::Kind::Exclusion : Criterion::Kind::Inclusion,
                           criteria->value(1).toString(), criteria->value(2).toString()});
    return g;
}

Result<TherapyGroup> GroupStore::group(qint64 groupId) const
{
    return Gate::read(m_journal, Data::Groups, PatientRef::none(), u"group"_s,
                      [&](Scope &scope) { return loadGroup(scope, groupId); });
}

Result<QList<TherapyGroup>> GroupStore::groups() const
{
    return Gate::read(m_journal, Data::Groups, PatientRef::none(), u"groups"_s,
                      [&](Scope &scope) -> Result<QList<TherapyGroup>> {
        Result<QSqlQuery> rows = scope.run(u"SELECT id FROM therapy_group ORDER BY name, start_date DESC, id DESC"_s);
        if (!rows)
            return Error{rows.error()};
        QList<qint64> ids;
        while (rows->next())
            ids << rows->value(0).toLongLong();
        rows->finish();
        QList<TherapyGroup> list;
        for (qint64 id : std::as_const(ids)) {
            Result<TherapyGroup> g = loadGroup(scope, id);
            if (!g)
                return Error{g.error()};
            list << *g;
        }
        return list;
    });
}

Result<qint64> GroupStore::enrol(qint64 groupId, qint64 patientId, const QList<std::pair<QString, bool>> &assessment, QDate on)
{
    return Gate::write(m_journal, Data::Groups, PatientRef::patient(patientId), u"enrolled in a group"_s,
                       [&](Scope &scope) -> Result<qint64> {
        // Every fact the rules read is read here, inside the write: two
        // workstations cannot both take the last place.
        Result<TherapyGroup> g = loadGroup(scope, groupId);
        if (!g)
            return Error{g.error()};
        Result<QSqlQuery> patient = scope.run(u"SELECT given_names, family_name FROM patient WHERE id = ?"_s, {patientId});
        if (!patient)
            return Error{patient.error()};
        if (!patient->next())
            return Error{tr("There is no patient number %1 in this journal.").arg(patientId)};
        const QString name = patient->value(0).toString() + u' ' + patient->value(1).toString();
        patient->finish();

        Result<QSqlQuery> existing = scope.run(u"SELECT status FROM group_member WHERE group_id = ? AND patient_id = ?"_s,
                                               {groupId, patientId});
        if (!existing)
            return Error{existing.error()};
        if (existing->next())
            return Error{tr("%1 is in %2 already.").arg(name, g->name)};
        existing->finish();

        if (!g->programCode.isEmpty()) {
            // A run of a LAR course: enrolled in the course itself, which
            // counts the run's places and makes the patient a member here.
            Result<QSqlQuery> inCourse = scope.run(
                u"SELECT COUNT(*) FROM episode e WHERE e.patient_id = ? AND e.program_code = ? "
                "AND e.status IN ('planned', 'active') AND EXISTS (SELECT 1 FROM phase p WHERE p.episode_id = e.id "
                "AND p.position = 1 AND p.planned_start = ?)"_s,
                {patientId, g->programCode, clinictime::dateToStorage(g->startDate)});
            if (!inCourse || !inCourse->next())
                return Error{inCourse ? tr("The journal did not answer.") : inCourse.error()};
            const bool enrolledInCourse = inCourse->value(0).toInt() > 0;
            inCourse->finish();
            if (!enrolledInCourse) {
                EpisodeStore::Enrolment enrolment;
                enrolment.patientId = patientId;
                enrolment.program = g->programCode;
                enrolment.start = g->startDate;
                enrolment.assessment = assessment;
                if (Result<qint64> episode = EpisodeStore(m_journal).enrol(enrolment); !episode)
                    return Error{episode.error()};
                Result<QSqlQuery> member = scope.run(
                    u"SELECT id FROM group_member WHERE group_id = ? AND patient_id = ?"_s, {groupId, patientId});
                if (!member || !member->next())
                    return Error{member ? tr("The journal did not return the new member's number.") : member.error()};
                return member->value(0).toLongLong();
            }
        }

        CourseFacts facts;
        facts.assessment = assessment;
        if (!g->programCode.isEmpty()) {
            Result<int> taken = placesTaken(scope, g->programCode, g->startDate);
            if (!taken)
                return Error{taken.error()};
            facts.enrolled = *taken;
        } else {
            Result<QSqlQuery> count = scope.run(
                u"SELECT COUNT(*) FROM group_member WHERE group_id = ? AND status = 'active'"_s, {groupId});
            if (!count || !count->next())
                return Error{count ? tr("The journal did not answer.") : count.error()};
            facts.enrolled = count->value(0).toInt();
            count->finish();
        }
        if (!g->prerequisiteKind.isEmpty()) {
            facts.prerequisiteName = GroupKinds::name(g->prerequisiteKind);
            Result<QSqlQuery> done = scope.run(
                u"SELECT COUNT(*) FROM group_member m JOIN therapy_group tg ON tg.id = m.group_id "
                "WHERE m.patient_id = ? AND tg.kind = ? AND m.status = 'completed'"_s,
                {patientId, g->prerequisiteKind});
            if (!done || !done->next())
                return Error{done ? tr("The journal did not answer.") : done.error()};
            facts.prerequisiteCompleted = done->value(0).toInt() > 0;
        }
        if (Decision decision = GroupRules::canEnrol(GroupRules::limitsOf(*g), facts); !decision)
            return Error{decision.reason};
        return addMember(scope, *g, patientId, assessment, on);
    });
}

Result<std::optional<TherapyGroup>> GroupStore::courseRun(const Scope &scope, const QString &programCode, QDate start)
{
    Result<QSqlQuery> run = scope.run(u"SELECT id FROM therapy_group WHERE program_code = ? AND start_date = ? ORDER BY id"_s,
                                      {programCode, clinictime::dateToStorage(start)});
    if (!run)
        return Error{run.error()};
    if (!run->next())
        return std::optional<TherapyGroup>();
    const qint64 groupId = run->value(0).toLongLong();
    run->finish();
    Result<TherapyGroup> group = loadGroup(scope, groupId);
    if (!group)
        return Error{group.error()};
    return std::optional<TherapyGroup>(*group);
}

Result<int> GroupStore::placesTaken(const Scope &scope, const QString &programCode, QDate start)
{
    const QString day = clinictime::dateToStorage(start);
    Result<QSqlQuery> taken = scope.run(
        u"SELECT COUNT(*) FROM (SELECT e.patient_id FROM episode e WHERE e.program_code = ? "
        "AND e.status IN ('planned', 'active') AND EXISTS (SELECT 1 FROM phase p WHERE p.episode_id = e.id "
        "AND p.position = 1 AND p.planned_start = ?) "
        "UNION SELECT m.patient_id FROM group_member m JOIN therapy_group tg ON tg.id = m.group_id "
        "WHERE tg.program_code = ? AND tg.start_date = ? AND m.status = 'active') taken"_s,
        {programCode, day, programCode, day});
    if (!taken || !taken->next())
        return Error{taken ? tr("The journal did not answer.") : taken.error()};
    const int count = taken->value(0).toInt();
    taken->finish();
    return count;
}

Result<qint64> GroupStore::addMember(const Scope &scope, const TherapyGroup &g, qint64 patientId,
                                     const QList<std::pair<QString, bool>> &assessment, QDate on)
{
    const StaffRef assessor = StaffRef::of(scope.actor());
    if (!g.criteria.isEmpty() && assessor.staffId == 0)
        return Error{tr("The criteria for %1 are assessed by a staff member signed in.").arg(g.name)};

    Result<QSqlQuery> row = scope.run(
        u"INSERT INTO group_member (group_id, patient_id, enrolled_on, status, assessed_by, assessed_by_staff_id, "
        "assessed_by_unverified, assessed_at) VALUES (?, ?, ?, 'active', ?, ?, 0, ?) RETURNING id"_s,
        {g.id, patientId, clinictime::dateToStorage(on.isValid() ? on : clinictime::today()),
         assessor.staffId != 0 ? assessor.name : QString(u""_s), staffId(assessor),
         clinictime::toStorage(clinictime::now())});
    if (!row || !row->next())
        return Error{row ? tr("The journal did not return the new member's number.") : row.error()};
    const qint64 memberId = row->value(0).toLongLong();
    row->finish();
    for (const Criterion &c : std::as_const(g.criteria)) {
        const auto found = std::find_if(assessment.begin(), assessment.end(), [&](const auto &e) { return e.first == c.key(); });
        if (Result<QSqlQuery> done = scope.run(
                u"INSERT INTO member_assessment (member_id, criterion, kind, met) VALUES (?, ?, ?, ?)"_s,
                {memberId, c.key(), c.kind == Criterion::Kind::Exclusion ? u"exclusion"_s : u"inclusion"_s,
                 found != assessment.end() && found->second ? 1 : 0});
            !done)
            return Error{done.error()};
    }
    return memberId;
}

Status GroupStore::setMemberStatus(qint64 groupId, qint64 patientId, GroupMember::Status status, const QString &reason)
{
    return Gate::write(m_journal, Data::Groups, PatientRef::patient(patientId),
                       u"group membership "_s + GroupMember::statusCode(status), [&](Scope &scope) -> Status {
        if (!reason.trimmed().isEmpty()) {
            if (Status given = scope.giveReason(reason); !given)
                return given;
        }
        Result<QSqlQuery> done = scope.run(u"UPDATE group_member SET status = ? WHERE group_id = ? AND patient_id = ?"_s,
                                           {GroupMember::statusCode(status), groupId, patientId});
        if (!done)
            return Error{done.error()};
        if (done->numRowsAffected() != 1)
            return Error{tr("The patient is not a member of group %1.").arg(groupId)};
        return {};
    });
}

Result<QList<GroupMember>> GroupStore::loadMembers(const Scope &scope, qint64 groupId)
{
    Result<QSqlQuery> rows = scope.run(
        u"SELECT m.id, m.group_id, m.patient_id, p.given_names, p.family_name, m.enrolled_on, m.status, "
        "(SELECT COUNT(*) FROM attendance a JOIN group_session s ON s.id = a.session_id "
        " WHERE s.group_id = m.group_id AND a.patient_id = m.patient_id AND a.status IN ('absent', 'absent-notice')), "
        "m.assessed_by, m.assessed_by_staff_id, m.assessed_by_unverified "
        "FROM group_member m JOIN patient p ON p.id = m.patient_id WHERE m.group_id = ? ORDER BY p.sort_key"_s,
        {groupId});
    if (!rows)
        return Error{rows.error()};
    QList<GroupMember> list;
    while (rows->next()) {
        GroupMember m;
        m.id = rows->value(0).toLongLong();
        m.groupId = rows->value(1).toLongLong();
        m.patientId = rows->value(2).toLongLong();
        m.patientName = rows->value(3).toString() + u' ' + rows->value(4).toString();
        m.enrolledOn = sqlvalues::dateOf(rows->value(5));
        m.status = GroupMember::statusFromCode(rows->value(6).toString());
        m.absences = rows->value(7).toInt();
        m.assessedBy = staffFrom(*rows, 8);
        list << m;
        scope.touched(m.patientId);
    }
    return list;
}

Result<QList<GroupMember>> GroupStore::members(qint64 groupId) const
{
    return Gate::read(m_journal, Data::Groups, PatientRef::none(), u"group members"_s,
                      [&](Scope &scope) { return loadMembers(scope, groupId); });
}

Result<QList<GroupSession>> GroupStore::sessions(qint64 groupId) const
{
    return Gate::read(m_journal, Data::Groups, PatientRef::none(), u"group sessions"_s,
                      [&](Scope &scope) -> Result<QList<GroupSession>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT "_s + sessionColumns + u" FROM group_session s JOIN therapy_group g ON g.id = s.group_id "
                                            "WHERE s.group_id = ? ORDER BY s.starts_at"_s,
            {groupId});
        if (!rows)
            return Error{rows.error()};
        QList<GroupSession> list;
        while (rows->next())
            list << sessionFrom(*rows);
        return list;
    });
}

Result<QList<GroupSession>> GroupStore::sessionsBetween(const QDateTime &from, const QDateTime &to) const
{
    return Gate::read(m_journal, Data::Groups, PatientRef::none(), u"group sessions"_s,
                      [&](Scope &scope) -> Result<QList<GroupSession>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT "_s + sessionColumns + u" FROM group_session s JOIN therapy_group g ON g.id = s.group_id "
                                            "WHERE s.starts_at >= ? AND s.starts_at < ? ORDER BY s.starts_at"_s,
            {clinictime::toStorage(from), clinictime::toStorage(to)});
        if (!rows)
            return Error{rows.error()};
        QList<GroupSession> list;
        while (rows->next())
            list << sessionFrom(*rows);
        return list;
    });
}

Result<GroupSession> GroupStore::loadSession(const Scope &scope, qint64 sessionId)
{
    Result<QSqlQuery> row = scope.run(
        u"SELECT "_s + sessionColumns + u" FROM group_session s JOIN therapy_group g ON g.id = s.group_id WHERE s.id = ?"_s,
        {sessionId});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{tr("There is no group session number %1 in this journal.").arg(sessionId)};
    GroupSession s = sessionFrom(*row);
    row->finish();
    Result<QSqlQuery> attendance = scope.run(
        u"SELECT a.patient_id, p.given_names, p.family_name, a.status, a.line FROM attendance a "
        "JOIN patient p ON p.id = a.patient_id WHERE a.session_id = ? ORDER BY p.sort_key"_s,
        {sessionId});
    if (!attendance)
        return Error{attendance.error()};
    while (attendance->next()) {
        s.attendance.append({attendance->value(0).toLongLong(),
                             attendance->value(1).toString() + u' ' + attendance->value(2).toString(),
                             Attendance::statusFromCode(attendance->value(3).toString()), attendance->value(4).toString()});
        scope.touched(s.attendance.constLast().patientId);
    }
    return s;
}

Result<GroupSession> GroupStore::session(qint64 sessionId) const
{
    return Gate::read(m_journal, Data::Groups, PatientRef::none(), u"group session"_s,
                      [&](Scope &scope) { return loadSession(scope, sessionId); });
}

Result<QList<GroupSessionVersion>> GroupStore::sessionVersions(qint64 sessionId) const
{
    return Gate::read(m_journal, Data::Groups, PatientRef::none(), u"history of a group session"_s,
                      [&](Scope &scope) -> Result<QList<GroupSessionVersion>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, version, note, author, author_staff_id, author_unverified, reason, written_at "
            "FROM group_session_version WHERE session_id = ? ORDER BY version"_s,
            {sessionId});
        if (!rows)
            return Error{rows.error()};
        QList<GroupSessionVersion> list;
        QHash<qint64, qsizetype> indexOf;
        while (rows->next()) {
            GroupSessionVersion v;
            v.number = rows->value(1).toInt();
            v.note = rows->value(2).toString();
            v.by = staffFrom(*rows, 3);
            v.reason = rows->value(6).toString();
            v.writtenAt = clinictime::fromStorage(rows->value(7).toLongLong());
            indexOf.insert(rows->value(0).toLongLong(), list.size());
            list << v;
        }
        rows->finish();
        Result<QSqlQuery> attendance = scope.run(
            u"SELECT a.version_id, a.patient_id, p.given_names, p.family_name, a.status, a.line FROM group_session_version v "
            "JOIN attendance_version a ON a.version_id = v.id JOIN patient p ON p.id = a.patient_id "
            "WHERE v.session_id = ? ORDER BY v.version, p.sort_key"_s,
            {sessionId});
        if (!attendance)
            return Error{attendance.error()};
        while (attendance->next()) {
            const auto at = indexOf.constFind(attendance->value(0).toLongLong());
            if (at == indexOf.constEnd())
                continue;
            const qint64 patient = attendance->value(1).toLongLong();
            list[*at].attendance.append({patient, attendance->value(2).toString() + u' ' + attendance->value(3).toString(),
                                         Attendance::statusFromCode(attendance->value(4).toString()),
                                         attendance->value(5).toString()});
            scope.touched(patient);
        }
        return list;
    });
}

Decision GroupStore::conflicts(const TherapyGroup &group, const QString &room, const QDateTime &start, int minutes,
                               qint64 exceptSession) const
{
    Booking candidate{group.name, room, group.leaders, {}, start, minutes};
    if (Result<QList<GroupMember>> members = this->members(group.id)) {
        for (const GroupMember &m : std::as_const(*members)) {
            if (m.status == GroupMember::Status::Active)
                candidate.patients << m.patientId;
        }
    }
    CalendarStore calendar(m_journal);
    Result<QList<Booking>> others = calendar.between(start, candidate.end(), exceptSession);
    if (!others)
        return Decision::deny(others.error());
    Result<QHash<qint64, QString>> names = calendar.patientNames(candidate.patients);
    return ConflictRules::check(candidate, *others, names ? *names : QHash<qint64, QString>());
}

Result<qint64> GroupStore::addSession(qint64 groupId, const QDateTime &start, int minutes, const QString &room)
{
    return Gate::write(m_journal, Data::Groups, PatientRef::none(), u"added a group session"_s,
                       [&](Scope &scope) -> Result<qint64> {
        Result<TherapyGroup> g = loadGroup(scope, groupId);
        if (!g)
            return Error{g.error()};
        const QString where = room.trimmed().isEmpty() ? g->room : room.trimmed();
        if (Decision free = conflicts(*g, where, start, minutes, 0); !free)
            return Error{free.reason};
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO group_session (group_id, starts_at, minutes, room, status) VALUES (?, ?, ?, ?, 'planned') RETURNING id"_s,
            {groupId, clinictime::toStorage(start), minutes, where});
        if (!row || !row->next())
            return Error{row ? tr("The journal did not return the new session's number.") : row.error()};
        return row->value(0).toLongLong();
    });
}

Status GroupStore::moveSession(qint64 sessionId, const QDateTime &start, const QString &reason)
{
    // A session belongs to no one patient, so it is not in the change log:
    // the audit record keeps the reason, and the row its first time (moved_from).
    const QString what = reason.trimmed().isEmpty() ? u"moved a group session"_s : u"moved a group session: "_s + reason.trimmed();
    return Gate::write(m_journal, Data::Groups, PatientRef::none(), what, [&](Scope &scope) -> Status {
        Result<GroupSession> s = loadSession(scope, sessionId);
        if (!s)
            return Error{s.error()};
        if (s->status != GroupSession::Status::Planned)
            return Error{tr("Only a planned session can be moved.")};
        Result<TherapyGroup> g = loadGroup(scope, s->groupId);
        if (!g)
            return Error{g.error()};
        if (Decision free = conflicts(*g, s->room, start, s->minutes, sessionId); !free)
            return Error{free.reason};
        if (Decision why = Correction::needsReason(start != s->startsAt, reason, tr("the time of this session")); !why)
            return Error{why.reason};
        Result<QSqlQuery> done = scope.run(
            u"UPDATE group_session SET starts_at = ?, moved_from = COALESCE(moved_from, starts_at) WHERE id = ?"_s,
            {clinictime::toStorage(start), sessionId});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

Status GroupStore::cancelSession(qint64 sessionId)
{
    return Gate::write(m_journal, Data::Groups, PatientRef::none(), u"cancelled a group session"_s, [&](Scope &scope) -> Status {
        Result<QSqlQuery> done = scope.run(
            u"UPDATE group_session SET status = 'cancelled' WHERE id = ? AND status = 'planned'"_s, {sessionId});
        if (!done)
            return Error{done.error()};
        if (done->numRowsAffected() != 1)
            return Error{tr("Only a planned session can be cancelled.")};
        return {};
    });
}

Result<QStringList> GroupStore::recordSession(qint64 sessionId, const QList<Attendance> &attendance, const QString &note)
{
    return writeSession(sessionId, attendance, note, QString(), false);
}

Result<QStringList> GroupStore::correctSession(qint64 sessionId, const QList<Attendance> &attendance, const QString &note,
                                               const QString &reason)
{
    return writeSession(sessionId, attendance, note, reason, true);
}

Result<QStringList> GroupStore::writeSession(qint64 sessionId, const QList<Attendance> &attendance, const QString &note,
                                             const QString &reason, bool correcting)
{
    if (note.trimmed().isEmpty())
        return Error{tr("Write the group note before saving the session.")};
    const QString what = correcting ? u"corrected a group session"_s : u"recorded a group session"_s;
    return Gate::write(m_journal, Data::Groups, PatientRef::none(), what, [&](Scope &scope) -> Result<QStringList> {
        Result<GroupSession> s = loadSession(scope, sessionId);
        if (!s)
            return Error{s.error()};
        if (Decision decision = correcting ? GroupRules::canCorrect(*s, reason) : GroupRules::canRecord(*s); !decision)
            return Error{decision.reason};
        Result<TherapyGroup> g = loadGroup(scope, s->groupId);
        if (!g)
            return Error{g.error()};
        if (Decision leader = GroupRules::canWriteGroupNote(*g, scope.actor()); !leader)
            return Error{leader.reason};
        Result<QList<GroupMember>> members = loadMembers(scope, s->groupId);
        if (!members)
            return Error{members.error()};
        QSet<qint64> memberIds;
        for (const GroupMember &m : std::as_const(*members))
            memberIds.insert(m.patientId);
        for (const Attendance &a : attendance) {
            if (!memberIds.contains(a.patientId))
                return Error{tr("Patient %1 is not a member of %2.").arg(a.patientId).arg(s->groupName)};
        }

        const StaffRef author = StaffRef::of(scope.actor());
        const qint64 now = clinictime::toStorage(clinictime::now());
        const int version = s->version + 1;
        // `attendance` and the session's note are the current version, read by
        // the members' journals and the calendar; every version, the first
        // included, is kept whole in group_session_version and attendance_version.
        for (const Attendance &a : attendance) {
            if (Result<QSqlQuery> done = scope.run(
                    u"INSERT INTO attendance (session_id, patient_id, status, line) VALUES (?, ?, ?, ?) "
                    "ON CONFLICT (session_id, patient_id) DO UPDATE SET status = excluded.status, line = excluded.line"_s,
                    {sessionId, a.patientId, Attendance::statusCode(a.status), text(a.line)});
                !done)
                return Error{done.error()};
        }
        Result<QSqlQuery> updated = scope.run(
            u"UPDATE group_session SET status = 'held', note = ?, note_author = ?, note_author_staff_id = ?, "
            "note_author_unverified = 0, note_at = ?, current_version = ? WHERE id = ? AND current_version = ?"_s,
            {note.trimmed(), author.name, staffId(author), now, version, sessionId, s->version});
        if (!updated)
            return Error{updated.error()};
        if (updated->numRowsAffected() != 1)
            return Error{tr("The session was changed meanwhile: open it again.")};
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO group_session_version (session_id, version, note, author, author_staff_id, author_unverified, reason, "
            "written_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"_s,
            {sessionId, version, note.trimmed(), author.name, staffId(author), text(reason), now});
        if (!row || !row->next())
            return Error{row ? tr("The journal did not return the new version's number.") : row.error()};
        const qint64 versionId = row->value(0).toLongLong();
        row->finish();
        if (Result<QSqlQuery> copied = scope.run(
                u"INSERT INTO attendance_version (version_id, patient_id, status, line) "
                "SELECT ?, patient_id, status, line FROM attendance WHERE session_id = ?"_s,
                {versionId, sessionId});
            !copied)
            return Error{copied.error()};

        Result<QList<GroupMember>> after = loadMembers(scope, s->groupId);
        if (!after)
            return Error{after.error()};
        QStringList warnings;
        for (const GroupMember &m : std::as_const(*after)) {
            if (Decision within = GroupRules::absences(*g, m.patientName, m.absences); !within)
                warnings << within.reason;
        }
        return warnings;
    });
}

} // namespace trinn
