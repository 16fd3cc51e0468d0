#pragma once

#include "common/result.h"
#include "programs/episode.h"
#include "programs/phaseplanner.h"

#include <QCoreApplication>
#include <QDate>

namespace trinn {

class Journal;
class Scope;

/// Episodes of care: enrolment (with every program rule), the phases as they
/// are lived, Phase 2 gatherings and follow-ups, and discharge.
class EpisodeStore
{
    Q_DECLARE_TR_FUNCTIONS(EpisodeStore)
public:
    explicit EpisodeStore(Journal &journal) : m_journal(journal) {}

    struct Enrolment
    {
        qint64 patientId = 0;
        QString program; // code or name
        QDate start;
        QStringList optionalPhases;
        /// For programs with criteria: criterion code → applies to the patient.
        /// Assessed by the signed-in staff member who records the enrolment.
        QList<std::pair<QString, bool>> assessment;
    };
    /// Enrols a patient, planning the phases from the template. Refuses with
    /// the rule's reason (full course, prerequisite, criteria, abstinence, …).
    Result<qint64> enrol(const Enrolment &enrolment);

    Result<Episode> episode(qint64 episodeId) const;
    Result<QList<Episode>> episodesOf(qint64 patientId) const;
    /// "Residential 12-step treatment · Phase 1, day 23 of 84", or empty.
    Result<QString> currentProgram(qint64 patientId, QDate day) const;
    /// Open episodes in a program (for course capacity).
    Result<int> openEpisodes(const QString &programCode) const;

    Status startPhase(qint64 phaseId, QDate day);
    /// Ends a phase; ending Phase 1 replans the Phase 2 gatherings from the actual discharge.
    Status completePhase(qint64 phaseId, QDate day, const QString &note = {});
    Status skipPhase(qint64 phaseId, const QString &reason);
    /// Moves a phase's planned end (extension or shortening), within its limits;
    /// later planned phases move with it.
    Status replanPhaseEnd(qint64 phaseId, QDate newEnd, const QString &reason);
    /// Ends the episode: open phases end or are cancelled.
    Status discharge(qint64 episodeId, QDate day, const QString &reason, bool completed);
    /// Plans one more Phase 2 gathering (of 3 days) on a chosen date. One
    /// later than the first year after discharge needs `reason`; the rule's
    /// words then stay in the gathering's note, shown with it.
    Result<qint64> planGathering(qint64 episodeId, QDate start, const QString &reason = {});

    struct FollowUpRecord
    {
        qint64 id = 0;
        QString kind;
        QDate plannedOn;
        QDate doneOn;
        QString note;
    };
    Result<QList<FollowUpRecord>> followUps(qint64 episodeId) const;
    Status recordFollowUp(qint64 followUpId, QDate doneOn, const QString &note);

    /// The criteria assessment recorded at enrolment.
    Result<QList<std::pair<QString, bool>>> assessment(qint64 episodeId) const;

private:
    Result<Phase> phase(const Scope &scope, qint64 phaseId) const;
    Status insertPhase(const Scope &scope, qint64 episodeId, const Phase &phase);
    Status planPhase2(const Scope &scope, const Episode &episode, QDate discharge);
    Status setEpisodeStatus(const Scope &scope, qint64 episodeId, Episode::Status status, QDate endDate, const QString &reason);

    Journal &m_journal;
};

} // namespace trinn
