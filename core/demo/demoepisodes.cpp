#include "demoepisodes.h"

#include "programs/builtinprograms.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/staffstore.h"
#include "storage/programstore.h"
#include "storage/recoverystore.h"

#include <QHash>
#include <QRandomGenerator>

namespace trinn {
namespace {

QString pickProgram(QRandomGenerator &random)
{
    const int roll = random.bounded(100);
    if (roll < 40)
        return BuiltinPrograms::residential;
    if (roll < 50)
        return BuiltinPrograms::evening;
    if (roll < 60)
        return BuiltinPrograms::fullTime;
    if (roll < 75)
        return BuiltinPrograms::specialist;
    if (roll < 85)
        return BuiltinPrograms::municipalDay;
    if (roll < 93)
        return BuiltinPrograms::traumaLevel1;
    return BuiltinPrograms::mbrp;
}

// Lives the episode's phases up to today, in the order their days come:
// started on the planned day, completed a day or two late now and then, and
// some patients leave early.
Status live(EpisodeStore &episodes, QRandomGenerator &random, qint64 episodeId, QDate today)
{
    const bool dropsOut = random.bounded(100) < 10;
    QHash<qint64, int> lateBy;
    for (int step = 0; step < 40; ++step) {
        Result<Episode> episode = episodes.episode(episodeId);
        if (!episode)
            return Error{episode.error()};
        if (!episode->isOpen())
            return {};
        const Phase *next = nullptr;
        QDate when;
        for (const Phase &p : episode->phases) {
            QDate event;
            if (p.status == Phase::Status::Planned) {
                // A phase starts when the one before it has ended.
                bool waiting = false;
                event = p.plannedStart;
                for (const Phase &earlier : episode->phases) {
                    if (earlier.position >= p.position || earlier.kind == phasekind::gathering || p.kind == phasekind::gathering)
                        continue;
                    waiting = waiting || earlier.status == Phase::Status::Active || earlier.status == Phase::Status::Planned;
                    if (earlier.actualEnd.isValid())
                        event = std::max(event, earlier.actualEnd);
                }
                if (waiting)
                    continue;
            } else
            if (p.status == Phase::Status::Active)
                event = p.plannedEnd.addDays(lateBy.contains(p.id) ? lateBy.value(p.id) : (lateBy[p.id] = random.bounded(3)));
            else if (p.status != Phase::Status::Planned)
                continue;
            if (!next || event < when) {
                next = &p;
                when = event;
            }
        }
        if (!next || when > today)
            return {};
        if (next->status == Phase::Status::Planned) {
            if (Status started = episodes.startPhase(next->id, when); !started)
                return next->kind == phasekind::gathering ? episodes.skipPhase(next->id, DemoEpisodes::tr("Could not come"))
                                                          : started;
            continue;
        }
        if (dropsOut && next->kind != phasekind::gathering && random.bounded(3) == 0) {
            const QDate left = next->actualStart.addDays(random.bounded(std::max<qint64>(1, next->actualStart.daysTo(when))));
            return episodes.discharge(episodeId, left, DemoEpisodes::tr("Left treatment against advice"), false);
        }
        // The demo records no day-treatment days: it says so when it completes one.
        const QString note = next->kind == phasekind::dayTreatment
            ? DemoEpisodes::tr("Completed; the days are kept in the municipality's own records.") : QString();
        if (Status completed = episodes.completePhase(next->id, when, note); !completed)
            return completed;
    }
    return {};
}

} // namespace

Result<bool> DemoEpisodes::add(Journal &journal, QRandomGenerator &random, qint64 patientId, QDate registered, QDate today)
{
    const QString code = pickProgram(random);
    Result<ProgramTemplate> program = ProgramStore(journal).find(code);
    if (!program)
        return Error{program.error()};
    EpisodeStore episodes(journal);
    EpisodeStore::Enrolment enrolment;
    enrolment.patientId = patientId;
    enrolment.program = code;
    enrolment.start = registered.addDays(random.bounded(7, 30));
    if (enrolment.start > today.addDays(21))
        return false;
    if (code == BuiltinPrograms::residential && random.bounded(3) == 0)
        enrolment.optionalPhases << QStringLiteral("detox");
    if (code == BuiltinPrograms::fullTime) // the demo clinic offers medical detox
        enrolment.optionalPhases << QStringLiteral("detox");
    for (const Criterion &criterion : std::as_const(program->criteria))
        enrolment.assessment.append({criterion.key(), criterion.kind == Criterion::Kind::Inclusion});
    // In LAR before a LAR group takes them (migration 24): the opioid
    // agonist is prescribed and the patient has an individual therapist.
    CareRecordStore care(journal);
    const bool opioidTreatment = program->service == service::lar || (code == BuiltinPrograms::specialist && random.bounded(3) == 0);
    if (opioidTreatment) {
        const bool methadone = random.bounded(2) == 0;
        Medication m;
        m.patientId = patientId;
        m.drug = methadone ? QStringLiteral("methadone") : QStringLiteral("buprenorphine");
        m.dose = methadone ? QStringLiteral("%1 mg").arg(60 + 10 * random.bounded(5)) : QStringLiteral("%1 mg").arg(8 + 4 * random.bounded(3));
        m.start = enrolment.start.addDays(-random.bounded(30, 400));
        m.prescriber = QStringLiteral("LAR-lege");
        if (Result<qint64> added = care.addMedication(m); !added)
            return Error{added.error()};
    }
    if (program->needsIndividualTherapist) {
        if (Status added = StaffStore(journal).addToCareTeam(patientId, QStringLiteral("terapeut")); !added)
            return Error{added.error()};
    }

    Result<qint64> episodeId = episodes.enrol(enrolment);
    if (!episodeId)
        return false; // a full course or another rule: this patient waits
    if (Status lived = live(episodes, random, *episodeId, today); !lived)
        return Error{lived.error()};

    if (code == BuiltinPrograms::residential) {
        Result<Episode> episode = episodes.episode(*episodeId);
        const Phase *phase1 = episode ? episode->phaseByKind(phasekind::residential) : nullptr;
        if (phase1 && phase1->actualStart.isValid()) {
            RecoveryStore recovery(journal);
            const QDate until = phase1->actualEnd.isValid() ? phase1->actualEnd : today;
            for (int step = 1; step <= 4; ++step) {
                const QDate started = phase1->actualStart.addDays((step - 1) * 20);
                const QDate completed = started.addDays(18);
                if (started > until)
                    break;
                StepProgress progress{step, started, completed <= until ? completed : QDate(),
                                      completed <= until ? QStringLiteral("Demo Terapeut") : QString(), QString()};
                if (Status recorded = recovery.recordStep(patientId, progress); !recorded)
                    return Error{recorded.error()};
            }
        }
    }
    return true;
}

} // namespace trinn
