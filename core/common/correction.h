#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

namespace trinn {

/// A change to what the journal already holds is a correction. The change log
/// keeps the earlier version with its author and time; the correction itself
/// needs a reason, which a later reader sees beside the new version.
class Correction
{
    Q_DECLARE_TR_FUNCTIONS(Correction)
public:
    /// Allowed when nothing recorded changes, or when a reason is given;
    /// `what` names the record ("the end of Phase 1").
    static Decision needsReason(bool correcting, const QString &reason, const QString &what);
};

} // namespace trinn
