#pragma once

#include "common/result.h"
#include "patients/patient.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

namespace trinn {

class Journal;

/// Intake's last step as one use case: an assessed referral's person is
/// registered as a patient (unless the referral names one already), enrolled
/// in the program the referral asks for, admitted on the day (the first phase
/// started when the day has come) and the referral marked admitted. One write
/// transaction: refused anywhere, nothing of it is saved.
class ReferralAdmission
{
    Q_DECLARE_TR_FUNCTIONS(ReferralAdmission)
public:
    explicit ReferralAdmission(Journal &journal) : m_journal(journal) {}

    struct Request
    {
        qint64 referralId = 0;
        /// The person to register; ignored when the referral has its patient.
        /// Without a national id, the one on the referral.
        NewPatient person;
        QDate admittedOn;
        QStringList optionalPhases;
        /// Criterion code → applies, for programs with criteria.
        QList<std::pair<QString, bool>> assessment;
    };
    struct Admitted
    {
        qint64 patientId = 0;
        qint64 episodeId = 0;
    };
    Result<Admitted> admit(const Request &request);

private:
    Journal &m_journal;
};

} // namespace trinn
