#include "cli.h"

#include "storage/postgresroles.h"

namespace trinn::cli {
namespace {

// A PostgreSQL journal is set up by its owner: migration 18 makes the group
// roles, grants and policies, so the owner needs CREATEROLE (see README).
void explainPostgres(const Journal &journal)
{
    if (!journal.isPostgres() || journal.schemaVersion() < PostgresRoles::schemaVersion)
        return;
    out(Text::tr("The server enforces the staff roles (groups trinn_nurse, trinn_therapist, trinn_coordinator, trinn_admin). "
                 "Add each staff member with \"trinnctl user add\": they sign in with their own database login. "
                 "Keep %1 off the workstations; their address names no user.")
            .arg(journal.location().userName));
}

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

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Text::tr("Make a demo journal (synthetic national ids only)."));
    parser.addOption(demo);
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("A new journal file or an empty PostgreSQL database."));
    if (int done = parse(parser, arguments, Text::tr("trinnctl init JOURNAL [--demo]"), 1); done >= 0)
        return done;

    const QString location = parser.positionalArguments().constFirst();
    // An existing journal is refused, not reopened: init must never touch a journal in use.
    if (Result<std::unique_ptr<Journal>> existing = Journal::open(location); existing) {
        err(Text::tr("%1 is a Trinn journal already; nothing was changed.").arg((*existing)->location().display()));
        return BadInput;
    }
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    options.kindIfCreated = parser.isSet(demo) ? JournalKind::Demo : JournalKind::Clinic;
    Result<std::unique_ptr<Journal>> opened = Journal::open(location, options);
    if (!opened) {
        err(postgresHint(location, opened.error()));
        return BadInput;
    }
    std::unique_ptr<Journal> journal = std::move(*opened);
    out(Text::tr("Created a %1 journal at %2 (schema %3).")
            .arg(journal->kind() == JournalKind::Demo ? Text::tr("demo") : Text::tr("clinic"),
                 journal->location().display())
            .arg(journal->schemaVersion()));
    explainPostgres(*journal);
    return Success;
}

} // namespace trinn::cli
