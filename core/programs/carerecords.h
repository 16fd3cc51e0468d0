#pragma once

#include <QDate>
#include <QString>

namespace trinn {

/// Medication-assisted treatment: what the patient is prescribed, from when.
struct Medication
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString drug;
    QString dose;
    QDate start;
    QDate stop;
    QString prescriber;
    QString note;

    bool activeOn(QDate day) const { return start <= day && (!stop.isValid() || stop >= day); }
};

/// Coercion decided by the municipality, with its legal basis.
struct Coercion
{
    qint64 id = 0;
    qint64 episodeId = 0;
    QString legalBasis;
    QString decidedBy;
    QDate decidedOn;
    QDate validUntil;
    QString note;
};

/// Advice offered to a relative.
struct RelativeAdvice
{
    qint64 id = 0;
    qint64 episodeId = 0;
    QString relativeName;
    QDate offeredOn;
    bool accepted = false;
    QString note;
};

/// A relative's five days in the family program.
struct FamilyStay
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString relativeName;
    QString relation;
    QDate start;
    QDate end;
    QString referredOnward;
    bool selfHelpInfoGiven = false;
};

/// Why a relapse happened and how long treatment it needs.
struct RelapseAssessment
{
    qint64 id = 0;
    qint64 episodeId = 0;
    int soberDays = 0;
    QString cause;
    QString circumstances;
    bool serious = false;
    int recommendedDays = 0;
};

} // namespace trinn
