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
    // Every stored date is "yyyy-MM-dd": read straight from its digits, as
    // QDate::fromString would, without its general parsing (a screen reads
    // thousands). Anything else takes Qt's way.
    const auto digit = [&](qsizetype i) { return text.at(i).unicode() - u'0'; };
    const auto isDigit = [&](qsizetype i) { return text.at(i).unicode() >= u'0' && text.at(i).unicode() <= u'9'; };
    if (text.size() == 10 && text.at(4) == u'-' && text.at(7) == u'-' && isDigit(0) && isDigit(1) && isDigit(2) && isDigit(3)
        && isDigit(5) && isDigit(6) && isDigit(8) && isDigit(9)) {
        const int year = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
        if (year > 0)
            return QDate(year, digit(5) * 10 + digit(6), digit(8) * 10 + digit(9));
    }
    return QDate::fromString(text, Qt::ISODate);
}

} // namespace trinn::clinictime
