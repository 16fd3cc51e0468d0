#include "medicationdialog.h"
#include "common/journalwords.h"

#include "common/patientbanner.h"
#include "common/datefield.h"
#include "common/problemlabel.h"
#include "common/recordhistorydialog.h"
#include "common/clinictime.h"
#include "storage/carerecordstore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {

MedicationDialog::MedicationDialog(Journal &journal, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_patientId(patientId)
    , m_list(new QTreeWidget(this))
    , m_drug(new QLineEdit(this))
    , m_dose(new QLineEdit(this))
    , m_date(new QDateEdit(clinictime::today(), this))
    , m_stopReason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Medication-assisted treatment"));
    m_list->setHeaderLabels({tr("Drug"), tr("Dose"), tr("From"), tr("To")});
    m_list->setRootIsDecorated(false);
    m_drug->setPlaceholderText(tr("methadone, buprenorphine, disulfiram, ADHD medication …"));
    styleAsClinicDate(m_date);
    styleAsProblem(m_problem);
    auto *form = new QFormLayout;
    form->addRow(tr("&Drug:"), m_drug);
    form->addRow(tr("D&ose:"), m_dose);
    form->addRow(tr("&From, or stop on:"), m_date);
    form->addRow(tr("&Why it is stopped:"), m_stopReason);
    m_stopReason->setObjectName(QStringLiteral("stopReason"));
    RecordHistoryDialog::bindShortcut(this, m_journal, RecordHistory::Record::Medication, [this] {
        const QTreeWidgetItem *item = m_list->currentItem();
        return item ? item->data(0, Qt::UserRole).toLongLong() : qint64(0);
    }, [this] { return m_patientId; });
    auto *actions = new QHBoxLayout;
    auto *addButton = new QPushButton(tr("&Add"), this);
    auto *stopButton = new QPushButton(tr("&Stop the selected"), this);
    connect(addButton, &QPushButton::clicked, this, &MedicationDialog::add);
    connect(stopButton, &QPushButton::clicked, this, &MedicationDialog::stopSelected);
    actions->addWidget(addButton);
    actions->addWidget(stopButton);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PatientBanner(m_journal, m_patientId, this));
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(actions);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(560, 420);
    reload();
    m_drug->setFocus();
}

QString MedicationDialog::problem() const
{
    return m_problem->text();
}

void MedicationDialog::reload()
{
    m_list->clear();
    const Result<QList<Medication>> list = CareRecordStore(m_journal).medications(m_patientId);
    if (!list) {
        m_problem->setText(list.error());
        return;
    }
    for (const Medication &m : *list) {
        auto *item = new QTreeWidgetItem(m_list, {journalwords::drug(m.drug), m.dose, clinictime::formatDate(m.start),
                                                  m.stop.isValid() ? clinictime::formatDate(m.stop) : QString()});
        item->setData(0, Qt::UserRole, m.id);
    }
}

void MedicationDialog::add()
{
    Medication m;
    m.patientId = m_patientId;
    m.drug = m_drug->text();
    m.dose = m_dose->text();
    m.start = m_date->date();
    const Result<qint64> added = CareRecordStore(m_journal).addMedication(m);
    m_problem->setText(added ? QString() : added.error());
    if (added) {
        m_drug->clear();
        m_dose->clear();
    }
    reload();
}

void MedicationDialog::stopSelected()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        m_problem->setText(tr("Select the drug to stop."));
        return;
    }
    const Status stopped = CareRecordStore(m_journal).stopMedication(item->data(0, Qt::UserRole).toLongLong(), m_date->date(),
                                                                         m_stopReason->text());
    m_problem->setText(stopped ? QString() : stopped.error());
    if (stopped)
        m_stopReason->clear();
    reload();
}

} // namespace trinn
