#pragma once

#include "storage/journal.h"
#include "storage/journalchanges.h"

#include <QAbstractItemView>
#include <QEvent>
#include <QScrollBar>
#include <QWidget>

#include <functional>

namespace trinn {

/// Keeps a workspace showing the journal as it is now. When the journal says
/// that an area the workspace shows has changed (here or on another
/// workstation, see JournalChanges), a loaded workspace refreshes at once if
/// it is on screen, and when it is next shown if not. One not yet loaded (see
/// LoadOnShow) is left alone: its first load reads the journal as it is then.
/// A refresh costs what the workspace's normal load costs, and only one is
/// run for all the changes the journal announces together.
class WorkspaceRefresh : public QObject
{
public:
    /// `refresh` is given the areas that changed among those `shown`.
    using Refresh = std::function<void(const JournalChanges::Areas &changed)>;

    WorkspaceRefresh(QWidget *page, Journal &journal, JournalChanges::Areas shown, Refresh refresh)
        : QObject(page), m_page(page), m_changes(journal.changes()), m_shown(std::move(shown)), m_refresh(std::move(refresh))
    {
        page->installEventFilter(this);
        connect(&m_changes, &JournalChanges::changed, this, [this](const JournalChanges::Areas &areas) {
            if (!m_loaded || !areas.intersects(m_shown) || m_freshAt >= m_changes.generation())
                return;
            m_changed.unite(areas & m_shown);
            if (m_page->isVisible())
                refreshNow();
        });
    }

    /// The workspace has just read everything it shows (after a write of its
    /// own, say): the changes announced so far need no refresh.
    void markFresh()
    {
        m_freshAt = m_changes.generation();
        m_changed.clear();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_page && event->type() == QEvent::Show) {
            // The first showing loads the workspace (LoadOnShow, or its own showEvent).
            if (!m_loaded)
                m_loaded = true;
            else if (!m_changed.isEmpty())
                refreshNow();
        }
        return false;
    }

private:
    void refreshNow()
    {
        m_freshAt = m_changes.generation();
        m_refresh(std::exchange(m_changed, {}));
    }

    QWidget *m_page;
    JournalChanges &m_changes;
    JournalChanges::Areas m_shown;
    Refresh m_refresh;
    bool m_loaded = false;
    quint64 m_freshAt = 0;
    // Changed since the workspace last showed them; a hidden one refreshes when shown.
    JournalChanges::Areas m_changed;
};

/// Where a list stands: its current row, found again by a key (an id in
/// `role`, or the text of `column`), and how far it is scrolled. Put back
/// when this goes out of scope, after the list was filled again.
class KeepPlace
{
public:
    explicit KeepPlace(QAbstractItemView *view, int role = Qt::UserRole, int column = 0)
        : m_view(view), m_role(role), m_column(column)
    {
        const QModelIndex current = view->currentIndex();
        if (current.isValid())
            m_key = current.siblingAtColumn(column).data(role);
        m_vertical = view->verticalScrollBar()->value();
        m_horizontal = view->horizontalScrollBar()->value();
    }
    ~KeepPlace()
    {
        QAbstractItemModel *model = m_view->model();
        if (m_key.isValid() && model && model->rowCount() > 0) {
            const QModelIndexList found = model->match(model->index(0, m_column), m_role, m_key, 1, Qt::MatchExactly);
            if (!found.isEmpty() && found.first() != m_view->currentIndex().siblingAtColumn(m_column))
                m_view->setCurrentIndex(found.first());
        }
        // The view lays its rows out later unless asked now; scrolled before
        // that, it would clamp to an empty range.
        m_view->doItemsLayout();
        m_view->verticalScrollBar()->setValue(m_vertical);
        m_view->horizontalScrollBar()->setValue(m_horizontal);
    }
    KeepPlace(const KeepPlace &) = delete;
    KeepPlace &operator=(const KeepPlace &) = delete;

private:
    QAbstractItemView *m_view;
    int m_role;
    int m_column;
    QVariant m_key;
    int m_vertical = 0;
    int m_horizontal = 0;
};

} // namespace trinn
