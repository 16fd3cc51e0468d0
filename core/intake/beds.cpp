#include "beds.h"

#include "common/clinictime.h"

namespace trinn {

Decision BedRules::canBook(const Bed &bed, qint64 patientId, QDate start, QDate end, const QList<BedStay> &stays)
{
    if (!start.isValid() || !end.isValid() || end <= start)
        return Decision::deny(tr("A bed is booked for at least one night: %1 to %2 is none.")
                                  .arg(clinictime::formatDate(start), clinictime::formatDate(end)));
    for (const BedStay &stay : stays) {
        if (stay.bedId != bed.id || !stay.overlaps(start, end))
            continue;
        const QString span = tr("%1–%2").arg(stay.start.toString(QStringLiteral("dd.MM")), clinictime::formatDate(stay.end));
        if (stay.patientId == patientId)
            return Decision::deny(tr("The patient already has bed %1 in room %2 %3.").arg(bed.label, bed.room, span));
        return Decision::deny(tr("Bed %1 in room %2 is taken by another patient %3.").arg(bed.label, bed.room, span));
    }
    return Decision::allow();
}

BedRules::BoardRow BedRules::boardRow(const Bed &bed, const QList<BedStay> &stays, QDate day)
{
    BoardRow row;
    row.bed = bed;
    QList<BedStay> mine;
    for (const BedStay &s : stays) {
        if (s.bedId == bed.id)
            mine << s;
    }
    std::sort(mine.begin(), mine.end(), [](const BedStay &a, const BedStay &b) { return a.start < b.start; });
    row.freeFrom = day;
    for (const BedStay &s : std::as_const(mine)) {
        if (s.covers(day))
            row.occupant = s;
        if (s.start <= row.freeFrom && s.end > row.freeFrom)
            row.freeFrom = s.end; // stays back to back keep the bed taken
        if (s.start > day && row.next.id == 0)
            row.next = s;
    }
    return row;
}

QList<BedRules::WeekLoad> BedRules::forecast(const QList<Bed> &beds, const QList<BedStay> &stays, QDate from, int weeks)
{
    QList<WeekLoad> loads;
    const QDate firstMonday = from.addDays(1 - from.dayOfWeek());
    for (int w = 0; w < weeks; ++w) {
        WeekLoad load;
        load.monday = firstMonday.addDays(7 * w);
        load.beds = int(beds.size());
        for (const Bed &bed : beds) {
            for (const BedStay &s : stays) {
                if (s.bedId == bed.id && s.covers(load.monday)) {
                    ++load.occupied;
                    break;
                }
            }
        }
        loads << load;
    }
    return loads;
}

} // namespace trinn
