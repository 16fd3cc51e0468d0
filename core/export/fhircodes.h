#pragma once

#include <QJsonObject>
#include <QString>

namespace trinn::fhir {

inline constexpr auto loincSystem = "http://loinc.org";
inline constexpr auto atcSystem = "http://www.whocc.no/atc";

/// The LOINC code of a screen for one of Trinn's analytes in one kind of
/// sample ("thc" in "urine": 18282-4), or an empty object where the table
/// has none (fhirloinc.cpp).
QJsonObject loincCoding(const QString &analyteCode, const QString &sampleTypeCode);

/// The ATC coding of a medication, or an empty object when it is not known
/// (fhirmedicationcode.cpp). The one place that decides it, so that a
/// medication identity stored in the journal can take over here.
QJsonObject atcCoding(const QString &drug);

} // namespace trinn::fhir
