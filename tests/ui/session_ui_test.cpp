#include "support/testjournals.h"

#include "mainwindow.h"
#include "session.h"
#include "storage/staffstore.h"

#include <QAction>
#include <QDialog>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QStatusBar>
#include <QApplication>
#include <QLineEdit>
#include <QMenuBar>
#include <QPointer>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <functional>

// File → Open journal…, Sign out and Switch user: the window says what comes
// next and closes; the desktop program's session (app/trinn/session.cpp)
// opens the journal or signs the next person in and builds a new window.

using namespace trinn;

namespace {

QAction *fileAction(MainWindow &window, const QString &name)
{
    auto *action = window.findChild<QAction *>(name);
    REQUIRE(action);
    return action;
}

// A clinic journal with accounts to sign in with; closed, so the session opens it itself.
QString journalWithStaff(const QStringList &users)
{
    const QString location = test::freshLocation(test::Backend::SQLite);
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    options.kindIfCreated = JournalKind::Clinic;
    Result<std::unique_ptr<Journal>> journal = Journal::open(location, options);
    REQUIRE(journal);
    const QList<Role> roles{Role::Administrator, Role::Nurse, Role::Therapist};
    for (int i = 0; i < users.size(); ++i)
        REQUIRE(StaffStore(**journal).add(users.at(i), users.at(i) + QStringLiteral(" Test"), {roles.at(i % roles.size())},
                                          QStringLiteral("et-langt-passord")));
    return location;
}

struct Round
{
    QString signedIn;  // who the window's journal says is signed in
    QString journal;   // the file the window shows
};

// Plays `steps` on the session's windows as they appear, one step a window.
QList<Round> playSession(const QString &journal, const QList<std::function<void(MainWindow &)>> &steps, int *exitCode)
{
    QList<Round> rounds;
    QTimer watcher;
    watcher.setInterval(20);
    QElapsedTimer clock;
    clock.start();
    QObject::connect(&watcher, &QTimer::timeout, [&] {
        for (QWidget *widget : QApplication::topLevelWidgets()) {
            auto *window = qobject_cast<MainWindow *>(widget);
            // Each round's window may take the last one's address: marked, not remembered.
            if (!window || !window->isVisible())
                continue;
            if (clock.elapsed() > 60000) { // a session that never ends fails instead of hanging
                rounds.append({QStringLiteral("timed out"), QString()});
                window->finish(MainWindow::Outcome::Quit);
                continue;
            }
            if (window->property("played").toBool())
                continue;
            window->setProperty("played", true);
            const int n = int(rounds.size());
            rounds.append({window->windowTitle(), window->windowTitle()});
            // The title names the journal; the status bar names who is signed in.
            rounds.last().signedIn = window->findChild<QLabel *>(QStringLiteral("journalStatus"))->text();
            if (n < steps.size())
                QTimer::singleShot(0, window, [window, step = steps.at(n)] { step(*window); });
            else
                window->finish(MainWindow::Outcome::Quit);
        }
    });
    watcher.start();
    DesktopSession session;
    *exitCode = session.run(journal, [](MainWindow &) {});
    return rounds;
}

} // namespace

TEST_CASE("The File menu's sign out and switch user close the window and say so", "[ui][shell][session]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const auto closesWith = [&](const QString &action, MainWindow::Outcome outcome) {
        MainWindow window(*journal);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        QSignalSpy finished(&window, &MainWindow::finished);
        fileAction(window, action)->trigger();
        CHECK(finished.count() == 1);
        CHECK_FALSE(window.isVisible());
        CHECK(window.outcome() == outcome);
    };
    closesWith(QStringLiteral("signOut"), MainWindow::Outcome::SignOut);
    closesWith(QStringLiteral("switchUser"), MainWindow::Outcome::SwitchUser);

    SECTION("Open journal… asks where, and a file that is not there is refused in the dialog")
    {
        MainWindow window(*journal);
        window.show();
        const QString other = test::freshLocation(test::Backend::SQLite);
        REQUIRE(test::createJournal(test::Backend::SQLite)); // makes another file; its name is not `other`
        QStringList problems;
        QTimer::singleShot(50, [&] {
            auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
            auto *location = dialog ? dialog->findChild<QLineEdit *>(QStringLiteral("journalLocation")) : nullptr;
            if (!location) {
                problems << QStringLiteral("no dialog");
                dialog->reject();
                return;
            }
            location->setText(other);
            QTest::keyClick(location, Qt::Key_Return);
            problems << (dialog->isVisible() ? QStringLiteral("refused") : QStringLiteral("taken"));
            location->setText(journal->location().filePath);
            QTest::keyClick(location, Qt::Key_Return);
        });
        fileAction(window, QStringLiteral("openJournal"))->trigger();
        CHECK(problems == QStringList{QStringLiteral("refused")});
        CHECK_FALSE(window.isVisible());
        CHECK(window.outcome() == MainWindow::Outcome::OpenJournal);
        CHECK(window.requestedJournal() == journal->location().filePath);
    }
}

TEST_CASE("The session switches user signs out and opens another journal without waiting on a dialog", "[ui][shell][session]")
{
    const QString first = journalWithStaff({QStringLiteral("berit"), QStringLiteral("nina"), QStringLiteral("terje")});
    const QString second = journalWithStaff({QStringLiteral("ola")});
    qputenv("TRINN_PASSWORD", "et-langt-passord");
    qputenv("TRINN_USER", "berit");
    int exitCode = -1;
    const QList<Round> rounds = playSession(first,
                                            {
                                                [](MainWindow &window) {
                                                    qputenv("TRINN_USER", "nina");
                                                    fileAction(window, QStringLiteral("switchUser"))->trigger();
                                                },
                                                [](MainWindow &window) {
                                                    qputenv("TRINN_USER", "terje");
                                                    fileAction(window, QStringLiteral("signOut"))->trigger();
                                                },
                                                [second](MainWindow &window) {
                                                    qputenv("TRINN_USER", "ola");
                                                    window.finish(MainWindow::Outcome::OpenJournal, second);
                                                },
                                            },
                                            &exitCode);
    qunsetenv("TRINN_USER");
    qunsetenv("TRINN_PASSWORD");
    CHECK(exitCode == 0);
    for (const Round &round : rounds)
        UNSCOPED_INFO(round.signedIn.toStdString() << " | " << round.journal.toStdString());
    REQUIRE(rounds.size() == 4);
    CHECK(rounds.at(0).signedIn.contains(QStringLiteral("berit Test")));
    CHECK(rounds.at(1).signedIn.contains(QStringLiteral("nina Test")));
    CHECK(rounds.at(2).signedIn.contains(QStringLiteral("terje Test")));
    CHECK(rounds.at(3).signedIn.contains(QStringLiteral("ola Test")));
    CHECK(rounds.at(2).journal.contains(first));
    CHECK(rounds.at(3).journal.contains(second));
}

TEST_CASE("A journal that cannot be opened leaves the session on the one it had", "[ui][shell][session]")
{
    const QString first = journalWithStaff({QStringLiteral("berit")});
    qputenv("TRINN_PASSWORD", "et-langt-passord");
    qputenv("TRINN_USER", "berit");
    int exitCode = -1;
    const QString missing = test::tempFolder() + QStringLiteral("/not-a-journal.trinn");
    QFile junk(missing);
    REQUIRE(junk.open(QIODevice::WriteOnly));
    junk.write("this is no journal");
    junk.close();
    const QList<Round> rounds =
        playSession(first, {[missing](MainWindow &window) { window.finish(MainWindow::Outcome::OpenJournal, missing); }}, &exitCode);
    qunsetenv("TRINN_USER");
    qunsetenv("TRINN_PASSWORD");
    CHECK(exitCode == 0);
    REQUIRE(rounds.size() == 2);
    CHECK(rounds.at(1).journal.contains(first));
    CHECK(rounds.at(1).signedIn.contains(QStringLiteral("berit Test")));
}
