#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace trinn {

struct Booking;

/// The calendar grid's arithmetic, without widgets: which days a view shows,
/// where a key moves the selected day, and how events that overlap share a
/// column. Kept pure so it is tested on its own (calendarlayout_test).
namespace calendarlayout {

enum class View { Day, Week, Month };

/// The days a view shows for `day`, [first, last): the day, its week
/// (Monday to Sunday), or the whole weeks that hold its month.
struct Period
{
    QDate first;
    QDate last;
    bool contains(QDate day) const { return day >= first && day < last; }
    int days() const { return int(first.daysTo(last)); }
};
Period periodOf(View view, QDate day);

enum class Move { Back, Forward, Up, Down, PreviousPeriod, NextPeriod, Today };
/// The day the selection moves to. Left/Right (Back/Forward) go a day;
/// Up/Down go a week in the month view but never out of its month (the
/// month changes with PageUp/PageDown only); PageUp/PageDown go a period.
QDate moved(View view, QDate day, Move move, QDate today);

/// Where one event sits among those it overlaps: lane `lane` of `lanes`
/// side by side. Events that overlap nothing get the whole width.
struct Placement
{
    int lane = 0;
    int lanes = 1;
};
/// For spans [start, end), in their order: each in the lowest lane free at
/// its start; every event of a cluster of overlapping ones gets the
/// cluster's lane count.
QList<Placement> place(const QList<std::pair<QDateTime, QDateTime>> &spans);

/// Whether an event is drawn in the band for whole days (a gathering, a
/// family program week, anything over several days) rather than on the hours.
bool allDay(const Booking &booking);
/// Whether a booking is on `day` (local time).
bool onDay(const Booking &booking, QDate day);

/// The day view's columns: the rooms (or staff members) of its events,
/// sorted, with an empty name for events without one.
QStringList dayColumns(const QList<Booking> &bookings, bool byStaff);
/// The columns of `dayColumns` an event is drawn in (an event with two
/// leaders is in both of theirs).
QList<int> columnsOf(const Booking &booking, const QStringList &columns, bool byStaff);

} // namespace calendarlayout
} // namespace trinn
