#pragma once

#include "common/result.h"
#include "groups/therapygroup.h"

#include <QCoreApplication>
#include <QDate>

namespace trinn {

class Journal;
class Scope;

/// AA/NA outings: meetings nearby with escorts, or meetings held at the clinic,
/// and who is due one (on average every 14 days).
class OutingStore
{
    Q_DECLARE_TR_FUNCTIONS(OutingStore)
public:
    static constexpr int averageDaysBetweenOutings = 14;

    explicit OutingStore(Journal &journal) : m_journal(journal) {}

    /// Refuses a kind other than AA or NA, no place, no participants, an
    /// outing away from the clinic without an escort, or an escort who is not
    /// in the staff register.
    Result<qint64> create(const Outing &outing);
    Result<QList<Outing>> between(const QDateTime &from, const QDateTime &to) const;

    struct Due
    {
        qint64 patientId = 0;
        QString name;
        /// Days since the last outing, or since admission when there was none.
        int days = 0;
        QDate lastOuting;
    };
    /// Admitted patients who have not been out to a meeting nearby in the
    /// last 14 days; a meeting at the clinic does not count, it comes in addition.
    Result<QList<Due>> due(QDate day) const;
    /// Plans the next outing for everyone due, at a meeting on a given day,
    /// with escorts chosen from the staff register.
    Result<qint64> planForDue(QDate day, const QString &kind, const QString &place, QTime time, const QList<StaffRef> &escorts,
                              bool atClinic = false);

private:
    Result<QList<Due>> dueIn(const Scope &scope, QDate day) const;
    Journal &m_journal;
};

} // namespace trinn
