#include "patientjournalview.h"

#include "common/clinictime.h"
#include "patients/nationalid.h"
#include "storage/auditlog.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"
#include "storage/timelinestore.h"

#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {

PatientJournalView::PatientJournalView(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_name(new QLabel(this))
    , m_identity(new QLabel(this))
    , m_program(new QLabel(this))
    , m_contact(new QLabel(this))
    , m_nextOfKin(new QLabel(this))
    , m_timeline(new QTreeWidget(this))
{
    QFont nameFont = m_name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    m_name->setFont(nameFont);
    m_name->setObjectName(QStringLiteral("patientName"));
    m_identity->setObjectName(QStringLiteral("patientIdentity"));
    m_program->setObjectName(QStringLiteral("patientProgram"));
    for (QLabel *label : {m_identity, m_program, m_contact, m_nextOfKin}) {
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        label->setWordWrap(true);
    }

    m_timeline->setColumnCount(3);
    m_timeline->setHeaderLabels({tr("Date"), tr("Event"), tr("Details")});
    m_timeline->setRootIsDecorated(false);
    m_timeline->setAlternatingRowColors(true);
    m_timeline->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_timeline->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_timeline->setAccessibleName(tr("Timeline"));

    auto *details = new QFormLayout;
    details->addRow(tr("Program:"), m_program);
    details->addRow(tr("Contact:"), m_contact);
    details->addRow(tr("Next of kin:"), m_nextOfKin);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_identity);
    layout->addLayout(details);
    layout->addWidget(new QLabel(tr("Timeline"), this));
    layout->addWidget(m_timeline, 1);
    clear();
}

void PatientJournalView::clear()
{
    m_patientId = 0;
    m_name->setText(tr("No patient open"));
    m_identity->setText(tr("Search for a patient by name or national id, then press Enter."));
    m_program->clear();
    m_contact->clear();
    m_nextOfKin->clear();
    m_timeline->clear();
}

void PatientJournalView::refresh()
{
    if (m_patientId != 0)
        showPatient(m_patientId);
}

bool PatientJournalView::showPatient(qint64 patientId)
{
    const AuditLog::ReadScope audited(m_journal, QStringLiteral("opened the patient's journal"));
    Result<Patient> patient = PatientStore(m_journal).get(patientId);
    if (!patient) {
        clear();
        m_identity->setText(patient.error());
        return false;
    }
    m_patientId = patientId;
    const QDate today = clinictime::today();
    m_name->setText(patient->fullName());
    m_identity->setText(tr("%1 %2 · born %3 · %4 years")
                            .arg(NationalId::kindName(patient->idKind), patient->nationalId,
                                 clinictime::formatDate(patient->birthDate))
                            .arg(clinictime::ageOn(patient->birthDate, today)));
    const Result<QString> program = EpisodeStore(m_journal).currentProgram(patientId, today);
    if (!program)
        m_program->setText(program.error());
    else
        m_program->setText(program->isEmpty() ? tr("Not enrolled in a program") : *program);

    QStringList contact;
    if (!patient->phone.isEmpty())
        contact << tr("phone %1").arg(patient->phone);
    if (!patient->email.isEmpty())
        contact << patient->email;
    if (!patient->address.isEmpty())
        contact << patient->address;
    if (!patient->gpName.isEmpty() || !patient->gpPractice.isEmpty())
        contact << tr("GP %1, %2").arg(patient->gpName, patient->gpPractice);
    m_contact->setText(contact.isEmpty() ? tr("none recorded") : contact.join(QStringLiteral(" · ")));

    QStringList kin;
    for (const NextOfKin &person : std::as_const(patient->nextOfKin)) {
        kin << tr("%1 (%2, %3): %4")
                   .arg(person.name, person.relation, person.phone,
                        person.consentToShare ? tr("consent to share information")
                                              : tr("no consent to share information"));
    }
    m_nextOfKin->setText(kin.isEmpty() ? tr("none recorded") : kin.join(QLatin1Char('\n')));

    m_timeline->clear();
    Result<QList<TimelineEntry>> entries = TimelineStore(m_journal).timeline(patientId);
    if (entries) {
        for (const TimelineEntry &entry : std::as_const(*entries)) {
            new QTreeWidgetItem(m_timeline,
                                {clinictime::formatDateTime(entry.when), entry.title, entry.detail});
        }
    } else {
        new QTreeWidgetItem(m_timeline, {QString(), tr("The timeline could not be read"), entries.error()});
    }
    emit patientOpened(patientId);
    return true;
}

} // namespace trinn
