#include "support/testjournals.h"

#include "journalchooser.h"
#include "session.h"
#include "shell/firststartwizard.h"
#include "storage/intakestore.h"
#include "storage/staffstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

// The first start on a workstation that knows no journal: the assistant
// opens one that exists or makes one, with its first administrator and the
// clinic's rooms and beds. Driven here by keyboard only.

using namespace trinn;

namespace {

QWidget *focused()
{
    QWidget *widget = QApplication::focusWidget();
    REQUIRE(widget);
    return widget;
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
    QTest::qWait(modifiers & Qt::AltModifier ? 300 : 20);
}

QString problemOn(FirstStartWizard &wizard)
{
    QStringList shown;
    for (const QLabel *label : wizard.currentPage()->findChildren<QLabel *>()) {
        if (label->isVisible() && label->palette().color(QPalette::WindowText) != wizard.palette().color(QPalette::WindowText))
            shown << label->text();
    }
    return shown.join(u' ');
}

} // namespace

TEST_CASE("The first-start assistant makes a journal with its administrator and beds by keyboard", "[ui][shell][firststart]")
{
    const QString path = test::tempFolder() + QStringLiteral("/first-start/clinic.trinn");
    FirstStartWizard wizard(path);
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));
    REQUIRE(wizard.currentId() == FirstStartWizard::ChoosePage);
    CHECK(wizard.findChild<QLineEdit *>(QStringLiteral("journalLocation"))->text() == path);

    // A new journal (the choice already made), where it was suggested: Enter goes on.
    key(Qt::Key_Return);
    REQUIRE(wizard.currentId() == FirstStartWizard::AdministratorPage);

    // Full name, user name, a password too short: refused on the page, with the rule's reason.
    wizard.findChild<QLineEdit *>(QStringLiteral("fullName"))->setFocus();
    type(QStringLiteral("Berit Administrator"));
    key(Qt::Key_Tab);
    type(QStringLiteral("berit"));
    key(Qt::Key_Tab);
    type(QStringLiteral("kort"));
    key(Qt::Key_Tab);
    type(QStringLiteral("kort"));
    key(Qt::Key_Return);
    CHECK(wizard.currentId() == FirstStartWizard::AdministratorPage);
    CHECK(problemOn(wizard).contains(QStringLiteral("10 characters")));
    // Two passwords that differ: refused too.
    wizard.findChild<QLineEdit *>(QStringLiteral("password"))->setFocus();
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("et-langt-passord"));
    key(Qt::Key_Tab);
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("et-langt-passorD"));
    key(Qt::Key_Return);
    CHECK(wizard.currentId() == FirstStartWizard::AdministratorPage);
    CHECK(problemOn(wizard).contains(QStringLiteral("differ")));
    key(Qt::Key_Backspace);
    type(QStringLiteral("d"));
    key(Qt::Key_Return);
    REQUIRE(wizard.currentId() == FirstStartWizard::ClinicPage);
    CHECK_FALSE(QFileInfo::exists(path)); // nothing is made before the last step

    // The site, then the rooms, one a line; Tab leaves the rooms for the button.
    wizard.findChild<QLineEdit *>(QStringLiteral("site"))->setFocus();
    key(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("Hovedhuset"));
    key(Qt::Key_Tab);
    type(QStringLiteral("Rom 1: 2"));
    key(Qt::Key_Return);
    type(QStringLiteral("Rom 2"));
    key(Qt::Key_Return);
    type(QStringLiteral("Annekset / Rom 5: 1"));
    key(Qt::Key_M, Qt::AltModifier); // Make the journal
    REQUIRE(wizard.currentId() == FirstStartWizard::DonePage);
    const QString done = wizard.findChild<QLabel *>(QStringLiteral("done"))->text();
    CHECK(done.contains(QStringLiteral("verification key")));
    CHECK(done.contains(QStringLiteral("Beds: 4")));
    key(Qt::Key_Return);
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK(wizard.creates());
    CHECK(wizard.location() == path);

    std::unique_ptr<Journal> journal = wizard.takeJournal();
    REQUIRE(journal);
    CHECK(journal->actor().username == QStringLiteral("berit"));
    CHECK(journal->actor().has(Role::Administrator));
    CHECK(journal->kind() == JournalKind::Clinic);
    const Result<QList<Bed>> beds = BedStore(*journal).beds();
    REQUIRE(beds);
    QStringList where;
    for (const Bed &bed : *beds)
        where << bed.site + QStringLiteral(" / ") + bed.room + QStringLiteral(" / ") + bed.label;
    where.sort();
    CHECK(where == QStringList{QStringLiteral("Annekset / Rom 5 / 1"), QStringLiteral("Hovedhuset / Rom 1 / 1"),
                               QStringLiteral("Hovedhuset / Rom 1 / 2"), QStringLiteral("Hovedhuset / Rom 2 / 1")});
    journal.reset();

    // Opened again as any journal is: finished, sealed, and the administrator signs in.
    Result<std::unique_ptr<Journal>> again = Journal::open(path);
    REQUIRE(again);
    const Result<Actor> signedIn = StaffStore(**again).signIn(QStringLiteral("berit"), QStringLiteral("et-langt-passord"));
    REQUIRE(signedIn);
    CHECK(signedIn->fullName == QStringLiteral("Berit Administrator"));
}

TEST_CASE("The first-start assistant opens a journal that exists", "[ui][shell][firststart]")
{
    std::unique_ptr<Journal> existing = test::createJournal(test::Backend::SQLite);
    const QString path = existing->location().filePath;
    existing.reset();
    FirstStartWizard wizard(test::tempFolder() + QStringLiteral("/unused.trinn"));
    wizard.show();
    REQUIRE(QTest::qWaitForWindowExposed(&wizard));

    // A file that exists is not made again.
    auto *location = wizard.findChild<QLineEdit *>(QStringLiteral("journalLocation"));
    location->setFocus();
    key(Qt::Key_A, Qt::ControlModifier);
    type(path);
    key(Qt::Key_Return);
    CHECK(wizard.currentId() == FirstStartWizard::ChoosePage);
    CHECK(problemOn(wizard).contains(QStringLiteral("exists already")));

    key(Qt::Key_O, Qt::AltModifier); // Open a journal that exists
    location->setFocus();
    key(Qt::Key_Return); // Finish
    CHECK(wizard.result() == QDialog::Accepted);
    CHECK_FALSE(wizard.creates());
    CHECK(wizard.location() == path);
    CHECK_FALSE(wizard.takeJournal());
}

TEST_CASE("The rooms of the first start are read one a line", "[ui][shell][firststart]")
{
    const Result<QList<FirstStartWizard::Room>> rooms =
        FirstStartWizard::parseRooms(QStringLiteral("Huset"), QStringLiteral("Rom 1: 3\n\n  Rom 2  \nAnneks / Rom 9:1\n"));
    REQUIRE(rooms);
    REQUIRE(rooms->size() == 3);
    CHECK(rooms->at(0).site == QStringLiteral("Huset"));
    CHECK(rooms->at(0).beds == 3);
    CHECK(rooms->at(1).room == QStringLiteral("Rom 2"));
    CHECK(rooms->at(1).beds == 1);
    CHECK(rooms->at(2).site == QStringLiteral("Anneks"));
    CHECK(rooms->at(2).room == QStringLiteral("Rom 9"));
    const Result<QList<FirstStartWizard::Room>> wrong = FirstStartWizard::parseRooms(QStringLiteral("Huset"), QStringLiteral("Rom 1: 2\nRom: to"));
    REQUIRE_FALSE(wrong);
    CHECK(wrong.error().contains(QStringLiteral("Line 2")));
    CHECK_FALSE(FirstStartWizard::parseRooms(QStringLiteral("Huset"), QStringLiteral("Rom 1: 0")));
}

TEST_CASE("Only a start that knows no journal is a first start", "[ui][shell][firststart]")
{
    QSettings().clear();
    QFile::remove(JournalChooser::defaultLocation());
    CHECK(DesktopSession::isFirstStart(QString()));
    CHECK_FALSE(DesktopSession::isFirstStart(QStringLiteral("/somewhere/clinic.trinn")));
    JournalChooser::rememberLocation(QStringLiteral("/somewhere/clinic.trinn"));
    CHECK_FALSE(DesktopSession::isFirstStart(QString()));
    QSettings().clear();
    // A journal an earlier Trinn made in the default place without asking is known.
    QDir().mkpath(QFileInfo(JournalChooser::defaultLocation()).absolutePath());
    QFile made(JournalChooser::defaultLocation());
    REQUIRE(made.open(QIODevice::WriteOnly));
    made.close();
    CHECK_FALSE(DesktopSession::isFirstStart(QString()));
    QFile::remove(JournalChooser::defaultLocation());
}
