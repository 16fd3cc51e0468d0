#include "plangatheringdialog.h"

#include "calendar/staffcombobox.h"
#include "common/clinictime.h"
#include "common/datefield.h"
#include "storage/gatheringstore.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace trinn {
namespace {
enum ItemRole { EpisodeRole = Qt::UserRole + 1 };
} // namespace

PlanGatheringDialog::PlanGatheringDialog(Journal &journal, QDate start, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_start(new QDateEdit(start, this))
    , m_room(new QLineEdit(this))
    , m_staff(new StaffComboBox(journal, this))
    , m_patients(new QListWidget(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Plan a Phase 2 gathering"));
    styleAsClinicDate(m_start);
    m_reason->setPlaceholderText(tr("Only for a gathering later than the first year after discharge"));
    m_problem->setWordWrap(true);
    m_room->setObjectName(QStringLiteral("gatheringRoom"));
    m_problem->setObjectName(QStringLiteral("gatheringProblem"));
    auto *form = new QFormLayout;
    form->addRow(tr("&First day (three days):"), m_start);
    form->addRow(tr("&Room:"), m_room);
    form->addRow(tr("&Held by:"), m_staff);
    form->addRow(tr("&Patients in Phase 2:"), m_patients);
    form->addRow(tr("Reason if &late:"), m_reason);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Plan"));
    connect(buttons, &QDialogButtonBox::accepted, this, &PlanGatheringDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_start, &QDateEdit::dateChanged, this, &PlanGatheringDialog::loadCandidates);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    setMinimumWidth(560); // the patients' names and discharge dates in full
    loadCandidates();
}

QDate PlanGatheringDialog::startDay() const
{
    return m_start->date();
}

void PlanGatheringDialog::loadCandidates()
{
    m_patients->clear();
    m_problem->clear();
    const Result<QList<GatheringStore::Candidate>> found = GatheringStore(m_journal).candidates(m_start->date());
    if (!found) {
        m_problem->setText(found.error());
        return;
    }
    for (const GatheringStore::Candidate &c : *found) {
        auto *item = new QListWidgetItem(tr("%1 (discharged %2)").arg(c.name, clinictime::formatDate(c.discharge)), m_patients);
        item->setData(EpisodeRole, c.episodeId);
        item->setData(Qt::UserRole, c.name);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(c.attends ? Qt::Checked : Qt::Unchecked);
        // Who already comes on these days stays: their gathering is changed in their episode.
        if (c.attends) {
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
            item->setToolTip(tr("Already has a gathering on these days."));
        }
    }
    if (found->isEmpty())
        m_problem->setText(tr("No patient is in Phase 2 of the residential program."));
}

bool PlanGatheringDialog::tick(const QString &name, bool on)
{
    bool found = false;
    for (int i = 0; i < m_patients->count(); ++i) {
        if (m_patients->item(i)->data(Qt::UserRole).toString() == name && (m_patients->item(i)->flags() & Qt::ItemIsEnabled)) {
            m_patients->item(i)->setCheckState(on ? Qt::Checked : Qt::Unchecked);
            found = true;
        }
    }
    return found;
}

void PlanGatheringDialog::accept()
{
    GatheringStore::Plan plan;
    plan.start = m_start->date();
    plan.room = m_room->text();
    plan.staffId = m_staff->staffId();
    plan.reason = m_reason->text();
    for (int i = 0; i < m_patients->count(); ++i) {
        if (m_patients->item(i)->checkState() == Qt::Checked)
            plan.episodeIds << m_patients->item(i)->data(EpisodeRole).toLongLong();
    }
    const Result<qint64> planned = GatheringStore(m_journal).plan(plan);
    if (!planned) {
        m_problem->setText(planned.error());
        return;
    }
    m_outcome = tr("Phase 2 gathering planned from %1 in room %2 for %n patient(s).", nullptr, int(plan.episodeIds.size()))
                    .arg(clinictime::formatDate(plan.start), plan.room.trimmed());
    QDialog::accept();
}

} // namespace trinn
