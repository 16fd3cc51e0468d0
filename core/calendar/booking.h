#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

namespace trinn {

/// Something in the clinic calendar that takes a room, staff and patients
/// for a while: a group session, an individual appointment, an outing.
struct Booking
{
    QString what;
    QString room;
    QStringList staff;
    QList<qint64> patients;
    QDateTime start; // UTC
    int minutes = 0;
    /// Stable identity across exports: "session-12", "appointment-4", "outing-7".
    QString key;
    /// False for spans that are shown but do not keep people busy all the
    /// while (an admission day, a Phase 2 gathering, a family program week).
    bool exclusive = true;
    /// The staff register's ids of `staff`, where known (0 for a name from an
    /// earlier version that names no staff member). A person is busy when
    /// either the id or the name matches.
    QList<qint64> staffIds;
    /// Residential life goes on on a public holiday: an AA/NA meeting, or an
    /// individual session of a patient admitted that day, may be booked then.
    bool goesOnOnHolidays = false;

    QDateTime end() const { return start.addSecs(qint64(minutes) * 60); }
    bool overlaps(const Booking &other) const { return start < other.end() && other.start < end(); }
};

/// Nobody and no room in two places at once, and nothing on a public holiday
/// except what residential life needs (see Booking::goesOnOnHolidays):
/// "Room Fjell is taken by MBRP 14:00–15:45 on 03.03.2027.", "Terapeut Lie
/// leads Dynamic group A 13:00–14:30 on 24.11.2026.", "Kari Nordmann is in …".
class ConflictRules
{
    Q_DECLARE_TR_FUNCTIONS(ConflictRules)
public:
    static Decision check(const Booking &candidate, const QList<Booking> &others,
                          const QHash<qint64, QString> &patientNames = {});
};

} // namespace trinn
