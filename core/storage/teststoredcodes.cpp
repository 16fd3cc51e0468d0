#include "teststoredcodes.h"

#include <array>
#include <span>

namespace trinn::teststored {
namespace {

// Migration 39 (and 40 on PostgreSQL) converts the words to these positions:
// change the lists only by adding at the end, and the migrations with them.
constexpr std::array<const char16_t *, 4> sampleTypes{u"urine", u"breath", u"saliva", u"blood"};
constexpr std::array<const char16_t *, 3> labStatuses{u"none", u"pending", u"confirmed"};
constexpr std::array<const char16_t *, 6> outcomes{u"negative", u"expected", u"positive", u"missing", u"refused", u"pending"};
constexpr std::array<const char16_t *, 3> changes{u"recorded", u"corrected", u"lab"};

std::span<const char16_t *const> codesOf(Column column)
{
    switch (column) {
    case Column::SampleType: return sampleTypes;
    case Column::LabStatus: return labStatuses;
    case Column::Outcome: return outcomes;
    case Column::Change: return changes;
    }
    return {};
}

} // namespace

int number(Column column, QStringView code)
{
    const std::span<const char16_t *const> codes = codesOf(column);
    for (std::size_t i = 0; i < codes.size(); ++i) {
        if (code == QStringView(codes[i]))
            return int(i);
    }
    return -1;
}

QString code(Column column, qint64 stored)
{
    const std::span<const char16_t *const> codes = codesOf(column);
    if (stored < 0 || stored >= qint64(codes.size()))
        return {};
    return QString::fromUtf16(codes[std::size_t(stored)]);
}

QStringList codes(Column column)
{
    QStringList words;
    for (const char16_t *code : codesOf(column))
        words << QString::fromUtf16(code);
    return words;
}

QVariantList numbers(Column column, std::initializer_list<const char16_t *> codes)
{
    QVariantList found;
    for (const char16_t *code : codes)
        found << number(column, QStringView(code));
    return found;
}

int day(QDate date)
{
    return date.isValid() ? date.year() * 10000 + date.month() * 100 + date.day() : 0;
}

QDate dayFrom(qint64 stored)
{
    return QDate(int(stored / 10000), int(stored / 100 % 100), int(stored % 100));
}

} // namespace trinn::teststored
