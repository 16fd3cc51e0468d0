#pragma once

#include "export/fhirjson.h"
#include "patients/patient.h"
#include "programs/carerecords.h"
#include "programs/episode.h"
#include "programs/treatmentplan.h"
#include "testing/substancetest.h"

#include <QJsonArray>

namespace trinn::fhir {

/// A "by" of a record: a staff member of the register (staffId) or, for the
/// system and for names kept from earlier versions, a name alone.
struct By
{
    qint64 staffId = 0;
    QString name;
};

/// One patient's attendance of one group session.
struct SessionAttended
{
    qint64 sessionId = 0;
    qint64 patientId = 0;
    QString groupName;
    QString groupKind;
    QDateTime startsAt;
    int minutes = 0;
    QString room;
    QString attendance; // an Attendance status code
    QString line;
};

/// An individual appointment as stored.
struct AppointmentRecord
{
    qint64 id = 0;
    qint64 patientId = 0;
    By staff;
    QDateTime startsAt;
    int minutes = 0;
    QString room;
    QString note;
    QString status;
};

/// The latest version of a signed journal note.
struct SignedNote
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString type;
    QDateTime signedAt;
    By signer;
    By author;
    int version = 1;
    QString text;
    QDateTime writtenAt;
};

struct PlanRecord
{
    TreatmentPlan plan;
    qint64 patientId = 0;
    QString programName;
};

// One family of resources per file: fhirpatient.cpp (Patient, RelatedPerson,
// Consent, Practitioner), fhirepisode.cpp (EpisodeOfCare, the phases as
// Encounters, CarePlan), fhirencounter.cpp (group sessions, appointments),
// fhirobservation.cpp (tests), fhirmedication.cpp, fhirdocument.cpp (notes).
QJsonObject patient(const Context &context, const Patient &patient);
QJsonObject relatedPerson(const Context &context, qint64 patientId, const NextOfKin &person);
/// The patient's consent to share information with a next of kin.
QJsonObject consent(const Context &context, qint64 patientId, const NextOfKin &person);
QJsonObject practitioner(const Context &context, qint64 staffId, const QString &fullName);
/// A reference to the staff member, or their name alone when not in the register.
QJsonObject staffReference(const Context &context, const By &by);

QJsonObject episodeOfCare(const Context &context, const Episode &episode);
/// A phase is a stretch of care with its own dates: an Encounter of the
/// episode (inpatient for a residential phase).
QJsonObject phaseEncounter(const Context &context, const Episode &episode, const Phase &phase);
QJsonObject carePlan(const Context &context, const PlanRecord &plan);

QJsonObject sessionEncounter(const Context &context, const SessionAttended &session);
QJsonObject appointmentEncounter(const Context &context, const AppointmentRecord &appointment);

/// The sample as one Observation, with one Observation per analyte as its members.
QJsonArray observations(const Context &context, const SubstanceTest &test);

QJsonObject medicationStatement(const Context &context, const Medication &medication);

QJsonObject documentReference(const Context &context, const SignedNote &note);

} // namespace trinn::fhir
