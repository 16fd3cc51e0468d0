#include "support/testjournals.h"
#include "support/widgets.h"

#include "access/accessreportdialog.h"
#include "access/logindialog.h"
#include "demo/democlinic.h"
#include "journal/notesdialog.h"
#include "programs/carerecordsdialog.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "common/clinictime.h"
#include "storage/notestore.h"
#include "mainwindow.h"
#include "patients/newpatientdialog.h"
#include "patients/patientjournalview.h"
#include "patients/patientsworkspace.h"
#include "storage/patientstore.h"

#include <QApplication>
#include <QDialog>
#include <QScopeGuard>
#include <QComboBox>
#include <QFile>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QLabel>
#include <QDateEdit>
#include <QLineEdit>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace trinn;

namespace {

void typeInto(QWidget *widget, const QString &text)
{
    QTest::keyClicks(widget, text);
}

} // namespace

TEST_CASE("A patient is found and opened with the keyboard only", "[ui]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    PatientStore patients(*journal);
    REQUIRE(DemoClinic::generate(*journal, {300, 2, 3}).ok());
    NewPatient kari;
    kari.nationalId = test::ids::born1985;
    kari.givenNames = QStringLiteral("Kari");
    kari.familyName = QStringLiteral("Zylstra");
    REQUIRE(patients.add(kari).ok());
    kari.nationalId = test::ids::born1990a;
    kari.givenNames = QStringLiteral("Ola");
    REQUIRE(patients.add(kari).ok());

    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    auto *search = window.findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    auto *results = window.findChild<QTableView *>(QStringLiteral("searchResults"));
    REQUIRE(search);
    REQUIRE(results);
    CHECK(QApplication::focusWidget() == search);

    SECTION("type, Down to the second match, Enter")
    {
        typeInto(QApplication::focusWidget(), QStringLiteral("zyl"));
        REQUIRE(results->model()->rowCount() == 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        CHECK(QApplication::focusWidget() == results);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(test::labelText(&window, "patientName") == QStringLiteral("Ola Zylstra"));
        CHECK_THAT(test::labelText(&window, "patientIdentity").toStdString(), Catch::Contains(test::ids::born1990a.toStdString()));
        CHECK_THAT(test::labelText(&window, "patientProgram").toStdString(), Catch::Contains("Not enrolled"));
        auto *timeline = window.patientsWorkspace()->journalView()->timeline();
        REQUIRE(timeline->topLevelItemCount() >= 1);

        // The open journal has the focus; Ctrl+F returns to the search, which
        // keeps its text, and Up from the first result row returns to it too.
        CHECK(QApplication::focusWidget() == window.patientsWorkspace()->journalView()->overviewArea());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
        CHECK(QApplication::focusWidget() == search);
        CHECK(search->text() == QStringLiteral("zyl"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        CHECK(QApplication::focusWidget() == results);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
        CHECK(QApplication::focusWidget() == search);
    }
    SECTION("type a national id and press Enter in the search field")
    {
        typeInto(QApplication::focusWidget(), test::ids::born1985);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(test::labelText(&window, "patientName") == QStringLiteral("Kari Zylstra"));
        CHECK_THAT(test::labelText(&window, "patientIdentity").toStdString(), Catch::Contains("41 years") || Catch::Contains("40 years"));
    }
    SECTION("Ctrl+F brings the search back from another workspace")
    {
        QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
        auto *pages = window.findChild<QStackedWidget *>();
        REQUIRE(pages);
        CHECK(pages->currentIndex() == MainWindow::Administration);
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        CHECK(pages->currentIndex() == MainWindow::Patients);
        CHECK(QApplication::focusWidget() == search);
    }
    SECTION("a search with no match says so")
    {
        typeInto(search, QStringLiteral("qqqq"));
        CHECK(results->model()->rowCount() == 0);
        bool said = false;
        for (QLabel *label : window.findChildren<QLabel *>())
            said = said || label->text().contains(QStringLiteral("No patient matches \"qqqq\""));
        CHECK(said);
    }
}

TEST_CASE("Search results load page by page as the list scrolls", "[ui]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    REQUIRE(DemoClinic::generate(*journal, {400, 1, 5}).ok());
    MainWindow window(*journal);
    window.show();
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    auto *results = window.findChild<QTableView *>(QStringLiteral("searchResults"));
    typeInto(search, QStringLiteral("1"));
    QAbstractItemModel *model = results->model();
    CHECK(model->rowCount() <= 100);
    const int first = model->rowCount();
    REQUIRE(model->canFetchMore({}));
    model->fetchMore({});
    CHECK(model->rowCount() > first);
}

TEST_CASE("The new-patient dialog explains a wrong id and keeps the input", "[ui]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    PatientStore patients(*journal);
    NewPatientDialog dialog(patients);
    dialog.show();
    auto *id = dialog.findChild<QLineEdit *>(QStringLiteral("nationalId"));
    auto *family = dialog.findChild<QLineEdit *>(QStringLiteral("familyName"));
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    REQUIRE(id);
    REQUIRE(problem);
    typeInto(id, QStringLiteral("15858510056"));
    CHECK(problem->text() == QStringLiteral("The second check digit does not match."));
    id->clear();
    typeInto(id, test::ids::born1985);
    CHECK(problem->text() == QStringLiteral("The patient needs a name."));
    typeInto(family, QStringLiteral("Nordmann"));
    CHECK(problem->text().isEmpty());
    dialog.accept();
    CHECK(dialog.result() == QDialog::Accepted);
    CHECK(*patients.count() == 1);

    NewPatientDialog duplicate(patients);
    duplicate.show();
    typeInto(duplicate.findChild<QLineEdit *>(QStringLiteral("nationalId")), test::ids::born1985);
    typeInto(duplicate.findChild<QLineEdit *>(QStringLiteral("familyName")), QStringLiteral("Hansen"));
    duplicate.accept();
    CHECK(duplicate.result() != QDialog::Accepted);
    CHECK_THAT(duplicate.findChild<QLabel *>(QStringLiteral("problem"))->text().toStdString(),
               Catch::Contains("already registered"));
    CHECK(duplicate.findChild<QLineEdit *>(QStringLiteral("familyName"))->text() == QStringLiteral("Hansen"));
}

TEST_CASE("A patient is enrolled in a program with the keyboard only", "[ui][programs]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    PatientStore patients(*journal);
    NewPatient kari;
    kari.nationalId = test::ids::born1985;
    kari.givenNames = QStringLiteral("Kari");
    kari.familyName = QStringLiteral("Nordmann");
    REQUIRE(patients.add(kari).ok());

    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    typeInto(QApplication::focusWidget(), QStringLiteral("nordmann"));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    REQUIRE(test::labelText(&window, "patientName") == QStringLiteral("Kari Nordmann"));

    // Ctrl+E opens the enrol dialog; choose the evening program by typing, then Enter.
    bool enrolled = false;
    QTimer::singleShot(0, [&] {
        QWidget *dialog = QApplication::activeModalWidget();
        REQUIRE(dialog);
        // Whatever happens below, the dialog must not stay open and hang the test.
        const auto closeDialog = qScopeGuard([dialog] { if (dialog->isVisible()) static_cast<QDialog *>(dialog)->reject(); });
        auto *program = dialog->findChild<QComboBox *>(QStringLiteral("program"));
        REQUIRE(program);
        CHECK(QTest::qWaitFor([&] { return QApplication::focusWidget() == program; }, 2000));
        QTest::keyClicks(program, QStringLiteral("Evening"));
        CHECK(program->currentText() == QStringLiteral("Evening program"));
        auto *plan = dialog->findChild<QTreeWidget *>();
        REQUIRE(plan);
        CHECK(plan->topLevelItemCount() == 2);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        enrolled = !dialog->isVisible();
    });
    QTest::keyClick(&window, Qt::Key_E, Qt::ControlModifier);
    CHECK(enrolled);
    CHECK_THAT(test::labelText(&window, "patientProgram").toStdString(), Catch::Contains("Evening program"));
}

TEST_CASE("The login dialog signs a staff member in and refuses a wrong password", "[ui][access]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    {
        LoginDialog first(*journal);
        first.show();
        QTest::keyClicks(first.findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("admin"));
        for (QLineEdit *edit : first.findChildren<QLineEdit *>()) {
            if (edit->objectName().isEmpty() && edit->isVisible())
                QTest::keyClicks(edit, QStringLiteral("Anne Admin"));
        }
        QTest::keyClicks(first.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("et langt passord"));
        first.accept();
        REQUIRE(first.result() == QDialog::Accepted);
        CHECK(first.actor().has(Role::Administrator));
    }
    LoginDialog login(*journal);
    login.show();
    QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("username")), QStringLiteral("admin"));
    QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("feil passord"));
    login.accept();
    CHECK(login.result() != QDialog::Accepted);
    CHECK(login.problem() == QStringLiteral("Wrong user name or password."));
    QTest::keyClicks(login.findChild<QLineEdit *>(QStringLiteral("password")), QStringLiteral("et langt passord"));
    login.accept();
    CHECK(login.result() == QDialog::Accepted);
    CHECK(login.actor().username == QStringLiteral("admin"));
}

TEST_CASE("A draft note is saved as it is typed and survives the dialog", "[ui][notes]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    NewPatient kari;
    kari.nationalId = test::ids::born1985;
    kari.givenNames = QStringLiteral("Kari");
    kari.familyName = QStringLiteral("Nordmann");
    const auto id = PatientStore(*journal).add(kari);
    REQUIRE(id.ok());
    {
        NotesDialog dialog(*journal, *id);
        dialog.show();
        dialog.newNote();
        QTest::keyClicks(dialog.editor(), QStringLiteral("Sov godt, deltok i gruppen."));
        REQUIRE(QTest::qWaitFor([&] { return dialog.problem() == QStringLiteral("Draft saved."); }, 5000));
    }
    const auto notes = NoteStore(*journal).notes(*id);
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().currentText() == QStringLiteral("Sov godt, deltok i gruppen."));
    CHECK_FALSE(notes->first().isSigned());
}

TEST_CASE("A patient's access report is saved as a PDF for printing", "[ui][access]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    NewPatient kari;
    kari.nationalId = test::ids::born1985;
    kari.givenNames = QStringLiteral("Kari");
    kari.familyName = QStringLiteral("Nordmann");
    const auto id = PatientStore(*journal).add(kari);
    REQUIRE(id.ok());
    REQUIRE(PatientStore(*journal).get(*id).ok());
    AccessReportDialog dialog(*journal, *id);
    auto *table = dialog.findChild<QTableWidget *>();
    REQUIRE(table);
    CHECK(table->rowCount() >= 2); // registered, then read
    const QString file = test::tempFolder() + QStringLiteral("/access.pdf");
    CHECK(dialog.saveAsPdf(file).isEmpty());
    QFile pdf(file);
    REQUIRE(pdf.open(QIODevice::ReadOnly));
    CHECK(pdf.read(4) == QByteArrayLiteral("%PDF"));
}

TEST_CASE("Care records are entered in one dialog and refusals give the reason", "[ui][programs]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    NewPatient kari;
    kari.nationalId = test::ids::born1985;
    kari.givenNames = QStringLiteral("Kari");
    kari.familyName = QStringLiteral("Nordmann");
    const auto id = PatientStore(*journal).add(kari);
    REQUIRE(id.ok());
    CareRecordsDialog early(*journal, *id);
    early.recordCoercion();
    CHECK(early.problem() == QStringLiteral("Enrol the patient in a program first."));
    REQUIRE(EpisodeStore(*journal).enrol({*id, QStringLiteral("specialist-pathway"), clinictime::today(), {}, {}}).ok());

    CareRecordsDialog dialog(*journal, *id);
    dialog.show();
    dialog.recordCoercion();
    CHECK_THAT(dialog.problem().toStdString(), Catch::Contains("legal basis"));
    dialog.findChild<QLineEdit *>(QStringLiteral("legalBasis"))->setText(QStringLiteral("Helse- og omsorgstjenesteloven § 10-2"));
    dialog.findChild<QLineEdit *>(QStringLiteral("decidedBy"))->setText(QStringLiteral("Kommunen"));
    dialog.recordCoercion();
    CHECK_THAT(dialog.problem().toStdString(), Catch::Contains("decided by the county board"));
    dialog.findChild<QLineEdit *>(QStringLiteral("decidedBy"))->setText(QStringLiteral("Fylkesnemnda"));
    dialog.findChild<QDateEdit *>(QStringLiteral("coercionUntil"))->setDate(clinictime::today().addMonths(12));
    dialog.recordCoercion();
    CHECK_THAT(dialog.problem().toStdString(), Catch::Contains("allows at most 3 months"));
    dialog.findChild<QDateEdit *>(QStringLiteral("coercionUntil"))->setDate(clinictime::today().addMonths(3));
    dialog.recordCoercion();
    CHECK(dialog.problem() == QStringLiteral("Coercion recorded."));
    const qint64 episode = EpisodeStore(*journal).episodesOf(*id)->first().id;
    CHECK(CareRecordStore(*journal).coercions(episode)->size() == 1);
    dialog.recordFamilyStay();
    CHECK_THAT(dialog.problem().toStdString(), Catch::Contains("needs") || Catch::Contains("Name the relative"));
}
