#include "support/testjournals.h"

#include "common/clinictime.h"
#include "groups/sessiondialog.h"
#include "journal/notesdialog.h"
#include "programs/episodedialog.h"
#include "programs/planeditordialog.h"
#include "testing/testboardworkspace.h"
#include "print/attendanceprint.h"
#include "print/episodeprint.h"
#include "print/notesprint.h"
#include "print/testlistprint.h"
#include "programs/builtinprograms.h"
#include "storage/episodestore.h"
#include "storage/groupstore.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"
#include "storage/recoverystore.h"
#include "storage/staffstore.h"
#include "storage/substanceteststore.h"

#include <QAction>
#include <QApplication>
#include <QFileDialog>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPrintPreviewDialog>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>
#include <QTimer>
#include <QToolBar>

using namespace trinn;

namespace {

// The text of a PDF as pdftotext reads it (poppler-utils), its lines joined by spaces.
QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    INFO("pdftotext (poppler-utils, tools/debian-packages.txt) must be installed");
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

QString pdfOf(const Result<PrintJob> &job, const QString &name)
{
    INFO(job.error().toStdString());
    REQUIRE(job.ok());
    const QString path = test::tempFolder() + u'/' + name;
    QFile::remove(path);
    const Status written = Printing::writePdf(*job, path);
    INFO(written.error().toStdString());
    REQUIRE(written.ok());
    // TRINN_UI_SHOTS=DIR keeps a copy for a person to look at.
    if (const QString shots = qEnvironmentVariable("TRINN_UI_SHOTS"); !shots.isEmpty())
        QFile::copy(path, shots + u'/' + name);
    return pdfText(path);
}

// Runs `step` on the modal window of type T once it is up, from the event
// loop (the window's exec() blocks the caller's key press).
template<typename T>
void whenModal(std::function<void(T *)> step, bool *done)
{
    auto *timer = new QTimer;
    timer->setInterval(50);
    QObject::connect(timer, &QTimer::timeout, [timer, step, done] {
        T *window = qobject_cast<T *>(QApplication::activeModalWidget());
        if (!window)
            return;
        timer->stop();
        timer->deleteLater();
        window->activateWindow();
        QTest::qWaitForWindowActive(window);
        step(window);
        *done = true;
    });
    timer->start();
}

} // namespace

TEST_CASE("Ctrl+P in the notes dialog saves the patient's notes as a PDF that holds them and is audited", "[ui][print][notes]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const qint64 patient = test::addPatient(*journal);
    journal->setActor(test::therapistInRegister(*journal, QStringLiteral("terje"), QStringLiteral("Terje Terapeut")));
    NoteStore notes(*journal);
    const auto note = notes.createDraft(patient, QStringLiteral("individual-session"), QStringLiteral("Samtale om søvn og faste rutiner."));
    REQUIRE(note.ok());
    REQUIRE(notes.sign(*note).ok());
    const auto counted = [&] {
        auto rows = RawSqlForTests::run(*journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE patient_id = ? AND what LIKE ?"),
                                        {patient, QStringLiteral("%printed or saved as PDF%")});
        REQUIRE(rows.ok());
        REQUIRE(rows->next());
        return rows->value(0).toInt();
    };
    REQUIRE(counted() == 0);

    const QString path = test::tempFolder() + QStringLiteral("/kari-notes.pdf");
    QFile::remove(path);
    NotesDialog dialog(*journal, patient);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));

    // Ctrl+P: the preview; Ctrl+S in it: Save as PDF; the file name typed, Enter.
    bool previewed = false;
    bool saved = false;
    whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
        CHECK(preview->windowTitle().contains(QStringLiteral("Kari Nordmann")));
        if (const QString shots = qEnvironmentVariable("TRINN_UI_SHOTS"); !shots.isEmpty()) {
            QTest::qWait(300);
            preview->grab().save(shots + QStringLiteral("/print-preview.png"));
        }
        whenModal<QFileDialog>([&](QFileDialog *files) {
            auto *name = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            REQUIRE(name);
            name->selectAll();
            QTest::keyClicks(name, path);
            QTest::keyClick(name, Qt::Key_Return);
            // The file name's completer may take the first Enter (on a slow machine it is still open).
            if (QTest::qWaitFor([files] { return !files->isVisible(); }, 1000) == false)
                QTest::keyClick(name, Qt::Key_Return);
            if (files->isVisible())
                QMetaObject::invokeMethod(files, "accept");
        }, &saved);
        auto *savePdf = preview->findChild<QAction *>(QStringLiteral("savePdf"));
        REQUIRE(savePdf);
        auto *tools = preview->findChild<QToolBar *>();
        REQUIRE(tools);
        CHECK(tools->actions().contains(savePdf));
        CHECK(savePdf->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_S));
        QTest::keyClick(preview, Qt::Key_S, Qt::ControlModifier);
        // A window a loaded machine has not activated yet takes no shortcut: then the tool bar's button.
        if (!saved && QApplication::activeModalWidget() == preview)
            savePdf->trigger();
        // Saved, the preview closes by itself; if not, the test must not hang.
        if (QApplication::activeModalWidget() == preview)
            preview->reject();
    }, &previewed);
    QTest::keyClick(dialog.editor(), Qt::Key_P, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return previewed; }, 5000));
    CHECK(saved);

    REQUIRE(QFileInfo::exists(path));
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Kari Nordmann")));
    CHECK(text.contains(test::ids::born1985));
    CHECK(text.contains(QStringLiteral("Samtale om søvn og faste rutiner.")));
    CHECK(text.contains(QStringLiteral("Terje Terapeut")));
    CHECK(text.contains(clinictime::formatDate(clinictime::today())));
    // The copy that left the journal is in the audit log as such.
    CHECK(counted() >= 1);
}

TEST_CASE("The day's test list prints every patient due with the signature lines", "[ui][print][testing]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const qint64 patient = test::addPatient(*journal);
    EpisodeStore episodes(*journal);
    const QDate today = clinictime::today();
    const auto episode = episodes.enrol({patient, BuiltinPrograms::residential, today.addDays(-3), {}, {}});
    REQUIRE(episode.ok());
    REQUIRE(episodes.startPhase(episodes.episode(*episode)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-3)).ok());

    const QString text = pdfOf(TestListPrint::build(*journal, today), QStringLiteral("test-list.pdf"));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Nordmann, Kari")));
    CHECK(text.contains(test::ids::born1985));
    CHECK(text.contains(clinictime::formatDate(today)));
    CHECK(text.contains(QStringLiteral("not tested")));
    CHECK(text.contains(QStringLiteral("Patient's signature")));
    CHECK(text.contains(QStringLiteral("Date and signature, nurse responsible")));
    CHECK(text.contains(QStringLiteral("______")));

    // Filtered by a unit she is not in, the list leaves her out.
    const QString other = pdfOf(TestListPrint::build(*journal, today, QStringLiteral("evening")), QStringLiteral("test-list-evening.pdf"));
    CHECK_FALSE(other.contains(QStringLiteral("Nordmann, Kari")));
    CHECK(other.contains(QStringLiteral("Patients to test: 0")));
}

TEST_CASE("The episode report and the treatment plan print under the patient's name with signature lines", "[ui][print][programs]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const qint64 patient = test::addPatient(*journal);
    EpisodeStore episodes(*journal);
    const QDate today = clinictime::today();
    const auto episode = episodes.enrol({patient, BuiltinPrograms::specialist, today.addDays(-10), {}, {}});
    INFO(episode.error().toStdString());
    REQUIRE(episode.ok());
    RecoveryStore recovery(*journal);
    auto plan = recovery.plan(*episode);
    REQUIRE(plan.ok());
    REQUIRE_FALSE(plan->areas.isEmpty());
    plan->reviewDate = today.addMonths(2);
    plan->areas[0].goals = QStringLiteral("Sove hele natten");
    plan->areas[0].measures = QStringLiteral("Faste leggetider");
    REQUIRE(recovery.savePlan(*plan).ok());

    const QString report = pdfOf(EpisodePrint::build(*journal, *episode), QStringLiteral("episode.pdf"));
    CHECK(report.contains(QStringLiteral("Kari Nordmann")));
    CHECK(report.contains(test::ids::born1985));
    CHECK(report.contains(QStringLiteral("Phases:")));
    CHECK(report.contains(QStringLiteral("Date and signature, clinician responsible")));

    const QString printed = pdfOf(PlanPrint::build(*journal, *episode), QStringLiteral("plan.pdf"));
    CHECK(printed.contains(QStringLiteral("Kari Nordmann")));
    CHECK(printed.contains(QStringLiteral("Sove hele natten")));
    CHECK(printed.contains(QStringLiteral("Faste leggetider")));
    CHECK(printed.contains(clinictime::formatDate(today.addMonths(2))));
    CHECK(printed.contains(QStringLiteral("Date and signature, patient")));
}

TEST_CASE("A session's attendance list prints every member and the leader's signature line", "[ui][print][groups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    journal->setActor(test::therapistInRegister(*journal, QStringLiteral("tt"), QStringLiteral("Terapeut T")));
    const qint64 patient = test::addPatient(*journal);
    GroupStore groups(*journal);
    TherapyGroup g;
    g.name = QStringLiteral("Dynamic group therapy");
    g.kind = QStringLiteral("dynamic");
    g.room = QStringLiteral("Fjell");
    g.weekday = clinictime::today().addDays(1).dayOfWeek();
    g.startTime = QTime(10, 0);
    g.minutes = 90;
    g.weeks = 2;
    g.startDate = clinictime::today().addDays(1);
    g.leaders = {QStringLiteral("Terapeut T")};
    const auto groupId = groups.create(g);
    REQUIRE(groupId.ok());
    REQUIRE(groups.enrol(*groupId, patient, {}, clinictime::today()).ok());
    const auto sessions = groups.sessions(*groupId);
    REQUIRE(sessions.ok());
    REQUIRE_FALSE(sessions->isEmpty());

    const GroupSession first = sessions->first();
    const QString text = pdfOf(AttendancePrint::build(*journal, first.id), QStringLiteral("attendance.pdf"));
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Dynamic group therapy")));
    CHECK(text.contains(QStringLiteral("Kari Nordmann")));
    CHECK(text.contains(QStringLiteral("Fjell")));
    CHECK(text.contains(clinictime::formatDate(clinictime::local(first.startsAt).date())));
    CHECK(text.contains(QStringLiteral("Member's signature")));
    CHECK(text.contains(QStringLiteral("Signature, Terapeut T")));
}

namespace {

// Ctrl+P where the focus is in `window` opens a print preview whose title says what it prints.
QString previewTitleAfterCtrlP(QWidget &window)
{
    window.show();
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    QWidget *focus = QApplication::focusWidget() ? QApplication::focusWidget() : &window;
    QString title;
    bool seen = false;
    whenModal<QPrintPreviewDialog>([&](QPrintPreviewDialog *preview) {
        title = preview->windowTitle();
        preview->reject();
    }, &seen);
    QTest::keyClick(focus, Qt::Key_P, Qt::ControlModifier);
    REQUIRE(QTest::qWaitFor([&] { return seen; }, 5000));
    window.hide();
    return title;
}

} // namespace

TEST_CASE("Ctrl+P opens a print preview in the board, the session, the episode and the plan dialogs", "[ui][print][ctrlp]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    journal->setActor(test::therapistInRegister(*journal, QStringLiteral("tt"), QStringLiteral("Terapeut T")));
    const qint64 patient = test::addPatient(*journal);
    EpisodeStore episodes(*journal);
    const auto episode = episodes.enrol({patient, BuiltinPrograms::specialist, clinictime::today(), {}, {}});
    REQUIRE(episode.ok());
    GroupStore groups(*journal);
    TherapyGroup g;
    g.name = QStringLiteral("Dynamic group therapy");
    g.kind = QStringLiteral("dynamic");
    g.room = QStringLiteral("Fjell");
    g.weekday = clinictime::today().addDays(1).dayOfWeek();
    g.startTime = QTime(10, 0);
    g.minutes = 90;
    g.weeks = 1;
    g.startDate = clinictime::today().addDays(1);
    g.leaders = {QStringLiteral("Terapeut T")};
    const auto groupId = groups.create(g);
    REQUIRE(groupId.ok());
    const auto sessions = groups.sessions(*groupId);
    REQUIRE(sessions.ok());
    REQUIRE_FALSE(sessions->isEmpty());

    {
        TestBoardWorkspace board(*journal);
        CHECK(previewTitleAfterCtrlP(board).contains(QStringLiteral("Test list")));
    }
    {
        SessionDialog session(*journal, sessions->first().id);
        CHECK(previewTitleAfterCtrlP(session).contains(QStringLiteral("Attendance: Dynamic group therapy")));
    }
    {
        EpisodeDialog dialog(*journal, patient);
        CHECK(previewTitleAfterCtrlP(dialog).contains(QStringLiteral("Episode report: Specialist pathway")));
    }
    {
        PlanEditorDialog plan(*journal, *episode);
        CHECK(previewTitleAfterCtrlP(plan).contains(QStringLiteral("Treatment plan: Specialist pathway")));
    }
}
