#include "cli.h"

#include "common/clinictime.h"
#include "storage/substanceteststore.h"
#include "testing/testinterpretation.h"

namespace trinn::cli {

int runBoard(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption date(QStringLiteral("date"), Text::tr("The day (default today)."), QStringLiteral("DATE"));
    parser.addOption(date);
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments, Text::tr("trinnctl board JOURNAL [--date DATE]"), 1); done >= 0)
        return done;
    const Result<QDate> day = dateOption(parser, date);
    if (!day) {
        err(day.error());
        return BadInput;
    }
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    const Result<QList<SubstanceTestStore::BoardRow>> rows = SubstanceTestStore(*journal).board(*day);
    if (!rows) {
        err(rows.error());
        return BadInput;
    }
    int missing = 0;
    for (const SubstanceTestStore::BoardRow &row : *rows) {
        const QString status = row.outcome.isEmpty()
            ? Text::tr("not tested")
            : TestInterpretation::outcomeName(TestInterpretation::outcomeFromCode(row.outcome));
        missing += row.outcome.isEmpty() ? 1 : 0;
        out(QStringList{row.nationalId, row.name, row.program, status, row.reasons.join(QStringLiteral("; "))}.join(u'\t'));
    }
    err(Text::tr("%1: %2 to test, %3 not tested yet.").arg(clinictime::formatDate(*day)).arg(rows->size()).arg(missing));
    return Success;
}

} // namespace trinn::cli
