#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

class QRandomGenerator;

namespace trinn {

class Journal;

/// A demo clinic's groups: a few running groups with members from the
/// patients admitted now, their past sessions with attendance and notes, and
/// AA/NA outings every fortnight.
class DemoGroups
{
    Q_DECLARE_TR_FUNCTIONS(DemoGroups)
public:
    /// The number of sessions held.
    static Result<int> add(Journal &journal, QRandomGenerator &random, QDate today);
};

} // namespace trinn
