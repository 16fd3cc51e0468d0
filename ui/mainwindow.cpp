#include "mainwindow.h"

#include "administration/administrationworkspace.h"
#include "calendar/calendarworkspace.h"
#include "intake/intakeworkspace.h"
#include "groups/groupsworkspace.h"
#include "patients/patientsworkspace.h"
#include "storage/journal.h"
#include "storage/patientstore.h"
#include "testing/testboardworkspace.h"
#include "help/shortcutsdialog.h"
#include "help/userguidedialog.h"
#include "shell/emergencybanner.h"
#include "shell/openjournaldialog.h"
#include "shell/windowmemory.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QHBoxLayout>
#include <QVBoxLayout>
#include <QStackedWidget>
#include <QStatusBar>

namespace trinn {

MainWindow::MainWindow(Journal &journal, QWidget *parent)
    : QMainWindow(parent)
    , m_journal(journal)
    , m_patientStore(std::make_unique<PatientStore>(journal))
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
{
    setWindowTitle(tr("Trinn — %1").arg(journal.location().display()));
    m_navigation->setObjectName(QStringLiteral("workspaces"));
    m_navigation->setAccessibleName(tr("Workspaces"));
    m_pages->setObjectName(QStringLiteral("workspacePages"));

    m_patients = new PatientsWorkspace(journal, *m_patientStore, this);
    addWorkspace(tr("Patients"), m_patients);
    addWorkspace(tr("Test board"), new TestBoardWorkspace(journal, this));
    addWorkspace(tr("Groups"), new GroupsWorkspace(journal, this));
    addWorkspace(tr("Calendar"), new CalendarWorkspace(journal, this));
    addWorkspace(tr("Intake"), new IntakeWorkspace(journal, this));
    addWorkspace(tr("Administration"), new AdministrationWorkspace(journal, this));

    for (int i = 0; i < WorkspaceCount; ++i)
        m_navigation->item(i)->setHidden(!offers(Workspace(i)));
    m_navigation->setFixedWidth(m_navigation->sizeHintForColumn(0) + 4 * m_navigation->frameWidth() + 24);
    auto *central = new QWidget(this);
    auto *outer = new QVBoxLayout(central);
    // Under the menu, while emergency access is on.
    auto *emergency = new EmergencyBanner(journal, central);
    outer->addWidget(emergency);
    auto *layout = new QHBoxLayout;
    layout->addWidget(m_navigation);
    layout->addWidget(m_pages, 1);
    outer->addLayout(layout, 1);
    setCentralWidget(central);
    connect(m_patients, &PatientsWorkspace::emergencyAccessChanged, emergency, &EmergencyBanner::follow);
    connect(emergency, &EmergencyBanner::endRequested, m_patients, &PatientsWorkspace::endEmergencyAccess);
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    createMenus();
    QString status = journal.kind() == JournalKind::Demo ? tr("Demo journal: synthetic patients only") : tr("Clinic journal");
    if (!journal.actor().isSystem())
        status = tr("%1 · signed in as %2").arg(status, journal.actor().fullName);
    auto *journalLabel = new QLabel(status, this);
    journalLabel->setObjectName(QStringLiteral("journalStatus"));
    statusBar()->addPermanentWidget(journalLabel);
    // Opens as it was left; the first time at a size that shows a patient's journal whole.
    if (!windowmemory::restoreGeometry(*this))
        resize(1100, 700);
    const int last = windowmemory::lastWorkspace();
    if (last >= 0 && last < WorkspaceCount && offers(Workspace(last))) {
        showWorkspace(Workspace(last));
    } else {
        for (int i = 0; i < WorkspaceCount; ++i) {
            if (offers(Workspace(i))) {
                showWorkspace(Workspace(i));
                break;
            }
        }
    }
}

MainWindow::Workspace MainWindow::currentWorkspace() const
{
    return Workspace(m_pages->currentIndex());
}

void MainWindow::finish(Outcome outcome, const QString &journal)
{
    m_outcome = outcome;
    m_requestedJournal = journal;
    close();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    windowmemory::save(*this, m_pages->currentIndex());
    QMainWindow::closeEvent(event);
    if (event->isAccepted() && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

MainWindow::~MainWindow() = default;

void MainWindow::addWorkspace(const QString &name, QWidget *page)
{
    m_navigation->addItem(name);
    m_pages->addWidget(page);
}

bool MainWindow::offers(Workspace workspace) const
{
    using Data = AccessPolicy::Data;
    const Actor &actor = m_journal.actor();
    // The system (tests, trinnctl-like automation without a sign-in) sees all.
    if (actor.isSystem())
        return true;
    const auto mayRead = [&actor](Data data) {
        return AccessPolicy::allows(actor, data, AccessPolicy::Action::Read, false).allowed;
    };
    switch (workspace) {
    case Patients: return mayRead(Data::Patient) || mayRead(Data::Directory);
    case TestBoard: return mayRead(Data::Tests);
    case Groups: return mayRead(Data::Groups);
    case Calendar: return true;
    case Intake: return mayRead(Data::Referrals) || mayRead(Data::Beds);
    case Administration: return mayRead(Data::Staff) || mayRead(Data::Backup) || mayRead(Data::Audit);
    case WorkspaceCount: break;
    }
    return false;
}

void MainWindow::showWorkspace(Workspace workspace)
{
    if (!offers(workspace))
        return;
    m_navigation->setCurrentRow(workspace);
    m_pages->setCurrentIndex(workspace);
    if (workspace == Patients)
        m_patients->focusSearch();
    else
        m_pages->currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void MainWindow::offerPatientActions()
{
    const Actor &actor = m_journal.actor();
    for (const OfferedAction &offered : std::as_const(m_patientActions)) {
        // As a member of the patient's care team: the dialog itself asks for
        // the patient at hand (a nurse's therapy notes, for one).
        const bool may = actor.isSystem()
            || AccessPolicy::allows(actor, AccessPolicy::Data(offered.data),
                                    offered.write ? AccessPolicy::Action::Write : AccessPolicy::Action::Read, true)
                   .allowed;
        offered.action->setVisible(may);
    }
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newPatient = file->addAction(tr("&New patient…"));
    newPatient->setShortcut(QKeySequence::New);
    connect(newPatient, &QAction::triggered, this, [this] {
        showWorkspace(Patients);
        m_patients->registerPatient();
    });
    QAction *find = file->addAction(tr("&Find patient"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] { showWorkspace(Patients); });
    file->addSeparator();
    QAction *open = file->addAction(tr("&Open journal…"));
    open->setObjectName(QStringLiteral("openJournal"));
    open->setShortcut(QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] {
        OpenJournalDialog dialog(QString(), this);
        if (dialog.exec() == QDialog::Accepted)
            finish(Outcome::OpenJournal, dialog.location());
    });
    QAction *switchUser = file->addAction(tr("S&witch user…"));
    switchUser->setObjectName(QStringLiteral("switchUser"));
    connect(switchUser, &QAction::triggered, this, [this] { finish(Outcome::SwitchUser); });
    QAction *signOut = file->addAction(tr("Sign &out"));
    signOut->setObjectName(QStringLiteral("signOut"));
    connect(signOut, &QAction::triggered, this, [this] { finish(Outcome::SignOut); });
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, [this] { finish(Outcome::Quit); });

    QMenu *patient = menuBar()->addMenu(tr("&Patient"));
    using Data = AccessPolicy::Data;
    const auto patientAction = [&](const QString &text, const QKeySequence &keys, void (PatientsWorkspace::*slot)(), Data data,
                                   bool write = false) {
        QAction *action = patient->addAction(text);
        m_patientActions.append({action, int(data), write});
        action->setShortcut(keys);
        connect(action, &QAction::triggered, this, [this, slot] {
            showWorkspace(Patients);
            (m_patients->*slot)();
        });
        return action;
    };
    patientAction(tr("&Enrol in a program…"), QKeySequence(Qt::CTRL | Qt::Key_E), &PatientsWorkspace::enrolPatient, Data::Programs, true)
        ->setObjectName(QStringLiteral("enrolPatient"));
    patientAction(tr("Episodes and &phases…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &PatientsWorkspace::manageEpisodes,
                  Data::Programs);
    patientAction(tr("&Treatment plan…"), QKeySequence(Qt::CTRL | Qt::Key_T), &PatientsWorkspace::editTreatmentPlan, Data::Programs);
    patientAction(tr("&Book an individual session…"), QKeySequence(Qt::CTRL | Qt::Key_B), &PatientsWorkspace::bookAppointment,
                  Data::Patient, true);
    patientAction(tr("&Medication…"), QKeySequence(Qt::CTRL | Qt::Key_M), &PatientsWorkspace::editMedication, Data::Medication)
        ->setObjectName(QStringLiteral("editMedication"));
    patientAction(tr("Journal &notes…"), QKeySequence(Qt::CTRL | Qt::Key_J), &PatientsWorkspace::writeNotes, Data::CareNotes)
        ->setObjectName(QStringLiteral("writeNotes"));
    patientAction(tr("&Care records…"), QKeySequence(Qt::CTRL | Qt::Key_R), &PatientsWorkspace::recordCare, Data::Programs);
    patientAction(tr("Next of &kin and consent…"), QKeySequence(Qt::CTRL | Qt::Key_K), &PatientsWorkspace::editNextOfKin, Data::Patient);
    patientAction(tr("Care t&eam…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), &PatientsWorkspace::editCareTeam, Data::Programs);
    patient->addSeparator();
    patientAction(tr("&Access report…"), QKeySequence(), &PatientsWorkspace::showAccessReport, Data::Audit)
        ->setObjectName(QStringLiteral("accessReport"));
    patientAction(tr("E&mergency access…"), QKeySequence(), &PatientsWorkspace::emergencyAccess, Data::Patient)
        ->setObjectName(QStringLiteral("emergencyAccess"));
    offerPatientActions();
    connect(m_patients, &PatientsWorkspace::emergencyAccessChanged, this, &MainWindow::offerPatientActions);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < WorkspaceCount; ++i) {
        QAction *action = view->addAction(m_navigation->item(i)->text());
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        action->setVisible(offers(Workspace(i)));
        connect(action, &QAction::triggered, this, [this, i] { showWorkspace(Workspace(i)); });
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User guide"));
    guide->setObjectName(QStringLiteral("userGuide"));
    guide->setShortcut(QKeySequence::HelpContents);
    connect(guide, &QAction::triggered, this, [this] {
        UserGuideDialog dialog(this);
        dialog.exec();
    });
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(QStringLiteral("keyboardShortcuts"));
    connect(keys, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(*this, this);
        dialog.exec();
    });
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Trinn"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About Trinn"),
                           tr("<b>Trinn</b> %1<br>A patient journal and scheduler for substance-use "
                              "treatment services.<br>Licensed under the GNU GPL, version 3 or later.")
                               .arg(QApplication::applicationVersion()));
    });
}

} // namespace trinn
