#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace trinn {

class Journal;

/// Phase 2 gatherings planned by staff as one event (issue 16): its days, its
/// room and the staff member who holds it, for patients in Phase 2. Each
/// patient's own gathering phase stays where the program rules keep it; the
/// calendar shows the patients with a gathering on the same days as one
/// event (CalendarStore), with the room and staff planned here.
class GatheringStore
{
    Q_DECLARE_TR_FUNCTIONS(GatheringStore)
public:
    explicit GatheringStore(Journal &journal) : m_journal(journal) {}

    /// A patient in Phase 2 (discharged from Phase 1, episode open) who may
    /// come to a gathering.
    struct Candidate
    {
        qint64 episodeId = 0;
        qint64 patientId = 0;
        QString name;
        QDate discharge;
        /// Already has a gathering on exactly these days.
        bool attends = false;
    };
    /// The patients in Phase 2 of the residential program, by name, for a
    /// gathering starting on `start`.
    Result<QList<Candidate>> candidates(QDate start) const;

    struct Plan
    {
        QDate start;
        QString room;
        /// From the staff register; 0 plans it with the signed-in staff member.
        qint64 staffId = 0;
        QList<qint64> episodeIds;
        /// Why a gathering falls later than the first year after discharge.
        QString reason;
    };
    /// Plans the gathering (three days from `start`, a room, a staff member)
    /// for the chosen episodes in one transaction: a patient with a gathering
    /// on these days attends as is, one whose next planned gathering lies
    /// within four weeks has it moved here, and anyone else gets one more
    /// gathering, each by the program rules (ProgramRules::canPlanGathering).
    /// Returns the event's number; refuses with the patient's name and the rule.
    Result<qint64> plan(const Plan &plan);

private:
    Journal &m_journal;
};

} // namespace trinn
