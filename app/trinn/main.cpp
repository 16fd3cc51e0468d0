#include "journalchooser.h"
#include "serverlogin.h"
#include "access/logindialog.h"
#include "storage/staffstore.h"
#include "mainwindow.h"
#include "common/appicon.h"
#include "common/translations.h"
#include "calendar/calendarworkspace.h"
#include "patients/patientsworkspace.h"
#include "storage/journal.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMessageBox>
#include <QTextStream>
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

    // Started for automation (TRINN_USER set), Trinn never waits on a dialog:
    // it prints why it cannot go on and exits 2.
    const QString automatedUser = qEnvironmentVariable("TRINN_USER");
    const bool automated = !automatedUser.isEmpty();
    constexpr int cannotGoOn = 2;
    // On a PostgreSQL server the staff member's own login opens the journal,
    // and the same user name and password sign them in to Trinn.
    QString serverUser;
    QString serverPassword;
    const auto askLogin = [&](const QString &server, const QString &problem, QString *username, QString *password) {
        if (!automatedUser.isEmpty()) {
            if (!problem.isEmpty()) {
                qWarning("%s", qPrintable(problem));
                return false;
            }
            *username = automatedUser;
            *password = qEnvironmentVariable("TRINN_PASSWORD");
        } else {
            ServerLoginDialog login(server, problem);
            if (login.exec() != QDialog::Accepted)
                return false;
            *username = login.username();
            *password = login.password();
        }
        serverUser = *username;
        serverPassword = *password;
        return true;
    };
    std::unique_ptr<Journal> journal = JournalChooser::open(parser.value(journalOption), nullptr, !automated, askLogin);
    if (!journal)
        return automated ? cannotGoOn : 1;

    // Every session is someone's: the journal audits against the signed-in staff member.
    if (!serverUser.isEmpty()) {
        Result<Actor> actor = StaffStore(*journal).signIn(serverUser, serverPassword);
        serverPassword.clear();
        if (!actor) {
            if (!automated)
                QMessageBox::critical(nullptr, QApplication::translate("main", "Trinn"), actor.error());
            else
                QTextStream(stderr) << QApplication::translate("main", "Trinn cannot sign in as %1: %2").arg(serverUser, actor.error())
                                    << Qt::endl;
            return automated ? cannotGoOn : 1;
        }
        journal->setActor(*actor);
    } else if (automated) {
        Result<Actor> actor = StaffStore(*journal).signIn(automatedUser, qEnvironmentVariable("TRINN_PASSWORD"));
        if (!actor) {
            QTextStream(stderr) << QApplication::translate("main", "Trinn cannot sign in as %1: %2")
                                       .arg(automatedUser, actor.error())
                                << Qt::endl;
            return cannotGoOn;
        }
        journal->setActor(*actor);
    } else {
        LoginDialog login(*journal);
        if (login.exec() != QDialog::Accepted)
            return 1;
        journal->setActor(login.actor());
    }

    MainWindow window(*journal);
    window.show();
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
        QTimer::singleShot(500, &window, [&window, file] {
            window.grab().save(file);
            QApplication::quit();
        });
    }
    return QApplication::exec();
}
