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

// nameKey folds plain ASCII names itself; whatever the name, it must give
// what simplified() and toCaseFolded() give.
TEST_CASE("A name's same-name key is the name simplified and case-folded", "[search]")
{
    const QStringList parts{QString(), QStringLiteral("Kari"), QStringLiteral("KARI"), QStringLiteral(" kari "),
                            QStringLiteral("Anne  Marie"), QStringLiteral("Anne\tMarie\n"), QStringLiteral("Berg-Olsen"),
                            QStringLiteral("  "), QStringLiteral("O'Brien"), QStringLiteral("Øyvind"), QStringLiteral("ÅSE"),
                            QStringLiteral("Straße"), QStringLiteral("Zoë"), QStringLiteral("Mc[Donald]_9"), QStringLiteral("@Z`z{")};
    for (const QString &given : parts) {
        for (const QString &family : parts) {
            INFO(given.toStdString() << " / " << family.toStdString());
            CHECK(searchterms::nameKey(given, family) == QString(given + u' ' + family).simplified().toCaseFolded());
        }
    }
    CHECK(searchterms::nameKey(QStringLiteral("Kari  "), QStringLiteral(" NORDMANN")) == QStringLiteral("kari nordmann"));
}
