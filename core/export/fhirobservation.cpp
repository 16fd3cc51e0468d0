#include "fhirresources.h"

#include "export/fhircodes.h"

using namespace Qt::StringLiterals;

namespace trinn::fhir {
namespace {

const QString interpretationSystem = u"http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation"_s;
const QString snomed = u"http://snomed.info/sct"_s;

QString status(const SubstanceTest &test)
{
    if (test.labStatus == SubstanceTest::LabStatus::Pending)
        return u"preliminary"_s;
    return test.change == SubstanceTest::Change::Corrected ? u"amended"_s : u"final"_s;
}

QString analyteKey(const SubstanceTest &test, const QString &analyte)
{
    return u"test/"_s + QString::number(test.id) + u'/' + analyte;
}

QJsonObject common(const Context &context, const SubstanceTest &test, const QString &key)
{
    QJsonObject r = resource(context, u"Observation"_s, key);
    r.insert(u"status"_s, status(test));
    r.insert(u"category"_s, QJsonArray{codeable({}, coding(u"http://terminology.hl7.org/CodeSystem/observation-category"_s,
                                                          u"laboratory"_s, u"Laboratory"_s))});
    r.insert(u"subject"_s, context.reference(u"Patient"_s, test.patientId));
    r.insert(u"effectiveDateTime"_s, dateTime(test.sampledAt));
    put(r, u"issued"_s, dateTime(test.recordedAt));
    r.insert(u"performer"_s, QJsonArray{staffReference(context, By{test.takenById, test.takenBy})});
    return r;
}

QJsonObject analyte(const Context &context, const SubstanceTest &test, const AnalyteResult &result)
{
    QJsonObject r = common(context, test, analyteKey(test, result.analyte));
    const std::optional<Analytes::Info> info = Analytes::find(result.analyte);
    const QString name = info ? info->name : result.analyte;
    const QString sample = SubstanceTest::sampleTypeCode(test.sampleType);
    r.insert(u"code"_s, codeable(name + u" ("_s + SubstanceTest::sampleTypeName(test.sampleType) + u')',
                                loincCoding(result.analyte, sample)));
    const bool positive = result.countsAsPositive();
    if (result.value) {
        QJsonObject quantity{{u"value"_s, *result.value}};
        put(quantity, u"unit"_s, result.unit);
        r.insert(u"valueQuantity"_s, quantity);
    } else {
        r.insert(u"valueCodeableConcept"_s, positive ? codeable(u"Positive"_s, coding(snomed, u"10828004"_s, u"Positive"_s))
                                                     : codeable(u"Negative"_s, coding(snomed, u"260385009"_s, u"Negative"_s)));
    }
    r.insert(u"interpretation"_s, QJsonArray{positive ? codeable({}, coding(interpretationSystem, u"POS"_s, u"Positive"_s))
                                                      : codeable({}, coding(interpretationSystem, u"NEG"_s, u"Negative"_s))});
    if (result.cutoff)
        r.insert(u"referenceRange"_s, QJsonArray{QJsonObject{
                                          {u"text"_s, QString(u"cut-off "_s + QString::number(*result.cutoff) + u' ' + result.unit)}}});
    if (!result.confirmed.isEmpty())
        r.insert(u"method"_s, codeable(u"Screen, confirmed by the laboratory"_s));
    return r;
}

} // namespace

QJsonArray observations(const Context &context, const SubstanceTest &test)
{
    QJsonObject sample = common(context, test, u"test/"_s + QString::number(test.id));
    sample.insert(u"code"_s, codeable(u"Substance test ("_s + SubstanceTest::sampleTypeName(test.sampleType) + u')'));
    QJsonArray notes;
    notes.append(QJsonObject{{u"text"_s, test.supervised ? u"Supervised sample."_s : u"Unsupervised sample."_s}});
    if (!test.labReference.trimmed().isEmpty())
        notes.append(QJsonObject{{u"text"_s, QString(u"Laboratory reference: "_s + test.labReference.trimmed())}});
    QJsonArray out;
    if (test.refused) {
        // A refusal is a result too: no value, and why.
        sample.insert(u"dataAbsentReason"_s, codeable(test.refusalReason,
                                                     coding(u"http://terminology.hl7.org/CodeSystem/data-absent-reason"_s,
                                                            u"asked-declined"_s, u"Asked But Declined"_s)));
    } else {
        QJsonArray members;
        for (const AnalyteResult &result : test.results) {
            out.append(analyte(context, test, result));
            members.append(context.reference(u"Observation"_s, analyteKey(test, result.analyte)));
        }
        put(sample, u"hasMember"_s, members);
        if (!test.outcome.isEmpty())
            sample.insert(u"valueString"_s, test.outcome);
    }
    sample.insert(u"note"_s, notes);
    out.prepend(sample);
    return out;
}

} // namespace trinn::fhir
