#include "cli.h"

#include "common/clinictime.h"
#include "reports/episodereport.h"
#include "storage/episodestore.h"

namespace trinn::cli {

int runReport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption patient(QStringLiteral("patient"), Text::tr("The patient's national id."), QStringLiteral("ID"));
    parser.addOption(patient);
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments, Text::tr("trinnctl report JOURNAL --patient ID"), 1); done >= 0)
        return done;
    if (!parser.isSet(patient)) {
        err(Text::tr("--patient is needed."));
        return BadInput;
    }
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    const Result<qint64> patientId = patientByNationalId(*journal, parser.value(patient));
    if (!patientId) {
        err(patientId.error());
        return BadInput;
    }
    const Result<QList<Episode>> episodes = EpisodeStore(*journal).episodesOf(*patientId);
    if (!episodes) {
        err(episodes.error());
        return BadInput;
    }
    if (episodes->isEmpty()) {
        err(Text::tr("The patient has not been enrolled in any program."));
        return Problems;
    }
    for (const Episode &episode : *episodes) {
        const Result<QStringList> lines = EpisodeReport::build(*journal, episode.id, clinictime::today());
        if (!lines) {
            err(lines.error());
            return BadInput;
        }
        for (const QString &line : *lines)
            out(line);
        out(QString());
    }
    return Success;
}

} // namespace trinn::cli
