#include "support/testjournals.h"

#include "patients/searchterms.h"

namespace searchterms = trinn::searchterms;

TEST_CASE("Names split into case-folded words", "[search]")
{
    CHECK(searchterms::wordsOf(QStringLiteral("Øyvind Berg-Olsen")) == QStringList{QStringLiteral("øyvind"), QStringLiteral("berg"), QStringLiteral("olsen")});
    CHECK(searchterms::wordsOf(QStringLiteral("  ÅSE  ")) == QStringList{QStringLiteral("åse")});
    CHECK(searchterms::wordsOf(QStringLiteral(" - , ")).isEmpty());
    CHECK(searchterms::wordsOf(QString()).isEmpty());
}

TEST_CASE("A prefix's upper bound orders after every word with that prefix", "[search]")
{
    const QString bound = searchterms::prefixUpperBound(QStringLiteral("bjø"));
    CHECK(QStringLiteral("bjørn") < bound);
    CHECK(QStringLiteral("bjø") < bound);
    CHECK_FALSE(QStringLiteral("bjù") < bound);
    CHECK(searchterms::prefixUpperBound(QStringLiteral("019")) == QStringLiteral("01:"));
}

TEST_CASE("Digits-only text is an id prefix", "[search]")
{
    CHECK(searchterms::isDigits(QStringLiteral("0181")));
    CHECK_FALSE(searchterms::isDigits(QStringLiteral("01a")));
    CHECK_FALSE(searchterms::isDigits(QString()));
}
