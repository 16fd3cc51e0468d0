#include "cli.h"
#include "newjournal.h"

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
    const QCommandLineOption size(QStringLiteral("size"),
                                  Text::tr("small (200 patients, 1 year; the default), clinic (400 patients, 3 years, whole history: the README's demo), year (2,000 patients, 1 year, "
                                           "whole history) or large (20,000 patients, 10 years, whole history: about "
                                           "2 million tests and 500,000 notes). --patients and --years change a size."),
                                  QStringLiteral("SIZE"));
    parser.addOptions({size, patients, years, seed});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("A new journal file or an empty PostgreSQL database."));
    if (int done = parse(parser, arguments,
                         Text::tr("trinnctl demo JOURNAL [--size small|clinic|year|large] [--patients N] [--years Y] [--seed S]"), 1);
        done >= 0)
        return done;

    const std::optional<DemoClinic::Options> sized =
        DemoClinic::sized(parser.isSet(size) ? parser.value(size).trimmed().toLower() : QStringLiteral("small"));
    if (!sized) {
        err(Text::tr("--size is one of %1, not \"%2\".").arg(DemoClinic::sizes().join(QStringLiteral(", ")), parser.value(size)));
        return BadInput;
    }
    DemoClinic::Options options = *sized;
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

    // A new journal only: its demo staff (with the documented password) must
    // never land in a journal in use.
    const QString location = parser.positionalArguments().constFirst();
    if (Result<std::unique_ptr<Journal>> existing = Journal::open(location); existing) {
        err(Text::tr("%1 is a Trinn journal already; a demo clinic goes into a new journal. Nothing was changed.")
                .arg((*existing)->location().display()));
        return BadInput;
    }
    Journal::Options open;
    open.mode = Journal::OpenMode::CreateIfMissing;
    open.kindIfCreated = JournalKind::Demo;
    // Built in a temporary file and renamed into place when complete: a demo
    // killed half-way, or stopped by a full disk, leaves no journal behind.
    return buildNewJournal(parser.positionalArguments().constFirst(), open, [&](const NewJournal &made) -> int {
        Journal &journal = made.journal;
        const Result<qint64> existing = PatientStore(journal).count();
        if (existing && *existing > 0) {
            err(Text::tr("%1 already holds %2 patients; a demo clinic goes into a new journal.")
                    .arg(made.where)
                    .arg(*existing));
            return BadInput;
        }

        QElapsedTimer timer;
        timer.start();
        const Result<DemoClinic::Summary> summary =
            DemoClinic::generate(journal, options, [&timer](const QString &line) {
                err(Text::tr("%1 s: %2").arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1).arg(line));
            });
        if (!summary) {
            err(made.told(summary.error()));
            return BadInput;
        }
        out(Text::tr("Demo clinic in %1: %2 patients, %3 next of kin, %4 episodes of care, %5 tests, %6 notes, "
                     "%7 referrals, %8 bed stays, %9 relapse stays, %10 individual sessions booked, %11 years, seed %12 (%13 s).")
                .arg(made.where)
                .arg(summary->patients)
                .arg(summary->nextOfKin)
                .arg(summary->episodes)
                .arg(summary->tests)
                .arg(summary->notes)
                .arg(summary->referrals)
                .arg(summary->bedStays)
                .arg(summary->relapseStays)
                .arg(summary->sessions)
                .arg(options.years)
                .arg(options.seed)
                .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1));
        return Success;
    });
}

} // namespace trinn::cli
