#include "fhircodes.h"

#include "fhirjson.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace trinn::fhir {

// Qualitative screens ("[Presence] ... by Screen method"), the kind of
// result a clinic's daily test gives. Codes and names as in the LOINC
// expansions of the CDC opioid guideline's urine drug screening value sets
// (HL7 cdc-opioid-cpg), and for breath the LOINC entry "Ethanol [Presence] in
// Exhaled gas". Left out on purpose: EtG (the code Trinn uses is "ethanol or
// EtG", and no single LOINC code says that), GHB, and saliva and blood
// samples (LOINC codes depend on the specimen; those go out with their text only).
QJsonObject loincCoding(const QString &analyteCode, const QString &sampleTypeCode)
{
    struct Code
    {
        const char *code;
        const char *display;
    };
    static const QHash<QString, Code> urine{
        {u"amp"_s, {"19261-7", "Amphetamines [Presence] in Urine by Screen method"}},
        {u"met"_s, {"19554-5", "Methamphetamine [Presence] in Urine by Screen method"}},
        {u"bzd"_s, {"14316-4", "Benzodiazepines [Presence] in Urine by Screen method"}},
        {u"thc"_s, {"18282-4", "Cannabinoids [Presence] in Urine by Screen method"}},
        {u"coc"_s, {"14314-9", "Benzoylecgonine [Presence] in Urine by Screen method"}},
        {u"opi"_s, {"19295-5", "Opiates [Presence] in Urine by Screen method"}},
        {u"mtd"_s, {"19550-3", "Methadone [Presence] in Urine by Screen method"}},
        {u"bup"_s, {"93494-3", "Buprenorphine [Presence] in Urine by Screen method"}},
        {u"fen"_s, {"59673-4", "fentaNYL [Presence] in Urine by Screen method"}},
    };
    static const QHash<QString, Code> breath{
        {u"etg"_s, {"104133-4", "Ethanol [Presence] in Exhaled gas"}},
    };
    const QHash<QString, Code> *table = sampleTypeCode == u"urine"_s ? &urine : sampleTypeCode == u"breath"_s ? &breath : nullptr;
    if (!table)
        return {};
    const auto found = table->constFind(analyteCode);
    if (found == table->constEnd())
        return {};
    return coding(QString::fromLatin1(loincSystem), QString::fromLatin1(found->code), QString::fromLatin1(found->display));
}

} // namespace trinn::fhir
