#include "correction.h"

namespace trinn {

Decision Correction::needsReason(bool correcting, const QString &reason, const QString &what)
{
    if (!correcting || !reason.trimmed().isEmpty())
        return Decision::allow();
    return Decision::deny(tr("Say why %1 is changed: the reason is kept with the new version.").arg(what));
}

} // namespace trinn
