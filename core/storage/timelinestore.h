#pragma once

#include "common/result.h"
#include "patients/timelineentry.h"

#include <QCoreApplication>

namespace trinn {

class Journal;

/// A patient's journal timeline, gathered from every record that has a date:
/// registration, consent, phases, gatherings, follow-ups, medication, steps
/// and family program stays. Newest first.
class TimelineStore
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStore)
public:
    explicit TimelineStore(Journal &journal) : m_journal(journal) {}
    Result<QList<TimelineEntry>> timeline(qint64 patientId) const;

private:
    Status addGroupsAndOutings(qint64 patientId, QList<TimelineEntry> &entries) const;

    Journal &m_journal;
};

} // namespace trinn
