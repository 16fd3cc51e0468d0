#include "cli.h"

#include "storage/auditlog.h"

namespace trinn::cli {

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
    std::unique_ptr<Journal> journal = openJournal(location, options);
    if (!journal)
        return BadInput;
    out(Text::tr("Created a %1 journal at %2 (schema %3).")
            .arg(journal->kind() == JournalKind::Demo ? Text::tr("demo") : Text::tr("clinic"),
                 journal->location().display())
            .arg(journal->schemaVersion()));
    // A new journal is sealed from its first record on.
    const Result<QString> key = AuditLog::startSealing(*journal);
    if (!key) {
        err(Text::tr("The journal was made, but its audit log could not be sealed: %1").arg(key.error()));
        return Problems;
    }
    printVerificationKey(*key);
    return Success;
}

} // namespace trinn::cli
