#include "support/testjournals.h"
#include "support/widgets.h"

#include "common/clinictime.h"
#include "common/translations.h"
#include "common/patientbanner.h"
#include "demo/democlinic.h"
#include "journal/notesdialog.h"
#include "mainwindow.h"
#include "patients/patientjournalview.h"
#include "patients/patientsearchmodel.h"
#include "patients/patientsworkspace.h"
#include "programs/enroldialog.h"
#include "storage/carerecordstore.h"
#include "storage/patientstore.h"
#include "storage/substanceteststore.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace trinn;

namespace {

struct Window
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    std::unique_ptr<MainWindow> window;
    QLineEdit *search = nullptr;
    QTableView *results = nullptr;

    void show()
    {
        window = std::make_unique<MainWindow>(*journal);
        window->show();
        REQUIRE(QTest::qWaitForWindowExposed(window.get()));
        // On an X server without a window manager (xvfb) nobody activates it.
        window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(window.get()));
        search = window->findChild<QLineEdit *>(QStringLiteral("patientSearch"));
        results = window->findChild<QTableView *>(QStringLiteral("searchResults"));
        REQUIRE(search);
        REQUIRE(results);
        REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == search; }, 2000));
    }
    QString openName() const { return test::labelText(window.get(), "patientName"); }
    void type(const QString &text)
    {
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    }
};

const QString nina = QStringLiteral("Nina Knutsen");
const QString per = QStringLiteral("Per Knutsen-Kristoffersen");

} // namespace

TEST_CASE("Enter in the search opens only an exact or the only match", "[ui][search]")
{
    Window w;
    test::addPatient(*w.journal, test::ids::born1985, QStringLiteral("Nina"), QStringLiteral("Knutsen"));
    test::addPatient(*w.journal, test::ids::born1990a, QStringLiteral("Per"), QStringLiteral("Knutsen-Kristoffersen"));
    w.show();

    SECTION("Knutsen-K and Enter never opens Nina Knutsen")
    {
        w.type(QStringLiteral("Knutsen-K"));
        // Both match ("k" is the start of "Knutsen" too): the list asks, nobody is opened.
        REQUIRE(w.results->model()->rowCount() == 2);
        CHECK(w.openName() != nina);
        CHECK(w.openName() != per);
        CHECK(QApplication::focusWidget() == w.results);
        // Choosing with the arrow keys and Enter opens the one chosen.
        const int perRow = w.results->model()->index(0, 0).data().toString().startsWith(QStringLiteral("Knutsen-Kristoffersen")) ? 0 : 1;
        if (perRow == 1)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        CHECK(w.openName() == per);
    }
    SECTION("Knutsen and Enter asks: two match, neither exactly")
    {
        w.type(QStringLiteral("Knutsen"));
        REQUIRE(w.results->model()->rowCount() == 2);
        CHECK(w.openName() != nina);
        CHECK(w.openName() != per);
        CHECK(QApplication::focusWidget() == w.results);
        bool asked = false;
        for (QLabel *label : w.window->findChildren<QLabel *>())
            asked = asked || label->text().contains(QStringLiteral("choose one with the arrow keys"));
        CHECK(asked);
    }
    SECTION("the whole name typed out opens that patient at once")
    {
        w.type(QStringLiteral("nina knutsen"));
        CHECK(w.openName() == nina);
    }
    SECTION("the national id opens that patient, and the focus leaves the search")
    {
        w.type(test::ids::born1990a);
        CHECK(w.openName() == per);
        CHECK(QApplication::focusWidget() == w.window->patientsWorkspace()->journalView()->overviewArea());
        // Typing now does not change the search.
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("x"));
        CHECK(w.search->text() == test::ids::born1990a);
    }
}

TEST_CASE("Patients with the same name are never opened by Enter alone", "[ui][search]")
{
    Window w;
    test::addPatient(*w.journal, test::ids::born1985, QStringLiteral("Ola"), QStringLiteral("Hansen"));
    test::addPatient(*w.journal, test::ids::born1990a, QStringLiteral("Ola"), QStringLiteral("Hansen"));
    w.show();

    w.type(QStringLiteral("Ola Hansen"));
    REQUIRE(w.results->model()->rowCount() == 2);
    CHECK(test::labelText(w.window.get(), "patientName") != QStringLiteral("Ola Hansen"));
    CHECK(QApplication::focusWidget() == w.results);
    // Each row warns and shows the birth date.
    for (int row = 0; row < 2; ++row) {
        CHECK_FALSE(w.results->model()->index(row, PatientSearchModel::NameColumn).data(Qt::DecorationRole).isNull());
        CHECK_THAT(w.results->model()->index(row, PatientSearchModel::NameColumn).data(Qt::ToolTipRole).toString().toStdString(),
                   Catch::Contains("same name"));
        CHECK_THAT(w.results->model()->index(row, PatientSearchModel::BornColumn).data().toString().toStdString(),
                   Catch::Contains(".19"));
    }
    bool warned = false;
    for (QLabel *label : w.window->findChildren<QLabel *>())
        warned = warned || label->text().contains(QStringLiteral("same name"));
    CHECK(warned);

    // The second row, chosen with the keyboard, is the one opened.
    const QString secondId = w.results->model()->index(1, PatientSearchModel::NationalIdColumn).data().toString();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Down);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
    CHECK(w.openName() == QStringLiteral("Ola Hansen"));
    CHECK_THAT(test::labelText(w.window.get(), "patientIdentity").toStdString(), Catch::Contains(secondId.toStdString()));
}

TEST_CASE("Ctrl+E from the search field opens the enrolment with the patient's banner", "[ui][search][banner]")
{
    Window w;
    test::addPatient(*w.journal, test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann"));
    w.show();
    w.type(test::ids::born1985);
    REQUIRE(w.openName() == QStringLiteral("Kari Nordmann"));
    // Back in the search field, as after Ctrl+F.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_F, Qt::ControlModifier);
    REQUIRE(QApplication::focusWidget() == w.search);

    const auto dialogOn = [&](Qt::Key key, auto isDialog) {
        QString banner;
        bool opened = false;
        QTimer::singleShot(0, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            opened = modal && isDialog(modal);
            if (auto *b = modal ? modal->findChild<PatientBanner *>(QStringLiteral("patientBanner")) : nullptr)
                banner = b->text();
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
        QTest::keyClick(w.search, key, Qt::ControlModifier);
        QTest::qWait(50);
        CHECK(opened);
        return banner;
    };
    const QString enrolBanner = dialogOn(Qt::Key_E, [](QWidget *m) { return qobject_cast<EnrolDialog *>(m) != nullptr; });
    CHECK_THAT(enrolBanner.toStdString(), Catch::Contains("Kari Nordmann") && Catch::Contains(test::ids::born1985.toStdString())
                                              && Catch::Contains("years"));
    // Ctrl+J (journal notes) from the search field too, with the same banner.
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    w.search->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == w.search; }, 2000));
    const QString notesBanner = dialogOn(Qt::Key_J, [](QWidget *m) { return qobject_cast<NotesDialog *>(m) != nullptr; });
    CHECK(notesBanner == enrolBanner);
    // Booking (Ctrl+B) and medication (Ctrl+M) too.
    for (const auto &[key, name] : {std::pair{Qt::Key_B, "AppointmentDialog"}, std::pair{Qt::Key_M, "MedicationDialog"}}) {
        w.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
        w.search->setFocus();
        REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == w.search; }, 2000));
        INFO(name);
        const QString banner = dialogOn(key, [name = name](QWidget *m) { return QByteArray(m->metaObject()->className()).endsWith(name); });
        CHECK(banner == enrolBanner);
    }
    // Copy and paste stay the line edit's own.
    w.window->activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    w.search->setFocus();
    w.search->selectAll();
    QTest::keyClick(w.search, Qt::Key_X, Qt::ControlModifier);
    CHECK(w.search->text().isEmpty());
}

TEST_CASE("The overview of a demo patient shows medication tests notes and warnings", "[ui][overview]")
{
    Window w;
    DemoClinic::Options options;
    options.patients = 80;
    options.history = true;
    options.seed = 7;
    REQUIRE(DemoClinic::generate(*w.journal, options).ok());
    // A patient in a program now with phases still planned, tests and notes; on medication if the demo has one such.
    auto found = RawSqlForTests::run(*w.journal, QStringLiteral(
        "SELECT p.id, p.national_id, EXISTS (SELECT 1 FROM medication m WHERE m.patient_id = p.id AND m.stop_date IS NULL) "
        "FROM patient p JOIN episode e ON e.patient_id = p.id AND e.status = 'active' "
        "WHERE EXISTS (SELECT 1 FROM journal_note n WHERE n.patient_id = p.id) "
        "AND EXISTS (SELECT 1 FROM phase ph WHERE ph.episode_id = e.id AND ph.status = 'planned') "
        "AND EXISTS (SELECT 1 FROM substance_test t WHERE t.patient_id = p.id) ORDER BY 3 DESC, p.id LIMIT 1"));
    REQUIRE(found.ok());
    REQUIRE(found->next());
    const qint64 patient = found->value(0).toLongLong();
    const QString nationalId = found->value(1).toString();
    const bool onMedication = found->value(2).toBool();
    found->finish();
    if (!onMedication) {
        const auto added = CareRecordStore(*w.journal).addMedication(
            {0, patient, QStringLiteral("Vitamin B1"), QStringLiteral("300 mg"), clinictime::today().addDays(-5), QDate(), {}, {}});
        REQUIRE(added.ok());
    }
    // Yesterday's sample was positive.
    SubstanceTest t;
    t.patientId = patient;
    t.sampledAt = clinictime::at(clinictime::today().addDays(-1), QTime(7, 45));
    for (const QString &code : Analytes::panel(false))
        t.results.append({code, code == QStringLiteral("amp"), std::nullopt, QString(), std::nullopt, QString()});
    const auto recorded = SubstanceTestStore(*w.journal).record(t, SameDay::SecondSample, QStringLiteral("A second sample"));
    INFO(recorded.error().toStdString());
    REQUIRE(recorded.ok());

    w.show();
    w.type(nationalId);
    QWidget *root = w.window.get();
    CHECK_THAT(test::labelText(root, "patientProgram").toStdString(), Catch::Contains("day"));
    CHECK_FALSE(test::labelText(root, "overviewMedication").contains(QStringLiteral("No current medication")));
    CHECK_THAT(test::labelText(root, "overviewTests").toStdString(), (Catch::Contains("The last") || Catch::Contains("Now")) && Catch::Contains("amphetamine"));
    CHECK_FALSE(test::labelText(root, "overviewNotes").contains(QStringLiteral("No notes yet")));
    CHECK_THAT(test::labelText(root, "overviewWarnings").toStdString(), Catch::Contains("positive test"));
    CHECK(root->findChild<QLabel *>(QStringLiteral("overviewWarnings"))->isVisible());

    if (const QString shots = qEnvironmentVariable("TRINN_UI_SHOTS"); !shots.isEmpty()) {
        w.window->resize(1280, 800);
        QTest::qWait(100);
        w.window->grab().save(shots + QStringLiteral("/journal-overview.png"));
    }

    // The timeline's filter leaves out history, then what is planned.
    PatientJournalView *view = w.window->patientsWorkspace()->journalView();
    const auto shown = [&] {
        int n = 0;
        for (int i = 0; i < view->timeline()->topLevelItemCount(); ++i)
            n += view->timeline()->topLevelItem(i)->isHidden() ? 0 : 1;
        return n;
    };
    const int everything = shown();
    // What is planned comes first under its heading, then the history under
    // its own; each heading spans its row and counts its part's entries.
    QTreeWidget *timeline = view->timeline();
    const int rows = timeline->topLevelItemCount();
    REQUIRE(rows > 3);
    int historyRow = 1;
    while (historyRow < rows && !timeline->topLevelItem(historyRow)->text(0).startsWith(QStringLiteral("History (")))
        ++historyRow;
    REQUIRE(historyRow < rows);
    CHECK(timeline->topLevelItem(0)->text(0) == QStringLiteral("Planned (%1)").arg(historyRow - 1));
    CHECK(timeline->topLevelItem(historyRow)->text(0) == QStringLiteral("History (%1)").arg(rows - historyRow - 1));
    for (int row = 0; row < rows; ++row) {
        INFO(row);
        CHECK(timeline->topLevelItem(row)->isFirstColumnSpanned() == (row == 0 || row == historyRow));
    }
    const QDateTime now = clinictime::now();
    CHECK(QDateTime::fromString(timeline->topLevelItem(1)->text(0), QStringLiteral("dd.MM.yyyy HH:mm")).isValid());
    CHECK(clinictime::local(now).toString(QStringLiteral("yyyyMMddHHmm"))
          < QDateTime::fromString(timeline->topLevelItem(historyRow - 1)->text(0), QStringLiteral("dd.MM.yyyy HH:mm")).toString(QStringLiteral("yyyyMMddHHmm")));
    view->setTimelineFilter(PatientJournalView::Show::Planned);
    const int planned = shown();
    view->setTimelineFilter(PatientJournalView::Show::History);
    const int history = shown();
    CHECK(planned < everything);
    CHECK(history < everything);
    CHECK(planned + history == everything);
}

// Not run by CTest (hidden tag): TRINN_UI_SHOTS=DIR test_ui "[shots]" saves the
// journal view with its overview and every patient dialog, in Bokmål at
// 1280×800, for a person to look at.
TEST_CASE("Screenshots of the journal overview and the patient dialogs", "[.][shots]")
{
    const QString dir = qEnvironmentVariable("TRINN_UI_SHOTS");
    REQUIRE_FALSE(dir.isEmpty());
    const test::LanguageGivenBack givenBack;
    installTranslations(*qApp, QStringLiteral("nb"));
    Window w;
    DemoClinic::Options options;
    options.patients = 120;
    options.history = true;
    options.seed = 7;
    REQUIRE(DemoClinic::generate(*w.journal, options).ok());
    auto found = RawSqlForTests::run(*w.journal, QStringLiteral(
        "SELECT p.national_id FROM patient p JOIN episode e ON e.patient_id = p.id AND e.status = 'active' "
        "WHERE EXISTS (SELECT 1 FROM medication m WHERE m.patient_id = p.id AND m.stop_date IS NULL) "
        "ORDER BY (SELECT COUNT(*) FROM journal_note n WHERE n.patient_id = p.id) DESC LIMIT 1"));
    REQUIRE(found.ok());
    REQUIRE(found->next());
    const QString nationalId = found->value(0).toString();
    found->finish();
    w.show();
    w.window->resize(1280, 800);
    w.type(nationalId);
    QTest::qWait(200);
    w.window->grab().save(dir + QStringLiteral("/journal-overview.png"));
    const QList<std::pair<QKeyCombination, QString>> dialogs{
        {Qt::CTRL | Qt::Key_E, QStringLiteral("enrol")},         {Qt::CTRL | Qt::SHIFT | Qt::Key_E, QStringLiteral("episodes")},
        {Qt::CTRL | Qt::Key_T, QStringLiteral("plan")},          {Qt::CTRL | Qt::Key_B, QStringLiteral("booking")},
        {Qt::CTRL | Qt::Key_M, QStringLiteral("medication")},    {Qt::CTRL | Qt::Key_J, QStringLiteral("notes")},
        {Qt::CTRL | Qt::Key_R, QStringLiteral("care-records")}};
    for (const auto &[keys, name] : dialogs) {
        QTimer::singleShot(300, [&, name = name] {
            if (auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget())) {
                dialog->grab().save(dir + QStringLiteral("/dialog-") + name + QStringLiteral(".png"));
                dialog->reject();
            }
        });
        QTest::keyClick(QApplication::focusWidget(), keys.key(), keys.keyboardModifiers());
        QTest::qWait(400);
        w.window->activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(w.window.get()));
    }
}
