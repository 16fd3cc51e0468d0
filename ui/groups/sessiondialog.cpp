#include "sessiondialog.h"

#include "common/problemlabel.h"
#include "common/clinictime.h"
#include "storage/auditlog.h"
#include "storage/groupstore.h"
#include "storage/journal.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

#include "print/attendanceprint.h"

namespace trinn {
namespace {
enum Column { NameColumn, StatusColumn, AbsencesColumn, LineColumn, ColumnCount };
}

SessionDialog::SessionDialog(Journal &journal, qint64 sessionId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_sessionId(sessionId)
    , m_table(new QTableWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_author(new QLabel(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    GroupStore groups(journal);
    // The session, its group and its members are one screen: one audit record.
    const AuditLog::ReadScope screen(journal, tr("opened a group session"));
    const Result<GroupSession> session = groups.session(sessionId);
    Decision mayWrite = Decision::allow();
    if (session) {
        m_correcting = session->status == GroupSession::Status::Held;
        setWindowTitle(m_correcting ? tr("Correct %1, %2").arg(session->groupName, clinictime::formatDateTime(session->startsAt))
                                    : tr("%1, %2").arg(session->groupName, clinictime::formatDateTime(session->startsAt)));
        if (Result<TherapyGroup> group = groups.group(session->groupId))
            mayWrite = GroupRules::canWriteGroupNote(*group, journal.actor());
        if (Result<QList<GroupMember>> members = groups.members(session->groupId)) {
            for (const GroupMember &m : std::as_const(*members)) {
                if (m.status == GroupMember::Status::Active)
                    m_members << m;
            }
        }
        m_note->setPlainText(session->note);
    } else {
        m_problem->setText(session.error());
    }
    m_table->setObjectName(QStringLiteral("attendance"));
    m_note->setObjectName(QStringLiteral("groupNote"));
    m_author->setObjectName(QStringLiteral("noteAuthor"));
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels({tr("Member"), tr("Attendance"), tr("Absences so far"), tr("Line for the member's journal (F2)")});
    m_table->setRowCount(int(m_members.size()));
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_table->setTabKeyNavigation(false);
    m_table->horizontalHeader()->setSectionResizeMode(LineColumn, QHeaderView::Stretch);
    for (int row = 0; row < m_members.size(); ++row) {
        const GroupMember &m = m_members.at(row);
        auto *name = new QTableWidgetItem(m.patientName);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, NameColumn, name);
        auto *absences = new QTableWidgetItem(QString::number(m.absences));
        absences->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, AbsencesColumn, absences);
        m_table->setItem(row, LineColumn, new QTableWidgetItem);
        setStatus(row, Attendance::Status::Present);
    }
    if (session) {
        for (const Attendance &a : session->attendance) {
            for (int row = 0; row < m_members.size(); ++row) {
                if (m_members.at(row).patientId == a.patientId) {
                    setStatus(row, a.status);
                    m_table->item(row, LineColumn)->setText(a.line);
                }
            }
        }
    }
    m_table->installEventFilter(this);
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(tr("The group note: what the session was about, for every member's journal."));
    // The note is signed by who is signed in; it cannot be typed.
    const StaffRef author = StaffRef::of(journal.actor());
    m_author->setText(author.name);
    m_reason->setPlaceholderText(tr("what was wrong in the version before"));
    styleAsProblem(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("Group &note:"), m_note);
    form->addRow(tr("Written by:"), m_author);
    auto *reasonLabel = new QLabel(tr("&Reason for the correction:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    reasonLabel->setVisible(m_correcting);
    m_reason->setVisible(m_correcting);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(m_correcting ? tr("&Save the correction (Ctrl+Enter)") : tr("&Save (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    buttons->button(QDialogButtonBox::Save)->setEnabled(mayWrite.allowed);
    if (!mayWrite)
        m_problem->setText(mayWrite.reason);
    auto *history = new QPushButton(tr("&History (Ctrl+H)"), this);
    history->setObjectName(QStringLiteral("sessionHistoryButton"));
    history->setAutoDefault(false);
    history->setEnabled(m_correcting);
    buttons->addButton(history, QDialogButtonBox::ActionRole);
    // Ctrl+P: the attendance list (as recorded, or blank to fill in on paper).
    buttons->addButton(Printing::button(this, tr("Pr&int list… (Ctrl+P)"), [this] { return AttendancePrint::build(m_journal, m_sessionId); }),
                       QDialogButtonBox::ActionRole);
    connect(history, &QPushButton::clicked, this, &SessionDialog::showVersions);
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this), &QShortcut::activated, this, &SessionDialog::showVersions);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &SessionDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(m_correcting ? tr("A correction: the version before is kept. P present · N absent with notice · "
                                                   "U absent without notice · L late · F2 a line · Tab to the note, Tab to the "
                                                   "reason · Ctrl+Enter saves · Ctrl+H the versions")
                                              : tr("P present · N absent with notice · U absent without notice · L late · F2 a line · "
                                                   "Tab to the note · Ctrl+Enter saves"),
                                 this));
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(760, 560);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, StatusColumn);
    m_table->setFocus();
}

void SessionDialog::showVersions()
{
    const Result<QList<GroupSessionVersion>> versions = GroupStore(m_journal).sessionVersions(m_sessionId);
    if (!versions) {
        m_problem->setText(versions.error());
        return;
    }
    if (versions->isEmpty()) {
        m_problem->setText(tr("The session has not been recorded yet: there is no history."));
        return;
    }
    QStringList text;
    for (const GroupSessionVersion &v : *versions) {
        QStringList attendance;
        for (const Attendance &a : v.attendance)
            attendance << (a.line.isEmpty() ? tr("%1: %2").arg(a.patientName, Attendance::statusName(a.status))
                                            : tr("%1: %2 (%3)").arg(a.patientName, Attendance::statusName(a.status), a.line));
        text << tr("Version %1, %2, by %3%4:\n%5\n%6")
                    .arg(v.number)
                    .arg(clinictime::formatDateTime(v.writtenAt), v.by.display(),
                         v.reason.isEmpty() ? QString() : tr(" (reason: %1)").arg(v.reason), v.note, attendance.join(u"; "));
    }
    QDialog dialog(this);
    dialog.setObjectName(QStringLiteral("sessionHistory"));
    dialog.setWindowTitle(tr("History of the session"));
    auto *view = new QPlainTextEdit(text.join(QStringLiteral("\n\n")), &dialog);
    view->setObjectName(QStringLiteral("sessionVersions"));
    view->setReadOnly(true);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(close, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(view);
    layout->addWidget(close);
    dialog.resize(620, 420);
    view->setFocus();
    dialog.exec();
}

QString SessionDialog::problem() const
{
    return m_problem->text();
}

void SessionDialog::setStatus(int row, Attendance::Status status)
{
    auto *item = new QTableWidgetItem(Attendance::statusName(status));
    item->setData(Qt::UserRole, int(status));
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
    if (status != Attendance::Status::Present)
        item->setForeground(QColor(0xb0, 0x10, 0x10));
    m_table->setItem(row, StatusColumn, item);
}

bool SessionDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        static const QHash<int, Attendance::Status> keys{{Qt::Key_P, Attendance::Status::Present},
                                                         {Qt::Key_N, Attendance::Status::AbsentWithNotice},
                                                         {Qt::Key_U, Attendance::Status::AbsentWithoutNotice},
                                                         {Qt::Key_L, Attendance::Status::Late}};
        const int row = m_table->currentRow();
        if (keys.contains(key->key()) && key->modifiers() == Qt::NoModifier && row >= 0) {
            setStatus(row, keys.value(key->key()));
            if (row + 1 < m_table->rowCount())
                m_table->setCurrentCell(row + 1, StatusColumn);
            return true;
        }
        if (key->key() == Qt::Key_F2 && row >= 0) {
            m_table->setCurrentCell(row, LineColumn);
            m_table->editItem(m_table->item(row, LineColumn));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void SessionDialog::accept()
{
    QList<Attendance> attendance;
    for (int row = 0; row < m_members.size(); ++row)
        attendance.append({m_members.at(row).patientId, m_members.at(row).patientName,
                           Attendance::Status(m_table->item(row, StatusColumn)->data(Qt::UserRole).toInt()),
                           m_table->item(row, LineColumn)->text()});
    GroupStore groups(m_journal);
    const Result<QStringList> saved = m_correcting
        ? groups.correctSession(m_sessionId, attendance, m_note->toPlainText(), m_reason->text())
        : groups.recordSession(m_sessionId, attendance, m_note->toPlainText());
    if (!saved) {
        m_problem->setText(saved.error());
        return;
    }
    m_warnings = *saved;
    QDialog::accept();
}

} // namespace trinn
