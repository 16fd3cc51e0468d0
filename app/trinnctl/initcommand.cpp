#include "cli.h"
#include "newjournal.h"

#include "storage/staffstore.h"
#include "storage/auditlog.h"

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

} // namespace

int runInit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption demo(QStringLiteral("demo"),
                                  Text::tr("Make a demo journal (synthetic national ids only)."));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Text::tr("The first administrator's full name (else the user name)."), QStringLiteral("NAME"));
    parser.addOptions({demo, name});
    // The first administrator: the user name and password are given as for signing in.
    const SignIn signIn(parser);
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("A new journal file or an empty PostgreSQL database."));
    if (int done = parse(parser, arguments, Text::tr("trinnctl init JOURNAL [--demo] -u USER [--name NAME] [--password-stdin]"), 1); done >= 0)
        return done;

    const QString location = parser.positionalArguments().constFirst();
    // An existing journal is refused, not reopened: init must never touch a journal in use.
    if (Result<std::unique_ptr<Journal>> existing = Journal::open(location); existing) {
        err(Text::tr("%1 is a Trinn journal already; nothing was changed.").arg((*existing)->location().display()));
        return BadInput;
    }
    // Asked before anything is made, so that a refusal leaves nothing behind.
    const Result<std::pair<QString, QString>> administrator = signIn.newAccount();
    if (!administrator) {
        err(administrator.error());
        return BadInput;
    }
    const auto &[user, password] = *administrator;
    if (const Decision strong = StaffStore::passwordStrongEnough(password); !strong) {
        err(Text::tr("%1 Nothing was created.").arg(strong.reason));
        return BadInput;
    }
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    options.kindIfCreated = parser.isSet(demo) ? JournalKind::Demo : JournalKind::Clinic;
    // Built beside its place and renamed into it when complete: a full disk
    // leaves no empty file that would later pass for a journal. The first
    // administrator and the seal are made before it is in place.
    return buildNewJournal(location, options, [&](const NewJournal &made) {
        Journal &journal = made.journal;
        const QString fullName = parser.isSet(name) ? parser.value(name) : user;
        if (const Result<qint64> added = StaffStore(journal).add(user, fullName, {Role::Administrator}, password); !added) {
            err(Text::tr("The journal at %1 was not made: its first administrator could not be: %2").arg(made.where, added.error()));
            return int(BadInput);
        }
        // A new journal is sealed from its first record on.
        const Result<QString> key = AuditLog::startSealing(journal);
        if (!key) {
            err(Text::tr("The journal at %1 was not made: its audit log could not be sealed: %2").arg(made.where, key.error()));
            return int(Problems);
        }
        out(Text::tr("Created a %1 journal at %2 (schema %3).")
                .arg(journal.kind() == JournalKind::Demo ? Text::tr("demo") : Text::tr("clinic"), made.where)
                .arg(journal.schemaVersion()));
        out(Text::tr("Its first administrator is %1.").arg(user));
        printVerificationKey(*key);
        explainPostgres(journal);
        return int(Success);
    });
}

} // namespace trinn::cli
