#include "support/testjournals.h"

#include "mainwindow.h"
#include "measure.h"
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

namespace {

// What a measured run wrote (app/trinn/measure.h): its marks, in order.
QList<QPair<QByteArray, qint64>> measuredMarks(const QString &file)
{
    QFile marks(file);
    REQUIRE(marks.open(QIODevice::ReadOnly));
    QList<QPair<QByteArray, qint64>> list;
    for (const QByteArray &line : marks.readAll().split('\n')) {
        const QList<QByteArray> fields = line.split(' ');
        if (fields.size() == 2)
            list.append({fields.at(0), fields.at(1).toLongLong()});
    }
    return list;
}

qint64 markOf(const QList<QPair<QByteArray, qint64>> &marks, const QByteArray &name)
{
    for (const auto &mark : marks) {
        if (mark.first == name)
            return mark.second;
    }
    return -1;
}

} // namespace

TEST_CASE("Measured the session paints the sign-in dialog signs in on its own and marks each step in order", "[ui][shell][session]")
{
    const QString journal = journalWithStaff({QStringLiteral("berit")});
    const bool everyWorkspace = GENERATE(false, true);
    // A file of its own each time: the program keeps the one it opened.
    const QString file = test::tempFolder() + QStringLiteral("/measure-%1.txt").arg(everyWorkspace);
    QFile::remove(file);
    qputenv("TRINN_PASSWORD", "et-langt-passord");
    qputenv("TRINN_USER", "berit");
    qputenv("TRINN_MEASURE", file.toLocal8Bit());
    if (everyWorkspace)
        qputenv("TRINN_MEASURE_EVERY_WORKSPACE", "1");
    QString signedIn;
    QList<int> offered;
    DesktopSession session;
    const int exitCode = session.run(journal, [&](MainWindow &window) {
        signedIn = window.findChild<QLabel *>(QStringLiteral("journalStatus"))->text();
        for (int i = 0; i < MainWindow::WorkspaceCount; ++i) {
            if (window.offers(MainWindow::Workspace(i)) && i != window.currentWorkspace())
                offered << i + 1;
        }
        measure::finishRun(window);
    });
    qunsetenv("TRINN_MEASURE");
    qunsetenv("TRINN_MEASURE_EVERY_WORKSPACE");
    qunsetenv("TRINN_USER");
    qunsetenv("TRINN_PASSWORD");
    CHECK(exitCode == 0);
    CHECK(signedIn.contains(QStringLiteral("berit Test")));
    const QList<QPair<QByteArray, qint64>> marks = measuredMarks(file);
    for (const auto &mark : marks)
        UNSCOPED_INFO(mark.first.toStdString() << ' ' << mark.second);
    // The times in the order things happen, each after the one before.
    QList<QByteArray> order{"login_painted", "signin_started", "signin_done", "window_built", "workspace_painted"};
    if (everyWorkspace) {
        REQUIRE(offered.size() >= 2);
        for (int workspace : std::as_const(offered))
            order << "workspace_" + QByteArray::number(workspace) + "_opening" << "workspace_" + QByteArray::number(workspace) + "_painted";
    }
    order << "quit";
    qint64 before = 0;
    for (const QByteArray &name : std::as_const(order)) {
        INFO(name.toStdString());
        const qint64 at = markOf(marks, name);
        CHECK(at > before);
        before = std::max(before, at);
        // A frame painted is a paint event seen, with the area it covered.
        if (name.endsWith("_painted"))
            CHECK(markOf(marks, name + "_px") > 0);
    }
    // Argon2id's verify apart, and the memory: sign-in's peak holds its 46 MiB.
    CHECK(markOf(marks, "argon2id_ns") > 0);
    CHECK(markOf(marks, "argon2id_ns") < markOf(marks, "signin_done") - markOf(marks, "signin_started"));
    CHECK(markOf(marks, "signin_peak_kb") > 46 * 1024);
    CHECK(markOf(marks, "peak_reset") == 1);
    CHECK(markOf(marks, "workspace_peak_kb") < markOf(marks, "signin_peak_kb"));
    CHECK((markOf(marks, "peak_rss_kb") > 0) == everyWorkspace);
}

TEST_CASE("Measured a wrong password ends the session without waiting on the dialog", "[ui][shell][session]")
{
    const QString journal = journalWithStaff({QStringLiteral("berit")});
    const QString file = test::tempFolder() + QStringLiteral("/measure-refused.txt");
    QFile::remove(file);
    qputenv("TRINN_PASSWORD", "not-the-password");
    qputenv("TRINN_USER", "berit");
    qputenv("TRINN_MEASURE", file.toLocal8Bit());
    bool windowShown = false;
    DesktopSession session;
    const int exitCode = session.run(journal, [&](MainWindow &window) {
        windowShown = true;
        window.finish(MainWindow::Outcome::Quit);
    });
    qunsetenv("TRINN_MEASURE");
    qunsetenv("TRINN_USER");
    qunsetenv("TRINN_PASSWORD");
    CHECK(exitCode == 2);
    CHECK_FALSE(windowShown);
    const QList<QPair<QByteArray, qint64>> marks = measuredMarks(file);
    CHECK(markOf(marks, "login_painted") > 0);
    CHECK(markOf(marks, "signin_started") > 0);
    CHECK(markOf(marks, "signin_done") == -1);
}
