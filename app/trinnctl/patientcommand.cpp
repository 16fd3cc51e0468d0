#include "cli.h"

#include "common/clinictime.h"
#include "patients/patientrules.h"
#include "storage/patientstore.h"

namespace trinn::cli {
namespace {

int addPatient(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption id(QStringLiteral("id"), Text::tr("National id: 11 digits."), QStringLiteral("ID"));
    const QCommandLineOption name(QStringLiteral("name"),
                                  Text::tr("Full name: \"Given Family\" or \"Family, Given\"."), QStringLiteral("NAME"));
    const QCommandLineOption phone(QStringLiteral("phone"), Text::tr("Phone number."), QStringLiteral("PHONE"));
    const QCommandLineOption address(QStringLiteral("address"), Text::tr("Home address."), QStringLiteral("ADDRESS"));
    const QCommandLineOption gp(QStringLiteral("gp"), Text::tr("The patient's GP."), QStringLiteral("GP"));
    parser.addOptions({id, name, phone, address, gp});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    if (int done = parse(parser, arguments,
                         Text::tr("trinnctl patient add JOURNAL --id ID --name NAME [--phone P] [--address A] [--gp G]"), 1);
        done >= 0)
        return done;
    if (!parser.isSet(id) || !parser.isSet(name)) {
        err(Text::tr("Both --id and --name are needed."));
        return BadInput;
    }

    NewPatient patient;
    patient.nationalId = parser.value(id);
    PatientRules::splitName(parser.value(name), &patient.givenNames, &patient.familyName);
    patient.phone = parser.value(phone);
    patient.address = parser.value(address);
    patient.gpName = parser.value(gp);

    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    const Result<qint64> added = PatientStore(*journal).add(patient);
    if (!added) {
        err(added.error());
        return BadInput;
    }
    out(Text::tr("Registered %1 %2 (%3).").arg(patient.givenNames, patient.familyName, patient.nationalId.remove(u' ')));
    return Success;
}

int findPatients(const QStringList &arguments)
{
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption limit(QStringLiteral("limit"), Text::tr("Show at most this many (default 50)."),
                                   QStringLiteral("N"));
    parser.addOption(limit);
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    parser.addPositionalArgument(QStringLiteral("TEXT"), Text::tr("Name parts or the start of a national id."));
    if (int done = parse(parser, arguments, Text::tr("trinnctl patient find JOURNAL TEXT [--limit N]"), 2); done >= 0)
        return done;
    const Result<int> count = intOption(parser, limit, 50, 1, 100000);
    if (!count) {
        err(count.error());
        return BadInput;
    }
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    const QString text = parser.positionalArguments().at(1);
    const Result<QList<PatientSummary>> found = PatientStore(*journal).search(text, *count);
    if (!found) {
        err(found.error());
        return BadInput;
    }
    for (const PatientSummary &patient : *found)
        out(patient.nationalId + u'\t' + patient.familyName + QStringLiteral(", ") + patient.givenNames + u'\t'
            + clinictime::formatDate(patient.birthDate));
    if (found->isEmpty()) {
        err(Text::tr("No patient matches \"%1\".").arg(text));
        return Problems;
    }
    return Success;
}

} // namespace

int runPatient(const QStringList &arguments)
{
    const QString usage = Text::tr("trinnctl patient add|find JOURNAL …  (\"trinnctl patient add --help\" for more)");
    const QString sub = arguments.value(1);
    if (sub == u"add")
        return addPatient(arguments.mid(1));
    if (sub == u"find")
        return findPatients(arguments.mid(1));
    if (sub == u"--help" || sub == u"-h") {
        out(Text::tr("Usage: %1").arg(usage));
        return Success;
    }
    err(Text::tr("Usage: %1").arg(usage));
    return BadInput;
}

} // namespace trinn::cli
