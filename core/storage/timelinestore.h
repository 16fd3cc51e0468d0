#pragma once

#include "common/result.h"
#include "patients/timelineentry.h"

#include <QCoreApplication>

namespace trinn {

class Journal;
struct Patient;

/// A patient's journal timeline, gathered from every record that has a date:
/// registration, consent, phases, gatherings, follow-ups, medication, steps
/// and family program stays. Newest first.
class TimelineStore
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStore)
public:
    explicit TimelineStore(Journal &journal) : m_journal(journal) {}
    Result<QList<TimelineEntry>> timeline(qint64 patientId) const;
    /// The same, for a screen that has just read the patient's details
    /// (PatientStore::get): they are not read a second time.
    Result<QList<TimelineEntry>> timeline(const Patient &patient) const;

private:
    Result<QList<TimelineEntry>> timeline(qint64 patientId, const Patient *known) const;
    Status addGroupsAndOutings(qint64 patientId, QList<TimelineEntry> &entries) const;

    Journal &m_journal;
};

} // namespace trinn
