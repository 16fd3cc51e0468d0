#include "support/testjournals.h"

#include "calendar/norwegianholidays.h"

using trinn::NorwegianHolidays;

TEST_CASE("Easter Sunday is computed for known years", "[holidays]")
{
    CHECK(NorwegianHolidays::easterSunday(2024) == QDate(2024, 3, 31));
    CHECK(NorwegianHolidays::easterSunday(2025) == QDate(2025, 4, 20));
    CHECK(NorwegianHolidays::easterSunday(2026) == QDate(2026, 4, 5));
    CHECK(NorwegianHolidays::easterSunday(2027) == QDate(2027, 3, 28));
    CHECK(NorwegianHolidays::easterSunday(2038) == QDate(2038, 4, 25));
    CHECK(NorwegianHolidays::easterSunday(2285) == QDate(2285, 3, 22));
}

TEST_CASE("The Norwegian public holidays of 2027", "[holidays]")
{
    const QList<QDate> expected{
        QDate(2027, 1, 1),  QDate(2027, 3, 25), QDate(2027, 3, 26), QDate(2027, 3, 28),
        QDate(2027, 3, 29), QDate(2027, 5, 1),  QDate(2027, 5, 6),  QDate(2027, 5, 16),
        QDate(2027, 5, 17), QDate(2027, 12, 25), QDate(2027, 12, 26)};
    for (const QDate &date : expected) {
        CAPTURE(date.toString(Qt::ISODate).toStdString());
        CHECK(NorwegianHolidays::isHoliday(date));
    }
    // Whit Monday 2027 coincides with Constitution Day: 11 distinct days, 12 holidays.
    CHECK(NorwegianHolidays::forYear(2027).size() == 12);
    CHECK(NorwegianHolidays::nameOf(QDate(2027, 5, 6)) == QStringLiteral("Ascension Day"));
    CHECK_FALSE(NorwegianHolidays::isHoliday(QDate(2027, 3, 24)));
    CHECK_FALSE(NorwegianHolidays::isHoliday(QDate(2027, 12, 24))); // Christmas Eve is not a public holiday
    CHECK(NorwegianHolidays::nameOf(QDate(2027, 6, 1)).isEmpty());
}

TEST_CASE("Working-day arithmetic skips weekends and holidays", "[holidays]")
{
    // Wednesday before Easter 2027 plus one working day lands on the Tuesday after Easter Monday.
    CHECK(NorwegianHolidays::addWorkingDays(QDate(2027, 3, 24), 1) == QDate(2027, 3, 30));
    // Friday plus one working day is Monday.
    CHECK(NorwegianHolidays::addWorkingDays(QDate(2026, 11, 27), 1) == QDate(2026, 11, 30));
    CHECK(NorwegianHolidays::addWorkingDays(QDate(2026, 11, 30), -1) == QDate(2026, 11, 27));
    CHECK(NorwegianHolidays::addWorkingDays(QDate(2026, 11, 30), 0) == QDate(2026, 11, 30));
    CHECK(NorwegianHolidays::workingDaysBetween(QDate(2026, 12, 23), QDate(2026, 12, 31)) == 5); // 24, 28, 29, 30, 31
    CHECK_FALSE(NorwegianHolidays::isWorkingDay(QDate(2026, 12, 26)));
    CHECK_FALSE(NorwegianHolidays::isWorkingDay(QDate()));
}
