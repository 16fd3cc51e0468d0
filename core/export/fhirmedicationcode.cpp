#include "fhircodes.h"

#include "fhirjson.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace trinn::fhir {

// The journal keeps a medication as the text the prescriber wrote. Until it
// keeps the medication's identity, a text that is exactly the generic name
// of a drug of medication-assisted treatment gets its ATC code (WHO ATC
// index); any other text goes out as text alone, never guessed.
QJsonObject atcCoding(const QString &drug)
{
    struct Code
    {
        const char *code;
        const char *display;
    };
    static const QHash<QString, Code> byName{
        {u"methadone"_s, {"N07BC02", "methadone"}},
        {u"metadon"_s, {"N07BC02", "methadone"}},
        {u"buprenorphine"_s, {"N07BC01", "buprenorphine"}},
        {u"buprenorfin"_s, {"N07BC01", "buprenorphine"}},
        {u"buprenorphine/naloxone"_s, {"N07BC51", "buprenorphine, combinations"}},
        {u"disulfiram"_s, {"N07BB01", "disulfiram"}},
        {u"naltrexone"_s, {"N07BB04", "naltrexone"}},
        {u"naltrekson"_s, {"N07BB04", "naltrexone"}},
        {u"acamprosate"_s, {"N07BB03", "acamprosate"}},
        {u"akamprosat"_s, {"N07BB03", "acamprosate"}},
        {u"methylphenidate"_s, {"N06BA04", "methylphenidate"}},
        {u"metylfenidat"_s, {"N06BA04", "methylphenidate"}},
        {u"lisdexamfetamine"_s, {"N06BA12", "lisdexamfetamine"}},
        {u"lisdeksamfetamin"_s, {"N06BA12", "lisdexamfetamine"}},
    };
    const auto found = byName.constFind(drug.trimmed().toLower());
    if (found == byName.constEnd())
        return {};
    return coding(QString::fromLatin1(atcSystem), QString::fromLatin1(found->code), QString::fromLatin1(found->display));
}

} // namespace trinn::fhir
