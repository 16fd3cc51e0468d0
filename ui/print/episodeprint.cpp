#include "episodeprint.h"

#include "common/clinictime.h"
#include "patients/patient.h"
#include "programs/treatmentplan.h"
#include "reports/episodereport.h"
#include "storage/episodestore.h"
#include "storage/journal.h"
#include "storage/patientstore.h"
#include "storage/recoverystore.h"

namespace trinn {
namespace {

struct EpisodeOf
{
    Episode episode;
    Patient patient;
};

Result<EpisodeOf> episodeOf(Journal &journal, qint64 episodeId)
{
    const Result<Episode> episode = EpisodeStore(journal).episode(episodeId);
    if (!episode)
        return Error{episode.error()};
    const Result<Patient> patient = PatientStore(journal).get(episode->patientId);
    if (!patient)
        return Error{patient.error()};
    return EpisodeOf{*episode, *patient};
}

} // namespace

Result<PrintJob> EpisodePrint::build(Journal &journal, qint64 episodeId)
{
    const Result<EpisodeOf> of = episodeOf(journal, episodeId);
    if (!of)
        return Error{of.error()};
    const Result<QStringList> lines = EpisodeReport::build(journal, episodeId, clinictime::today());
    if (!lines)
        return Error{lines.error()};
    const QString title = tr("Episode report: %1").arg(of->episode.programName);
    QString body = Printing::heading(title);
    body += Printing::patientLine(of->patient);
    // The report's first line names the patient, shown above; an indented
    // line belongs to the one before it (a phase under "Phases:").
    QString items;
    const auto flush = [&] {
        if (!items.isEmpty())
            body += QStringLiteral("<ul>") + items + QStringLiteral("</ul>");
        items.clear();
    };
    for (qsizetype i = 1; i < lines->size(); ++i) {
        const QString &line = lines->at(i);
        if (line.startsWith(QStringLiteral("  "))) {
            items += QStringLiteral("<li>") + line.trimmed().toHtmlEscaped() + QStringLiteral("</li>");
            continue;
        }
        flush();
        body += QStringLiteral("<p>") + line.toHtmlEscaped() + QStringLiteral("</p>");
    }
    flush();
    body += Printing::signatureLines({tr("Date and signature, clinician responsible")});
    body += Printing::printedBy(journal);
    return PrintJob{title, tr("episode-report-%1.pdf").arg(of->patient.familyName.toLower()), Printing::document(title, body)};
}

Result<PrintJob> PlanPrint::build(Journal &journal, qint64 episodeId)
{
    const Result<EpisodeOf> of = episodeOf(journal, episodeId);
    if (!of)
        return Error{of.error()};
    const Result<TreatmentPlan> plan = RecoveryStore(journal).plan(episodeId);
    if (!plan)
        return Error{plan.error()};
    const QString title = tr("Treatment plan: %1").arg(of->episode.programName);
    QString body = Printing::heading(title, plan->reviewDate.isValid()
                                                ? tr("The plan is reviewed by %1.").arg(clinictime::formatDate(plan->reviewDate))
                                                : QString());
    body += Printing::patientLine(of->patient);
    QList<QStringList> rows;
    for (const TreatmentPlan::Area &area : plan->areas) {
        rows.append({LifeAreas::name(area.code), area.goals, area.measures,
                     area.reviewDate.isValid() ? clinictime::formatDate(area.reviewDate) : QString()});
    }
    body += Printing::table({tr("Life area"), tr("Goals"), tr("Measures"), tr("Review")}, rows);
    body += Printing::signatureLines({tr("Date and signature, patient"), tr("Date and signature, clinician")});
    body += Printing::printedBy(journal);
    return PrintJob{title, tr("treatment-plan-%1.pdf").arg(of->patient.familyName.toLower()), Printing::document(title, body)};
}

} // namespace trinn
