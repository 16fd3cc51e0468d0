#include "session.h"

#include "journalchooser.h"
#include "measure.h"
#include "serverlogin.h"
#include "access/logindialog.h"
#include "mainwindow.h"
#include "shell/firststartwizard.h"
#include "storage/journal.h"
#include "storage/staffstore.h"

#include <QApplication>
#include <QEventLoop>
#include <QFileInfo>
#include <QGuiApplication>
#include <QLineEdit>
#include <QMessageBox>
#include <QTextStream>

namespace trinn {

DesktopSession::DesktopSession() : m_automated(!qEnvironmentVariableIsEmpty("TRINN_USER")) {}

DesktopSession::~DesktopSession() = default;

bool DesktopSession::isFirstStart(const QString &requested)
{
    // Before the assistant, Trinn made a clinic journal here without asking: one found there is known.
    return requested.isEmpty() && JournalChooser::lastLocation().isEmpty() && !QFileInfo::exists(JournalChooser::defaultLocation());
}

std::unique_ptr<Journal> DesktopSession::firstStart()
{
    FirstStartWizard wizard(JournalChooser::defaultLocation());
    if (wizard.exec() != QDialog::Accepted)
        return nullptr;
    if (!wizard.creates())
        return openSignedIn(wizard.location());
    std::unique_ptr<Journal> journal = wizard.takeJournal();
    if (journal) {
        JournalChooser::rememberLocation(wizard.location());
        m_location = wizard.location();
        m_staffLogin = false;
    }
    return journal;
}

std::unique_ptr<Journal> DesktopSession::openSignedIn(const QString &requested)
{
    // On a PostgreSQL server the staff member's own login opens the journal,
    // and the same user name and password sign them in to Trinn.
    m_serverUser.clear();
    m_serverPassword.clear();
    const auto askLogin = [this](const QString &server, const QString &problem, QString *username, QString *password) {
        if (automated()) {
            if (!problem.isEmpty()) {
                qWarning("%s", qPrintable(problem));
                return false;
            }
            *username = qEnvironmentVariable("TRINN_USER");
            *password = qEnvironmentVariable("TRINN_PASSWORD");
        } else {
            ServerLoginDialog login(server, problem);
            if (login.exec() != QDialog::Accepted)
                return false;
            *username = login.username();
            *password = login.password();
        }
        m_serverUser = *username;
        m_serverPassword = *password;
        return true;
    };
    std::unique_ptr<Journal> journal = JournalChooser::open(requested, nullptr, !automated(), askLogin);
    if (!journal)
        return nullptr;
    const bool staffLogin = !m_serverUser.isEmpty();
    if (!signIn(*journal))
        return nullptr;
    m_staffLogin = staffLogin;
    m_location = JournalChooser::lastLocation();
    return journal;
}

bool DesktopSession::signIn(Journal &journal)
{
    // Every session is someone's: the journal audits against the signed-in staff member.
    const QString user = !m_serverUser.isEmpty() ? m_serverUser : automated() ? qEnvironmentVariable("TRINN_USER") : QString();
    if (measure::enabled() && automated() && m_serverUser.isEmpty())
        return signInMeasured(journal, user, qEnvironmentVariable("TRINN_PASSWORD"));
    if (!user.isEmpty()) {
        const QString password = !m_serverUser.isEmpty() ? m_serverPassword : qEnvironmentVariable("TRINN_PASSWORD");
        m_serverUser.clear();
        m_serverPassword.clear();
        Result<Actor> actor = StaffStore(journal).signIn(user, password);
        if (!actor) {
            if (!automated())
                QMessageBox::critical(nullptr, QApplication::translate("main", "Trinn"), actor.error());
            else
                QTextStream(stderr) << QApplication::translate("main", "Trinn cannot sign in as %1: %2").arg(user, actor.error())
                                    << Qt::endl;
            return false;
        }
        journal.setActor(*actor);
        return true;
    }
    LoginDialog login(journal);
    if (login.exec() != QDialog::Accepted)
        return false;
    journal.setActor(login.actor());
    return true;
}

bool DesktopSession::signInMeasured(Journal &journal, const QString &user, const QString &password)
{
    // The dialog a person would see, shown and painted, then filled in and
    // accepted as they would: the measure covers what they wait for.
    LoginDialog login(journal);
    login.findChild<QLineEdit *>(QStringLiteral("username"))->setText(user);
    login.findChild<QLineEdit *>(QStringLiteral("password"))->setText(password);
    measure::afterFirstPaint(&login, "login_painted", [&login] {
        measure::mark("signin_started");
        login.accept();
        if (login.result() != QDialog::Accepted) {
            // Under automation nothing waits on a dialog.
            QTextStream(stderr) << login.problem() << Qt::endl;
            login.reject();
        }
    });
    if (login.exec() != QDialog::Accepted)
        return false;
    measure::mark("signin_done");
    measure::mark("argon2id_ns", StaffStore::lastPasswordCheckNanoseconds());
    measure::noteSignInMemory();
    journal.setActor(login.actor());
    return true;
}

int DesktopSession::run(const QString &requested, const std::function<void(MainWindow &)> &firstWindow)
{
    // Started for automation, Trinn never waits on a dialog: it prints why it
    // cannot go on and exits 2.
    const int gaveUp = automated() ? 2 : 1;
    // A workstation that knows no journal yet asks which, or makes one with
    // its first administrator; under automation (or with no one to ask) it
    // goes on as before, and nothing waits.
    const QString platform = QGuiApplication::platformName();
    const bool someoneToAsk = platform != QStringLiteral("offscreen") && platform != QStringLiteral("minimal");
    std::unique_ptr<Journal> journal =
        isFirstStart(requested) && !automated() && someoneToAsk ? firstStart() : openSignedIn(requested);
    if (!journal)
        return gaveUp;

    // The window closing ends its round here, not the application: signing
    // out or switching user builds the next window on the journal.
    QGuiApplication::setQuitOnLastWindowClosed(false);
    bool first = true;
    for (;;) {
        MainWindow::Outcome outcome;
        QString nextJournal;
        {
            MainWindow window(*journal);
            if (first)
                firstWindow(window);
            first = false;
            window.show();
            QEventLoop loop;
            QObject::connect(&window, &MainWindow::finished, &loop, &QEventLoop::quit);
            loop.exec();
            outcome = window.outcome();
            nextJournal = window.requestedJournal();
        }
        switch (outcome) {
        case MainWindow::Outcome::Quit:
            return 0;
        case MainWindow::Outcome::SignOut:
            // Nobody is signed in until the next person is: no window is open meanwhile.
            journal->setActor(Actor{});
            if (m_staffLogin) {
                journal.reset();
                journal = openSignedIn(m_location);
                if (!journal)
                    return 0;
            } else if (!signIn(*journal)) {
                return 0;
            }
            break;
        case MainWindow::Outcome::SwitchUser:
            // The one who was signed in stays until another has signed in.
            if (m_staffLogin) {
                if (std::unique_ptr<Journal> theirs = openSignedIn(m_location))
                    journal = std::move(theirs);
            } else {
                const Actor before = journal->actor();
                if (!signIn(*journal))
                    journal->setActor(before);
            }
            break;
        case MainWindow::Outcome::OpenJournal:
            // The journal open now stays open until the other one is, and someone is signed in to it.
            if (std::unique_ptr<Journal> other = openSignedIn(nextJournal))
                journal = std::move(other);
            break;
        }
    }
}

} // namespace trinn
