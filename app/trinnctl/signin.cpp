#include "cli.h"

#include "storage/staffstore.h"

#include <iostream>
#include <string>

#include <termios.h>
#include <unistd.h>

namespace trinn::cli {
namespace {

// The next line of standard input (the one reader of it in trinnctl, so lines
// are handed out in order: the signer's password first, then a new one).
std::optional<QString> inputLine()
{
    std::string line;
    if (!std::getline(std::cin, line))
        return std::nullopt;
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    return QString::fromStdString(line);
}

bool onTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

// Asks on the terminal with echo off, and puts echo back.
std::optional<QString> typedWithoutEcho(const QString &prompt)
{
    std::cerr << prompt.toStdString() << std::flush;
    termios before{};
    const bool quiet = tcgetattr(STDIN_FILENO, &before) == 0;
    if (quiet) {
        termios silent = before;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    std::optional<QString> line = inputLine();
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &before);
    std::cerr << std::endl;
    return line;
}

QString howToSignIn()
{
    return Text::tr("Give your user name with --user NAME (or TRINN_USER) and your password when asked, "
                    "on standard input with --password-stdin, or in TRINN_PASSWORD; never as an argument.");
}

} // namespace

SignIn::SignIn(QCommandLineParser &parser)
    : m_parser(parser)
    , m_user({QStringLiteral("u"), QStringLiteral("user")}, Text::tr("Act as this staff member (else TRINN_USER)."),
             QStringLiteral("USER"))
    , m_passwordStdin(QStringLiteral("password-stdin"),
                      Text::tr("Read your password from the first line of standard input (else TRINN_PASSWORD, "
                               "else it is asked without echo)."))
{
    parser.addOptions({m_user, m_passwordStdin});
}

Result<QString> SignIn::userName() const
{
    const QString user = m_parser.isSet(m_user) ? m_parser.value(m_user).trimmed() : qEnvironmentVariable("TRINN_USER").trimmed();
    if (user.isEmpty())
        return Error{Text::tr("trinnctl acts as a staff member, and no user name was given. %1 Nothing was done.").arg(howToSignIn())};
    return user;
}

std::unique_ptr<Journal> SignIn::open(const QString &location) const
{
    const Result<QString> user = userName();
    if (!user) {
        err(user.error());
        return nullptr;
    }
    std::optional<QString> password;
    if (m_parser.isSet(m_passwordStdin))
        password = inputLine();
    else if (qEnvironmentVariableIsSet("TRINN_PASSWORD"))
        password = qEnvironmentVariable("TRINN_PASSWORD");
    else if (onTerminal())
        password = typedWithoutEcho(Text::tr("Password for %1: ").arg(*user));
    if (!password) {
        err(Text::tr("No password for %1. %2 Nothing was done.").arg(*user, howToSignIn()));
        return nullptr;
    }
    // A PostgreSQL address without a user: the staff member's own database
    // login opens the journal (migration 18), with the same credentials.
    Journal::Options options;
    if (const Result<JournalLocation> parsed = JournalLocation::parse(location);
        parsed && parsed->backend == JournalLocation::Backend::PostgreSQL && parsed->userName.isEmpty()) {
        options.userName = *user;
        options.password = *password;
    }
    std::unique_ptr<Journal> journal = openJournal(location, options);
    if (!journal)
        return nullptr;
    const Result<Actor> actor = StaffStore(*journal).signIn(*user, *password);
    if (!actor) {
        err(Text::tr("Could not sign in as %1: %2 Nothing was done.").arg(*user, actor.error()));
        return nullptr;
    }
    journal->setActor(*actor);
    return journal;
}

Result<std::pair<QString, QString>> SignIn::newAccount() const
{
    const Result<QString> user = userName();
    if (!user)
        return Error{user.error()};
    if (m_parser.isSet(m_passwordStdin)) {
        if (std::optional<QString> line = inputLine())
            return std::pair{*user, *line};
    } else if (qEnvironmentVariableIsSet("TRINN_PASSWORD")) {
        return std::pair{*user, qEnvironmentVariable("TRINN_PASSWORD")};
    } else if (onTerminal()) {
        Result<QString> password = newPassword(*user);
        if (!password)
            return Error{password.error()};
        return std::pair{*user, *password};
    }
    return Error{Text::tr("No password for %1. %2 Nothing was done.").arg(*user, howToSignIn())};
}

Result<QString> newPassword(const QString &whose)
{
    if (!onTerminal()) {
        if (std::optional<QString> line = inputLine())
            return *line;
        return Error{Text::tr("No new password for %1 on standard input. Nothing was changed.").arg(whose)};
    }
    const std::optional<QString> first = typedWithoutEcho(Text::tr("New password for %1: ").arg(whose));
    const std::optional<QString> again = typedWithoutEcho(Text::tr("The same password again: "));
    if (!first || !again)
        return Error{Text::tr("No new password for %1. Nothing was changed.").arg(whose)};
    if (*first != *again)
        return Error{Text::tr("The two passwords differ. Nothing was changed.")};
    return *first;
}

} // namespace trinn::cli
