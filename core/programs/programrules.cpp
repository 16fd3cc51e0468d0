#include "programrules.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"

#include <QMap>

namespace trinn {
namespace {

QString date(QDate d)
{
    return clinictime::formatDate(d);
}

bool isBefore(const Phase &earlier, const Phase &later)
{
    return earlier.position < later.position && earlier.kind != phasekind::gathering;
}

} // namespace

QString ProgramRules::monthsAndDays(QDate from, QDate to)
{
    int months = 0;
    while (from.addMonths(months + 1) <= to)
        ++months;
    const qint64 days = from.addMonths(months).daysTo(to);
    const QString monthText = months == 1 ? tr("1 month") : tr("%1 months").arg(months);
    if (days == 0)
        return monthText;
    const QString dayText = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    if (months == 0)
        return dayText;
    return tr("%1 and %2").arg(monthText, dayText);
}

Decision ProgramRules::phaseLength(const Phase &phase, QDate start, QDate end)
{
    if (!start.isValid() || !end.isValid())
        return Decision::deny(tr("%1 needs both a start and an end date.").arg(phase.name));
    if (end < start)
        return Decision::deny(tr("%1 cannot end (%2) before it starts (%3).").arg(phase.name, date(end), date(start)));
    if (phase.maxMonths > 0 && end > start.addMonths(phase.maxMonths))
        return Decision::deny(tr("%1 cannot exceed %2 months: planned end %3 is %4 after admission.")
                                  .arg(phase.name)
                                  .arg(phase.maxMonths)
                                  .arg(date(end), monthsAndDays(start, end)));
    const qint64 days = start.daysTo(end);
    if (phase.maxDays > 0 && days > phase.maxDays)
        return Decision::deny(tr("%1 cannot last more than %2 days: %3 to %4 is %5 days.")
                                  .arg(phase.name)
                                  .arg(phase.maxDays)
                                  .arg(date(start), date(end))
                                  .arg(days));
    if (days < phase.minDays)
        return {true, tr("%1 usually lasts at least %2 days; %3 are planned.").arg(phase.name).arg(phase.minDays).arg(days)};
    return Decision::allow();
}

Decision ProgramRules::templatePhase(const PhaseTemplate &phase)
{
    if (phase.maxDays > 0 && phase.defaultDays > phase.maxDays)
        return Decision::deny(tr("%1: the planned length (%2 days) is longer than the most allowed (%3 days).")
                                  .arg(phase.name)
                                  .arg(phase.defaultDays)
                                  .arg(phase.maxDays));
    if (phase.maxMonths > 0) {
        // The shortest span of that many months, so a plan fits from any first day.
        const QDate from(2027, 1, 1);
        qint64 shortest = from.daysTo(from.addMonths(phase.maxMonths));
        for (QDate d = from; d < from.addYears(4); d = d.addDays(1))
            shortest = std::min(shortest, d.daysTo(d.addMonths(phase.maxMonths)));
        if (phase.defaultDays > shortest)
            return Decision::deny(tr("%1: the planned length (%2 days) is longer than %3 months (%4 days from some days "
                                     "of the year).")
                                      .arg(phase.name)
                                      .arg(phase.defaultDays)
                                      .arg(phase.maxMonths)
                                      .arg(shortest));
    }
    return Decision::allow();
}

Decision ProgramRules::canCompletePhase(const Phase &phase, QDate day)
{
    const QDate start = phase.actualStart;
    if (!start.isValid() || day < start)
        return Decision::allow(); // the store says why: not started, or before its start
    if (phase.maxMonths > 0 && day > start.addMonths(phase.maxMonths))
        return Decision::deny(tr("%1 cannot exceed %2 months: completed on %3 it would be %4 after admission (%5).")
                                  .arg(phase.name)
                                  .arg(phase.maxMonths)
                                  .arg(date(day), monthsAndDays(start, day), date(start)));
    // A limit in days is a plan's (a course's weeks): a course that ran two
    // days over for a moved session is recorded as it was.
    return Decision::allow();
}

Decision ProgramRules::canStartPhase(const Episode &episode, const Phase &phase, QDate day)
{
    if (phase.status != Phase::Status::Planned)
        return Decision::deny(tr("%1 is %2, not planned.").arg(phase.name, Phase::statusName(phase.status)));
    if (!episode.isOpen())
        return Decision::deny(tr("The episode in %1 is %2.").arg(episode.programName, Episode::statusName(episode.status)));
    if (phase.kind == phasekind::gathering) {
        const Phase *phase1 = episode.phaseByKind(phasekind::residential);
        if (phase1 && phase1->status != Phase::Status::Completed)
            return Decision::deny(tr("%1 comes after discharge from %2.").arg(phase.name, phase1->name));
        return Decision::allow();
    }
    if (phase.kind == phasekind::tapering) {
        // Tapering is part of Phase 1: it starts once the patient is admitted.
        for (const Phase &stay : episode.phases) {
            if (stay.kind == phasekind::residential && stay.position < phase.position && stay.status != Phase::Status::Active)
                return Decision::deny(tr("%1 is part of %2: it starts once %2 has started (%2 is %3).")
                                          .arg(phase.name, stay.name, Phase::statusName(stay.status)));
        }
        return Decision::allow();
    }
    for (const Phase &earlier : episode.phases) {
        if (!isBefore(earlier, phase))
            continue;
        if (earlier.status != Phase::Status::Planned && earlier.status != Phase::Status::Active)
            continue;
        // Tapering runs inside Phase 1 and never holds admission back.
        if (earlier.kind == phasekind::tapering && phase.residential)
            continue;
        if (earlier.kind == phasekind::detox && phase.residential)
            return Decision::deny(tr("Admission to %1 needs detox finished first: %2 is %3, planned to end %4.")
                                      .arg(phase.name, earlier.name, Phase::statusName(earlier.status),
                                           date(earlier.plannedEnd)));
        return Decision::deny(tr("%1 cannot start before %2 is completed.").arg(phase.name, earlier.name));
    }
    Q_UNUSED(day);
    return Decision::allow();
}

CourseLimits ProgramRules::limitsOf(const ProgramTemplate &program)
{
    return {program.name, program.capacity, program.minLeaders, program.maxLeaders, !program.prerequisiteCode.isEmpty(),
            program.criteria};
}

Decision ProgramRules::canEnrolPatient(const ProgramTemplate &program, const PatientFacts &patient)
{
    if (program.minAge > 0 && patient.age >= 0 && patient.age < program.minAge)
        return Decision::deny(tr("%1 is for patients from %2 years: %3 is %4.")
                                  .arg(program.name)
                                  .arg(program.minAge)
                                  .arg(patient.name)
                                  .arg(patient.age));
    if (program.forLarPatients && !patient.inLar)
        return Decision::deny(tr("%1 is for patients in LAR: %2 has no opioid agonist (methadone, buprenorphine) "
                                 "prescribed now.")
                                  .arg(program.name, patient.name));
    if (program.needsIndividualTherapist && !patient.hasIndividualTherapist)
        return Decision::deny(tr("%1 comes in addition to individual therapy: %2 has no therapist on the care team.")
                                  .arg(program.name, patient.name));
    return Decision::allow();
}

Decision ProgramRules::canEnrolInCourse(const ProgramTemplate &program, const CourseFacts &facts, QDate runStart)
{
    CourseLimits limits = limitsOf(program);
    if (runStart.isValid() && limits.capacity > 0 && facts.enrolled >= limits.capacity)
        return Decision::deny(tr("%1 from %2 is full (%3 of %4).")
                                  .arg(program.name, date(runStart))
                                  .arg(facts.enrolled)
                                  .arg(limits.capacity));
    return GroupRules::canEnrol(limits, facts);
}

Decision ProgramRules::canEnrolBeside(const ProgramTemplate &program, const QList<Phase> &planned,
                                      const QList<std::pair<Episode, QString>> &others)
{
    const auto alternative = [](const QString &a, const QString &b) {
        return (a == service::evening && b == service::fullTime) || (a == service::fullTime && b == service::evening);
    };
    // A Phase 2 gathering is a short return, not a stay of its own.
    const auto isStay = [](const Phase &p) {
        return p.residential && p.kind != phasekind::gathering
            && (p.status == Phase::Status::Planned || p.status == Phase::Status::Active);
    };
    for (const auto &[episode, otherService] : others) {
        if (!episode.isOpen())
            continue;
        if (alternative(program.service, otherService))
            return Decision::deny(tr("The evening and the full-time program are alternatives: the patient is in %1 "
                                     "(from %2). End that episode before enrolling in %3.")
                                      .arg(episode.programName, date(episode.startDate), program.name));
        for (const Phase &stay : planned) {
            if (!isStay(stay))
                continue;
            for (const Phase &other : episode.phases) {
                if (!isStay(other) || other.start() >= stay.end() || stay.start() >= other.end())
                    continue;
                return Decision::deny(tr("A patient stays in one residential program at a time: %1 in %2 (%3–%4) "
                                         "overlaps %5 (%6–%7).")
                                          .arg(other.name, episode.programName, date(other.start()), date(other.end()),
                                               stay.name, date(stay.start()), date(stay.end())));
            }
        }
    }
    return Decision::allow();
}

Decision ProgramRules::leaders(const ProgramTemplate &program, int leaderCount)
{
    return GroupRules::leaders(limitsOf(program), leaderCount);
}

Decision ProgramRules::canStartStabilization(QDate phase1End, const QList<QDate> &positiveTests, QDate start, QDate end)
{
    if (!phase1End.isValid())
        return Decision::deny(tr("A stabilization stay is for patients who have completed Phase 1."));
    if (start.daysTo(end) <= 3)
        return Decision::deny(tr("A stabilization stay lasts more than 3 days; %1 to %2 is %3.")
                                  .arg(date(start), date(end), monthsAndDays(start, end)));
    QDate firstPositive;
    for (const QDate &test : positiveTests) {
        if (test >= phase1End && (!firstPositive.isValid() || test < firstPositive))
            firstPositive = test;
    }
    if (firstPositive.isValid())
        return Decision::deny(tr("Stabilization stay needs abstinence since Phase 1: positive test on %1.")
                                  .arg(date(firstPositive)));
    return Decision::allow();
}

Decision ProgramRules::canStartRelapseTreatment(const QList<Episode> &episodes, QDate day)
{
    for (const Episode &episode : episodes) {
        const Phase *phase2 = episode.phaseByKind(phasekind::phase2);
        if (!phase2)
            continue;
        if (phase2->status == Phase::Status::Active || phase2->status == Phase::Status::Completed
            || (phase2->actualStart.isValid() && phase2->actualStart <= day))
            return Decision::allow();
    }
    return Decision::deny(tr("Relapse treatment is for patients in or after Phase 2; this patient has not started Phase 2."));
}

ProgramRules::RelapseLength ProgramRules::relapseLength(int soberDays, bool seriousCircumstances)
{
    RelapseLength length;
    if (soberDays < 90)
        length.days = 28;
    else if (soberDays < 365)
        length.days = 21;
    else
        length.days = 14;
    length.reasoning = tr("Sober for %1 days before the relapse: %2 days.").arg(soberDays).arg(length.days);
    if (seriousCircumstances) {
        length.days += 14;
        length.reasoning += u' ' + tr("Serious circumstances: 14 days more, %1 in all.").arg(length.days);
    }
    return length;
}

Decision ProgramRules::relapseStay(const Phase &stay, int assessedDays, QDate *plannedEnd)
{
    const QDate end = stay.start().addDays(assessedDays);
    if (Decision length = phaseLength(stay, stay.start(), end); !length)
        return length;
    if (plannedEnd)
        *plannedEnd = end;
    return Decision::allow();
}

Decision ProgramRules::canPlanFamilyProgram(const QList<Episode> &episodes, QDate start, QDate end)
{
    if (start.daysTo(end) != BuiltinPrograms::familyProgramDays)
        return Decision::deny(tr("The family program lasts %1 days; %2 to %3 is %4.")
                                  .arg(BuiltinPrograms::familyProgramDays)
                                  .arg(date(start), date(end), monthsAndDays(start, end)));
    for (const Episode &episode : episodes) {
        if (!episode.isOpen())
            continue;
        for (const Phase &phase : episode.phases) {
            const bool current = phase.status == Phase::Status::Active || phase.status == Phase::Status::Planned;
            if (phase.residential && current && phase.start() <= start && phase.end() >= end)
                return Decision::allow();
        }
    }
    return Decision::deny(tr("The family program is for relatives of an admitted patient; the patient is not admitted %1–%2.")
                              .arg(date(start), date(end)));
}

Decision ProgramRules::canPlanGathering(QDate discharge, QDate start, QDate end, int gatheringsPlanned, const QString &reason)
{
    if (!discharge.isValid())
        return Decision::deny(tr("Phase 2 gatherings come after discharge from Phase 1, and the patient has not been discharged."));
    if (gatheringsPlanned >= BuiltinPrograms::phase2Gatherings)
        return Decision::deny(tr("Phase 2 has %1 gatherings, and all are planned.").arg(BuiltinPrograms::phase2Gatherings));
    if (start.daysTo(end) != BuiltinPrograms::gatheringDays)
        return Decision::deny(tr("A Phase 2 gathering lasts %1 days; %2 to %3 is %4.")
                                  .arg(BuiltinPrograms::gatheringDays)
                                  .arg(date(start), date(end), monthsAndDays(start, end)));
    if (start < discharge)
        return Decision::deny(tr("A Phase 2 gathering cannot start (%1) before discharge from Phase 1 (%2).")
                                  .arg(date(start), date(discharge)));
    const QDate lastDay = discharge.addYears(1);
    if (end > lastDay) {
        if (reason.trimmed().isEmpty())
            return Decision::deny(tr("Phase 2 gatherings usually take place within the first year after discharge (by %1); "
                                     "%2 is later: give the reason.")
                                      .arg(date(lastDay), date(end)));
        return {true, tr("Later than the first year after discharge (%1): %2").arg(date(lastDay), reason.trimmed())};
    }
    return Decision::allow();
}

Decision ProgramRules::coercionRecord(const QString &legalBasis, const QString &decidedBy, QDate decidedOn, QDate validUntil)
{
    QStringList sections;
    for (const CoercionBasis &b : CoercionBasis::all())
        sections << b.section;
    if (legalBasis.trimmed().isEmpty())
        return Decision::deny(tr("Coercion needs its legal basis recorded: one of %1 of helse- og omsorgstjenesteloven.")
                                  .arg(sections.join(u", ")));
    const std::optional<CoercionBasis> basis = CoercionBasis::of(legalBasis);
    if (!basis)
        return Decision::deny(tr("\"%1\" is not a legal basis for coercion; use one of %2 of helse- og omsorgstjenesteloven.")
                                  .arg(legalBasis.trimmed(), sections.join(u", ")));
    if (decidedBy.trimmed().isEmpty())
        return Decision::deny(tr("Coercion needs the body that decided it recorded: under %1, %2.")
                                  .arg(basis->section, CoercionBasis::deciderName(basis->deciderCode)));
    const QString decider = CoercionBasis::deciderOf(decidedBy);
    if (decider != basis->deciderCode)
        return Decision::deny(tr("Under %1 coercion is decided by %2, not by %3.")
                                  .arg(basis->section, CoercionBasis::deciderName(basis->deciderCode),
                                       decider.isEmpty() ? decidedBy.trimmed() : CoercionBasis::deciderName(decider)));
    if (!decidedOn.isValid())
        return Decision::deny(tr("Give the day the coercion was decided."));
    if (!validUntil.isValid())
        return Decision::deny(tr("Give the last day the coercion is valid: %1 allows %2.").arg(basis->section, basis->limitText()));
    if (validUntil < decidedOn)
        return Decision::deny(tr("Coercion cannot end (%1) before it was decided (%2).").arg(date(validUntil), date(decidedOn)));
    if (validUntil > basis->latestEnd(decidedOn))
        return Decision::deny(tr("%1 allows %2: %3 to %4 is %5.")
                                  .arg(basis->section, basis->limitText(), date(decidedOn), date(validUntil),
                                       monthsAndDays(decidedOn, validUntil)));
    return Decision::allow();
}

Decision ProgramRules::canCompleteDayTreatment(int daysAttended, const QString &reason)
{
    if (daysAttended >= BuiltinPrograms::dayTreatmentDays || !reason.trimmed().isEmpty())
        return Decision::allow();
    return Decision::deny(tr("Day treatment has %1 of %2 days: give the reason for completing it early.")
                              .arg(daysAttended)
                              .arg(BuiltinPrograms::dayTreatmentDays));
}

ProgramRules::DayTreatmentCheck ProgramRules::dayTreatment(const QList<std::pair<QDate, int>> &dayMinutes, QDate from, QDate to)
{
    DayTreatmentCheck check;
    QMap<QDate, int> daysPerWeek; // keyed by the week's Monday
    for (const auto &[day, minutes] : dayMinutes) {
        if (minutes <= 0 || day < from || day > to)
            continue;
        // A day counts towards the 100 only with at least 4 hours of treatment.
        if (minutes < BuiltinPrograms::dayTreatmentMinMinutes) {
            check.problems << tr("On %1 the day lasted %2 h %3 min; a day-treatment day is 4–5 hours, so it does not count.")
                                  .arg(date(day))
                                  .arg(minutes / 60)
                                  .arg(minutes % 60, 2, 10, QLatin1Char('0'));
            continue;
        }
        ++check.daysAttended;
        daysPerWeek[day.addDays(1 - day.dayOfWeek())] += 1;
        if (minutes > BuiltinPrograms::dayTreatmentMaxMinutes)
            check.problems << tr("On %1 the day lasted %2 h %3 min; a day-treatment day is 4–5 hours.")
                                  .arg(date(day))
                                  .arg(minutes / 60)
                                  .arg(minutes % 60, 2, 10, QLatin1Char('0'));
    }
    // Whole weeks only: the week in progress may still reach three days.
    for (QDate monday = from.addDays(1 - from.dayOfWeek()); monday.addDays(6) <= to; monday = monday.addDays(7)) {
        if (monday.addDays(6) < from)
            continue;
        const int days = daysPerWeek.value(monday);
        if (days < BuiltinPrograms::dayTreatmentMinDaysPerWeek)
            check.problems << tr("Week %1 (from %2) had %3 day-treatment days; at least %4 are expected.")
                                  .arg(monday.weekNumber())
                                  .arg(date(monday))
                                  .arg(days)
                                  .arg(BuiltinPrograms::dayTreatmentMinDaysPerWeek);
    }
    return check;
}

} // namespace trinn
