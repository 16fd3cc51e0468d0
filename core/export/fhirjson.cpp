#include "fhirjson.h"

#include "common/clinictime.h"

using namespace Qt::StringLiterals;

namespace trinn::fhir {

QString Context::id(const QString &key) const
{
    return QUuid::createUuidV5(journal, key).toString(QUuid::WithoutBraces);
}

QJsonObject Context::reference(const QString &type, const QString &key, const QString &display) const
{
    QJsonObject ref{{u"reference"_s, bundle ? QString(u"urn:uuid:"_s + id(key)) : QString(type + u'/' + id(key))}};
    put(ref, u"display"_s, display);
    return ref;
}

QJsonObject resource(const Context &context, const QString &type, const QString &key)
{
    return {{u"resourceType"_s, type}, {u"id"_s, context.id(key)}};
}

QJsonObject coding(const QString &system, const QString &code, const QString &display)
{
    QJsonObject c{{u"system"_s, system}, {u"code"_s, code}};
    put(c, u"display"_s, display);
    return c;
}

QJsonObject codeable(const QString &text, const QJsonObject &oneCoding)
{
    QJsonObject c;
    if (!oneCoding.isEmpty())
        c.insert(u"coding"_s, QJsonArray{oneCoding});
    put(c, u"text"_s, text.trimmed());
    return c;
}

QString date(QDate day)
{
    return day.isValid() ? day.toString(Qt::ISODate) : QString();
}

QString dateTime(const QDateTime &instant)
{
    if (!instant.isValid())
        return {};
    // Offset from UTC, never "Z" or a zone name: FHIR's dateTime wants the offset.
    return clinictime::local(instant).toOffsetFromUtc(clinictime::local(instant).offsetFromUtc()).toString(Qt::ISODate);
}

QJsonObject period(const QString &start, const QString &end)
{
    QJsonObject p;
    put(p, u"start"_s, start);
    put(p, u"end"_s, end);
    return p;
}

void put(QJsonObject &object, const QString &key, const QString &value)
{
    if (!value.trimmed().isEmpty())
        object.insert(key, value.trimmed());
}

void put(QJsonObject &object, const QString &key, const QJsonObject &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

void put(QJsonObject &object, const QString &key, const QJsonArray &value)
{
    if (!value.isEmpty())
        object.insert(key, value);
}

} // namespace trinn::fhir
