#pragma once

#include "common/result.h"
#include "testing/substancetest.h"
#include "testing/testinterpretation.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace trinn {

class Journal;
class Scope;

/// Substance tests: recording (a refusal included), corrections and the lab's
/// answers as new versions, a patient's history, and the day's board. Every
/// entry point passes the Gate (Data::Tests); the authors are the signed-in
/// staff member or a staff member chosen from the register.
class SubstanceTestStore
{
    Q_DECLARE_TR_FUNCTIONS(SubstanceTestStore)
public:
    explicit SubstanceTestStore(Journal &journal) : m_journal(journal) {}

    /// Writes the journal's secret for random testing days, once (migration 4).
    static Status installSecret(Scope &scope);
    /// Before migrations 39 and 40: every test's sample type, lab status,
    /// outcome and kind of change is a word their lists know, or the reason
    /// names the first test that has another.
    static Status checkWordsHaveNumbers(Scope &scope);
    Result<QByteArray> secret() const;

    /// A staff member who may be named as the one who took a sample.
    struct Taker
    {
        qint64 staffId = 0;
        QString fullName;
        bool nurse = false;
    };
    /// The active staff in the register, by name.
    Result<QList<Taker>> takers() const;

    /// Records a test. Refuses an unknown patient, a time in the future, a
    /// taker who is not an active staff member, a refusal without a reason, an
    /// unknown or repeated analyte, or a breath test of anything but ethanol.
    /// `takenById` names the taker from the register (0: the signed-in staff
    /// member); the signed-in staff member is the one who records.
    /// A patient's second test of the day is refused unless `sameDay` says
    /// what it is: a correction of the day's newest test (`reason` required;
    /// a new version of it, keeping its sample time) or a second sample kept
    /// beside the first. Returns the id of the row written.
    Result<qint64> record(const SubstanceTest &test, SameDay sameDay = SameDay::NotExpected, const QString &reason = {});
    /// Records a test taken on an earlier day than today, entered late: as
    /// record(), with the reason it is late (required; kept as the first
    /// version's reason, and the audit record says it was entered late). A
    /// sample of today is refused here: record() takes it.
    Result<qint64> recordLate(const SubstanceTest &test, const QString &lateReason, SameDay sameDay = SameDay::NotExpected,
                              const QString &reason = {});
    /// The patient's current tests of a day, oldest first (to ask before a second one).
    Result<QList<SubstanceTest>> testsOn(qint64 patientId, QDate day) const;
    /// Replaces a test with a corrected version written by the signed-in staff
    /// member; the old one is kept, marked replaced. A taker of 0 keeps the old one's.
    Result<qint64> correct(qint64 testId, const SubstanceTest &corrected, const QString &reason);

    /// The lab's answer for one analyte of a sample sent to the lab.
    struct LabAnswer
    {
        QString analyte;
        bool positive = false;
        std::optional<double> value;
        QString unit;
        std::optional<double> cutoff;
    };
    /// The lab's answers for a sample (any version of it): a new version of
    /// its newest one, entered by the signed-in staff member, the screen kept
    /// beside the answers. Returns the new version's id.
    Result<qint64> confirm(qint64 testId, const QList<LabAnswer> &answers, const QString &labReference);
    Result<qint64> confirm(qint64 testId, const QString &analyte, bool positive, const QString &labReference,
                           std::optional<double> value = {}, const QString &unit = {}, std::optional<double> cutoff = {});

    /// One version of a test, current or replaced.
    Result<SubstanceTest> test(qint64 testId) const;
    /// Current tests of a patient, newest first, at most `limit`.
    Result<QList<SubstanceTest>> history(qint64 patientId, int limit = 200) const;
    /// The patient's samples, newest first, at most `limit`; each with every
    /// version, oldest first.
    Result<QList<QList<SubstanceTest>>> historyWithVersions(qint64 patientId, int limit = 200) const;
    /// Every version of a test, oldest first.
    Result<QList<SubstanceTest>> versions(qint64 testId) const;
    /// Positive (or refused) test days of a patient from a day on.
    Result<QList<QDate>> abstinenceBreaks(qint64 patientId, QDate from) const;
    Result<TestInterpretation::Reading> interpret(const SubstanceTest &test) const;

    /// One sample of the day on the board: the newest version of it.
    struct BoardSample
    {
        qint64 testId = 0;
        QDateTime sampledAt;
        QString outcome;
        QStringList reasons;
    };
    /// One row of the day's test board.
    struct BoardRow
    {
        qint64 patientId = 0;
        qint64 episodeId = 0;
        QString name; // "Nordmann, Kari", as the board sorts
        QString fullName; // "Kari Nordmann", as a sentence names her
        QString nationalId;
        QString program;
        /// The program's service ("residential", "evening", …): the board's unit.
        QString service;
        bool residential = false;
        /// Empty when not tested yet that day; with several samples, the most serious.
        QString outcome;
        /// The sample whose outcome is shown.
        qint64 testId = 0;
        QDateTime sampledAt;
        QStringList reasons;
        /// Every sample of the day, oldest first.
        QList<BoardSample> samples;
    };
    /// Everyone who must be tested on `day` (admitted in a residential phase,
    /// or in a program whose testing schedule says so), with the day's result.
    Result<QList<BoardRow>> board(QDate day) const;
    /// The site of each patient in a bed on `day` (patient id → site), to
    /// filter the board by; read as the bed board (Data::Beds).
    Result<QHash<qint64, QString>> sitesOn(QDate day) const;

private:
    Result<qint64> recordIn(const SubstanceTest &test, SameDay sameDay, const QString &reason, const QString &lateReason);
    Journal &m_journal;
};

} // namespace trinn
