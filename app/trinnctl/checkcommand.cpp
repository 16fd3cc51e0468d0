#include "cli.h"

#include "storage/auditlog.h"
#include "storage/integritycheck.h"

namespace trinn::cli {

int runCheck(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal to check."));
    if (int done = parse(parser, arguments, Text::tr("trinnctl check JOURNAL"), 1); done >= 0)
        return done;
    // Exit 1 only for damage found; 2 when the check could not look (a full
    // disk, a busy or unreachable journal, a file that is no journal). The
    // journal is opened read-only and not migrated: looking changes nothing.
    Journal::Refusal refusal = Journal::Refusal::None;
    Journal::Options options;
    options.forChecking = true;
    options.refusal = &refusal;
    std::unique_ptr<Journal> journal = openJournal(parser.positionalArguments().constFirst(), options);
    if (!journal)
        return refusal == Journal::Refusal::Damaged ? Problems : BadInput;
    const auto couldNotLook = [&](const QString &why) {
        err(why);
        return journal->lastFailure() == StorageFailure::Kind::Damaged ? Problems : BadInput;
    };
    const Result<QStringList> problems = IntegrityCheck(*journal).run();
    if (!problems)
        return couldNotLook(problems.error());
    QStringList all = *problems;
    const Result<QString> chain = AuditLog::verify(*journal);
    if (!chain)
        return couldNotLook(chain.error());
    if (!chain->isEmpty())
        all << *chain;
    for (const QString &problem : std::as_const(all))
        err(problem);
    if (!all.isEmpty()) {
        err(Text::tr("%1: problems found: %2.").arg(journal->location().display()).arg(all.size()));
        return Problems;
    }
    const Result<qint64> patients = IntegrityCheck(*journal).patientCount();
    out(Text::tr("%1: intact (schema %2, %3 patients).")
            .arg(journal->location().display())
            .arg(journal->schemaVersion())
            .arg(patients ? *patients : 0));
    return Success;
}

} // namespace trinn::cli
