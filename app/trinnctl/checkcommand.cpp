#include "cli.h"

#include "storage/auditlog.h"
#include "storage/integritycheck.h"
#include "storage/journalfiles.h"
#include "storage/patientstore.h"

namespace trinn::cli {

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal to check."));
    if (int done = parse(parser, arguments, Text::tr("trinnctl check JOURNAL"), 1); done >= 0)
        return done;
    std::unique_ptr<Journal> journal = openJournal(parser.positionalArguments().constFirst());
    if (!journal)
        return Problems;
    const Result<QStringList> problems = IntegrityCheck(*journal).run();
    if (!problems) {
        err(problems.error());
        return Problems;
    }
    QStringList all = *problems;
    // Not damage, but health data open to every user of the computer.
    if (!journal->isPostgres()) {
        const QStringList open = JournalFiles::openToOthers(journal->location().filePath);
        for (const QString &file : open)
            err(Text::tr("Warning: other users of this computer may read %1. Make the journal its owner's only: "
                         "chmod 600 on the journal and its -wal and -shm files.")
                    .arg(file));
    }
    const Result<QString> chain = AuditLog::verify(*journal);
    if (!chain)
        all << chain.error();
    else if (!chain->isEmpty())
        all << *chain;
    for (const QString &problem : std::as_const(all))
        err(problem);
    if (!all.isEmpty()) {
        err(Text::tr("%1: problems found: %2.").arg(journal->location().display()).arg(all.size()));
        return Problems;
    }
    const Result<qint64> patients = PatientStore(*journal).count();
    out(Text::tr("%1: intact (schema %2, %3 patients).")
            .arg(journal->location().display())
            .arg(journal->schemaVersion())
            .arg(patients ? *patients : 0));
    return Success;
}

} // namespace trinn::cli
