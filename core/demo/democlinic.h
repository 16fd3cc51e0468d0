#pragma once

#include "common/result.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

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
        /// The whole history: every test that was due, journal notes, the
        /// referral behind each episode, a bed for each stay and group rounds
        /// back to the first patient. Without it, the last two weeks only.
        bool history = false;
    };
    /// Named sizes: "small" (200 patients, 1 year, last weeks only), "clinic"
    /// (400 patients, 3 years, whole history: the README's living clinic),
    /// "year" (2,000 patients, 1 year, whole history) and "large" (20,000
    /// patients, 10 years, whole history: about 2 million tests and 500,000 notes).
    static std::optional<Options> sized(const QString &size);
    static QStringList sizes();
    struct Summary
    {
        int patients = 0;
        int nextOfKin = 0;
        int episodes = 0;
        qint64 tests = 0;
        qint64 notes = 0;
        int referrals = 0;
        int bedStays = 0;
        int relapseStays = 0;
        /// Individual sessions booked in the coming weeks.
        int sessions = 0;
    };
    /// Called now and then with a line saying how far it has come.
    using Progress = std::function<void(const QString &)>;

    /// The password of the demo journal's staff accounts.
    static QString demoPassword();

    /// Refuses a clinic journal: demo data belongs in demo journals only.
    static Result<Summary> generate(Journal &journal, const Options &options, const Progress &progress = {});
};

} // namespace trinn
