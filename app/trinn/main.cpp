#include "measure.h"
#include "session.h"
#include "mainwindow.h"
#include "common/appicon.h"
#include "common/translations.h"
#include "calendar/calendarworkspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QKeyEvent>
#include <QLineEdit>
#include <QTimer>

using namespace trinn;

namespace {

// `trinn --help` and `--version` print and exit: they must work on a machine
// without a display too (a server, a packaging check), so they need no window system.
void withoutDisplayForHelp(int argc, char *argv[])
{
    if (qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        return;
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "--help-all" || argument == "-v" || argument == "--version") {
            qputenv("QT_QPA_PLATFORM", "minimal");
            return;
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    measure::mark("main");
    withoutDisplayForHelp(argc, argv);
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Trinn"));
    QApplication::setApplicationName(QStringLiteral("Trinn"));
    QApplication::setApplicationVersion(QStringLiteral(TRINN_VERSION));
    applyApplicationIdentity();

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Trinn: patient journal and scheduler"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption journalOption(
        QStringLiteral("journal"),
        QApplication::translate("main", "Open this journal (a file or a postgresql:// address)."),
        QApplication::translate("main", "journal"));
    const QCommandLineOption languageOption(
        QStringLiteral("lang"), QApplication::translate("main", "Language: nb, nn or en (default: the system's)."),
        QApplication::translate("main", "code"));
    const QCommandLineOption searchOption(
        QStringLiteral("search"), QApplication::translate("main", "Start with this patient search typed in."),
        QApplication::translate("main", "text"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to this PNG file and quit (for documentation)."),
        QApplication::translate("main", "file"));
    const QCommandLineOption workspaceOption(
        QStringLiteral("workspace"), QApplication::translate("main", "Start in this workspace (1 = Patients … 6 = Administration)."),
        QApplication::translate("main", "number"));
    const QCommandLineOption calendarViewOption(
        QStringLiteral("calendar-view"), QApplication::translate("main", "Show the calendar as a day, week or month."),
        QApplication::translate("main", "view"));
    const QCommandLineOption calendarDateOption(
        QStringLiteral("calendar-date"), QApplication::translate("main", "Show the calendar at this date (YYYY-MM-DD)."),
        QApplication::translate("main", "date"));
    parser.addOptions({journalOption, languageOption, searchOption, workspaceOption, screenshotOption, calendarViewOption,
                       calendarDateOption});
    parser.process(app);

    installTranslations(app, parser.value(languageOption));

    // The journal, the sign-in and what the window's File menu asks next
    // (another journal, sign out, switch user) are the session's.
    DesktopSession session;
    return session.run(parser.value(journalOption), [&](MainWindow &window) {
        if (parser.isSet(workspaceOption)) {
            const int workspace = parser.value(workspaceOption).toInt() - 1;
            if (workspace >= 0 && workspace < MainWindow::WorkspaceCount)
                window.showWorkspace(MainWindow::Workspace(workspace));
        }
        if (auto *calendar = window.findChild<CalendarWorkspace *>()) {
            const QStringList views{QStringLiteral("day"), QStringLiteral("week"), QStringLiteral("month")};
            if (const qsizetype view = views.indexOf(parser.value(calendarViewOption).toLower()); view >= 0)
                calendar->setView(CalendarWorkspace::View(view));
            if (const QDate day = QDate::fromString(parser.value(calendarDateOption), Qt::ISODate); day.isValid())
                calendar->showDay(day);
        }
        if (parser.isSet(searchOption)) {
            auto *search = window.findChild<QLineEdit *>(QStringLiteral("patientSearch"));
            search->setText(parser.value(searchOption));
            QTimer::singleShot(0, &window, [search] {
                QKeyEvent enter(QEvent::KeyPress, Qt::Key_Return, Qt::NoModifier);
                QApplication::sendEvent(search, &enter);
            });
        }
        if (parser.isSet(screenshotOption)) {
            const QString file = parser.value(screenshotOption);
            // Once the window's first frame is up (its workspace loaded and
            // painted), whatever the journal holds: no fixed wait.
            measure::afterFirstPaint(&window, {}, [&window, file] {
                window.grab().save(file);
                window.close();
            });
        }
        if (measure::enabled())
            measure::finishRun(window);
    });
}
