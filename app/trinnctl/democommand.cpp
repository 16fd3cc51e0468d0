#include "cli.h"

#include "demo/democlinic.h"
#include "storage/patientstore.h"

#include <QElapsedTimer>

namespace trinn::cli {

int runDemo(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption patients(QStringLiteral("patients"), Text::tr("How many patients (default 200)."),
                                      QStringLiteral("N"));
    const QCommandLineOption years(QStringLiteral("years"), Text::tr("How many years of history (default 1)."),
                                   QStringLiteral("Y"));
    const QCommandLineOption seed(QStringLiteral("seed"),
                                  Text::tr("Random seed; the same seed gives the same clinic (default 1)."),
                                  QStringLiteral("S"));
    parser.addOptions({patients, years, seed});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("A new journal file or an empty PostgreSQL database."));
    if (int done = parse(parser, arguments,
                         Text::tr("trinnctl demo JOURNAL [--patients N] [--years Y] [--seed S]"), 1);
        done >= 0)
        return done;

    DemoClinic::Options options;
    const Result<int> patientCount = intOption(parser, patients, options.patients, 0, 1000000);
    const Result<int> yearCount = intOption(parser, years, options.years, 1, 50);
    const Result<int> seedValue = intOption(parser, seed, int(options.seed), 0, 2147483647);
    for (const Result<int> *value : {&patientCount, &yearCount, &seedValue}) {
        if (!*value) {
            err(value->error());
            return BadInput;
        }
    }
    options.patients = *patientCount;
    options.years = *yearCount;
    options.seed = quint32(*seedValue);

    Journal::Options open;
    open.mode = Journal::OpenMode::CreateIfMissing;
    open.kindIfCreated = JournalKind::Demo;
    std::unique_ptr<Journal> journal = openJournal(parser.positionalArguments().constFirst(), open);
    if (!journal)
        return BadInput;
    const Result<qint64> existing = PatientStore(*journal).count();
    if (existing && *existing > 0) {
        err(Text::tr("%1 already holds %2 patients; a demo clinic goes into a new journal.")
                .arg(journal->location().display())
                .arg(*existing));
        return BadInput;
    }

    QElapsedTimer timer;
    timer.start();
    const Result<DemoClinic::Summary> summary = DemoClinic::generate(*journal, options, [](int done, int total) {
        err(Text::tr("%1 of %2 patients written").arg(done).arg(total));
    });
    if (!summary) {
        err(summary.error());
        return BadInput;
    }
    out(Text::tr("Demo clinic in %1: %2 patients, %3 next of kin, %4 episodes of care, %5 tests, %6 years, seed %7 (%8 s).")
            .arg(journal->location().display())
            .arg(summary->patients)
            .arg(summary->nextOfKin)
            .arg(summary->episodes)
            .arg(summary->tests)
            .arg(options.years)
            .arg(options.seed)
            .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
    return Success;
}

} // namespace trinn::cli
