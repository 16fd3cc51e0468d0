#include "cli.h"

#include "export/csvexport.h"
#include "storage/groupstore.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace trinn::cli {

int runExportCsv(const QStringList &arguments)
{
    const QString usageText = Text::tr("trinnctl export csv board|tests|attendance|waiting JOURNAL FILE [--date DATE] "
                                       "[--patient ID] [--group NAME] [--force]");
    const QString list = arguments.value(2);
    const QStringList lists{QStringLiteral("board"), QStringLiteral("tests"), QStringLiteral("attendance"), QStringLiteral("waiting")};
    if (!lists.contains(list))
        return usage(list, usageText);
    QCommandLineParser parser;
    const SignIn signIn(parser);
    const QCommandLineOption date(QStringLiteral("date"), Text::tr("board: the day (default today)."), QStringLiteral("DATE"));
    const QCommandLineOption patient(QStringLiteral("patient"), Text::tr("tests: the patient's national id."), QStringLiteral("ID"));
    const QCommandLineOption group(QStringLiteral("group"), Text::tr("attendance: the group's name."), QStringLiteral("NAME"));
    const QCommandLineOption force(QStringLiteral("force"), Text::tr("Replace FILE if it exists."));
    parser.addOptions({date, patient, group, force});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), Text::tr("The journal."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Text::tr("The CSV file to write (\"-\": standard output)."));
    if (int done = parse(parser, arguments.mid(2), usageText, 2); done >= 0)
        return done;
    const QString file = parser.positionalArguments().at(1);
    if (list == QStringLiteral("tests") && !parser.isSet(patient)) {
        err(Text::tr("tests needs --patient ID. Nothing was written."));
        return BadInput;
    }
    if (list == QStringLiteral("attendance") && !parser.isSet(group)) {
        err(Text::tr("attendance needs --group NAME. Nothing was written."));
        return BadInput;
    }
    if (file != QStringLiteral("-") && QFileInfo::exists(file) && !parser.isSet(force)) {
        err(Text::tr("%1 exists already. Nothing was written; give --force to replace it.").arg(file));
        return BadInput;
    }
    const Result<QDate> day = dateOption(parser, date);
    if (!day) {
        err(day.error());
        return BadInput;
    }
    std::unique_ptr<Journal> journal = signIn.open(parser.positionalArguments().constFirst());
    if (!journal)
        return BadInput;
    Result<QByteArray> csv = Error{QString()};
    if (list == QStringLiteral("board")) {
        csv = CsvExport::board(*journal, *day);
    } else if (list == QStringLiteral("tests")) {
        const Result<qint64> id = patientByNationalId(*journal, parser.value(patient));
        csv = id ? CsvExport::tests(*journal, *id) : Result<QByteArray>(Error{id.error()});
    } else if (list == QStringLiteral("attendance")) {
        const Result<QList<TherapyGroup>> groups = GroupStore(*journal).groups();
        if (!groups) {
            err(groups.error());
            return BadInput;
        }
        qint64 groupId = 0;
        for (const TherapyGroup &candidate : *groups) {
            if (candidate.name.compare(parser.value(group).trimmed(), Qt::CaseInsensitive) == 0)
                groupId = candidate.id;
        }
        csv = groupId ? CsvExport::attendance(*journal, groupId)
                      : Result<QByteArray>(Error{Text::tr("There is no group named %1.").arg(parser.value(group).trimmed())});
    } else {
        csv = CsvExport::waitingList(*journal);
    }
    if (!csv) {
        err(Text::tr("%1 Nothing was written.").arg(csv.error()));
        return BadInput;
    }
    if (file == QStringLiteral("-")) {
        QFile output;
        if (!output.open(stdout, QIODevice::WriteOnly) || output.write(*csv) != csv->size())
            return BadInput;
        return Success;
    }
    // Whole or not at all; patient data, so the owner's only.
    QSaveFile output(file);
    if (!output.open(QIODevice::WriteOnly) || output.write(*csv) != csv->size()
        || !output.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) || !output.commit()) {
        err(Text::tr("%1 could not be written: %2. Nothing was written.").arg(file, output.errorString()));
        return BadInput;
    }
    out(Text::tr("Wrote %1.").arg(file));
    return Success;
}

} // namespace trinn::cli
