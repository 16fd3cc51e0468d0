#include "groupsworkspace.h"

#include "access/gate.h"
#include "common/journalwords.h"
#include "common/csvsave.h"
#include "export/csvexport.h"

#include "common/clinictime.h"
#include "common/datefield.h"
#include "common/loadonshow.h"
#include "common/problemlabel.h"
#include "common/workspacerefresh.h"
#include "groups/newgroupdialog.h"
#include "groups/sessiondialog.h"
#include "storage/groupstore.h"
#include "storage/outingstore.h"
#include "storage/patientstore.h"
#include "storage/staffweek.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeEdit>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {
namespace {

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    styleAsProblem(label);
    return label;
}

template<typename Receiver, typename Slot>
QPushButton *button(const QString &text, QWidget *parent, Receiver *receiver, Slot slot)
{
    auto *b = new QPushButton(text, parent);
    QObject::connect(b, &QPushButton::clicked, receiver, slot);
    return b;
}

} // namespace

GroupsWorkspace::GroupsWorkspace(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_mayRun(Gate::allows(journal, AccessPolicy::Data::Groups, AccessPolicy::Action::Write).allowed)
{
    auto *tabs = new QTabWidget(this);
    tabs->addTab(buildGroupsTab(), tr("&Groups"));
    tabs->addTab(buildOutingsTab(), tr("AA/NA &outings"));
    tabs->addTab(buildWeekTab(), tr("A staff member's &week"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    setFocusProxy(m_groups);
    new LoadOnShow(this, [this] { reload(); });
    // Groups and their sessions, the patients in them and due an outing, the staff's weeks.
    m_refresh = new WorkspaceRefresh(this, journal,
                         {AccessPolicy::Data::Groups, AccessPolicy::Data::Patient, AccessPolicy::Data::Programs,
                          AccessPolicy::Data::Staff},
                         [this](const JournalChanges::Areas &) { refresh(); });
}

void GroupsWorkspace::refresh()
{
    const KeepPlace sessions(m_sessions);
    const KeepPlace members(m_members, Qt::DisplayRole);
    const KeepPlace due(m_due, Qt::DisplayRole);
    const KeepPlace week(m_weekItems, Qt::DisplayRole);
    {
        // The group first: choosing it again fills its members and sessions anew.
        const KeepPlace group(m_groups);
        reload();
    }
}

QWidget *GroupsWorkspace::buildGroupsTab()
{
    auto *page = new QWidget(this);
    m_groups = new QListWidget(page);
    m_groups->setObjectName(QStringLiteral("groups"));
    m_members = new QTreeWidget(page);
    m_members->setHeaderLabels({tr("Member"), tr("Status"), tr("Absences")});
    m_members->setRootIsDecorated(false);
    m_members->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_sessions = new QTreeWidget(page);
    m_sessions->setObjectName(QStringLiteral("sessions"));
    m_sessions->setHeaderLabels({tr("Session"), tr("Room"), tr("Status")});
    m_sessions->setRootIsDecorated(false);
    m_sessions->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_sessions->installEventFilter(this);
    m_memberId = new QLineEdit(page);
    m_memberId->setPlaceholderText(tr("national id"));
    const QDateTime oslo = clinictime::local(clinictime::now());
    m_moveTo = new QDateTimeEdit(QDateTime(oslo.date(), QTime(oslo.time().hour(), 0)), page);
    m_moveTo->setDisplayFormat(QStringLiteral("dd.MM.yyyy HH:mm"));
    m_moveTo->setCalendarPopup(true);
    m_moveReason = new QLineEdit(page);
    m_moveReason->setObjectName(QStringLiteral("moveReason"));
    m_moveReason->setPlaceholderText(tr("why it moves"));
    m_moveReason->setAccessibleName(tr("Why the session moves"));
    m_groupProblem = problemLabel(page);

    // A role that reads groups but does not run them (an intake coordinator)
    // is shown the groups, members and sessions without the forms.
    auto *memberForm = new QWidget(page);
    auto *memberRow = new QHBoxLayout(memberForm);
    memberRow->setContentsMargins(0, 0, 0, 0);
    memberRow->addWidget(m_memberId, 1);
    memberRow->addWidget(button(tr("Add &member"), page, this, &GroupsWorkspace::addMember));
    auto *sessionRow = new QHBoxLayout;
    sessionRow->addWidget(button(tr("&Attendance and note (Enter)"), page, this, &GroupsWorkspace::takeAttendance));
    QWidget *moveHere = button(tr("Move &session here"), page, this, &GroupsWorkspace::moveSession);
    QWidget *addHere = button(tr("Add a session h&ere"), page, this, &GroupsWorkspace::addSession);
    for (QWidget *planning : {static_cast<QWidget *>(m_moveTo), static_cast<QWidget *>(m_moveReason), moveHere, addHere}) {
        sessionRow->addWidget(planning);
        planning->setVisible(m_mayRun);
    }
    auto *exportAttendance = new QPushButton(tr("Export CSV…"), page);
    connect(exportAttendance, &QPushButton::clicked, this, [this] {
        const qint64 groupId = currentGroupId();
        if (groupId == 0)
            return;
        exportCsv(this, tr("attendance.csv"), [this, groupId] { return CsvExport::attendance(m_journal, groupId); });
    });
    sessionRow->addWidget(exportAttendance);

    auto *left = new QVBoxLayout;
    left->addWidget(m_groups, 1);
    QWidget *newGroupButton = button(tr("&New group…"), page, this, &GroupsWorkspace::newGroup);
    newGroupButton->setObjectName(QStringLiteral("newGroup"));
    newGroupButton->setVisible(m_mayRun);
    left->addWidget(newGroupButton);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Members"), page));
    right->addWidget(m_members, 1);
    right->addWidget(memberForm);
    memberForm->setObjectName(QStringLiteral("memberForm"));
    memberForm->setVisible(m_mayRun);
    right->addWidget(new QLabel(tr("Sessions"), page));
    right->addWidget(m_sessions, 2);
    right->addLayout(sessionRow);
    right->addWidget(m_groupProblem);
    auto *layout = new QHBoxLayout(page);
    layout->addLayout(left, 1);
    layout->addLayout(right, 2);
    connect(m_groups, &QListWidget::currentRowChanged, this, &GroupsWorkspace::showGroup);
    return page;
}

QWidget *GroupsWorkspace::buildOutingsTab()
{
    auto *page = new QWidget(this);
    m_due = new QTreeWidget(page);
    m_due->setHeaderLabels({tr("Patient"), tr("Days without an outing")});
    m_due->setRootIsDecorated(false);
    m_outingKind = new QComboBox(page);
    m_outingKind->addItems({QStringLiteral("AA"), QStringLiteral("NA")});
    m_outingPlace = new QLineEdit(page);
    m_outingDay = new QDateEdit(clinictime::today(), page);
    styleAsClinicDate(m_outingDay);
    m_outingTime = new QTimeEdit(QTime(19, 0), page);
    // Escorts are chosen from the staff register (Space checks one).
    m_escorts = new QListWidget(page);
    m_escorts->setObjectName(QStringLiteral("escorts"));
    m_escorts->setMaximumHeight(120);
    m_atClinic = new QCheckBox(tr("The meeting is held at the clinic"), page);
    m_outingProblem = problemLabel(page);
    auto *form = new QFormLayout;
    form->addRow(tr("Meeting:"), m_outingKind);
    form->addRow(tr("Place:"), m_outingPlace);
    form->addRow(tr("Day:"), m_outingDay);
    form->addRow(tr("Time:"), m_outingTime);
    auto *escortsLabel = new QLabel(tr("&Escorts (Space checks):"), page);
    escortsLabel->setBuddy(m_escorts);
    form->addRow(escortsLabel, m_escorts);
    form->addRow(QString(), m_atClinic);
    auto *planning = new QWidget(page);
    planning->setObjectName(QStringLiteral("outingForm"));
    auto *planningLayout = new QVBoxLayout(planning);
    planningLayout->setContentsMargins(0, 0, 0, 0);
    planningLayout->addLayout(form);
    planningLayout->addWidget(button(tr("&Plan an outing for them"), page, this, &GroupsWorkspace::planOuting));
    planning->setVisible(m_mayRun);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(new QLabel(tr("Admitted patients without an outing in the last %1 days").arg(OutingStore::averageDaysBetweenOutings), page));
    layout->addWidget(m_due, 1);
    layout->addWidget(planning);
    layout->addWidget(m_outingProblem);
    return page;
}

QWidget *GroupsWorkspace::buildWeekTab()
{
    auto *page = new QWidget(this);
    m_staff = new QComboBox(page);
    m_staff->setEditable(true);
    m_week = new QDateEdit(clinictime::today(), page);
    styleAsClinicDate(m_week);
    m_weekItems = new QTreeWidget(page);
    m_weekItems->setHeaderLabels({tr("When"), tr("What"), tr("Where")});
    m_weekItems->setRootIsDecorated(false);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Staff member:"), page));
    row->addWidget(m_staff, 1);
    row->addWidget(new QLabel(tr("Week of:"), page));
    row->addWidget(m_week);
    row->addWidget(button(tr("&Show"), page, this, &GroupsWorkspace::showWeek));
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(row);
    layout->addWidget(m_weekItems, 1);
    connect(m_staff, &QComboBox::currentTextChanged, this, &GroupsWorkspace::showWeek);
    connect(m_week, &QDateEdit::dateChanged, this, &GroupsWorkspace::showWeek);
    return page;
}

void GroupsWorkspace::reload()
{
    // Reads everything it shows: the changes announced so far need no refresh.
    if (m_refresh)
        m_refresh->markFresh();
    const int row = m_groups->currentRow();
    m_groups->clear();
    if (Result<QList<TherapyGroup>> groups = GroupStore(m_journal).groups()) {
        for (const TherapyGroup &g : std::as_const(*groups)) {
            auto *item = new QListWidgetItem(tr("%1 · %2 %3 · %4")
                                                 .arg(journalwords::group(g.name), QLocale().dayName(g.weekday, QLocale::ShortFormat),
                                                      g.startTime.toString(QStringLiteral("HH:mm")), g.room),
                                             m_groups);
            item->setData(Qt::UserRole, g.id);
        }
    } else {
        m_groupProblem->setText(groups.error());
    }
    m_groups->setCurrentRow(std::clamp(row, 0, m_groups->count() - 1));

    m_due->clear();
    if (Result<QList<OutingStore::Due>> due = OutingStore(m_journal).due(clinictime::today())) {
        for (const OutingStore::Due &d : std::as_const(*due))
            new QTreeWidgetItem(m_due, {d.name, QString::number(d.days)});
    }
    QSet<qint64> checked;
    for (int i = 0; i < m_escorts->count(); ++i) {
        if (m_escorts->item(i)->checkState() == Qt::Checked)
            checked.insert(m_escorts->item(i)->data(Qt::UserRole).toLongLong());
    }
    m_escorts->clear();
    if (Result<QList<StaffRef>> register_ = StaffRegister::active(m_journal)) {
        for (const StaffRef &member : std::as_const(*register_)) {
            auto *item = new QListWidgetItem(member.name, m_escorts);
            item->setData(Qt::UserRole, member.staffId);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(checked.contains(member.staffId) ? Qt::Checked : Qt::Unchecked);
        }
    }
    const QString staff = m_staff->currentText();
    const QSignalBlocker block(m_staff);
    m_staff->clear();
    if (Result<QStringList> names = StaffWeek::staffNames(m_journal))
        m_staff->addItems(*names);
    if (!staff.isEmpty())
        m_staff->setCurrentText(staff);
    showWeek();
}

qint64 GroupsWorkspace::currentGroupId() const
{
    const QListWidgetItem *item = m_groups->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

void GroupsWorkspace::showGroup()
{
    m_members->clear();
    m_sessions->clear();
    const qint64 groupId = currentGroupId();
    if (groupId == 0)
        return;
    GroupStore groups(m_journal);
    const Result<TherapyGroup> group = groups.group(groupId);
    if (Result<QList<GroupMember>> members = groups.members(groupId)) {
        for (const GroupMember &m : std::as_const(*members)) {
            auto *item = new QTreeWidgetItem(m_members, {m.patientName, GroupMember::statusName(m.status), QString::number(m.absences)});
            if (group && !GroupRules::absences(*group, m.patientName, m.absences).allowed) {
                item->setForeground(2, QColor(0xb0, 0x10, 0x10));
                item->setToolTip(2, GroupRules::absences(*group, m.patientName, m.absences).reason);
            }
        }
    }
    QTreeWidgetItem *next = nullptr;
    if (Result<QList<GroupSession>> sessions = groups.sessions(groupId)) {
        const QDateTime now = clinictime::now();
        for (const GroupSession &s : std::as_const(*sessions)) {
            QString when = clinictime::formatDateTime(s.startsAt);
            if (s.movedFrom.isValid())
                when += tr(" (moved from %1)").arg(clinictime::formatDateTime(s.movedFrom));
            const QString status = s.status == GroupSession::Status::Held ? tr("held")
                : s.status == GroupSession::Status::Cancelled             ? tr("cancelled")
                                                                          : tr("planned");
            auto *item = new QTreeWidgetItem(m_sessions, {when, s.room, status});
            item->setData(0, Qt::UserRole, s.id);
            if (!next && s.status == GroupSession::Status::Planned && s.startsAt.addSecs(qint64(s.minutes) * 60) >= now.addDays(-1))
                next = item;
        }
    }
    m_sessions->setCurrentItem(next ? next : m_sessions->topLevelItem(0));
}

void GroupsWorkspace::newGroup()
{
    NewGroupDialog dialog(m_journal, this);
    if (dialog.exec() == QDialog::Accepted)
        reload();
}

void GroupsWorkspace::addMember()
{
    const qint64 groupId = currentGroupId();
    const Result<std::optional<qint64>> patient = PatientStore(m_journal).findByNationalId(m_memberId->text());
    if (!patient || !patient->has_value()) {
        m_groupProblem->setText(patient ? tr("No patient has national id %1.").arg(m_memberId->text()) : patient.error());
        return;
    }
    const Result<TherapyGroup> group = GroupStore(m_journal).group(groupId);
    QList<std::pair<QString, bool>> assessment;
    if (group && !group->criteria.isEmpty()) {
        // The criteria are assessed in the enrol dialog of the LAR course; here they are confirmed one by one.
        for (const Criterion &c : group->criteria) {
            const auto answer = QMessageBox::question(this, tr("Criteria assessment"),
                                                      tr("%1: does this apply to the patient?\n\n%2").arg(
                                                          c.kind == Criterion::Kind::Exclusion ? tr("Exclusion") : tr("Inclusion"), c.text));
            assessment.append({c.key(), answer == QMessageBox::Yes});
        }
    }
    // The criteria are assessed by the signed-in staff member.
    const Result<qint64> added = GroupStore(m_journal).enrol(groupId, **patient, assessment, clinictime::today());
    m_groupProblem->setText(added ? QString() : added.error());
    showGroup();
}

void GroupsWorkspace::takeAttendance()
{
    const QTreeWidgetItem *item = m_sessions->currentItem();
    if (!item)
        return;
    SessionDialog dialog(m_journal, item->data(0, Qt::UserRole).toLongLong(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.warnings().isEmpty())
        QMessageBox::warning(this, tr("Absence limit"), dialog.warnings().join(QLatin1Char('\n')));
    showGroup();
}

void GroupsWorkspace::moveSession()
{
    const QTreeWidgetItem *item = m_sessions->currentItem();
    if (!item)
        return;
    const QDateTime target = QDateTime(m_moveTo->date(), m_moveTo->time(), clinictime::zone());
    const Status moved = GroupStore(m_journal).moveSession(item->data(0, Qt::UserRole).toLongLong(), target.toUTC(),
                                                           m_moveReason->text());
    m_groupProblem->setText(moved ? QString() : moved.error());
    if (moved)
        m_moveReason->clear();
    showGroup();
}

void GroupsWorkspace::addSession()
{
    const qint64 groupId = currentGroupId();
    const Result<TherapyGroup> group = GroupStore(m_journal).group(groupId);
    if (!group) {
        m_groupProblem->setText(group.error());
        return;
    }
    const QDateTime start = QDateTime(m_moveTo->date(), m_moveTo->time(), clinictime::zone());
    const Result<qint64> added = GroupStore(m_journal).addSession(groupId, start.toUTC(), group->minutes, group->room);
    m_groupProblem->setText(added ? QString() : added.error());
    showGroup();
}

void GroupsWorkspace::planOuting()
{
    QList<StaffRef> escorts;
    for (int i = 0; i < m_escorts->count(); ++i) {
        const QListWidgetItem *item = m_escorts->item(i);
        if (item->checkState() == Qt::Checked)
            escorts.append({item->data(Qt::UserRole).toLongLong(), item->text(), false});
    }
    const Result<qint64> planned = OutingStore(m_journal).planForDue(m_outingDay->date(), m_outingKind->currentText(),
                                                                      m_outingPlace->text(), m_outingTime->time(), escorts,
                                                                      m_atClinic->isChecked());
    m_outingProblem->setText(planned ? tr("Outing planned.") : planned.error());
    reload();
}

void GroupsWorkspace::showWeek()
{
    m_weekItems->clear();
    if (m_staff->currentText().isEmpty())
        return;
    const Result<QList<StaffWeek::Item>> items = StaffWeek::build(m_journal, m_staff->currentText(), m_week->date());
    if (!items) {
        new QTreeWidgetItem(m_weekItems, {QString(), items.error()});
        return;
    }
    for (const StaffWeek::Item &i : std::as_const(*items))
        new QTreeWidgetItem(m_weekItems, {clinictime::formatDateTime(i.start), i.what, i.where});
}

bool GroupsWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_sessions && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            takeAttendance();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trinn
