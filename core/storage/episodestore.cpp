#include "episodestore.h"
#include "common/journalwords.h"
#include "storage/groupstore.h"
#include "testing/medicationidentity.h"

#include "common/clinictime.h"
#include "common/correction.h"
#include "programs/builtinprograms.h"
#include "programs/programrules.h"
#include "access/gate.h"
#include "storage/intakestore.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"
#include "storage/patientstore.h"
#include "storage/programstore.h"
#include "storage/substanceteststore.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::dateOf;
using trinn::sqlvalues::text;

namespace trinn {
namespace {

// In LAR: an opioid agonist (ATC N07BC: methadone, buprenorphine, …) prescribed.
bool isOpioidAgonist(const QString &drug)
{
    const std::optional<MedicationIdentity> identity = medicationIdentityOf(drug);
    return identity && identity->atc.startsWith(u"N07BC"_s);
}

const QString phaseColumns = u"id, episode_id, position, code, name, kind, residential, min_days, max_days, max_months, "
                             "planned_start, planned_end, actual_start, actual_end, status, note"_s;


Phase phaseFrom(const QSqlQuery &q)
{
    Phase p;
    p.id = q.value(0).toLongLong();
    p.episodeId = q.value(1).toLongLong();
    p.position = q.value(2).toInt();
    p.code = q.value(3).toString();
    p.name = journalwords::program(q.value(4).toString());
    p.kind = q.value(5).toString();
    p.residential = q.value(6).toInt() != 0;
    p.minDays = q.value(7).toInt();
    p.maxDays = q.value(8).toInt();
    p.maxMonths = q.value(9).toInt();
    p.plannedStart = dateOf(q.value(10));
    p.plannedEnd = dateOf(q.value(11));
    p.actualStart = dateOf(q.value(12));
    p.actualEnd = dateOf(q.value(13));
    p.status = Phase::statusFromCode(q.value(14).toString());
    p.note = q.value(15).toString();
    return p;
}

} // namespace

using Data = AccessPolicy::Data;

Result<qint64> EpisodeStore::enrol(const Enrolment &enrolment)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::patient(enrolment.patientId), u"enrolled in a program"_s,
                       [&](Scope &scope) -> Result<qint64> {
        PatientStore patients(m_journal);
        Result<Patient> patient = patients.get(enrolment.patientId);
        if (!patient)
            return Error{patient.error()};
        Result<ProgramTemplate> program = ProgramStore(m_journal).find(enrolment.program);
        if (!program)
            return Error{program.error()};
        const QDate start = enrolment.start.isValid() ? enrolment.start : clinictime::today();

        Result<QList<Episode>> episodes = episodesOf(enrolment.patientId);
        if (!episodes)
            return Error{episodes.error()};
        for (const Episode &existing : std::as_const(*episodes)) {
            if (existing.programCode == program->code && existing.isOpen())
                return Error{tr("%1 is already enrolled in %2 (from %3).")
                                 .arg(patient->fullName(), existing.programName, clinictime::formatDate(existing.startDate))};
        }

        {
            // Who the program is for, read inside this write.
            ProgramRules::PatientFacts facts;
            facts.name = patient->fullName();
            if (patient->birthDate.isValid())
                facts.age = clinictime::ageOn(patient->birthDate, start);
            if (program->forLarPatients) {
                Result<QSqlQuery> drugs = scope.run(
                    u"SELECT drug FROM medication WHERE patient_id = ? AND start_date <= ? "
                    "AND (stop_date IS NULL OR stop_date >= ?)"_s,
                    {enrolment.patientId, clinictime::dateToStorage(start), clinictime::dateToStorage(start)});
                if (!drugs)
                    return Error{drugs.error()};
                while (drugs->next() && !facts.inLar)
                    facts.inLar = isOpioidAgonist(drugs->value(0).toString());
                drugs->finish();
            }
            if (program->needsIndividualTherapist) {
                Result<QSqlQuery> therapist = scope.run(
                    u"SELECT COUNT(*) FROM care_team c JOIN staff s ON s.id = c.staff_id "
                    "WHERE c.patient_id = ? AND s.active = 1 AND s.roles LIKE '%therapist%'"_s,
                    {enrolment.patientId});
                if (!therapist || !therapist->next())
                    return Error{therapist ? tr("The journal did not answer.") : therapist.error()};
                facts.hasIndividualTherapist = therapist->value(0).toInt() > 0;
                therapist->finish();
            }
            if (Decision eligible = ProgramRules::canEnrolPatient(*program, facts); !eligible)
                return Error{eligible.reason};
        }

        // The run of a course that has its group: the patient becomes a member.
        Result<std::optional<TherapyGroup>> run = program->capacity > 0
            ? GroupStore::courseRun(scope, program->code, start) : Result<std::optional<TherapyGroup>>(std::nullopt);
        if (!run)
            return Error{run.error()};
        if (program->capacity > 0 || !program->prerequisiteCode.isEmpty() || !program->criteria.isEmpty()) {
            ProgramRules::CourseFacts facts;
            // Counted inside this write, over the run (the same first day):
            // the next cohort has its own places, and a place taken through
            // the run's group counts as one taken here.
            Result<int> taken = GroupStore::placesTaken(scope, program->code, start);
            if (!taken)
                return Error{taken.error()};
            facts.enrolled = *taken;
            if (run && *run && (*run)->capacity > 0)
                program->capacity = (*run)->capacity;
            if (!program->prerequisiteCode.isEmpty()) {
                Result<ProgramTemplate> prerequisite = ProgramStore(m_journal).find(program->prerequisiteCode);
                facts.prerequisiteName = prerequisite ? prerequisite->name : program->prerequisiteCode;
                for (const Episode &existing : std::as_const(*episodes))
                    facts.prerequisiteCompleted = facts.prerequisiteCompleted
                        || (existing.programCode == program->prerequisiteCode && existing.status == Episode::Status::Completed);
            }
            facts.assessment = enrolment.assessment;
            if (Decision decision = ProgramRules::canEnrolInCourse(*program, facts, start); !decision)
                return Error{decision.reason};
        }

        QList<Phase> phases = PhasePlanner::plan(*program, start, enrolment.optionalPhases);
        if (phases.isEmpty())
            return Error{tr("%1 has no phases to plan.").arg(program->name)};

        {
            QList<std::pair<Episode, QString>> others;
            ProgramStore programs(m_journal);
            for (const Episode &existing : std::as_const(*episodes)) {
                if (!existing.isOpen())
                    continue;
                Result<ProgramTemplate> of = programs.find(existing.programCode);
                others.append({existing, of ? of->service : QString()});
            }
            if (Decision beside = ProgramRules::canEnrolBeside(*program, phases, others); !beside)
                return Error{beside.reason};
        }

        if (program->code == BuiltinPrograms::stabilization) {
            QDate phase1End;
            for (const Episode &existing : std::as_const(*episodes)) {
                const Phase *phase1 = existing.programCode == BuiltinPrograms::residential
                    ? existing.phaseByKind(phasekind::residential) : nullptr;
                if (phase1 && phase1->status == Phase::Status::Completed && phase1->actualEnd > phase1End)
                    phase1End = phase1->actualEnd;
            }
            Result<QList<QDate>> positives = SubstanceTestStore(m_journal).abstinenceBreaks(enrolment.patientId, phase1End);
            if (!positives)
                return Error{positives.error()};
            if (Decision decision = ProgramRules::canStartStabilization(phase1End, *positives, phases.first().plannedStart,
                                                                        phases.first().plannedEnd);
                !decision)
                return Error{decision.reason};
        }
        if (program->code == BuiltinPrograms::relapse) {
            if (Decision decision = ProgramRules::canStartRelapseTreatment(*episodes, start); !decision)
                return Error{decision.reason};
        }

        Result<QSqlQuery> inserted = scope.run(
            u"INSERT INTO episode (patient_id, program_id, program_code, program_name, program_revision, status, "
            "start_date, discharge_reason, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, '', ?) RETURNING id"_s,
            {enrolment.patientId, program->id, program->code, program->name, program->revision,
             Episode::statusCode(Episode::Status::Planned), clinictime::dateToStorage(start),
             clinictime::toStorage(clinictime::now())});
        if (!inserted)
            return Error{inserted.error()};
        if (!inserted->next())
            return Error{tr("The journal did not return the new episode's number.")};
        const qint64 episodeId = inserted->value(0).toLongLong();
        inserted->finish();

        for (const Phase &phase : std::as_const(phases)) {
            if (Status done = insertPhase(scope, episodeId, phase); !done)
                return Error{done.error()};
        }
        const qint64 now = clinictime::toStorage(clinictime::now());
        // The criteria are assessed by whoever records the enrolment.
        const QString assessor = scope.actor().displayName();
        for (const Criterion &criterion : std::as_const(program->criteria)) {
            const auto found = std::find_if(enrolment.assessment.begin(), enrolment.assessment.end(),
                                            [&](const auto &entry) { return entry.first == criterion.key(); });
            Result<QSqlQuery> done = scope.run(
                u"INSERT INTO criteria_assessment (episode_id, criterion, kind, met, assessed_by, assessed_at) "
                "VALUES (?, ?, ?, ?, ?, ?)"_s,
                {episodeId, criterion.key(), criterion.kind == Criterion::Kind::Exclusion ? u"exclusion"_s : u"inclusion"_s,
                 found != enrolment.assessment.end() && found->second ? 1 : 0, assessor, now});
            if (!done)
                return Error{done.error()};
        }
        if (*run) {
            if (Result<qint64> member = GroupStore::addMember(scope, **run, enrolment.patientId, enrolment.assessment, start);
                !member)
                return Error{member.error()};
        }
        if (program->code == BuiltinPrograms::residential) {
            Result<Episode> planned = episode(episodeId);
            if (!planned)
                return Error{planned.error()};
            const Phase *phase1 = planned->phaseByKind(phasekind::residential);
            if (phase1) {
                if (Status done = planPhase2(scope, *planned, phase1->plannedEnd); !done)
                    return Error{done.error()};
            }
        }
        return episodeId;
    });
}

Status EpisodeStore::insertPhase(const Scope &scope, qint64 episodeId, const Phase &phase)
{
    Result<QSqlQuery> done = scope.run(
        u"INSERT INTO phase (episode_id, position, code, name, kind, residential, min_days, max_days, max_months, "
        "planned_start, planned_end, status, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {episodeId, phase.position, phase.code, phase.name, phase.kind, phase.residential ? 1 : 0, phase.minDays,
         phase.maxDays, phase.maxMonths, clinictime::dateToStorage(phase.plannedStart),
         clinictime::dateToStorage(phase.plannedEnd), Phase::statusCode(phase.status), text(phase.note)});
    if (!done)
        return Error{done.error()};
    return {};
}

Status EpisodeStore::planPhase2(const Scope &scope, const Episode &episode, QDate discharge)
{
    // Replace what is still only planned; gatherings already held stay.
    Result<QSqlQuery> cleared = scope.run(
        u"DELETE FROM phase WHERE episode_id = ? AND kind = ? AND status = ?"_s,
        {episode.id, phasekind::gathering, Phase::statusCode(Phase::Status::Planned)});
    if (!cleared)
        return Error{cleared.error()};
    if (Result<QSqlQuery> done = scope.run(u"DELETE FROM follow_up WHERE episode_id = ? AND done_on IS NULL"_s, {episode.id});
        !done)
        return Error{done.error()};

    int held = 0;
    int lastPosition = 0;
    for (const Phase &phase : episode.phases) {
        lastPosition = std::max(lastPosition, phase.position);
        if (phase.kind == phasekind::gathering && phase.status != Phase::Status::Planned)
            ++held;
    }
    QList<Phase> gatherings = PhasePlanner::gatherings(discharge, lastPosition + 1, tr("Sober living and social network"),
                                                       tr("The whole 12-step program"), tr("Phase 2 gathering %1"));
    gatherings = gatherings.mid(held);
    for (const Phase &gathering : std::as_const(gatherings)) {
        if (Status done = insertPhase(scope, episode.id, gathering); !done)
            return done;
    }
    // The first weeks at home get a call too, before the first gathering.
    const QDate home = held == 0 ? discharge : QDate();
    for (const PhasePlanner::FollowUp &call : PhasePlanner::followUps(gatherings, discharge.addYears(1), home)) {
        if (Result<QSqlQuery> done = scope.run(
                u"INSERT INTO follow_up (episode_id, kind, planned_on) VALUES (?, ?, ?)"_s,
                {episode.id, call.kind, clinictime::dateToStorage(call.plannedOn)});
            !done)
            return Error{done.error()};
    }
    return {};
}

Result<Episode> EpisodeStore::episode(qint64 episodeId) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::episode(episodeId), u"episode of care"_s,
                       [&](Scope &scope) -> Result<Episode> {
        Result<QSqlQuery> row = scope.run(
            u"SELECT id, patient_id, program_id, program_code, program_name, program_revision, status, start_date, "
            "end_date, discharge_reason FROM episode WHERE id = ?"_s,
            {episodeId});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("There is no episode number %1 in this journal.").arg(episodeId)};
        Episode e;
        e.id = row->value(0).toLongLong();
        e.patientId = row->value(1).toLongLong();
        e.programId = row->value(2).toLongLong();
        e.programCode = row->value(3).toString();
        e.programName = journalwords::program(row->value(4).toString());
        e.programRevision = row->value(5).toInt();
        e.status = Episode::statusFromCode(row->value(6).toString());
        e.startDate = dateOf(row->value(7));
        e.endDate = dateOf(row->value(8));
        e.dischargeReason = row->value(9).toString();
        row->finish();

        Result<QSqlQuery> phases = scope.run(
            u"SELECT "_s + phaseColumns + u" FROM phase WHERE episode_id = ? ORDER BY position"_s, {episodeId});
        if (!phases)
            return Error{phases.error()};
        while (phases->next())
            e.phases.append(phaseFrom(*phases));
        return e;
    });
}

Result<QList<Episode>> EpisodeStore::episodesOf(qint64 patientId) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::patient(patientId), u"episodes of care"_s,
                       [&](Scope &scope) -> Result<QList<Episode>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id FROM episode WHERE patient_id = ? ORDER BY start_date, id"_s, {patientId});
        if (!rows)
            return Error{rows.error()};
        QList<qint64> ids;
        while (rows->next())
            ids.append(rows->value(0).toLongLong());
        rows->finish();
        QList<Episode> episodes;
        for (qint64 id : std::as_const(ids)) {
            Result<Episode> e = episode(id);
            if (!e)
                return Error{e.error()};
            episodes.append(*e);
        }
        return episodes;
    });
}

Result<QString> EpisodeStore::currentProgram(qint64 patientId, QDate day) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::patient(patientId), u"current program"_s,
                       [&](Scope &scope) -> Result<QString> {
        Result<QList<Episode>> episodes = episodesOf(patientId);
        if (!episodes)
            return Error{episodes.error()};
        QStringList current;
        for (const Episode &e : std::as_const(*episodes)) {
            if (!e.isOpen())
                continue;
            const Phase *phase = e.currentPhase(day);
            if (!phase) {
                current << e.programName;
            } else if (phase->status == Phase::Status::Active) {
                const qint64 dayNumber = phase->start().daysTo(day) + 1;
                current << tr("%1 · %2, day %3 of %4")
                               .arg(e.programName, phase->name)
                               .arg(dayNumber)
                               .arg(phase->start().daysTo(phase->plannedEnd));
            } else {
                current << tr("%1 · %2 planned from %3")
                               .arg(e.programName, phase->name, clinictime::formatDate(phase->plannedStart));
            }
        }
        return current.join(u"; "_s);
    });
}

Result<int> EpisodeStore::openEpisodes(const QString &programCode) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::none(), u"open episodes of a program"_s,
                       [&](Scope &scope) -> Result<int> {
        Result<QSqlQuery> row = scope.run(
            u"SELECT COUNT(*) FROM episode WHERE program_code = ? AND status IN ('planned', 'active')"_s, {programCode});
        if (!row)
            return Error{row.error()};
        return row->next() ? row->value(0).toInt() : 0;
    });
}

Result<Phase> EpisodeStore::phase(const Scope &scope, qint64 phaseId) const
{
    Result<QSqlQuery> row = scope.run(u"SELECT "_s + phaseColumns + u" FROM phase WHERE id = ?"_s, {phaseId});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{tr("There is no phase number %1 in this journal.").arg(phaseId)};
    return phaseFrom(*row);
}

Status EpisodeStore::setEpisodeStatus(const Scope &scope, qint64 episodeId, Episode::Status status, QDate endDate, const QString &reason)
{
    Result<QSqlQuery> done = scope.run(
        u"UPDATE episode SET status = ?, end_date = ?, discharge_reason = ? WHERE id = ?"_s,
        {Episode::statusCode(status), sqlvalues::date(endDate), text(reason), episodeId});
    if (!done)
        return Error{done.error()};
    return {};
}

Status EpisodeStore::startPhase(qint64 phaseId, QDate day)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::phase(phaseId), u"started a phase"_s,
                       [&](Scope &scope) -> Status {
        Result<Phase> p = phase(scope, phaseId);
        if (!p)
            return Error{p.error()};
        Result<Episode> e = episode(p->episodeId);
        if (!e)
            return Error{e.error()};
        if (Decision decision = ProgramRules::canStartPhase(*e, *p, day); !decision)
            return Error{decision.reason};

        // The phase keeps its planned length from the day it really starts.
        const QDate plannedEnd = day.addDays(p->plannedStart.daysTo(p->plannedEnd));
        Result<QSqlQuery> done = scope.run(
            u"UPDATE phase SET status = ?, actual_start = ?, planned_end = ? WHERE id = ?"_s,
            {Phase::statusCode(Phase::Status::Active), clinictime::dateToStorage(day), clinictime::dateToStorage(plannedEnd),
             phaseId});
        if (!done)
            return Error{done.error()};
        if (e->status == Episode::Status::Planned) {
            if (Result<QSqlQuery> started = scope.run(u"UPDATE episode SET status = ?, start_date = ? WHERE id = ?"_s,
                                                          {Episode::statusCode(Episode::Status::Active),
                                                           clinictime::dateToStorage(day), e->id});
                !started)
                return Error{started.error()};
        }
        return {};
    });
}

Status EpisodeStore::completePhase(qint64 phaseId, QDate day, const QString &note)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::phase(phaseId), u"completed a phase"_s,
                       [&](Scope &scope) -> Status {
        Result<Phase> p = phase(scope, phaseId);
        if (!p)
            return Error{p.error()};
        if (p->status != Phase::Status::Active)
            return Error{tr("%1 has not started, so it cannot be completed.").arg(p->name)};
        if (day < p->actualStart)
            return Error{tr("%1 cannot end (%2) before it started (%3).")
                             .arg(p->name, clinictime::formatDate(day), clinictime::formatDate(p->actualStart))};
        if (Decision within = ProgramRules::canCompletePhase(*p, day); !within)
            return Error{within.reason};
        if (p->kind == phasekind::dayTreatment) {
            Result<QSqlQuery> days = scope.run(
                u"SELECT COUNT(*) FROM day_attendance WHERE episode_id = ? AND minutes >= ? AND day >= ? AND day <= ?"_s,
                {p->episodeId, BuiltinPrograms::dayTreatmentMinMinutes, clinictime::dateToStorage(p->actualStart),
                 clinictime::dateToStorage(day)});
            if (!days || !days->next())
                return Error{days ? tr("The journal did not answer.") : days.error()};
            const int attended = days->value(0).toInt();
            days->finish();
            if (Decision enough = ProgramRules::canCompleteDayTreatment(attended, note); !enough)
                return Error{enough.reason};
            // Ending early (or late) moves the aftercare planned after it.
            Result<Episode> before = episode(p->episodeId);
            if (!before)
                return Error{before.error()};
            // The next planned phase starts the day day treatment ends; the rest follow it.
            qint64 shift = 0;
            for (const Phase &later : std::as_const(before->phases)) {
                if (later.position > p->position && later.status == Phase::Status::Planned) {
                    shift = later.plannedStart.daysTo(day);
                    break;
                }
            }
            for (const Phase &later : std::as_const(before->phases)) {
                if (shift == 0 || later.position <= p->position || later.status != Phase::Status::Planned)
                    continue;
                if (Result<QSqlQuery> moved = scope.run(
                        u"UPDATE phase SET planned_start = ?, planned_end = ? WHERE id = ?"_s,
                        {clinictime::dateToStorage(later.plannedStart.addDays(shift)),
                         clinictime::dateToStorage(later.plannedEnd.addDays(shift)), later.id});
                    !moved)
                    return Error{moved.error()};
            }
        }

        Result<QSqlQuery> done = scope.run(
            u"UPDATE phase SET status = ?, actual_end = ?, note = CASE WHEN ? = '' THEN note ELSE ? END WHERE id = ?"_s,
            {Phase::statusCode(Phase::Status::Completed), clinictime::dateToStorage(day), text(note), text(note), phaseId});
        if (!done)
            return Error{done.error()};
        Result<Episode> e = episode(p->episodeId);
        if (!e)
            return Error{e.error()};
        // The last residential phase over (a Phase 2 gathering is a stay of
        // its own): the patient leaves the bed that morning.
        if (p->residential && p->kind != phasekind::gathering) {
            const bool staying = std::any_of(e->phases.cbegin(), e->phases.cend(), [&](const Phase &other) {
                return other.id != p->id && other.residential && other.kind != phasekind::gathering
                    && (other.status == Phase::Status::Active || other.status == Phase::Status::Planned);
            });
            if (!staying) {
                if (Status freed = BedStore::freeBedsOf(scope, e->id, day); !freed)
                    return freed;
            }
        }
        if (p->kind == phasekind::residential && e->programCode == BuiltinPrograms::residential) {
            if (Status replanned = planPhase2(scope, *e, day); !replanned)
                return replanned;
        }
        bool allDone = true;
        for (const Phase &other : std::as_const(e->phases))
            allDone = allDone && (other.status == Phase::Status::Completed || other.status == Phase::Status::Skipped);
        if (allDone) {
            if (Status closed = setEpisodeStatus(scope, e->id, Episode::Status::Completed, day, QString()); !closed)
                return closed;
        }
        return {};
    });
}

Status EpisodeStore::skipPhase(qint64 phaseId, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("Say why the phase is skipped.")};
    return Gate::write(m_journal, Data::Programs, PatientRef::phase(phaseId), u"skipped a phase"_s,
                       [&](Scope &scope) -> Status {
        Result<Phase> p = phase(scope, phaseId);
        if (!p)
            return Error{p.error()};
        if (p->status != Phase::Status::Planned)
            return Error{tr("%1 is %2; only a planned phase can be skipped.").arg(p->name, Phase::statusName(p->status))};
        Result<QSqlQuery> done = scope.run(u"UPDATE phase SET status = ?, note = ? WHERE id = ?"_s,
                                               {Phase::statusCode(Phase::Status::Skipped), reason.trimmed(), phaseId});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

Status EpisodeStore::replanPhaseEnd(qint64 phaseId, QDate newEnd, const QString &reason)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::phase(phaseId), u"replanned a phase"_s,
                       [&](Scope &scope) -> Status {
        Result<Phase> p = phase(scope, phaseId);
        if (!p)
            return Error{p.error()};
        if (p->status != Phase::Status::Planned && p->status != Phase::Status::Active)
            return Error{tr("%1 is %2 and can no longer be replanned.").arg(p->name, Phase::statusName(p->status))};
        if (Decision length = ProgramRules::phaseLength(*p, p->start(), newEnd); !length)
            return Error{length.reason};
        if (Decision why = Correction::needsReason(newEnd != p->plannedEnd, reason, tr("the planned end of %1").arg(p->name)); !why)
            return Error{why.reason};
        if (Status given = scope.giveReason(reason); !given)
            return given;
        const qint64 shift = p->plannedEnd.daysTo(newEnd);
        Result<Episode> e = episode(p->episodeId);
        if (!e)
            return Error{e.error()};

        if (Result<QSqlQuery> done = scope.run(u"UPDATE phase SET planned_end = ? WHERE id = ?"_s,
                                                   {clinictime::dateToStorage(newEnd), phaseId});
            !done)
            return Error{done.error()};
        for (const Phase &later : std::as_const(e->phases)) {
            if (later.position <= p->position || later.status != Phase::Status::Planned || later.kind == phasekind::gathering)
                continue;
            if (Result<QSqlQuery> done = scope.run(
                    u"UPDATE phase SET planned_start = ?, planned_end = ? WHERE id = ?"_s,
                    {clinictime::dateToStorage(later.plannedStart.addDays(shift)),
                     clinictime::dateToStorage(later.plannedEnd.addDays(shift)), later.id});
                !done)
                return Error{done.error()};
        }
        // A residential phase's bed stays follow its end (the stay's last night is the phase's end).
        if (p->residential) {
            if (Status followed = BedStore::followPhase(scope, e->id, p->plannedEnd, newEnd); !followed)
                return followed;
        }
        if (p->kind == phasekind::residential && e->programCode == BuiltinPrograms::residential) {
            Result<Episode> moved = episode(e->id);
            if (!moved)
                return Error{moved.error()};
            if (Status replanned = planPhase2(scope, *moved, newEnd); !replanned)
                return replanned;
        }
        return {};
    });
}

Status EpisodeStore::discharge(qint64 episodeId, QDate day, const QString &reason, bool completed)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::episode(episodeId), u"discharged"_s,
                       [&](Scope &scope) -> Status {
        Result<Episode> e = episode(episodeId);
        if (!e)
            return Error{e.error()};
        if (!e->isOpen())
            return Error{tr("The episode in %1 is already %2.").arg(e->programName, Episode::statusName(e->status))};
        if (!completed && reason.trimmed().isEmpty())
            return Error{tr("Say why the patient is discharged before the program is completed.")};

        for (const Phase &p : std::as_const(e->phases)) {
            if (p.status == Phase::Status::Active) {
                if (Result<QSqlQuery> done = scope.run(u"UPDATE phase SET status = ?, actual_end = ? WHERE id = ?"_s,
                                                           {Phase::statusCode(Phase::Status::Completed),
                                                            clinictime::dateToStorage(day), p.id});
                    !done)
                    return Error{done.error()};
            } else if (p.status == Phase::Status::Planned) {
                if (Result<QSqlQuery> done = scope.run(u"UPDATE phase SET status = ? WHERE id = ?"_s,
                                                           {Phase::statusCode(Phase::Status::Cancelled), p.id});
                    !done)
                    return Error{done.error()};
            }
        }
        if (Status closed = setEpisodeStatus(scope, episodeId, completed ? Episode::Status::Completed : Episode::Status::Discharged,
                                             day, reason.trimmed());
            !closed)
            return closed;
        // Out of the episode's beds the morning of the discharge.
        return BedStore::freeBedsOf(scope, episodeId, day);
    });
}

Result<qint64> EpisodeStore::planGathering(qint64 episodeId, QDate start, const QString &reason)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::episode(episodeId), u"planned a Phase 2 gathering"_s,
                       [&](Scope &scope) -> Result<qint64> {
        Result<Episode> e = episode(episodeId);
        if (!e)
            return Error{e.error()};
        const Phase *phase1 = e->phaseByKind(phasekind::residential);
        const QDate discharge = phase1 && phase1->status == Phase::Status::Completed ? phase1->actualEnd : QDate();
        int planned = 0;
        int lastPosition = 0;
        for (const Phase &p : std::as_const(e->phases)) {
            lastPosition = std::max(lastPosition, p.position);
            if (p.kind == phasekind::gathering && p.status != Phase::Status::Cancelled && p.status != Phase::Status::Skipped)
                ++planned;
        }
        const QDate end = start.addDays(BuiltinPrograms::gatheringDays);
        const Decision decision = ProgramRules::canPlanGathering(discharge, start, end, planned, reason);
        if (!decision)
            return Error{decision.reason};
        Phase gathering;
        gathering.position = lastPosition + 1;
        gathering.code = u"gathering-%1"_s.arg(planned + 1);
        gathering.name = tr("Phase 2 gathering %1").arg(planned + 1);
        gathering.kind = phasekind::gathering;
        gathering.residential = true;
        gathering.minDays = gathering.maxDays = BuiltinPrograms::gatheringDays;
        gathering.plannedStart = start;
        gathering.plannedEnd = end;
        gathering.note = decision.reason;
        if (Status done = insertPhase(scope, episodeId, gathering); !done)
            return Error{done.error()};
        Result<QSqlQuery> id = scope.run(u"SELECT MAX(id) FROM phase WHERE episode_id = ?"_s, {episodeId});
        if (!id || !id->next())
            return Error{id ? tr("The journal did not return the new gathering's number.") : id.error()};
        return id->value(0).toLongLong();
    });
}

Result<QList<EpisodeStore::FollowUpRecord>> EpisodeStore::followUps(qint64 episodeId) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::episode(episodeId), u"follow-ups"_s,
                       [&](Scope &scope) -> Result<QList<EpisodeStore::FollowUpRecord>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, kind, planned_on, done_on, note FROM follow_up WHERE episode_id = ? ORDER BY planned_on, id"_s,
            {episodeId});
        if (!rows)
            return Error{rows.error()};
        QList<FollowUpRecord> records;
        while (rows->next())
            records.append({rows->value(0).toLongLong(), rows->value(1).toString(), dateOf(rows->value(2)),
                            dateOf(rows->value(3)), rows->value(4).toString()});
        return records;
    });
}

Status EpisodeStore::recordFollowUp(qint64 followUpId, QDate doneOn, const QString &note)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::followUp(followUpId), u"recorded a follow-up"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> done = scope.run(u"UPDATE follow_up SET done_on = ?, note = ? WHERE id = ?"_s,
                                               {clinictime::dateToStorage(doneOn), text(note), followUpId});
        if (!done)
            return Error{done.error()};
        if (done->numRowsAffected() != 1)
            return Error{tr("There is no follow-up number %1 in this journal.").arg(followUpId)};
        return {};
    });
}

Result<QList<std::pair<QString, bool>>> EpisodeStore::assessment(qint64 episodeId) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::episode(episodeId), u"criteria assessment"_s,
                       [&](Scope &scope) -> Result<QList<std::pair<QString, bool>>> {
        Result<QSqlQuery> rows = scope.run(
            // Stored by code; shown by the text the program gives it (the code
            // when the template no longer has it).
            u"SELECT a.criterion, a.met, (SELECT c.text FROM program_criterion c JOIN episode e ON e.program_id = c.program_id "
            "WHERE e.id = a.episode_id AND c.code = a.criterion) FROM criteria_assessment a WHERE a.episode_id = ? ORDER BY a.id"_s,
            {episodeId});
        if (!rows)
            return Error{rows.error()};
        QList<std::pair<QString, bool>> result;
        while (rows->next())
            result.append({rows->value(2).isNull() ? rows->value(0).toString() : rows->value(2).toString(),
                           rows->value(1).toInt() != 0});
        return result;
    });
}

} // namespace trinn
