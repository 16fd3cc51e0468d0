#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QString>

namespace trinn {

/// Norwegian public holidays (helligdager and the two national days).
/// The one calendar all scheduling and deadline arithmetic in Trinn uses.
class NorwegianHolidays
{
    Q_DECLARE_TR_FUNCTIONS(NorwegianHolidays)
public:
    struct Holiday
    {
        QDate date;
        QString name;
    };

    static QDate easterSunday(int year);
    static QList<Holiday> forYear(int year);
    static bool isHoliday(QDate date);
    /// The holiday's name, or an empty string on an ordinary day.
    static QString nameOf(QDate date);

    /// Monday to Friday and not a public holiday.
    static bool isWorkingDay(QDate date);
    /// The date `days` working days after `from` (from itself not counted).
    static QDate addWorkingDays(QDate from, int days);
    /// Working days in (from, to], i.e. counting `to` but not `from`.
    static int workingDaysBetween(QDate from, QDate to);
};

} // namespace trinn
