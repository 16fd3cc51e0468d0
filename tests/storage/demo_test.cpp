#include "support/testjournals.h"

#include "demo/democlinic.h"
#include "storage/journal.h"
#include "storage/patientstore.h"

using namespace trinn;
using trinn::test::Backend;

namespace {

QStringList everyone(Journal &journal)
{
    QStringList rows;
    for (const QString &digit : {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
                                QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7")}) {
        const auto page = PatientStore(journal).search(digit, 1000);
        REQUIRE(page.ok());
        for (const PatientSummary &row : *page)
            rows << row.nationalId + u' ' + row.givenNames + u' ' + row.familyName;
    }
    return rows;
}

} // namespace

TEST_CASE("The demo clinic is deterministic for a seed", "[storage][demo]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> first = test::createJournal(backend);
    std::unique_ptr<Journal> second = test::createJournal(backend);
    std::unique_ptr<Journal> other = test::createJournal(backend);
    const auto a = DemoClinic::generate(*first, {120, 2, 42});
    REQUIRE(a.ok());
    CHECK(a->patients == 120);
    CHECK(a->nextOfKin > 50);
    REQUIRE(DemoClinic::generate(*second, {120, 2, 42}).ok());
    REQUIRE(DemoClinic::generate(*other, {120, 2, 43}).ok());

    const QStringList rowsA = everyone(*first);
    CHECK(rowsA.size() == 120);
    CHECK(rowsA == everyone(*second));
    CHECK(rowsA != everyone(*other));
}

TEST_CASE("Demo patients carry synthetic ids and realistic facts", "[storage][demo]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    int progressCalls = 0;
    REQUIRE(DemoClinic::generate(*journal, {600, 3, 1}, [&](int done, int total) {
                ++progressCalls;
                CHECK(done <= total);
            }).ok());
    CHECK(progressCalls == 2);
    PatientStore patients(*journal);
    CHECK(*patients.count() == 600);
    const auto some = patients.search(QStringLiteral("hansen"), 50);
    REQUIRE(some.ok());
    REQUIRE_FALSE(some->isEmpty());
    for (const PatientSummary &row : *some) {
        const auto id = NationalId::parse(row.nationalId);
        REQUIRE(id.ok());
        CHECK(id->isSynthetic());
        const Result<Patient> patient = patients.get(row.id);
        REQUIRE(patient.ok());
        CHECK(patient->createdAt.date() >= QDate::currentDate().addYears(-3).addDays(-2));
        const int age = patient->birthDate.daysTo(patient->createdAt.date()) / 365;
        CHECK(age >= 18);
        CHECK(age <= 72);
    }
}

TEST_CASE("Demo data is refused by a clinic journal and bad sizes are refused", "[storage][demo]")
{
    std::unique_ptr<Journal> clinic = test::createJournal(Backend::SQLite, JournalKind::Clinic);
    const auto refused = DemoClinic::generate(*clinic, {10, 1, 1});
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().toStdString(), Catch::Contains("demo journal only"));

    std::unique_ptr<Journal> demo = test::createJournal(Backend::SQLite);
    CHECK_FALSE(DemoClinic::generate(*demo, {-1, 1, 1}).ok());
    CHECK_FALSE(DemoClinic::generate(*demo, {10, 0, 1}).ok());
}
