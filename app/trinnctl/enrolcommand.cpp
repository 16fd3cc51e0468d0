#include "cli.h"

#include "common/clinictime.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"
#include "storage/programstore.h"

namespace trinn::cli {

Result<qint64> patientByNationalId(Journal &journal, const QString &nationalId)
{
    const Result<std::optional<qint64>> found = PatientStore(journal).findByNationalId(nationalId);
    if (!found)
        return Error{found.error()};
    if (!found->has_value())
        return Error{Text::tr("No patient has national id %1 in this journal.").arg(nationalId)};
    return found->value();
}

Result<QDate> dateOption(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return clinictime::today();
    for (const QString &format : {QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy")}) {
        const QDate date = QDate::fromString(parser.value(option), format);
        if (date.isValid())
            return date;
    }
    return Error{Text::tr("--%1 takes a date as 2027-03-14 or 14.03.2027, not \"%2\".")
                     .arg(option.names().constLast(), parser.value(option))};
}

int runEnrol(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption patient(QStringLiteral("patient"), Text::tr("The patient's national id."), QStringLiteral("ID"));
    const QCommandLineOption program(QStringLiteral("program"), Text::tr("The program's name or code."), QStringLiteral("NAME"));
    const QCommandLineOption start(QStringLiteral("start"), Text::tr("First day (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption with(QStringLiteral("with"), Text::tr("Include an optional phase (tapering, detox); repeatable."),
                                  QStringLiteral("PHASE"));
    const QCommandLineOption meets(QStringLiteral("meets"),
                                   Text::tr("The code of a criterion that applies to the patient (e.g. self-harm); repeatable. "
                                            "Unnamed criteria do not apply; an unknown code is refused with the valid ones."),
                                   QStringLiteral("CRITERION"));
    parser.addOptions({patient, program, start, with, meets});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments,
                         Text::tr("trinnctl enrol JOURNAL --patient ID --program NAME [--start DATE] [--with PHASE] "
                                  "[--meets CRITERION]"),
                         1);
        done >= 0)
        return done;
    if (!parser.isSet(patient) || !parser.isSet(program)) {
        err(Text::tr("Both --patient and --program are needed."));
        return BadInput;
    }
    const Result<QDate> first = dateOption(parser, start);
    if (!first) {
        err(first.error());
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
    const Result<ProgramTemplate> chosen = ProgramStore(*journal).find(parser.value(program));
    if (!chosen) {
        err(chosen.error());
        return BadInput;
    }
    EpisodeStore::Enrolment enrolment;
    enrolment.patientId = *patientId;
    enrolment.program = chosen->code;
    enrolment.start = *first;
    enrolment.optionalPhases = parser.values(with);
    // Every code named applies; core refuses one the program does not have.
    const QStringList applies = parser.values(meets);
    for (const QString &code : applies)
        enrolment.assessment.append({code.trimmed(), true});
    for (const Criterion &criterion : chosen->criteria) {
        if (!applies.contains(criterion.key()))
            enrolment.assessment.append({criterion.key(), false});
    }

    EpisodeStore episodes(*journal);
    const Result<qint64> episode = episodes.enrol(enrolment);
    if (!episode) {
        err(episode.error());
        return BadInput;
    }
    const Result<Episode> planned = episodes.episode(*episode);
    out(Text::tr("Enrolled in %1 from %2.").arg(chosen->name, clinictime::formatDate(*first)));
    if (planned) {
        for (const Phase &phase : planned->phases)
            out(QStringLiteral("  %1\t%2–%3")
                    .arg(phase.name, clinictime::formatDate(phase.plannedStart), clinictime::formatDate(phase.plannedEnd)));
    }
    return Success;
}

} // namespace trinn::cli
