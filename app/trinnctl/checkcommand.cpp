#include "cli.h"

#include "storage/integritycheck.h"
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
    for (const QString &problem : *problems)
        err(problem);
    if (!problems->isEmpty()) {
        err(Text::tr("%1: problems found: %2.").arg(journal->location().display()).arg(problems->size()));
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
