#pragma once

#include "common/result.h"
#include "intake/beds.h"
#include "intake/referral.h"

#include <QCoreApplication>

namespace trinn {

class Journal;
class Scope;

/// Referrals and the waiting list. Every entry point passes the Gate
/// (AccessPolicy::Data::Referrals). A decision (assess, plan the admission,
/// admit, reject) is a new row signed by the signed-in staff member; it never
/// overwrites an earlier one, which stays readable in history().
class ReferralStore
{
    Q_DECLARE_TR_FUNCTIONS(ReferralStore)
public:
    explicit ReferralStore(Journal &journal) : m_journal(journal) {}

    Result<qint64> receive(const Referral &referral);
    /// Assesses a received referral; one assessed, waiting or rejected already
    /// is assessed again only with the reason.
    /// `careRight`: the decision on the right to necessary health care, with
    /// `careDeadline` the latest start of care when it is granted.
    Status assess(qint64 referralId, QDate assessedOn, QDate careDeadline, int priority, const QString &reason = {},
                  Referral::CareRight careRight = Referral::CareRight::Undecided);
    /// Plans the admission; moving a planned one needs the reason.
    Status planAdmission(qint64 referralId, QDate plannedAdmission, const QString &reason = {});
    Status admit(qint64 referralId, qint64 patientId);
    Status reject(qint64 referralId, const QString &reason);
    /// The referral as it stands now: its newest decision.
    Result<Referral> referral(qint64 referralId) const;
    /// Every decision on the referral, oldest first.
    Result<QList<ReferralDecision>> history(qint64 referralId) const;
    /// Referrals not yet admitted or rejected, by deadline, then priority.
    Result<QList<Referral>> open() const;
    /// Referrals admitted or rejected on or after `since`, the newest first:
    /// what became of them, with the patient an admission linked.
    Result<QList<Referral>> closedSince(QDate since) const;
    /// Assessed referrals waiting for a place: by deadline, then priority.
    Result<QList<Referral>> waitingList() const;

private:
    static Result<Referral> referralIn(const Scope &scope, qint64 referralId);
    static Result<QList<Referral>> openIn(const Scope &scope);
    /// Appends `decision` (the referral's state after it) signed by the scope's actor.
    static Status decide(const Scope &scope, const ReferralDecision &decision);
    Journal &m_journal;
};

/// Sites, rooms and beds, and who sleeps where when. Every entry point passes
/// the Gate (AccessPolicy::Data::Beds); a booking reads the bed's nights inside
/// its write transaction, so two workstations never both take the last one.
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

    /// For a use case replanning an episode's residential phase (inside its
    /// transaction): the episode's bed stays that ended with the phase
    /// (`oldEnd`) end with it at `newEnd`, so an extended Phase 1 keeps its
    /// bed and nobody else is booked into it. Refused with the rule's reason
    /// when the bed is taken in the nights added.
    static Status followPhase(const Scope &scope, qint64 episodeId, QDate oldEnd, QDate newEnd);
    /// For a use case ending an episode's stay at the clinic (discharge, the
    /// last residential phase completed), inside its transaction: the
    /// episode's bed stays still running on `day` end that morning, so the
    /// bed is free from then; stays of the episode not begun by then are
    /// shortened to nothing (start = end), so nobody sleeps in them.
    static Status freeBedsOf(const Scope &scope, qint64 episodeId, QDate day);

private:
    static Result<QList<Bed>> bedsIn(const Scope &scope);
    /// The stays overlapping [from, to); with a bed or a patient, only theirs.
    static Result<QList<BedStay>> staysIn(const Scope &scope, QDate from, QDate to, qint64 bedId = 0, qint64 patientId = 0);
    Journal &m_journal;
};

} // namespace trinn
