#include "recoverystore.h"

#include "common/correction.h"

#include "access/gate.h"

#include "common/clinictime.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::dateOf;
using trinn::sqlvalues::text;

namespace trinn {

using Data = AccessPolicy::Data;

Status RecoveryStore::recordStep(qint64 patientId, const StepProgress &step, const QString &reason)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::patient(patientId), u"recorded 12-step progress"_s,
                       [&](Scope &scope) -> Status {
        // A completed step is confirmed by the staff member who records it.
        StepProgress confirmed = step;
        confirmed.confirmedBy = step.completedOn.isValid()
            ? scope.actor().displayName()
            : QString(u""_s);
        const QString &confirmer = confirmed.confirmedBy;
        Result<QList<StepProgress>> recorded = steps(patientId);
        if (!recorded)
            return Error{recorded.error()};
        if (Decision decision = StepRules::canRecord(confirmed, *recorded); !decision)
            return Error{decision.reason};
        // Completing a started step moves it on; changing a date it had is a correction.
        const auto before = std::find_if(recorded->cbegin(), recorded->cend(), [&](const StepProgress &s) { return s.step == step.step; });
        const bool correcting = before != recorded->cend()
            && (before->startedOn != step.startedOn || (before->completedOn.isValid() && before->completedOn != step.completedOn));
        if (Decision why = Correction::needsReason(correcting, reason, tr("step %1").arg(step.step)); !why)
            return Error{why.reason};
        if (!reason.trimmed().isEmpty()) {
            if (Status given = scope.giveReason(reason); !given)
                return given;
        }
        Result<QSqlQuery> done = scope.run(
            u"INSERT INTO step_progress (patient_id, step, started_on, completed_on, confirmed_by, note) "
            "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (patient_id, step) DO UPDATE SET started_on = excluded.started_on, "
            "completed_on = excluded.completed_on, confirmed_by = excluded.confirmed_by, note = excluded.note"_s,
            {patientId, step.step, sqlvalues::date(step.startedOn), sqlvalues::date(step.completedOn),
             confirmer, step.note.isNull() ? u""_s : step.note});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

Result<QList<StepProgress>> RecoveryStore::steps(qint64 patientId) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::patient(patientId), u"12-step progress"_s,
                       [&](Scope &scope) -> Result<QList<StepProgress>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT step, started_on, completed_on, confirmed_by, note FROM step_progress WHERE patient_id = ? ORDER BY step"_s,
            {patientId});
        if (!rows)
            return Error{rows.error()};
        QList<StepProgress> list;
        while (rows->next())
            list.append({rows->value(0).toInt(), dateOf(rows->value(1)), dateOf(rows->value(2)), rows->value(3).toString(),
                         rows->value(4).toString()});
        return list;
    });
}

Result<TreatmentPlan> RecoveryStore::plan(qint64 episodeId) const
{
    TreatmentPlan plan;
    plan.episodeId = episodeId;
    return Gate::read(m_journal, Data::Programs, PatientRef::episode(episodeId), u"treatment plan"_s,
                       [&](Scope &scope) -> Result<TreatmentPlan> {
        Result<QSqlQuery> row = scope.run(u"SELECT id, review_date FROM treatment_plan WHERE episode_id = ?"_s, {episodeId});
        if (!row)
            return Error{row.error()};
        if (row->next()) {
            plan.id = row->value(0).toLongLong();
            plan.reviewDate = dateOf(row->value(1));
        }
        row->finish();
        for (const QString &code : LifeAreas::codes())
            plan.areas.append({code, QString(), QString(), QDate()});
        if (plan.id == 0)
            return plan;
        Result<QSqlQuery> areas = scope.run(
            u"SELECT area, goals, measures, review_date FROM plan_area WHERE plan_id = ?"_s, {plan.id});
        if (!areas)
            return Error{areas.error()};
        while (areas->next()) {
            for (TreatmentPlan::Area &area : plan.areas) {
                if (area.code == areas->value(0).toString()) {
                    area.goals = areas->value(1).toString();
                    area.measures = areas->value(2).toString();
                    area.reviewDate = dateOf(areas->value(3));
                }
            }
        }
        return plan;
    });
}

Status RecoveryStore::savePlan(const TreatmentPlan &plan, const QString &reason)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::episode(plan.episodeId), u"saved the treatment plan"_s,
                       [&](Scope &scope) -> Status {
        if (Decision decision = LifeAreas::validate(plan); !decision)
            return Error{decision.reason};
        if (!reason.trimmed().isEmpty()) {
            if (Status given = scope.giveReason(reason); !given)
                return given;
        }
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO treatment_plan (episode_id, review_date, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (episode_id) DO UPDATE SET review_date = excluded.review_date, updated_at = excluded.updated_at "
            "RETURNING id"_s,
            {plan.episodeId, clinictime::dateToStorage(plan.reviewDate), clinictime::toStorage(clinictime::now())});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("The journal did not return the plan's number.")};
        const qint64 planId = row->value(0).toLongLong();
        row->finish();
        for (const TreatmentPlan::Area &area : plan.areas) {
            Result<QSqlQuery> done = scope.run(
                u"INSERT INTO plan_area (plan_id, area, goals, measures, review_date) VALUES (?, ?, ?, ?, ?) "
                "ON CONFLICT (plan_id, area) DO UPDATE SET goals = excluded.goals, measures = excluded.measures, "
                "review_date = excluded.review_date"_s,
                {planId, area.code, area.goals.isNull() ? u""_s : area.goals.trimmed(),
                 area.measures.isNull() ? u""_s : area.measures.trimmed(), sqlvalues::date(area.reviewDate)});
            if (!done)
                return Error{done.error()};
        }
        return {};
    });
}

} // namespace trinn
