#include "calendar/booking.h"
#include "calendar/calendarlayout.h"
#include "common/clinictime.h"

#include <catch2/catch.hpp>

using namespace trinn;
using namespace trinn::calendarlayout;

namespace {

QDateTime at(int hour, int minute = 0)
{
    return QDateTime(QDate(2026, 12, 2), QTime(hour, minute));
}

Booking booking(const QString &room, const QStringList &staff, QDateTime start, int minutes, bool exclusive = true)
{
    Booking b;
    b.room = room;
    b.staff = staff;
    b.start = start.toUTC();
    b.minutes = minutes;
    b.exclusive = exclusive;
    return b;
}

} // namespace

TEST_CASE("Calendar periods: a day or a Monday-to-Sunday week or the whole weeks of a month", "[layout]")
{
    const QDate wednesday(2026, 12, 2);
    CHECK(periodOf(View::Day, wednesday).first == wednesday);
    CHECK(periodOf(View::Day, wednesday).days() == 1);
    CHECK(periodOf(View::Week, wednesday).first == QDate(2026, 11, 30));
    CHECK(periodOf(View::Week, wednesday).last == QDate(2026, 12, 7));
    CHECK(periodOf(View::Week, QDate(2026, 12, 6)).first == QDate(2026, 11, 30)); // Sunday ends the week
    const Period december = periodOf(View::Month, wednesday);
    CHECK(december.first == QDate(2026, 11, 30));
    CHECK(december.last == QDate(2027, 1, 4));
    CHECK(december.days() == 35);
    // February 2027 starts on a Monday and ends on a Sunday: four weeks exactly.
    CHECK(periodOf(View::Month, QDate(2027, 2, 14)).days() == 28);
}

TEST_CASE("Calendar keys: Down in the month view never leaves the month and PageDown does", "[layout]")
{
    const QDate today(2026, 12, 2);
    CHECK(moved(View::Month, QDate(2026, 12, 3), Move::Down, today) == QDate(2026, 12, 10));
    CHECK(moved(View::Month, QDate(2026, 12, 28), Move::Down, today) == QDate(2026, 12, 28));
    CHECK(moved(View::Month, QDate(2026, 12, 5), Move::Up, today) == QDate(2026, 12, 5));
    CHECK(moved(View::Month, QDate(2027, 1, 31), Move::NextPeriod, today) == QDate(2027, 2, 28));
    CHECK(moved(View::Month, QDate(2026, 12, 31), Move::Forward, today) == QDate(2027, 1, 1));
    CHECK(moved(View::Week, QDate(2026, 12, 3), Move::NextPeriod, today) == QDate(2026, 12, 10));
    CHECK(moved(View::Week, QDate(2026, 12, 3), Move::PreviousPeriod, today) == QDate(2026, 11, 26));
    CHECK(moved(View::Day, QDate(2026, 12, 3), Move::PreviousPeriod, today) == QDate(2026, 12, 2));
    // On the hours, Up and Down walk the events, not the days.
    CHECK(moved(View::Week, QDate(2026, 12, 3), Move::Down, today) == QDate(2026, 12, 3));
    CHECK(moved(View::Day, QDate(2027, 5, 1), Move::Today, today) == today);
}

TEST_CASE("Overlapping events share a column side by side and the rest get all of it", "[layout]")
{
    const QList<Placement> placed = place({{at(9), at(10)}, {at(9, 30), at(11)}, {at(10), at(10, 30)}, {at(12), at(13)},
                                           {at(12), at(13)}, {at(14), at(15)}});
    REQUIRE(placed.size() == 6);
    CHECK(placed[0].lane == 0);
    CHECK(placed[1].lane == 1);
    CHECK(placed[2].lane == 0); // the first is over at 10:00
    CHECK(placed[0].lanes == 2);
    CHECK(placed[1].lanes == 2);
    CHECK(placed[2].lanes == 2);
    CHECK(placed[3].lanes == 2);
    CHECK(placed[3].lane != placed[4].lane);
    CHECK(placed[5].lane == 0);
    CHECK(placed[5].lanes == 1);
    // Back to back is no overlap.
    const QList<Placement> chain = place({{at(9), at(10)}, {at(10), at(11)}});
    CHECK(chain[0].lanes == 1);
    CHECK(chain[1].lanes == 1);
    CHECK(place({}).isEmpty());
}

TEST_CASE("The day view's columns are the day's rooms or staff and an event with two leaders is in both", "[layout]")
{
    const QList<Booking> day{booking(QStringLiteral("Hav"), {QStringLiteral("Lie")}, at(9), 60),
                             booking(QStringLiteral("Fjell"), {QStringLiteral("Lie"), QStringLiteral("Berg")}, at(10), 90),
                             booking(QString(), {}, at(13), 45)};
    const QStringList rooms = dayColumns(day, false);
    CHECK(rooms == QStringList{QStringLiteral("Fjell"), QStringLiteral("Hav"), QString()});
    CHECK(columnsOf(day[0], rooms, false) == QList<int>{1});
    CHECK(columnsOf(day[2], rooms, false) == QList<int>{2});
    const QStringList staff = dayColumns(day, true);
    CHECK(staff == QStringList{QStringLiteral("Berg"), QStringLiteral("Lie"), QString()});
    CHECK(columnsOf(day[1], staff, true) == QList<int>{1, 0});
    CHECK(dayColumns({}, false) == QStringList{QString()});
}

TEST_CASE("Events over several days go in the band for whole days", "[layout]")
{
    const Booking session = booking(QStringLiteral("Hav"), {}, at(9), 90);
    const Booking gathering = booking(QString(), {}, at(9), 2 * 24 * 60 + 6 * 60, false);
    CHECK_FALSE(allDay(session));
    CHECK(allDay(gathering));
    CHECK(onDay(gathering, QDate(2026, 12, 4)));
    CHECK_FALSE(onDay(gathering, QDate(2026, 12, 5)));
    CHECK(onDay(session, QDate(2026, 12, 2)));
    CHECK_FALSE(onDay(session, QDate(2026, 12, 3)));
}
