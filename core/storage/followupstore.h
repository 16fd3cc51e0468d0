#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace trinn {

class Journal;

/// The calls and letters planned after discharge (Phase 2), across patients:
/// the list of those due, and marking one done with its outcome. Every entry
/// point passes the Gate (AccessPolicy::Data::Programs).
class FollowUpStore
{
    Q_DECLARE_TR_FUNCTIONS(FollowUpStore)
public:
    explicit FollowUpStore(Journal &journal) : m_journal(journal) {}

    struct Due
    {
        qint64 id = 0;
        qint64 episodeId = 0;
        qint64 patientId = 0;
        QString patientName;
        QString nationalId;
        QString phone;
        QString programName;
        QString kind; // "phone" or "letter"
        QDate plannedOn;
    };
    /// Follow-ups not done yet and planned on or before `until`, oldest first.
    Result<QList<Due>> due(QDate until) const;

    enum class Outcome { Reached, NotReached, LetterSent };
    /// Marks a follow-up done on `doneOn` (not in the future) with its outcome
    /// and note. One done already is refused with when it was done.
    Status markDone(qint64 followUpId, QDate doneOn, Outcome outcome, const QString &note);

    static QString kindName(const QString &kind);
    static QString outcomeName(Outcome outcome);

private:
    Journal &m_journal;
};

} // namespace trinn
