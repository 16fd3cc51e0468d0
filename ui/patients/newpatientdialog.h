#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace trinn {

class PatientStore;

/// Registers a patient. Says, as the user types, why the input cannot be
/// saved yet ("The second check digit does not match."), and keeps what was
/// typed when the journal refuses it (a duplicate national id, a full disk).
class NewPatientDialog : public QDialog
{
    Q_OBJECT
public:
    NewPatientDialog(PatientStore &patients, QWidget *parent = nullptr);
    qint64 createdPatientId() const { return m_createdId; }

    void accept() override;

private:
    void validate();

    PatientStore &m_patients;
    QLineEdit *m_nationalId;
    QLineEdit *m_givenNames;
    QLineEdit *m_familyName;
    QLineEdit *m_phone;
    QLineEdit *m_address;
    QLineEdit *m_gpName;
    QLineEdit *m_gpPractice;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    qint64 m_createdId = 0;
};

} // namespace trinn
