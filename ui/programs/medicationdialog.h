#pragma once

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace trinn {

class Journal;

/// A patient's medication-assisted treatment: what is prescribed from when,
/// which the test board takes as expected. Add a drug, or stop the selected one.
class MedicationDialog : public QDialog
{
    Q_OBJECT
public:
    MedicationDialog(Journal &journal, qint64 patientId, QWidget *parent = nullptr);
    void add();
    void stopSelected();
    QString problem() const;

private:
    void reload();

    Journal &m_journal;
    qint64 m_patientId;
    QTreeWidget *m_list;
    QLineEdit *m_drug;
    QLineEdit *m_dose;
    QDateEdit *m_date;
    QLineEdit *m_stopReason;
    QLabel *m_problem;
};

} // namespace trinn
