// The rules of the five services against the seeds' numbers (issue 16,
// "Rules and templates that disagree with the seeds"); each failed before its fix.

#include "support/testjournals.h"

#include "programs/programrules.h"
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

TEST_CASE("Seed 10: each legal basis of coercion has its deciding body and its limit", "[rules][programs][seed]")
{
    const QDate on(2027, 2, 1);
    const QString countyBoard = QStringLiteral("Fylkesnemnda");
    // § 10-2: at most 3 months, decided by the county board.
    CHECK(ProgramRules::coercionRecord(QStringLiteral("§ 10-2"), countyBoard, on, on.addMonths(3)).allowed);
    CHECK(ProgramRules::coercionRecord(QStringLiteral("§ 10-2"), countyBoard, on, on.addMonths(12)).reason
          == QStringLiteral("§ 10-2 allows at most 3 months: 01.02.2027 to 01.02.2028 is 12 months."));
    CHECK(ProgramRules::coercionRecord(QStringLiteral("§ 10-2"), QStringLiteral("Kommunen"), on, on.addMonths(3)).reason
          == QStringLiteral("Under § 10-2 coercion is decided by the county board (fylkesnemnda), not by the municipality."));
    CHECK_THAT(ProgramRules::coercionRecord(QStringLiteral("§ 10-2"), countyBoard, on, QDate()).reason.toStdString(),
               Catch::Contains("Give the last day"));
    // § 10-3: the whole pregnancy, decided by the county board.
    CHECK(ProgramRules::coercionRecord(QStringLiteral("hol. § 10-3"), countyBoard, on, on.addMonths(7)).allowed);
    CHECK_FALSE(ProgramRules::coercionRecord(QStringLiteral("hol. § 10-3"), countyBoard, on, on.addMonths(10)).allowed);
    // § 10-4: on the patient's own consent, the institution retains for up to 3 weeks.
    CHECK(ProgramRules::coercionRecord(QStringLiteral("hol-10-4"), QStringLiteral("institusjonen"), on, on.addDays(21)).allowed);
    CHECK_THAT(ProgramRules::coercionRecord(QStringLiteral("hol-10-4"), QStringLiteral("institusjonen"), on, on.addDays(28)).reason.toStdString(),
               Catch::Contains("at most 3 weeks"));
    CHECK_FALSE(ProgramRules::coercionRecord(QStringLiteral("hol-10-4"), countyBoard, on, on.addDays(21)).allowed);
    CHECK_THAT(ProgramRules::coercionRecord(QStringLiteral("§ 3-1"), countyBoard, on, on).reason.toStdString(),
               Catch::Contains("§ 10-2, § 10-3, § 10-4"));
}
