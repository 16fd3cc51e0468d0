#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

class QRandomGenerator;

namespace trinn {

class Journal;

/// A demo clinic's groups: three groups in twelve-week rounds with members
/// from the patients admitted when a round starts, their past sessions with
/// attendance and notes, and AA/NA outings every week of the last two months.
class DemoGroups
{
    Q_DECLARE_TR_FUNCTIONS(DemoGroups)
public:
    /// The number of sessions held. The running round started six weeks ago;
    /// earlier rounds go back to `from` (none before it when `from` is invalid).
    static Result<int> add(Journal &journal, QRandomGenerator &random, QDate today, QDate from = {});

private:
    static Result<int> addRound(Journal &journal, QRandomGenerator &random, QDate start);
};

} // namespace trinn
