#include "cli.h"

#include "common/clinictime.h"
#include "storage/carerecordstore.h"
#include "storage/programstore.h"
#include "storage/recoverystore.h"
#include "testing/testingschedule.h"

namespace trinn::cli {
namespace {

Result<QDate> optionalDate(const QCommandLineParser &parser, const QCommandLineOption &option)
{
    if (!parser.isSet(option))
        return QDate();
    return dateOption(parser, option);
}

} // namespace

int runMedication(const QStringList &arguments)
{
    const QString sub = arguments.value(1);
    const QString usageText = Text::tr("trinnctl medication add JOURNAL --patient ID --drug DRUG --dose DOSE [--start DATE] [--stop DATE] "
                                   "[--prescriber NAME] | list JOURNAL --patient ID");
    if (sub != QStringLiteral("add") && sub != QStringLiteral("list")) {
        return usage(sub, usageText);
    }
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption patient(QStringLiteral("patient"), Text::tr("The patient's national id."), QStringLiteral("ID"));
    const QCommandLineOption drug(QStringLiteral("drug"), Text::tr("The drug (methadone, buprenorphine, disulfiram, ADHD medication …)."), QStringLiteral("DRUG"));
    const QCommandLineOption dose(QStringLiteral("dose"), Text::tr("The dose, e.g. \"80 mg daily\"."), QStringLiteral("DOSE"));
    const QCommandLineOption start(QStringLiteral("start"), Text::tr("First day (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption stop(QStringLiteral("stop"), Text::tr("Last day, if known."), QStringLiteral("DATE"));
    const QCommandLineOption prescriber(QStringLiteral("prescriber"), Text::tr("Who prescribed it."), QStringLiteral("NAME"));
    parser.addOptions({patient, drug, dose, start, stop, prescriber});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments.mid(1), usageText, 1); done >= 0)
        return done;
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    const Result<qint64> patientId = patientByNationalId(*journal, parser.value(patient));
    if (!patientId) {
        err(patientId.error());
        return BadInput;
    }
    CareRecordStore care(*journal);
    if (sub == QStringLiteral("list")) {
        const Result<QList<Medication>> list = care.medications(*patientId);
        if (!list) {
            err(list.error());
            return BadInput;
        }
        for (const Medication &m : *list)
            out(QStringList{m.drug, m.dose, clinictime::formatDate(m.start),
                            m.stop.isValid() ? clinictime::formatDate(m.stop) : QString(), m.prescriber}.join(u'\t'));
        return Success;
    }
    const Result<QDate> first = dateOption(parser, start);
    const Result<QDate> last = optionalDate(parser, stop);
    if (!first || !last) {
        err(first ? last.error() : first.error());
        return BadInput;
    }
    Medication m;
    m.patientId = *patientId;
    m.drug = parser.value(drug);
    m.dose = parser.value(dose);
    m.start = *first;
    m.stop = *last;
    m.prescriber = parser.value(prescriber);
    const Result<qint64> added = care.addMedication(m);
    if (!added) {
        err(added.error());
        return BadInput;
    }
    out(Text::tr("Recorded %1 %2 from %3.").arg(m.drug.trimmed(), m.dose.trimmed(), clinictime::formatDate(m.start)));
    return Success;
}

int runStep(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption patient(QStringLiteral("patient"), Text::tr("The patient's national id."), QStringLiteral("ID"));
    const QCommandLineOption step(QStringLiteral("step"), Text::tr("The step, 1 to 12."), QStringLiteral("N"));
    const QCommandLineOption started(QStringLiteral("started"), Text::tr("The day the step was started."), QStringLiteral("DATE"));
    const QCommandLineOption completed(QStringLiteral("completed"), Text::tr("The day the step was completed."), QStringLiteral("DATE"));
    parser.addOptions({patient, step, started, completed});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments,
                         Text::tr("trinnctl step JOURNAL --patient ID --step N --started DATE [--completed DATE]"), 1);
        done >= 0)
        return done;
    const Result<int> number = intOption(parser, step, 0, 1, 12);
    const Result<QDate> from = optionalDate(parser, started);
    const Result<QDate> to = optionalDate(parser, completed);
    if (!number || !from || !to || !parser.isSet(step)) {
        err(!parser.isSet(step) ? Text::tr("--step is needed.") : !number ? number.error() : !from ? from.error() : to.error());
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
    const Status recorded = RecoveryStore(*journal).recordStep(*patientId, {*number, *from, *to, QString(), QString()});
    if (!recorded) {
        err(recorded.error());
        return BadInput;
    }
    out(Text::tr("Step %1 recorded.").arg(*number));
    return Success;
}

int runProgramEdit(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption name(QStringLiteral("name"), Text::tr("A new name."), QStringLiteral("NAME"));
    const QCommandLineOption testing(QStringLiteral("testing"), Text::tr("Testing: daily, weekdays:1,3,5 or random:0.3."), QStringLiteral("SCHEDULE"));
    const QCommandLineOption capacity(QStringLiteral("capacity"), Text::tr("Places (0: no limit)."), QStringLiteral("N"));
    const QCommandLineOption phaseDays(QStringLiteral("phase-days"), Text::tr("A phase's planned length: CODE=DAYS; repeatable."), QStringLiteral("CODE=DAYS"));
    parser.addOptions({name, testing, capacity, phaseDays});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    parser.addPositionalArgument(QStringLiteral("PROGRAM"), Text::tr("The program's name or code."));
    if (int done = parse(parser, arguments,
                         Text::tr("trinnctl program edit JOURNAL PROGRAM [--name NAME] [--testing SCHEDULE] [--capacity N] "
                                  "[--phase-days CODE=DAYS]"),
                         2);
        done >= 0)
        return done;
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    ProgramStore programs(*journal);
    Result<ProgramTemplate> program = programs.find(parser.positionalArguments().at(1));
    if (!program) {
        err(program.error());
        return BadInput;
    }
    if (parser.isSet(name))
        program->name = parser.value(name);
    if (parser.isSet(testing)) {
        if (const Result<TestingSchedule> schedule = TestingSchedule::parse(parser.value(testing)); !schedule) {
            err(schedule.error());
            return BadInput;
        }
        program->testing = parser.value(testing).trimmed().toLower();
    }
    const Result<int> places = intOption(parser, capacity, program->capacity, 0, 1000);
    if (!places) {
        err(places.error());
        return BadInput;
    }
    program->capacity = *places;
    for (const QString &pair : parser.values(phaseDays)) {
        const QString code = pair.section(u'=', 0, 0);
        bool ok = false;
        const int days = pair.section(u'=', 1).toInt(&ok);
        auto phase = std::find_if(program->phases.begin(), program->phases.end(), [&](const PhaseTemplate &p) { return p.code == code; });
        if (phase == program->phases.end() || !ok) {
            err(Text::tr("\"%1\" names no phase of %2 with a number of days.").arg(pair, program->name));
            return BadInput;
        }
        phase->defaultDays = days;
    }
    if (const Status saved = programs.update(*program); !saved) {
        err(saved.error());
        return BadInput;
    }
    out(Text::tr("%1 saved as revision %2; episodes already planned keep their phases.").arg(program->name).arg(program->revision + 1));
    return Success;
}

} // namespace trinn::cli
