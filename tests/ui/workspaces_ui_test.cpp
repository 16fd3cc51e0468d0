#include "support/testjournals.h"

#include "groups/groupsworkspace.h"
#include "intake/intakeworkspace.h"
#include "testing/testboardworkspace.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTranslator>
#include <QTest>

// A role sees only the workspaces it may use: one it may not use is not
// listed, has no View menu entry and its Ctrl+number does nothing.

using namespace trinn;

namespace {

Actor withRole(Role role, const QString &username)
{
    Actor actor;
    actor.staffId = 900 + int(role);
    actor.username = username;
    actor.fullName = username;
    actor.roles = {role};
    return actor;
}

QStringList offered(MainWindow &window)
{
    auto *list = window.findChild<QListWidget *>(QStringLiteral("workspaces"));
    REQUIRE(list);
    QStringList names;
    for (int i = 0; i < list->count(); ++i) {
        if (!list->item(i)->isHidden())
            names << list->item(i)->text();
    }
    return names;
}

QStringList viewMenu(MainWindow &window)
{
    QStringList names;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->text() != MainWindow::tr("&View"))
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->isVisible())
                names << action->text();
        }
    }
    return names;
}

} // namespace

TEST_CASE("A workspace the signed-in role may not use is not offered", "[ui][workspaces][access]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const QStringList all{MainWindow::tr("Patients"), MainWindow::tr("Test board"), MainWindow::tr("Groups"),
                          MainWindow::tr("Calendar"), MainWindow::tr("Intake"), MainWindow::tr("Administration")};

    SECTION("an intake coordinator: no test board and no administration")
    {
        journal->setActor(withRole(Role::Coordinator, QStringLiteral("inntak")));
        MainWindow window(*journal);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        CHECK_FALSE(offered(window).contains(MainWindow::tr("Test board")));
        CHECK_FALSE(offered(window).contains(MainWindow::tr("Administration")));
        CHECK(offered(window).contains(MainWindow::tr("Intake")));
        CHECK(viewMenu(window) == offered(window));
        // Ctrl+2 (the test board) leaves the coordinator where she was.
        auto *pages = window.findChild<QStackedWidget *>();
        REQUIRE(pages);
        const int before = pages->currentIndex();
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QTest::qWait(50);
        CHECK(pages->currentIndex() == before);
        window.showWorkspace(MainWindow::TestBoard);
        CHECK(pages->currentIndex() == before);
    }
    SECTION("a nurse: no administration")
    {
        journal->setActor(withRole(Role::Nurse, QStringLiteral("nina")));
        MainWindow window(*journal);
        CHECK(offered(window).contains(MainWindow::tr("Test board")));
        CHECK_FALSE(offered(window).contains(MainWindow::tr("Administration")));
    }
    SECTION("an administrator: administration")
    {
        journal->setActor(withRole(Role::Administrator, QStringLiteral("berit")));
        MainWindow window(*journal);
        CHECK(offered(window).contains(MainWindow::tr("Administration")));
    }
}

namespace {

QStringList tabsOf(QWidget *workspace)
{
    auto *tabs = workspace->findChild<QTabWidget *>();
    REQUIRE(tabs);
    QStringList titles;
    for (int i = 0; i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    return titles;
}

bool shown(QWidget *workspace, const char *objectName)
{
    auto *widget = workspace->findChild<QWidget *>(QLatin1String(objectName));
    REQUIRE(widget);
    // Shown on its tab, whichever tab is in front.
    QWidget *page = widget;
    while (page->parentWidget() && page->parentWidget() != workspace && !qobject_cast<QStackedWidget *>(page->parentWidget()))
        page = page->parentWidget();
    return widget->isVisibleTo(page);
}

} // namespace

// Inside a workspace too: a nurse is not shown the referral list and form
// with a line saying she may not see referrals, nor the bed forms.
TEST_CASE("Inside the intake workspace a role is offered only what it may do", "[ui][workspaces][access]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    SECTION("a nurse: the bed board to read, no referrals")
    {
        journal->setActor(withRole(Role::Nurse, QStringLiteral("nina")));
        IntakeWorkspace intake(*journal);
        intake.show();
        CHECK(tabsOf(&intake) == QStringList{IntakeWorkspace::tr("&Bed board"), IntakeWorkspace::tr("F&ollow-ups after discharge")});
        CHECK_FALSE(shown(&intake, "bookBed"));
        CHECK_FALSE(shown(&intake, "markDone"));
    }
    SECTION("an intake coordinator: referrals and beds to work with")
    {
        journal->setActor(withRole(Role::Coordinator, QStringLiteral("inntak")));
        IntakeWorkspace intake(*journal);
        intake.show();
        CHECK(tabsOf(&intake).size() == 3);
        CHECK(tabsOf(&intake).constFirst() == IntakeWorkspace::tr("&Referrals and waiting list"));
        CHECK(shown(&intake, "admit"));
        CHECK(shown(&intake, "referralName"));
        CHECK(shown(&intake, "bookBed"));
    }
}

// A therapist reads the board but does not take tests: no entry form, no lab
// import, and Enter on a row opens nothing.
TEST_CASE("The test board offers recording only to roles that take tests", "[ui][workspaces][access]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const bool nurse = GENERATE(true, false);
    journal->setActor(nurse ? withRole(Role::Nurse, QStringLiteral("nina")) : withRole(Role::Therapist, QStringLiteral("tove")));
    TestBoardWorkspace board(*journal);
    board.show();
    CAPTURE(nurse);
    CHECK(shown(&board, "testEntry") == nurse);
    CHECK(shown(&board, "importLabResults") == nurse);
}

// An intake coordinator reads the groups (who is in which) but does not run
// them: no member, session, new group or outing forms.
TEST_CASE("The groups workspace offers its forms only to roles that run groups", "[ui][workspaces][access]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const bool therapist = GENERATE(true, false);
    journal->setActor(therapist ? withRole(Role::Therapist, QStringLiteral("tove")) : withRole(Role::Coordinator, QStringLiteral("inntak")));
    GroupsWorkspace groups(*journal);
    groups.show();
    CAPTURE(therapist);
    CHECK(shown(&groups, "memberForm") == therapist);
    CHECK(shown(&groups, "newGroup") == therapist);
    CHECK(shown(&groups, "moveReason") == therapist);
    CHECK(shown(&groups, "outingForm") == therapist);
}

// The Patient menu offers what the role may do: an intake coordinator reads
// neither notes nor medication, so neither is in her menu (nor its keys).
TEST_CASE("The Patient menu offers only what the signed-in role may use", "[ui][workspaces][access]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const auto visible = [](MainWindow &window, const char *name) {
        auto *action = window.findChild<QAction *>(QLatin1String(name));
        REQUIRE(action);
        return action->isVisible();
    };
    SECTION("an intake coordinator")
    {
        journal->setActor(withRole(Role::Coordinator, QStringLiteral("inntak")));
        MainWindow window(*journal);
        CHECK_FALSE(visible(window, "writeNotes"));
        CHECK_FALSE(visible(window, "editMedication"));
        CHECK_FALSE(visible(window, "accessReport"));
        CHECK(visible(window, "enrolPatient"));
    }
    SECTION("a nurse")
    {
        journal->setActor(withRole(Role::Nurse, QStringLiteral("nina")));
        MainWindow window(*journal);
        CHECK(visible(window, "writeNotes"));
        CHECK(visible(window, "editMedication"));
        CHECK_FALSE(visible(window, "enrolPatient"));
    }
    SECTION("an administrator sees the access report")
    {
        journal->setActor(withRole(Role::Administrator, QStringLiteral("berit")));
        MainWindow window(*journal);
        CHECK(visible(window, "accessReport"));
        CHECK_FALSE(visible(window, "writeNotes"));
    }
}

// At 1280×800 nothing is cut: every workspace of every role fits the
// window's first size (1100 pixels wide) in Bokmål, the longest of the three.
TEST_CASE("Every workspace fits the window's first width in Bokmaal for every role", "[ui][workspaces][layout]")
{
    QTranslator bokmal;
    REQUIRE(bokmal.load(QStringLiteral(":/i18n/trinn_nb.qm")));
    QCoreApplication::installTranslator(&bokmal);
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    for (const Role role : {Role::Nurse, Role::Therapist, Role::Coordinator, Role::Administrator}) {
        journal->setActor(withRole(role, AccessPolicy::roleCode(role)));
        MainWindow window(*journal);
        auto *pages = window.findChild<QStackedWidget *>();
        REQUIRE(pages);
        for (int i = 0; i < pages->count(); ++i) {
            QWidget *page = pages->widget(i);
            CAPTURE(AccessPolicy::roleCode(role).toStdString(), i, page->metaObject()->className(), page->minimumSizeHint().width());
            CHECK(page->minimumSizeHint().width() <= 1100 - 150);
        }
        CAPTURE(window.minimumSizeHint().width());
        CHECK(window.minimumSizeHint().width() <= 1100);
    }
    QCoreApplication::removeTranslator(&bokmal);
}
