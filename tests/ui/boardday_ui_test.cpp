#include "support/testjournals.h"
#include "support/widgets.h"

#include "common/clinictime.h"
#include "journal/notesdialog.h"
#include "mainwindow.h"
#include "programs/builtinprograms.h"
#include "storage/episodestore.h"
#include "storage/intakestore.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"
#include "storage/substanceteststore.h"
#include "testing/labimportproblems.h"
#include "testing/testboardmodel.h"
#include "testing/testboardworkspace.h"
#include "testing/testhistorydialog.h"

#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScatterSeries>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QValueAxis>

using namespace trinn;

namespace {

// `count` patients admitted five days ago to `program`, in its first residential phase.
QList<qint64> admitPatients(Journal &journal, const QString &program, const QString &familyPrefix, int count, int seed)
{
    EpisodeStore episodes(journal);
    const QDate today = clinictime::today();
    QList<qint64> admitted;
    for (int n = 0; admitted.size() < count; ++n) {
        const auto id = NationalId::make(QDate(1960 + seed, 1, 1).addDays(n * 173), 100 + n, NationalId::Kind::BirthNumber, true);
        if (!id)
            continue;
        NewPatient p;
        p.nationalId = id->digits();
        p.givenNames = QStringLiteral("Pasient");
        p.familyName = familyPrefix + QChar(char16_t(u'A' + admitted.size()));
        const auto patient = PatientStore(journal).add(p);
        REQUIRE(patient.ok());
        const auto episode = episodes.enrol({*patient, program, today.addDays(-5), {}, {}});
        INFO(episode.error().toStdString());
        REQUIRE(episode.ok());
        // The phases before the first residential one are lived through first (a referral's assessment).
        const Episode e = *episodes.episode(*episode);
        bool inBed = false;
        for (const Phase &ph : e.phases) {
            const QDate on = today.addDays(ph.residential ? -5 : -8);
            const auto started = episodes.startPhase(ph.id, on);
            INFO(started.error().toStdString());
            REQUIRE(started.ok());
            if (ph.residential) {
                inBed = true;
                break;
            }
            REQUIRE(episodes.completePhase(ph.id, today.addDays(-5)).ok());
        }
        REQUIRE(inBed);
        admitted << *patient;
    }
    return admitted;
}

void signInNurseSiri(Journal &journal)
{
    REQUIRE(StaffStore(journal).add(QStringLiteral("siri"), QStringLiteral("Siri Sykepleier"), {Role::Nurse},
                                    QStringLiteral("et langt passord")).ok());
    const auto actor = StaffStore(journal).signIn(QStringLiteral("siri"), QStringLiteral("et langt passord"));
    REQUIRE(actor.ok());
    journal.setActor(*actor);
}

// Alt+letter, and the time a mnemonic's animation takes.
void mnemonic(Qt::Key k)
{
    test::pressKey(k, Qt::AltModifier);
    QTest::qWait(300);
}

struct Board
{
    std::unique_ptr<MainWindow> window;
    QTableView *table = nullptr;
    TestBoardModel *model = nullptr;
    TestBoardWorkspace *workspace = nullptr;
};

Board openBoardWindow(Journal &journal)
{
    Board b;
    b.window = std::make_unique<MainWindow>(journal);
    b.window->show();
    REQUIRE(QTest::qWaitForWindowExposed(b.window.get()));
    b.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(b.window.get()));
    test::pressKey(Qt::Key_2, Qt::ControlModifier);
    b.table = b.window->findChild<QTableView *>(QStringLiteral("testBoard"));
    REQUIRE(b.table);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == b.table; }, 2000));
    b.model = qobject_cast<TestBoardModel *>(b.table->model());
    b.workspace = b.window->findChild<TestBoardWorkspace *>();
    REQUIRE(b.model);
    REQUIRE(b.workspace);
    return b;
}

int auditCount(Journal &journal, const QString &what)
{
    auto rows = RawSqlForTests::run(journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE what = ?"), {what});
    REQUIRE(rows.ok());
    REQUIRE(rows->next());
    return rows->value(0).toInt();
}

} // namespace

TEST_CASE("A test entered for yesterday on the board asks why it is late and keeps the reason", "[ui][testing][late]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const QList<qint64> patients = admitPatients(*journal, BuiltinPrograms::residential, QStringLiteral("Nummer"), 3, 0);
    signInNurseSiri(*journal);
    Board board = openBoardWindow(*journal);
    const QDate yesterday = clinictime::today().addDays(-1);

    // Alt+D: the day; typed, Enter shows that day's board.
    mnemonic(Qt::Key_D);
    auto *day = board.window->findChild<QDateEdit *>(QStringLiteral("boardDay"));
    REQUIRE(QApplication::focusWidget() == day);
    // Alt+D selects the whole date; its digits typed replace it (QDateEdit
    // takes the separators as section moves, so they are left out).
    QTest::keyClicks(day, yesterday.toString(QStringLiteral("ddMMyyyy")));
    INFO("typed: " << day->text().toStdString());
    test::pressKey(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return board.model->day() == yesterday; }, 2000));
    REQUIRE(board.model->rowCount() == 3);

    // Back in the list (Escape from the entry form's side is not needed: the list is a Tab away).
    board.table->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board.table; }, 2000));
    const qint64 first = board.model->row(board.table->currentIndex().row()).patientId;
    test::pressKey(Qt::Key_Return); // record
    auto *late = board.window->findChild<QLineEdit *>(QStringLiteral("lateReason"));
    REQUIRE(late);
    CHECK(late->isVisible());
    test::pressKey(Qt::Key_Return); // save at once: the day is asked about, nothing is saved
    auto *problem = board.window->findChild<QLabel *>(QStringLiteral("entryProblem"));
    CHECK_THAT(problem->text().toStdString(), Catch::Contains("earlier day") && Catch::Contains("late"));
    CHECK(QApplication::focusWidget() == late);
    SubstanceTestStore tests(*journal);
    CHECK(tests.testsOn(first, yesterday)->isEmpty());

    QTest::keyClicks(late, QStringLiteral("Glemt i går kveld"));
    test::pressKey(Qt::Key_Return);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == board.table; }, 2000));
    const auto saved = tests.testsOn(first, yesterday);
    REQUIRE(saved.ok());
    REQUIRE(saved->size() == 1);
    CHECK(saved->first().correctionReason == QStringLiteral("Glemt i går kveld"));
    CHECK(clinictime::local(saved->first().sampledAt).date() == yesterday);
    CHECK(tests.testsOn(first, clinictime::today())->isEmpty());
    CHECK(auditCount(*journal, QStringLiteral("recorded a substance test late")) == 1);
    CHECK(board.model->untestedCount() == 2);
}

TEST_CASE("recordLate refuses a late test without its reason and a test of today", "[storage][testing][late]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const QList<qint64> patients = admitPatients(*journal, BuiltinPrograms::residential, QStringLiteral("Nummer"), 1, 0);
    SubstanceTestStore tests(*journal);
    SubstanceTest t;
    t.patientId = patients.first();
    t.sampledAt = clinictime::at(clinictime::today().addDays(-2), QTime(8, 15));
    for (const QString &code : Analytes::panel(false))
        t.results.append({code, false, std::nullopt, QString(), std::nullopt, QString()});
    CHECK_THAT(tests.recordLate(t, QStringLiteral("  ")).error().toStdString(), Catch::Contains("earlier day"));
    SubstanceTest now = t;
    now.sampledAt = clinictime::now().addSecs(-60);
    CHECK_FALSE(tests.recordLate(now, QStringLiteral("why")).ok());
    const auto id = tests.recordLate(t, QStringLiteral("Lab-skjema kom i dag"));
    REQUIRE(id.ok());
    CHECK(tests.test(*id)->correctionReason == QStringLiteral("Lab-skjema kom i dag"));
    CHECK(tests.test(*id)->change == SubstanceTest::Change::Recorded);
}

TEST_CASE("The board's unit filter by keyboard shows one unit and says of how many", "[ui][testing][filter]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    admitPatients(*journal, BuiltinPrograms::residential, QStringLiteral("Klinikk"), 3, 0);
    const QList<qint64> specialist = admitPatients(*journal, BuiltinPrograms::specialist, QStringLiteral("Spesialist"), 2, 5);
    // One of the specialist pathway's patients sleeps at another site.
    BedStore beds(*journal);
    Bed bed;
    bed.site = QStringLiteral("Fjellheim");
    bed.room = QStringLiteral("1");
    bed.label = QStringLiteral("A");
    const auto bedId = beds.addBed(bed);
    REQUIRE(bedId.ok());
    REQUIRE(beds.book(*bedId, specialist.first(), clinictime::today().addDays(-5), clinictime::today().addDays(20)).ok());
    signInNurseSiri(*journal);
    Board board = openBoardWindow(*journal);
    REQUIRE(board.model->rowCount() == 5);

    // Alt+U: the unit; Down picks the first unit after "All units".
    mnemonic(Qt::Key_U);
    auto *unit = board.window->findChild<QComboBox *>(QStringLiteral("unitFilter"));
    REQUIRE(QApplication::focusWidget() == unit);
    REQUIRE(unit->count() == 3);
    const int specialistAt = unit->findData(QStringLiteral("specialist"));
    REQUIRE(specialistAt > 0);
    while (unit->currentIndex() < specialistAt)
        test::pressKey(Qt::Key_Down);
    CHECK(board.model->rowCount() == 2);
    for (int r = 0; r < board.model->rowCount(); ++r)
        CHECK(board.model->row(r).service == QStringLiteral("specialist"));
    auto *summary = board.window->findChild<QLabel *>(QStringLiteral("boardSummary"));
    CHECK_THAT(summary->text().toStdString(), Catch::Contains("2 to test (of 5 on the board)"));

    // Alt+E: the site; only the one in a bed at Fjellheim.
    mnemonic(Qt::Key_E);
    auto *site = board.window->findChild<QComboBox *>(QStringLiteral("siteFilter"));
    REQUIRE(QApplication::focusWidget() == site);
    REQUIRE(site->findData(QStringLiteral("Fjellheim")) == 1);
    test::pressKey(Qt::Key_Down);
    REQUIRE(board.model->rowCount() == 1);
    CHECK(board.model->row(0).patientId == specialist.first());

    // Back to all units and sites: all five again.
    mnemonic(Qt::Key_E);
    test::pressKey(Qt::Key_Up);
    mnemonic(Qt::Key_U);
    test::pressKey(Qt::Key_Home);
    CHECK(board.model->rowCount() == 5);
}

TEST_CASE("Saved and signed look like success and a refusal like a problem in the notes dialog", "[ui][messages]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    NewPatient p;
    p.nationalId = test::ids::born1985;
    p.givenNames = QStringLiteral("Kari");
    p.familyName = QStringLiteral("Nordmann");
    const auto patient = PatientStore(*journal).add(p);
    REQUIRE(patient.ok());
    journal->setActor(test::therapistInRegister(*journal, QStringLiteral("terje"), QStringLiteral("Terje Terapeut")));

    NotesDialog dialog(*journal, *patient);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *message = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    REQUIRE(message);
    mnemonic(Qt::Key_N); // New note
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == dialog.editor(); }, 2000));
    QTest::keyClicks(dialog.editor(), QStringLiteral("Kort samtale."));
    REQUIRE(QTest::qWaitFor([&] { return message->text() == QStringLiteral("Draft saved."); }, 3000));
    CHECK(message->property("messageKind").toString() == QStringLiteral("success"));
    CHECK_FALSE(message->styleSheet().contains(QStringLiteral("#a40000")));

    mnemonic(Qt::Key_S); // Sign
    REQUIRE(QTest::qWaitFor([&] { return message->text() == QStringLiteral("Signed."); }, 2000));
    CHECK(message->property("messageKind").toString() == QStringLiteral("success"));
    CHECK_FALSE(message->styleSheet().contains(QStringLiteral("#a40000")));

    // A correction without its reason is refused: the problem's look.
    dialog.editor()->setFocus();
    QTest::keyClicks(dialog.editor(), QStringLiteral(" Tillegg."));
    mnemonic(Qt::Key_C);
    CHECK_FALSE(message->text().isEmpty());
    CHECK(message->property("messageKind").toString() == QStringLiteral("problem"));
    CHECK(message->styleSheet().contains(QStringLiteral("#a40000")));
}

TEST_CASE("A lab file with three bad rows lists all three with their line numbers", "[ui][testing][lab]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    signInNurseSiri(*journal);
    const QString file = test::tempFolder() + QStringLiteral("/bad-lab.csv");
    QFile out(file);
    REQUIRE(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
    out.write("national_id;sample_date;analyte;result;value;unit;cutoff;lab_reference\n"
              "15858510055;not-a-date;thc;positive;;;;L1\n"
              "15858510055;2026-11-30;xyz;positive;;;;L2\n"
              "15858510055;2026-11-30;thc;maybe;;;;L3\n");
    out.close();
    TestBoardWorkspace workspace(*journal);
    QStringList shown;
    QString summary;
    QTimer::singleShot(0, [&] {
        REQUIRE(QTest::qWaitFor([] { return qobject_cast<LabImportProblemsDialog *>(QApplication::activeModalWidget()); }, 3000));
        auto *dialog = qobject_cast<LabImportProblemsDialog *>(QApplication::activeModalWidget());
        for (int i = 0; i < dialog->list()->count(); ++i)
            shown << dialog->list()->item(i)->text();
        summary = dialog->findChild<QLabel *>(QStringLiteral("summary"))->text();
        dialog->reject();
    });
    workspace.importLabFile(file);
    REQUIRE(shown.size() == 3);
    CHECK(shown.at(0).startsWith(QStringLiteral("Line 2: ")));
    CHECK(shown.at(1).startsWith(QStringLiteral("Line 3: ")));
    CHECK(shown.at(2).startsWith(QStringLiteral("Line 4: ")));
    CHECK_THAT(summary.toStdString(), Catch::Contains("3 problems") && Catch::Contains("Nothing was imported"));
}

TEST_CASE("The history chart gives each outcome one colour whatever the order and counts in whole numbers", "[ui][testing][chart]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const QList<qint64> patients = admitPatients(*journal, BuiltinPrograms::residential, QStringLiteral("Graf"), 2, 0);
    SubstanceTestStore tests(*journal);
    const auto sample = [&](qint64 patient, int daysAgo, bool positive) {
        SubstanceTest t;
        t.patientId = patient;
        t.sampledAt = clinictime::at(clinictime::today().addDays(-daysAgo), QTime(8, 0));
        for (const QString &code : Analytes::panel(false))
            t.results.append({code, positive && (code == QStringLiteral("thc") || code == QStringLiteral("coc")), std::nullopt,
                              QString(), std::nullopt, QString()});
        REQUIRE(tests.record(t).ok());
    };
    // The first patient's first test is negative, the second's positive: the drawing orders differ.
    sample(patients.at(0), 4, false);
    sample(patients.at(0), 3, true);
    sample(patients.at(1), 4, true);
    sample(patients.at(1), 3, false);
    for (const qint64 patient : patients) {
        TestHistoryDialog dialog(*journal, patient, QStringLiteral("Pasient"));
        auto *view = dialog.findChild<QChartView *>(QStringLiteral("testChart"));
        REQUIRE(view);
        QChart *chart = view->chart();
        CHECK(chart->legend()->isVisible());
        int found = 0;
        for (QAbstractSeries *s : chart->series()) {
            auto *scatter = qobject_cast<QScatterSeries *>(s);
            REQUIRE(scatter);
            CHECK(scatter->color() == TestHistoryDialog::statusColour(scatter->objectName()));
            found += scatter->objectName() == QStringLiteral("positive") || scatter->objectName() == QStringLiteral("negative");
        }
        CHECK(found == 2);
        CHECK(TestHistoryDialog::statusColour(QStringLiteral("positive")) != TestHistoryDialog::statusColour(QStringLiteral("negative")));
        const auto axes = chart->axes(Qt::Vertical);
        REQUIRE(axes.size() == 1);
        auto *y = qobject_cast<QValueAxis *>(axes.first());
        REQUIRE(y);
        CHECK(y->tickType() == QValueAxis::TicksDynamic);
        CHECK(y->tickInterval() == 1.0);
        CHECK(y->min() == 0.0);
        CHECK(y->max() == 3.0);
        // For a person to look at: TRINN_UI_SHOTS=DIR saves each patient's dialog.
        if (const QString dir = qEnvironmentVariable("TRINN_UI_SHOTS"); !dir.isEmpty()) {
            dialog.show();
            REQUIRE(QTest::qWaitForWindowExposed(&dialog));
            QTest::qWait(200);
            dialog.grab().save(dir + QStringLiteral("/test-history-%1.png").arg(patient));
        }
    }
}

TEST_CASE("A board row whose findings do not fit takes a second line and the others one", "[ui][testing][rows]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const QList<qint64> patients = admitPatients(*journal, BuiltinPrograms::residential, QStringLiteral("Rad"), 3, 0);
    SubstanceTest many;
    many.patientId = patients.first();
    many.sampledAt = clinictime::now().addSecs(-600);
    for (const QString &code : Analytes::panel(false))
        many.results.append({code, true, std::nullopt, QString(), std::nullopt, QString()});
    const auto recorded = SubstanceTestStore(*journal).record(many);
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());
    signInNurseSiri(*journal);
    Board board = openBoardWindow(*journal);
    board.window->resize(1100, 700);
    QApplication::processEvents();
    int positive = -1, untested = -1;
    for (int r = 0; r < board.model->rowCount(); ++r)
        (board.model->row(r).patientId == patients.first() ? positive : untested) = r;
    REQUIRE(positive >= 0);
    REQUIRE(untested >= 0);
    const QString findings = board.model->data(board.model->index(positive, TestBoardModel::FindingsColumn)).toString();
    INFO(findings.toStdString());
    REQUIRE(board.table->fontMetrics().horizontalAdvance(findings) > board.table->columnWidth(TestBoardModel::FindingsColumn));
    CHECK(board.table->rowHeight(positive) > board.table->rowHeight(untested));
    CHECK(board.table->rowHeight(untested) == board.table->verticalHeader()->defaultSectionSize());
}

// Columns sized to the header and a screenful of rows: the cost of showing
// the board follows the rows on screen, not the day's hundreds of rows. A
// status is never elided, whichever row has it, and the program column stops
// at the table's edge (elided there) instead of being cut.
TEST_CASE("The board's columns fit a screenful of rows and every status and stop at the table's edge", "[ui][testing][columns]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const QString first = QStringLiteral("Abel-Kristiansen-Mo");
    const QString last = QStringLiteral("Zeiner-Langnavnsen-Etternavnsdatter-Gulbrandsen");
    admitPatients(*journal, BuiltinPrograms::residential, first, 1, 0);
    admitPatients(*journal, BuiltinPrograms::residential, QStringLiteral("Berg"), 26, 1);
    admitPatients(*journal, BuiltinPrograms::residential, QStringLiteral("Dahl"), 26, 2);
    admitPatients(*journal, BuiltinPrograms::residential, last, 1, 3);
    signInNurseSiri(*journal);
    Board board = openBoardWindow(*journal);
    board.window->resize(1100, 700);
    QApplication::processEvents();
    REQUIRE(board.model->rowCount() == 54);
    const QString top = board.model->data(board.model->index(0, TestBoardModel::PatientColumn)).toString();
    const QString bottom = board.model->data(board.model->index(53, TestBoardModel::PatientColumn)).toString();
    REQUIRE(top.startsWith(first));
    REQUIRE(bottom.startsWith(last));
    REQUIRE(board.table->rowAt(board.table->viewport()->height() - 1) < 40); // the last row is off screen
    const QFontMetrics metrics = board.table->fontMetrics();
    INFO("patient column " << board.table->columnWidth(TestBoardModel::PatientColumn));
    CHECK(board.table->columnWidth(TestBoardModel::PatientColumn) >= metrics.horizontalAdvance(top));
    CHECK(board.table->columnWidth(TestBoardModel::PatientColumn) < metrics.horizontalAdvance(bottom));

    QFont bold = board.table->font();
    bold.setBold(true);
    const QFontMetrics boldMetrics(bold);
    for (const char *code : {"", "negative", "expected", "positive", "missing", "refused", "pending"}) {
        const QString status = TestBoardModel::statusText(QString::fromLatin1(code));
        INFO(status.toStdString());
        CHECK(board.table->columnWidth(TestBoardModel::StatusColumn) > boldMetrics.horizontalAdvance(status));
    }
    const int programEnd = board.table->columnViewportPosition(TestBoardModel::ProgramColumn)
        + board.table->columnWidth(TestBoardModel::ProgramColumn);
    CHECK(programEnd <= board.table->viewport()->width());

    // On a table tall enough to show every row, every row counts: the last name fits.
    board.window->resize(1100, 1900);
    QApplication::processEvents();
    REQUIRE(board.table->rowAt(board.table->viewport()->height() - 1) == -1); // room to spare below the last row
    CHECK(board.table->columnWidth(TestBoardModel::PatientColumn) >= metrics.horizontalAdvance(bottom));
}
