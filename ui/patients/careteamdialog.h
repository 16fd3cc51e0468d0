#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QTreeWidget;

namespace trinn {

class Journal;

/// The patient's care team: the staff who treat them, and so read what their
/// role reads only for their own patients. Alt+S chooses a staff member,
/// Alt+A adds them, Alt+R removes the member chosen in the list.
class CareTeamDialog : public QDialog
{
    Q_OBJECT
public:
    CareTeamDialog(Journal &journal, qint64 patientId, QWidget *parent = nullptr);

    void reload();
    void addChosen();
    void removeChosen();

private:
    Journal &m_journal;
    qint64 m_patientId = 0;
    QTreeWidget *m_members = nullptr;
    QComboBox *m_staff = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace trinn
