#include "calendarlayout.h"

#include "calendar/booking.h"
#include "common/clinictime.h"

#include <algorithm>
#include <numeric>

namespace trinn::calendarlayout {

Period periodOf(View view, QDate day)
{
    switch (view) {
    case View::Day: return {day, day.addDays(1)};
    case View::Week: {
        const QDate monday = day.addDays(1 - day.dayOfWeek());
        return {monday, monday.addDays(7)};
    }
    case View::Month: {
        const QDate firstOfMonth(day.year(), day.month(), 1);
        const QDate monday = firstOfMonth.addDays(1 - firstOfMonth.dayOfWeek());
        const QDate lastOfMonth = firstOfMonth.addMonths(1).addDays(-1);
        return {monday, lastOfMonth.addDays(8 - lastOfMonth.dayOfWeek())};
    }
    }
    return {day, day.addDays(1)};
}

QDate moved(View view, QDate day, Move move, QDate today)
{
    switch (move) {
    case Move::Today: return today;
    case Move::Back: return day.addDays(-1);
    case Move::Forward: return day.addDays(1);
    case Move::Up:
    case Move::Down: {
        if (view != View::Month)
            return day; // the hours' views move between events instead
        const QDate next = day.addDays(move == Move::Up ? -7 : 7);
        return next.month() == day.month() ? next : day;
    }
    case Move::PreviousPeriod:
    case Move::NextPeriod: {
        const int sign = move == Move::PreviousPeriod ? -1 : 1;
        if (view == View::Month)
            return day.addMonths(sign);
        return day.addDays(sign * (view == View::Week ? 7 : 1));
    }
    }
    return day;
}

QList<Placement> place(const QList<std::pair<QDateTime, QDateTime>> &spans)
{
    QList<Placement> placed(spans.size());
    QList<int> order(spans.size());
    std::iota(order.begin(), order.end(), 0);
    // By start, the longer first: it takes the leftmost lane.
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        if (spans[a].first != spans[b].first)
            return spans[a].first < spans[b].first;
        return spans[a].second > spans[b].second;
    });
    QList<QDateTime> laneEnds; // when each lane of the current cluster is free again
    QList<int> cluster;
    QDateTime clusterEnd;
    const auto closeCluster = [&] {
        for (int i : std::as_const(cluster))
            placed[i].lanes = int(laneEnds.size());
        cluster.clear();
        laneEnds.clear();
    };
    for (int i : std::as_const(order)) {
        const auto &[start, end] = spans[i];
        if (!cluster.isEmpty() && start >= clusterEnd)
            closeCluster();
        int lane = 0;
        while (lane < laneEnds.size() && laneEnds[lane] > start)
            ++lane;
        if (lane == laneEnds.size())
            laneEnds.append(end);
        else
            laneEnds[lane] = end;
        placed[i].lane = lane;
        cluster.append(i);
        clusterEnd = cluster.size() == 1 ? end : std::max(clusterEnd, end);
    }
    closeCluster();
    return placed;
}

bool allDay(const Booking &booking)
{
    const QDateTime start = clinictime::local(booking.start);
    const QDateTime end = clinictime::local(booking.end());
    return booking.minutes >= 24 * 60 || (!booking.exclusive && start.date() != end.addSecs(-1).date());
}

bool onDay(const Booking &booking, QDate day)
{
    const QDate first = clinictime::local(booking.start).date();
    const QDate last = clinictime::local(booking.end().addSecs(booking.minutes > 0 ? -1 : 0)).date();
    return first <= day && day <= last;
}

QStringList dayColumns(const QList<Booking> &bookings, bool byStaff)
{
    QStringList columns;
    bool unnamed = bookings.isEmpty();
    for (const Booking &b : bookings) {
        const QStringList names = byStaff ? b.staff : QStringList{b.room};
        bool any = false;
        for (const QString &name : names) {
            if (name.trimmed().isEmpty())
                continue;
            any = true;
            if (!columns.contains(name.trimmed()))
                columns << name.trimmed();
        }
        unnamed = unnamed || !any;
    }
    std::sort(columns.begin(), columns.end(), [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    if (unnamed)
        columns << QString();
    return columns;
}

QList<int> columnsOf(const Booking &booking, const QStringList &columns, bool byStaff)
{
    QList<int> found;
    const QStringList names = byStaff ? booking.staff : QStringList{booking.room};
    for (const QString &name : names) {
        const int at = int(columns.indexOf(name.trimmed()));
        if (at >= 0 && !name.trimmed().isEmpty() && !found.contains(at))
            found << at;
    }
    if (found.isEmpty() && columns.contains(QString()))
        found << int(columns.indexOf(QString()));
    return found;
}

} // namespace trinn::calendarlayout
