#include "staffaccountspanel.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "common/problemlabel.h"
#include "storage/journal.h"
#include "storage/staffstore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {
namespace {

constexpr Role allRoles[] = {Role::Nurse, Role::Therapist, Role::Coordinator, Role::Administrator};

} // namespace

StaffAccountsPanel::StaffAccountsPanel(Journal &journal, QWidget *parent)
    : QGroupBox(tr("Staff accounts"), parent)
    , m_journal(journal)
{
    setObjectName(QStringLiteral("staffAccounts"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("staffProblem"));
    styleAsProblem(m_problem);
    auto *layout = new QVBoxLayout(this);
    // Accounts are an administrator's: others are told so, and nothing is read.
    if (!Gate::allows(journal, AccessPolicy::Data::Staff, AccessPolicy::Action::Write).allowed) {
        layout->addWidget(new QLabel(tr("Only administrators see and change staff accounts."), this));
        return;
    }
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("staffList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("User name"), tr("Name"), tr("Roles"), tr("State")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->setMinimumHeight(120);
    auto *disable = new QPushButton(tr("Dis&able"), this);
    auto *unlock = new QPushButton(tr("&Unlock"), this);
    auto *reset = new QPushButton(tr("Reset pass&word"), this);
    reset->setToolTip(tr("Sets the password typed below for the account chosen"));
    auto *enable = new QPushButton(tr("Enab&le again"), this);
    enable->setToolTip(tr("Lets the chosen disabled account sign in again, with the password typed below"));
    auto *setRoles = new QPushButton(tr("Set &roles"), this);
    setRoles->setToolTip(tr("Gives the account chosen the roles ticked below"));
    connect(enable, &QPushButton::clicked, this, &StaffAccountsPanel::enableChosen);
    connect(setRoles, &QPushButton::clicked, this, &StaffAccountsPanel::setRolesOfChosen);
    connect(disable, &QPushButton::clicked, this, &StaffAccountsPanel::disableChosen);
    connect(unlock, &QPushButton::clicked, this, &StaffAccountsPanel::unlockChosen);
    connect(reset, &QPushButton::clicked, this, &StaffAccountsPanel::resetChosen);
    auto *actions = new QHBoxLayout;
    actions->addWidget(disable);
    actions->addWidget(unlock);
    actions->addWidget(reset);
    actions->addWidget(enable);
    actions->addWidget(setRoles);
    actions->addStretch(1);

    m_username = new QLineEdit(this);
    m_username->setObjectName(QStringLiteral("username"));
    m_fullName = new QLineEdit(this);
    m_fullName->setObjectName(QStringLiteral("fullName"));
    auto *roles = new QHBoxLayout;
    for (Role role : allRoles) {
        auto *box = new QCheckBox(AccessPolicy::roleName(role), this);
        box->setProperty("role", AccessPolicy::roleCode(role));
        roles->addWidget(box);
        m_roles << box;
    }
    roles->addStretch(1);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat = new QLineEdit(this);
    m_repeat->setObjectName(QStringLiteral("repeat"));
    m_repeat->setEchoMode(QLineEdit::Password);
    auto *add = new QPushButton(tr("Add accoun&t"), this);
    connect(add, &QPushButton::clicked, this, &StaffAccountsPanel::addAccount);
    auto *form = new QFormLayout;
    form->addRow(tr("User na&me:"), m_username);
    form->addRow(tr("Full &name:"), m_fullName);
    form->addRow(tr("Roles:"), roles);
    form->addRow(tr("Passwor&d:"), m_password);
    form->addRow(tr("R&epeat password:"), m_repeat);
    form->addRow(QString(), add);
    layout->addWidget(m_list, 1);
    layout->addLayout(actions);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &StaffAccountsPanel::showRolesOfChosen);
    reload();
}

void StaffAccountsPanel::reload()
{
    if (!m_list)
        return;
    const QString keep = chosen();
    m_list->clear();
    const Result<QList<StaffAccount>> accounts = StaffStore(m_journal).list();
    if (!accounts) {
        showOutcome(m_problem, false, accounts.error());
        return;
    }
    const QDateTime now = clinictime::now();
    for (const StaffAccount &a : std::as_const(*accounts)) {
        QStringList roles;
        for (Role role : allRoles) {
            if (a.roles.contains(role))
                roles << AccessPolicy::roleName(role);
        }
        QString state = tr("active");
        if (!a.active)
            state = tr("disabled");
        else if (a.lockedUntil.isValid() && a.lockedUntil > now)
            state = tr("locked until %1").arg(clinictime::formatDateTime(a.lockedUntil));
        else if (a.failedLogins > 0)
            state = tr("active, %n failed sign-in(s)", nullptr, a.failedLogins);
        auto *item = new QTreeWidgetItem(m_list, {a.username, a.fullName, roles.join(QStringLiteral(", ")), state});
        QStringList codes;
        for (Role role : a.roles)
            codes << AccessPolicy::roleCode(role);
        item->setData(0, Qt::UserRole, codes);
        if (a.username == keep)
            m_list->setCurrentItem(item);
    }
}

QString StaffAccountsPanel::chosen() const
{
    const QTreeWidgetItem *item = m_list ? m_list->currentItem() : nullptr;
    return item ? item->text(0) : QString();
}

QString StaffAccountsPanel::typedPassword()
{
    if (m_password->text() != m_repeat->text()) {
        showOutcome(m_problem, false, tr("The two passwords differ; nothing was saved."));
        return {};
    }
    if (m_password->text().isEmpty()) {
        showOutcome(m_problem, false, tr("Type the new password twice; nothing was saved."));
        return {};
    }
    return m_password->text();
}

QSet<Role> StaffAccountsPanel::tickedRoles() const
{
    QSet<Role> roles;
    for (const QCheckBox *box : std::as_const(m_roles)) {
        if (box->isChecked())
            roles.insert(*AccessPolicy::roleFromCode(box->property("role").toString()));
    }
    return roles;
}

void StaffAccountsPanel::showRolesOfChosen()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item || item->text(0) == m_rolesShownFor)
        return;
    m_rolesShownFor = item->text(0);
    const QStringList codes = item->data(0, Qt::UserRole).toStringList();
    for (QCheckBox *box : std::as_const(m_roles))
        box->setChecked(codes.contains(box->property("role").toString()));
}

void StaffAccountsPanel::enableChosen()
{
    const QString user = chosen();
    if (user.isEmpty()) {
        showOutcome(m_problem, false, tr("Choose an account in the list first."));
        return;
    }
    const QString password = typedPassword();
    if (password.isEmpty())
        return;
    const Status done = StaffStore(m_journal).enable(user, password);
    showOutcome(m_problem, done.ok(),
                done ? tr("%1 may sign in again, with the new password.").arg(user) : tr("Not enabled: %1").arg(done.error()));
    if (done) {
        m_password->clear();
        m_repeat->clear();
    }
    reload();
}

void StaffAccountsPanel::setRolesOfChosen()
{
    const QString user = chosen();
    if (user.isEmpty()) {
        showOutcome(m_problem, false, tr("Choose an account in the list first."));
        return;
    }
    const Status done = StaffStore(m_journal).setRoles(user, tickedRoles());
    showOutcome(m_problem, done.ok(), done ? tr("%1 has the roles ticked now.").arg(user) : tr("Not changed: %1").arg(done.error()));
    reload();
}

void StaffAccountsPanel::addAccount()
{
    const QString password = typedPassword();
    if (password.isEmpty())
        return;
    const QSet<Role> roles = tickedRoles();
    const Result<qint64> added = StaffStore(m_journal).add(m_username->text(), m_fullName->text(), roles, password);
    if (!added) {
        showOutcome(m_problem, false, tr("Not added: %1").arg(added.error()));
        return;
    }
    showOutcome(m_problem, true, tr("%1 can sign in as %2.").arg(m_fullName->text().trimmed(), m_username->text().trimmed()));
    for (QLineEdit *edit : {m_username, m_fullName, m_password, m_repeat})
        edit->clear();
    for (QCheckBox *box : std::as_const(m_roles))
        box->setChecked(false);
    reload();
}

void StaffAccountsPanel::disableChosen()
{
    const QString user = chosen();
    if (user.isEmpty()) {
        showOutcome(m_problem, false, tr("Choose an account in the list first."));
        return;
    }
    if (user == m_journal.actor().username) {
        showOutcome(m_problem, false, tr("You cannot disable your own account; nothing was changed."));
        return;
    }
    const Status done = StaffStore(m_journal).disable(user);
    showOutcome(m_problem, done.ok(), done ? tr("%1 can no longer sign in.").arg(user) : done.error());
    reload();
}

void StaffAccountsPanel::resetChosen()
{
    const QString user = chosen();
    if (user.isEmpty()) {
        showOutcome(m_problem, false, tr("Choose an account in the list first."));
        return;
    }
    const QString password = typedPassword();
    if (password.isEmpty())
        return;
    const Status done = StaffStore(m_journal).resetPassword(user, password);
    showOutcome(m_problem, done.ok(), done ? tr("%1 has a new password.").arg(user) : tr("Not changed: %1").arg(done.error()));
    if (done) {
        m_password->clear();
        m_repeat->clear();
    }
    reload();
}

void StaffAccountsPanel::unlockChosen()
{
    const QString user = chosen();
    if (user.isEmpty()) {
        showOutcome(m_problem, false, tr("Choose an account in the list first."));
        return;
    }
    const Status done = StaffStore(m_journal).unlock(user);
    showOutcome(m_problem, done.ok(), done ? tr("%1 may sign in again.").arg(user) : done.error());
    reload();
}

} // namespace trinn
