#include "episodereport.h"

#include "common/journalwords.h"
#include "access/gate.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "programs/coercionbasis.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"
#include "storage/recoverystore.h"

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

QString date(QDate d)
{
    return d.isValid() ? clinictime::formatDate(d) : QStringLiteral("–");
}

} // namespace

using Data = AccessPolicy::Data;

Result<QStringList> EpisodeReport::build(Journal &journal, qint64 episodeId, QDate today)
{
    return Gate::read(journal, Data::Programs, PatientRef::episode(episodeId), u"the episode report"_s,
                       [&](Scope &scope) -> Result<QStringList> {
        EpisodeStore episodes(journal);
        CareRecordStore care(journal);
        RecoveryStore recovery(journal);
        Result<Episode> e = episodes.episode(episodeId);
        if (!e)
            return Error{e.error()};
        Result<Patient> patient = PatientStore(journal).get(e->patientId);
        if (!patient)
            return Error{patient.error()};

        QStringList lines;
        lines << tr("%1 (%2): %3").arg(patient->fullName(), patient->nationalId, e->programName);
        lines << tr("Status: %1, from %2%3")
                     .arg(Episode::statusName(e->status), date(e->startDate),
                          e->endDate.isValid() ? tr(" to %1").arg(date(e->endDate)) : QString());
        if (!e->dischargeReason.isEmpty())
            lines << tr("Discharge reason: %1").arg(e->dischargeReason);

        lines << tr("Phases:");
        for (const Phase &p : std::as_const(e->phases)) {
            QString line;
            switch (p.status) {
            case Phase::Status::Completed:
                line = tr("%1: completed %2–%3 (%4 days; planned to end %5)")
                           .arg(p.name, date(p.actualStart), date(p.actualEnd))
                           .arg(p.actualStart.daysTo(p.actualEnd))
                           .arg(date(p.plannedEnd));
                break;
            case Phase::Status::Active:
                line = tr("%1: ongoing from %2, day %3, planned to end %4")
                           .arg(p.name, date(p.actualStart))
                           .arg(p.actualStart.daysTo(today) + 1)
                           .arg(date(p.plannedEnd));
                break;
            default:
                line = tr("%1: %2 %3–%4").arg(p.name, Phase::statusName(p.status), date(p.plannedStart), date(p.plannedEnd));
            }
            if (p.kind == phasekind::gathering && !p.note.isEmpty())
                line += tr(" (%1)").arg(p.note);
            lines << QStringLiteral("  ") + line;
        }

        Result<QList<EpisodeStore::FollowUpRecord>> calls = episodes.followUps(episodeId);
        if (calls && !calls->isEmpty()) {
            int done = 0;
            QString next;
            for (const auto &call : std::as_const(*calls)) {
                if (call.doneOn.isValid())
                    ++done;
                else if (next.isEmpty())
                    next = tr("next: %1 %2").arg(call.kind == QStringLiteral("phone") ? tr("phone call") : tr("letter"),
                                                 date(call.plannedOn));
            }
            lines << tr("Follow-ups: %1 of %2 done%3").arg(done).arg(calls->size()).arg(next.isEmpty() ? QString() : QStringLiteral("; ") + next);
        }

        Result<QList<std::pair<QString, bool>>> assessment = episodes.assessment(episodeId);
        if (assessment && !assessment->isEmpty()) {
            QStringList met;
            for (const auto &[criterion, applies] : std::as_const(*assessment))
                met << tr("%1: %2").arg(criterion, applies ? tr("yes") : tr("no"));
            lines << tr("Criteria assessment: %1").arg(met.join(QStringLiteral("; ")));
        }

        if (e->phaseByKind(phasekind::dayTreatment)) {
            Result<ProgramRules::DayTreatmentCheck> check = care.checkDayTreatment(episodeId, today);
            if (check) {
                lines << tr("Day treatment: %1 of %2 days").arg(check->daysAttended).arg(BuiltinPrograms::dayTreatmentDays);
                for (const QString &problem : std::as_const(check->problems))
                    lines << QStringLiteral("  ") + problem;
            }
        }

        // A reader whose role may not see medication gets the report without it.
        Result<QList<Medication>> medication = Gate::allows(journal, Data::Medication, AccessPolicy::Action::Read)
            ? care.medications(e->patientId)
            : Result<QList<Medication>>(QList<Medication>());
        if (medication) {
            for (const Medication &m : std::as_const(*medication))
                lines << tr("Medication: %1 %2 from %3%4")
                             .arg(journalwords::drug(m.drug), m.dose, date(m.start),
                                  m.stop.isValid() ? tr(" to %1").arg(date(m.stop)) : QString());
        }
        Result<QList<Coercion>> coercions = care.coercions(episodeId);
        if (coercions) {
            for (const Coercion &c : std::as_const(*coercions)) {
                const auto basis = CoercionBasis::of(c.legalBasis);
                lines << tr("Coercion: %1, decided by %2 on %3, valid until %4")
                             .arg(basis ? basis->name() : c.legalBasis, CoercionBasis::deciderName(c.decidedBy),
                                  date(c.decidedOn), c.validUntil.isValid() ? date(c.validUntil) : tr("no date"));
            }
        }
        Result<QList<RelativeAdvice>> advice = care.relativeAdvice(episodeId);
        if (advice) {
            for (const RelativeAdvice &a : std::as_const(*advice))
                lines << tr("Advice offered to %1 on %2 (%3)")
                             .arg(a.relativeName, date(a.offeredOn), a.accepted ? tr("accepted") : tr("declined"));
        }
        Result<QList<FamilyStay>> family = care.familyStays(e->patientId);
        if (family) {
            for (const FamilyStay &f : std::as_const(*family))
                lines << tr("Family program: %1 (%2) %3–%4").arg(f.relativeName, f.relation, date(f.start), date(f.end));
        }
        Result<QList<RelapseAssessment>> relapses = care.relapseAssessments(episodeId);
        if (relapses) {
            for (const RelapseAssessment &r : std::as_const(*relapses))
                lines << tr("Relapse assessment: sober %1 days; cause: %2; suggested length %3 days")
                             .arg(r.soberDays)
                             .arg(r.cause)
                             .arg(r.recommendedDays);
        }
        Result<TreatmentPlan> plan = recovery.plan(episodeId);
        if (plan && plan->id != 0) {
            int withGoals = 0;
            for (const TreatmentPlan::Area &area : std::as_const(plan->areas))
                withGoals += area.goals.isEmpty() ? 0 : 1;
            lines << tr("Treatment plan: goals in %1 of %2 life areas, review %3")
                         .arg(withGoals)
                         .arg(plan->areas.size())
                         .arg(date(plan->reviewDate));
        }
        Result<QList<StepProgress>> steps = recovery.steps(e->patientId);
        if (steps && !steps->isEmpty()) {
            QStringList done;
            for (const StepProgress &s : std::as_const(*steps))
                done << (s.completedOn.isValid() ? tr("step %1 completed %2").arg(s.step).arg(date(s.completedOn))
                                                 : tr("step %1 started %2").arg(s.step).arg(date(s.startedOn)));
            lines << tr("12-step progress: %1").arg(done.join(QStringLiteral("; ")));
        }
        return lines;
    });
}

} // namespace trinn
