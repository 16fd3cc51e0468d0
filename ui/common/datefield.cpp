#include "datefield.h"

#include <QDateEdit>
#include <QEvent>
#include <QKeyEvent>

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

} // namespace

void styleAsClinicDate(QDateEdit *edit)
{
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->installEventFilter(new TabLeavesDate(edit));
}

} // namespace trinn
