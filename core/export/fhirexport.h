#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QMap>
#include <QString>

namespace trinn {

class Journal;

/// The journal in FHIR R4 (fhirexport.cpp; one file per family of resources
/// beside it). Each export is one visit of the gate (AccessPolicy::Data::Export)
/// and one audit record naming every patient it wrote out.
class FhirExport
{
    Q_DECLARE_TR_FUNCTIONS(FhirExport)
public:
    /// How many resources of each type were written.
    using Counts = QMap<QString, int>;

    /// The whole journal as FHIR Bulk Data NDJSON: one file per resource
    /// type in `folder` ("Patient.ndjson", …) and a manifest.json naming
    /// them. For administrators.
    static Result<Counts> bulk(Journal &journal, const QString &folder);

    /// One patient's journal as a FHIR Bundle of type "collection": the
    /// patient's copy. For administrators and the patient's care team.
    static Result<QJsonObject> patientBundle(Journal &journal, qint64 patientId);
};

} // namespace trinn
