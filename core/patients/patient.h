#pragma once

#include "patients/nationalid.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trinn {

struct NextOfKin
{
    qint64 id = 0;
    QString name;
    QString relation;
    QString phone;
    /// The patient's consent that the clinic may share information with this person.
    bool consentToShare = false;
    QDateTime consentRecordedAt;
};

/// What a person types in to register a patient; validated before it is stored.
struct NewPatient
{
    QString nationalId;
    QString givenNames;
    QString familyName;
    QString phone;
    QString email;
    QString address;
    QString gpName;
    QString gpPractice;
    /// When the patient was registered; now when left empty (set by imports and demo data).
    QDateTime registeredAt;
};

/// A patient as stored in the journal.
struct Patient
{
    qint64 id = 0;
    QString nationalId;
    NationalId::Kind idKind = NationalId::Kind::BirthNumber;
    QDate birthDate;
    QString givenNames;
    QString familyName;
    QString phone;
    QString email;
    QString address;
    QString gpName;
    QString gpPractice;
    QDateTime createdAt;
    QList<NextOfKin> nextOfKin;

    QString fullName() const { return givenNames.isEmpty() ? familyName : givenNames + u' ' + familyName; }
};

/// One row of a search result: enough to show and pick the patient.
struct PatientSummary
{
    qint64 id = 0;
    QString nationalId;
    QDate birthDate;
    QString givenNames;
    QString familyName;

    QString fullName() const { return givenNames.isEmpty() ? familyName : givenNames + u' ' + familyName; }
};

} // namespace trinn
