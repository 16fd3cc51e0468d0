#include "cli.h"

#include "common/clinictime.h"
#include "storage/backup.h"

namespace trinn::cli {

int runBackup(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption force(QStringLiteral("force"), Text::tr("Replace FILE if it exists."));
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal to back up (it may be in use)."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The backup file to write."));
    if (int done = parse(parser, arguments, Text::tr("trinnctl backup JOURNAL FILE [--force]"), 2); done >= 0)
        return done;
    const QString file = parser.positionalArguments().at(1);
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    Backup::Refusal refusal = Backup::Refusal::None;
    const Result<Backup::Made> made = Backup::take(*journal, file, parser.isSet(force), &refusal);
    if (!made) {
        err(made.error());
        if (refusal == Backup::Refusal::Exists)
            err(Text::tr("Give --force to replace it."));
        return BadInput;
    }
    out(Text::tr("Backed up %1 to %2 (%3 KiB), checked, readable by its owner only.")
            .arg(journal->location().display(), made->file)
            .arg((made->bytes + 1023) / 1024));
    return Success;
}

int runRestore(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption force(QStringLiteral("force"),
                                   Text::tr("Replace the journal even when it holds records the backup lacks (it is kept)."));
    parser.addOption(force);
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The backup to restore."));
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal to put it in place of (closed on every workstation)."));
    if (int done = parse(parser, arguments, Text::tr("trinnctl restore FILE JOURNAL [--force]"), 2); done >= 0)
        return done;
    const QString file = parser.positionalArguments().at(0);
    const QString journal = parser.positionalArguments().at(1);
    Backup::Refusal refusal = Backup::Refusal::None;
    const Result<Backup::Restored> restored = Backup::restore(file, journal, parser.isSet(force), &refusal);
    if (!restored) {
        err(restored.error());
        if (refusal == Backup::Refusal::Newer)
            err(Text::tr("Give --force to restore anyway; the journal it replaces is kept beside it."));
        return refusal == Backup::Refusal::BadBackup ? Problems : BadInput;
    }
    out(Text::tr("Restored %1 from %2 (its last audit record is from %3).")
            .arg(journal, file,
                 restored->contents.head.at.isValid() ? clinictime::formatDateTime(restored->contents.head.at) : Text::tr("(none)")));
    if (!restored->keptAs.isEmpty())
        out(Text::tr("The journal it replaced is kept as %1.").arg(restored->keptAs));
    return Success;
}

} // namespace trinn::cli
