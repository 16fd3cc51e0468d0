#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDate>
#include <QSet>

namespace trinn {

/// When the patients of a program are tested: every day ("daily"), on given
/// weekdays ("weekdays:1,3,5", Monday = 1), or on random days at a rate
/// ("random:0.3"). Random days come from a keyed hash of the journal's secret,
/// the episode and the date: patients cannot predict them, and an auditor
/// with the journal gets the same days again.
class TestingSchedule
{
    Q_DECLARE_TR_FUNCTIONS(TestingSchedule)
public:
    enum class Kind { None, Daily, Weekdays, Random };

    static Result<TestingSchedule> parse(const QString &text);

    /// Phases lived at home between treatment days (Phase 2, aftercare, an
    /// assessment) are not tested by the program's schedule; residential
    /// phases are tested every day, whatever the schedule.
    static QStringList scheduledPhaseKinds();

    Kind kind() const { return m_kind; }
    bool isTestDay(const QByteArray &journalSecret, qint64 episodeId, QDate day) const;
    QString describe() const;

private:
    Kind m_kind = Kind::None;
    QSet<int> m_weekdays;
    double m_rate = 0;
};

} // namespace trinn
