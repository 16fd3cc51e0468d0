#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QSpinBox;
class QTimeEdit;

namespace trinn {

class Journal;

/// Creates a therapy group and plans its sessions. Choosing a LAR course kind
/// fills in the course's places, length, leaders and criteria from its program.
class NewGroupDialog : public QDialog
{
    Q_OBJECT
public:
    explicit NewGroupDialog(Journal &journal, QWidget *parent = nullptr);
    qint64 groupId() const { return m_groupId; }
    void accept() override;

private:
    void kindChosen();

    Journal &m_journal;
    QLineEdit *m_name;
    QComboBox *m_kind;
    QLineEdit *m_site;
    QLineEdit *m_room;
    QComboBox *m_weekday;
    QTimeEdit *m_time;
    QSpinBox *m_minutes;
    QSpinBox *m_weeks;
    QDateEdit *m_start;
    QSpinBox *m_capacity;
    /// The staff register, checked for the leaders.
    QListWidget *m_leaders;
    QSpinBox *m_maxAbsences;
    QLabel *m_problem;
    qint64 m_groupId = 0;
};

} // namespace trinn
