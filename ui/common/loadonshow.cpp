#include "loadonshow.h"

#include <QEvent>
#include <QWidget>

namespace trinn {

LoadOnShow::LoadOnShow(QWidget *page, std::function<void()> load) : QObject(page), m_load(std::move(load))
{
    page->installEventFilter(this);
}

bool LoadOnShow::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && m_load) {
        watched->removeEventFilter(this);
        const std::function<void()> load = std::exchange(m_load, {});
        load();
    }
    return false;
}

} // namespace trinn
