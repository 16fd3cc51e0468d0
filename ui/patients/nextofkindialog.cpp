#include "nextofkindialog.h"

#include "common/journalwords.h"
#include "access/gate.h"
#include "common/clinictime.h"
#include "common/problemlabel.h"
#include "patients/patientheader.h"
#include "storage/nextofkinstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {

NextOfKinDialog::NextOfKinDialog(Journal &journal, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_patientId(patientId)
{
    setObjectName(QStringLiteral("nextOfKinDialog"));
    const QString who = patientHeader(journal, patientId);
    setWindowTitle(tr("Next of kin and consent — %1").arg(who));
    auto *header = new QLabel(QStringLiteral("<b>%1</b>").arg(who.toHtmlEscaped()), this);
    header->setObjectName(QStringLiteral("patientHeader"));
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("nextOfKin"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Name"), tr("Relation"), tr("Phone"), tr("Consent to share")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &NextOfKinDialog::fillForm);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("name"));
    m_relation = new QLineEdit(this);
    m_relation->setObjectName(QStringLiteral("relation"));
    m_relation->setPlaceholderText(tr("mother, partner, friend …"));
    m_phone = new QLineEdit(this);
    m_phone->setObjectName(QStringLiteral("phone"));
    m_consent = new QCheckBox(tr("The patient &consents to the clinic sharing information with this person"), this);
    m_consent->setObjectName(QStringLiteral("consent"));
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("problem"));
    styleAsProblem(m_problem);

    auto *form = new QFormLayout;
    form->addRow(tr("N&ame:"), m_name);
    form->addRow(tr("Re&lation:"), m_relation);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_consent);
    auto *save = new QPushButton(tr("&Save"), this);
    save->setObjectName(QStringLiteral("save"));
    auto *fresh = new QPushButton(tr("Ne&w"), this);
    auto *remove = new QPushButton(tr("&Remove"), this);
    remove->setObjectName(QStringLiteral("remove"));
    connect(save, &QPushButton::clicked, this, &NextOfKinDialog::save);
    connect(fresh, &QPushButton::clicked, this, &NextOfKinDialog::startNew);
    connect(remove, &QPushButton::clicked, this, &NextOfKinDialog::removeChosen);
    const bool mayWrite = Gate::allows(journal, AccessPolicy::Data::Patient, AccessPolicy::Action::Write).allowed;
    for (QPushButton *b : {save, fresh, remove})
        b->setEnabled(mayWrite);
    auto *row = new QHBoxLayout;
    row->addWidget(fresh);
    row->addWidget(save);
    row->addWidget(remove);
    row->addStretch(1);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(header);
    layout->addWidget(m_list, 1);
    layout->addLayout(form);
    layout->addLayout(row);
    layout->addWidget(m_problem);
    layout->addWidget(close);
    reload();
    startNew();
    resize(640, 460);
}

void NextOfKinDialog::reload()
{
    const qint64 keep = m_editing;
    m_list->blockSignals(true);
    m_list->clear();
    const Result<QList<NextOfKin>> kin = NextOfKinStore(m_journal).of(m_patientId);
    if (!kin)
        showOutcome(m_problem, false, kin.error());
    for (const NextOfKin &k : kin ? *kin : QList<NextOfKin>()) {
        auto *item = new QTreeWidgetItem(m_list, {k.name, journalwords::relation(k.relation), k.phone,
                                                  k.consentToShare ? tr("yes, since %1").arg(clinictime::formatDateTime(k.consentRecordedAt))
                                                                   : tr("no")});
        item->setData(0, Qt::UserRole, k.id);
        item->setData(0, Qt::UserRole + 1, k.consentToShare);
        if (k.id == keep)
            m_list->setCurrentItem(item);
    }
    m_list->blockSignals(false);
}

void NextOfKinDialog::fillForm()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    m_editing = item->data(0, Qt::UserRole).toLongLong();
    m_name->setText(item->text(0));
    m_relation->setText(item->text(1));
    m_phone->setText(item->text(2));
    m_consent->setChecked(item->data(0, Qt::UserRole + 1).toBool());
}

void NextOfKinDialog::startNew()
{
    m_editing = 0;
    m_list->setCurrentItem(nullptr);
    for (QLineEdit *edit : {m_name, m_relation, m_phone})
        edit->clear();
    m_consent->setChecked(false);
    m_name->setFocus();
}

void NextOfKinDialog::save()
{
    NextOfKin person{m_editing, m_name->text(), m_relation->text(), m_phone->text(), m_consent->isChecked(), {}};
    NextOfKinStore store(m_journal);
    Status done;
    if (m_editing == 0) {
        const Result<qint64> added = store.add(m_patientId, person);
        if (added)
            m_editing = *added;
        else
            done = Error{added.error()};
    } else {
        done = store.update(m_patientId, person);
    }
    showOutcome(m_problem, done.ok(), done ? tr("%1 is saved.").arg(person.name.simplified()) : done.error());
    if (done)
        reload();
}

void NextOfKinDialog::removeChosen()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    if (!item) {
        showOutcome(m_problem, false, tr("Choose the next of kin to remove first."));
        return;
    }
    const QString name = item->text(0);
    const Status done = NextOfKinStore(m_journal).remove(m_patientId, item->data(0, Qt::UserRole).toLongLong());
    showOutcome(m_problem, done.ok(), done ? tr("%1 is removed.").arg(name) : done.error());
    if (done) {
        reload();
        startNew();
    }
}

} // namespace trinn
