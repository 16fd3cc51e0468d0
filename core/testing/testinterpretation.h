#pragma once

#include "programs/carerecords.h"
#include "testing/substancetest.h"

#include <QCoreApplication>
#include <QStringList>

namespace trinn {

/// What a test means for the patient, given what they are prescribed: a
/// prescribed substance found is expected, not relapse; a prescribed
/// substance not found is flagged too.
class TestInterpretation
{
    Q_DECLARE_TR_FUNCTIONS(TestInterpretation)
public:
    enum class Outcome { Negative, Expected, Positive, Missing, Refused, Pending };

    struct Reading
    {
        Outcome outcome = Outcome::Negative;
        /// One readable sentence per finding: "Positive for cocaine",
        /// "methadone expected (prescribed 80 mg)", "methadone expected but not found".
        QStringList reasons;
    };

    static Reading interpret(const SubstanceTest &test, const QList<Medication> &activeMedication);

    static QString outcomeCode(Outcome outcome);
    static Outcome outcomeFromCode(const QString &code);
    static QString outcomeName(Outcome outcome);
    /// The reading in a few words for a sentence ("positive for amphetamine").
    static QString findings(const Reading &reading);
    /// Positive or refused: counts against abstinence.
    static bool breaksAbstinence(Outcome outcome) { return outcome == Outcome::Positive || outcome == Outcome::Refused; }
};

} // namespace trinn
