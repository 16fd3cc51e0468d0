#pragma once

#include "common/result.h"
#include "testing/substancetest.h"
#include "testing/testinterpretation.h"

#include <QCoreApplication>
#include <QDate>

namespace trinn {

class Journal;
class Scope;

/// Substance tests: recording (a refusal included), corrections as new
/// versions, lab confirmation, a patient's history, and the day's board.
class SubstanceTestStore
{
    Q_DECLARE_TR_FUNCTIONS(SubstanceTestStore)
public:
    explicit SubstanceTestStore(Journal &journal) : m_journal(journal) {}

    /// Writes the journal's secret for random testing days, once (migration 4).
    static Status installSecret(const Scope &journal);
    Result<QByteArray> secret() const;

    /// Records a test. Refuses an unknown patient, a time in the future, no
    /// taker, a refusal without a reason, an unknown or repeated analyte, or a
    /// breath test of anything but ethanol. Returns the test's id.
    Result<qint64> record(const SubstanceTest &test);
    /// Replaces a test with a corrected version; the old one is kept, marked replaced.
    Result<qint64> correct(qint64 testId, const SubstanceTest &corrected, const QString &reason, const QString &author);
    /// The lab's answer for one analyte of a test sent to the lab.
    /// A measured value, unit and cut-off from the lab are kept with it.
    Status confirm(qint64 testId, const QString &analyte, bool positive, const QString &labReference,
                   std::optional<double> value = {}, const QString &unit = {}, std::optional<double> cutoff = {});

    Result<SubstanceTest> test(qint64 testId) const;
    /// Current tests of a patient, newest first, at most `limit`.
    Result<QList<SubstanceTest>> history(qint64 patientId, int limit = 200) const;
    /// Every version of a test, oldest first.
    Result<QList<SubstanceTest>> versions(qint64 testId) const;
    /// Positive (or refused) test days of a patient from a day on.
    Result<QList<QDate>> abstinenceBreaks(qint64 patientId, QDate from) const;
    Result<TestInterpretation::Reading> interpret(const SubstanceTest &test) const;

    /// One row of the day's test board.
    struct BoardRow
    {
        qint64 patientId = 0;
        qint64 episodeId = 0;
        QString name;
        QString nationalId;
        QString program;
        bool residential = false;
        /// Empty when not tested yet that day.
        QString outcome;
        qint64 testId = 0;
        QDateTime sampledAt;
        QStringList reasons;
    };
    /// Everyone who must be tested on `day` (admitted in a residential phase,
    /// or in a program whose testing schedule says so), with the day's result.
    Result<QList<BoardRow>> board(QDate day) const;

private:
    Status validate(const SubstanceTest &test) const;
    Result<qint64> insert(const SubstanceTest &test, int version, qint64 supersedes, const QString &reason);
    /// With a day: the tests are that day's current tests, found by the day's index.
    Status loadResults(QList<SubstanceTest> &tests, QDate day = {}) const;
    Status refreshOutcome(qint64 testId);

    Journal &m_journal;
};

} // namespace trinn
