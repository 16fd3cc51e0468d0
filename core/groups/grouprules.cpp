#include "grouprules.h"

#include "calendar/norwegianholidays.h"
#include "common/clinictime.h"

namespace trinn {

Decision GroupRules::canEnrol(const CourseLimits &course, const CourseFacts &facts)
{
    if (course.capacity > 0 && facts.enrolled >= course.capacity)
        return Decision::deny(tr("%1 is full (%2 of %3).").arg(course.name).arg(facts.enrolled).arg(course.capacity));
    if (course.hasPrerequisite && !facts.prerequisiteCompleted)
        return Decision::deny(tr("%1 needs %2 completed.").arg(course.name, facts.prerequisiteName));
    // Criteria are named by code: a misspelt one is refused, never taken as "does not apply".
    for (const auto &[code, applies] : facts.assessment) {
        const bool known = std::any_of(course.criteria.begin(), course.criteria.end(),
                                       [&](const Criterion &c) { return c.key() == code; });
        if (known)
            continue;
        QStringList valid;
        for (const Criterion &c : course.criteria)
            valid << tr("%1 (%2)").arg(c.key(), c.text);
        if (valid.isEmpty())
            return Decision::deny(tr("%1 has no criteria; \"%2\" is not one.").arg(course.name, code));
        return Decision::deny(tr("\"%1\" is not a criterion of %2; its criteria are: %3.")
                                  .arg(code, course.name, valid.join(QStringLiteral("; "))));
    }
    for (const Criterion &criterion : course.criteria) {
        const auto found = std::find_if(facts.assessment.begin(), facts.assessment.end(),
                                        [&](const auto &entry) { return entry.first == criterion.key(); });
        if (found == facts.assessment.end())
            return Decision::deny(tr("%1: the criterion \"%2\" has not been assessed.").arg(course.name, criterion.text));
        if (criterion.kind == Criterion::Kind::Exclusion && found->second)
            return Decision::deny(tr("Excluded from %1: %2.").arg(course.name, criterion.text));
        if (criterion.kind == Criterion::Kind::Inclusion && !found->second)
            return Decision::deny(tr("%1 needs: %2.").arg(course.name, criterion.text));
    }
    return Decision::allow();
}

Decision GroupRules::canWriteGroupNote(const TherapyGroup &group, const Actor &actor)
{
    if (group.isLedBy(actor.staffId))
        return Decision::allow();
    QStringList leaders;
    for (const StaffRef &leader : group.leaderStaff)
        leaders << leader.display();
    if (actor.isSystem())
        return Decision::deny(tr("A group note is written by a leader of %1, signed in (%2).").arg(group.name, leaders.join(u", ")));
    return Decision::deny(tr("Only a leader of %1 (%2) may write its group note.").arg(group.name, leaders.join(u", ")));
}

Decision GroupRules::canRecord(const GroupSession &session)
{
    if (session.status == GroupSession::Status::Cancelled)
        return Decision::deny(tr("The session was cancelled."));
    if (session.status == GroupSession::Status::Held)
        return Decision::deny(tr("The session was recorded already: correct it, with the reason, instead."));
    return Decision::allow();
}

Decision GroupRules::canCorrect(const GroupSession &session, const QString &reason)
{
    if (session.status != GroupSession::Status::Held)
        return Decision::deny(tr("Only a held session can be corrected; record it first."));
    if (reason.trimmed().isEmpty())
        return Decision::deny(tr("A correction needs its reason."));
    return Decision::allow();
}

Decision GroupRules::leaders(const CourseLimits &course, int leaderCount)
{
    if (course.minLeaders <= 0 && course.maxLeaders <= 0)
        return Decision::allow();
    if (leaderCount >= course.minLeaders && (course.maxLeaders <= 0 || leaderCount <= course.maxLeaders))
        return Decision::allow();
    if (course.maxLeaders <= 0)
        return Decision::deny(tr("%1 needs at least %2 leaders (%3 set).").arg(course.name).arg(course.minLeaders).arg(leaderCount));
    if (course.minLeaders == course.maxLeaders)
        return Decision::deny(tr("%1 needs %2 leaders (%3 set).").arg(course.name).arg(course.minLeaders).arg(leaderCount));
    return Decision::deny(tr("%1 needs %2–%3 leaders (%4 set).")
                              .arg(course.name)
                              .arg(course.minLeaders)
                              .arg(course.maxLeaders)
                              .arg(leaderCount));
}

CourseLimits GroupRules::limitsOf(const TherapyGroup &group)
{
    return {group.name, group.capacity, group.minLeaders, group.maxLeaders, !group.prerequisiteKind.isEmpty(), group.criteria};
}

Decision GroupRules::absences(const TherapyGroup &group, const QString &patientName, int absences)
{
    if (group.maxAbsences < 0 || absences <= group.maxAbsences)
        return Decision::allow();
    return Decision::deny(tr("%1 has been absent %2 times in %3 (at most %4).")
                              .arg(patientName)
                              .arg(absences)
                              .arg(group.name)
                              .arg(group.maxAbsences));
}

QList<QDateTime> GroupRules::weeklySessions(const TherapyGroup &group, QStringList *skipped)
{
    QList<QDateTime> sessions;
    if (!group.startDate.isValid() || group.weeks <= 0)
        return sessions;
    const QDate first = group.startDate.addDays((group.weekday - group.startDate.dayOfWeek() + 7) % 7);
    // Three times the length bounds the search (holidays never fill a course's weeks).
    for (int week = 0; sessions.size() < group.weeks && week < 3 * group.weeks; ++week) {
        const QDate day = first.addDays(7 * week);
        if (NorwegianHolidays::isHoliday(day)) {
            if (skipped)
                *skipped << tr("%1 (%2)").arg(clinictime::formatDate(day), NorwegianHolidays::nameOf(day));
            continue;
        }
        sessions << clinictime::at(day, group.startTime).toUTC();
    }
    return sessions;
}

Decision GroupRules::canBook(const QString &room, const QDateTime &start, int minutes, const QList<Booking> &others)
{
    Booking candidate;
    candidate.room = room;
    candidate.start = start;
    candidate.minutes = minutes;
    return ConflictRules::check(candidate, others);
}

} // namespace trinn
