#pragma once

#include "common/result.h"
#include "patients/patient.h"

#include <QCoreApplication>

namespace trinn {

enum class JournalKind { Clinic, Demo };

/// Whether a patient may be registered as typed: a valid national id of the
/// kind this journal takes (synthetic numbers in a demo journal only, real ones
/// in a clinic journal only) and a name.
class PatientRules
{
    Q_DECLARE_TR_FUNCTIONS(PatientRules)
public:
    static Decision canRegister(const NewPatient &patient, JournalKind journal);
    static Decision acceptsId(const NationalId &id, JournalKind journal);

    /// Splits "Kari Nordmann" or "Nordmann, Kari" into given names and family name.
    static void splitName(const QString &fullName, QString *givenNames, QString *familyName);
};

} // namespace trinn
