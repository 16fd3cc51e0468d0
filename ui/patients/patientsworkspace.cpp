#include "patientsworkspace.h"

#include "access/accessreportdialog.h"
#include "common/workspacerefresh.h"
#include "groups/appointmentdialog.h"
#include "storage/journal.h"
#include "journal/notesdialog.h"
#include "patients/careteamdialog.h"
#include "patients/nextofkindialog.h"
#include "patients/newpatientdialog.h"
#include "patients/patientjournalview.h"
#include "patients/patientsearchmodel.h"
#include "programs/carerecordsdialog.h"
#include "programs/enroldialog.h"
#include "programs/medicationdialog.h"
#include "programs/episodedialog.h"
#include "programs/planeditordialog.h"
#include "storage/episodestore.h"

#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace trinn {

PatientsWorkspace::PatientsWorkspace(Journal &journal, PatientStore &patients, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_patients(patients)
    , m_model(new PatientSearchModel(patients, this))
    , m_search(new QLineEdit(this))
    , m_resultInfo(new QLabel(this))
    , m_results(new QTableView(this))
    , m_journalView(new PatientJournalView(journal, this))
{
    m_search->setObjectName(QStringLiteral("patientSearch"));
    m_search->setPlaceholderText(tr("Name or national id (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Patient search"));
    m_results->setObjectName(QStringLiteral("searchResults"));
    m_results->setModel(m_model);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setTabKeyNavigation(false);
    m_results->verticalHeader()->hide();
    m_results->setWordWrap(false);
    // A long answer ("3 patients match …, some have the same name") wraps
    // instead of widening the list and squeezing the journal beside it.
    m_resultInfo->setWordWrap(true);
    m_results->verticalHeader()->setDefaultSectionSize(m_results->fontMetrics().height() + 8);
    m_results->horizontalHeader()->setSectionResizeMode(PatientSearchModel::NameColumn, QHeaderView::Stretch);
    m_results->horizontalHeader()->setSectionResizeMode(PatientSearchModel::NationalIdColumn, QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setSectionResizeMode(PatientSearchModel::BornColumn, QHeaderView::ResizeToContents);
    m_results->setAccessibleName(tr("Search results"));

    auto *newPatient = new QPushButton(tr("&New patient…"), this);
    connect(newPatient, &QPushButton::clicked, this, &PatientsWorkspace::registerPatient);

    auto *left = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_search);
    leftLayout->addWidget(m_resultInfo);
    leftLayout->addWidget(m_results, 1);
    leftLayout->addWidget(newPatient);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_journalView);
    // The journal gets the room: the search needs a name, a national id and a birth date.
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({380, 900});
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &PatientsWorkspace::search);
    connect(m_results, &QTableView::activated, this, [this](const QModelIndex &index) { openRow(index.row()); });
    connect(m_model, &PatientSearchModel::searchFailed, m_resultInfo, &QLabel::setText);
    m_search->installEventFilter(this);
    m_results->installEventFilter(this);
    setFocusProxy(m_search);
    search(QString());
    // The results show patients; the open journal shows all of a patient's data.
    JournalChanges::Areas shown = JournalChanges::everything();
    shown.remove(AccessPolicy::Data::Audit);
    new WorkspaceRefresh(this, journal, shown, [this](const JournalChanges::Areas &changed) { refresh(changed); });
}

void PatientsWorkspace::refresh(const QSet<AccessPolicy::Data> &changed)
{
    if (changed.contains(AccessPolicy::Data::Patient) && !m_search->text().trimmed().isEmpty()) {
        // The first page again, as a search does; a later page is fetched as the list is scrolled.
        const KeepPlace place(m_results, PatientSearchModel::PatientIdRole, PatientSearchModel::NameColumn);
        m_model->setSearchText(m_search->text());
        showResultInfo();
    }
    if (m_journalView->patientId() != 0) {
        const KeepPlace place(m_journalView->timeline(), Qt::DisplayRole);
        m_journalView->refresh();
    }
}

void PatientsWorkspace::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void PatientsWorkspace::search(const QString &text)
{
    m_model->setSearchText(text);
    showResultInfo();
    if (m_model->lastError().isEmpty() && m_model->rowCount() > 0)
        m_results->selectRow(0);
}

void PatientsWorkspace::showResultInfo()
{
    if (!m_model->lastError().isEmpty())
        return;
    const QString text = m_model->searchText();
    const int rows = m_model->rowCount();
    if (text.trimmed().isEmpty())
        m_resultInfo->setText(tr("Type a name or the start of a national id."));
    else if (rows == 0)
        m_resultInfo->setText(tr("No patient matches \"%1\".").arg(text.trimmed()));
    else if (m_model->canFetchMore({}))
        m_resultInfo->setText(tr("More than %1 patients match; type more to narrow it down.").arg(rows));
    else
        m_resultInfo->setText(tr("Matching patients: %1").arg(rows));
    if (m_model->sameNameRows() > 0) {
        m_resultInfo->setText(m_resultInfo->text() + QLatin1Char(' ')
                              + tr("%n patient(s) share a name with another: check the birth date and national id.", nullptr,
                                   m_model->sameNameRows()));
    }
}

void PatientsWorkspace::openFromSearch()
{
    // Enter opens a patient only when the choice is certain: the national id
    // or the whole name typed out, or the only match. Otherwise the list asks.
    const int rows = m_model->rowCount();
    int row = m_model->exactMatchRow();
    if (row < 0 && rows == 1 && !m_model->canFetchMore({}))
        row = 0;
    if (row >= 0 && !m_model->hasSameName(row)) {
        openRow(row);
        return;
    }
    if (rows == 0)
        return;
    m_results->setFocus(Qt::OtherFocusReason);
    m_results->selectRow(row >= 0 ? row : 0);
    m_resultInfo->setText(tr("%n patient(s) match \"%1\": choose one with the arrow keys and press Enter.", nullptr, rows)
                              .arg(m_model->searchText().trimmed())
                          + (m_model->sameNameRows() > 0
                                 ? QLatin1Char(' ') + tr("Some have the same name: check the birth date and national id.")
                                 : QString()));
}

void PatientsWorkspace::openRow(int row)
{
    const qint64 id = m_model->patientIdAt(row);
    // The journal takes the focus: keys typed next go to it, not into the search.
    if (id != 0 && m_journalView->showPatient(id))
        m_journalView->overviewArea()->setFocus(Qt::OtherFocusReason);
}

void PatientsWorkspace::registerPatient()
{
    NewPatientDialog dialog(m_patients, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_journalView->showPatient(dialog.createdPatientId());
    search(m_search->text());
}

bool PatientsWorkspace::needPatient()
{
    if (m_journalView->patientId() != 0)
        return true;
    QMessageBox::information(this, tr("No patient open"), tr("Open a patient first: search, then press Enter."));
    focusSearch();
    return false;
}

void PatientsWorkspace::editNextOfKin()
{
    if (!needPatient())
        return;
    NextOfKinDialog dialog(m_journal, m_journalView->patientId(), this);
    dialog.exec();
    m_journalView->refresh();
}

void PatientsWorkspace::editCareTeam()
{
    if (!needPatient())
        return;
    CareTeamDialog dialog(m_journal, m_journalView->patientId(), this);
    dialog.exec();
    m_journalView->refresh();
}

void PatientsWorkspace::enrolPatient()
{
    if (!needPatient())
        return;
    EnrolDialog dialog(m_journal, m_journalView->patientId(), this);
    dialog.exec();
    m_journalView->refresh();
}

void PatientsWorkspace::manageEpisodes()
{
    if (!needPatient())
        return;
    EpisodeDialog dialog(m_journal, m_journalView->patientId(), this);
    dialog.exec();
    m_journalView->refresh();
}

void PatientsWorkspace::editTreatmentPlan()
{
    if (!needPatient())
        return;
    Result<QList<Episode>> episodes = EpisodeStore(m_journal).episodesOf(m_journalView->patientId());
    qint64 episodeId = 0;
    if (episodes) {
        for (const Episode &episode : std::as_const(*episodes)) {
            if (episode.isOpen())
                episodeId = episode.id;
        }
    }
    if (episodeId == 0) {
        QMessageBox::information(this, tr("No program"),
                                 episodes ? tr("A treatment plan belongs to a program: enrol the patient first.")
                                          : episodes.error());
        return;
    }
    PlanEditorDialog dialog(m_journal, episodeId, this);
    dialog.exec();
    m_journalView->refresh();
}

void PatientsWorkspace::bookAppointment()
{
    if (!needPatient())
        return;
    AppointmentDialog dialog(m_journal, m_journalView->patientId(), this);
    dialog.exec();
    m_journalView->refresh();
}

void PatientsWorkspace::editMedication()
{
    if (!needPatient())
        return;
    MedicationDialog dialog(m_journal, m_journalView->patientId(), this);
    dialog.exec();
    m_journalView->refresh();
}

void PatientsWorkspace::writeNotes()
{
    if (!needPatient())
        return;
    NotesDialog dialog(m_journal, m_journalView->patientId(), this);
    dialog.exec();
    m_journalView->refresh();
}

void PatientsWorkspace::recordCare()
{
    if (!needPatient())
        return;
    CareRecordsDialog dialog(m_journal, m_journalView->patientId(), this);
    dialog.exec();
    m_journalView->refresh();
}

void PatientsWorkspace::showAccessReport()
{
    if (!needPatient())
        return;
    AccessReportDialog dialog(m_journal, m_journalView->patientId(), this);
    dialog.exec();
}

void PatientsWorkspace::emergencyAccess()
{
    Actor actor = m_journal.actor();
    if (!actor.emergencyReason.isEmpty()) {
        endEmergencyAccess();
        QMessageBox::information(this, tr("Emergency access"), tr("Emergency access has ended."));
        return;
    }
    bool ok = false;
    const QString reason = QInputDialog::getText(this, tr("Emergency access"),
                                                 tr("Why do you need access outside your role? The reason marks every access in "
                                                    "the audit log for review."),
                                                 QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    if (reason.trimmed().size() < 10) {
        QMessageBox::warning(this, tr("Emergency access"), tr("Write the reason in a sentence (at least 10 characters)."));
        return;
    }
    actor.emergencyReason = reason.trimmed();
    m_journal.setActor(actor);
    m_journalView->refresh();
    emit emergencyAccessChanged();
}

void PatientsWorkspace::endEmergencyAccess()
{
    Actor actor = m_journal.actor();
    if (actor.emergencyReason.isEmpty())
        return;
    actor.emergencyReason.clear();
    m_journal.setActor(actor);
    m_journalView->refresh();
    emit emergencyAccessChanged();
}

bool PatientsWorkspace::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_search && event->type() == QEvent::ShortcutOverride) {
        // A line edit claims Ctrl+letters for editing (Ctrl+E moves to the
        // end on Linux): the window's shortcuts (Ctrl+E enrols) win, except
        // the standard ones of editing text.
        auto *key = static_cast<QKeyEvent *>(event);
        const bool letterOrDigit = (key->key() >= Qt::Key_A && key->key() <= Qt::Key_Z) || (key->key() >= Qt::Key_0 && key->key() <= Qt::Key_9);
        const bool editing = key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut) || key->matches(QKeySequence::Paste)
            || key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo) || key->matches(QKeySequence::SelectAll);
        if ((key->modifiers() & Qt::ControlModifier) && letterOrDigit && !editing) {
            event->ignore();
            return true;
        }
    }
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_search) {
        if ((key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) && m_model->rowCount() > 0) {
            m_results->setFocus(Qt::TabFocusReason);
            m_results->selectRow(0);
            return true;
        }
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openFromSearch();
            return true;
        }
    } else if (watched == m_results) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            openRow(m_results->currentIndex().row());
            return true;
        }
        if (key->key() == Qt::Key_Up && m_results->currentIndex().row() <= 0) {
            focusSearch();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace trinn
