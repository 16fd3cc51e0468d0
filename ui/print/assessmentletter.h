#pragma once

#include "print/printjob.h"

namespace trinn {

/// The answer to a referral after its assessment, to the person referred
/// with a copy to the referrer: the decision on the right to necessary
/// health care and, with the right granted, the latest start of care; the
/// planned admission when there is one; who decided, and when. Read through
/// ReferralStore (so the print is audited) as the referral stands when printed.
class AssessmentLetter
{
    Q_DECLARE_TR_FUNCTIONS(AssessmentLetter)
public:
    /// Refused, with the reason, for a referral not yet assessed.
    static Result<PrintJob> build(Journal &journal, qint64 referralId);
};

} // namespace trinn
