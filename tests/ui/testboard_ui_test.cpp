#include "support/testjournals.h"
#include "support/widgets.h"

#include "common/clinictime.h"
#include "mainwindow.h"
#include "programs/builtinprograms.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"
#include "storage/substanceteststore.h"
#include "testing/testboardmodel.h"
#include "testing/testhistorydialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>

using namespace trinn;

namespace {

void admitThirty(Journal &journal)
{
    EpisodeStore episodes(journal);
    const QDate today = clinictime::today();
    int made = 0;
    for (int n = 0; made < 30; ++n) {
        const auto id = NationalId::make(QDate(1960, 1, 1).addDays(n * 173), 100 + n, NationalId::Kind::BirthNumber, true);
        if (!id)
            continue;
        NewPatient p;
        p.nationalId = id->digits();
        p.givenNames = QStringLiteral("Pasient");
        p.familyName = QStringLiteral("Nummer%1").arg(QChar(u'A' + made));
        const auto patient = PatientStore(journal).add(p);
        REQUIRE(patient.ok());
        const auto episode = episodes.enrol({*patient, BuiltinPrograms::residential, today.addDays(-5), {}, {}});
        REQUIRE(episode.ok());
        REQUIRE(episodes.startPhase(episodes.episode(*episode)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-5)).ok());
        ++made;
    }
}

qint64 signInNurse(Journal &journal, const QString &username, const QString &fullName)
{
    const auto id = StaffStore(journal).add(username, fullName, {Role::Nurse}, QStringLiteral("et langt passord"));
    REQUIRE(id.ok());
    const auto actor = StaffStore(journal).signIn(username, QStringLiteral("et langt passord"));
    REQUIRE(actor.ok());
    journal.setActor(*actor);
    return *id;
}

QTableView *openBoard(MainWindow &window)
{
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : &window, Qt::Key_2, Qt::ControlModifier);
    auto *board = window.findChild<QTableView *>(QStringLiteral("testBoard"));
    REQUIRE(board);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board; }, 2000));
    return board;
}

// Once the question is answered and gone, the board's window is active
// again (the offscreen platform does not hand activation back by itself).
void answered(QWidget &window)
{
    REQUIRE(QTest::qWaitFor([] { return QApplication::activeModalWidget() == nullptr; }, 2000));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

} // namespace

TEST_CASE("A nurse records 30 tests without touching the mouse", "[ui][testing]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    admitThirty(*journal);
    const qint64 nurse = signInNurse(*journal, QStringLiteral("test"), QStringLiteral("Sykepleier Test"));

    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::pressKey(Qt::Key_2, Qt::ControlModifier);
    auto *board = window.findChild<QTableView *>(QStringLiteral("testBoard"));
    REQUIRE(board);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board; }, 2000));
    REQUIRE(board->model()->rowCount() == 30);

    // Type-ahead: "nummerk" jumps to the eleventh patient; start there and go round.
    QTest::keyClicks(board, QStringLiteral("nummerk"));
    CHECK(board->currentIndex().data().toString() == QStringLiteral("NummerK, Pasient"));

    for (int i = 0; i < 30; ++i) {
        test::pressKey(Qt::Key_Return); // open the entry for the selected patient
        if (i % 5 == 0) {
            test::pressKey(Qt::Key_Tab); // supervised
            test::pressKey(Qt::Key_Tab); // positive for
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("thc"));
        }
        test::pressKey(Qt::Key_Return); // save, and on to the next patient not yet tested
        REQUIRE(QApplication::focusWidget() == board);
    }

    auto *model = qobject_cast<TestBoardModel *>(board->model());
    REQUIRE(model);
    CHECK(model->untestedCount() == 0);
    CHECK(model->flaggedCount() == 6);
    auto *summary = window.findChild<QLabel *>(QStringLiteral("boardSummary"));
    CHECK_THAT(summary->text().toStdString(), Catch::Contains("30 tested") && Catch::Contains("<b>0 missing</b>"));

    const auto rows = SubstanceTestStore(*journal).board(clinictime::today());
    REQUIRE(rows.ok());
    int positives = 0;
    for (const auto &row : *rows) {
        CHECK_FALSE(row.outcome.isEmpty());
        positives += row.outcome == QStringLiteral("positive") ? 1 : 0;
        const auto history = SubstanceTestStore(*journal).history(row.patientId);
        REQUIRE(history->size() == 1);
        CHECK(history->first().takenBy == QStringLiteral("Sykepleier Test"));
        CHECK(history->first().takenById == nurse);
        CHECK(history->first().results.size() == 11);
    }
    CHECK(positives == 6);
}

TEST_CASE("A typo in the substances is explained and nothing is saved", "[ui][testing]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    admitThirty(*journal);
    signInNurse(*journal, QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"));
    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::pressKey(Qt::Key_2, Qt::ControlModifier);
    auto *board = window.findChild<QTableView *>(QStringLiteral("testBoard"));
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board; }, 2000));
    test::pressKey(Qt::Key_Return);
    test::pressKey(Qt::Key_Tab);
    test::pressKey(Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("thx"));
    test::pressKey(Qt::Key_Return);
    auto *problem = window.findChild<QLabel *>(QStringLiteral("entryProblem"));
    REQUIRE(problem);
    CHECK_THAT(problem->text().toStdString(), Catch::Contains("\"thx\" is not a substance code"));
    CHECK(qobject_cast<TestBoardModel *>(board->model())->untestedCount() == 30);
    test::pressKey(Qt::Key_Escape);
    CHECK(QApplication::focusWidget() == board);
}

TEST_CASE("Taken by shows the signed-in nurse", "[ui][testing]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    admitThirty(*journal);
    REQUIRE(StaffStore(*journal).add(QStringLiteral("per"), QStringLiteral("Per Pleier"), {Role::Nurse},
                                     QStringLiteral("et langt passord")).ok());
    const qint64 nina = signInNurse(*journal, QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"));
    MainWindow window(*journal);
    QTableView *board = openBoard(window);

    test::pressKey(Qt::Key_Return);
    auto *takenBy = window.findChild<QComboBox *>(QStringLiteral("takenBy"));
    REQUIRE(takenBy);
    CHECK(takenBy->currentText() == QStringLiteral("Nina Sykepleier"));
    CHECK_FALSE(takenBy->isEditable()); // from the register only, never free text
    QStringList items;
    for (int i = 0; i < takenBy->count(); ++i)
        items << takenBy->itemText(i);
    CHECK(items == QStringList{QStringLiteral("Nina Sykepleier"), QStringLiteral("Per Pleier")});

    // Saved as the signed-in nurse, by her staff id.
    const qint64 first = board->currentIndex().data(TestBoardModel::PatientIdRole).toLongLong();
    test::pressKey(Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == board);
    auto history = SubstanceTestStore(*journal).history(first);
    REQUIRE(history->size() == 1);
    CHECK(history->first().takenById == nina);
    CHECK(history->first().recordedById == nina);

    // Another nurse from the register, chosen by keyboard; the one signed in still records.
    const qint64 second = board->currentIndex().data(TestBoardModel::PatientIdRole).toLongLong();
    REQUIRE(second != first);
    test::pressKey(Qt::Key_Return);
    for (int i = 0; i < 5; ++i)
        test::pressKey(Qt::Key_Tab); // sample, supervised, positive for, refused, lab, taken by
    REQUIRE(QApplication::focusWidget() == takenBy);
    test::pressKey(Qt::Key_Down);
    CHECK(takenBy->currentText() == QStringLiteral("Per Pleier"));
    test::pressKey(Qt::Key_Return);
    history = SubstanceTestStore(*journal).history(second);
    REQUIRE(history->size() == 1);
    CHECK(history->first().takenBy == QStringLiteral("Per Pleier"));
    CHECK(history->first().recordedById == nina);
}

TEST_CASE("A second test of the day asks whether it corrects the first", "[ui][testing]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    admitThirty(*journal);
    signInNurse(*journal, QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"));
    MainWindow window(*journal);
    QTableView *board = openBoard(window);
    auto *model = qobject_cast<TestBoardModel *>(board->model());
    REQUIRE(model);

    // The first patient: positive for amphetamine.
    const qint64 patient = board->currentIndex().data(TestBoardModel::PatientIdRole).toLongLong();
    test::pressKey(Qt::Key_Return);
    test::pressKey(Qt::Key_Tab);
    test::pressKey(Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("amp"));
    test::pressKey(Qt::Key_Return);
    REQUIRE(QApplication::focusWidget() == board);
    CHECK(model->flaggedCount() == 1);

    // Back to her, and a negative test typed in: the question, not an overwrite.
    test::pressKey(Qt::Key_Up);
    REQUIRE(board->currentIndex().data(TestBoardModel::PatientIdRole).toLongLong() == patient);
    test::pressKey(Qt::Key_Return);
    test::pressKey(Qt::Key_Return);
    QDialog *question = nullptr;
    REQUIRE(QTest::qWaitFor([&] {
        question = window.findChild<QDialog *>(QStringLiteral("sameDayDialog"));
        return question && question->isVisible();
    }, 2000));
    auto *text = question->findChild<QLabel *>(QStringLiteral("sameDayQuestion"));
    REQUIRE(text);
    CHECK_THAT(text->text().toStdString(), Catch::Contains("Pasient Nummer") && Catch::Contains(" already has a test on")
                                               && Catch::Contains("(positive for amphetamine)")
                                               && Catch::Contains("Is this a correction of it (give the reason) or a second sample?"));
    CHECK(SubstanceTestStore(*journal).history(patient)->size() == 1);

    // Enter without an answer explains; a correction without a reason too.
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == question->findChild<QRadioButton *>(QStringLiteral("correction")); }, 2000));
    test::pressKey(Qt::Key_Return);
    auto *problem = question->findChild<QLabel *>(QStringLiteral("sameDayProblem"));
    CHECK_THAT(problem->text().toStdString(), Catch::Contains("correction of the first test or a second sample"));
    test::pressKey(Qt::Key_Space); // a correction
    test::pressKey(Qt::Key_Return);
    CHECK_THAT(problem->text().toStdString(), Catch::Contains("needs its reason"));
    REQUIRE(QApplication::focusWidget() == question->findChild<QLineEdit *>(QStringLiteral("correctionReason")));
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Read the wrong cup"));
    test::pressKey(Qt::Key_Return);
    answered(window);
    INFO(window.findChild<QLabel *>(QStringLiteral("entryProblem"))->text().toStdString());
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board; }, 2000));

    // One sample, now in its second version; the first is kept.
    const auto history = SubstanceTestStore(*journal).history(patient);
    REQUIRE(history->size() == 1);
    CHECK(history->first().version == 2);
    CHECK(history->first().outcome == QStringLiteral("negative"));
    CHECK(history->first().correctionReason == QStringLiteral("Read the wrong cup"));
    CHECK(history->first().recordedBy == QStringLiteral("Nina Sykepleier"));
    const auto versions = SubstanceTestStore(*journal).versions(history->first().id);
    REQUIRE(versions->size() == 2);
    CHECK(versions->first().outcome == QStringLiteral("positive"));
    CHECK(model->flaggedCount() == 0);

    // A second sample of the same patient: kept beside the first.
    REQUIRE(board->currentIndex().data(TestBoardModel::PatientIdRole).toLongLong() != patient);
    test::pressKey(Qt::Key_Up);
    test::pressKey(Qt::Key_Return);
    test::pressKey(Qt::Key_Tab);
    test::pressKey(Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("thc"));
    test::pressKey(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] {
        question = window.findChild<QDialog *>(QStringLiteral("sameDayDialog"));
        return question && question->isVisible();
    }, 2000));
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == question->findChild<QRadioButton *>(QStringLiteral("correction")); }, 2000));
    test::pressKey(Qt::Key_Down); // to "a second sample"
    test::pressKey(Qt::Key_Space);
    CHECK(question->findChild<QRadioButton *>(QStringLiteral("secondSample"))->isChecked());
    test::pressKey(Qt::Key_Return);
    answered(window);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board; }, 2000));
    CHECK(SubstanceTestStore(*journal).history(patient)->size() == 2);
    CHECK(model->flaggedCount() == 1); // the second sample's THC is not hidden by the first

    // Ctrl+H: every version, with its author, time and reason.
    test::pressKey(Qt::Key_Up);
    REQUIRE(board->currentIndex().data(TestBoardModel::PatientIdRole).toLongLong() == patient);
    QStringList rows;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("testHistory"));
        REQUIRE(table);
        for (int r = 0; r < table->rowCount(); ++r) {
            QStringList cells;
            for (int column : {5, 7, 9})
                cells << table->item(r, column)->text();
            CHECK_FALSE(table->item(r, 8)->text().isEmpty()); // the time it was written
            rows << cells.join(QStringLiteral(" | "));
        }
        dialog->reject();
    });
    test::pressKey(Qt::Key_H, Qt::ControlModifier);
    CHECK(rows == QStringList{QStringLiteral("1: recorded | Nina Sykepleier | "),
                              QStringLiteral("2: corrected | Nina Sykepleier | Read the wrong cup"),
                              QStringLiteral("1: recorded, replaced | Nina Sykepleier | ")});
}

TEST_CASE("A name that matches no staff member is shown as unverified", "[ui][testing]")
{
    CHECK(TestHistoryDialog::staffName(QStringLiteral("root"), false) == QStringLiteral("root (unverified)"));
    CHECK(TestHistoryDialog::staffName(QStringLiteral("Nina Sykepleier"), true) == QStringLiteral("Nina Sykepleier"));
}
