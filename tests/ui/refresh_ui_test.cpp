#include "support/testjournals.h"
#include "support/widgets.h"

#include "common/clinictime.h"
#include "mainwindow.h"
#include "patients/nationalid.h"
#include "programs/builtinprograms.h"
#include "storage/episodestore.h"
#include "storage/journalchanges.h"
#include "storage/patientstore.h"
#include "testing/testboardmodel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace trinn;
using trinn::test::Backend;

namespace {

// Registers a patient and admits them to the residential program's first
// phase, which puts them on today's test board.
void admitResidentialPatient(Journal &journal, const QString &familyName, int n)
{
    const QDate today = clinictime::today();
    std::optional<NationalId> id;
    for (int tries = 0; !id && tries < 50; ++tries) {
        if (auto made = NationalId::make(QDate(1960, 1, 1).addDays((n + tries * 17) * 173), 100 + n, NationalId::Kind::BirthNumber, true))
            id = *made;
    }
    REQUIRE(id);
    NewPatient p;
    p.nationalId = id->digits();
    p.givenNames = QStringLiteral("Pasient");
    p.familyName = familyName;
    const auto patient = PatientStore(journal).add(p);
    INFO(patient.error().toStdString());
    REQUIRE(patient.ok());
    EpisodeStore episodes(journal);
    const auto episode = episodes.enrol({*patient, BuiltinPrograms::residential, today.addDays(-5), {}, {}});
    INFO(episode.error().toStdString());
    REQUIRE(episode.ok());
    REQUIRE(episodes.startPhase(episodes.episode(*episode)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-5)).ok());
}

std::unique_ptr<Journal> open(const QString &location, Journal::OpenMode mode)
{
    Result<std::unique_ptr<Journal>> journal = Journal::open(location, {mode, JournalKind::Demo});
    INFO(journal.error().toStdString());
    REQUIRE(journal.ok());
    return std::move(*journal);
}

QString selectedName(const QTableView *board)
{
    return board->currentIndex().siblingAtColumn(TestBoardModel::PatientColumn).data().toString();
}

} // namespace

TEST_CASE("The test board shows a patient admitted on another workstation within seconds", "[ui][testing][changes]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    std::unique_ptr<Journal> here = open(location, Journal::OpenMode::CreateIfMissing);
    admitResidentialPatient(*here, QStringLiteral("Nordmann"), 1);
    std::unique_ptr<Journal> elsewhere = open(location, Journal::OpenMode::OpenExisting);

    MainWindow window(*here);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    test::pressKey(Qt::Key_2, Qt::ControlModifier);
    auto *board = window.findChild<QTableView *>(QStringLiteral("testBoard"));
    REQUIRE(board);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board; }, 2000));
    REQUIRE(board->model()->rowCount() == 1);
    CHECK(selectedName(board) == QStringLiteral("Nordmann, Pasient"));

    // Sorted before the first, so the selection has to follow its patient.
    admitResidentialPatient(*elsewhere, QStringLiteral("Aas"), 2);
    QElapsedTimer waited;
    waited.start();
    REQUIRE(QTest::qWaitFor([&] { return board->model()->rowCount() == 2; }, 5000));
    CHECK(waited.elapsed() < 5000);
    CHECK(board->model()->index(0, TestBoardModel::PatientColumn).data().toString() == QStringLiteral("Aas, Pasient"));
    CHECK(selectedName(board) == QStringLiteral("Nordmann, Pasient"));
    CHECK(QApplication::focusWidget() == board);

    SECTION("the nurse's own save reads the board once, not once more when the change is announced")
    {
        QSettings().setValue(QStringLiteral("testing/takenBy"), QStringLiteral("Sykepleier Test"));
        QSignalSpy loads(board->model(), &QAbstractItemModel::modelReset);
        test::pressKey(Qt::Key_Return); // record a test for the selected patient
        test::pressKey(Qt::Key_Return); // save
        QTest::qWait(300);
        CHECK(board->model()->index(1, TestBoardModel::StatusColumn).data(TestBoardModel::OutcomeRole).toString() != QString());
        CHECK(loads.count() == 1);
    }

    SECTION("a hidden board reads the journal again when it is next shown, not before")
    {
        test::pressKey(Qt::Key_1, Qt::ControlModifier);
        REQUIRE_FALSE(board->isVisible());
        admitResidentialPatient(*elsewhere, QStringLiteral("Berg"), 3);
        // Long enough for the change to arrive (SQLite looks once a second).
        QTest::qWait(2 * JournalChanges::sqlitePollMilliseconds + 500);
        CHECK(board->model()->rowCount() == 2);
        test::pressKey(Qt::Key_2, Qt::ControlModifier);
        CHECK(board->model()->rowCount() == 3);
        CHECK(selectedName(board) == QStringLiteral("Nordmann, Pasient"));
    }
}
