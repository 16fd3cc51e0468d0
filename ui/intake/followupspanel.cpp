#include "followupspanel.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "common/datefield.h"
#include "common/loadonshow.h"
#include "common/problemlabel.h"
#include "common/workspacerefresh.h"
#include "storage/followupstore.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {

FollowUpsPanel::FollowUpsPanel(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
{
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("followUps"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Planned"), tr("Patient"), tr("National id"), tr("Phone"), tr("What"), tr("Program")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_days = new QSpinBox(this);
    m_days->setRange(0, 365);
    m_days->setValue(7);
    m_days->setSuffix(tr(" days ahead"));
    connect(m_days, &QSpinBox::valueChanged, this, &FollowUpsPanel::reload);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("outcome"));
    for (FollowUpStore::Outcome o : {FollowUpStore::Outcome::Reached, FollowUpStore::Outcome::NotReached, FollowUpStore::Outcome::LetterSent})
        m_outcome->addItem(FollowUpStore::outcomeName(o), int(o));
    m_doneOn = new QDateEdit(clinictime::today(), this);
    styleAsClinicDate(m_doneOn);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setPlaceholderText(tr("How it went, what was agreed"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    styleAsProblem(m_problem);
    auto *done = new QPushButton(tr("Mark &done"), this);
    done->setObjectName(QStringLiteral("markDone"));
    connect(done, &QPushButton::clicked, this, &FollowUpsPanel::markDone);
    connect(m_note, &QLineEdit::returnPressed, this, &FollowUpsPanel::markDone);
    // Recording one is a change to the patient's program: the roles that may.

    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Due today and overdue, and"), this));
    top->addWidget(m_days);
    top->addStretch(1);
    auto *recording = new QWidget(this);
    auto *row = new QHBoxLayout(recording);
    row->setContentsMargins(0, 0, 0, 0);
    auto *outcomeLabel = new QLabel(tr("O&utcome:"), this);
    outcomeLabel->setBuddy(m_outcome);
    row->addWidget(outcomeLabel);
    row->addWidget(m_outcome);
    row->addWidget(new QLabel(tr("Done on:"), this));
    row->addWidget(m_doneOn);
    auto *noteLabel = new QLabel(tr("No&te:"), this);
    noteLabel->setBuddy(m_note);
    row->addWidget(noteLabel);
    row->addWidget(m_note, 1);
    row->addWidget(done);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(recording);
    layout->addWidget(m_problem);
    recording->setVisible(Gate::allows(journal, AccessPolicy::Data::Programs, AccessPolicy::Action::Write).allowed);
    setFocusProxy(m_list);
    new LoadOnShow(this, [this] { reload(); });
    m_refresh = new WorkspaceRefresh(this, journal, {AccessPolicy::Data::Programs, AccessPolicy::Data::Patient},
                                     [this](const JournalChanges::Areas &) {
                                         const KeepPlace place(m_list);
                                         reload();
                                     });
}

void FollowUpsPanel::reload()
{
    if (m_refresh)
        m_refresh->markFresh();
    m_list->clear();
    const QDate today = clinictime::today();
    const Result<QList<FollowUpStore::Due>> due = FollowUpStore(m_journal).due(today.addDays(m_days->value()));
    if (!due) {
        showOutcome(m_problem, false, due.error());
        return;
    }
    for (const FollowUpStore::Due &d : std::as_const(*due)) {
        auto *item = new QTreeWidgetItem(m_list, {clinictime::formatDate(d.plannedOn), d.patientName, d.nationalId, d.phone,
                                                  FollowUpStore::kindName(d.kind), d.programName});
        item->setData(0, Qt::UserRole, d.id);
        if (d.plannedOn < today)
            item->setForeground(0, QColor(0xb0, 0x10, 0x10));
    }
    if (m_list->topLevelItemCount() > 0 && !m_list->currentItem())
        m_list->setCurrentItem(m_list->topLevelItem(0));
}

void FollowUpsPanel::markDone()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        showOutcome(m_problem, false, tr("Choose a follow-up first."));
        return;
    }
    const QString who = item->text(1);
    const Status done = FollowUpStore(m_journal).markDone(item->data(0, Qt::UserRole).toLongLong(), m_doneOn->date(),
                                                          FollowUpStore::Outcome(m_outcome->currentData().toInt()), m_note->text());
    if (!done) {
        showOutcome(m_problem, false, done.error());
        return;
    }
    showOutcome(m_problem, true, tr("The %1 to %2 is recorded as done.").arg(item->text(4), who));
    m_note->clear();
    reload();
}

} // namespace trinn
