#pragma once

#include "common/result.h"
#include "storage/staffstore.h"

#include <QCoreApplication>

namespace trinn {

class Journal;

/// The staff on a patient's care team: they read what their role reads only
/// for the patients they treat (a nurse a therapy note). Read and changed
/// through the Gate as the patient's program data (AccessPolicy::Data::Programs),
/// as StaffStore::addToCareTeam does.
class CareTeamStore
{
    Q_DECLARE_TR_FUNCTIONS(CareTeamStore)
public:
    explicit CareTeamStore(Journal &journal) : m_journal(journal) {}

    /// The members, by name; without password or lock data.
    Result<QList<StaffAccount>> members(qint64 patientId) const;
    Status add(qint64 patientId, qint64 staffId);
    Status remove(qint64 patientId, qint64 staffId);

private:
    Journal &m_journal;
};

} // namespace trinn
