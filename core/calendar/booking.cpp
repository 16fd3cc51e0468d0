#include "booking.h"

#include "calendar/norwegianholidays.h"
#include "common/clinictime.h"

namespace trinn {
namespace {

QString span(const Booking &b)
{
    return ConflictRules::tr("%1 %2–%3 on %4")
        .arg(b.what, clinictime::local(b.start).toString(QStringLiteral("HH:mm")),
             clinictime::local(b.end()).toString(QStringLiteral("HH:mm")),
             clinictime::formatDate(clinictime::local(b.start).date()));
}

} // namespace

Decision ConflictRules::check(const Booking &candidate, const QList<Booking> &others, const QHash<qint64, QString> &patientNames)
{
    const QDate day = clinictime::local(candidate.start).date();
    if (NorwegianHolidays::isHoliday(day) && !candidate.goesOnOnHolidays)
        return Decision::deny(tr("%1 is a public holiday (%2).").arg(clinictime::formatDate(day), NorwegianHolidays::nameOf(day)));
    for (const Booking &other : others) {
        if (!other.exclusive || !candidate.overlaps(other))
            continue;
        if (!candidate.room.isEmpty() && other.room.compare(candidate.room, Qt::CaseInsensitive) == 0)
            return Decision::deny(tr("Room %1 is taken by %2.").arg(candidate.room, span(other)));
        for (qsizetype i = 0; i < candidate.staff.size(); ++i) {
            const qint64 id = candidate.staffIds.value(i);
            if (other.staff.contains(candidate.staff.at(i)) || (id != 0 && other.staffIds.contains(id)))
                return Decision::deny(tr("%1 is busy with %2.").arg(candidate.staff.at(i), span(other)));
        }
        for (qint64 patient : candidate.patients) {
            if (other.patients.contains(patient))
                return Decision::deny(tr("%1 is in %2.").arg(patientNames.value(patient, tr("The patient")), span(other)));
        }
    }
    return Decision::allow();
}

} // namespace trinn
