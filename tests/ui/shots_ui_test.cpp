#include "support/testjournals.h"

#include "common/translations.h"
#include "help/shortcutsdialog.h"
#include "help/userguidedialog.h"
#include "mainwindow.h"
#include "shell/firststartwizard.h"
#include "storage/staffstore.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>

// Pictures of the shell for the documentation and for looking at it: not run
// by CTest (hidden). Run by hand, in Bokmål, on a 1280×800 X server:
//   TRINN_SHOTS=/tmp/shots [TRINN_SHOTS_JOURNAL=demo.trinn] QT_QPA_PLATFORM=xcb
//   xvfb-run -a -s "-screen 0 1280x800x24" build/tests/test_ui_shell "[.shots]"

using namespace trinn;

namespace {

void save(QWidget &widget, const QString &name)
{
    QTest::qWait(200);
    const QString file = qEnvironmentVariable("TRINN_SHOTS") + u'/' + name + QStringLiteral(".png");
    REQUIRE(widget.grab().save(file));
    CHECK(QImage(file).size() == widget.size() * widget.devicePixelRatio());
}

} // namespace

TEST_CASE("Pictures of the shell in Bokmaal", "[.shots]")
{
    REQUIRE_FALSE(qEnvironmentVariableIsEmpty("TRINN_SHOTS"));
    QDir().mkpath(qEnvironmentVariable("TRINN_SHOTS"));
    const test::LanguageGivenBack givenBack;
    installTranslations(*QCoreApplication::instance(), QStringLiteral("nb"));

    std::unique_ptr<Journal> journal;
    if (!qEnvironmentVariableIsEmpty("TRINN_SHOTS_JOURNAL")) {
        Result<std::unique_ptr<Journal>> opened = Journal::open(qEnvironmentVariable("TRINN_SHOTS_JOURNAL"));
        REQUIRE(opened);
        journal = std::move(*opened);
        Result<Actor> nurse = StaffStore(*journal).signIn(QStringLiteral("sykepleier"), QStringLiteral("demo-passord"));
        REQUIRE(nurse);
        journal->setActor(*nurse);
    } else {
        journal = test::createJournal(test::Backend::SQLite);
    }
    Actor actor = journal->actor();
    actor.emergencyReason = QStringLiteral("Pasienten er akutt syk i natt, og behandleren er ikke på jobb");
    journal->setActor(actor);
    {
        MainWindow window(*journal);
        window.resize(1280, 800);
        window.show();
        REQUIRE(QTest::qWaitForWindowExposed(&window));
        save(window, QStringLiteral("window-emergency-nb"));

        UserGuideDialog guide(&window);
        guide.resize(900, 760);
        guide.show();
        save(guide, QStringLiteral("user-guide-nb"));
        guide.hide();

        ShortcutsDialog keys(window, &window);
        keys.show();
        save(keys, QStringLiteral("shortcuts-nb"));
    }

    FirstStartWizard wizard(test::tempFolder() + QStringLiteral("/shots/klinikk.trinn"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    save(wizard, QStringLiteral("first-start-1-nb"));
    wizard.next();
    wizard.findChild<QLineEdit *>(QStringLiteral("fullName"))->setText(QStringLiteral("Berit Administrator"));
    wizard.findChild<QLineEdit *>(QStringLiteral("username"))->setText(QStringLiteral("berit"));
    wizard.findChild<QLineEdit *>(QStringLiteral("password"))->setText(QStringLiteral("et-langt-passord"));
    wizard.findChild<QLineEdit *>(QStringLiteral("repeatPassword"))->setText(QStringLiteral("et-langt-passord"));
    save(wizard, QStringLiteral("first-start-2-nb"));
    wizard.next();
    wizard.findChild<QPlainTextEdit *>(QStringLiteral("rooms"))->setPlainText(QStringLiteral("Rom 1: 2\nRom 2: 2\nAnnekset / Rom 5: 1"));
    save(wizard, QStringLiteral("first-start-3-nb"));
    wizard.next();
    REQUIRE(wizard.currentId() == FirstStartWizard::DonePage);
    save(wizard, QStringLiteral("first-start-4-nb"));
}
