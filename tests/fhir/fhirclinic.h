#pragma once

#include "support/testjournals.h"

#include <QString>

namespace trinn::test::fhir {

/// A demo journal made by `trinnctl demo` (a few patients, with their notes),
/// to which the records the demo does not make are added through core: an
/// appointment, a treatment plan, medication, a lab's measured value, a corrected note and a draft. `patientId` is the patient whose copy the
/// tests take (the one with most group sessions, a signed note and a next of
/// kin with consent); the demo's therapist is on that patient's care team.
struct Clinic
{
    QString journal;
    qint64 patientId = 0;
    QString nationalId;
    qint64 therapistId = 0;
};
Clinic makeClinic(Backend backend);

/// The demo's therapist, signed in (the actor of an in-process journal).
Actor demoTherapist(qint64 staffId);

} // namespace trinn::test::fhir
