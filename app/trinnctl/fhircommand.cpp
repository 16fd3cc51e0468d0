#include "cli.h"

#include "export/fhirexport.h"

#include <QDir>
#include <QJsonDocument>
#include <QSaveFile>

namespace trinn::cli {

// trinnctl export fhir JOURNAL FOLDER [--patient ID]: the whole journal as
// FHIR Bulk Data NDJSON, or one patient's copy as a Bundle.
int runExportFhir(const QStringList &arguments)
{
    const QString usageText = Text::tr("trinnctl export fhir JOURNAL FOLDER [--patient ID]");
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption patient(QStringLiteral("patient"),
                                     Text::tr("Only this patient (national id): their journal as one FHIR Bundle, Bundle.json."),
                                     QStringLiteral("ID"));
    parser.addOption(patient);
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    parser.addPositionalArgument(QStringLiteral("FOLDER"), Text::tr("Where the files go (made if missing)."));
    if (int done = parse(parser, arguments.mid(1), usageText, 2); done >= 0)
        return done;
    const QString folder = parser.positionalArguments().at(1);
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;

    if (!parser.isSet(patient)) {
        const Result<FhirExport::Counts> counts = FhirExport::bulk(*journal, folder);
        if (!counts) {
            err(counts.error());
            return Problems;
        }
        for (auto it = counts->cbegin(); it != counts->cend(); ++it)
            out(Text::tr("%1.ndjson: %2 resources").arg(it.key()).arg(it.value()));
        return Success;
    }
    const Result<qint64> id = patientByNationalId(*journal, parser.value(patient).trimmed());
    if (!id) {
        err(id.error());
        return BadInput;
    }
    const Result<QJsonObject> bundle = FhirExport::patientBundle(*journal, *id);
    if (!bundle) {
        err(bundle.error());
        return Problems;
    }
    if (!QDir().mkpath(folder)) {
        err(Text::tr("Could not make the folder %1; nothing was exported.").arg(QDir::toNativeSeparators(folder)));
        return Problems;
    }
    const QString path = QDir(folder).filePath(QStringLiteral("Bundle.json"));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(QJsonDocument(*bundle).toJson()) < 0 || !file.commit()) {
        err(Text::tr("Could not write %1 (%2); nothing was exported.").arg(QDir::toNativeSeparators(path), file.errorString()));
        return Problems;
    }
    out(Text::tr("%1: %2 resources").arg(QDir::toNativeSeparators(path)).arg(bundle->value(QStringLiteral("entry")).toArray().size()));
    return Success;
}

} // namespace trinn::cli
