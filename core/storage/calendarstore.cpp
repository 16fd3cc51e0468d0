#include "calendarstore.h"

#include "common/journalwords.h"
#include "access/gate.h"
#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::text;

namespace trinn {

using Data = AccessPolicy::Data;

namespace {

// One gathering event: its program and days. Compared as numbers, so each
// participant's row costs a hash lookup, not the key text built anew.
struct EventKey
{
    QString program;
    qint64 first = 0;
    qint64 end = 0;
    bool operator==(const EventKey &other) const
    {
        return first == other.first && end == other.end && program == other.program;
    }
};

size_t qHash(const EventKey &key, size_t seed = 0)
{
    return qHashMulti(seed, key.program, key.first, key.end);
}

// Phase 2 gatherings as the clinic holds them: one event per program and
// days, its participants the patients whose gathering phase falls on them
// (not one row per patient), with the room and staff of its gathering_event
// where one was planned. Only the gatherings overlapping [firstDay, lastDay).
//
// A gathering lasts gatheringDays from the day it starts (planned, moved,
// started or replanned, its planned end is at most that after its start: its
// max_days), so one starting before lastDay ends before lastDay +
// gatheringDays. That upper bound keeps the index range (kind, planned_end)
// to the week's gatherings instead of every one planned for the years ahead,
// each looked up in the phase table only to be dropped.
Result<QList<Booking>> gatheringEvents(const Scope &scope, QDate firstDay, QDate lastDay)
{
    const QString first = clinictime::dateToStorage(firstDay);
    const QString last = clinictime::dateToStorage(lastDay);
    Result<QSqlQuery> rows = scope.run(
        u"SELECT e.program_code, e.patient_id, ph.planned_start, ph.planned_end, ph.actual_start, ph.actual_end FROM phase ph "
        "JOIN episode e ON e.id = ph.episode_id WHERE ph.kind = 'gathering' AND ph.status IN ('planned', 'active', 'completed') "
        "AND ph.planned_start < ? AND ph.planned_end > ? AND ph.planned_end < ? ORDER BY ph.planned_start, e.patient_id"_s,
        {last, first, clinictime::dateToStorage(lastDay.addDays(BuiltinPrograms::gatheringDays))});
    if (!rows)
        return Error{rows.error()};
    QList<Booking> events;
    QHash<EventKey, qsizetype> byKey;
    const auto dayOr = [](const QVariant &actual, const QVariant &planned) {
        const QDate day = sqlvalues::dateOf(actual);
        return day.isValid() ? day : sqlvalues::dateOf(planned);
    };
    while (rows->next()) {
        const QDate start = dayOr(rows->value(4), rows->value(2));
        const QDate end = dayOr(rows->value(5), rows->value(3));
        const qint64 patient = rows->value(1).toLongLong();
        const EventKey key{rows->value(0).toString(), start.toJulianDay(), end.toJulianDay()};
        const auto found = byKey.constFind(key);
        if (found != byKey.constEnd()) {
            Booking &event = events[*found];
            if (!event.patients.contains(patient))
                event.patients << patient;
            continue;
        }
        Booking b;
        b.what = CalendarStore::tr("Phase 2 gathering");
        b.patients = {patient};
        // 09:00 on the first day to 15:00 on the last (the end date is the day after).
        b.start = clinictime::at(start, QTime(9, 0)).toUTC();
        b.minutes = int(std::max<qint64>(0, start.daysTo(end) - 1) * 24 * 60 + 6 * 60);
        b.key = u"gathering-%1-%2-%3"_s.arg(key.program, start.toString(Qt::ISODate), end.toString(Qt::ISODate));
        b.exclusive = false;
        byKey.insert(key, events.size());
        events.append(b);
    }
    rows->finish();
    if (events.isEmpty())
        return events;
    // An event ends gatheringDays after it starts (GatheringStore::plan): one
    // ending after firstDay started after firstDay - gatheringDays, so the
    // index on starts_on reads the week's events, not every past one.
    Result<QSqlQuery> planned = scope.run(
        u"SELECT program_code, starts_on, ends_on, room, staff_id, staff_name FROM gathering_event "
        "WHERE starts_on < ? AND starts_on > ? AND ends_on > ?"_s,
        {last, clinictime::dateToStorage(firstDay.addDays(-BuiltinPrograms::gatheringDays)), first});
    if (!planned)
        return Error{planned.error()};
    while (planned->next()) {
        const EventKey key{planned->value(0).toString(), sqlvalues::dateOf(planned->value(1)).toJulianDay(),
                           sqlvalues::dateOf(planned->value(2)).toJulianDay()};
        const auto found = byKey.constFind(key);
        if (found == byKey.constEnd())
            continue; // nobody attends it (any more)
        Booking &event = events[*found];
        event.room = planned->value(3).toString();
        if (!planned->value(5).toString().isEmpty()) {
            event.staff = {planned->value(5).toString()};
            event.staffIds = {planned->value(4).isNull() ? 0 : planned->value(4).toLongLong()};
        }
    }
    return events;
}

} // namespace

Result<QList<Booking>> CalendarStore::between(const QDateTime &from, const QDateTime &to, qint64 exceptSession,
                                              qint64 exceptAppointment) const
{
    return Gate::read(m_journal, Data::Patient, PatientRef::none(), u"calendar"_s, [&](Scope &scope) -> Result<QList<Booking>> {
        Result<QList<Booking>> found = bookings(scope, from, to, exceptSession, exceptAppointment);
        if (!found)
            return found;
        for (const Booking &b : std::as_const(*found))
            scope.touched(b.patients);
        return found;
    });
}

Result<QList<Booking>> CalendarStore::bookings(const Scope &scope, const QDateTime &from, const QDateTime &to,
                                               qint64 exceptSession, qint64 exceptAppointment)
{
    // Nothing lasts more than a day, so starts from a day earlier find every overlap.
    const QVariant start = clinictime::toStorage(from.addDays(-1));
    const QVariant end = clinictime::toStorage(to);
    QList<Booking> bookings;
    QHash<qint64, qsizetype> sessionIndex;
    Result<QSqlQuery> sessions = scope.run(
        u"SELECT s.id, g.name, s.room, s.starts_at, s.minutes, s.group_id FROM group_session s "
        "JOIN therapy_group g ON g.id = s.group_id WHERE s.starts_at >= ? AND s.starts_at < ? AND s.status <> 'cancelled' "
        "AND s.id <> ?"_s,
        {start, end, exceptSession});
    if (!sessions)
        return Error{sessions.error()};
    QHash<qint64, QList<qsizetype>> byGroup;
    while (sessions->next()) {
        Booking b;
        b.what = journalwords::group(sessions->value(1).toString());
        b.room = sessions->value(2).toString();
        b.start = clinictime::fromStorage(sessions->value(3).toLongLong());
        b.minutes = sessions->value(4).toInt();
        b.key = u"session-"_s + sessions->value(0).toString();
        byGroup[sessions->value(5).toLongLong()].append(bookings.size());
        sessionIndex.insert(sessions->value(0).toLongLong(), bookings.size());
        bookings.append(b);
    }
    sessions->finish();
    for (auto it = byGroup.cbegin(); it != byGroup.cend(); ++it) {
        // One query at a time: PostgreSQL's driver drops a result left open.
        Result<QSqlQuery> leaders = scope.run(u"SELECT staff_name FROM group_leader WHERE group_id = ?"_s, {it.key()});
        if (!leaders)
            return Error{leaders.error()};
        QStringList staff;
        while (leaders->next())
            staff << leaders->value(0).toString();
        leaders->finish();
        Result<QSqlQuery> members = scope.run(
            u"SELECT patient_id FROM group_member WHERE group_id = ? AND status = 'active'"_s, {it.key()});
        if (!members)
            return Error{members.error()};
        QList<qint64> patients;
        while (members->next())
            patients << members->value(0).toLongLong();
        members->finish();
        for (qsizetype index : it.value()) {
            bookings[index].staff = staff;
            bookings[index].patients = patients;
        }
    }

    Result<QSqlQuery> appointments = scope.run(
        u"SELECT patient_id, staff_name, starts_at, minutes, room, id, staff_id FROM appointment "
        "WHERE starts_at >= ? AND starts_at < ? AND status <> 'cancelled' AND id <> ?"_s,
        {start, end, exceptAppointment});
    if (!appointments)
        return Error{appointments.error()};
    while (appointments->next()) {
        Booking b;
        b.what = tr("an individual session");
        b.patients = {appointments->value(0).toLongLong()};
        b.staff = {appointments->value(1).toString()};
        b.staffIds = {appointments->value(6).isNull() ? 0 : appointments->value(6).toLongLong()};
        b.start = clinictime::fromStorage(appointments->value(2).toLongLong());
        b.minutes = appointments->value(3).toInt();
        b.room = appointments->value(4).toString();
        b.key = u"appointment-"_s + appointments->value(5).toString();
        bookings.append(b);
    }
    appointments->finish();

    Result<QSqlQuery> outings = scope.run(
        u"SELECT id, kind, place, starts_at FROM outing WHERE starts_at >= ? AND starts_at < ?"_s, {start, end});
    if (!outings)
        return Error{outings.error()};
    QList<std::pair<qint64, Booking>> outingBookings;
    while (outings->next()) {
        Booking b;
        b.what = tr("the %1 meeting at %2").arg(outings->value(1).toString(), outings->value(2).toString());
        b.start = clinictime::fromStorage(outings->value(3).toLongLong());
        b.minutes = 120; // travel there and back included
        b.key = u"outing-"_s + outings->value(0).toString();
        outingBookings.append({outings->value(0).toLongLong(), b});
    }
    outings->finish();
    for (auto &[id, b] : outingBookings) {
        Result<QSqlQuery> escorts = scope.run(u"SELECT staff_name FROM outing_escort WHERE outing_id = ?"_s, {id});
        if (!escorts)
            return Error{escorts.error()};
        while (escorts->next())
            b.staff << escorts->value(0).toString();
        escorts->finish();
        Result<QSqlQuery> participants = scope.run(u"SELECT patient_id FROM outing_participant WHERE outing_id = ?"_s, {id});
        if (!participants)
            return Error{participants.error()};
        while (participants->next())
            b.patients << participants->value(0).toLongLong();
        bookings.append(b);
    }

    // Phase 2 gatherings, family program weeks and admissions: in the calendar, not blocking it.
    const QDate firstDate = clinictime::local(from).date().addDays(-1);
    const QDate lastDate = clinictime::local(to).date().addDays(1);
    const QString firstDay = clinictime::dateToStorage(firstDate);
    const QString lastDay = clinictime::dateToStorage(lastDate);
    Result<QList<Booking>> gatherings = gatheringEvents(scope, firstDate, lastDate);
    if (!gatherings)
        return Error{gatherings.error()};
    bookings << *gatherings;
    // A family program stay lasts familyProgramDays (ProgramRules::canPlanFamilyProgram;
    // stays are never moved): one ending after firstDay started after
    // firstDay - familyProgramDays, which bounds the index range on start_date.
    Result<QSqlQuery> family = scope.run(
        u"SELECT id, start_date, end_date FROM family_stay WHERE start_date < ? AND start_date > ? AND end_date > ?"_s,
        {lastDay, clinictime::dateToStorage(firstDate.addDays(-BuiltinPrograms::familyProgramDays)), firstDay});
    if (!family)
        return Error{family.error()};
    while (family->next()) {
        Booking b;
        b.what = tr("Family program");
        b.start = clinictime::at(sqlvalues::dateOf(family->value(1)), QTime(9, 0)).toUTC();
        b.minutes = int(sqlvalues::dateOf(family->value(1)).daysTo(sqlvalues::dateOf(family->value(2))) * 24 * 60);
        b.key = u"family-"_s + family->value(0).toString();
        b.exclusive = false;
        bookings.append(b);
    }
    family->finish();
    Result<QSqlQuery> admissions = scope.run(
        u"SELECT s.id, s.start_date, s.patient_id, b.room, b.label FROM bed_stay s JOIN bed b ON b.id = s.bed_id "
        "WHERE s.start_date >= ? AND s.start_date < ?"_s,
        {firstDay, lastDay});
    if (!admissions)
        return Error{admissions.error()};
    while (admissions->next()) {
        Booking b;
        b.what = tr("Admission, bed %1").arg(admissions->value(4).toString());
        b.room = admissions->value(3).toString();
        b.patients = {admissions->value(2).toLongLong()};
        b.start = clinictime::at(sqlvalues::dateOf(admissions->value(1)), QTime(10, 0)).toUTC();
        b.minutes = 60;
        b.key = u"admission-"_s + admissions->value(0).toString();
        b.exclusive = false;
        bookings.append(b);
    }

    QList<Booking> overlapping;
    Booking window;
    window.start = from;
    window.minutes = int(from.secsTo(to) / 60);
    for (const Booking &b : std::as_const(bookings)) {
        if (b.overlaps(window))
            overlapping << b;
    }
    return overlapping;
}

Result<QHash<qint64, QString>> CalendarStore::namesOf(const Scope &scope, const QList<qint64> &ids)
{
    QHash<qint64, QString> names;
    for (qint64 id : ids) {
        Result<QSqlQuery> row = scope.run(u"SELECT given_names, family_name FROM patient WHERE id = ?"_s, {id});
        if (!row)
            return Error{row.error()};
        if (row->next())
            names.insert(id, row->value(0).toString() + u' ' + row->value(1).toString());
    }
    return names;
}

Result<QHash<qint64, QString>> CalendarStore::patientNames(const QList<qint64> &ids) const
{
    return Gate::read(m_journal, Data::Patient, PatientRef::none(), u"patient names"_s,
                      [&](Scope &scope) -> Result<QHash<qint64, QString>> {
        Result<QHash<qint64, QString>> names = namesOf(scope, ids);
        if (names)
            scope.touched(names->keys());
        return names;
    });
}

Result<QList<StaffMember>> CalendarStore::staffRegister() const
{
    // Names and user names only, no patient: nobody is audited.
    return Gate::read(m_journal, Data::Patient, PatientRef::none(), u"staff register"_s, [&](Scope &scope) -> Result<QList<StaffMember>> {
        Result<QSqlQuery> rows = scope.run(u"SELECT id, username, full_name FROM staff WHERE active = 1 ORDER BY full_name, username"_s);
        if (!rows)
            return Error{rows.error()};
        QList<StaffMember> list;
        while (rows->next())
            list.append({rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString()});
        return list;
    });
}

Result<qint64> AppointmentStore::book(const Appointment &a)
{
    if (!a.startsAt.isValid() || a.minutes <= 0)
        return Error{tr("An appointment needs a time and a length.")};
    return Gate::write(m_journal, Data::Patient, PatientRef::patient(a.patientId), u"booked an individual session"_s,
                       [&](Scope &scope) -> Result<qint64> {
        // The staff member from the register, by id: never a name typed in.
        const qint64 staffId = a.staffId != 0 ? a.staffId : scope.actor().staffId;
        if (staffId == 0)
            return Error{tr("Choose from the staff register whom the patient will see.")};
        Result<QSqlQuery> staff = scope.run(u"SELECT full_name, active FROM staff WHERE id = ?"_s, {staffId});
        if (!staff)
            return Error{staff.error()};
        if (!staff->next())
            return Error{tr("There is no staff member number %1 in the staff register.").arg(staffId)};
        const QString staffName = staff->value(0).toString();
        if (staff->value(1).toInt() == 0)
            return Error{tr("%1's account is disabled: choose someone else.").arg(staffName)};
        staff->finish();
        Result<QHash<qint64, QString>> names = CalendarStore::namesOf(scope, {a.patientId});
        if (!names)
            return Error{names.error()};
        if (!names->contains(a.patientId))
            return Error{tr("There is no patient number %1 in this journal.").arg(a.patientId)};
        Booking candidate{tr("an individual session"), a.room.trimmed(), {staffName}, {a.patientId}, a.startsAt, a.minutes};
        candidate.staffIds = {staffId};
        // An admitted patient's individual sessions go on on public holidays.
        const QString day = clinictime::dateToStorage(clinictime::local(a.startsAt).date());
        Result<QSqlQuery> admitted = scope.run(
            u"SELECT COUNT(*) FROM phase ph JOIN episode e ON e.id = ph.episode_id WHERE e.patient_id = ? "
            "AND ph.residential = 1 AND ph.status = 'active' AND ph.actual_start <= ?"_s,
            {a.patientId, day});
        if (!admitted || !admitted->next())
            return Error{admitted ? tr("The journal did not answer.") : admitted.error()};
        candidate.goesOnOnHolidays = admitted->value(0).toInt() > 0;
        admitted->finish();
        // Read inside the write transaction: a booking made meanwhile elsewhere is seen.
        Result<QList<Booking>> others = CalendarStore::bookings(scope, candidate.start, candidate.end());
        if (!others)
            return Error{others.error()};
        if (Decision free = ConflictRules::check(candidate, *others, *names); !free)
            return Error{free.reason};
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO appointment (patient_id, staff_id, staff_name, starts_at, minutes, room, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {a.patientId, staffId, staffName, clinictime::toStorage(a.startsAt), a.minutes, text(a.room), text(a.note)});
        if (!row || !row->next())
            return Error{row ? tr("The journal did not return the new appointment's number.") : row.error()};
        const qint64 id = row->value(0).toLongLong();
        row->finish();
        return id;
    });
}

Result<QList<Appointment>> AppointmentStore::between(const QDateTime &from, const QDateTime &to) const
{
    return Gate::read(m_journal, Data::Patient, PatientRef::none(), u"appointments"_s, [&](Scope &scope) -> Result<QList<Appointment>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, patient_id, staff_id, staff_name, starts_at, minutes, room, note FROM appointment "
            "WHERE starts_at >= ? AND starts_at < ? AND status <> 'cancelled' ORDER BY starts_at"_s,
            {clinictime::toStorage(from), clinictime::toStorage(to)});
        if (!rows)
            return Error{rows.error()};
        QList<Appointment> list;
        while (rows->next()) {
            list.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(),
                         rows->value(2).isNull() ? 0 : rows->value(2).toLongLong(), rows->value(3).toString(),
                         clinictime::fromStorage(rows->value(4).toLongLong()), rows->value(5).toInt(), rows->value(6).toString(),
                         rows->value(7).toString()});
            scope.touched(list.constLast().patientId);
        }
        return list;
    });
}

} // namespace trinn
