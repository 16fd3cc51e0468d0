#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace trinn {

struct Bed
{
    qint64 id = 0;
    QString site;
    QString room;
    QString label;
};

/// A patient in a bed for a span of nights: [start, end), planned or lived.
struct BedStay
{
    qint64 id = 0;
    qint64 bedId = 0;
    qint64 patientId = 0;
    QString patientName;
    QDate start;
    QDate end;
    qint64 episodeId = 0;

    bool covers(QDate day) const { return start <= day && day < end; }
    bool overlaps(QDate from, QDate to) const { return start < to && from < end; }
};

class BedRules
{
    Q_DECLARE_TR_FUNCTIONS(BedRules)
public:
    /// "Bed 3 in room Fjell is taken by another patient 02.03–14.04.2027."
    static Decision canBook(const Bed &bed, qint64 patientId, QDate start, QDate end, const QList<BedStay> &stays);

    /// The bed board of a day: who is in the bed, and from when it is free
    /// (the end of the stays that follow on without a gap).
    struct BoardRow
    {
        Bed bed;
        BedStay occupant; // id 0: empty today
        QDate freeFrom;
        BedStay next;     // the next stay booked after today, if any
    };
    static BoardRow boardRow(const Bed &bed, const QList<BedStay> &stays, QDate day);

    /// Beds taken on each Monday of the coming weeks.
    struct WeekLoad
    {
        QDate monday;
        int occupied = 0;
        int beds = 0;
    };
    static QList<WeekLoad> forecast(const QList<Bed> &beds, const QList<BedStay> &stays, QDate from, int weeks);
};

} // namespace trinn
