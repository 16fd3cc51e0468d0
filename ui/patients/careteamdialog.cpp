#include "careteamdialog.h"

#include "access/gate.h"
#include "common/problemlabel.h"
#include "patients/patientheader.h"
#include "storage/careteamstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {
namespace {

QString rolesOf(const StaffAccount &a)
{
    QStringList names;
    for (Role role : {Role::Nurse, Role::Therapist, Role::Coordinator, Role::Administrator}) {
        if (a.roles.contains(role))
            names << AccessPolicy::roleName(role);
    }
    return names.join(QStringLiteral(", "));
}

} // namespace

CareTeamDialog::CareTeamDialog(Journal &journal, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_patientId(patientId)
{
    setObjectName(QStringLiteral("careTeamDialog"));
    const QString who = patientHeader(journal, patientId);
    setWindowTitle(tr("Care team — %1").arg(who));
    auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(who.toHtmlEscaped()), this);
    header->setObjectName(QStringLiteral("patientHeader"));
    m_members = new QTreeWidget(this);
    m_members->setObjectName(QStringLiteral("members"));
    m_members->setRootIsDecorated(false);
    m_members->setHeaderLabels({tr("Name"), tr("User name"), tr("Roles")});
    m_members->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_staff = new QComboBox(this);
    m_staff->setObjectName(QStringLiteral("staff"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    styleAsProblem(m_problem);
    if (Result<QList<StaffAccount>> staff = StaffStore(journal).directory()) {
        for (const StaffAccount &a : std::as_const(*staff))
            m_staff->addItem(tr("%1 (%2)").arg(a.fullName, rolesOf(a)), a.id);
    } else {
        showOutcome(m_problem, false, staff.error());
    }
    auto *staffLabel = new QLabel(tr("&Staff member:"), this);
    staffLabel->setBuddy(m_staff);
    auto *add = new QPushButton(tr("&Add to the team"), this);
    add->setObjectName(QStringLiteral("add"));
    auto *remove = new QPushButton(tr("&Remove from the team"), this);
    remove->setObjectName(QStringLiteral("remove"));
    connect(add, &QPushButton::clicked, this, &CareTeamDialog::addChosen);
    connect(remove, &QPushButton::clicked, this, &CareTeamDialog::removeChosen);
    const bool mayWrite = Gate::allows(journal, AccessPolicy::Data::Programs, AccessPolicy::Action::Write).allowed;
    add->setEnabled(mayWrite);
    remove->setEnabled(mayWrite);
    auto *row = new QHBoxLayout;
    row->addWidget(staffLabel);
    row->addWidget(m_staff, 1);
    row->addWidget(add);
    row->addWidget(remove);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(new QLabel(tr("Staff on the care team read what their role reads for this patient only (a nurse the therapy notes)."), this));
    layout->addWidget(m_members, 1);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(close);
    reload();
    m_staff->setFocus();
    resize(620, 400);
}

void CareTeamDialog::reload()
{
    m_members->clear();
    const Result<QList<StaffAccount>> members = CareTeamStore(m_journal).members(m_patientId);
    if (!members) {
        showOutcome(m_problem, false, members.error());
        return;
    }
    for (const StaffAccount &a : std::as_const(*members)) {
        auto *item = new QTreeWidgetItem(m_members, {a.active ? a.fullName : tr("%1 (account disabled)").arg(a.fullName), a.username, rolesOf(a)});
        item->setData(0, Qt::UserRole, a.id);
    }
    if (m_members->topLevelItemCount() > 0)
        m_members->setCurrentItem(m_members->topLevelItem(0));
}

void CareTeamDialog::addChosen()
{
    if (m_staff->currentIndex() < 0) {
        showOutcome(m_problem, false, tr("Choose a staff member first."));
        return;
    }
    const Status done = CareTeamStore(m_journal).add(m_patientId, m_staff->currentData().toLongLong());
    showOutcome(m_problem, done.ok(), done ? tr("%1 is on the care team.").arg(m_staff->currentText()) : done.error());
    reload();
}

void CareTeamDialog::removeChosen()
{
    const QTreeWidgetItem *item = m_members->currentItem();
    if (!item) {
        showOutcome(m_problem, false, tr("Choose the member to remove in the list first."));
        return;
    }
    const QString name = item->text(0);
    const Status done = CareTeamStore(m_journal).remove(m_patientId, item->data(0, Qt::UserRole).toLongLong());
    showOutcome(m_problem, done.ok(), done ? tr("%1 is no longer on the care team.").arg(name) : done.error());
    reload();
}

} // namespace trinn
