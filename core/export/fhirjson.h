#pragma once

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QUuid>

namespace trinn::fhir {

/// How the resources of one export name each other. A resource's id is a
/// UUID derived from the journal and the record (stable from one export to
/// the next, and naming no row number); in the NDJSON files a reference is
/// "Patient/<uuid>", inside a Bundle it is the entry's "urn:uuid:<uuid>".
struct Context
{
    QUuid journal;
    bool bundle = false;
    /// Today, for what is still going on (a medication not stopped).
    QDate today;

    /// The id of the record `key` names ("Patient/12", "attendance/4/12").
    QString id(const QString &key) const;
    QString id(const QString &type, qint64 row) const { return id(type + u'/' + QString::number(row)); }
    QJsonObject reference(const QString &type, const QString &key, const QString &display = {}) const;
    QJsonObject reference(const QString &type, qint64 row, const QString &display = {}) const
    {
        return reference(type, type + u'/' + QString::number(row), display);
    }
};

/// A FHIR resource with its type and id set.
QJsonObject resource(const Context &context, const QString &type, const QString &key);
inline QJsonObject resource(const Context &context, const QString &type, qint64 row)
{
    return resource(context, type, type + u'/' + QString::number(row));
}

QJsonObject coding(const QString &system, const QString &code, const QString &display = {});
/// A CodeableConcept: its text always, a coding when there is one.
QJsonObject codeable(const QString &text, const QJsonObject &coding = {});
/// "2027-03-14", or an empty string for no date.
QString date(QDate day);
/// "2027-03-14T08:30:00+01:00": the clinic's wall-clock time with its offset.
QString dateTime(const QDateTime &instant);
/// A period from what is known of it; empty when neither end is.
QJsonObject period(const QString &start, const QString &end);
/// Adds `value` under `key` unless it is empty (FHIR has no empty strings or arrays).
void put(QJsonObject &object, const QString &key, const QString &value);
void put(QJsonObject &object, const QString &key, const QJsonObject &value);
void put(QJsonObject &object, const QString &key, const QJsonArray &value);

} // namespace trinn::fhir
