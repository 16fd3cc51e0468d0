#include "support/testjournals.h"

#include "patients/patientrules.h"

using namespace trinn;

using test::newPatient;

TEST_CASE("A demo journal takes synthetic ids and a name", "[rules]")
{
    const Decision ok = PatientRules::canRegister(newPatient(test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann")),
                                                  JournalKind::Demo);
    CHECK(ok.allowed);
    CHECK(ok.reason.isEmpty());
}

TEST_CASE("Registration refusals name the reason", "[rules]")
{
    SECTION("a real-form id in a demo journal")
    {
        const Decision d = PatientRules::canRegister(newPatient(QStringLiteral("01013850085"), QStringLiteral("A"), QStringLiteral("B")),
                                                     JournalKind::Demo);
        CHECK_FALSE(d.allowed);
        CHECK_THAT(d.reason.toStdString(), Catch::Contains("demo journal") && Catch::Contains("synthetic"));
    }
    SECTION("a synthetic id in a clinic journal")
    {
        const Decision d = PatientRules::canRegister(newPatient(test::ids::born1985, QStringLiteral("A"), QStringLiteral("B")),
                                                     JournalKind::Clinic);
        CHECK_FALSE(d.allowed);
        CHECK_THAT(d.reason.toStdString(), Catch::Contains("synthetic test number"));
    }
    SECTION("a birth date in the future")
    {
        const Decision d = PatientRules::canRegister(newPatient(QStringLiteral("01013850085"), QStringLiteral("A"), QStringLiteral("B")),
                                                     JournalKind::Clinic);
        CHECK_FALSE(d.allowed);
        CHECK_THAT(d.reason.toStdString(), Catch::Contains("future (01.01.2038)"));
    }
    SECTION("a wrong check digit")
    {
        const Decision d = PatientRules::canRegister(newPatient(QStringLiteral("15858510056"), QStringLiteral("A"), QStringLiteral("B")),
                                                     JournalKind::Demo);
        CHECK_THAT(d.reason.toStdString(), Catch::Contains("second check digit does not match"));
    }
    SECTION("no name at all")
    {
        const Decision d = PatientRules::canRegister(newPatient(test::ids::born1985, QStringLiteral("  "), QString()), JournalKind::Demo);
        CHECK_FALSE(d.allowed);
        CHECK(d.reason == QStringLiteral("The patient needs a name."));
    }
    SECTION("no family name")
    {
        const Decision d = PatientRules::canRegister(newPatient(test::ids::born1985, QStringLiteral("Kari"), QString()), JournalKind::Demo);
        CHECK(d.reason == QStringLiteral("The patient needs a family name."));
    }
}

TEST_CASE("Full names split into given names and family name", "[rules]")
{
    QString given, family;
    PatientRules::splitName(QStringLiteral("  Kari  Anne Nordmann "), &given, &family);
    CHECK(given == QStringLiteral("Kari Anne"));
    CHECK(family == QStringLiteral("Nordmann"));
    PatientRules::splitName(QStringLiteral("Berg-Olsen, Per Ivar"), &given, &family);
    CHECK(given == QStringLiteral("Per Ivar"));
    CHECK(family == QStringLiteral("Berg-Olsen"));
    PatientRules::splitName(QStringLiteral("Nordmann"), &given, &family);
    CHECK(given.isEmpty());
    CHECK(family == QStringLiteral("Nordmann"));
}
