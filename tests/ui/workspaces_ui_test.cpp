#include "support/testjournals.h"

#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QListWidget>
#include <QMenuBar>
#include <QStackedWidget>
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
