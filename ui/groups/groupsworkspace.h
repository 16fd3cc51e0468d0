#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QTimeEdit;
class QTreeWidget;

namespace trinn {

class Journal;
class WorkspaceRefresh;

/// Therapy groups, their members and sessions (Enter on a session takes its
/// attendance), AA/NA outings with who is due one, and a staff member's week.
class GroupsWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit GroupsWorkspace(Journal &journal, QWidget *parent = nullptr);

    void reload();
    /// Reads what is shown again after a change made here or elsewhere,
    /// keeping the selections and the scroll positions.
    void refresh();
    void newGroup();
    void addMember();
    /// Opens the attendance of the selected (or next planned) session.
    void takeAttendance();
    void moveSession();
    /// An extra session at the chosen time (the clinic runs several groups a day).
    void addSession();
    void planOuting();
    void showWeek();
    QListWidget *groupList() const { return m_groups; }
    QTreeWidget *sessionList() const { return m_sessions; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showGroup();
    qint64 currentGroupId() const;
    QWidget *buildGroupsTab();
    QWidget *buildOutingsTab();
    QWidget *buildWeekTab();

    Journal &m_journal;
    /// Runs groups (members, sessions, outings), not only reads them.
    bool m_mayRun = false;
    WorkspaceRefresh *m_refresh = nullptr;
    QListWidget *m_groups = nullptr;
    QTreeWidget *m_members = nullptr;
    QTreeWidget *m_sessions = nullptr;
    QLineEdit *m_memberId = nullptr;
    QDateTimeEdit *m_moveTo = nullptr;
    QLineEdit *m_moveReason = nullptr;
    QLabel *m_groupProblem = nullptr;
    QTreeWidget *m_due = nullptr;
    QComboBox *m_outingKind = nullptr;
    QLineEdit *m_outingPlace = nullptr;
    QDateEdit *m_outingDay = nullptr;
    QTimeEdit *m_outingTime = nullptr;
    /// The staff register, checked for the escorts.
    QListWidget *m_escorts = nullptr;
    QCheckBox *m_atClinic = nullptr;
    QLabel *m_outingProblem = nullptr;
    QComboBox *m_staff = nullptr;
    QDateEdit *m_week = nullptr;
    QTreeWidget *m_weekItems = nullptr;
};

} // namespace trinn
