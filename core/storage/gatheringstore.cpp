#include "gatheringstore.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "programs/programrules.h"
#include "storage/calendarstore.h"
#include "storage/episodestore.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>
#include <cstdlib>

using namespace Qt::StringLiterals;

namespace trinn {

using Data = AccessPolicy::Data;

namespace {
// A patient's planned gathering this close to the event's first day is the
// one the event replaces (moved), rather than a seventh one planned.
constexpr int moveWithinDays = 28;
const QString held = u"('planned', 'active', 'completed')"_s;
} // namespace

Result<QList<GatheringStore::Candidate>> GatheringStore::candidates(QDate start) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::none(), u"Phase 2 patients"_s,
                      [&](Scope &scope) -> Result<QList<Candidate>> {
        const QString day = clinictime::dateToStorage(start);
        Result<QSqlQuery> rows = scope.run(
            u"SELECT e.id, e.patient_id, p1.actual_end, EXISTS (SELECT 1 FROM phase g WHERE g.episode_id = e.id "
            "AND g.kind = 'gathering' AND g.status IN "_s + held + u" AND COALESCE(g.actual_start, g.planned_start) = ?) "
            "FROM episode e JOIN phase p1 ON p1.episode_id = e.id AND p1.kind = 'residential' AND p1.status = 'completed' "
            "WHERE e.status IN ('planned', 'active') AND e.program_code = ?"_s,
            {day, BuiltinPrograms::residential});
        if (!rows)
            return Error{rows.error()};
        QList<Candidate> list;
        while (rows->next()) {
            Candidate c;
            c.episodeId = rows->value(0).toLongLong();
            c.patientId = rows->value(1).toLongLong();
            c.discharge = sqlvalues::dateOf(rows->value(2));
            c.attends = rows->value(3).toInt() != 0 || rows->value(3).toBool();
            list.append(c);
        }
        rows->finish();
        QList<qint64> ids;
        for (const Candidate &c : std::as_const(list))
            ids << c.patientId;
        Result<QHash<qint64, QString>> names = CalendarStore::namesOf(scope, ids);
        if (!names)
            return Error{names.error()};
        for (Candidate &c : list)
            c.name = names->value(c.patientId);
        std::sort(list.begin(), list.end(), [](const Candidate &a, const Candidate &b) {
            return a.name.localeAwareCompare(b.name) < 0 || (a.name == b.name && a.episodeId < b.episodeId);
        });
        scope.touched(ids);
        return list;
    });
}

Result<qint64> GatheringStore::plan(const Plan &p)
{
    if (!p.start.isValid())
        return Error{tr("Choose the day the gathering starts. Nothing was saved.")};
    if (p.room.trimmed().isEmpty())
        return Error{tr("Name the room the gathering is in. Nothing was saved.")};
    if (p.episodeIds.isEmpty())
        return Error{tr("Choose the patients who come to the gathering. Nothing was saved.")};
    const QDate end = p.start.addDays(BuiltinPrograms::gatheringDays);
    return Gate::write(m_journal, Data::Programs, PatientRef::none(), u"planned a Phase 2 gathering"_s,
                       [&](Scope &scope) -> Result<qint64> {
        // The staff member from the register, by id: never a name typed in.
        const qint64 staffId = p.staffId != 0 ? p.staffId : scope.actor().staffId;
        if (staffId == 0)
            return Error{tr("Choose from the staff register who holds the gathering. Nothing was saved.")};
        Result<QSqlQuery> staff = scope.run(u"SELECT full_name, active FROM staff WHERE id = ?"_s, {staffId});
        if (!staff)
            return Error{staff.error()};
        if (!staff->next())
            return Error{tr("There is no staff member number %1 in the staff register. Nothing was saved.").arg(staffId)};
        const QString staffName = staff->value(0).toString();
        if (staff->value(1).toInt() == 0)
            return Error{tr("%1's account is disabled: choose someone else. Nothing was saved.").arg(staffName)};
        staff->finish();

        for (qint64 episodeId : p.episodeIds) {
            // Each patient's gathering through their own door: the access
            // policy (care team included) is asked for every one of them.
            Status joined = Gate::write(scope.journal(), Data::Programs, PatientRef::episode(episodeId),
                                        u"planned a Phase 2 gathering"_s, [&](Scope &own) -> Status {
                EpisodeStore episodes(own.journal());
                Result<Episode> e = episodes.episode(episodeId);
                if (!e)
                    return Error{e.error()};
                Result<QHash<qint64, QString>> names = CalendarStore::namesOf(own, {e->patientId});
                if (!names)
                    return Error{names.error()};
                const QString name = names->value(e->patientId);
                if (e->programCode != BuiltinPrograms::residential || !e->isOpen())
                    return Error{tr("%1 is not in Phase 2 of the residential program.").arg(name)};
                const Phase *phase1 = e->phaseByKind(phasekind::residential);
                const QDate discharge = phase1 && phase1->status == Phase::Status::Completed ? phase1->actualEnd : QDate();
                int planned = 0;
                const Phase *nearest = nullptr;
                for (const Phase &g : std::as_const(e->phases)) {
                    if (g.kind != phasekind::gathering || g.status == Phase::Status::Cancelled || g.status == Phase::Status::Skipped)
                        continue;
                    ++planned;
                    if (g.start() == p.start && g.end() == end)
                        return {}; // already comes
                    const qint64 apart = std::abs(g.plannedStart.daysTo(p.start));
                    if (g.status == Phase::Status::Planned && apart <= moveWithinDays
                        && (!nearest || apart < std::abs(nearest->plannedStart.daysTo(p.start))))
                        nearest = &g;
                }
                if (!nearest) {
                    Result<qint64> added = episodes.planGathering(episodeId, p.start, p.reason);
                    if (!added)
                        return Error{tr("%1: %2").arg(name, added.error())};
                    return {};
                }
                const Decision decision = ProgramRules::canPlanGathering(discharge, p.start, end, planned - 1, p.reason);
                if (!decision)
                    return Error{tr("%1: %2").arg(name, decision.reason)};
                Result<QSqlQuery> moved = own.run(
                    u"UPDATE phase SET planned_start = ?, planned_end = ?, note = ? WHERE id = ?"_s,
                    {clinictime::dateToStorage(p.start), clinictime::dateToStorage(end),
                     decision.reason.isEmpty() ? nearest->note : decision.reason, nearest->id});
                if (!moved)
                    return Error{moved.error()};
                return {};
            });
            if (!joined)
                return Error{joined.error() + u' ' + tr("Nothing was saved.")};
        }

        // One event per program and first day: planning it again changes its room and staff.
        const QVariantList where{BuiltinPrograms::residential, clinictime::dateToStorage(p.start)};
        Result<QSqlQuery> existing = scope.run(u"SELECT id FROM gathering_event WHERE program_code = ? AND starts_on = ?"_s, where);
        if (!existing)
            return Error{existing.error()};
        if (existing->next()) {
            const qint64 id = existing->value(0).toLongLong();
            existing->finish();
            Result<QSqlQuery> changed = scope.run(
                u"UPDATE gathering_event SET ends_on = ?, room = ?, staff_id = ?, staff_name = ? WHERE id = ?"_s,
                {clinictime::dateToStorage(end), p.room.trimmed(), staffId, staffName, id});
            if (!changed)
                return Error{changed.error()};
            return id;
        }
        existing->finish();
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO gathering_event (program_code, starts_on, ends_on, room, staff_id, staff_name) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {BuiltinPrograms::residential, clinictime::dateToStorage(p.start), clinictime::dateToStorage(end), p.room.trimmed(),
             staffId, staffName});
        if (!row || !row->next())
            return Error{row ? tr("The journal did not return the new gathering's number.") : row.error()};
        return row->value(0).toLongLong();
    });
}

} // namespace trinn
