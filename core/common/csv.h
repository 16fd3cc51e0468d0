#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace trinn::csv {

struct Row
{
    int line = 0; // 1-based line number in the file where the row starts
    QStringList fields;
};

/// Splits CSV text (RFC 4180: quoted fields, doubled quotes, newlines inside
/// quotes) into rows. `separator` is ',' or ';' (Norwegian spreadsheets use ';').
/// Empty lines are skipped. `unterminated` is set when a quote is never closed.
QList<Row> parse(const QString &text, QChar separator, bool *unterminated = nullptr);

/// ';' when the first line has more semicolons than commas, else ','.
QChar guessSeparator(const QString &text);

} // namespace trinn::csv
