#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QString>

namespace trinn {

/// A referral to treatment: who sent it, when, for what, and where it stands.
struct Referral
{
    enum class Status { Received, Assessed, Waiting, Admitted, Rejected };
    /// The decision at assessment on the right to necessary health care
    /// (pasient- og brukerrettighetsloven § 2-1 b); with it granted, the
    /// care deadline is the latest start of care the patient is told.
    enum class CareRight { Undecided, Granted, Refused };

    qint64 id = 0;
    qint64 patientId = 0;   // 0: the person is not registered yet
    QString personName;
    /// The person's national id as the referrer gave it (11 digits), or empty.
    QString nationalId;
    QString source;         // a ReferralRules::sources() code
    QDate receivedOn;
    QString requestedService; // a program code
    QString documents;
    Status status = Status::Received;
    QString statusReason;
    int priority = 2;       // 1 urgent, 2 normal, 3 can wait
    QDate assessedOn;
    QDate careDeadline;     // the start-of-care deadline set at assessment
    QDate plannedAdmission;
    /// The newest decision: when and by whom (none while only received).
    QDateTime decidedAt;
    qint64 decidedByStaffId = 0; // 0: the system, or a decision carried over from an earlier schema
    QString decidedByName;
    /// Whether pasient- og brukerrettighetsloven § 2-2 applies: a referral to
    /// the specialist health service has the right to an assessment within
    /// 10 working days; municipal day treatment and LAR's own courses do not.
    bool assessmentRight = true;
    CareRight careRight = CareRight::Undecided;

    static QString statusCode(Status status);
    static Status statusFromCode(const QString &code);
    static QString statusName(Status status);
    static QString careRightCode(CareRight right);
    static CareRight careRightFromCode(const QString &code);
    /// "has the right to necessary health care", "does not have …", "not decided".
    static QString careRightName(CareRight right);
};

/// One decision on a referral and the state it left the referral in. A
/// decision is changed only by a newer one; the older ones stay as history.
struct ReferralDecision
{
    qint64 id = 0;
    qint64 referralId = 0;
    Referral::Status status = Referral::Status::Received;
    int priority = 2;
    QDate assessedOn;
    QDate careDeadline;
    QDate plannedAdmission;
    Referral::CareRight careRight = Referral::CareRight::Undecided;
    qint64 patientId = 0;
    QString reason;
    QDateTime decidedAt;
    qint64 decidedByStaffId = 0; // 0: the system, or unknown (verified false)
    QString decidedByName;
    /// False for decisions carried over from a journal made before their
    /// authors were recorded.
    bool verified = true;
};

/// Deadlines and the readable state of a referral.
class ReferralRules
{
    Q_DECLARE_TR_FUNCTIONS(ReferralRules)
public:
    /// A referral is assessed within 10 working days of receipt.
    static constexpr int assessmentWorkingDays = 10;

    static QStringList sources();
    static QString sourceName(const QString &code);

    /// The day the assessment is due: 10 working days after receipt, public
    /// holidays (moving feasts included) not counted.
    static QDate assessmentDeadline(QDate received);
    /// Whether a referral to a program of this service (a `service::` code)
    /// has the right to an assessment (§ 2-2): the specialist health service
    /// does; the municipality's day treatment and LAR's internal courses do not.
    static bool assessmentRightApplies(const QString &service);
    /// The deadline that matters now: assessment until assessed, then start of care.
    static QDate currentDeadline(const Referral &referral);

    enum class Urgency { None, Overdue, DueThisWeek, Later };
    static Urgency urgency(const Referral &referral, QDate today);
    /// "Overdue since 12.03.2027: assessment", "Due this week (18.03.2027): start of care".
    static QString deadlineText(const Referral &referral, QDate today);

    /// Assessment sets the start-of-care deadline, not before the assessment.
    /// A referral assessed, waiting or rejected already may be assessed
    /// again, with the reason for changing the decision taken.
    /// The right to necessary health care is decided only where § 2-2 applies
    /// (the specialist health service), not for municipal or LAR courses.
    static Decision canAssess(const Referral &referral, QDate assessedOn, QDate careDeadline, const QString &reason = {},
                              Referral::CareRight careRight = Referral::CareRight::Undecided);
    /// After the assessment, not before it; moving a planned admission needs its reason.
    static Decision canPlanAdmission(const Referral &referral, QDate plannedAdmission, const QString &reason = {});
    static Decision canAdmit(const Referral &referral, qint64 patientId);
    static Decision canReject(const Referral &referral, const QString &reason);
};

} // namespace trinn
