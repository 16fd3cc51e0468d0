#include "fhircodes.h"

#include "fhirjson.h"
#include "testing/medicationidentity.h"

using namespace Qt::StringLiterals;

namespace trinn::fhir {

// The journal keeps a medication as the text the prescriber wrote; its
// identity (active substance and ATC code, WHO ATC index) comes from the one
// table the test reading uses too (testing/medicationidentity), so a brand
// name ("Subutex 8 mg") goes out with the code of its substance. A text the
// table does not know goes out as text alone, never guessed.
QJsonObject atcCoding(const QString &drug)
{
    const std::optional<MedicationIdentity> identity = medicationIdentityOf(drug);
    if (!identity || identity->atc.isEmpty())
        return {};
    return coding(QString::fromLatin1(atcSystem), identity->atc, identity->substance);
}

} // namespace trinn::fhir
