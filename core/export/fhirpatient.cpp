#include "fhirresources.h"

#include "patients/nationalid.h"

using namespace Qt::StringLiterals;

namespace trinn::fhir {
namespace {

// HL7 Norway's no-basis identifier systems (the OIDs of the Norwegian
// Directorate of eHealth) for the three kinds of national id.
QString identifierSystem(NationalId::Kind kind)
{
    switch (kind) {
    case NationalId::Kind::BirthNumber: return u"urn:oid:2.16.578.1.12.4.1.4.1"_s;
    case NationalId::Kind::DNumber: return u"urn:oid:2.16.578.1.12.4.1.4.2"_s;
    case NationalId::Kind::HNumber: return u"urn:oid:2.16.578.1.12.4.1.4.3"_s;
    }
    return {};
}

QJsonArray telecom(const QString &phone, const QString &email)
{
    QJsonArray points;
    if (!phone.trimmed().isEmpty())
        points.append(QJsonObject{{u"system"_s, u"phone"_s}, {u"value"_s, phone.trimmed()}});
    if (!email.trimmed().isEmpty())
        points.append(QJsonObject{{u"system"_s, u"email"_s}, {u"value"_s, email.trimmed()}});
    return points;
}

} // namespace

QJsonObject patient(const Context &context, const Patient &p)
{
    QJsonObject r = resource(context, u"Patient"_s, p.id);
    r.insert(u"identifier"_s, QJsonArray{QJsonObject{{u"use"_s, u"official"_s},
                                                     {u"system"_s, identifierSystem(p.idKind)},
                                                     {u"value"_s, p.nationalId}}});
    r.insert(u"active"_s, true);
    QJsonObject name{{u"use"_s, u"official"_s}, {u"text"_s, p.fullName()}};
    put(name, u"family"_s, p.familyName);
    QJsonArray given;
    for (const QString &part : p.givenNames.split(u' ', Qt::SkipEmptyParts))
        given.append(part);
    put(name, u"given"_s, given);
    r.insert(u"name"_s, QJsonArray{name});
    put(r, u"telecom"_s, telecom(p.phone, p.email));
    // Digit 9 of every Norwegian national id tells the legal sex.
    if (const Result<NationalId> id = NationalId::parse(p.nationalId))
        r.insert(u"gender"_s, id->isMale() ? u"male"_s : u"female"_s);
    put(r, u"birthDate"_s, date(p.birthDate));
    if (!p.address.trimmed().isEmpty())
        r.insert(u"address"_s, QJsonArray{QJsonObject{{u"text"_s, p.address.trimmed()}}});
    if (!p.gpName.trimmed().isEmpty()) {
        const QString gp = p.gpPractice.trimmed().isEmpty() ? p.gpName.trimmed()
                                                           : p.gpName.trimmed() + u", "_s + p.gpPractice.trimmed();
        r.insert(u"generalPractitioner"_s, QJsonArray{QJsonObject{{u"display"_s, gp}}});
    }
    return r;
}

QJsonObject relatedPerson(const Context &context, qint64 patientId, const NextOfKin &person)
{
    QJsonObject r = resource(context, u"RelatedPerson"_s, person.id);
    r.insert(u"active"_s, true);
    r.insert(u"patient"_s, context.reference(u"Patient"_s, patientId));
    // v2 table 0131 "N": next of kin; the relation as the journal wrote it.
    QJsonObject relationship = codeable(person.relation,
                                       coding(u"http://terminology.hl7.org/CodeSystem/v2-0131"_s, u"N"_s, u"Next-of-Kin"_s));
    r.insert(u"relationship"_s, QJsonArray{relationship});
    r.insert(u"name"_s, QJsonArray{QJsonObject{{u"text"_s, person.name.trimmed()}}});
    put(r, u"telecom"_s, telecom(person.phone, {}));
    return r;
}

QJsonObject consent(const Context &context, qint64 patientId, const NextOfKin &person)
{
    QJsonObject r = resource(context, u"Consent"_s, person.id);
    r.insert(u"status"_s, u"active"_s);
    r.insert(u"scope"_s, codeable(u"Sharing information with next of kin"_s,
                                 coding(u"http://terminology.hl7.org/CodeSystem/consentscope"_s, u"patient-privacy"_s)));
    r.insert(u"category"_s, QJsonArray{codeable({}, coding(QString::fromLatin1("http://loinc.org"), u"59284-0"_s, u"Patient Consent"_s))});
    r.insert(u"patient"_s, context.reference(u"Patient"_s, patientId));
    put(r, u"dateTime"_s, dateTime(person.consentRecordedAt));
    r.insert(u"policyRule"_s, codeable({}, coding(u"http://terminology.hl7.org/CodeSystem/v3-ActCode"_s, u"OPTIN"_s)));
    QJsonObject actor{{u"role"_s, codeable({}, coding(u"http://terminology.hl7.org/CodeSystem/v3-ParticipationType"_s, u"IRCP"_s))},
                      {u"reference"_s, context.reference(u"RelatedPerson"_s, person.id, person.name.trimmed())}};
    r.insert(u"provision"_s, QJsonObject{{u"type"_s, u"permit"_s},
                                         {u"actor"_s, QJsonArray{actor}},
                                         {u"action"_s, QJsonArray{codeable({}, coding(u"http://terminology.hl7.org/CodeSystem/consentaction"_s, u"disclose"_s))}}});
    return r;
}

QJsonObject practitioner(const Context &context, qint64 staffId, const QString &fullName)
{
    QJsonObject r = resource(context, u"Practitioner"_s, staffId);
    r.insert(u"active"_s, true);
    r.insert(u"name"_s, QJsonArray{QJsonObject{{u"text"_s, fullName.trimmed()}}});
    return r;
}

QJsonObject staffReference(const Context &context, const By &by)
{
    if (by.staffId != 0)
        return context.reference(u"Practitioner"_s, by.staffId, by.name.trimmed());
    return QJsonObject{{u"display"_s, by.name.trimmed().isEmpty() ? u"unknown"_s : by.name.trimmed()}};
}

} // namespace trinn::fhir
