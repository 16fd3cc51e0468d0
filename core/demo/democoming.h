#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

class QRandomGenerator;

namespace trinn {

class Journal;

/// What a living clinic has coming up, beside its history: a few patients in
/// Phase 2 back for a relapse stay, and the coming two weeks' individual
/// sessions of the patients who are admitted.
class DemoComing
{
    Q_DECLARE_TR_FUNCTIONS(DemoComing)
public:
    struct Counts
    {
        int relapseStays = 0;
        int sessions = 0;
    };
    /// After the groups, so that no session takes a group's hour.
    static Result<Counts> add(Journal &journal, QRandomGenerator &random, QDate today);
};

} // namespace trinn
