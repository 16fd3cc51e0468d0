#include "support/testjournals.h"

#include "common/clinictime.h"

namespace clinictime = trinn::clinictime;

TEST_CASE("Instants are stored in UTC and shown in Oslo time", "[time]")
{
    const QDateTime summer(QDate(2027, 7, 1), QTime(12, 0), Qt::UTC);
    CHECK(clinictime::formatDateTime(summer) == QStringLiteral("01.07.2027 14:00")); // CEST, +2
    const QDateTime winter(QDate(2027, 1, 15), QTime(23, 30), Qt::UTC);
    CHECK(clinictime::formatDateTime(winter) == QStringLiteral("16.01.2027 00:30")); // CET, +1, next day

    const qint64 stored = clinictime::toStorage(summer);
    CHECK(clinictime::fromStorage(stored) == summer);
    CHECK(clinictime::fromStorage(stored).timeSpec() == Qt::UTC);
}

TEST_CASE("Local clinic times cross the daylight-saving change correctly", "[time]")
{
    // Clocks go forward at 02:00 on 28.03.2027: 08:00 local is 07:00 UTC before, 06:00 UTC after.
    CHECK(clinictime::at(QDate(2027, 3, 27), QTime(8, 0)).toUTC().time() == QTime(7, 0));
    CHECK(clinictime::at(QDate(2027, 3, 29), QTime(8, 0)).toUTC().time() == QTime(6, 0));
}

TEST_CASE("Age counts whole years with birthdays on 29 February too", "[time]")
{
    CHECK(clinictime::ageOn(QDate(1990, 5, 15), QDate(2026, 5, 14)) == 35);
    CHECK(clinictime::ageOn(QDate(1990, 5, 15), QDate(2026, 5, 15)) == 36);
    CHECK(clinictime::ageOn(QDate(2000, 2, 29), QDate(2027, 2, 28)) == 26);
    CHECK(clinictime::ageOn(QDate(2000, 2, 29), QDate(2027, 3, 1)) == 27);
    CHECK(clinictime::ageOn(QDate(2030, 1, 1), QDate(2026, 1, 1)) == 0);
    CHECK(clinictime::ageOn(QDate(), QDate(2026, 1, 1)) == 0);
}

TEST_CASE("Dates are stored as ISO text and shown as dd.MM.yyyy", "[time]")
{
    CHECK(clinictime::dateToStorage(QDate(2027, 9, 14)) == QStringLiteral("2027-09-14"));
    CHECK(clinictime::dateFromStorage(QStringLiteral("2027-09-14")) == QDate(2027, 9, 14));
    CHECK_FALSE(clinictime::dateFromStorage(QStringLiteral("14.09.2027")).isValid());
    CHECK(clinictime::formatDate(QDate(2027, 9, 14)) == QStringLiteral("14.09.2027"));
}

// dateFromStorage reads "yyyy-MM-dd" from its digits; whatever it is given,
// it must answer as QDate::fromString(ISODate) does.
TEST_CASE("Stored dates read from their digits as Qt reads them", "[time]")
{
    const QStringList texts{
        QStringLiteral("2027-09-14"), QStringLiteral("2024-02-29"), QStringLiteral("2027-02-29"), QStringLiteral("2027-13-01"),
        QStringLiteral("2027-00-10"), QStringLiteral("2027-04-31"), QStringLiteral("0000-01-01"), QStringLiteral("0001-01-01"),
        QStringLiteral("9999-12-31"), QStringLiteral("2027-9-14"),  QStringLiteral("2027/09/14"), QStringLiteral("2027-09-1x"),
        QStringLiteral("2027-09-14T08:00"), QStringLiteral("20270914"), QStringLiteral(""), QStringLiteral("２０２７-09-14"),
        QStringLiteral("-027-09-14"), QStringLiteral("2027-09-140")};
    for (const QString &text : texts) {
        INFO(text.toStdString());
        CHECK(clinictime::dateFromStorage(text) == QDate::fromString(text, Qt::ISODate));
    }
    for (QDate day(1990, 1, 1); day < QDate(1992, 1, 1); day = day.addDays(1))
        CHECK(clinictime::dateFromStorage(clinictime::dateToStorage(day)) == day);
}
