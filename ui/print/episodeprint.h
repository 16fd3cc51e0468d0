#pragma once

#include "print/printjob.h"

namespace trinn {

/// The episode report (core's EpisodeReport) under the patient's name,
/// national id and age, with a line for the responsible clinician to sign.
class EpisodePrint
{
    Q_DECLARE_TR_FUNCTIONS(EpisodePrint)
public:
    static Result<PrintJob> build(Journal &journal, qint64 episodeId);
};

/// The treatment plan of an episode: each life area's goals, measures and
/// review date, the plan's review date, and lines for the patient and the
/// clinician to sign.
class PlanPrint
{
    Q_DECLARE_TR_FUNCTIONS(PlanPrint)
public:
    static Result<PrintJob> build(Journal &journal, qint64 episodeId);
};

} // namespace trinn
