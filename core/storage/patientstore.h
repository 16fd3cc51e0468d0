#pragma once

#include "common/result.h"
#include "patients/patient.h"
#include "patients/patientrules.h"

#include <QCoreApplication>
#include <QSet>
#include <QList>

#include <optional>

namespace trinn {

class Journal;

/// The patient register of one journal.
class PatientStore
{
    Q_DECLARE_TR_FUNCTIONS(PatientStore)
public:
    explicit PatientStore(Journal &journal) : m_journal(journal) {}

    /// Which ids this journal takes (synthetic in a demo journal, real otherwise).
    JournalKind journalKind() const;

    /// Registers a patient. Refuses, with the reason, an invalid national id, an
    /// id of the wrong kind for this journal, a missing name, or an id already
    /// registered. Returns the new patient's row id.
    Result<qint64> add(const NewPatient &patient);
    Result<qint64> addNextOfKin(qint64 patientId, const NextOfKin &person);

    Result<Patient> get(qint64 patientId) const;
    Result<std::optional<qint64>> findByNationalId(const QString &nationalId) const;
    Result<qint64> count() const;

    /// Patients whose name words start with every word typed, or whose national
    /// id starts with the digits typed; exact word matches first, family names
    /// before given names, then alphabetical. At most `limit` patients.
    Result<QList<PatientSummary>> search(const QString &text, int limit) const;

    /// One page of a search as a list model pages it: `limit` matching words
    /// from `offset` on, in the order shown. A patient two of whose words match
    /// comes once, at the first; a model that pages on passes `seen` along.
    struct SearchPage
    {
        QList<PatientSummary> patients;
        int nextOffset = 0;
        bool mayHaveMore = false;
    };
    Result<SearchPage> searchPage(const QString &text, int limit, int offset, QSet<qint64> *seen = nullptr) const;

private:
    Journal &m_journal;
};

} // namespace trinn
