#include "cli.h"
#include "newjournal.h"

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
    // Built beside its place and renamed into it when complete: a full disk
    // leaves no empty file that would later pass for a journal.
    return buildNewJournal(location, options, [&](const NewJournal &made) {
        out(Text::tr("Created a %1 journal at %2 (schema %3).")
                .arg(made.journal.kind() == JournalKind::Demo ? Text::tr("demo") : Text::tr("clinic"), made.where)
                .arg(made.journal.schemaVersion()));
        return int(Success);
    });
}

} // namespace trinn::cli
