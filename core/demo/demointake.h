#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

class QRandomGenerator;

namespace trinn {

class Journal;

/// A demo clinic's intake: beds in a few rooms with the admitted patients in
/// them until their planned phases end, and the referrals of the last weeks.
class DemoIntake
{
    Q_DECLARE_TR_FUNCTIONS(DemoIntake)
public:
    static Status add(Journal &journal, QRandomGenerator &random, QDate today);
};

} // namespace trinn
