#pragma once

#include "common/result.h"
#include "programs/treatmentplan.h"

#include <QCoreApplication>

namespace trinn {

class Journal;

/// A patient's 12-step progress and the treatment plan of an episode.
class RecoveryStore
{
    Q_DECLARE_TR_FUNCTIONS(RecoveryStore)
public:
    explicit RecoveryStore(Journal &journal) : m_journal(journal) {}

    /// Changing a date already recorded for a step is a correction and needs `reason`.
    Status recordStep(qint64 patientId, const StepProgress &step, const QString &reason = {});
    Result<QList<StepProgress>> steps(qint64 patientId) const;

    /// The plan of an episode; a new plan (every life area empty) when none is saved.
    Result<TreatmentPlan> plan(qint64 episodeId) const;
    /// A revision of the plan; `reason` (optional) is kept with the new version.
    Status savePlan(const TreatmentPlan &plan, const QString &reason = {});

private:
    Journal &m_journal;
};

} // namespace trinn
