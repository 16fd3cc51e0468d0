#pragma once

#include "common/clinictime.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>

namespace trinn::sqlvalues {

/// A date as stored (ISO text), or SQL NULL for no date.
inline QVariant date(QDate day)
{
    return day.isValid() ? QVariant(clinictime::dateToStorage(day)) : QVariant(QMetaType::fromType<QString>());
}

inline QDate dateOf(const QVariant &value)
{
    return value.isNull() ? QDate() : clinictime::dateFromStorage(value.toString());
}

/// Text for a NOT NULL column: a null QString binds as SQL NULL, so it becomes ''.
inline QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value.trimmed();
}

/// "?, ?, ?": one placeholder per value, for IN (…) lists.
inline QString placeholders(qsizetype count)
{
    QStringList marks;
    for (qsizetype i = 0; i < count; ++i)
        marks << QStringLiteral("?");
    return marks.join(QStringLiteral(", "));
}

/// "(?, ?), (?, ?)": `rows` rows of `columns` values, for a many-row INSERT.
inline QString rowPlaceholders(qsizetype columns, qsizetype rows)
{
    QStringList list;
    const QString row = u'(' + placeholders(columns) + u')';
    for (qsizetype i = 0; i < rows; ++i)
        list << row;
    return list.join(QStringLiteral(", "));
}

/// A number, or SQL NULL when there is none.
inline QVariant number(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

/// "{1,2,3}": ids as one PostgreSQL array value (bound as text, cast to bigint[]).
inline QString idArray(const QList<qint64> &ids)
{
    QStringList parts;
    parts.reserve(ids.size());
    for (qint64 id : ids)
        parts << QString::number(id);
    return u'{' + parts.join(u',') + u'}';
}

} // namespace trinn::sqlvalues
