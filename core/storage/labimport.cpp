#include "labimport.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "common/csv.h"
#include "storage/journal.h"
#include "storage/patientstore.h"
#include "storage/substanceteststore.h"
#include "storage/teststoredcodes.h"

#include <QFile>
#include <QSqlQuery>

#include <optional>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

struct Confirmation
{
    qint64 patientId = 0;
    qint64 testId = 0;
    QString analyte;
    bool positive = false;
    std::optional<double> value;
    QString unit;
    std::optional<double> cutoff;
    QString reference;
};

QDate parseDate(const QString &text)
{
    for (const QString &format : {u"yyyy-MM-dd"_s, u"dd.MM.yyyy"_s}) {
        const QDate date = QDate::fromString(text.trimmed(), format);
        if (date.isValid())
            return date;
    }
    return {};
}

std::optional<double> parseNumber(const QString &text, bool *ok)
{
    *ok = true;
    QString t = text.trimmed();
    if (t.isEmpty())
        return std::nullopt;
    t.replace(u',', u'.'); // Norwegian decimal comma
    const double value = t.toDouble(ok);
    return *ok ? std::optional<double>(value) : std::nullopt;
}

} // namespace

QStringList LabImport::columns()
{
    return {u"national_id"_s, u"sample_date"_s, u"analyte"_s, u"result"_s, u"value"_s, u"unit"_s, u"cutoff"_s, u"lab_reference"_s};
}

Result<int> LabImport::importFile(Journal &journal, const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{tr("Cannot read %1: %2").arg(path, file.errorString())};
    Result<QString> text = decode(file.readAll());
    if (!text)
        return Error{text.error()};
    return importText(journal, *text);
}

Result<QString> LabImport::decode(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    // The file is read in one encoding: UTF-8 when it all is, else Latin-1
    // (older lab systems) when it all reads as such. A mix (a UTF-8 file with
    // one stray Latin-1 byte) would turn every "Ø" into "Ã\x98" if re-read.
    const auto lineAt = [&](qsizetype at) { return bytes.left(at).count('\n') + 1; };
    qsizetype firstBad = -1;
    qsizetype multibyte = 0;
    for (qsizetype i = 0; i < bytes.size();) {
        const uchar c = uchar(bytes.at(i));
        if (c < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        quint32 code = 0;
        if (c >= 0xC2 && c <= 0xDF) {
            length = 2;
            code = c & 0x1F;
        } else if (c >= 0xE0 && c <= 0xEF) {
            length = 3;
            code = c & 0x0F;
        } else if (c >= 0xF0 && c <= 0xF4) {
            length = 4;
            code = c & 0x07;
        }
        bool valid = length > 0 && i + length <= bytes.size();
        for (int k = 1; valid && k < length; ++k) {
            const uchar next = uchar(bytes.at(i + k));
            valid = (next & 0xC0) == 0x80;
            code = (code << 6) | (next & 0x3F);
        }
        // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8.
        if (valid && ((length == 3 && code < 0x800) || (length == 4 && (code < 0x10000 || code > 0x10FFFF))
                      || (code >= 0xD800 && code <= 0xDFFF)))
            valid = false;
        if (!valid) {
            firstBad = i;
            break;
        }
        ++multibyte;
        i += length;
    }
    if (firstBad < 0)
        return QString::fromUtf8(bytes);
    if (multibyte > 0)
        return Error{tr("Line %1: the file is UTF-8 up to here, but this line has a byte that is not UTF-8 "
                        "(another encoding mixed in). Nothing was imported; save the file as UTF-8 and try again.")
                         .arg(lineAt(firstBad))};
    // Latin-1's 0x80-0x9F are control codes no lab writes (Windows-1252 puts
    // letters there): a file with them is not Latin-1 text.
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const uchar c = uchar(bytes.at(i));
        if (c >= 0x80 && c <= 0x9F)
            return Error{tr("Line %1: the file is neither UTF-8 nor Latin-1 (byte 0x%2). Nothing was imported; "
                            "save the file as UTF-8 and try again.")
                             .arg(lineAt(i))
                             .arg(c, 2, 16, QLatin1Char('0'))};
    }
    return QString::fromLatin1(bytes);
}

Result<int> LabImport::importText(Journal &journal, const QString &csvText)
{
    bool unterminated = false;
    const QList<csv::Row> rows = csv::parse(csvText, csv::guessSeparator(csvText), &unterminated);
    if (rows.isEmpty())
        return Error{tr("The file is empty: the first line must name the columns %1.").arg(columns().join(u";"_s))};
    if (unterminated)
        return Error{tr("Line %1: a quoted field is never closed.").arg(rows.constLast().line)};
    QStringList header;
    for (const QString &name : rows.first().fields)
        header << name.trimmed().toLower();
    if (header != columns())
        return Error{tr("Line 1: the columns must be %1, not %2.").arg(columns().join(u";"_s), header.join(u";"_s))};

    // Every row is checked inside the one write: the tests the lab answers
    // for cannot change between the check and the answers.
    return Gate::write(journal, AccessPolicy::Data::Tests, PatientRef::none(), u"imported lab results"_s,
                       [&](Scope &scope) -> Result<int> {
        PatientStore patients(journal);
        QStringList problems;
        QList<Confirmation> confirmations;
        for (qsizetype i = 1; i < rows.size(); ++i) {
            const csv::Row &row = rows.at(i);
            const auto problem = [&](const QString &why) { problems << tr("Line %1: %2").arg(row.line).arg(why); };
            if (row.fields.size() != columns().size()) {
                problem(tr("%1 fields, but there must be %2.").arg(row.fields.size()).arg(columns().size()));
                continue;
            }
            const QString nationalId = row.fields.at(0).trimmed();
            const QDate day = parseDate(row.fields.at(1));
            const auto analyte = Analytes::find(row.fields.at(2));
            const QString result = row.fields.at(3).trimmed().toLower();
            bool valueOk = true;
            bool cutoffOk = true;
            const std::optional<double> value = parseNumber(row.fields.at(4), &valueOk);
            const std::optional<double> cutoff = parseNumber(row.fields.at(6), &cutoffOk);
            if (!day.isValid()) {
                problem(tr("\"%1\" is not a date (use 2027-03-14 or 14.03.2027).").arg(row.fields.at(1)));
                continue;
            }
            if (!analyte) {
                problem(tr("\"%1\" is not a substance Trinn tests for.").arg(row.fields.at(2)));
                continue;
            }
            if (result != u"positive" && result != u"negative") {
                problem(tr("the result must be positive or negative, not \"%1\".").arg(row.fields.at(3)));
                continue;
            }
            if (!valueOk || !cutoffOk) {
                problem(tr("the value and the cut-off must be numbers."));
                continue;
            }
            if (row.fields.at(7).trimmed().isEmpty()) {
                problem(tr("the lab's reference is missing."));
                continue;
            }
            const Result<std::optional<qint64>> patient = patients.findByNationalId(nationalId);
            if (!patient)
                return Error{patient.error()};
            if (!patient->has_value()) {
                problem(tr("no patient has national id %1.").arg(nationalId));
                continue;
            }
            // The sample the lab answers for: that day's test, one sent to the lab first.
            Result<QSqlQuery> test = scope.run(
                u"SELECT id FROM substance_test WHERE patient_id = ? AND sample_day = ? AND is_current = 1 AND refused = 0 "
                "ORDER BY CASE WHEN lab_status = ? THEN 0 ELSE 1 END, sampled_at DESC LIMIT 1"_s,
                {**patient, teststored::day(day), teststored::number(teststored::Column::LabStatus, u"pending")});
            if (!test)
                return Error{test.error()};
            if (!test->next()) {
                problem(tr("patient %1 has no test of %2 to confirm.").arg(nationalId, clinictime::formatDate(day)));
                continue;
            }
            confirmations.append({**patient, test->value(0).toLongLong(), analyte->code, result == u"positive", value,
                                  row.fields.at(5).trimmed(), cutoff, row.fields.at(7).trimmed()});
        }
        if (!problems.isEmpty())
            return Error{problems.join(u'\n') + u'\n' + tr("Nothing was imported.")};
        if (confirmations.isEmpty())
            return Error{tr("The file has no rows after the column names.")};

        // One new version per sample, with all the lab's answers for it.
        SubstanceTestStore tests(journal);
        QList<qint64> order;
        QHash<qint64, QList<SubstanceTestStore::LabAnswer>> answers;
        QHash<qint64, QStringList> references;
        for (const Confirmation &c : std::as_const(confirmations)) {
            if (!answers.contains(c.testId))
                order.append(c.testId);
            answers[c.testId].append({c.analyte, c.positive, c.value, c.unit, c.cutoff});
            if (!references[c.testId].contains(c.reference))
                references[c.testId].append(c.reference);
            scope.touched(c.patientId);
        }
        for (qint64 testId : std::as_const(order)) {
            if (Result<qint64> done = tests.confirm(testId, answers.value(testId), references.value(testId).join(u", "_s)); !done)
                return Error{done.error() + u'\n' + tr("Nothing was imported.")};
        }
        return int(confirmations.size());
    });
}

} // namespace trinn
