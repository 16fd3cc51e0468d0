#include "csv.h"

namespace trinn::csv {

QChar guessSeparator(const QString &text)
{
    const QString firstLine = text.section(u'\n', 0, 0);
    return firstLine.count(u';') > firstLine.count(u',') ? QChar(u';') : QChar(u',');
}

QList<Row> parse(const QString &text, QChar separator, bool *unterminated)
{
    QList<Row> rows;
    Row row;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    row.line = 1;
    const auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        const bool blank = row.fields.size() == 1 && row.fields.first().trimmed().isEmpty();
        if (!blank)
            rows.append(row);
        row = Row();
        row.line = line;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n')
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
        } else if (c == separator) {
            endField();
        } else if (c == u'\r') {
            continue;
        } else if (c == u'\n') {
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (unterminated)
        *unterminated = quoted;
    if (!field.isEmpty() || !row.fields.isEmpty())
        endRow();
    return rows;
}

} // namespace trinn::csv
