#include "newpatientdialog.h"

#include "common/problemlabel.h"
#include "patients/patientrules.h"
#include "storage/patientstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trinn {

NewPatientDialog::NewPatientDialog(PatientStore &patients, QWidget *parent)
    : QDialog(parent)
    , m_patients(patients)
    , m_nationalId(new QLineEdit(this))
    , m_givenNames(new QLineEdit(this))
    , m_familyName(new QLineEdit(this))
    , m_phone(new QLineEdit(this))
    , m_address(new QLineEdit(this))
    , m_gpName(new QLineEdit(this))
    , m_gpPractice(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New patient"));
    m_nationalId->setObjectName(QStringLiteral("nationalId"));
    m_givenNames->setObjectName(QStringLiteral("givenNames"));
    m_familyName->setObjectName(QStringLiteral("familyName"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_nationalId->setPlaceholderText(tr("11 digits"));
    m_nationalId->setMaxLength(13);
    styleAsProblem(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("&National id:"), m_nationalId);
    form->addRow(tr("&Given names:"), m_givenNames);
    form->addRow(tr("&Family name:"), m_familyName);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("&Address:"), m_address);
    form->addRow(tr("G&P:"), m_gpName);
    form->addRow(tr("GP p&ractice:"), m_gpPractice);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);

    for (QLineEdit *edit : {m_nationalId, m_givenNames, m_familyName})
        connect(edit, &QLineEdit::textChanged, this, &NewPatientDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &NewPatientDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &NewPatientDialog::reject);
    validate();
}

void NewPatientDialog::validate()
{
    NewPatient patient;
    patient.nationalId = m_nationalId->text();
    patient.givenNames = m_givenNames->text();
    patient.familyName = m_familyName->text();
    const Decision decision = PatientRules::canRegister(patient, m_patients.journalKind());
    m_problem->setText(m_nationalId->text().isEmpty() ? QString() : decision.reason);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(decision.allowed);
}

void NewPatientDialog::accept()
{
    NewPatient patient;
    patient.nationalId = m_nationalId->text();
    patient.givenNames = m_givenNames->text();
    patient.familyName = m_familyName->text();
    patient.phone = m_phone->text();
    patient.address = m_address->text();
    patient.gpName = m_gpName->text();
    patient.gpPractice = m_gpPractice->text();
    Result<qint64> added = m_patients.add(patient);
    if (!added) {
        m_problem->setText(added.error());
        return;
    }
    m_createdId = *added;
    QDialog::accept();
}

} // namespace trinn
