#pragma once

#include "common/result.h"
#include "patients/patient.h"

#include <QCoreApplication>

namespace trinn {

class Journal;

/// A patient's next of kin and the patient's consent to share information
/// with each: added, changed and removed through the Gate
/// (AccessPolicy::Data::Patient). Giving consent records when; withdrawing
/// it clears that, and the change log keeps both.
class NextOfKinStore
{
    Q_DECLARE_TR_FUNCTIONS(NextOfKinStore)
public:
    explicit NextOfKinStore(Journal &journal) : m_journal(journal) {}

    Result<QList<NextOfKin>> of(qint64 patientId) const;
    Result<qint64> add(qint64 patientId, const NextOfKin &person);
    /// Changes name, relation, phone and consent of the patient's next of kin `person.id`.
    Status update(qint64 patientId, const NextOfKin &person);
    Status remove(qint64 patientId, qint64 nextOfKinId);

    static Decision valid(const NextOfKin &person);

private:
    Journal &m_journal;
};

} // namespace trinn
