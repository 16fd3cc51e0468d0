#pragma once

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace trinn {

class Journal;

/// Intake's last step for one accepted referral: the person registered as a
/// patient (the form filled in from the referral) and admitted to the program
/// the referral asks for, in one use case (ReferralAdmission). A referral
/// that names its patient already only admits them.
class AdmitReferralDialog : public QDialog
{
    Q_OBJECT
public:
    AdmitReferralDialog(Journal &journal, qint64 referralId, QWidget *parent = nullptr);

    /// Registers and admits; on success accepts the dialog, else shows the reason.
    void admit();
    qint64 patientId() const { return m_patientId; }
    QString summary() const { return m_summary; }

private:
    Journal &m_journal;
    qint64 m_referralId = 0;
    qint64 m_existingPatient = 0;
    qint64 m_patientId = 0;
    QString m_summary;
    QString m_programName;
    QLineEdit *m_nationalId = nullptr;
    QLineEdit *m_given = nullptr;
    QLineEdit *m_family = nullptr;
    QLineEdit *m_phone = nullptr;
    QDateEdit *m_admittedOn = nullptr;
    QList<QCheckBox *> m_optional;
    QList<QCheckBox *> m_criteria;
    QLabel *m_problem = nullptr;
};

} // namespace trinn
