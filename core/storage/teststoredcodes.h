#pragma once

#include <QDate>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace trinn::teststored {

/// How substance_test keeps its four enumerations since migration 39: as
/// small numbers, each a fixed position in that column's list of codes (the
/// words the rest of Trinn uses: "urine", "pending", "positive", …). A test
/// row was 105 bytes on a ten-year journal, 45 of them these words and its
/// day as text. The positions are the journal's: a new code goes at the end.
enum class Column { SampleType, LabStatus, Outcome, Change };

/// The number kept for `code`, or -1 for a code the column does not know
/// (the column's CHECK then refuses the row, with its constraint's name).
int number(Column column, QStringView code);

/// The code kept as `stored`; empty for a number the column does not know.
QString code(Column column, qint64 stored);

/// The column's words in the order of their numbers.
QStringList codes(Column column);

/// The numbers of `codes`, to bind where a query asks for several ("outcome IN (?, ?)").
QVariantList numbers(Column column, std::initializer_list<const char16_t *> codes);

/// The sample's day as kept since migration 39: yyyymmdd as one number
/// (20261202), 4 bytes instead of 10 in the row and in its index, still
/// ordered as days are and readable in the table.
int day(QDate date);
QDate dayFrom(qint64 stored);

} // namespace trinn::teststored
