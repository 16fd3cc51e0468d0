#include "staffweek.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/calendarstore.h"
#include "storage/groupstore.h"
#include "storage/outingstore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace trinn {

Result<QList<StaffWeek::Item>> StaffWeek::build(Journal &journal, const QString &staffName, QDate day)
{
    const QDate monday = day.addDays(1 - day.dayOfWeek());
    const QDateTime from = clinictime::at(monday, QTime(0, 0)).toUTC();
    const QDateTime to = clinictime::at(monday.addDays(7), QTime(0, 0)).toUTC();
    return Gate::read(journal, AccessPolicy::Data::Groups, PatientRef::none(), u"staff week of "_s + staffName,
                      [&](Scope &scope) -> Result<QList<Item>> {
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
        for (const Appointment &a : std::as_const(*appointments)) {
            if (a.staffName == staffName)
                patients << a.patientId;
        }
        // Only the patients of this staff member's sessions are shown.
        scope.touched(patients);
        Result<QHash<qint64, QString>> names = CalendarStore(journal).patientNames(patients);
        for (const Appointment &a : std::as_const(*appointments)) {
            if (a.staffName == staffName)
                items.append({a.startsAt, a.minutes, tr("Individual session with %1").arg(names ? names->value(a.patientId) : QString()), a.room});
        }
        std::stable_sort(items.begin(), items.end(), [](const Item &a, const Item &b) { return a.start < b.start; });
        return items;
    });
}

Result<QStringList> StaffWeek::staffNames(Journal &journal)
{
    return Gate::read(journal, AccessPolicy::Data::Groups, PatientRef::none(), u"staff names"_s,
                      [&](Scope &scope) -> Result<QStringList> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT full_name FROM staff WHERE active = 1 UNION SELECT staff_name FROM group_leader "
            "UNION SELECT staff_name FROM outing_escort ORDER BY 1"_s);
        if (!rows)
            return Error{rows.error()};
        QStringList names;
        while (rows->next())
            names << rows->value(0).toString();
        return names;
    });
}

Result<QList<StaffRef>> StaffRegister::active(Journal &journal)
{
    return Gate::read(journal, AccessPolicy::Data::Groups, PatientRef::none(), u"staff register"_s,
                      [&](Scope &scope) -> Result<QList<StaffRef>> {
        Result<QSqlQuery> rows = scope.run(u"SELECT id, full_name FROM staff WHERE active = 1 ORDER BY full_name, id"_s);
        if (!rows)
            return Error{rows.error()};
        QList<StaffRef> staff;
        while (rows->next())
            staff.append({rows->value(0).toLongLong(), rows->value(1).toString(), false});
        return staff;
    });
}

Result<QList<StaffRef>> StaffRegister::choose(const Scope &scope, const QList<StaffRef> &chosen, const QStringList &names)
{
    QList<StaffRef> staff;
    const auto add = [&](const StaffRef &member) {
        if (std::none_of(staff.begin(), staff.end(), [&](const StaffRef &s) { return s.staffId == member.staffId; }))
            staff.append(member);
    };
    if (!chosen.isEmpty()) {
        for (const StaffRef &c : chosen) {
            Result<QSqlQuery> row = scope.run(u"SELECT full_name FROM staff WHERE id = ? AND active = 1"_s, {c.staffId});
            if (!row)
                return Error{row.error()};
            if (!row->next())
                return Error{tr("Staff member number %1 is not in the staff register.").arg(c.staffId)};
            add({c.staffId, row->value(0).toString(), false});
        }
        return staff;
    }
    for (const QString &name : names) {
        if (name.trimmed().isEmpty())
            continue;
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, full_name FROM staff WHERE active = 1 AND (full_name = ? OR username = ?) ORDER BY id"_s,
            {name.trimmed(), name.trimmed()});
        if (!rows)
            return Error{rows.error()};
        QList<StaffRef> found;
        while (rows->next())
            found.append({rows->value(0).toLongLong(), rows->value(1).toString(), false});
        if (found.isEmpty())
            return Error{tr("%1 is not in the staff register: choose from it.").arg(name.trimmed())};
        if (found.size() > 1)
            return Error{tr("%1 names more than one staff member: choose from the register.").arg(name.trimmed())};
        add(found.first());
    }
    return staff;
}

} // namespace trinn
