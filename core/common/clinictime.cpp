#include "clinictime.h"

using namespace Qt::StringLiterals;

namespace trinn::clinictime {

const QTimeZone &zone()
{
    static const QTimeZone oslo(QByteArrayLiteral("Europe/Oslo"));
    return oslo;
}

qint64 toStorage(const QDateTime &instant)
{
    return instant.toMSecsSinceEpoch();
}

QDateTime fromStorage(qint64 msSinceEpochUtc)
{
    return QDateTime::fromMSecsSinceEpoch(msSinceEpochUtc, Qt::UTC);
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc();
}

QDate today()
{
    return local(now()).date();
}

QDateTime local(const QDateTime &instant)
{
    return instant.toTimeZone(zone());
}

QDateTime at(QDate date, QTime time)
{
    return QDateTime(date, time, zone());
}

int ageOn(QDate birthDate, QDate day)
{
    if (!birthDate.isValid() || !day.isValid() || day < birthDate)
        return 0;
    int years = day.year() - birthDate.year();
    if (day.month() < birthDate.month()
        || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --years;
    return years;
}

QString formatDate(QDate date)
{
    return date.toString(u"dd.MM.yyyy"_s);
}

QString formatDateTime(const QDateTime &instant)
{
    return local(instant).toString(u"dd.MM.yyyy HH:mm"_s);
}

QString dateToStorage(QDate date)
{
    return date.toString(Qt::ISODate);
}

QDate dateFromStorage(const QString &text)
{
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace trinn::clinictime
