#include "timelinestore.h"

#include "common/clinictime.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"
#include "storage/recoverystore.h"

#include <algorithm>

namespace trinn {
namespace {

QDateTime morning(QDate day)
{
    return clinictime::at(day, QTime(8, 0));
}

} // namespace

Result<QList<TimelineEntry>> TimelineStore::timeline(qint64 patientId) const
{
    Result<Patient> patient = PatientStore(m_journal).get(patientId);
    if (!patient)
        return Error{patient.error()};
    QList<TimelineEntry> entries;
    entries.append({patient->createdAt, TimelineEntry::Kind::Registration, tr("Registered in Trinn"),
                    tr("National id %1, born %2").arg(patient->nationalId, clinictime::formatDate(patient->birthDate))});
    for (const NextOfKin &person : std::as_const(patient->nextOfKin)) {
        if (person.consentToShare)
            entries.append({person.consentRecordedAt, TimelineEntry::Kind::NextOfKin,
                            tr("Consent to share information with %1").arg(person.name), person.relation});
    }

    Result<QList<Episode>> episodes = EpisodeStore(m_journal).episodesOf(patientId);
    if (!episodes)
        return Error{episodes.error()};
    for (const Episode &episode : std::as_const(*episodes)) {
        for (const Phase &phase : episode.phases) {
            const QString title = tr("%1: %2").arg(episode.programName, phase.name);
            switch (phase.status) {
            case Phase::Status::Planned:
                entries.append({morning(phase.plannedStart), TimelineEntry::Kind::Phase, title,
                                tr("planned %1–%2").arg(clinictime::formatDate(phase.plannedStart),
                                                         clinictime::formatDate(phase.plannedEnd))});
                break;
            case Phase::Status::Active:
                entries.append({morning(phase.actualStart), TimelineEntry::Kind::Phase, title,
                                tr("started; planned to end %1").arg(clinictime::formatDate(phase.plannedEnd))});
                break;
            case Phase::Status::Completed:
                entries.append({morning(phase.actualStart), TimelineEntry::Kind::Phase, title, tr("started")});
                entries.append({morning(phase.actualEnd), TimelineEntry::Kind::Phase, title,
                                tr("completed after %1 days").arg(phase.actualStart.daysTo(phase.actualEnd))});
                break;
            case Phase::Status::Skipped:
            case Phase::Status::Cancelled:
                entries.append({morning(phase.plannedStart), TimelineEntry::Kind::Phase, title,
                                Phase::statusName(phase.status) + (phase.note.isEmpty() ? QString() : QStringLiteral(": ") + phase.note)});
                break;
            }
        }
        if (episode.status == Episode::Status::Discharged)
            entries.append({morning(episode.endDate), TimelineEntry::Kind::Phase,
                            tr("Discharged from %1").arg(episode.programName), episode.dischargeReason});
        Result<QList<EpisodeStore::FollowUpRecord>> calls = EpisodeStore(m_journal).followUps(episode.id);
        if (calls) {
            for (const auto &call : std::as_const(*calls)) {
                if (call.doneOn.isValid())
                    entries.append({morning(call.doneOn), TimelineEntry::Kind::Phase,
                                    call.kind == QStringLiteral("phone") ? tr("Follow-up phone call") : tr("Follow-up letter"),
                                    call.note});
            }
        }
    }

    CareRecordStore care(m_journal);
    if (Result<QList<Medication>> medication = care.medications(patientId)) {
        for (const Medication &m : std::as_const(*medication)) {
            entries.append({morning(m.start), TimelineEntry::Kind::Phase, tr("%1 started").arg(m.drug), m.dose});
            if (m.stop.isValid())
                entries.append({morning(m.stop), TimelineEntry::Kind::Phase, tr("%1 stopped").arg(m.drug), QString()});
        }
    }
    if (Result<QList<FamilyStay>> family = care.familyStays(patientId)) {
        for (const FamilyStay &f : std::as_const(*family))
            entries.append({morning(f.start), TimelineEntry::Kind::Phase, tr("Family program: %1").arg(f.relativeName),
                            tr("%1, %2–%3").arg(f.relation, clinictime::formatDate(f.start), clinictime::formatDate(f.end))});
    }
    if (Result<QList<StepProgress>> steps = RecoveryStore(m_journal).steps(patientId)) {
        for (const StepProgress &s : std::as_const(*steps)) {
            if (s.completedOn.isValid())
                entries.append({morning(s.completedOn), TimelineEntry::Kind::Phase, tr("Step %1 completed").arg(s.step),
                                tr("confirmed by %1").arg(s.confirmedBy)});
            else if (s.startedOn.isValid())
                entries.append({morning(s.startedOn), TimelineEntry::Kind::Phase, tr("Step %1 started").arg(s.step), s.note});
        }
    }
    std::stable_sort(entries.begin(), entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.when > b.when; });
    return entries;
}

} // namespace trinn
