#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

class QRandomGenerator;

namespace trinn {

class Journal;

/// Gives a demo patient a realistic history in the programs: an episode in
/// one of the services, its phases lived up to today (a few discharged
/// early), medication for some, and 12-step progress in residential care.
class DemoEpisodes
{
    Q_DECLARE_TR_FUNCTIONS(DemoEpisodes)
public:
    /// Returns whether the patient was enrolled (a full course is passed over).
    static Result<bool> add(Journal &journal, QRandomGenerator &random, qint64 patientId, QDate registered, QDate today);
};

} // namespace trinn
