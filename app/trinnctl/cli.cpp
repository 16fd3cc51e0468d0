#include "cli.h"

#include <QTextStream>

namespace trinn::cli {

const QList<Command> &commands()
{
    static const QList<Command> all{
        {QStringLiteral("init"), Text::tr("Create a new, empty journal."), runInit},
        {QStringLiteral("demo"), Text::tr("Create a demo journal with a synthetic clinic."), runDemo},
        {QStringLiteral("patient"), Text::tr("Register (add) or search for (find) patients."), runPatient},
        {QStringLiteral("check"), Text::tr("Check a journal's integrity; exit 1 on problems."), runCheck},
        {QStringLiteral("program"), Text::tr("List (list) or edit (edit) the program templates."), runProgram},
        {QStringLiteral("enrol"), Text::tr("Enrol a patient in a program, with every rule checked."), runEnrol},
        {QStringLiteral("report"), Text::tr("Report a patient's episodes of care."), runReport},
        {QStringLiteral("board"), Text::tr("Print the day's test board."), runBoard},
        {QStringLiteral("medication"), Text::tr("Record (add) or list medication-assisted treatment."), runMedication},
        {QStringLiteral("step"), Text::tr("Record a patient's 12-step progress."), runStep},
        {QStringLiteral("referral"), Text::tr("Receive (add) or list referrals with their deadlines."), runReferral},
        {QStringLiteral("user"), Text::tr("Staff accounts: add, list, disable, reset-password."), runUser},
        {QStringLiteral("audit"), Text::tr("A patient's access report (report)."), runAudit},
        {QStringLiteral("backup"), Text::tr("Back up a journal, in use or not, to a checked, owner-only file."), runBackup},
        {QStringLiteral("restore"), Text::tr("Put a backup in a journal's place; refuses to lose newer records."), runRestore},
        {QStringLiteral("export"), Text::tr("Export the calendar as iCalendar (ical) to standard output, lists as CSV for spreadsheets (csv), or the journal as FHIR R4 (fhir)."), runExport},
        {QStringLiteral("import"), Text::tr("Import lab results from CSV (lab-results)."), runImport},
    };
    return all;
}

void out(const QString &line)
{
    static QTextStream stream(stdout);
    stream << line << Qt::endl;
}

void err(const QString &line)
{
    static QTextStream stream(stderr);
    stream << line << Qt::endl;
}

int parse(QCommandLineParser &parser, const QStringList &arguments, const QString &usage, int positionalCount)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")}, Text::tr("Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    if (!parser.parse(arguments)) {
        err(parser.errorText());
        err(Text::tr("Usage: %1").arg(usage));
        return BadInput;
    }
    if (parser.isSet(help)) {
        out(Text::tr("Usage: %1").arg(usage));
        out(parser.helpText().section(QLatin1Char('\n'), 2));
        return Success;
    }
    if (parser.positionalArguments().size() != positionalCount) {
        err(Text::tr("Usage: %1").arg(usage));
        return BadInput;
    }
    return -1;
}

int usage(const QString &given, const QString &usageText)
{
    const bool asked = given == QStringLiteral("--help") || given == QStringLiteral("-h");
    (asked ? out : err)(Text::tr("Usage: %1").arg(usageText));
    return asked ? Success : BadInput;
}

namespace {

// A PostgreSQL journal is set up by its owner: migration 18 makes the group
// roles, grants and policies, so the owner needs CREATEROLE (see README).
QString postgresHint(const QString &location, const QString &error)
{
    const Result<JournalLocation> parsed = JournalLocation::parse(location);
    if (!parsed || parsed->backend != JournalLocation::Backend::PostgreSQL || !error.contains(u"postgres_roles"))
        return error;
    return error + u' '
        + Text::tr("The database user of the address must own the database and may create roles "
                   "(createuser --createrole); see the README.");
}

} // namespace

std::unique_ptr<Journal> openJournal(const QString &location, const Journal::Options &options)
{
    if (JournalLocation::hasPassword(location))
        err(Text::tr("Warning: the password in the address can be read by every user of this computer while trinnctl "
                     "runs (ps). Leave it out and put it in ~/.pgpass (or PGPASSWORD) instead."));
    Result<std::unique_ptr<Journal>> journal = Journal::open(location, options);
    if (!journal) {
        err(postgresHint(location, journal.error()));
        return nullptr;
    }
    return std::move(*journal);
}

Result<int> intOption(const QCommandLineParser &parser, const QCommandLineOption &option, int fallback,
                      int minimum, int maximum)
{
    if (!parser.isSet(option))
        return fallback;
    bool ok = false;
    const int value = parser.value(option).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        return Error{Text::tr("--%1 takes a whole number from %2 to %3, not \"%4\".")
                         .arg(option.names().constLast())
                         .arg(minimum)
                         .arg(maximum)
                         .arg(parser.value(option))};
    return value;
}

} // namespace trinn::cli
