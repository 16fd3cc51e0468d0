#include "sessiondialog.h"

#include "common/problemlabel.h"
#include "common/clinictime.h"
#include "storage/groupstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QTableWidget>
#include <QVBoxLayout>

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
    , m_author(new QLineEdit(this))
    , m_problem(new QLabel(this))
{
    GroupStore groups(journal);
    const Result<GroupSession> session = groups.session(sessionId);
    if (session) {
        setWindowTitle(tr("%1, %2").arg(session->groupName, clinictime::formatDateTime(session->startsAt)));
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
    m_author->setText(QSettings().value(QStringLiteral("groups/author"), qEnvironmentVariable("USER")).toString());
    styleAsProblem(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("Group &note:"), m_note);
    form->addRow(tr("&Written by:"), m_author);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setText(tr("&Save (Ctrl+Enter)"));
    buttons->button(QDialogButtonBox::Save)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::accepted, this, &SessionDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SessionDialog::reject);
    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)})
        connect(new QShortcut(keys, this), &QShortcut::activated, this, &SessionDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("P present · N absent with notice · U absent without notice · L late · F2 a line · "
                                    "Tab to the note · Ctrl+Enter saves"), this));
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    resize(760, 560);
    if (m_table->rowCount() > 0)
        m_table->setCurrentCell(0, StatusColumn);
    m_table->setFocus();
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
    const Result<QStringList> saved = GroupStore(m_journal).recordSession(m_sessionId, attendance, m_note->toPlainText(), m_author->text());
    if (!saved) {
        m_problem->setText(saved.error());
        return;
    }
    QSettings().setValue(QStringLiteral("groups/author"), m_author->text().trimmed());
    m_warnings = *saved;
    QDialog::accept();
}

} // namespace trinn
