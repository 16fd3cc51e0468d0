#pragma once

#include "common/result.h"

#include <QCoreApplication>

#include <functional>

namespace trinn {

class Journal;

/// Fills a demo journal with a deterministic synthetic clinic: the same seed
/// gives the same patients (names, synthetic national ids, next of kin, GPs),
/// registered over the given number of years up to today.
class DemoClinic
{
    Q_DECLARE_TR_FUNCTIONS(DemoClinic)
public:
    struct Options
    {
        int patients = 200;
        int years = 1;
        quint32 seed = 1;
    };
    struct Summary
    {
        int patients = 0;
        int nextOfKin = 0;
        int episodes = 0;
        int tests = 0;
    };
    /// Called now and then with the patients written so far and the total.
    using Progress = std::function<void(int done, int total)>;

    /// The password of the demo journal's staff accounts.
    static QString demoPassword();

    /// Refuses a clinic journal: demo data belongs in demo journals only.
    static Result<Summary> generate(Journal &journal, const Options &options, const Progress &progress = {});
};

} // namespace trinn
