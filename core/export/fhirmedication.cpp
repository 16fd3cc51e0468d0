#include "fhirresources.h"

#include "export/fhircodes.h"

using namespace Qt::StringLiterals;

namespace trinn::fhir {

QJsonObject medicationStatement(const Context &context, const Medication &m)
{
    QJsonObject r = resource(context, u"MedicationStatement"_s, m.id);
    const bool stopped = m.stop.isValid() && m.stop < context.today;
    r.insert(u"status"_s, stopped ? u"completed"_s : m.start > context.today ? u"intended"_s : u"active"_s);
    r.insert(u"medicationCodeableConcept"_s, codeable(m.drug, atcCoding(m.drug)));
    r.insert(u"subject"_s, context.reference(u"Patient"_s, m.patientId));
    put(r, u"effectivePeriod"_s, period(date(m.start), date(m.stop)));
    if (!m.prescriber.trimmed().isEmpty())
        r.insert(u"informationSource"_s, QJsonObject{{u"display"_s, m.prescriber.trimmed()}});
    if (!m.dose.trimmed().isEmpty())
        r.insert(u"dosage"_s, QJsonArray{QJsonObject{{u"text"_s, m.dose.trimmed()}}});
    if (!m.note.trimmed().isEmpty())
        r.insert(u"note"_s, QJsonArray{QJsonObject{{u"text"_s, m.note.trimmed()}}});
    return r;
}

} // namespace trinn::fhir
