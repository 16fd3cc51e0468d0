#include "support/testjournals.h"

#include "common/clinictime.h"
#include "mainwindow.h"
#include "programs/builtinprograms.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"
#include "storage/substanceteststore.h"
#include "testing/testboardmodel.h"

#include <QApplication>
#include <QLabel>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

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

void key(Qt::Key k, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    REQUIRE(target);
    QTest::keyClick(target, k, modifiers);
}

} // namespace

TEST_CASE("A nurse records 30 tests without touching the mouse", "[ui][testing]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    admitThirty(*journal);
    QSettings().setValue(QStringLiteral("testing/takenBy"), QStringLiteral("Sykepleier Test"));

    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    key(Qt::Key_2, Qt::ControlModifier);
    auto *board = window.findChild<QTableView *>(QStringLiteral("testBoard"));
    REQUIRE(board);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board; }, 2000));
    REQUIRE(board->model()->rowCount() == 30);

    // Type-ahead: "nummerk" jumps to the eleventh patient; start there and go round.
    QTest::keyClicks(board, QStringLiteral("nummerk"));
    CHECK(board->currentIndex().data().toString() == QStringLiteral("NummerK, Pasient"));

    for (int i = 0; i < 30; ++i) {
        key(Qt::Key_Return); // open the entry for the selected patient
        if (i % 5 == 0) {
            key(Qt::Key_Tab); // supervised
            key(Qt::Key_Tab); // positive for
            QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("thc"));
        }
        key(Qt::Key_Return); // save, and on to the next patient not yet tested
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
        CHECK(history->first().results.size() == 11);
    }
    CHECK(positives == 6);
}

TEST_CASE("A typo in the substances is explained and nothing is saved", "[ui][testing]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    admitThirty(*journal);
    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    key(Qt::Key_2, Qt::ControlModifier);
    auto *board = window.findChild<QTableView *>(QStringLiteral("testBoard"));
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board; }, 2000));
    key(Qt::Key_Return);
    key(Qt::Key_Tab);
    key(Qt::Key_Tab);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("thx"));
    key(Qt::Key_Return);
    auto *problem = window.findChild<QLabel *>(QStringLiteral("entryProblem"));
    REQUIRE(problem);
    CHECK_THAT(problem->text().toStdString(), Catch::Contains("\"thx\" is not a substance code"));
    CHECK(qobject_cast<TestBoardModel *>(board->model())->untestedCount() == 30);
    key(Qt::Key_Escape);
    CHECK(QApplication::focusWidget() == board);
}
