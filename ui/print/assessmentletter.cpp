#include "assessmentletter.h"

#include "common/clinictime.h"
#include "storage/intakestore.h"
#include "storage/journal.h"
#include "storage/programstore.h"

namespace trinn {

Result<PrintJob> AssessmentLetter::build(Journal &journal, qint64 referralId)
{
    const Result<Referral> referral = ReferralStore(journal).referral(referralId);
    if (!referral)
        return Error{referral.error()};
    if (!referral->assessedOn.isValid() || referral->status == Referral::Status::Received)
        return Error{tr("The referral of %1 is not assessed yet: there is no decision to write to them about.").arg(referral->personName)};
    const Result<ProgramTemplate> program = ProgramStore(journal).find(referral->requestedService);
    const QString service = program ? program->name : referral->requestedService;
    const QString title = tr("Answer to the referral of %1").arg(referral->personName);

    QString body = Printing::heading(title, tr("Referral received %1 from %2, for %3.")
                                                .arg(clinictime::formatDate(referral->receivedOn),
                                                     ReferralRules::sourceName(referral->source), service));
    QStringList to;
    to << (referral->nationalId.isEmpty() ? tr("To: %1").arg(referral->personName)
                                          : tr("To: %1, national id %2").arg(referral->personName, referral->nationalId));
    to << tr("Copy to the referrer: %1").arg(ReferralRules::sourceName(referral->source));
    body += Printing::text(to.join(u'\n'));
    body += Printing::section(tr("Decision"));
    QString decision = tr("Your referral was assessed on %1.").arg(clinictime::formatDate(referral->assessedOn));
    switch (referral->careRight) {
    case Referral::CareRight::Granted:
        decision += QLatin1Char(' ') + tr("You have the right to necessary health care from the specialist health service. "
                              "Treatment starts at the latest on %1.")
                               .arg(clinictime::formatDate(referral->careDeadline));
        break;
    case Referral::CareRight::Refused:
        decision += QLatin1Char(' ') + tr("You do not have the right to necessary health care from the specialist health service. "
                              "You may complain about the decision to the State Administrator (Statsforvalteren); "
                              "send the complaint to us, and we forward it.");
        break;
    case Referral::CareRight::Undecided:
        decision += QLatin1Char(' ') + tr("We plan to start no later than %1.").arg(clinictime::formatDate(referral->careDeadline));
        break;
    }
    if (referral->plannedAdmission.isValid())
        decision += QStringLiteral("\n\n") + tr("You are welcome on %1.").arg(clinictime::formatDate(referral->plannedAdmission));
    if (referral->status == Referral::Status::Rejected && !referral->statusReason.isEmpty())
        decision += QStringLiteral("\n\n") + tr("The referral is rejected: %1").arg(referral->statusReason);
    body += Printing::text(decision);
    body += Printing::text(tr("Decided by %1, %2.")
                               .arg(referral->decidedByName, clinictime::formatDateTime(referral->decidedAt)));
    body += Printing::signatureLines({tr("Date and signature, for the clinic")});
    body += Printing::printedBy(journal);
    QString name = referral->personName.section(u' ', -1).toLower();
    return PrintJob{title, tr("referral-answer-%1.pdf").arg(name), Printing::document(title, body)};
}

} // namespace trinn
