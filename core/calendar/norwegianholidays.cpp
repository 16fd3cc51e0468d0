#include "norwegianholidays.h"

namespace trinn {

QDate NorwegianHolidays::easterSunday(int year)
{
    // The anonymous Gregorian computus (Meeus/Jones/Butcher).
    const int a = year % 19;
    const int b = year / 100;
    const int c = year % 100;
    const int d = b / 4;
    const int e = b % 4;
    const int f = (b + 8) / 25;
    const int g = (b - f + 1) / 3;
    const int h = (19 * a + b - d - g + 15) % 30;
    const int i = c / 4;
    const int k = c % 4;
    const int l = (32 + 2 * e + 2 * i - h - k) % 7;
    const int m = (a + 11 * h + 22 * l) / 451;
    const int month = (h + l - 7 * m + 114) / 31;
    const int day = ((h + l - 7 * m + 114) % 31) + 1;
    return QDate(year, month, day);
}

QList<NorwegianHolidays::Holiday> NorwegianHolidays::forYear(int year)
{
    const QDate easter = easterSunday(year);
    return {
        {QDate(year, 1, 1), tr("New Year's Day")},
        {easter.addDays(-3), tr("Maundy Thursday")},
        {easter.addDays(-2), tr("Good Friday")},
        {easter, tr("Easter Sunday")},
        {easter.addDays(1), tr("Easter Monday")},
        {QDate(year, 5, 1), tr("Labour Day")},
        {QDate(year, 5, 17), tr("Constitution Day")},
        {easter.addDays(39), tr("Ascension Day")},
        {easter.addDays(49), tr("Whit Sunday")},
        {easter.addDays(50), tr("Whit Monday")},
        {QDate(year, 12, 25), tr("Christmas Day")},
        {QDate(year, 12, 26), tr("Boxing Day")},
    };
}

QString NorwegianHolidays::nameOf(QDate date)
{
    if (!date.isValid())
        return {};
    const QList<Holiday> holidays = forYear(date.year());
    for (const Holiday &holiday : holidays) {
        if (holiday.date == date)
            return holiday.name;
    }
    return {};
}

bool NorwegianHolidays::isHoliday(QDate date)
{
    return !nameOf(date).isEmpty();
}

bool NorwegianHolidays::isWorkingDay(QDate date)
{
    return date.isValid() && date.dayOfWeek() <= 5 && !isHoliday(date);
}

QDate NorwegianHolidays::addWorkingDays(QDate from, int days)
{
    QDate date = from;
    const int step = days >= 0 ? 1 : -1;
    int remaining = days >= 0 ? days : -days;
    while (remaining > 0) {
        date = date.addDays(step);
        if (isWorkingDay(date))
            --remaining;
    }
    return date;
}

int NorwegianHolidays::workingDaysBetween(QDate from, QDate to)
{
    int count = 0;
    for (QDate date = from.addDays(1); date <= to; date = date.addDays(1)) {
        if (isWorkingDay(date))
            ++count;
    }
    return count;
}

} // namespace trinn
