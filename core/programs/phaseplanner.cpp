#include "phaseplanner.h"

#include "calendar/norwegianholidays.h"
#include "programs/builtinprograms.h"

namespace trinn {

QList<Phase> PhasePlanner::plan(const ProgramTemplate &program, QDate start, const QStringList &optionalPhases)
{
    QList<Phase> phases;
    QDate next = start;
    QDate previousStart = start;
    int position = 0;
    for (const PhaseTemplate &t : program.phases) {
        if (t.optional && !optionalPhases.contains(t.code))
            continue;
        // Tapering runs inside the phase before it (Phase 1), from its first day.
        const bool alongside = t.kind == phasekind::tapering && position > 0;
        if (alongside)
            next = previousStart;
        const QDate after = alongside && !phases.isEmpty() ? phases.last().plannedEnd : QDate();
        Phase phase;
        phase.position = ++position;
        phase.code = t.code;
        phase.name = t.name;
        phase.kind = t.kind;
        phase.residential = t.residential;
        phase.minDays = t.minDays;
        phase.maxDays = t.maxDays;
        phase.maxMonths = t.maxMonths;
        phase.plannedStart = next;
        phase.plannedEnd = next.addDays(t.defaultDays);
        phase.note = t.description;
        previousStart = phase.plannedStart;
        next = alongside ? std::max(after, phase.plannedEnd) : phase.plannedEnd;
        phases.append(phase);
    }
    return phases;
}

QList<Phase> PhasePlanner::gatherings(QDate discharge, int firstPosition, const QString &soberLivingTheme,
                                      const QString &wholeProgramTheme, const QString &nameFormat)
{
    // Every eight weeks from four weeks after discharge: weeks 4, 12, …, 44.
    const QDate firstMonday = discharge.addDays((8 - discharge.dayOfWeek()) % 7);
    QList<Phase> phases;
    for (int i = 0; i < BuiltinPrograms::phase2Gatherings; ++i) {
        Phase phase;
        phase.position = firstPosition + i;
        phase.code = QStringLiteral("gathering-%1").arg(i + 1);
        phase.name = nameFormat.arg(i + 1);
        phase.kind = phasekind::gathering;
        phase.residential = true;
        phase.minDays = BuiltinPrograms::gatheringDays;
        phase.maxDays = BuiltinPrograms::gatheringDays;
        QDate start = firstMonday.addDays(7 * (4 + 8 * i));
        // A gathering is three working days at the clinic: a week with a public holiday is passed over.
        while (NorwegianHolidays::workingDaysBetween(start.addDays(-1), start.addDays(BuiltinPrograms::gatheringDays - 1))
               < BuiltinPrograms::gatheringDays)
            start = start.addDays(7);
        phase.plannedStart = start;
        phase.plannedEnd = phase.plannedStart.addDays(BuiltinPrograms::gatheringDays);
        phase.note = i < BuiltinPrograms::phase2Gatherings / 2 ? soberLivingTheme : wholeProgramTheme;
        phases.append(phase);
    }
    return phases;
}

QList<PhasePlanner::FollowUp> PhasePlanner::followUps(const QList<Phase> &gatherings, QDate lastDay, QDate discharge)
{
    QList<FollowUp> calls;
    if (discharge.isValid()) {
        const QDate first = discharge.addDays(14);
        if (first <= lastDay && (gatherings.isEmpty() || first < gatherings.first().start()))
            calls.append({QStringLiteral("phone"), first});
    }
    for (const Phase &gathering : gatherings) {
        const QDate phone = gathering.end().addDays(14);
        const QDate letter = gathering.end().addDays(28);
        if (phone <= lastDay)
            calls.append({QStringLiteral("phone"), phone});
        if (letter <= lastDay)
            calls.append({QStringLiteral("letter"), letter});
    }
    return calls;
}

} // namespace trinn
