#include "admitreferraldialog.h"

#include "common/clinictime.h"
#include "common/datefield.h"
#include "common/problemlabel.h"
#include "patients/patientrules.h"
#include "storage/intakestore.h"
#include "storage/patientstore.h"
#include "storage/programstore.h"
#include "storage/referraladmission.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trinn {

AdmitReferralDialog::AdmitReferralDialog(Journal &journal, qint64 referralId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_referralId(referralId)
{
    setObjectName(QStringLiteral("admitReferralDialog"));
    auto *layout = new QVBoxLayout(this);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    styleAsProblem(m_problem);

    const Result<Referral> referral = ReferralStore(journal).referral(referralId);
    if (!referral) {
        setWindowTitle(tr("Admit a referred person"));
        m_problem->setText(referral.error());
        layout->addWidget(m_problem);
        auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
        connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
        layout->addWidget(close);
        return;
    }
    const Result<ProgramTemplate> program = ProgramStore(journal).find(referral->requestedService);
    m_programName = program ? program->name : referral->requestedService;
    m_existingPatient = referral->patientId;

    // Whose journal this becomes: the referral's person, named at the top.
    auto *about = new QLabel(this);
    about->setObjectName(QStringLiteral("about"));
    about->setWordWrap(true);
    layout->addWidget(about);
    auto *form = new QFormLayout;
    if (m_existingPatient != 0) {
        const Result<Patient> patient = PatientStore(journal).get(m_existingPatient);
        const QString who = patient ? tr("%1 (national id %2)").arg(patient->fullName(), patient->nationalId) : patient.error();
        setWindowTitle(tr("Admit %1").arg(patient ? patient->fullName() : referral->personName));
        about->setText(tr("<b>%1</b> is registered already. Admit them to <b>%2</b>, as the referral of %3 asks.")
                           .arg(who.toHtmlEscaped(), m_programName.toHtmlEscaped(), clinictime::formatDate(referral->receivedOn)));
    } else {
        setWindowTitle(tr("Register and admit %1").arg(referral->personName));
        about->setText(tr("Register <b>%1</b>, referred %2, as a patient and admit them to <b>%3</b>. The form is filled in from the "
                          "referral: check the name and the national id.")
                           .arg(referral->personName.toHtmlEscaped(), clinictime::formatDate(referral->receivedOn),
                                m_programName.toHtmlEscaped()));
        QString given;
        QString family;
        PatientRules::splitName(referral->personName, &given, &family);
        m_nationalId = new QLineEdit(referral->nationalId, this);
        m_nationalId->setObjectName(QStringLiteral("nationalId"));
        m_given = new QLineEdit(given, this);
        m_given->setObjectName(QStringLiteral("givenNames"));
        m_family = new QLineEdit(family, this);
        m_family->setObjectName(QStringLiteral("familyName"));
        m_phone = new QLineEdit(this);
        m_phone->setObjectName(QStringLiteral("phone"));
        form->addRow(tr("&National id:"), m_nationalId);
        form->addRow(tr("&Given names:"), m_given);
        form->addRow(tr("&Family name:"), m_family);
        form->addRow(tr("P&hone:"), m_phone);
    }
    m_admittedOn = new QDateEdit(clinictime::today(), this);
    m_admittedOn->setObjectName(QStringLiteral("admittedOn"));
    styleAsClinicDate(m_admittedOn);
    form->addRow(tr("A&dmitted on:"), m_admittedOn);
    form->addRow(tr("Program:"), new QLabel(m_programName.toHtmlEscaped(), this));
    layout->addLayout(form);

    if (program) {
        // The phases a program offers on choice, and the criteria it is assessed by.
        QGroupBox *optional = nullptr;
        for (const PhaseTemplate &phase : program->phases) {
            if (!phase.optional)
                continue;
            if (!optional) {
                optional = new QGroupBox(tr("Optional phases"), this);
                optional->setLayout(new QVBoxLayout);
                layout->addWidget(optional);
            }
            auto *box = new QCheckBox(phase.name, optional);
            box->setProperty("code", phase.code);
            optional->layout()->addWidget(box);
            m_optional << box;
        }
        if (!program->criteria.isEmpty()) {
            auto *criteria = new QGroupBox(tr("Criteria (tick those that apply to the patient)"), this);
            auto *list = new QVBoxLayout(criteria);
            for (const Criterion &criterion : program->criteria) {
                auto *box = new QCheckBox(criterion.kind == Criterion::Kind::Exclusion ? tr("Excludes: %1").arg(criterion.text)
                                                                                      : tr("Requires: %1").arg(criterion.text),
                                          criteria);
                box->setProperty("code", criterion.key());
                list->addWidget(box);
                m_criteria << box;
            }
            layout->addWidget(criteria);
        }
    }
    layout->addWidget(m_problem);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->addButton(m_existingPatient ? tr("&Admit") : tr("Register and &admit"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("admit"));
    ok->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &AdmitReferralDialog::admit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    if (m_nationalId)
        m_nationalId->setFocus();
    resize(560, sizeHint().height());
}

void AdmitReferralDialog::admit()
{
    ReferralAdmission::Request request;
    request.referralId = m_referralId;
    if (m_existingPatient == 0) {
        request.person.nationalId = m_nationalId->text();
        request.person.givenNames = m_given->text();
        request.person.familyName = m_family->text();
        request.person.phone = m_phone->text();
    }
    request.admittedOn = m_admittedOn ? m_admittedOn->date() : QDate();
    for (const QCheckBox *box : std::as_const(m_optional)) {
        if (box->isChecked())
            request.optionalPhases << box->property("code").toString();
    }
    for (const QCheckBox *box : std::as_const(m_criteria))
        request.assessment.append({box->property("code").toString(), box->isChecked()});
    const Result<ReferralAdmission::Admitted> admitted = ReferralAdmission(m_journal).admit(request);
    if (!admitted) {
        m_problem->setText(tr("Not admitted, nothing was saved: %1").arg(admitted.error()));
        return;
    }
    m_patientId = admitted->patientId;
    const Result<Patient> patient = PatientStore(m_journal).get(m_patientId);
    m_summary = tr("%1 admitted to %2 on %3; the referral is marked admitted.")
                    .arg(patient ? patient->fullName() : QString::number(m_patientId), m_programName,
                         clinictime::formatDate(request.admittedOn));
    accept();
}

} // namespace trinn
