#include "referral.h"

#include "calendar/norwegianholidays.h"
#include "common/clinictime.h"
#include "programs/programtemplate.h"

namespace trinn {

QString Referral::statusCode(Status status)
{
    switch (status) {
    case Status::Received: return QStringLiteral("received");
    case Status::Assessed: return QStringLiteral("assessed");
    case Status::Waiting: return QStringLiteral("waiting");
    case Status::Admitted: return QStringLiteral("admitted");
    case Status::Rejected: return QStringLiteral("rejected");
    }
    return QStringLiteral("received");
}

Referral::Status Referral::statusFromCode(const QString &code)
{
    for (Status s : {Status::Received, Status::Assessed, Status::Waiting, Status::Admitted, Status::Rejected}) {
        if (statusCode(s) == code)
            return s;
    }
    return Status::Received;
}

QString Referral::statusName(Status status)
{
    switch (status) {
    case Status::Received: return ReferralRules::tr("received");
    case Status::Assessed: return ReferralRules::tr("assessed");
    case Status::Waiting: return ReferralRules::tr("waiting");
    case Status::Admitted: return ReferralRules::tr("admitted");
    case Status::Rejected: return ReferralRules::tr("rejected");
    }
    return {};
}

QString Referral::careRightCode(CareRight right)
{
    switch (right) {
    case CareRight::Granted: return QStringLiteral("granted");
    case CareRight::Refused: return QStringLiteral("refused");
    case CareRight::Undecided: break;
    }
    return {};
}

Referral::CareRight Referral::careRightFromCode(const QString &code)
{
    if (code == QStringLiteral("granted"))
        return CareRight::Granted;
    if (code == QStringLiteral("refused"))
        return CareRight::Refused;
    return CareRight::Undecided;
}

QString Referral::careRightName(CareRight right)
{
    switch (right) {
    case CareRight::Granted: return ReferralRules::tr("has the right to necessary health care");
    case CareRight::Refused: return ReferralRules::tr("does not have the right to necessary health care");
    case CareRight::Undecided: break;
    }
    return ReferralRules::tr("right to necessary health care not decided");
}

QStringList ReferralRules::sources()
{
    return {QStringLiteral("gp"), QStringLiteral("psychologist"), QStringLiteral("municipal"), QStringLiteral("dps"),
            QStringLiteral("nav"), QStringLiteral("act"), QStringLiteral("workplace")};
}

QString ReferralRules::sourceName(const QString &code)
{
    if (code == u"gp") return tr("GP");
    if (code == u"psychologist") return tr("psychologist");
    if (code == u"municipal") return tr("municipal service");
    if (code == u"dps") return tr("DPS");
    if (code == u"nav") return tr("NAV");
    if (code == u"act") return tr("ACT/FACT team");
    if (code == u"workplace") return tr("workplace program");
    return code;
}

QDate ReferralRules::assessmentDeadline(QDate received)
{
    return NorwegianHolidays::addWorkingDays(received, assessmentWorkingDays);
}

bool ReferralRules::assessmentRightApplies(const QString &service)
{
    return service != service::municipal && service != service::lar;
}

QDate ReferralRules::currentDeadline(const Referral &r)
{
    switch (r.status) {
    case Referral::Status::Received:
        return r.assessmentRight ? assessmentDeadline(r.receivedOn) : QDate();
    case Referral::Status::Assessed:
    case Referral::Status::Waiting:
        return r.careDeadline;
    case Referral::Status::Admitted:
    case Referral::Status::Rejected:
        return {};
    }
    return {};
}

ReferralRules::Urgency ReferralRules::urgency(const Referral &r, QDate today)
{
    const QDate deadline = currentDeadline(r);
    if (!deadline.isValid())
        return Urgency::None;
    if (deadline < today)
        return Urgency::Overdue;
    const QDate sunday = today.addDays(7 - today.dayOfWeek());
    return deadline <= sunday ? Urgency::DueThisWeek : Urgency::Later;
}

QString ReferralRules::deadlineText(const Referral &r, QDate today)
{
    const QDate deadline = currentDeadline(r);
    if (!deadline.isValid())
        return {};
    const QString what = r.status == Referral::Status::Received ? tr("assessment") : tr("start of care");
    switch (urgency(r, today)) {
    case Urgency::Overdue:
        return tr("Overdue since %1: %2").arg(clinictime::formatDate(deadline), what);
    case Urgency::DueThisWeek:
        return tr("Due this week (%1): %2").arg(clinictime::formatDate(deadline), what);
    default:
        return tr("Due %1: %2").arg(clinictime::formatDate(deadline), what);
    }
}

Decision ReferralRules::canAssess(const Referral &r, QDate assessedOn, QDate careDeadline, const QString &reason,
                                  Referral::CareRight careRight)
{
    if (r.status == Referral::Status::Admitted)
        return Decision::deny(tr("The referral is %1 already.").arg(Referral::statusName(r.status)));
    if (r.status != Referral::Status::Received && reason.trimmed().isEmpty())
        return Decision::deny(tr("The referral is %1 already: give the reason for assessing it again.")
                                  .arg(Referral::statusName(r.status)));
    if (!assessedOn.isValid() || assessedOn < r.receivedOn)
        return Decision::deny(tr("The assessment cannot come before the referral was received (%1).")
                                  .arg(clinictime::formatDate(r.receivedOn)));
    if (!careDeadline.isValid() || careDeadline < assessedOn)
        return Decision::deny(tr("Set a start-of-care deadline on or after the assessment (%1).").arg(clinictime::formatDate(assessedOn)));
    if (careRight != Referral::CareRight::Undecided && !r.assessmentRight)
        return Decision::deny(tr("The right to necessary health care is decided for referrals to the specialist health service; "
                                 "this service is not one. Nothing was saved."));
    return Decision::allow();
}

Decision ReferralRules::canPlanAdmission(const Referral &r, QDate plannedAdmission, const QString &reason)
{
    if (r.status != Referral::Status::Assessed && r.status != Referral::Status::Waiting)
        return Decision::deny(r.status == Referral::Status::Received
                                  ? tr("Assess the referral before planning the admission.")
                                  : tr("The referral is %1 already.").arg(Referral::statusName(r.status)));
    if (!plannedAdmission.isValid() || plannedAdmission < r.assessedOn)
        return Decision::deny(tr("The admission cannot be planned before the assessment (%1).").arg(clinictime::formatDate(r.assessedOn)));
    if (r.status == Referral::Status::Waiting && r.plannedAdmission.isValid() && plannedAdmission != r.plannedAdmission
        && reason.trimmed().isEmpty())
        return Decision::deny(tr("The admission is planned for %1: give the reason for moving it.")
                                  .arg(clinictime::formatDate(r.plannedAdmission)));
    return Decision::allow();
}

Decision ReferralRules::canAdmit(const Referral &r, qint64 patientId)
{
    if (r.status == Referral::Status::Received)
        return Decision::deny(tr("Assess the referral before admitting the patient."));
    if (r.status == Referral::Status::Admitted || r.status == Referral::Status::Rejected)
        return Decision::deny(tr("The referral is %1 already.").arg(Referral::statusName(r.status)));
    if (patientId <= 0)
        return Decision::deny(tr("Register the patient before admitting them."));
    if (r.patientId != 0 && r.patientId != patientId)
        return Decision::deny(tr("This referral is for another registered patient (number %1).").arg(r.patientId));
    return Decision::allow();
}

Decision ReferralRules::canReject(const Referral &r, const QString &reason)
{
    if (r.status == Referral::Status::Admitted || r.status == Referral::Status::Rejected)
        return Decision::deny(tr("The referral is %1 already.").arg(Referral::statusName(r.status)));
    if (reason.trimmed().isEmpty())
        return Decision::deny(tr("A rejection needs its reason."));
    return Decision::allow();
}

} // namespace trinn
