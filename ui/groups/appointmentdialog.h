#pragma once

#include <QDialog>

class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace trinn {

class Journal;
class StaffComboBox;

/// Books an individual session for a patient; a clash (room, staff member or
/// patient elsewhere then, or a public holiday) shows its reason here.
class AppointmentDialog : public QDialog
{
    Q_OBJECT
public:
    AppointmentDialog(Journal &journal, qint64 patientId, QWidget *parent = nullptr);
    void accept() override;
    QString problem() const;

private:
    Journal &m_journal;
    qint64 m_patientId;
    StaffComboBox *m_staff;
    QDateTimeEdit *m_start;
    QSpinBox *m_minutes;
    QLineEdit *m_room;
    QLabel *m_problem;
};

} // namespace trinn
