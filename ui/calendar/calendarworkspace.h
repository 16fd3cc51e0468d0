#pragma once

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace trinn {

class Journal;
class StaffComboBox;
class WorkspaceRefresh;

/// The clinic calendar: a day, a week or a month of group sessions,
/// individual sessions and outings, for the whole clinic, a staff member, a
/// room or a patient (by national id); exported as iCalendar.
class CalendarWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit CalendarWorkspace(Journal &journal, QWidget *parent = nullptr);
    void reload();
    /// Reads what is shown again after a change made here or elsewhere,
    /// keeping the selections and the scroll positions.
    void refresh();
    void exportIcal();

private:
    void showScope();

    Journal &m_journal;
    WorkspaceRefresh *m_refresh = nullptr;
    QComboBox *m_range;
    QComboBox *m_scope;
    /// A room or a national id; a staff member is chosen from the register instead.
    QLineEdit *m_who;
    StaffComboBox *m_staff;
    QDateEdit *m_day;
    QTreeWidget *m_events;
    QLabel *m_problem;
};

} // namespace trinn
