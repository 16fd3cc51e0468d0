#pragma once

#include <QDate>
#include <QDateTime>
#include <QTimeZone>

namespace trinn::clinictime {

/// The clinic's time zone. All times are stored in UTC and shown in this zone.
const QTimeZone &zone();

/// Storage form of an instant: milliseconds since the epoch, UTC.
qint64 toStorage(const QDateTime &instant);
QDateTime fromStorage(qint64 msSinceEpochUtc);

/// Now, and today's date, as the clinic sees them.
QDateTime now();
QDate today();

/// An instant in clinic local time.
QDateTime local(const QDateTime &instant);
QDateTime at(QDate date, QTime time);

/// Whole years between a birth date and a day (the person's age that day).
int ageOn(QDate birthDate, QDate day);

/// Dates as Norwegian clinics write them: 14.09.2027.
QString formatDate(QDate date);
QString formatDateTime(const QDateTime &instant);

/// Dates in storage: ISO 8601 (yyyy-MM-dd).
QString dateToStorage(QDate date);
QDate dateFromStorage(const QString &text);

} // namespace trinn::clinictime
