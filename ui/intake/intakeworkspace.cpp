#include "intakeworkspace.h"

#include "common/journalwords.h"
#include "intake/admitreferraldialog.h"
#include "intake/bookbeddialog.h"
#include "intake/followupspanel.h"
#include "print/assessmentletter.h"

#include "common/csvsave.h"
#include "export/csvexport.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "common/datefield.h"
#include "common/loadonshow.h"
#include "common/problemlabel.h"
#include "common/workspacerefresh.h"
#include "storage/intakestore.h"
#include "storage/journal.h"
#include "storage/programstore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QTabWidget>
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

QDateEdit *dateEdit(QWidget *parent)
{
    auto *edit = new QDateEdit(clinictime::today(), parent);
    styleAsClinicDate(edit);
    return edit;
}

} // namespace

IntakeWorkspace::IntakeWorkspace(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    using Data = AccessPolicy::Data;
    using Action = AccessPolicy::Action;
    m_mayReadReferrals = Gate::allows(journal, Data::Referrals, Action::Read).allowed;
    m_mayReadBeds = Gate::allows(journal, Data::Beds, Action::Read).allowed;
    // A role is offered the lists it may read, and the forms of what it may do.
    auto *tabs = new QTabWidget(this);
    QWidget *referrals = buildReferralsTab();
    QWidget *beds = buildBedsTab();
    auto *followUps = new FollowUpsPanel(journal, this);
    const auto offer = [tabs](QWidget *page, bool offered, const QString &title) {
        if (offered)
            tabs->addTab(page, title);
        else
            page->hide();
    };
    offer(referrals, m_mayReadReferrals, tr("&Referrals and waiting list"));
    offer(beds, m_mayReadBeds, tr("&Bed board"));
    offer(followUps, Gate::allows(journal, Data::Programs, Action::Read).allowed, tr("F&ollow-ups after discharge"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(tabs);
    setFocusProxy(m_mayReadReferrals ? static_cast<QWidget *>(m_referrals) : m_board);
    new LoadOnShow(this, [this] { reload(); });
    // Referrals and the waiting list, the beds and who is in them.
    m_refresh = new WorkspaceRefresh(this, journal,
                         {AccessPolicy::Data::Referrals, AccessPolicy::Data::Beds, AccessPolicy::Data::Patient,
                          AccessPolicy::Data::Programs},
                         [this](const JournalChanges::Areas &) { refresh(); });
}

void IntakeWorkspace::refresh()
{
    const KeepPlace referrals(m_referrals);
    const KeepPlace board(m_board, Qt::DisplayRole);
    const KeepPlace forecast(m_forecast, Qt::DisplayRole);
    reload();
}

QWidget *IntakeWorkspace::buildReferralsTab()
{
    auto *page = new QWidget(this);
    m_referrals = new QTreeWidget(page);
    m_referrals->setObjectName(QStringLiteral("referrals"));
    m_referrals->setHeaderLabels({tr("Person"), tr("From"), tr("Received"), tr("Service"), tr("Status"), tr("Priority"),
                                  tr("Deadline"), tr("Planned admission"), tr("Decided by"), tr("National id")});
    m_referrals->setRootIsDecorated(false);
    m_referrals->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("referralName"));
    m_nationalId = new QLineEdit(page);
    m_nationalId->setObjectName(QStringLiteral("referralNationalId"));
    m_nationalId->setPlaceholderText(tr("11 digits, if the referral gives it"));
    m_source = new QComboBox(page);
    m_source->setObjectName(QStringLiteral("referralSource"));
    for (const QString &code : ReferralRules::sources())
        m_source->addItem(ReferralRules::sourceName(code), code);
    m_service = new QComboBox(page);
    m_service->setObjectName(QStringLiteral("referralService"));
    if (Result<QList<ProgramTemplate>> programs = ProgramStore(m_journal).list()) {
        for (const ProgramTemplate &p : std::as_const(*programs))
            m_service->addItem(journalwords::program(p.name), p.code);
    }
    m_received = dateEdit(page);
    m_received->setObjectName(QStringLiteral("receivedOn"));
    m_priority = new QSpinBox(page);
    m_priority->setRange(1, 3);
    m_priority->setValue(2);
    m_date = dateEdit(page);
    m_date->setObjectName(QStringLiteral("decisionDate"));
    m_reason = new QLineEdit(page);
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    m_careRight = new QComboBox(page);
    m_careRight->setObjectName(QStringLiteral("careRight"));
    for (Referral::CareRight right : {Referral::CareRight::Granted, Referral::CareRight::Refused, Referral::CareRight::Undecided})
        m_careRight->addItem(Referral::careRightName(right), int(right));
    m_careRight->setToolTip(tr("Recorded with the assessment; with the right granted, the date is the latest start of care"));
    // Offered where the right applies (the specialist health service); "not
    // decided" for the municipality's day treatment and LAR's courses.
    connect(m_referrals, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *item) {
        if (!item)
            return;
        const bool applies = item->data(0, Qt::UserRole + 1).toBool();
        m_careRight->setEnabled(applies);
        if (!applies)
            m_careRight->setCurrentIndex(m_careRight->findData(int(Referral::CareRight::Undecided)));
    });
    m_problem = problemLabel(page);

    auto *form = new QFormLayout;
    form->addRow(tr("Person:"), m_name);
    form->addRow(tr("National id:"), m_nationalId);
    form->addRow(tr("Referred by:"), m_source);
    form->addRow(tr("Service:"), m_service);
    form->addRow(tr("Received:"), m_received);
    form->addRow(tr("Priority (1 urgent, 3 can wait):"), m_priority);
    auto *receiveButton = new QPushButton(tr("Re&ceive referral"), page);
    connect(receiveButton, &QPushButton::clicked, this, &IntakeWorkspace::receive);

    const bool mayDecide = Gate::allows(m_journal, AccessPolicy::Data::Referrals, AccessPolicy::Action::Write).allowed;
    auto *decisions = new QWidget(page);
    auto *actions = new QHBoxLayout(decisions);
    actions->setContentsMargins(0, 0, 0, 0);
    actions->addWidget(new QLabel(tr("Date:"), page));
    actions->addWidget(m_date);
    actions->addWidget(new QLabel(tr("Reason:"), page));
    actions->addWidget(m_reason, 1);
    for (auto [text, slot] : {std::pair{tr("&Assess (care deadline = date)"), &IntakeWorkspace::assessSelected},
                              std::pair{tr("Plan a&dmission on date"), &IntakeWorkspace::planSelected},
                              std::pair{tr("Re&ject"), &IntakeWorkspace::rejectSelected}}) {
        auto *b = new QPushButton(text, page);
        connect(b, &QPushButton::clicked, this, slot);
        actions->addWidget(b);
    }
    // The referral's own steps on a second row, so the reason keeps its room.
    auto *more = new QHBoxLayout;
    auto *rightLabel = new QLabel(tr("Ri&ght:"), page);
    rightLabel->setBuddy(m_careRight);
    more->addWidget(rightLabel);
    more->addWidget(m_careRight);
    auto *letter = new QPushButton(tr("&Letter…"), page);
    letter->setObjectName(QStringLiteral("letter"));
    letter->setToolTip(tr("The answer to the referral, to the person and the referrer, printed or saved as PDF"));
    connect(letter, &QPushButton::clicked, this, &IntakeWorkspace::letterForSelected);
    more->addWidget(letter);
    auto *admit = new QPushButton(tr("Ad&mit…"), page);
    admit->setObjectName(QStringLiteral("admit"));
    admit->setToolTip(tr("Register the referred person as a patient and admit them to the program asked for"));
    connect(admit, &QPushButton::clicked, this, &IntakeWorkspace::admitSelected);
    // Offered to the roles that may decide on referrals (the use case checks again).
    admit->setVisible(mayDecide);
    more->addWidget(admit);
    auto *history = new QPushButton(tr("Histor&y…"), page);
    connect(history, &QPushButton::clicked, this, &IntakeWorkspace::showHistory);
    more->addWidget(history);
    m_showClosed = new QCheckBox(tr("Sho&w those admitted or rejected in the last 30 days"), page);
    m_showClosed->setObjectName(QStringLiteral("showClosed"));
    connect(m_showClosed, &QCheckBox::toggled, this, &IntakeWorkspace::refresh);
    // What the list shows, above it: the decision rows below stay narrow
    // enough for the window's first 1100 pixels.
    auto *listRow = new QHBoxLayout;
    listRow->addWidget(m_showClosed);
    listRow->addStretch(1);
    auto *exportWaiting = new QPushButton(tr("Export waiting list as CSV…"), page);
    connect(exportWaiting, &QPushButton::clicked, this, [this] {
        exportCsv(this, tr("waiting-list.csv"), [this] { return CsvExport::waitingList(m_journal); });
    });
    listRow->addWidget(exportWaiting);
    more->addStretch(1);
    auto *historyKey = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), page);
    connect(historyKey, &QShortcut::activated, this, &IntakeWorkspace::showHistory);
    // Decisions are signed by the signed-in staff member; nobody types a name.
    m_signer = new QLabel(page);
    m_signer->setObjectName(QStringLiteral("signer"));
    auto *layout = new QVBoxLayout(page);
    auto *receiving = new QWidget(page);
    auto *receivingLayout = new QVBoxLayout(receiving);
    receivingLayout->setContentsMargins(0, 0, 0, 0);
    receivingLayout->addLayout(form);
    receivingLayout->addWidget(receiveButton, 0, Qt::AlignLeft);
    layout->addLayout(listRow);
    layout->addWidget(m_referrals, 1);
    layout->addWidget(decisions);
    layout->addLayout(more);
    layout->addWidget(m_signer);
    layout->addWidget(m_problem);
    layout->addWidget(receiving);
    decisions->setVisible(mayDecide);
    m_signer->setVisible(mayDecide);
    rightLabel->setVisible(mayDecide);
    m_careRight->setVisible(mayDecide);
    receiving->setVisible(mayDecide); // receiving a referral is a write to referrals too
    return page;
}

QWidget *IntakeWorkspace::buildBedsTab()
{
    auto *page = new QWidget(this);
    m_board = new QTreeWidget(page);
    m_board->setHeaderLabels({tr("Bed"), tr("Today"), tr("Free from"), tr("Next")});
    m_board->setRootIsDecorated(false);
    m_board->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_forecast = new QTreeWidget(page);
    m_forecast->setHeaderLabels({tr("Week from"), tr("Beds taken"), tr("Occupancy")});
    m_forecast->setRootIsDecorated(false);
    m_bedSite = new QLineEdit(page);
    m_bedRoom = new QLineEdit(page);
    m_bedLabel = new QLineEdit(page);
    m_bedProblem = problemLabel(page);
    const bool mayBook = Gate::allows(m_journal, AccessPolicy::Data::Beds, AccessPolicy::Action::Write).allowed;
    auto *beds = new QWidget(page);
    auto *row = new QHBoxLayout(beds);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Site:"), page));
    row->addWidget(m_bedSite);
    row->addWidget(new QLabel(tr("Room:"), page));
    row->addWidget(m_bedRoom);
    row->addWidget(new QLabel(tr("Bed:"), page));
    row->addWidget(m_bedLabel);
    auto *add = new QPushButton(tr("Add &bed"), page);
    connect(add, &QPushButton::clicked, this, &IntakeWorkspace::addBed);
    row->addWidget(add);
    auto *book = new QPushButton(tr("Boo&k the bed…"), page);
    book->setObjectName(QStringLiteral("bookBed"));
    connect(book, &QPushButton::clicked, this, &IntakeWorkspace::bookBed);
    beds->setVisible(mayBook);
    row->addWidget(book);
    auto *lists = new QHBoxLayout;
    lists->addWidget(m_board, 3);
    auto *right = new QVBoxLayout;
    right->addWidget(new QLabel(tr("Occupancy, the next 12 weeks"), page));
    right->addWidget(m_forecast, 1);
    lists->addLayout(right, 2);
    auto *layout = new QVBoxLayout(page);
    layout->addLayout(lists, 1);
    layout->addWidget(beds);
    layout->addWidget(m_bedProblem);
    return page;
}

void IntakeWorkspace::reload()
{
    // Reads everything it shows: the changes announced so far need no refresh.
    if (m_refresh)
        m_refresh->markFresh();
    const QDate today = clinictime::today();
    const Actor &actor = m_journal.actor();
    m_signer->setText(actor.isSystem() ? tr("Decisions are signed by the system (nobody is signed in).")
                                       : tr("Decisions are signed by %1.").arg(actor.fullName));
    m_referrals->clear();
    m_board->clear();
    m_forecast->clear();
    if (m_mayReadReferrals)
        reloadReferrals(today);
    if (m_mayReadBeds)
        reloadBeds(today);
}

void IntakeWorkspace::reloadReferrals(QDate today)
{
    Result<QList<Referral>> open = ReferralStore(m_journal).open();
    if (open && m_showClosed->isChecked()) {
        // What became of the referrals decided lately, after those still open.
        if (Result<QList<Referral>> closed = ReferralStore(m_journal).closedSince(today.addDays(-30)))
            open->append(*closed);
        else
            open = closed;
    }
    if (open) {
        for (const Referral &r : std::as_const(*open)) {
            auto *item = new QTreeWidgetItem(
                m_referrals, {r.personName, ReferralRules::sourceName(r.source), clinictime::formatDate(r.receivedOn),
                              m_service->itemText(m_service->findData(r.requestedService)), Referral::statusName(r.status),
                              QString::number(r.priority), ReferralRules::deadlineText(r, today),
                              r.plannedAdmission.isValid() ? clinictime::formatDate(r.plannedAdmission) : QString(),
                              r.decidedAt.isValid() ? tr("%1, %2").arg(r.decidedByName, clinictime::formatDateTime(r.decidedAt))
                                                    : QString(),
                              r.nationalId});
            item->setData(0, Qt::UserRole, r.id);
            item->setData(0, Qt::UserRole + 1, r.assessmentRight);
            const ReferralRules::Urgency urgency = ReferralRules::urgency(r, today);
            if (urgency == ReferralRules::Urgency::Overdue)
                item->setForeground(6, QColor(0xb0, 0x10, 0x10));
            else if (urgency == ReferralRules::Urgency::DueThisWeek)
                item->setForeground(6, QColor(0xb0, 0x60, 0x00));
        }
    } else {
        showProblem(m_problem, open.error());
    }
}

void IntakeWorkspace::reloadBeds(QDate today)
{
    BedStore beds(m_journal);
    if (Result<QList<BedRules::BoardRow>> board = beds.board(today)) {
        for (const BedRules::BoardRow &row : std::as_const(*board))
            (new QTreeWidgetItem(m_board, {tr("%1 · %2 · %3").arg(row.bed.site, row.bed.room, row.bed.label),
                                          row.occupant.id ? tr("%1 (to %2)").arg(row.occupant.patientName, clinictime::formatDate(row.occupant.end))
                                                          : tr("free"),
                                          clinictime::formatDate(row.freeFrom),
                                          row.next.id ? tr("%1 from %2").arg(row.next.patientName, clinictime::formatDate(row.next.start))
                                                      : QString()}))
                ->setData(0, Qt::UserRole, row.bed.id);
    }
    if (Result<QList<BedRules::WeekLoad>> loads = beds.forecast(today, 12)) {
        for (const BedRules::WeekLoad &w : std::as_const(*loads))
            new QTreeWidgetItem(m_forecast, {clinictime::formatDate(w.monday), tr("%1 of %2").arg(w.occupied).arg(w.beds),
                                             w.beds ? tr("%1 %").arg(100 * w.occupied / w.beds) : QString()});
    }
}

qint64 IntakeWorkspace::selectedReferral() const
{
    const QTreeWidgetItem *item = m_referrals->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void IntakeWorkspace::receive()
{
    Referral r;
    r.personName = m_name->text();
    r.nationalId = m_nationalId->text();
    r.source = m_source->currentData().toString();
    r.requestedService = m_service->currentData().toString();
    r.receivedOn = m_received->date();
    r.priority = m_priority->value();
    const Result<qint64> added = ReferralStore(m_journal).receive(r);
    if (!added) {
        showProblem(m_problem, added.error());
    } else {
        // § 2-2's deadline only where it applies (not municipal day treatment or LAR courses).
        const Result<Referral> stored = ReferralStore(m_journal).referral(*added);
        const QDate due = stored ? ReferralRules::currentDeadline(*stored) : QDate();
        showSuccess(m_problem, due.isValid() ? tr("Received; assessment due %1.").arg(clinictime::formatDate(due))
                                             : tr("Received; no assessment deadline (not a referral to the specialist health service)."));
    }
    if (added) {
        m_name->clear();
        m_nationalId->clear();
    }
    reload();
}

void IntakeWorkspace::assessSelected()
{
    const Status done = ReferralStore(m_journal).assess(selectedReferral(), clinictime::today(), m_date->date(), m_priority->value(),
                                                        m_reason->text(),
                                                        Referral::CareRight(m_careRight->currentData().toInt()));
    showProblem(m_problem, done ? QString() : done.error());
    refresh(); // keeps the referral chosen
}

void IntakeWorkspace::planSelected()
{
    const Status done = ReferralStore(m_journal).planAdmission(selectedReferral(), m_date->date(), m_reason->text());
    showProblem(m_problem, done ? QString() : done.error());
    refresh(); // keeps the referral chosen
}

void IntakeWorkspace::rejectSelected()
{
    const Status done = ReferralStore(m_journal).reject(selectedReferral(), m_reason->text());
    showProblem(m_problem, done ? QString() : done.error());
    refresh(); // keeps the referral chosen
}

void IntakeWorkspace::letterForSelected()
{
    const qint64 id = selectedReferral();
    if (id == 0) {
        showProblem(m_problem, tr("Choose a referral first."));
        return;
    }
    Printing::preview(this, [this, id] { return AssessmentLetter::build(m_journal, id); });
}

void IntakeWorkspace::showHistory()
{
    const qint64 id = selectedReferral();
    if (id == 0) {
        showProblem(m_problem, tr("Choose a referral first."));
        return;
    }
    const Result<QList<ReferralDecision>> history = ReferralStore(m_journal).history(id);
    if (!history) {
        showProblem(m_problem, history.error());
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Decisions on the referral of %1").arg(m_referrals->currentItem()->text(0)));
    auto *list = new QTreeWidget(&dialog);
    list->setObjectName(QStringLiteral("history"));
    list->setRootIsDecorated(false);
    list->setHeaderLabels({tr("When"), tr("By"), tr("Decision"), tr("Priority"), tr("Care deadline"), tr("Planned admission"), tr("Reason"),
                           tr("Right to necessary health care")});
    for (const ReferralDecision &d : *history)
        new QTreeWidgetItem(list, {clinictime::formatDateTime(d.decidedAt),
                                   d.verified ? d.decidedByName : tr("unknown (recorded before authors were kept)"),
                                   Referral::statusName(d.status), QString::number(d.priority),
                                   d.careDeadline.isValid() ? clinictime::formatDate(d.careDeadline) : QString(),
                                   d.plannedAdmission.isValid() ? clinictime::formatDate(d.plannedAdmission) : QString(), d.reason,
                                   d.status == Referral::Status::Received ? QString() : Referral::careRightName(d.careRight)});
    if (history->isEmpty())
        new QTreeWidgetItem(list, {QString(), QString(), tr("received, no decision yet")});
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dialog);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(list);
    layout->addWidget(buttons);
    dialog.resize(760, 320);
    dialog.exec();
}

void IntakeWorkspace::admitSelected()
{
    const qint64 id = selectedReferral();
    if (id == 0) {
        m_problem->setText(tr("Choose a referral first."));
        return;
    }
    AdmitReferralDialog dialog(m_journal, id, this);
    if (dialog.exec() == QDialog::Accepted)
        m_problem->setText(dialog.summary());
    refresh();
}

void IntakeWorkspace::bookBed()
{
    const QTreeWidgetItem *item = m_board->currentItem();
    BookBedDialog dialog(m_journal, item ? item->data(0, Qt::UserRole).toLongLong() : 0, this);
    if (dialog.exec() == QDialog::Accepted)
        m_bedProblem->setText(dialog.summary());
    refresh();
}

void IntakeWorkspace::addBed()
{
    const Result<qint64> added = BedStore(m_journal).addBed({0, m_bedSite->text(), m_bedRoom->text(), m_bedLabel->text()});
    m_bedProblem->setText(added ? QString() : added.error());
    reload();
}

} // namespace trinn
