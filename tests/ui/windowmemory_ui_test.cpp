#include "support/testjournals.h"

#include "mainwindow.h"

#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

// The window opens as it was left: its size and the workspace shown, kept
// per user with QSettings (in tests a folder of the run, never the developer's).

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

} // namespace

TEST_CASE("Tests keep their settings in a folder of their own", "[ui][shell][settings]")
{
    const QString file = QSettings().fileName();
    CAPTURE(file);
    CHECK_FALSE(file.startsWith(QStandardPaths::writableLocation(QStandardPaths::HomeLocation) + QStringLiteral("/.config")));
    CHECK(QStandardPaths::isTestModeEnabled());
}

TEST_CASE("The window opens at the size and in the workspace it was closed with", "[ui][shell][settings]")
{
    QSettings().clear();
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    {
        MainWindow first(*journal);
        first.show();
        REQUIRE(QTest::qWaitForWindowExposed(&first));
        CHECK(first.size() == QSize(1100, 700));
        CHECK(first.currentWorkspace() == MainWindow::Patients);
        first.resize(1234, 777);
        REQUIRE(first.size() == QSize(1234, 777));
        first.showWorkspace(MainWindow::Groups);
        QTest::qWait(20);
        first.close();
    }
    MainWindow again(*journal);
    again.show();
    REQUIRE(QTest::qWaitForWindowExposed(&again));
    CAPTURE(again.size().width(), again.size().height());
    CHECK(again.size() == QSize(1234, 777));
    CHECK(again.currentWorkspace() == MainWindow::Groups);
}

TEST_CASE("A remembered workspace the next user may not use gives way to the first they may", "[ui][shell][settings]")
{
    QSettings().clear();
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    {
        journal->setActor(withRole(Role::Administrator, QStringLiteral("berit")));
        MainWindow admin(*journal);
        admin.show();
        admin.showWorkspace(MainWindow::Administration);
        REQUIRE(admin.currentWorkspace() == MainWindow::Administration);
        admin.close();
    }
    journal->setActor(withRole(Role::Nurse, QStringLiteral("nina")));
    MainWindow nurse(*journal);
    nurse.show();
    CHECK(nurse.currentWorkspace() == MainWindow::Patients);
}
