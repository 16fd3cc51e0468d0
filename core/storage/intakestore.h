#pragma once

#include "common/result.h"
#include "intake/beds.h"
#include "intake/referral.h"

#include <QCoreApplication>

namespace trinn {

class Journal;

/// Referrals and the waiting list.
class ReferralStore
{
    Q_DECLARE_TR_FUNCTIONS(ReferralStore)
public:
    explicit ReferralStore(Journal &journal) : m_journal(journal) {}

    Result<qint64> receive(const Referral &referral);
    Status assess(qint64 referralId, QDate assessedOn, QDate careDeadline, int priority);
    Status planAdmission(qint64 referralId, QDate plannedAdmission);
    Status admit(qint64 referralId, qint64 patientId);
    Status reject(qint64 referralId, const QString &reason);
    Result<Referral> referral(qint64 referralId) const;
    /// Referrals not yet admitted or rejected, by deadline, then priority.
    Result<QList<Referral>> open() const;
    /// Assessed referrals waiting for a place: by deadline, then priority.
    Result<QList<Referral>> waitingList() const;

private:
    Status setStatus(qint64 referralId, Referral::Status status, const QString &reason);
    Journal &m_journal;
};

/// Sites, rooms and beds, and who sleeps where when.
class BedStore
{
    Q_DECLARE_TR_FUNCTIONS(BedStore)
public:
    explicit BedStore(Journal &journal) : m_journal(journal) {}

    Result<qint64> addBed(const Bed &bed);
    Result<QList<Bed>> beds() const;
    /// Books a bed; with an episode and no end, the stay lasts to the planned
    /// end of its residential phases. Refuses a double booking with the reason.
    Result<qint64> book(qint64 bedId, qint64 patientId, QDate start, QDate end, qint64 episodeId = 0);
    Result<QList<BedStay>> staysBetween(QDate from, QDate to) const;
    Result<QList<BedRules::BoardRow>> board(QDate day) const;
    Result<QList<BedRules::WeekLoad>> forecast(QDate from, int weeks = 12) const;

private:
    Journal &m_journal;
};

} // namespace trinn
