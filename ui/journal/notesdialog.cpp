#include "notesdialog.h"

#include "common/patientbanner.h"
#include "common/problemlabel.h"
#include "common/clinictime.h"
#include "storage/journal.h"
#include "storage/notestore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "print/notesprint.h"

namespace trinn {

NotesDialog::NotesDialog(Journal &journal, qint64 patientId, QWidget *parent)
    : QDialog(parent)
    , m_journal(journal)
    , m_patientId(patientId)
    , m_list(new QTreeWidget(this))
    , m_type(new QComboBox(this))
    , m_editor(new QPlainTextEdit(this))
    , m_reason(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_autosave(new QTimer(this))
{
    setWindowTitle(tr("Journal notes"));
    m_list->setHeaderLabels({tr("Written"), tr("Kind"), tr("By"), tr("State")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (const QString &code : NoteTypes::codes())
        m_type->addItem(NoteTypes::name(code), code);
    m_editor->setObjectName(QStringLiteral("noteEditor"));
    // Tab goes on to Sign, Discard and the reason: every button is reached by keyboard.
    m_editor->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("reason for the correction"));
    styleAsProblem(m_problem);
    m_autosave->setSingleShot(true);
    // A short pause in typing saves: a killed program loses at most the last moment.
    m_autosave->setInterval(300);
    connect(m_autosave, &QTimer::timeout, this, &NotesDialog::saveDraft);
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        m_dirty = true;
        m_autosave->start();
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &NotesDialog::showNote);

    auto *top = new QHBoxLayout;
    top->addWidget(m_type);
    const auto button = [&](const QString &text, void (NotesDialog::*slot)()) {
        auto *b = new QPushButton(text, this);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    top->addWidget(button(tr("&New note"), &NotesDialog::newNote));
    top->addStretch(1);
    auto *bottom = new QHBoxLayout;
    m_sign = button(tr("&Sign"), &NotesDialog::signNote);
    m_sign->setObjectName(QStringLiteral("signNote"));
    m_discard = button(tr("&Discard draft"), &NotesDialog::discardNote);
    m_discard->setObjectName(QStringLiteral("discardNote"));
    m_correct = button(tr("&Correct"), &NotesDialog::correctNote);
    m_correct->setObjectName(QStringLiteral("correctNote"));
    m_reason->setObjectName(QStringLiteral("correctionReason"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_list->setObjectName(QStringLiteral("notes"));
    auto *reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    bottom->addWidget(m_sign);
    bottom->addWidget(m_discard);
    bottom->addWidget(reasonLabel);
    bottom->addWidget(m_reason, 1);
    bottom->addWidget(m_correct);
    bottom->addWidget(button(tr("&History (Ctrl+H)"), &NotesDialog::showHistory));
    connect(new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_H), this), &QShortcut::activated, this, &NotesDialog::showHistory);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Ctrl+P: the notes as a copy for the patient; the audit record says they were printed.
    close->addButton(Printing::button(this, tr("Pr&int notes… (Ctrl+P)"), [this] {
        saveDraft(); // what was just typed is printed too
        return NotesPrint::build(m_journal, m_patientId);
    }),
                     QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new PatientBanner(m_journal, m_patientId, this));
    layout->addLayout(top);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_editor, 2);
    layout->addLayout(bottom);
    layout->addWidget(m_problem);
    layout->addWidget(close);
    resize(760, 620);
    reload();
}

NotesDialog::~NotesDialog()
{
    // Whatever was typed last is kept, also when the dialog just closes.
    saveDraft();
}

QString NotesDialog::problem() const
{
    return m_problem->text();
}

qint64 NotesDialog::currentNote() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toLongLong() : 0;
}

void NotesDialog::reload()
{
    const qint64 keep = currentNote();
    const QSignalBlocker block(m_list);
    m_list->clear();
    int hidden = 0;
    const Result<QList<JournalNote>> notes = NoteStore(m_journal).notes(m_patientId, &hidden);
    if (!notes) {
        showProblem(m_problem, notes.error());
        return;
    }
    for (const JournalNote &n : *notes) {
        const QString state = !n.isSigned() ? tr("draft")
            : n.versions.size() > 1         ? tr("signed, corrected (version %1)").arg(n.versions.size())
                                            : tr("signed");
        auto *item = new QTreeWidgetItem(m_list, {clinictime::formatDateTime(n.createdAt), NoteTypes::name(n.type), n.by.display(), state});
        item->setData(0, Qt::UserRole, n.id);
        if (n.id == keep)
            m_list->setCurrentItem(item);
    }
    if (hidden > 0)
        showNotice(m_problem, tr("%1 notes are not shown: your role does not give access to them.").arg(hidden));
    if (!m_list->currentItem() && m_list->topLevelItemCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0));
    showNote();
}

void NotesDialog::showNote()
{
    const Result<JournalNote> note = currentNote() ? NoteStore(m_journal).note(currentNote()) : Result<JournalNote>(Error{QString()});
    const QSignalBlocker block(m_editor);
    m_editor->setPlainText(note ? note->currentText() : QString());
    m_dirty = false;
    // What may be done with the note shown: one's own draft is saved, signed
    // or discarded; a colleague's draft is only read; a signed note is corrected.
    const bool draft = note && !note->isSigned();
    const Decision own = note ? NoteRules::canChangeDraft(*note, m_journal.actor()) : Decision::deny(QString());
    m_ownDraft = draft && own.allowed;
    m_editor->setReadOnly(draft && !m_ownDraft);
    m_sign->setEnabled(m_ownDraft);
    m_discard->setEnabled(m_ownDraft);
    m_correct->setEnabled(note && note->isSigned());
    m_reason->setEnabled(note && note->isSigned());
    if (draft && !m_ownDraft)
        showProblem(m_problem, own.reason);
}

void NotesDialog::newNote()
{
    saveDraft();
    const Result<qint64> id = NoteStore(m_journal).createDraft(m_patientId, m_type->currentData().toString(), QString());
    if (!id) {
        showProblem(m_problem, id.error());
        return;
    }
    reload();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        if (m_list->topLevelItem(i)->data(0, Qt::UserRole).toLongLong() == *id)
            m_list->setCurrentItem(m_list->topLevelItem(i));
    }
    m_editor->setFocus();
}

void NotesDialog::saveDraft()
{
    if (!m_dirty || currentNote() == 0 || !m_ownDraft)
        return; // a signed note's text in the editor is the start of a correction
    const Status saved = NoteStore(m_journal).saveDraft(currentNote(), m_editor->toPlainText());
    showOutcome(m_problem, saved.ok(), saved ? tr("Draft saved.") : saved.error());
    m_dirty = false;
}

void NotesDialog::signNote()
{
    if (!m_ownDraft)
        return;
    saveDraft();
    const Status signedNote = NoteStore(m_journal).sign(currentNote());
    showOutcome(m_problem, signedNote.ok(), signedNote ? tr("Signed.") : signedNote.error());
    reload();
}

void NotesDialog::correctNote()
{
    const Result<int> version = NoteStore(m_journal).correct(currentNote(), m_editor->toPlainText(), m_reason->text());
    showOutcome(m_problem, version.ok(), version ? tr("Saved as version %1.").arg(*version) : version.error());
    if (version)
        m_reason->clear();
    m_dirty = false;
    reload();
}

void NotesDialog::discardNote()
{
    if (!m_ownDraft)
        return;
    saveDraft();
    const Status discarded = NoteStore(m_journal).discardDraft(currentNote());
    showOutcome(m_problem, discarded.ok(), discarded ? tr("Draft discarded: it is kept in the journal, marked discarded.") : discarded.error());
    m_dirty = false;
    reload();
}

void NotesDialog::showHistory()
{
    const Result<JournalNote> note = NoteStore(m_journal).note(currentNote());
    if (!note)
        return;
    QStringList text;
    for (const JournalNote::Version &v : note->versions)
        text << tr("Version %1, %2, %3%4:\n%5")
                    .arg(v.number)
                    .arg(clinictime::formatDateTime(v.writtenAt), v.by.display(),
                         v.reason.isEmpty() ? QString() : tr(" (reason: %1)").arg(v.reason), v.text);
    QMessageBox::information(this, tr("History of the note"), text.join(QStringLiteral("\n\n")));
}

} // namespace trinn
