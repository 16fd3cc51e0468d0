#include "cli.h"

#include "storage/labimport.h"

namespace trinn::cli {

int runImport(const QStringList &arguments)
{
    const QString usage = Text::tr("trinnctl import lab-results JOURNAL FILE");
    const QString what = arguments.value(1);
    if (what == QStringLiteral("--help") || what == QStringLiteral("-h")) {
        out(Text::tr("Usage: %1").arg(usage));
        out(Text::tr("FILE is CSV with the columns %1 (separated by ; or ,).").arg(LabImport::columns().join(u';')));
        return Success;
    }
    if (what != QStringLiteral("lab-results")) {
        err(Text::tr("Usage: %1").arg(usage));
        return BadInput;
    }
    QCommandLineParser parser;
    const SignIn signIn(parser);
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The lab's CSV file."));
    if (int done = parse(parser, arguments.mid(1), usage, 2); done >= 0)
        return done;
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    const Result<int> imported = LabImport::importFile(*journal, parser.positionalArguments().at(1));
    if (!imported) {
        err(imported.error());
        return BadInput;
    }
    out(Text::tr("Imported %1 lab results.").arg(*imported));
    return Success;
}

} // namespace trinn::cli
