#include "nationalid.h"

#include <array>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

constexpr std::array<int, 9> firstWeights{3, 7, 6, 1, 8, 9, 4, 5, 2};
constexpr std::array<int, 10> secondWeights{5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
constexpr int syntheticMonthOffset = 80;
constexpr int hNumberMonthOffset = 40;
constexpr int dNumberDayOffset = 40;

// The mod-11 check digit over the given digits, or -1 when the result would be 10
// (no valid number has such a prefix).
template<std::size_t N>
int checkDigit(const std::array<int, N> &weights, const int *digits)
{
    int sum = 0;
    for (std::size_t i = 0; i < N; ++i)
        sum += weights[i] * digits[i];
    const int digit = 11 - sum % 11;
    if (digit == 11)
        return 0;
    return digit == 10 ? -1 : digit;
}

// The century from the individual number and the two-digit year, as the
// population register assigns them; 0 when no one can have that combination.
int fullYear(int individualNumber, int twoDigitYear)
{
    if (individualNumber <= 499)
        return 1900 + twoDigitYear;
    if (individualNumber <= 749 && twoDigitYear >= 54)
        return 1800 + twoDigitYear;
    if (twoDigitYear <= 39)
        return 2000 + twoDigitYear;
    if (individualNumber >= 900)
        return 1900 + twoDigitYear;
    return 0;
}

} // namespace

Result<NationalId> NationalId::parse(const QString &text)
{
    QString digits = text;
    digits.remove(u' ');
    if (digits.isEmpty())
        return Error{tr("The national id is empty.")};
    for (const QChar c : std::as_const(digits)) {
        if (!c.isDigit() || c.unicode() > u'9')
            return Error{tr("The national id may hold digits only; \"%1\" is not a digit.").arg(c)};
    }
    if (digits.size() != 11)
        return Error{tr("The national id must have 11 digits; it has %n.", nullptr, int(digits.size()))};

    int d[11];
    for (int i = 0; i < 11; ++i)
        d[i] = digits.at(i).digitValue();

    int day = d[0] * 10 + d[1];
    int month = d[2] * 10 + d[3];
    const int twoDigitYear = d[4] * 10 + d[5];
    const int individual = d[6] * 100 + d[7] * 10 + d[8];

    NationalId id;
    id.m_digits = digits;
    if (day > 40) {
        id.m_kind = Kind::DNumber;
        day -= dNumberDayOffset;
    }
    if (month > syntheticMonthOffset) {
        id.m_synthetic = true;
        month -= syntheticMonthOffset;
    }
    if (month > hNumberMonthOffset) {
        if (id.m_kind == Kind::DNumber)
            return Error{tr("The national id cannot be both a D-number and an H-number.")};
        id.m_kind = Kind::HNumber;
        month -= hNumberMonthOffset;
    }

    const int year = fullYear(individual, twoDigitYear);
    if (year == 0)
        return Error{tr("The individual number %1 is not given to anyone born in a year ending in %2.")
                         .arg(digits.mid(6, 3), digits.mid(4, 2))};

    const QDate birthDate(year, month, day);
    if (!birthDate.isValid())
        return Error{tr("The national id does not start with a real date: day %1, month %2, year %3.")
                         .arg(day).arg(month).arg(year)};
    id.m_birthDate = birthDate;

    const int first = checkDigit(firstWeights, d);
    if (first < 0 || first != d[9])
        return Error{tr("The first check digit does not match.")};
    const int second = checkDigit(secondWeights, d);
    if (second < 0 || second != d[10])
        return Error{tr("The second check digit does not match.")};
    return id;
}

Result<NationalId> NationalId::make(QDate birthDate, int individualNumber, Kind kind, bool synthetic)
{
    if (!birthDate.isValid() || individualNumber < 0 || individualNumber > 999)
        return Error{tr("No national id can be made from that birth date and individual number.")};
    int day = birthDate.day();
    int month = birthDate.month();
    if (kind == Kind::DNumber)
        day += dNumberDayOffset;
    if (kind == Kind::HNumber)
        month += hNumberMonthOffset;
    if (synthetic)
        month += syntheticMonthOffset;
    if (month > 99)
        return Error{tr("A synthetic H-number cannot be written in two month digits.")};

    int d[11];
    d[0] = day / 10;
    d[1] = day % 10;
    d[2] = month / 10;
    d[3] = month % 10;
    d[4] = (birthDate.year() % 100) / 10;
    d[5] = birthDate.year() % 10;
    d[6] = individualNumber / 100;
    d[7] = (individualNumber / 10) % 10;
    d[8] = individualNumber % 10;
    d[9] = checkDigit(firstWeights, d);
    if (d[9] < 0)
        return Error{tr("No valid national id has this individual number for this date.")};
    d[10] = checkDigit(secondWeights, d);
    if (d[10] < 0)
        return Error{tr("No valid national id has this individual number for this date.")};

    QString digits;
    digits.reserve(11);
    for (int digit : d)
        digits.append(QChar(u'0' + digit));
    Result<NationalId> parsed = parse(digits);
    if (parsed && parsed->birthDate() != birthDate)
        return Error{tr("The individual number %1 does not belong to people born in %2.")
                         .arg(individualNumber)
                         .arg(birthDate.year())};
    return parsed;
}

bool NationalId::isMale() const
{
    return m_digits.size() == 11 && m_digits.at(8).digitValue() % 2 == 1;
}

QString NationalId::formatted() const
{
    return m_digits.left(6) + u' ' + m_digits.mid(6);
}

QString NationalId::kindName(Kind kind)
{
    switch (kind) {
    case Kind::BirthNumber:
        return tr("birth number");
    case Kind::DNumber:
        return tr("D-number");
    case Kind::HNumber:
        return tr("H-number");
    }
    return {};
}

QString NationalId::kindCode(Kind kind)
{
    switch (kind) {
    case Kind::BirthNumber:
        return u"F"_s;
    case Kind::DNumber:
        return u"D"_s;
    case Kind::HNumber:
        return u"H"_s;
    }
    return u"F"_s;
}

NationalId::Kind NationalId::kindFromCode(const QString &code)
{
    if (code == u"D")
        return Kind::DNumber;
    if (code == u"H")
        return Kind::HNumber;
    return Kind::BirthNumber;
}

} // namespace trinn
