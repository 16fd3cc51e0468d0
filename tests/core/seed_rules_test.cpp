// The rules of the five services against the seeds' numbers (issue 16,
// "Rules and templates that disagree with the seeds"); each failed before its fix.

#include "support/testjournals.h"

#include "testing/medicationidentity.h"
#include "testing/testinterpretation.h"

using namespace trinn;

namespace {

SubstanceTest urineWith(const QStringList &positives)
{
    SubstanceTest t;
    t.sampleType = SubstanceTest::SampleType::Urine;
    for (const QString &code : Analytes::panel(false))
        t.results.append({code, positives.contains(code), std::nullopt, QString(), std::nullopt, QString()});
    return t;
}

Medication onDrug(const QString &drug, const QString &dose)
{
    Medication m;
    m.drug = drug;
    m.dose = dose;
    m.start = QDate(2027, 1, 1);
    return m;
}

} // namespace

TEST_CASE("Seed 9: brand names map to the medication's identity and the analytes it explains", "[rules][testing][seed]")
{
    for (const char *brand : {"Subutex", "Suboxone", "Buvidal", "subutex 8 mg"}) {
        INFO(brand);
        const auto reading = TestInterpretation::interpret(urineWith({QStringLiteral("bup")}),
                                                           {onDrug(QString::fromUtf8(brand), QStringLiteral("16 mg"))});
        CHECK(reading.outcome == TestInterpretation::Outcome::Expected);
    }
    const auto elvanse = TestInterpretation::interpret(urineWith({QStringLiteral("amp")}),
                                                       {onDrug(QStringLiteral("Elvanse"), QStringLiteral("70 mg"))});
    CHECK(elvanse.outcome == TestInterpretation::Outcome::Expected);
    CHECK_THAT(elvanse.reasons.join(u'\n').toStdString(), Catch::Contains("lisdexamfetamine, N06BA12"));
    // Elvanse explains amphetamine, not cocaine.
    CHECK(TestInterpretation::interpret(urineWith({QStringLiteral("amp"), QStringLiteral("coc")}),
                                        {onDrug(QStringLiteral("Elvanse"), QStringLiteral("70 mg"))})
              .outcome
          == TestInterpretation::Outcome::Positive);

    CHECK(medicationIdentityOf(QStringLiteral("Subutex"))->atc == QStringLiteral("N07BC01"));
    CHECK(medicationIdentityOf(QStringLiteral("Buvidal"))->substance == QStringLiteral("buprenorphine"));
    CHECK(medicationIdentityOf(QStringLiteral("Suboxone"))->atc == QStringLiteral("N07BC51"));
    CHECK(medicationIdentityOf(QStringLiteral("Metadon mikstur"))->atc == QStringLiteral("N07BC02"));
    CHECK(medicationIdentityOf(QStringLiteral("Elvanse"))->explains == QStringList{QStringLiteral("amp")});
    CHECK(medicationIdentityOf(QStringLiteral("n06ba12"))->substance == QStringLiteral("lisdexamfetamine"));
    CHECK_FALSE(medicationIdentityOf(QStringLiteral("Paracet")).has_value());
    CHECK_FALSE(medicationIdentityOf(QString()).has_value());
}
