#include "support/testjournals.h"

#include "common/csv.h"
#include "testing/testingschedule.h"
#include "testing/testinterpretation.h"

using namespace trinn;

namespace {

SubstanceTest urine(const QStringList &positives)
{
    SubstanceTest t;
    t.sampleType = SubstanceTest::SampleType::Urine;
    for (const QString &code : Analytes::panel(false))
        t.results.append({code, positives.contains(code), std::nullopt, QString(), std::nullopt, QString()});
    return t;
}

Medication prescribed(const QString &drug, const QString &dose)
{
    Medication m;
    m.drug = drug;
    m.dose = dose;
    m.start = QDate(2026, 1, 1);
    return m;
}

} // namespace

TEST_CASE("Prescribed substances are expected, not relapse", "[testing][interpretation]")
{
    const auto methadone = prescribed(QStringLiteral("methadone"), QStringLiteral("80 mg"));
    const auto reading = TestInterpretation::interpret(urine({QStringLiteral("mtd")}), {methadone});
    CHECK(reading.outcome == TestInterpretation::Outcome::Expected);
    CHECK(reading.reasons == QStringList{QStringLiteral("methadone expected (prescribed 80 mg)")});

    SECTION("the same finding without a prescription is positive")
    {
        const auto unprescribed = TestInterpretation::interpret(urine({QStringLiteral("mtd")}), {});
        CHECK(unprescribed.outcome == TestInterpretation::Outcome::Positive);
        CHECK(unprescribed.reasons == QStringList{QStringLiteral("Positive for methadone")});
    }
    SECTION("a prescribed substance not found is flagged")
    {
        const auto missing = TestInterpretation::interpret(urine({}), {methadone});
        CHECK(missing.outcome == TestInterpretation::Outcome::Missing);
        CHECK(missing.reasons == QStringList{QStringLiteral("methadone expected but not found")});
    }
    SECTION("an unexpected substance beside the prescribed one is positive")
    {
        const auto both = TestInterpretation::interpret(urine({QStringLiteral("mtd"), QStringLiteral("coc")}), {methadone});
        CHECK(both.outcome == TestInterpretation::Outcome::Positive);
        CHECK(both.reasons.contains(QStringLiteral("Positive for cocaine")));
        CHECK(both.reasons.contains(QStringLiteral("methadone expected (prescribed 80 mg)")));
    }
    SECTION("buprenorphine under its Norwegian name")
    {
        const auto bup = TestInterpretation::interpret(urine({QStringLiteral("bup")}), {prescribed(QStringLiteral("Buprenorfin"), QStringLiteral("16 mg"))});
        CHECK(bup.outcome == TestInterpretation::Outcome::Expected);
    }
}

TEST_CASE("Refusals, negatives and the lab", "[testing][interpretation]")
{
    SubstanceTest refused;
    refused.refused = true;
    refused.refusalReason = QStringLiteral("Would not give a sample");
    const auto r = TestInterpretation::interpret(refused, {});
    CHECK(r.outcome == TestInterpretation::Outcome::Refused);
    CHECK(r.reasons == QStringList{QStringLiteral("Refused the test: Would not give a sample")});
    CHECK(TestInterpretation::breaksAbstinence(r.outcome));

    CHECK(TestInterpretation::interpret(urine({}), {}).outcome == TestInterpretation::Outcome::Negative);

    SubstanceTest pending = urine({QStringLiteral("thc")});
    pending.labStatus = SubstanceTest::LabStatus::Pending;
    const auto waiting = TestInterpretation::interpret(pending, {});
    CHECK(waiting.outcome == TestInterpretation::Outcome::Pending);
    CHECK(waiting.reasons == QStringList{QStringLiteral("cannabis/THC: screen positive, awaiting the lab")});
    CHECK_FALSE(TestInterpretation::breaksAbstinence(waiting.outcome));

    pending.results[4].confirmed = QStringLiteral("negative");
    const auto cleared = TestInterpretation::interpret(pending, {});
    CHECK(cleared.outcome == TestInterpretation::Outcome::Negative);
    CHECK(cleared.reasons == QStringList{QStringLiteral("cannabis/THC: screen positive, lab negative")});
    pending.results[4].confirmed = QStringLiteral("positive");
    CHECK(TestInterpretation::interpret(pending, {}).reasons == QStringList{QStringLiteral("Positive for cannabis/THC, confirmed by the lab")});
}

TEST_CASE("Analytes are found by code, name or English name", "[testing]")
{
    CHECK(Analytes::all().size() == 11);
    CHECK(Analytes::find(QStringLiteral("THC"))->code == QStringLiteral("thc"));
    CHECK(Analytes::find(QStringLiteral("cocaine"))->code == QStringLiteral("coc"));
    CHECK(Analytes::find(QStringLiteral("GHB"))->unit == QStringLiteral("µg/mL"));
    CHECK_FALSE(Analytes::find(QStringLiteral("chocolate")));
    CHECK(Analytes::panel(true) == QStringList{QStringLiteral("etg")});
    CHECK(*Analytes::forDrug(QStringLiteral("Metadon")) == QStringLiteral("mtd"));
    CHECK_FALSE(Analytes::forDrug(QStringLiteral("disulfiram")));
}

TEST_CASE("Testing schedules: daily, weekdays and reproducible random days", "[testing][schedule]")
{
    const QByteArray secret = QByteArrayLiteral("journal secret");
    CHECK(TestingSchedule::parse(QStringLiteral("daily"))->isTestDay(secret, 1, QDate(2027, 1, 3)));
    const auto mwf = TestingSchedule::parse(QStringLiteral("weekdays:1,3,5"));
    REQUIRE(mwf.ok());
    CHECK(mwf->isTestDay(secret, 1, QDate(2027, 1, 4)));
    CHECK_FALSE(mwf->isTestDay(secret, 1, QDate(2027, 1, 5)));
    CHECK_FALSE(TestingSchedule::parse(QStringLiteral("none"))->isTestDay(secret, 1, QDate(2027, 1, 4)));

    const auto random = TestingSchedule::parse(QStringLiteral("random:0.3"));
    REQUIRE(random.ok());
    int hits = 0;
    int same = 0;
    int otherSecret = 0;
    for (QDate d(2027, 1, 1); d.year() == 2027; d = d.addDays(1)) {
        const bool hit = random->isTestDay(secret, 42, d);
        hits += hit ? 1 : 0;
        same += hit == random->isTestDay(secret, 42, d) ? 1 : 0;
        otherSecret += hit == random->isTestDay(QByteArrayLiteral("another"), 42, d) ? 1 : 0;
    }
    CHECK(same == 365);            // reproducible for audit
    CHECK(hits > 365 * 0.22);      // about 30 % of days
    CHECK(hits < 365 * 0.38);
    CHECK(otherSecret < 330);      // another journal draws other days

    CHECK_THAT(TestingSchedule::parse(QStringLiteral("weekdays:8")).error().toStdString(), Catch::Contains("not a weekday number"));
    CHECK_THAT(TestingSchedule::parse(QStringLiteral("random:1.5")).error().toStdString(), Catch::Contains("at most 1"));
    CHECK_THAT(TestingSchedule::parse(QStringLiteral("hourly")).error().toStdString(), Catch::Contains("not a testing schedule"));
}

TEST_CASE("CSV rows with quotes, separators and line numbers", "[csv]")
{
    const QString text = QStringLiteral("a;b;c\r\n1;\"two; and \"\"more\"\"\";3\n\n4;\"multi\nline\";6\n");
    CHECK(csv::guessSeparator(text) == u';');
    bool unterminated = true;
    const auto rows = csv::parse(text, u';', &unterminated);
    CHECK_FALSE(unterminated);
    REQUIRE(rows.size() == 3);
    CHECK(rows.at(1).fields == QStringList{QStringLiteral("1"), QStringLiteral("two; and \"more\""), QStringLiteral("3")});
    CHECK(rows.at(1).line == 2);
    CHECK(rows.at(2).line == 4);
    CHECK(rows.at(2).fields.at(1) == QStringLiteral("multi\nline"));
    csv::parse(QStringLiteral("a,\"open"), u',', &unterminated);
    CHECK(unterminated);
    CHECK(csv::parse(QString(), u',').isEmpty());
}
