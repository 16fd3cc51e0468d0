#include "careteamstore.h"

#include "access/gate.h"
#include "storage/journal.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace trinn {

Result<QList<StaffAccount>> CareTeamStore::members(qint64 patientId) const
{
    return Gate::read(m_journal, AccessPolicy::Data::Programs, PatientRef::patient(patientId), u"care team"_s,
                      [&](Scope &scope) -> Result<QList<StaffAccount>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT s.id, s.username, s.full_name, s.roles, s.active FROM care_team c JOIN staff s ON s.id = c.staff_id "
            "WHERE c.patient_id = ? ORDER BY s.full_name, s.username"_s,
            {patientId});
        if (!rows)
            return Error{rows.error()};
        QList<StaffAccount> list;
        while (rows->next()) {
            StaffAccount a;
            a.id = rows->value(0).toLongLong();
            a.username = rows->value(1).toString();
            a.fullName = rows->value(2).toString();
            for (const QString &code : rows->value(3).toString().split(u',', Qt::SkipEmptyParts)) {
                if (const auto role = AccessPolicy::roleFromCode(code))
                    a.roles.insert(*role);
            }
            a.active = rows->value(4).toInt() != 0;
            list << a;
        }
        return list;
    });
}

Status CareTeamStore::add(qint64 patientId, qint64 staffId)
{
    return Gate::write(m_journal, AccessPolicy::Data::Programs, PatientRef::patient(patientId), u"added a staff member to the care team"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> staff = scope.run(u"SELECT full_name, active FROM staff WHERE id = ?"_s, {staffId});
        if (!staff)
            return Error{staff.error()};
        if (!staff->next())
            return Error{tr("There is no staff member number %1; nothing was saved.").arg(staffId)};
        const QString name = staff->value(0).toString();
        const bool active = staff->value(1).toInt() != 0;
        staff->finish();
        if (!active)
            return Error{tr("%1's account is disabled: a disabled account cannot join a care team; nothing was saved.").arg(name)};
        Result<QSqlQuery> there = scope.run(u"SELECT 1 FROM care_team WHERE patient_id = ? AND staff_id = ?"_s, {patientId, staffId});
        if (!there)
            return Error{there.error()};
        if (there->next())
            return Error{tr("%1 is on the care team already.").arg(name)};
        there->finish();
        Result<QSqlQuery> done = scope.run(u"INSERT INTO care_team (patient_id, staff_id) VALUES (?, ?)"_s, {patientId, staffId});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

Status CareTeamStore::remove(qint64 patientId, qint64 staffId)
{
    return Gate::write(m_journal, AccessPolicy::Data::Programs, PatientRef::patient(patientId),
                       u"removed a staff member from the care team"_s, [&](Scope &scope) -> Status {
        Result<QSqlQuery> done = scope.run(u"DELETE FROM care_team WHERE patient_id = ? AND staff_id = ?"_s, {patientId, staffId});
        if (!done)
            return Error{done.error()};
        if (done->numRowsAffected() != 1)
            return Error{tr("That staff member is not on the care team; nothing was removed.")};
        return {};
    });
}

} // namespace trinn
