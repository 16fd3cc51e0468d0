#include "treatmentplan.h"

#include "common/clinictime.h"

namespace trinn {

QStringList LifeAreas::codes()
{
    return {QStringLiteral("intake-control"), QStringLiteral("guilt-shame"), QStringLiteral("mental-health"),
            QStringLiteral("somatic-health"),  QStringLiteral("housing"),     QStringLiteral("work"),
            QStringLiteral("sober-network"),   QStringLiteral("skills-education"), QStringLiteral("craving")};
}

QString LifeAreas::name(const QString &code)
{
    if (code == u"intake-control") return tr("Control of intake");
    if (code == u"guilt-shame") return tr("Guilt and shame");
    if (code == u"mental-health") return tr("Mental health (depression, anxiety, trauma, ADHD, psychosis)");
    if (code == u"somatic-health") return tr("Somatic health (hepatitis, malnutrition, cirrhosis, nerve damage)");
    if (code == u"housing") return tr("Housing");
    if (code == u"work") return tr("Work");
    if (code == u"sober-network") return tr("Sober network");
    if (code == u"skills-education") return tr("Skills and education");
    if (code == u"craving") return tr("Craving");
    return code;
}

Decision LifeAreas::validate(const TreatmentPlan &plan)
{
    if (!plan.reviewDate.isValid())
        return Decision::deny(tr("The treatment plan needs a review date."));
    int withGoals = 0;
    for (const TreatmentPlan::Area &area : plan.areas) {
        if (!codes().contains(area.code))
            return Decision::deny(tr("\"%1\" is not a life area of the treatment plan.").arg(area.code));
        if (area.goals.trimmed().isEmpty())
            continue;
        ++withGoals;
        if (area.measures.trimmed().isEmpty())
            return Decision::deny(tr("%1 has goals but no measures.").arg(name(area.code)));
    }
    if (withGoals == 0)
        return Decision::deny(tr("The treatment plan needs goals in at least one life area."));
    return Decision::allow();
}

Decision StepRules::canRecord(const StepProgress &step, const QList<StepProgress> &recorded)
{
    if (step.step < 1 || step.step > 12)
        return Decision::deny(tr("There are 12 steps; %1 is not one of them.").arg(step.step));
    if (step.completedOn.isValid() && !step.startedOn.isValid())
        return Decision::deny(tr("Step %1 needs a start date before it can be completed.").arg(step.step));
    if (step.completedOn.isValid() && step.completedOn < step.startedOn)
        return Decision::deny(tr("Step %1 cannot be completed (%2) before it was started (%3).")
                                  .arg(step.step)
                                  .arg(clinictime::formatDate(step.completedOn), clinictime::formatDate(step.startedOn)));
    if (step.completedOn.isValid() && step.confirmedBy.trimmed().isEmpty())
        return Decision::deny(tr("Say who confirmed that step %1 is completed.").arg(step.step));
    if (step.completedOn.isValid() && step.step > 1) {
        bool previousDone = false;
        for (const StepProgress &other : recorded)
            previousDone = previousDone || (other.step == step.step - 1 && other.completedOn.isValid());
        if (!previousDone)
            return Decision::deny(tr("Step %1 cannot be completed before step %2.").arg(step.step).arg(step.step - 1));
    }
    return Decision::allow();
}

} // namespace trinn
