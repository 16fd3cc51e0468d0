// The rules of the five services against the seeds' numbers (issue 16,
// "Rules and templates that disagree with the seeds"); each failed before its fix.

#include "export/fhircodes.h"
#include "support/testjournals.h"

#include "common/clinictime.h"
#include "groups/grouprules.h"
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
    // The FHIR export codes a prescription by the same identity: a brand name gets its substance's ATC code.
    CHECK(fhir::atcCoding(QStringLiteral("Subutex 8 mg")).value(QStringLiteral("code")).toString() == QStringLiteral("N07BC01"));
    CHECK(fhir::atcCoding(QStringLiteral("Campral")).value(QStringLiteral("code")).toString() == QStringLiteral("N07BB03"));
    CHECK(fhir::atcCoding(QStringLiteral("Paracet")).isEmpty());
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

TEST_CASE("Seed 3: a Phase 2 gathering after the first year is allowed with its reason, which is shown", "[rules][programs][seed]")
{
    const QDate discharge(2027, 4, 5);
    const QDate start(2028, 4, 10); // a year and five days after discharge
    const Decision without = ProgramRules::canPlanGathering(discharge, start, start.addDays(3), 5);
    CHECK_FALSE(without.allowed);
    CHECK_THAT(without.reason.toStdString(), Catch::Contains("usually") && Catch::Contains("give the reason"));
    const Decision with = ProgramRules::canPlanGathering(discharge, start, start.addDays(3), 5, QStringLiteral("Was in hospital"));
    CHECK(with.allowed);
    CHECK(with.reason == QStringLiteral("Later than the first year after discharge (05.04.2028): Was in hospital"));
}

TEST_CASE("Seed 6: an 8-week MBRP keeps its 8 sessions over Ascension Day", "[rules][groups][seed]")
{
    TherapyGroup mbrp;
    mbrp.name = QStringLiteral("MBRP");
    mbrp.weekday = 4;
    mbrp.startTime = QTime(14, 0);
    mbrp.minutes = 105;
    mbrp.weeks = 8;
    mbrp.startDate = QDate(2027, 4, 29);
    QStringList skipped;
    const auto sessions = GroupRules::weeklySessions(mbrp, &skipped);
    REQUIRE(sessions.size() == 8);
    CHECK(skipped == QStringList{QStringLiteral("06.05.2027 (Ascension Day)")});
    CHECK(clinictime::local(sessions.at(1)).date() == QDate(2027, 5, 13));
    CHECK(clinictime::local(sessions.last()).date() == QDate(2027, 6, 24));
}
