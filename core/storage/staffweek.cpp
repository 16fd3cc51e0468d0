#include "staffweek.h"

#include "common/clinictime.h"
#include "storage/calendarstore.h"
#include "storage/groupstore.h"
#include "storage/journal.h"
#include "storage/outingstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace trinn {

Result<QList<StaffWeek::Item>> StaffWeek::build(Journal &journal, const QString &staffName, QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDateTime from = clinictime::at(monday, QTime(0, 0)).toUTC();
    const QDateTime to = clinictime::at(monday.addDays(7), QTime(0, 0)).toUTC();
    GroupStore groups(journal);
    Result<QList<GroupSession>> sessions = groups.sessionsBetween(from, to);
    if (!sessions)
        return Error{sessions.error()};
    QHash<qint64, QStringList> leadersOf;
    QList<Item> items;
    for (const GroupSession &s : std::as_const(*sessions)) {
        if (s.status == GroupSession::Status::Cancelled)
            continue;
        if (!leadersOf.contains(s.groupId)) {
            Result<TherapyGroup> g = groups.group(s.groupId);
            leadersOf.insert(s.groupId, g ? g->leaders : QStringList());
        }
        if (leadersOf.value(s.groupId).contains(staffName))
            items.append({s.startsAt, s.minutes, s.groupName, s.room});
    }
    Result<QList<Outing>> outings = OutingStore(journal).between(from, to);
    if (!outings)
        return Error{outings.error()};
    for (const Outing &o : std::as_const(*outings)) {
        if (o.escorts.contains(staffName))
            items.append({o.startsAt, 90, tr("%1 meeting (escort, %2 patients)").arg(o.kind).arg(o.participants.size()), o.place});
    }
    Result<QList<Appointment>> appointments = AppointmentStore(journal).between(from, to);
    if (!appointments)
        return Error{appointments.error()};
    QList<qint64> patients;
    for (const Appointment &a : std::as_const(*appointments))
        patients << a.patientId;
    Result<QHash<qint64, QString>> names = CalendarStore(journal).patientNames(patients);
    for (const Appointment &a : std::as_const(*appointments)) {
        if (a.staffName == staffName)
            items.append({a.startsAt, a.minutes, tr("Individual session with %1").arg(names ? names->value(a.patientId) : QString()), a.room});
    }
    std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.start < b.start; });
    return items;
}

Result<QStringList> StaffWeek::staffNames(Journal &journal)
{
    Result<QSqlQuery> rows = journal.run(
        u"SELECT staff_name FROM group_leader UNION SELECT staff_name FROM outing_escort ORDER BY 1"_s);
    if (!rows)
        return Error{rows.error()};
    QStringList names;
    while (rows->next())
        names << rows->value(0).toString();
    return names;
}

} // namespace trinn
