#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace trinn {

class Journal;

/// What a clinician wants to see of a patient at a glance: where they are in
/// the program, current medication, the last tests with their trend, the
/// care team, what comes next, what needs attention, and the latest notes.
/// Every part is a short, bounded list: the cost follows the screen, not the
/// size of the patient's journal.
struct JournalOverview
{
    /// One line of a part: a date, what it is, and its details.
    struct Item
    {
        QDateTime when;
        QString title;
        QString detail;
    };
    struct Warning
    {
        enum class Kind { Absences, Positive, Missed, Deadline, Draft };
        Kind kind = Kind::Deadline;
        QString text;
    };
    /// "MBRP · Phase 1, day 56 of 84"; empty when not enrolled.
    QString program;
    QList<Item> medication;
    /// Newest first; title is the outcome's name, detail the findings.
    QList<Item> tests;
    /// Outcome codes of `tests`, newest first (negative, positive, missing …).
    QStringList testOutcomes;
    /// "The last 4 tests in a row: negative, since 02.03.2027"; empty without tests.
    QString testTrend;
    QStringList careTeam;
    /// Group sessions and individual appointments to come, soonest first.
    QList<Item> upcoming;
    QList<Warning> warnings;
    /// Newest first; detail is the note's current text.
    QList<Item> notes;
    /// Parts the signed-in staff member may not see, by name ("medication").
    QStringList hidden;
};

/// The one read of a journal overview: one audited visit through the gate.
class JournalOverviewReader
{
    Q_DECLARE_TR_FUNCTIONS(JournalOverviewReader)
public:
    /// How long each part may be.
    static constexpr int medicationRows = 8;
    static constexpr int testRows = 5;
    static constexpr int careTeamRows = 8;
    static constexpr int upcomingRows = 5;
    static constexpr int noteRows = 3;
    /// Tests this many days back count for the warnings.
    static constexpr int warningDays = 30;
    /// Test days this many days back without a test are missed tests.
    static constexpr int missedTestDays = 7;
    /// A phase ending within this many days is a deadline.
    static constexpr int deadlineDays = 7;

    explicit JournalOverviewReader(Journal &journal) : m_journal(journal) {}
    Result<JournalOverview> read(qint64 patientId, const QDateTime &now) const;

private:
    Journal &m_journal;
};

} // namespace trinn
