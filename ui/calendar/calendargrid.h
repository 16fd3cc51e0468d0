#pragma once

#include "calendar/booking.h"
#include "calendar/calendarlayout.h"

#include <QWidget>

class QPainter;

namespace trinn {

/// The calendar drawn as a grid: a day (rooms or staff as columns) or a week
/// (seven days) with the hours down the side, or a month of day cells; each
/// event a block with its time, title, room and staff. It shows the events
/// it is given and says which day the user moved to; the workspace loads
/// the period. Keys: arrows move the day (and, on the hours, the event),
/// PageUp/PageDown the period, T or Home today, D/W/M the view, Enter opens
/// the selected event.
class CalendarGrid : public QWidget
{
    Q_OBJECT
public:
    using View = calendarlayout::View;

    explicit CalendarGrid(QWidget *parent = nullptr);

    void setView(View view);
    View view() const { return m_view; }
    /// Selects the day (and its first event); the period follows it.
    void setDay(QDate day);
    QDate day() const { return m_day; }
    calendarlayout::Period period() const { return calendarlayout::periodOf(m_view, m_day); }
    /// The events of the period, keeping the selected event where it still is.
    void setEvents(const QList<Booking> &events);
    const QList<Booking> &events() const { return m_events; }
    /// The day view's columns: staff members instead of rooms.
    void setColumnsByStaff(bool byStaff);
    bool columnsByStaff() const { return m_byStaff; }
    QStringList dayViewColumns() const;

    /// The selected event, or nullptr when the day has none.
    const Booking *selectedEvent() const;
    /// The events on a day, whole-day ones first, then by start.
    QList<int> eventsOn(QDate day) const;

signals:
    void dayChanged(QDate day);
    void viewRequested(trinn::calendarlayout::View view);
    void activated(const trinn::Booking &booking);

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    QSize sizeHint() const override { return {900, 560}; }

private:
    void moveDay(calendarlayout::Move move);
    void selectFirstOf(QDate day);
    void paintHours(QPainter &painter);
    void paintMonth(QPainter &painter);
    void paintBlock(QPainter &painter, const QRectF &rect, int index, bool compact);

    View m_view = View::Week;
    QDate m_day;
    QList<Booking> m_events;
    int m_selected = -1;
    bool m_byStaff = false;
    // Where the last paint put each event and day, for the mouse.
    QList<std::pair<QRectF, int>> m_blocks;
    QList<std::pair<QRectF, QDate>> m_cells;
};

} // namespace trinn
