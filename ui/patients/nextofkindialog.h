#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace trinn {

class Journal;

/// The patient's next of kin and the patient's consent to share information
/// with each: listed, added, changed (the consent with its time), removed.
/// Keyboard: Up/Down choose one, its fields fill the form; Alt+S saves it,
/// Alt+W makes the form a new one, Alt+R removes the one chosen.
class NextOfKinDialog : public QDialog
{
    Q_OBJECT
public:
    NextOfKinDialog(Journal &journal, qint64 patientId, QWidget *parent = nullptr);

    void reload();
    void save();
    void startNew();
    void removeChosen();

private:
    void fillForm();

    Journal &m_journal;
    qint64 m_patientId = 0;
    qint64 m_editing = 0; // 0: the form is a new next of kin
    QTreeWidget *m_list = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_relation = nullptr;
    QLineEdit *m_phone = nullptr;
    QCheckBox *m_consent = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace trinn
