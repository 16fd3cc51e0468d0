#include "support/testjournals.h"

#include "patients/nationalid.h"

using trinn::NationalId;

namespace {

struct ValidCase
{
    const char *digits;
    NationalId::Kind kind;
    QDate birthDate;
    bool synthetic;
};

struct InvalidCase
{
    const char *text;
    const char *reasonFragment;
};

} // namespace

// Expected values were computed by a separate script, not by Trinn's code.
TEST_CASE("Valid national ids give their kind and birth date", "[nationalid]")
{
    const ValidCase valid = GENERATE(values<ValidCase>({
        {"15858510055", NationalId::Kind::BirthNumber, QDate(1985, 5, 15), true},
        {"29820050043", NationalId::Kind::BirthNumber, QDate(2000, 2, 29), true}, // leap year 2000
        {"43919020084", NationalId::Kind::DNumber, QDate(1990, 11, 3), true},      // day + 40
        {"12838050024", NationalId::Kind::BirthNumber, QDate(1880, 3, 12), true},  // 500–749 with 54–99: 1800s
        {"05875590091", NationalId::Kind::BirthNumber, QDate(1955, 7, 5), true},   // 900–999 with 40–99: 1900s
        {"01013850085", NationalId::Kind::BirthNumber, QDate(2038, 1, 1), false},  // not yet born: no real person
        {"55033750055", NationalId::Kind::DNumber, QDate(2037, 3, 15), false},
        {"10443650038", NationalId::Kind::HNumber, QDate(2036, 4, 10), false},     // month + 40
    }));
    CAPTURE(valid.digits);
    const trinn::Result<NationalId> id = NationalId::parse(QString::fromLatin1(valid.digits));
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    CHECK(id->kind() == valid.kind);
    CHECK(id->birthDate() == valid.birthDate);
    CHECK(id->isSynthetic() == valid.synthetic);
}

TEST_CASE("Invalid national ids are refused with a readable reason", "[nationalid]")
{
    const InvalidCase invalid = GENERATE(values<InvalidCase>({
        {"", "empty"},
        {"1585851005", "11 digits"},
        {"158585100555", "11 digits"},
        {"1585851005x", "not a digit"},
        {"15858510065", "first check digit"},
        {"15858510056", "second check digit"},
        {"29820000100", "real date"},   // 29.02.1900: 1900 was no leap year
        {"29820150064", "real date"},   // 29.02.2001
        {"32818512345", "real date"},   // day 32
        {"01938512345", "real date"},   // month 13 (+80)
        {"01816080076", "individual number 800"}, // 750–899 is not used for the 1900s
        {"01818000195", "first check digit"},     // no check digit can make 018180001 valid
    }));
    CAPTURE(invalid.text);
    const trinn::Result<NationalId> id = NationalId::parse(QString::fromLatin1(invalid.text));
    REQUIRE_FALSE(id.ok());
    CHECK_THAT(id.error().toStdString(), Catch::Contains(invalid.reasonFragment));
}

TEST_CASE("Spaces inside a national id are ignored", "[nationalid]")
{
    const trinn::Result<NationalId> id = NationalId::parse(QStringLiteral(" 158585 10055 "));
    REQUIRE(id.ok());
    CHECK(id->digits() == QStringLiteral("15858510055"));
    CHECK(id->formatted() == QStringLiteral("158585 10055"));
}

TEST_CASE("Making a national id computes both check digits", "[nationalid]")
{
    const trinn::Result<NationalId> made = NationalId::make(QDate(1985, 5, 15), 100, NationalId::Kind::BirthNumber, true);
    REQUIRE(made.ok());
    CHECK(made->digits() == QStringLiteral("15858510055"));
    CHECK(made->isMale() == false);

    const trinn::Result<NationalId> dNumber = NationalId::make(QDate(1990, 11, 3), 200, NationalId::Kind::DNumber, true);
    REQUIRE(dNumber.ok());
    CHECK(dNumber->digits().left(4) == QStringLiteral("4391"));

    SECTION("an individual number outside the birth year's range is refused")
    {
        const trinn::Result<NationalId> wrongCentury =
            NationalId::make(QDate(1960, 1, 1), 800, NationalId::Kind::BirthNumber, true);
        CHECK_FALSE(wrongCentury.ok());
    }
    SECTION("a prefix whose first check digit would be 10 is refused")
    {
        const trinn::Result<NationalId> impossible =
            NationalId::make(QDate(1980, 1, 1), 1, NationalId::Kind::BirthNumber, true);
        CHECK_FALSE(impossible.ok());
    }
}

TEST_CASE("Every made synthetic id parses back to the same facts", "[nationalid]")
{
    int made = 0;
    for (QDate date(1940, 1, 1); date.year() < 2010; date = date.addDays(97)) {
        for (int individual : {0, 123, 499, 500, 749, 900, 999}) {
            const trinn::Result<NationalId> id = NationalId::make(date, individual, NationalId::Kind::BirthNumber, true);
            if (!id)
                continue;
            ++made;
            const trinn::Result<NationalId> parsed = NationalId::parse(id->digits());
            REQUIRE(parsed.ok());
            CHECK(parsed->birthDate() == date);
            CHECK(parsed->isSynthetic());
        }
    }
    CHECK(made > 500);
}
