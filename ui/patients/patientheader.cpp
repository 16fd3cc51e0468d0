#include "patientheader.h"

#include "storage/patientstore.h"

#include <QCoreApplication>

namespace trinn {

QString patientHeader(Journal &journal, qint64 patientId)
{
    const Result<Patient> patient = PatientStore(journal).get(patientId);
    if (!patient)
        return patient.error();
    return QCoreApplication::translate("PatientHeader", "%1 · national id %2").arg(patient->fullName(), patient->nationalId);
}

} // namespace trinn
