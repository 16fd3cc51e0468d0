#include "cli.h"

#include "storage/programstore.h"

namespace trinn::cli {

int runProgram(const QStringList &arguments)
{
    const QString usage = Text::tr("trinnctl program list JOURNAL | edit JOURNAL PROGRAM …");
    if (arguments.value(1) == QStringLiteral("edit"))
        return runProgramEdit(arguments.mid(1));
    if (arguments.value(1) != QStringLiteral("list")) {
        if (arguments.value(1) == QStringLiteral("--help") || arguments.value(1) == QStringLiteral("-h")) {
            out(Text::tr("Usage: %1").arg(usage));
            return Success;
        }
        err(Text::tr("Usage: %1").arg(usage));
        return BadInput;
    }
    QCommandLineParser parser;
    const SignIn signIn(parser);
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments.mid(1), usage, 1); done >= 0)
        return done;
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    const Result<QList<ProgramTemplate>> programs = ProgramStore(*journal).list();
    if (!programs) {
        err(programs.error());
        return BadInput;
    }
    for (const ProgramTemplate &program : *programs) {
        QStringList phases;
        for (const PhaseTemplate &phase : program.phases)
            phases << Text::tr("%1 %2 d").arg(phase.name).arg(phase.defaultDays) + (phase.optional ? Text::tr(" (optional)") : QString());
        QString details = Text::tr("code %1; service %2; phases: %3").arg(program.code, program.service, phases.join(QStringLiteral(", ")));
        if (program.capacity > 0)
            details += Text::tr("; %1 places").arg(program.capacity);
        if (program.weeks > 0)
            details += Text::tr("; %1 weeks of %2 min").arg(program.weeks).arg(program.sessionMinutes);
        if (!program.prerequisiteCode.isEmpty())
            details += Text::tr("; after %1").arg(program.prerequisiteCode);
        if (program.testing != QStringLiteral("none"))
            details += Text::tr("; testing %1").arg(program.testing);
        out(program.name + u'\t' + details);
    }
    return Success;
}

} // namespace trinn::cli
