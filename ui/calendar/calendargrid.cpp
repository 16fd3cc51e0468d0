#include "calendargrid.h"

#include "common/clinictime.h"

#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>

#include <algorithm>

namespace trinn {

using namespace calendarlayout;

namespace {

constexpr int gutter = 52;       // the hours down the side
constexpr int firstHour = 7;     // unless an event starts earlier
constexpr int lastHour = 21;     // unless one ends later
constexpr int maxAllDayRows = 4; // then "+n more"

// Each kind of booking its own colour, so a glance tells them apart.
QColor colourOf(const Booking &b)
{
    if (b.key.startsWith(u"session-"))
        return QColor(0xcf, 0xe2, 0xf3);
    if (b.key.startsWith(u"appointment-"))
        return QColor(0xd5, 0xed, 0xd0);
    if (b.key.startsWith(u"outing-"))
        return QColor(0xfc, 0xe1, 0xc4);
    if (b.key.startsWith(u"gathering-"))
        return QColor(0xe4, 0xd7, 0xf0);
    if (b.key.startsWith(u"family-"))
        return QColor(0xf7, 0xee, 0xb8);
    return QColor(0xe3, 0xe3, 0xe3);
}

QString hhmm(const QDateTime &instant)
{
    return clinictime::local(instant).toString(QStringLiteral("HH:mm"));
}

} // namespace

CalendarGrid::CalendarGrid(QWidget *parent) : QWidget(parent), m_day(clinictime::today())
{
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(false);
    setAttribute(Qt::WA_OpaquePaintEvent);
    setMinimumSize(480, 320);
}

void CalendarGrid::setView(View view)
{
    if (view == m_view)
        return;
    m_view = view;
    update();
}

void CalendarGrid::setDay(QDate day)
{
    if (!day.isValid())
        return;
    m_day = day;
    selectFirstOf(day);
    update();
}

void CalendarGrid::setEvents(const QList<Booking> &events)
{
    const QString kept = selectedEvent() ? selectedEvent()->key : QString();
    m_events = events;
    std::stable_sort(m_events.begin(), m_events.end(), [](const Booking &a, const Booking &b) { return a.start < b.start; });
    m_selected = -1;
    for (int i : eventsOn(m_day)) {
        if (m_events[i].key == kept)
            m_selected = i;
    }
    if (m_selected < 0)
        selectFirstOf(m_day);
    update();
}

void CalendarGrid::setColumnsByStaff(bool byStaff)
{
    m_byStaff = byStaff;
    update();
}

QStringList CalendarGrid::dayViewColumns() const
{
    QList<Booking> timed;
    for (int i : eventsOn(m_day)) {
        if (!allDay(m_events[i]))
            timed << m_events[i];
    }
    return dayColumns(timed, m_byStaff);
}

const Booking *CalendarGrid::selectedEvent() const
{
    return m_selected >= 0 && m_selected < m_events.size() ? &m_events[m_selected] : nullptr;
}

QList<int> CalendarGrid::eventsOn(QDate day) const
{
    QList<int> found;
    for (int i = 0; i < m_events.size(); ++i) {
        if (onDay(m_events[i], day))
            found << i;
    }
    std::stable_sort(found.begin(), found.end(), [this](int a, int b) { return allDay(m_events[a]) && !allDay(m_events[b]); });
    return found;
}

void CalendarGrid::selectFirstOf(QDate day)
{
    const QList<int> on = eventsOn(day);
    m_selected = on.isEmpty() ? -1 : on.first();
}

void CalendarGrid::moveDay(Move move)
{
    const QDate next = moved(m_view, m_day, move, clinictime::today());
    if (next == m_day)
        return;
    setDay(next);
    emit dayChanged(next);
}

void CalendarGrid::keyPressEvent(QKeyEvent *event)
{
    const bool plain = (event->modifiers() & ~Qt::KeyboardModifiers(Qt::KeypadModifier)) == Qt::NoModifier;
    if (!plain) {
        QWidget::keyPressEvent(event);
        return;
    }
    switch (event->key()) {
    case Qt::Key_Left: moveDay(Move::Back); break;
    case Qt::Key_Right: moveDay(Move::Forward); break;
    case Qt::Key_PageUp: moveDay(Move::PreviousPeriod); break;
    case Qt::Key_PageDown: moveDay(Move::NextPeriod); break;
    case Qt::Key_Home:
    case Qt::Key_T: moveDay(Move::Today); break;
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (m_view == View::Month) {
            moveDay(event->key() == Qt::Key_Up ? Move::Up : Move::Down);
            break;
        }
        // On the hours, Up and Down walk the day's events.
        const QList<int> on = eventsOn(m_day);
        const qsizetype at = on.indexOf(m_selected);
        const qsizetype next = event->key() == Qt::Key_Up ? at - 1 : at + 1;
        if (next >= 0 && next < on.size()) {
            m_selected = on[next];
            update();
        }
        break;
    }
    case Qt::Key_D: emit viewRequested(View::Day); break;
    case Qt::Key_W: emit viewRequested(View::Week); break;
    case Qt::Key_M: emit viewRequested(View::Month); break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (const Booking *b = selectedEvent())
            emit activated(*b);
        break;
    default: QWidget::keyPressEvent(event); return;
    }
    event->accept();
}

void CalendarGrid::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    const QPointF at = event->position();
    for (const auto &[rect, index] : std::as_const(m_blocks)) {
        if (rect.contains(at)) {
            const QDate day = clinictime::local(m_events[index].start).date();
            if (!period().contains(day) || m_view == View::Day) {
                m_selected = index;
            } else {
                m_day = day;
                m_selected = index;
                emit dayChanged(day);
            }
            update();
            return;
        }
    }
    for (const auto &[rect, day] : std::as_const(m_cells)) {
        if (rect.contains(at) && day != m_day) {
            setDay(day);
            emit dayChanged(day);
            return;
        }
    }
}

void CalendarGrid::mouseDoubleClickEvent(QMouseEvent *event)
{
    mousePressEvent(event);
    if (const Booking *b = selectedEvent())
        emit activated(*b);
}

void CalendarGrid::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.fillRect(rect(), palette().base());
    m_blocks.clear();
    m_cells.clear();
    if (m_view == View::Month)
        paintMonth(painter);
    else
        paintHours(painter);
    if (hasFocus()) {
        painter.setPen(QPen(palette().highlight(), 2));
        painter.drawRect(rect().adjusted(1, 1, -1, -1));
    }
}

void CalendarGrid::paintBlock(QPainter &painter, const QRectF &rect, int index, bool compact)
{
    const Booking &b = m_events[index];
    const bool selected = index == m_selected;
    painter.setPen(QPen(selected ? palette().highlight().color() : colourOf(b).darker(140), selected ? 3 : 1));
    painter.setBrush(colourOf(b));
    painter.drawRoundedRect(rect.adjusted(1, 1, -1, -1), 3, 3);
    painter.setBrush(Qt::NoBrush);
    m_blocks.append({rect, index});
    QStringList lines;
    QString title = b.what;
    if (b.patients.size() > 1)
        title += u' ' + tr("(%n participant(s))", nullptr, int(b.patients.size()));
    if (compact) {
        // One line: in the band for whole days also where and with whom.
        QStringList parts{allDay(b) ? title : hhmm(b.start) + u' ' + title};
        if (allDay(b) && !b.room.isEmpty())
            parts << b.room;
        if (allDay(b) && !b.staff.isEmpty())
            parts << b.staff.join(QStringLiteral(", "));
        lines << parts.join(QStringLiteral(" · "));
    } else {
        // The title first (a narrow week column still shows what it is), then when and where, then who.
        lines << title;
        QString when = allDay(b) ? clinictime::formatDate(clinictime::local(b.start).date()) + u'–'
                + clinictime::formatDate(clinictime::local(b.end()).date())
                                 : hhmm(b.start) + u'–' + hhmm(b.end());
        if (!b.room.isEmpty())
            when += QStringLiteral(" · ") + b.room;
        lines << when;
        if (!b.staff.isEmpty())
            lines << b.staff.join(QStringLiteral(", "));
    }
    painter.setPen(palette().text().color());
    const QFontMetricsF metrics(painter.font());
    qreal y = rect.top() + 2;
    for (const QString &line : std::as_const(lines)) {
        if (y + metrics.height() > rect.bottom() + 1 && y > rect.top() + 2)
            break;
        painter.drawText(QRectF(rect.left() + 4, y, rect.width() - 8, metrics.height()), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(line, Qt::ElideRight, rect.width() - 8));
        y += metrics.height();
    }
}

void CalendarGrid::paintHours(QPainter &painter)
{
    const Period shown = period();
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height() + 6;
    const bool dayView = m_view == View::Day;
    const QStringList columns = dayView ? dayViewColumns() : QStringList();
    const int columnCount = dayView ? int(columns.size()) : 7;
    const qreal columnWidth = qreal(width() - gutter) / columnCount;
    const int header = lineHeight + 4;

    // The whole-day band: gatherings, family weeks, admissions over days.
    QList<int> spanning;
    QList<std::pair<QDateTime, QDateTime>> spans;
    int startHour = firstHour;
    int endHour = lastHour;
    for (int i = 0; i < m_events.size(); ++i) {
        const Booking &b = m_events[i];
        bool shownHere = false;
        for (QDate d = shown.first; d < shown.last; d = d.addDays(1))
            shownHere = shownHere || onDay(b, d);
        if (!shownHere)
            continue;
        if (allDay(b)) {
            spanning << i;
            spans.append({QDateTime(clinictime::local(b.start).date(), QTime(0, 0)),
                          QDateTime(clinictime::local(b.end()).date().addDays(1), QTime(0, 0))});
        } else {
            startHour = std::min(startHour, clinictime::local(b.start).time().hour());
            const QTime end = clinictime::local(b.end()).time();
            endHour = std::max(endHour, std::min(24, end.hour() + (end.minute() > 0 ? 1 : 0)));
        }
    }
    const QList<Placement> bands = place(spans);
    int bandRows = 0;
    for (const Placement &p : bands)
        bandRows = std::max(bandRows, p.lanes);
    const int shownRows = std::min(bandRows, maxAllDayRows);
    const int bandTop = header;
    const int hoursTop = bandTop + shownRows * lineHeight + (shownRows > 0 ? 4 : 0);
    const qreal hourHeight = std::max<qreal>(metrics.height() * 1.6, qreal(height() - hoursTop - 2) / (endHour - startHour));

    // Column titles: the days, or the day's rooms or staff.
    painter.setPen(palette().text().color());
    for (int c = 0; c < columnCount; ++c) {
        const QRectF title(gutter + c * columnWidth, 0, columnWidth, header);
        QString text;
        if (dayView) {
            text = columns[c].isEmpty() ? (m_byStaff ? tr("No staff member") : tr("No room")) : columns[c];
            if (c == 0)
                text = QLocale().dayName(m_day.dayOfWeek(), QLocale::ShortFormat) + u' ' + clinictime::formatDate(m_day) + u" · " + text;
        } else {
            const QDate d = shown.first.addDays(c);
            text = QLocale().dayName(d.dayOfWeek(), QLocale::ShortFormat) + u' ' + d.toString(QStringLiteral("dd.MM."));
            if (d == m_day)
                painter.fillRect(title, palette().highlight().color().lighter(170));
            m_cells.append({QRectF(gutter + c * columnWidth, 0, columnWidth, height()), d});
        }
        QFont bold = font();
        bold.setBold(!dayView && shown.first.addDays(c) == clinictime::today());
        painter.setFont(bold);
        painter.drawText(title.adjusted(4, 0, -4, 0), Qt::AlignLeft | Qt::AlignVCenter,
                         metrics.elidedText(text, Qt::ElideRight, int(columnWidth) - 8));
        painter.setFont(font());
    }
    // Hours and lines.
    painter.setPen(palette().mid().color());
    for (int h = startHour; h <= endHour; ++h) {
        const qreal y = hoursTop + (h - startHour) * hourHeight;
        painter.drawLine(QPointF(gutter, y), QPointF(width(), y));
        if (h < endHour)
            painter.drawText(QRectF(0, y, gutter - 6, metrics.height()), Qt::AlignRight | Qt::AlignTop,
                             QStringLiteral("%1:00").arg(h, 2, 10, QLatin1Char('0')));
    }
    for (int c = 0; c <= columnCount; ++c)
        painter.drawLine(QPointF(gutter + c * columnWidth, 0), QPointF(gutter + c * columnWidth, height()));

    // The whole-day band, each event across the days it covers.
    for (qsizetype n = 0; n < spanning.size(); ++n) {
        const int i = spanning[n];
        if (bands[n].lane >= maxAllDayRows)
            continue;
        const QDate from = std::max(shown.first, clinictime::local(m_events[i].start).date());
        const QDate to = std::min(shown.last.addDays(-1), clinictime::local(m_events[i].end()).date());
        const int firstColumn = dayView ? 0 : int(shown.first.daysTo(from));
        const int lastColumn = dayView ? columnCount - 1 : int(shown.first.daysTo(to));
        const QRectF rect(gutter + firstColumn * columnWidth, bandTop + bands[n].lane * lineHeight,
                          (lastColumn - firstColumn + 1) * columnWidth, lineHeight);
        paintBlock(painter, rect, i, true);
    }
    if (bandRows > maxAllDayRows) {
        painter.setPen(palette().text().color());
        painter.drawText(QRectF(0, bandTop, gutter - 4, lineHeight), Qt::AlignRight | Qt::AlignVCenter,
                         tr("+%1").arg(bandRows - maxAllDayRows));
    }

    // The events on the hours: per column, overlapping ones side by side.
    const auto yOf = [&](const QDateTime &instant, QDate day) {
        const QDateTime local = clinictime::local(instant);
        const qreal minutes = local.date() > day ? 24 * 60 : local.time().hour() * 60 + local.time().minute();
        return hoursTop + (minutes - startHour * 60) * hourHeight / 60;
    };
    for (int c = 0; c < columnCount; ++c) {
        const QDate day = dayView ? m_day : shown.first.addDays(c);
        QList<int> here;
        QList<std::pair<QDateTime, QDateTime>> times;
        for (int i : eventsOn(day)) {
            if (allDay(m_events[i]) || (dayView && !columnsOf(m_events[i], columns, m_byStaff).contains(c)))
                continue;
            here << i;
            times.append({m_events[i].start, m_events[i].end()});
        }
        const QList<Placement> lanes = place(times);
        for (qsizetype n = 0; n < here.size(); ++n) {
            const Booking &b = m_events[here[n]];
            const qreal laneWidth = columnWidth / lanes[n].lanes;
            const qreal top = yOf(b.start, day);
            const qreal bottom = std::max(top + metrics.height() + 4, yOf(b.end(), day));
            paintBlock(painter, QRectF(gutter + c * columnWidth + lanes[n].lane * laneWidth, top, laneWidth, bottom - top),
                       here[n], false);
        }
    }
}

void CalendarGrid::paintMonth(QPainter &painter)
{
    const Period shown = period();
    const QFontMetrics metrics(font());
    const int lineHeight = metrics.height() + 4;
    const int header = lineHeight + 4;
    const int weeks = shown.days() / 7;
    const qreal cellWidth = qreal(width()) / 7;
    const qreal cellHeight = qreal(height() - header) / weeks;
    painter.setPen(palette().text().color());
    for (int c = 0; c < 7; ++c)
        painter.drawText(QRectF(c * cellWidth + 4, 0, cellWidth - 8, header), Qt::AlignLeft | Qt::AlignVCenter,
                         QLocale().dayName(c + 1, QLocale::LongFormat));
    for (int n = 0; n < shown.days(); ++n) {
        const QDate day = shown.first.addDays(n);
        const QRectF cell((n % 7) * cellWidth, header + (n / 7) * cellHeight, cellWidth, cellHeight);
        m_cells.append({cell, day});
        if (day == m_day)
            painter.fillRect(cell, palette().highlight().color().lighter(175));
        else if (day.month() != m_day.month())
            painter.fillRect(cell, palette().alternateBase());
        painter.setPen(palette().mid().color());
        painter.drawRect(cell);
        QFont number = font();
        number.setBold(day == clinictime::today());
        painter.setFont(number);
        painter.setPen(day.month() == m_day.month() ? palette().text().color() : palette().placeholderText().color());
        painter.drawText(cell.adjusted(4, 2, -4, 0), Qt::AlignLeft | Qt::AlignTop, QString::number(day.day()));
        painter.setFont(font());
        const QList<int> on = eventsOn(day);
        const int room = std::max(0, int((cell.height() - lineHeight - 2) / lineHeight));
        const int fits = int(on.size()) > room ? std::max(0, room - 1) : int(on.size());
        for (int k = 0; k < fits; ++k)
            paintBlock(painter, QRectF(cell.left() + 2, cell.top() + lineHeight + k * lineHeight, cell.width() - 4, lineHeight - 1),
                       on[k], true);
        if (fits < on.size()) {
            painter.setPen(palette().text().color());
            painter.drawText(QRectF(cell.left() + 4, cell.top() + lineHeight + fits * lineHeight, cell.width() - 8, lineHeight),
                             Qt::AlignLeft | Qt::AlignVCenter, tr("%n more", nullptr, int(on.size()) - fits));
        }
    }
}

} // namespace trinn
