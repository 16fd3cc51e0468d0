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
    /// What it wrote, for the demo's summary.
    struct Counts
    {
        int referrals = 0;
        int bedStays = 0;
    };
    /// With `bookBeds`, also the clinic's 32 beds with today's residents in them
    /// (a demo with its whole history has booked its beds already).
    static Result<Counts> add(Journal &journal, QRandomGenerator &random, QDate today, bool bookBeds = true);
};

} // namespace trinn
