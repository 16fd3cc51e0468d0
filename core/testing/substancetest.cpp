#include "substancetest.h"

#include "testing/medicationidentity.h"

#include "common/clinictime.h"

namespace trinn {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(SubstanceTest)
};
} // namespace

const QList<Analytes::Info> &Analytes::all()
{
    // Common urine screening cut-offs (ng/mL); ethanol by breath in per mille.
    static const QList<Info> analytes{
        {QStringLiteral("etg"), tr("ethanol/EtG"), QStringLiteral("ng/mL"), 500},
        {QStringLiteral("amp"), tr("amphetamine"), QStringLiteral("ng/mL"), 500},
        {QStringLiteral("met"), tr("methamphetamine"), QStringLiteral("ng/mL"), 500},
        {QStringLiteral("bzd"), tr("benzodiazepines"), QStringLiteral("ng/mL"), 200},
        {QStringLiteral("thc"), tr("cannabis/THC"), QStringLiteral("ng/mL"), 50},
        {QStringLiteral("coc"), tr("cocaine"), QStringLiteral("ng/mL"), 300},
        {QStringLiteral("opi"), tr("opiates"), QStringLiteral("ng/mL"), 300},
        {QStringLiteral("mtd"), tr("methadone"), QStringLiteral("ng/mL"), 300},
        {QStringLiteral("bup"), tr("buprenorphine"), QStringLiteral("ng/mL"), 10},
        {QStringLiteral("fen"), tr("fentanyl"), QStringLiteral("ng/mL"), 1},
        {QStringLiteral("ghb"), tr("GHB"), QStringLiteral("µg/mL"), 10},
    };
    return analytes;
}

std::optional<Analytes::Info> Analytes::find(const QString &codeOrName)
{
    const QString wanted = codeOrName.trimmed();
    for (const Info &info : all()) {
        if (info.code.compare(wanted, Qt::CaseInsensitive) == 0 || info.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return info;
    }
    // The English names work in every language, so imports do not depend on the locale.
    static const QStringList english{QStringLiteral("ethanol"), QStringLiteral("amphetamine"), QStringLiteral("methamphetamine"),
                                     QStringLiteral("benzodiazepines"), QStringLiteral("cannabis"), QStringLiteral("cocaine"),
                                     QStringLiteral("opiates"), QStringLiteral("methadone"), QStringLiteral("buprenorphine"),
                                     QStringLiteral("fentanyl"), QStringLiteral("ghb")};
    const qsizetype index = english.indexOf(wanted.toLower());
    if (index >= 0)
        return all().at(index);
    return std::nullopt;
}

QStringList Analytes::panel(bool breath)
{
    if (breath)
        return {QStringLiteral("etg")};
    QStringList codes;
    for (const Info &info : all())
        codes << info.code;
    return codes;
}

std::optional<QString> Analytes::forDrug(const QString &drug)
{
    const auto identity = medicationIdentityOf(drug);
    if (!identity || identity->explains.isEmpty())
        return std::nullopt;
    return identity->explains.first();
}

const AnalyteResult *SubstanceTest::result(const QString &analyte) const
{
    for (const AnalyteResult &r : results) {
        if (r.analyte == analyte)
            return &r;
    }
    return nullptr;
}

QString SubstanceTest::sampleTypeCode(SampleType type)
{
    switch (type) {
    case SampleType::Urine: return QStringLiteral("urine");
    case SampleType::Breath: return QStringLiteral("breath");
    case SampleType::Saliva: return QStringLiteral("saliva");
    case SampleType::Blood: return QStringLiteral("blood");
    }
    return QStringLiteral("urine");
}

SubstanceTest::SampleType SubstanceTest::sampleTypeFromCode(const QString &code)
{
    for (SampleType t : {SampleType::Urine, SampleType::Breath, SampleType::Saliva, SampleType::Blood}) {
        if (sampleTypeCode(t) == code)
            return t;
    }
    return SampleType::Urine;
}

QString SubstanceTest::sampleTypeName(SampleType type)
{
    switch (type) {
    case SampleType::Urine: return Text::tr("Urine");
    case SampleType::Breath: return Text::tr("Breath");
    case SampleType::Saliva: return Text::tr("Saliva");
    case SampleType::Blood: return Text::tr("Blood");
    }
    return {};
}

QString SubstanceTest::labStatusCode(LabStatus status)
{
    switch (status) {
    case LabStatus::None: return QStringLiteral("none");
    case LabStatus::Pending: return QStringLiteral("pending");
    case LabStatus::Confirmed: return QStringLiteral("confirmed");
    }
    return QStringLiteral("none");
}

SubstanceTest::LabStatus SubstanceTest::labStatusFromCode(const QString &code)
{
    if (code == QStringLiteral("pending"))
        return LabStatus::Pending;
    if (code == QStringLiteral("confirmed"))
        return LabStatus::Confirmed;
    return LabStatus::None;
}

QString SubstanceTest::changeCode(Change change)
{
    switch (change) {
    case Change::Recorded: return QStringLiteral("recorded");
    case Change::Corrected: return QStringLiteral("corrected");
    case Change::LabResult: return QStringLiteral("lab");
    }
    return QStringLiteral("recorded");
}

SubstanceTest::Change SubstanceTest::changeFromCode(const QString &code)
{
    for (Change c : {Change::Recorded, Change::Corrected, Change::LabResult}) {
        if (changeCode(c) == code)
            return c;
    }
    return Change::Recorded;
}

Decision SameDayRule::decide(const QList<SubstanceTest> &earlier, SameDay choice, const QString &reason,
                             const QString &patientName, const QString &earlierFindings)
{
    if (earlier.isEmpty()) {
        if (choice == SameDay::Correction)
            return Decision::deny(tr("%1 has no test that day to correct.").arg(patientName));
        return Decision::allow();
    }
    const SubstanceTest &newest = earlier.constLast();
    switch (choice) {
    case SameDay::NotExpected:
        return Decision::deny(tr("%1 already has a test on %2 (%3). Is this a correction of it (give the reason) "
                                   "or a second sample?")
                                    .arg(patientName, clinictime::formatDate(clinictime::local(newest.sampledAt).date()),
                                         earlierFindings));
    case SameDay::Correction:
        if (reason.trimmed().isEmpty())
            return Decision::deny(tr("A correction of %1's test on %2 needs its reason.")
                                        .arg(patientName, clinictime::formatDate(clinictime::local(newest.sampledAt).date())));
        return Decision::allow();
    case SameDay::SecondSample:
        return Decision::allow();
    }
    return Decision::allow();
}

} // namespace trinn
