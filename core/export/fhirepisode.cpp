#include "fhirresources.h"

using namespace Qt::StringLiterals;

namespace trinn::fhir {
namespace {

QString episodeStatus(Episode::Status status)
{
    switch (status) {
    case Episode::Status::Planned: return u"planned"_s;
    case Episode::Status::Active: return u"active"_s;
    case Episode::Status::Completed:
    case Episode::Status::Discharged: return u"finished"_s;
    case Episode::Status::Cancelled: return u"cancelled"_s;
    }
    return {};
}

QString phaseStatus(Phase::Status status)
{
    switch (status) {
    case Phase::Status::Planned: return u"planned"_s;
    case Phase::Status::Active: return u"in-progress"_s;
    case Phase::Status::Completed: return u"finished"_s;
    case Phase::Status::Skipped:
    case Phase::Status::Cancelled: return u"cancelled"_s;
    }
    return {};
}

} // namespace

QJsonObject episodeOfCare(const Context &context, const Episode &episode)
{
    QJsonObject r = resource(context, u"EpisodeOfCare"_s, episode.id);
    r.insert(u"status"_s, episodeStatus(episode.status));
    r.insert(u"type"_s, QJsonArray{codeable(episode.programName)});
    r.insert(u"patient"_s, context.reference(u"Patient"_s, episode.patientId));
    put(r, u"period"_s, period(date(episode.startDate), episode.isOpen() ? QString() : date(episode.endDate)));
    // The phases lived so far, in order: the episode was active through each
    // (the phases themselves, with their names, are Encounters of the episode).
    QJsonArray history;
    for (const Phase &phase : episode.phases) {
        if (!phase.actualStart.isValid())
            continue;
        history.append(QJsonObject{{u"status"_s, u"active"_s},
                                   {u"period"_s, period(date(phase.actualStart), date(phase.actualEnd))}});
    }
    put(r, u"statusHistory"_s, history);
    return r;
}

QJsonObject phaseEncounter(const Context &context, const Episode &episode, const Phase &phase)
{
    QJsonObject r = resource(context, u"Encounter"_s, u"phase/"_s + QString::number(phase.id));
    r.insert(u"status"_s, phaseStatus(phase.status));
    r.insert(u"class"_s, phase.residential ? coding(u"http://terminology.hl7.org/CodeSystem/v3-ActCode"_s, u"IMP"_s, u"inpatient encounter"_s)
                                           : coding(u"http://terminology.hl7.org/CodeSystem/v3-ActCode"_s, u"AMB"_s, u"ambulatory"_s));
    r.insert(u"type"_s, QJsonArray{codeable(phase.name)});
    r.insert(u"serviceType"_s, codeable(episode.programName));
    r.insert(u"subject"_s, context.reference(u"Patient"_s, episode.patientId));
    r.insert(u"episodeOfCare"_s, QJsonArray{context.reference(u"EpisodeOfCare"_s, episode.id)});
    const bool lived = phase.actualStart.isValid();
    put(r, u"period"_s, lived ? period(date(phase.actualStart), date(phase.actualEnd))
                              : period(date(phase.plannedStart), date(phase.plannedEnd)));
    // A completed phase's length in days, as the journal counts it.
    if (lived && phase.actualEnd.isValid()) {
        r.insert(u"length"_s, QJsonObject{{u"value"_s, phase.actualStart.daysTo(phase.actualEnd)}, {u"unit"_s, u"days"_s},
                                          {u"system"_s, u"http://unitsofmeasure.org"_s}, {u"code"_s, u"d"_s}});
    }
    return r;
}

QJsonObject carePlan(const Context &context, const PlanRecord &record)
{
    const TreatmentPlan &plan = record.plan;
    QJsonObject r = resource(context, u"CarePlan"_s, plan.id);
    r.insert(u"status"_s, u"active"_s);
    r.insert(u"intent"_s, u"plan"_s);
    r.insert(u"title"_s, QString(u"Treatment plan: "_s + record.programName));
    r.insert(u"subject"_s, context.reference(u"Patient"_s, record.patientId));
    r.insert(u"supportingInfo"_s, QJsonArray{context.reference(u"EpisodeOfCare"_s, plan.episodeId, record.programName)});
    put(r, u"period"_s, period({}, date(plan.reviewDate)));
    QJsonArray activities;
    for (const TreatmentPlan::Area &area : plan.areas) {
        if (area.goals.trimmed().isEmpty() && area.measures.trimmed().isEmpty())
            continue;
        QJsonObject detail{{u"status"_s, u"in-progress"_s}, {u"code"_s, codeable(LifeAreas::name(area.code))}};
        QStringList words;
        if (!area.goals.trimmed().isEmpty())
            words << u"Goals: "_s + area.goals.trimmed();
        if (!area.measures.trimmed().isEmpty())
            words << u"Measures: "_s + area.measures.trimmed();
        detail.insert(u"description"_s, words.join(u'\n'));
        if (area.reviewDate.isValid())
            detail.insert(u"scheduledPeriod"_s, period({}, date(area.reviewDate)));
        activities.append(QJsonObject{{u"detail"_s, detail}});
    }
    put(r, u"activity"_s, activities);
    return r;
}

} // namespace trinn::fhir
