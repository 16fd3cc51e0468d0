#include "support/testjournals.h"

#include "demo/democlinic.h"
#include "storage/integritycheck.h"
#include "storage/journal.h"

using namespace trinn;
using trinn::test::Backend;

TEST_CASE("A healthy journal passes the integrity check", "[storage][integrity]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    REQUIRE(DemoClinic::generate(*journal, {50, 1, 7}).ok());
    const Result<QStringList> problems = IntegrityCheck(*journal).run();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}

TEST_CASE("The integrity check names broken ids and unsearchable patients", "[storage][integrity]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    REQUIRE(DemoClinic::generate(*journal, {5, 1, 7}).ok());
    test::rawExec(*journal, QStringLiteral("UPDATE patient SET national_id = '15858510056' WHERE id = (SELECT MIN(id) FROM patient)"));
    test::rawExec(*journal, QStringLiteral("DELETE FROM patient_term WHERE patient_id = (SELECT MAX(id) FROM patient)"));
    const Result<QStringList> problems = IntegrityCheck(*journal).run();
    REQUIRE(problems.ok());
    REQUIRE(problems->size() == 2);
    CHECK_THAT(problems->at(0).toStdString(), Catch::Contains("15858510056") && Catch::Contains("second check digit"));
    CHECK_THAT(problems->at(1).toStdString(), Catch::Contains("cannot be found by name search"));
}
