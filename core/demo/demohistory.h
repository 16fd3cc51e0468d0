#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class QRandomGenerator;

namespace trinn {

class Journal;

/// The years a demo clinic has lived through, written after its patients and
/// episodes: every morning test that was due, journal notes while patients were
/// in treatment, the referral behind each episode and the bed of each stay.
/// Written in bulk (HistoryWriter), oldest day first, as a clinic writes it.
class DemoHistory
{
    Q_DECLARE_TR_FUNCTIONS(DemoHistory)
public:
    struct Counts
    {
        qint64 tests = 0;
        qint64 notes = 0;
        int referrals = 0;
        int bedStays = 0;
    };
    /// Called now and then with a line saying how far it has come.
    using Progress = std::function<void(const QString &)>;

    static Result<Counts> add(Journal &journal, QRandomGenerator &random, QDate today, const Progress &progress = {});
};

} // namespace trinn
