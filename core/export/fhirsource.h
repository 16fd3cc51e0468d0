#pragma once

#include "common/result.h"
#include "export/fhirresources.h"

#include <QHash>

#include <functional>

namespace trinn {

class Scope;

namespace fhir {

/// What a FHIR export reads: every record of one patient (or of every
/// patient, patientId 0), from inside the export's one gate visit. The only
/// SQL of the export; each kind of record is one query, rows handed on one by
/// one, so a whole journal never sits in memory.
class Source
{
public:
    Source(const Scope &scope, qint64 patientId) : m_scope(scope), m_patientId(patientId) {}

    Status patients(const std::function<void(const Patient &)> &each) const;
    Status episodes(const std::function<void(const Episode &)> &each) const;
    Status plans(const std::function<void(const PlanRecord &)> &each) const;
    Status medications(const std::function<void(const Medication &)> &each) const;
    /// Current versions only: a correction's older versions are not the record.
    Status tests(const std::function<void(const SubstanceTest &)> &each) const;
    Status sessions(const std::function<void(const SessionAttended &)> &each) const;
    Status appointments(const std::function<void(const AppointmentRecord &)> &each) const;
    /// Signed notes, each at its latest version; drafts and discarded ones are not the patient's record yet.
    Status notes(const std::function<void(const SignedNote &)> &each) const;
    /// Every staff member's full name, by id.
    Result<QHash<qint64, QString>> staff() const;

private:
    const Scope &m_scope;
    qint64 m_patientId = 0;
};

} // namespace fhir
} // namespace trinn
