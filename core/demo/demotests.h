#pragma once

#include "common/result.h"
#include "programs/carerecords.h"
#include "storage/substanceteststore.h"
#include "testing/substancetest.h"

#include <QCoreApplication>
#include <QDate>

class QRandomGenerator;

namespace trinn {

class Journal;

/// The morning rounds of the last days in a demo journal: most who were due
/// were tested (mostly negative, prescribed medication found, now and then a
/// positive, a refusal or a sample sent to the lab), and today's round is
/// under way.
class DemoTests
{
    Q_DECLARE_TR_FUNCTIONS(DemoTests)
public:
    /// The number of tests written, by the system actor, one Gate visit a day.
    static Result<int> add(Journal &journal, QRandomGenerator &random, QDate today, int days);

    /// The nurses in the staff register who take the demo's samples.
    static Result<QList<SubstanceTestStore::Taker>> nurses(Journal &journal);

    /// One patient's morning test on `day`, as the demo clinic's nurses take it:
    /// mostly negative, the prescribed drug found, now and then a positive, a
    /// refusal or a sample sent to the lab. Taken by one of `nurses` (by
    /// "system" when the register has none). Not yet interpreted.
    static SubstanceTest take(QRandomGenerator &random, qint64 patientId, QDate day, const QList<Medication> &activeMedication,
                              const QList<SubstanceTestStore::Taker> &nurses);
};

} // namespace trinn
