#include "support/testjournals.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/labimport.h"
#include "storage/patientstore.h"
#include "storage/programstore.h"
#include "storage/substanceteststore.h"

using namespace trinn;
using trinn::test::Backend;

namespace {

struct Clinic
{
    std::unique_ptr<Journal> journal;
    qint64 admitted = 0;   // in Phase 1 today
    qint64 lar = 0;        // in an MBRP course, on methadone
    qint64 discharged = 0; // Phase 1 over, Phase 2 at home
    qint64 outsider = 0;   // in no program
};

qint64 addPatient(Journal &journal, const QString &id, const QString &family)
{
    NewPatient p;
    p.nationalId = id;
    p.givenNames = QStringLiteral("Test");
    p.familyName = family;
    const auto added = PatientStore(journal).add(p);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    return *added;
}

void ok(const Status &s)
{
    INFO(s.error().toStdString());
    REQUIRE(s.ok());
}

Clinic makeClinic(Backend backend)
{
    Clinic c;
    c.journal = test::createJournal(backend);
    Journal &j = *c.journal;
    EpisodeStore episodes(j);
    const QDate today = clinictime::today();
    c.admitted = addPatient(j, test::ids::born1985, QStringLiteral("Admitted"));
    c.lar = addPatient(j, test::ids::born1990a, QStringLiteral("Lar"));
    c.discharged = addPatient(j, test::ids::born1990b, QStringLiteral("Discharged"));
    c.outsider = addPatient(j, test::ids::born1990c, QStringLiteral("Outsider"));

    const auto residential = episodes.enrol({c.admitted, BuiltinPrograms::residential, today.addDays(-10), {}, {}});
    REQUIRE(residential.ok());
    ok(episodes.startPhase(episodes.episode(*residential)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-10)));

    const auto earlier = episodes.enrol({c.discharged, BuiltinPrograms::residential, today.addDays(-120), {}, {}});
    REQUIRE(earlier.ok());
    ok(episodes.startPhase(episodes.episode(*earlier)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-120)));
    ok(episodes.completePhase(episodes.episode(*earlier)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-30)));
    ok(episodes.startPhase(episodes.episode(*earlier)->phaseByCode(QStringLiteral("phase2"))->id, today.addDays(-30)));

    // MBRP tested on Mondays, Wednesdays and Fridays.
    auto mbrp = ProgramStore(j).find(BuiltinPrograms::mbrp);
    REQUIRE(mbrp.ok());
    mbrp->testing = QStringLiteral("weekdays:1,3,5");
    ok(ProgramStore(j).update(*mbrp));
    QList<std::pair<QString, bool>> assessment;
    for (const Criterion &cr : mbrp->criteria)
        assessment.append({cr.text, cr.kind == Criterion::Kind::Inclusion});
    const auto course = episodes.enrol({c.lar, BuiltinPrograms::mbrp, today.addDays(-14), {}, assessment});
    REQUIRE(course.ok());
    ok(episodes.startPhase(episodes.episode(*course)->phases.first().id, today.addDays(-14)));
    REQUIRE(CareRecordStore(j).addMedication({0, c.lar, QStringLiteral("methadone"), QStringLiteral("90 mg"), today.addDays(-200), QDate(), {}, {}}).ok());
    return c;
}

SubstanceTest urine(qint64 patient, const QStringList &positives, QDateTime when = clinictime::now().addSecs(-600))
{
    SubstanceTest t;
    t.patientId = patient;
    t.sampledAt = when;
    t.takenBy = QStringLiteral("Sykepleier S");
    for (const QString &code : Analytes::panel(false))
        t.results.append({code, positives.contains(code), std::nullopt, QString(), std::nullopt, QString()});
    return t;
}

} // namespace

TEST_CASE("The day's board lists who must be tested and their status", "[storage][testing][board]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);
    const QDate today = clinictime::today();

    auto board = tests.board(today);
    REQUIRE(board.ok());
    QHash<qint64, SubstanceTestStore::BoardRow> byPatient;
    for (const auto &row : *board)
        byPatient.insert(row.patientId, row);
    CHECK(byPatient.contains(c.admitted));
    CHECK_FALSE(byPatient.contains(c.discharged)); // Phase 2 is lived at home
    CHECK_FALSE(byPatient.contains(c.outsider));
    const bool courseDay = QList<int>{1, 3, 5}.contains(today.dayOfWeek());
    CHECK(byPatient.contains(c.lar) == courseDay);
    CHECK(byPatient.value(c.admitted).outcome.isEmpty());
    CHECK(byPatient.value(c.admitted).program == QStringLiteral("Residential 12-step treatment · Phase 1"));

    REQUIRE(tests.record(urine(c.admitted, {QStringLiteral("thc")})).ok());
    board = tests.board(today);
    for (const auto &row : *board) {
        if (row.patientId == c.admitted) {
            CHECK(row.outcome == QStringLiteral("positive"));
            CHECK(row.reasons == QStringList{QStringLiteral("Positive for cannabis/THC")});
        }
    }

    // A past day is found by the phases' dates: 40 days ago the discharged patient was admitted.
    const auto past = tests.board(today.addDays(-40));
    REQUIRE(past.ok());
    bool found = false;
    for (const auto &row : *past)
        found = found || row.patientId == c.discharged;
    CHECK(found);
}

TEST_CASE("Recording a test refuses what is wrong and says why", "[storage][testing]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);

    auto t = urine(c.admitted, {});
    t.takenBy.clear();
    CHECK(tests.record(t).error() == QStringLiteral("Say who took the sample."));
    t = urine(c.admitted, {}, clinictime::now().addSecs(3600 * 5));
    CHECK_THAT(tests.record(t).error().toStdString(), Catch::Contains("is in the future"));
    t = urine(c.admitted, {});
    t.refused = true;
    CHECK(tests.record(t).error() == QStringLiteral("A refusal is recorded with its reason."));
    t = urine(c.admitted, {});
    t.sampleType = SubstanceTest::SampleType::Breath;
    CHECK_THAT(tests.record(t).error().toStdString(), Catch::Contains("A breath test measures ethanol only"));
    t = urine(c.admitted, {});
    t.results.append(t.results.first());
    CHECK_THAT(tests.record(t).error().toStdString(), Catch::Contains("listed twice"));
    t = urine(c.admitted, {});
    t.results.first().analyte = QStringLiteral("chocolate");
    CHECK_THAT(tests.record(t).error().toStdString(), Catch::Contains("not a substance Trinn tests for"));
    CHECK_THAT(tests.record(urine(9999, {})).error().toStdString(), Catch::Contains("no patient number 9999"));
    CHECK(tests.history(c.admitted)->isEmpty());

    SubstanceTest refusal = urine(c.admitted, {});
    refusal.refused = true;
    refusal.refusalReason = QStringLiteral("Says the cup is dirty");
    const auto id = tests.record(refusal);
    REQUIRE(id.ok());
    CHECK(tests.test(*id)->outcome == QStringLiteral("refused"));
}

TEST_CASE("Prescribed methadone is expected; its absence is flagged", "[storage][testing]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);
    const auto expected = tests.record(urine(c.lar, {QStringLiteral("mtd")}));
    REQUIRE(expected.ok());
    CHECK(tests.test(*expected)->outcome == QStringLiteral("expected"));
    const auto missing = tests.record(urine(c.lar, {}));
    CHECK(tests.test(*missing)->outcome == QStringLiteral("missing"));
    const auto reading = tests.interpret(*tests.test(*missing));
    CHECK(reading->reasons == QStringList{QStringLiteral("methadone expected but not found")});
    const auto relapse = tests.record(urine(c.admitted, {QStringLiteral("mtd")}));
    CHECK(tests.test(*relapse)->outcome == QStringLiteral("positive"));
}

TEST_CASE("A correction is a new version; the old one is kept", "[storage][testing]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);
    const auto first = tests.record(urine(c.admitted, {QStringLiteral("coc")}));
    REQUIRE(first.ok());
    CHECK_THAT(tests.correct(*first, urine(c.admitted, {}), QString(), QStringLiteral("N")).error().toStdString(), Catch::Contains("needs its reason"));
    const auto second = tests.correct(*first, urine(c.admitted, {}), QStringLiteral("Wrong patient's cup was read"), QStringLiteral("Sykepleier S"));
    REQUIRE(second.ok());
    CHECK_THAT(tests.correct(*first, urine(c.admitted, {}), QStringLiteral("again"), QStringLiteral("N")).error().toStdString(), Catch::Contains("replaced already"));

    const auto versions = tests.versions(*second);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).outcome == QStringLiteral("positive"));
    CHECK_FALSE(versions->at(0).current);
    CHECK(versions->at(1).outcome == QStringLiteral("negative"));
    CHECK(versions->at(1).version == 2);
    CHECK(versions->at(1).correctionReason == QStringLiteral("Wrong patient's cup was read"));
    CHECK(versions->at(1).recordedBy == QStringLiteral("Sykepleier S"));
    CHECK(tests.history(c.admitted)->size() == 1);
    CHECK(tests.abstinenceBreaks(c.admitted, clinictime::today().addDays(-1))->isEmpty());
}

TEST_CASE("Lab confirmation keeps the screen beside it", "[storage][testing]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);
    auto t = urine(c.admitted, {QStringLiteral("amp"), QStringLiteral("bzd")});
    t.labStatus = SubstanceTest::LabStatus::Pending;
    const auto id = tests.record(t);
    REQUIRE(id.ok());
    CHECK(tests.test(*id)->outcome == QStringLiteral("pending"));
    ok(tests.confirm(*id, QStringLiteral("amp"), false, QStringLiteral("LAB-1"), 120.0, QStringLiteral("ng/mL"), 500.0));
    auto after = tests.test(*id);
    CHECK(after->labStatus == SubstanceTest::LabStatus::Pending);
    CHECK(after->outcome == QStringLiteral("pending"));
    ok(tests.confirm(*id, QStringLiteral("bzd"), true, QStringLiteral("LAB-1")));
    after = tests.test(*id);
    CHECK(after->labStatus == SubstanceTest::LabStatus::Confirmed);
    CHECK(after->outcome == QStringLiteral("positive"));
    const AnalyteResult *amp = after->result(QStringLiteral("amp"));
    REQUIRE(amp);
    CHECK(amp->positive);            // the screen's word is kept
    CHECK(amp->confirmed == QStringLiteral("negative"));
    CHECK(*amp->value == Approx(120.0));
    CHECK_THAT(tests.confirm(*id, QStringLiteral("chocolate"), true, QString()).error().toStdString(), Catch::Contains("not a substance"));
    CHECK(tests.abstinenceBreaks(c.admitted, clinictime::today().addDays(-1))->size() == 1);
}

TEST_CASE("Lab results import: every bad row named and nothing half-imported", "[storage][testing][import]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);
    auto t = urine(c.admitted, {QStringLiteral("thc")});
    t.labStatus = SubstanceTest::LabStatus::Pending;
    const auto id = tests.record(t);
    REQUIRE(id.ok());
    const QString day = clinictime::local(t.sampledAt).date().toString(Qt::ISODate);
    const QString header = QStringLiteral("national_id;sample_date;analyte;result;value;unit;cutoff;lab_reference\n");

    const QString bad = header
        + QStringLiteral("%1;%2;cannabis;positive;85,5;ng/mL;50;LAB-7\n").arg(test::ids::born1985, day)
        + QStringLiteral("%1;31.02.2027;cannabis;positive;;;;LAB-7\n").arg(test::ids::born1985)
        + QStringLiteral("%1;%2;chocolate;positive;;;;LAB-7\n").arg(test::ids::born1985, day)
        + QStringLiteral("%1;%2;cocaine;maybe;;;;LAB-7\n").arg(test::ids::born1985, day)
        + QStringLiteral("%1;%2;cocaine;negative;;;;LAB-7\n").arg(test::ids::born1990c, day)
        + QStringLiteral("99999999999;%1;cocaine;negative;;;;LAB-7\n").arg(day)
        + QStringLiteral("%1;%2;cocaine;negative;;;\n").arg(test::ids::born1985, day)
        + QStringLiteral("%1;%2;cocaine;negative;abc;;;LAB-7\n").arg(test::ids::born1985, day);
    const auto refused = LabImport::importText(*c.journal, bad);
    REQUIRE_FALSE(refused.ok());
    const std::string message = refused.error().toStdString();
    CHECK_THAT(message, Catch::Contains("Line 3: \"31.02.2027\" is not a date"));
    CHECK_THAT(message, Catch::Contains("Line 4: \"chocolate\" is not a substance"));
    CHECK_THAT(message, Catch::Contains("Line 5: the result must be positive or negative"));
    CHECK_THAT(message, Catch::Contains("Line 6: patient") && Catch::Contains("has no test of"));
    CHECK_THAT(message, Catch::Contains("Line 7: no patient has national id 99999999999"));
    CHECK_THAT(message, Catch::Contains("Line 8: 7 fields, but there must be 8"));
    CHECK_THAT(message, Catch::Contains("Line 9: the value and the cut-off must be numbers"));
    CHECK_THAT(message, Catch::Contains("Nothing was imported."));
    CHECK(tests.test(*id)->results.at(4).confirmed.isEmpty()); // the good first row was not applied either

    CHECK_THAT(LabImport::importText(*c.journal, QStringLiteral("id,date\n1,2\n")).error().toStdString(), Catch::Contains("Line 1: the columns must be"));
    CHECK_THAT(LabImport::importText(*c.journal, QString()).error().toStdString(), Catch::Contains("empty"));
    CHECK_THAT(LabImport::importFile(*c.journal, test::tempFolder() + QStringLiteral("/none.csv")).error().toStdString(), Catch::Contains("Cannot read"));

    const QString good = header + QStringLiteral("%1;%2;cannabis;positive;85,5;ng/mL;50;LAB-7\n").arg(test::ids::born1985, day);
    const auto imported = LabImport::importText(*c.journal, good);
    INFO(imported.error().toStdString());
    REQUIRE(imported.ok());
    CHECK(*imported == 1);
    const auto confirmed = tests.test(*id);
    CHECK(confirmed->labStatus == SubstanceTest::LabStatus::Confirmed);
    CHECK(confirmed->labReference == QStringLiteral("LAB-7"));
    CHECK(confirmed->outcome == QStringLiteral("positive"));
    CHECK(*confirmed->result(QStringLiteral("thc"))->value == Approx(85.5));
}
