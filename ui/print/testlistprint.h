#pragma once

#include "print/printjob.h"

#include <QDate>

namespace trinn {

/// The day's test list as printed for the round: every patient due that day
/// (of a unit and a site, when the board is filtered), the result so far,
/// and room for the time, the taker's initials and the patient's signature;
/// the nurse signs at the foot.
class TestListPrint
{
    Q_DECLARE_TR_FUNCTIONS(TestListPrint)
public:
    static Result<PrintJob> build(Journal &journal, QDate day, const QString &unit = {}, const QString &site = {});
};

} // namespace trinn
