#include "cli.h"
#include "common/translations.h"

#include <QCoreApplication>

using namespace trinn;

namespace {

void printOverview()
{
    cli::out(cli::Text::tr("Usage: trinnctl VERB JOURNAL [options]"));
    cli::out(cli::Text::tr("JOURNAL is a journal file or a postgresql:// address."));
    cli::out(QString());
    cli::out(cli::Text::tr("Verbs:"));
    for (const cli::Command &command : cli::commands())
        cli::out(QStringLiteral("  %1  %2").arg(command.name, -8).arg(command.summary));
    cli::out(QString());
    cli::out(cli::Text::tr("Verbs that read or change patients or staff accounts act as a staff member: -u USER (or "
                           "TRINN_USER), and the password asked without echo, on standard input with --password-stdin, "
                           "or in TRINN_PASSWORD. init makes the first administrator the same way; demo and check need no one."));
    cli::out(QString());
    cli::out(cli::Text::tr("\"trinnctl VERB --help\" tells more about a verb. Exit status: 0 done, "
                     "1 problems found, 2 bad input."));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("trinnctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TRINN_VERSION));
    installTranslations(app, qEnvironmentVariable("TRINN_LANG"));

    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 2 || arguments.at(1) == u"--help" || arguments.at(1) == u"-h"
        || arguments.at(1) == u"help") {
        printOverview();
        return arguments.size() < 2 ? cli::BadInput : cli::Success;
    }
    if (arguments.at(1) == u"--version") {
        cli::out(QStringLiteral("trinnctl " TRINN_VERSION));
        return cli::Success;
    }
    for (const cli::Command &command : cli::commands()) {
        if (command.name == arguments.at(1))
            return command.run(arguments.mid(1));
    }
    cli::err(cli::Text::tr("\"%1\" is not a trinnctl verb.").arg(arguments.at(1)));
    printOverview();
    return cli::BadInput;
}
