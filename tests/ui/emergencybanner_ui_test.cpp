#include "support/testjournals.h"

#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QTest>
#include <QTimer>

// While emergency access is on, a red strip under the menu says so, shows
// the reason and ends it with one button; it is gone once it has ended.

using namespace trinn;

namespace {

Actor nurse()
{
    Actor actor;
    actor.staffId = 901;
    actor.username = QStringLiteral("nina");
    actor.fullName = QStringLiteral("Nina Sykepleier");
    actor.roles = {Role::Nurse};
    return actor;
}

QAction *emergencyAction(MainWindow &window)
{
    return window.findChild<QAction *>(QStringLiteral("emergencyAccess"));
}

} // namespace

TEST_CASE("Emergency access shows a banner with the reason until it is ended", "[ui][shell][emergency]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    journal->setActor(nurse());
    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("emergencyBanner"));
    REQUIRE(banner);
    CHECK_FALSE(banner->isVisible());

    // Patient → Emergency access…, with the reason typed in its dialog.
    const QString reason = QStringLiteral("Akutt forverring, behandler borte");
    bool asked = false;
    QTimer::singleShot(50, [&] {
        auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        asked = true;
        dialog->setTextValue(reason);
        dialog->accept();
    });
    QAction *start = emergencyAction(window);
    REQUIRE(start);
    start->trigger();
    REQUIRE(asked);
    CHECK(journal->actor().emergencyReason == reason);
    CHECK(banner->isVisible());
    auto *text = banner->findChild<QLabel *>(QStringLiteral("emergencyText"));
    REQUIRE(text);
    CHECK(text->text().contains(reason));
    // Under the menu, above the workspaces, across the window.
    CHECK(banner->mapTo(&window, QPoint(0, 0)).y() <= window.menuBar()->geometry().bottom() + 12);
    CHECK(banner->width() > window.width() / 2);

    auto *end = banner->findChild<QPushButton *>(QStringLiteral("endEmergency"));
    REQUIRE(end);
    QTest::mouseClick(end, Qt::LeftButton);
    CHECK(journal->actor().emergencyReason.isEmpty());
    CHECK_FALSE(banner->isVisible());
    CHECK(journal->actor().username == QStringLiteral("nina"));
}

TEST_CASE("A window built while emergency access is on shows the banner at once", "[ui][shell][emergency]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    Actor actor = nurse();
    actor.emergencyReason = QStringLiteral("Pasienten er akutt syk i natt");
    journal->setActor(actor);
    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    auto *banner = window.findChild<QWidget *>(QStringLiteral("emergencyBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    // Keyboard: the button's mnemonic ends it as well.
    QTest::keyClick(&window, Qt::Key_E, Qt::AltModifier);
    QTest::qWait(300);
    CHECK(journal->actor().emergencyReason.isEmpty());
    CHECK_FALSE(banner->isVisible());
}
