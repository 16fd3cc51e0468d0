#include "datefield.h"

#include <QDateEdit>
#include <QEvent>
#include <QKeyEvent>
#include <QRegularExpression>

namespace trinn {
namespace {

// Tab leaves the date for the next field, as in every other field of a form:
// QDateTimeEdit would walk its day, month and year first, so a form with
// three dates took nine Tabs (the arrow keys and the separators still move
// between the day, the month and the year).
class TabLeavesDate : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const bool forward = key->key() == Qt::Key_Tab && !(key->modifiers() & Qt::ShiftModifier);
        const bool backward = key->key() == Qt::Key_Backtab || (key->key() == Qt::Key_Tab && (key->modifiers() & Qt::ShiftModifier));
        if (!forward && !backward)
            return false;
        auto *edit = static_cast<QWidget *>(watched);
        QWidget *next = edit;
        do {
            next = forward ? next->nextInFocusChain() : next->previousInFocusChain();
        } while (next != edit
                 && (edit->isAncestorOf(next) || !(next->focusPolicy() & Qt::TabFocus) || !next->isEnabled()
                     || !next->isVisibleTo(edit->window()) || next->window() != edit->window()));
        if (next == edit)
            return false;
        next->setFocus(forward ? Qt::TabFocusReason : Qt::BacktabFocusReason);
        return true;
    }
};

// A date is typed whole, as the clinic writes it: "30.11.2026" (or
// "30112026", "3.1.27"). QDateTimeEdit takes typed digits one section at a
// time and checks each against the others: starting from 14.02, a typed "30"
// is no day of February, so it skipped ahead and "30.11.2026" became
// 03.02.1. So typing starts a whole date at the day (the arrow keys still
// change one part), the date first moves to a month with 31 days, and the
// characters typed are read as one date when they make one.
class TypedWholeDate : public QObject
{
public:
    explicit TypedWholeDate(QDateEdit *edit)
        : QObject(edit)
        , m_edit(edit)
    {
    }

    static QDate read(const QString &typed, int thisCentury)
    {
        static const QRegularExpression withSeparators(QStringLiteral("^(\\d{1,2})[./-](\\d{1,2})[./-](\\d{4}|\\d{2})$"));
        static const QRegularExpression digitsOnly(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
        QRegularExpressionMatch match = withSeparators.match(typed);
        if (!match.hasMatch())
            match = digitsOnly.match(typed);
        if (!match.hasMatch())
            return {};
        int year = match.captured(3).toInt();
        if (match.captured(3).size() == 2)
            year += thisCentury;
        return QDate(year, match.captured(2).toInt(), match.captured(1).toInt());
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress) {
            m_typed.clear();
            return false;
        }
        if (event->type() != QEvent::KeyPress)
            return false;
        const auto *key = static_cast<QKeyEvent *>(event);
        const QString text = key->text();
        const bool typing = text.size() == 1 && (text.at(0).isDigit() || QStringLiteral("./-").contains(text.at(0)))
                            && !(key->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
        if (!typing) {
            m_typed.clear();
            return false;
        }
        if (m_typed.isEmpty() && text.at(0).isDigit()) {
            const QDate shown = m_edit->date();
            m_edit->setDate(QDate(shown.year(), 1, 1));
            m_edit->setCurrentSection(QDateTimeEdit::DaySection);
            m_edit->setSelectedSection(QDateTimeEdit::DaySection);
        }
        // QDateTimeEdit moves on by itself after a day or month of two
        // digits; the dot typed after it must not skip the next part too.
        const bool movedOnAlready = !text.at(0).isDigit() && m_typed.size() >= 2 && m_typed.right(2).at(0).isDigit()
                                    && m_typed.right(2).at(1).isDigit()
                                    && (m_typed.size() == 2 || !m_typed.at(m_typed.size() - 3).isDigit());
        m_typed += text;
        // After QDateTimeEdit has taken the key, the whole date typed wins.
        QMetaObject::invokeMethod(
            m_edit,
            [this, typed = m_typed] {
                const QDate whole = read(typed, QDate::currentDate().year() / 100 * 100);
                if (whole.isValid() && typed == m_typed && whole != m_edit->date()) {
                    m_edit->setDate(whole);
                    m_edit->setSelectedSection(QDateTimeEdit::YearSection);
                }
            },
            Qt::QueuedConnection);
        return movedOnAlready;
    }

private:
    QDateEdit *m_edit;
    QString m_typed;
};

} // namespace

void styleAsClinicDate(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->installEventFilter(new TabLeavesDate(edit));
    auto *typing = new TypedWholeDate(edit);
    edit->installEventFilter(typing);
    // Typed keys and clicks reach the edit's own line edit first.
    for (QObject *child : edit->children())
        if (child->isWidgetType())
            child->installEventFilter(typing);
}

} // namespace trinn
