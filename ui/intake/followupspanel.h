#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTreeWidget;

namespace trinn {

class Journal;
class WorkspaceRefresh;

/// The calls and letters due after discharge (Phase 2), for every patient:
/// who to call (name, national id, phone), what, since when; the one chosen
/// marked done with its outcome and a note (Alt+D).
class FollowUpsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit FollowUpsPanel(Journal &journal, QWidget *parent = nullptr);

    void reload();
    void markDone();
    QTreeWidget *list() const { return m_list; }

private:
    Journal &m_journal;
    WorkspaceRefresh *m_refresh = nullptr;
    QTreeWidget *m_list = nullptr;
    QSpinBox *m_days = nullptr;
    QComboBox *m_outcome = nullptr;
    QDateEdit *m_doneOn = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace trinn
