#pragma once

#include "common/result.h"
#include "programs/carerecords.h"
#include "programs/programrules.h"

#include <QCoreApplication>

namespace trinn {

class Journal;

/// What the services record beside the phases: medication-assisted treatment,
/// coercion, advice to relatives, family program stays, relapse assessments
/// and the days of municipal day treatment.
class CareRecordStore
{
    Q_DECLARE_TR_FUNCTIONS(CareRecordStore)
public:
    explicit CareRecordStore(Journal &journal) : m_journal(journal) {}

    Result<qint64> addMedication(const Medication &medication);
    /// Stopping a prescription says why (kept with the new version).
    Status stopMedication(qint64 medicationId, QDate stop, const QString &reason);
    Result<QList<Medication>> medications(qint64 patientId) const;
    /// The drugs a patient is prescribed on a day (for test interpretation).
    Result<QList<Medication>> activeMedications(qint64 patientId, QDate day) const;

    Result<qint64> addCoercion(const Coercion &coercion);
    Result<QList<Coercion>> coercions(qint64 episodeId) const;

    Result<qint64> addRelativeAdvice(const RelativeAdvice &advice);
    Result<QList<RelativeAdvice>> relativeAdvice(qint64 episodeId) const;

    /// Plans a relative's five days; refused unless the patient is admitted throughout.
    Result<qint64> addFamilyStay(const FamilyStay &stay);
    Result<QList<FamilyStay>> familyStays(qint64 patientId) const;

    /// Records the assessment and returns the suggested length in days.
    Result<RelapseAssessment> assessRelapse(qint64 episodeId, int soberDays, const QString &cause,
                                            const QString &circumstances, bool serious);
    Result<QList<RelapseAssessment>> relapseAssessments(qint64 episodeId) const;

    /// One day of municipal day treatment, with its length.
    /// Changing a day already recorded is a correction and needs `reason`.
    Status recordDayTreatment(qint64 episodeId, QDate day, int minutes, const QString &reason = {});
    Result<QList<std::pair<QDate, int>>> dayTreatment(qint64 episodeId) const;
    Result<ProgramRules::DayTreatmentCheck> checkDayTreatment(qint64 episodeId, QDate until) const;

private:
    Journal &m_journal;
};

} // namespace trinn
