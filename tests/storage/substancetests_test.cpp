#include "support/testjournals.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/labimport.h"
#include "storage/patientstore.h"
#include "storage/auditlog.h"
#include "storage/programstore.h"
#include "storage/staffstore.h"
#include "storage/substanceteststore.h"
#include "storage/teststoredcodes.h"

#include <QSqlError>
#include <QSqlQuery>

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

Clinic makeClinic(Backend backend)
{
    Clinic c;
    c.journal = test::createJournal(backend);
    Journal &j = *c.journal;
    EpisodeStore episodes(j);
    const QDate today = clinictime::today();
    c.admitted = test::addPatient(j, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Admitted"));
    c.lar = test::addPatient(j, test::ids::born1990a, QStringLiteral("Test"), QStringLiteral("Lar"));
    c.discharged = test::addPatient(j, test::ids::born1990b, QStringLiteral("Test"), QStringLiteral("Discharged"));
    c.outsider = test::addPatient(j, test::ids::born1990c, QStringLiteral("Test"), QStringLiteral("Outsider"));

    const auto residential = episodes.enrol({c.admitted, BuiltinPrograms::residential, today.addDays(-10), {}, {}});
    REQUIRE(residential.ok());
    test::requireOk(episodes.startPhase(episodes.episode(*residential)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-10)));

    const auto earlier = episodes.enrol({c.discharged, BuiltinPrograms::residential, today.addDays(-120), {}, {}});
    REQUIRE(earlier.ok());
    test::requireOk(episodes.startPhase(episodes.episode(*earlier)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-120)));
    test::requireOk(episodes.completePhase(episodes.episode(*earlier)->phaseByCode(QStringLiteral("phase1"))->id, today.addDays(-30)));
    test::requireOk(episodes.startPhase(episodes.episode(*earlier)->phaseByCode(QStringLiteral("phase2"))->id, today.addDays(-30)));

    // MBRP tested on Mondays, Wednesdays and Fridays.
    auto mbrp = ProgramStore(j).find(BuiltinPrograms::mbrp);
    REQUIRE(mbrp.ok());
    mbrp->testing = QStringLiteral("weekdays:1,3,5");
    test::requireOk(ProgramStore(j).update(*mbrp));
    QList<std::pair<QString, bool>> assessment;
    for (const Criterion &cr : mbrp->criteria)
        assessment.append({cr.key(), cr.kind == Criterion::Kind::Inclusion});
    REQUIRE(CareRecordStore(j).addMedication({0, c.lar, QStringLiteral("methadone"), QStringLiteral("90 mg"), today.addDays(-200), QDate(), {}, {}}).ok());
    test::makeLarReady(j, c.lar); // and an individual therapist
    const auto course = episodes.enrol({c.lar, BuiltinPrograms::mbrp, today.addDays(-14), {}, assessment});
    INFO(course.error().toStdString());
    REQUIRE(course.ok());
    test::requireOk(episodes.startPhase(episodes.episode(*course)->phases.first().id, today.addDays(-14)));
    return c;
}

qint64 addStaff(Journal &journal, const QString &username, const QString &name, Role role)
{
    const auto id = StaffStore(journal).add(username, name, {role}, test::staffPassword);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

int auditCount(Journal &journal, qint64 patientId, const QString &action)
{
    auto row = RawSqlForTests::run(journal, QStringLiteral("SELECT COUNT(*) FROM audit_log a LEFT JOIN audit_patient s ON s.audit_id = a.id "
                                                                  "WHERE COALESCE(s.patient_id, a.patient_id) = ? AND a.action = ?"),
                                         {patientId, action});
    REQUIRE(row.ok());
    REQUIRE(row->next());
    return row->value(0).toInt();
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

    REQUIRE(tests.record(test::urine(c.admitted, {QStringLiteral("thc")})).ok());
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

TEST_CASE("The board reads every analyte of the day's tests, negatives too: a prescribed drug not found shows", "[storage][testing][board]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);
    const QDate today = clinictime::today();
    // Methadone prescribed: a sample negative for it is "expected but not
    // found", which the board knows only from the panel's plain negatives
    // (they have no row of their own, migration 31).
    test::makeLarReady(*c.journal, c.admitted);
    REQUIRE(tests.record(test::urine(c.admitted)).ok());
    REQUIRE(tests.record(test::urine(c.discharged, {QStringLiteral("thc")})).ok());
    auto board = tests.board(today);
    REQUIRE(board.ok());
    bool seen = false;
    for (const auto &row : *board) {
        if (row.patientId != c.admitted)
            continue;
        seen = true;
        CHECK(row.outcome == QStringLiteral("missing"));
        CHECK(row.reasons.join(u'|').contains(QStringLiteral("expected but not found")));
        // The same sample read by its id (the analyte_result view) says the same.
        auto byId = tests.testsOn(c.admitted, today);
        REQUIRE(byId.ok());
        REQUIRE(byId->size() == 1);
        CHECK(byId->constFirst().results.size() == test::urine(c.admitted).results.size());
    }
    CHECK(seen);
}

TEST_CASE("Recording a test refuses what is wrong and says why", "[storage][testing]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);

    auto t = test::urine(c.admitted, {});
    t.takenById = 4242;
    CHECK(tests.record(t).error() == QStringLiteral("There is no staff member number 4242 to have taken the sample."));
    t = test::urine(c.admitted, {}, clinictime::now().addSecs(3600 * 5));
    CHECK_THAT(tests.record(t).error().toStdString(), Catch::Contains("is in the future"));
    t = test::urine(c.admitted, {});
    t.refused = true;
    CHECK(tests.record(t).error() == QStringLiteral("A refusal is recorded with its reason."));
    t = test::urine(c.admitted, {});
    t.sampleType = SubstanceTest::SampleType::Breath;
    CHECK_THAT(tests.record(t).error().toStdString(), Catch::Contains("A breath test measures ethanol only"));
    t = test::urine(c.admitted, {});
    t.results.append(t.results.first());
    CHECK_THAT(tests.record(t).error().toStdString(), Catch::Contains("listed twice"));
    t = test::urine(c.admitted, {});
    t.results.first().analyte = QStringLiteral("chocolate");
    CHECK_THAT(tests.record(t).error().toStdString(), Catch::Contains("not a substance Trinn tests for"));
    CHECK_THAT(tests.record(test::urine(9999, {})).error().toStdString(), Catch::Contains("no patient number 9999"));
    CHECK(tests.history(c.admitted)->isEmpty());

    SubstanceTest refusal = test::urine(c.admitted, {});
    refusal.refused = true;
    refusal.refusalReason = QStringLiteral("Says the cup is dirty");
    const auto id = tests.record(refusal);
    REQUIRE(id.ok());
    CHECK(tests.test(*id)->outcome == QStringLiteral("refused"));
}

TEST_CASE("Prescribed methadone is expected - its absence is flagged", "[storage][testing]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);
    const auto expected = tests.record(test::urine(c.lar, {QStringLiteral("mtd")}));
    REQUIRE(expected.ok());
    CHECK(tests.test(*expected)->outcome == QStringLiteral("expected"));
    const auto missing = tests.record(test::urine(c.lar, {}), SameDay::SecondSample);
    CHECK(tests.test(*missing)->outcome == QStringLiteral("missing"));
    const auto reading = tests.interpret(*tests.test(*missing));
    CHECK(reading->reasons == QStringList{QStringLiteral("methadone expected but not found")});
    const auto relapse = tests.record(test::urine(c.admitted, {QStringLiteral("mtd")}));
    CHECK(tests.test(*relapse)->outcome == QStringLiteral("positive"));
}

TEST_CASE("A correction is a new version - the old one is kept", "[storage][testing]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);
    const auto first = tests.record(test::urine(c.admitted, {QStringLiteral("coc")}));
    REQUIRE(first.ok());
    CHECK_THAT(tests.correct(*first, test::urine(c.admitted, {}), QString()).error().toStdString(), Catch::Contains("needs its reason"));
    const auto second = tests.correct(*first, test::urine(c.admitted, {}), QStringLiteral("Wrong patient's cup was read"));
    REQUIRE(second.ok());
    CHECK_THAT(tests.correct(*first, test::urine(c.admitted, {}), QStringLiteral("again")).error().toStdString(), Catch::Contains("replaced already"));

    const auto versions = tests.versions(*second);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).outcome == QStringLiteral("positive"));
    CHECK_FALSE(versions->at(0).current);
    CHECK(versions->at(1).outcome == QStringLiteral("negative"));
    CHECK(versions->at(1).version == 2);
    CHECK(versions->at(1).correctionReason == QStringLiteral("Wrong patient's cup was read"));
    CHECK(versions->at(1).change == SubstanceTest::Change::Corrected);
    CHECK(versions->at(1).recordedBy == QStringLiteral("system")); // trinnctl, no one signed in
    CHECK(tests.history(c.admitted)->size() == 1);
    CHECK(tests.abstinenceBreaks(c.admitted, clinictime::today().addDays(-1))->isEmpty());
}

TEST_CASE("Lab confirmation keeps the screen beside it", "[storage][testing]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);
    auto t = test::urine(c.admitted, {QStringLiteral("amp"), QStringLiteral("bzd")});
    t.labStatus = SubstanceTest::LabStatus::Pending;
    const auto id = tests.record(t);
    REQUIRE(id.ok());
    CHECK(tests.test(*id)->outcome == QStringLiteral("pending"));
    const auto amphetamine = tests.confirm(*id, QStringLiteral("amp"), false, QStringLiteral("LAB-1"), 120.0, QStringLiteral("ng/mL"), 500.0);
    REQUIRE(amphetamine.ok());
    auto after = tests.test(*amphetamine);
    CHECK(after->labStatus == SubstanceTest::LabStatus::Pending);
    CHECK(after->outcome == QStringLiteral("pending"));
    // The lab answers for the sample: any version of it takes the answer on its newest.
    const auto benzodiazepines = tests.confirm(*id, QStringLiteral("bzd"), true, QStringLiteral("LAB-1"));
    REQUIRE(benzodiazepines.ok());
    after = tests.test(*benzodiazepines);
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
    auto t = test::urine(c.admitted, {QStringLiteral("thc")});
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
    const auto confirmed = tests.history(c.admitted)->first();
    CHECK(confirmed.version == 2);
    CHECK(tests.versions(*id)->size() == 2);
    CHECK(confirmed.labStatus == SubstanceTest::LabStatus::Confirmed);
    CHECK(confirmed.labReference == QStringLiteral("LAB-7"));
    CHECK(confirmed.outcome == QStringLiteral("positive"));
    CHECK(*confirmed.result(QStringLiteral("thc"))->value == Approx(85.5));
}

TEST_CASE("A second test of the day is refused until the caller says what it is", "[storage][testing][sameday]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    SubstanceTestStore tests(*c.journal);
    // Twenty minutes ago, but today in Oslo also just after midnight.
    const QDateTime morning = std::max(clinictime::at(clinictime::today(), QTime(0, 0)), clinictime::now().addSecs(-1200));
    const auto first = tests.record(test::urine(c.admitted, {QStringLiteral("amp")}, morning));
    REQUIRE(first.ok());

    // Nothing overwritten: the second one is refused with the question.
    const auto unasked = tests.record(test::urine(c.admitted, {}));
    REQUIRE_FALSE(unasked.ok());
    CHECK(unasked.error() == QStringLiteral("Test Admitted already has a test on %1 (positive for amphetamine). "
                                            "Is this a correction of it (give the reason) or a second sample?")
                                 .arg(clinictime::formatDate(clinictime::local(morning).date())));
    CHECK(tests.history(c.admitted)->size() == 1);
    CHECK(tests.test(*first)->current);

    // A correction needs its reason, and then is a new version of the first.
    CHECK_THAT(tests.record(test::urine(c.admitted, {}), SameDay::Correction, QStringLiteral("  ")).error().toStdString(),
               Catch::Contains("needs its reason"));
    const auto corrected = tests.record(test::urine(c.admitted, {}), SameDay::Correction, QStringLiteral("Read the wrong cup"));
    REQUIRE(corrected.ok());
    const auto versions = tests.versions(*corrected);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).id == *first);
    CHECK(versions->at(0).outcome == QStringLiteral("positive")); // the old one stays readable
    CHECK_FALSE(versions->at(0).current);
    CHECK(versions->at(1).outcome == QStringLiteral("negative"));
    CHECK(versions->at(1).correctionReason == QStringLiteral("Read the wrong cup"));
    CHECK(versions->at(1).sampledAt == versions->at(0).sampledAt); // the same sample, read again
    CHECK(tests.history(c.admitted)->size() == 1);

    // A second sample is kept beside the first; the board shows the newest
    // version of each and the most serious of them.
    const auto second = tests.record(test::urine(c.admitted, {QStringLiteral("thc")}, clinictime::now().addSecs(-300)), SameDay::SecondSample);
    REQUIRE(second.ok());
    const auto third = tests.record(test::urine(c.admitted, {}, clinictime::now().addSecs(-60)), SameDay::SecondSample);
    REQUIRE(third.ok());
    CHECK(tests.history(c.admitted)->size() == 3);
    const auto board = tests.board(clinictime::today());
    REQUIRE(board.ok());
    bool found = false;
    for (const auto &row : *board) {
        if (row.patientId != c.admitted)
            continue;
        found = true;
        REQUIRE(row.samples.size() == 3);
        CHECK(row.samples.at(0).testId == *corrected);
        CHECK(row.samples.at(0).outcome == QStringLiteral("negative"));
        CHECK(row.samples.at(1).testId == *second);
        // A later clean sample does not hide the positive one.
        CHECK(row.outcome == QStringLiteral("positive"));
        CHECK(row.testId == *second);
    }
    CHECK(found);
    // The day's samples, oldest first, for the question on the screen.
    const auto day = tests.testsOn(c.admitted, clinictime::today());
    REQUIRE(day.ok());
    REQUIRE(day->size() == 3);
    CHECK(day->at(1).id == *second);
    // No earlier test: nothing to correct.
    CHECK_THAT(tests.record(test::urine(c.outsider, {}), SameDay::Correction, QStringLiteral("x")).error().toStdString(),
               Catch::Contains("has no test that day to correct"));
    // Of all versions and samples, history with versions lists two samples, the first with two versions.
    const auto all = tests.historyWithVersions(c.admitted);
    REQUIRE(all.ok());
    REQUIRE(all->size() == 3);
    CHECK(all->at(0).size() == 1);
    CHECK(all->at(1).size() == 1);
    CHECK(all->at(2).size() == 2);
    CHECK(all->at(2).at(0).results.size() == 11);
}

TEST_CASE("The lab's answer is a new version, entered by the signed-in staff member", "[storage][testing][lab]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    const qint64 nina = addStaff(*c.journal, QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), Role::Nurse);
    c.journal->setActor(test::signIn(*c.journal, QStringLiteral("nina")));
    SubstanceTestStore tests(*c.journal);
    auto t = test::urine(c.admitted, {QStringLiteral("amp")});
    t.labStatus = SubstanceTest::LabStatus::Pending;
    const auto id = tests.record(t);
    REQUIRE(id.ok());
    const auto answered = tests.confirm(*id, QStringLiteral("amp"), true, QStringLiteral("LAB-9"), 800.0, QString(), 500.0);
    REQUIRE(answered.ok());
    CHECK(*answered != *id);

    const auto before = tests.test(*id);
    CHECK_FALSE(before->current);
    CHECK(before->labStatus == SubstanceTest::LabStatus::Pending);
    CHECK(before->result(QStringLiteral("amp"))->confirmed.isEmpty()); // not updated in place
    CHECK_FALSE(before->result(QStringLiteral("amp"))->value.has_value());
    const auto after = tests.test(*answered);
    CHECK(after->current);
    CHECK(after->version == 2);
    CHECK(after->supersedes == *id);
    CHECK(after->change == SubstanceTest::Change::LabResult);
    CHECK(after->labStatus == SubstanceTest::LabStatus::Confirmed);
    CHECK(after->result(QStringLiteral("amp"))->confirmed == QStringLiteral("positive"));
    CHECK(after->confirmedById == nina);
    CHECK(after->confirmedBy == QStringLiteral("Nina Sykepleier"));
    CHECK(after->recordedById == nina);
    CHECK(after->takenById == nina); // who took the sample does not change
    CHECK(tests.versions(*id)->size() == 2);
    CHECK(tests.history(c.admitted)->size() == 1);
}

TEST_CASE("Taken by and recorded by are the signed-in staff member or one chosen from the register", "[storage][testing][authors]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    Journal &j = *c.journal;
    const qint64 nina = addStaff(j, QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), Role::Nurse);
    const qint64 per = addStaff(j, QStringLiteral("per"), QStringLiteral("Per Pleier"), Role::Nurse);
    const qint64 gone = addStaff(j, QStringLiteral("gone"), QStringLiteral("Gunn Borte"), Role::Nurse);
    REQUIRE(StaffStore(j).disable(QStringLiteral("gone")).ok());
    j.setActor(test::signIn(j, QStringLiteral("nina")));
    SubstanceTestStore tests(j);

    auto t = test::urine(c.admitted, {});
    t.takenBy = QStringLiteral("root"); // free text is ignored: the taker comes from the register
    const auto own = tests.record(t);
    REQUIRE(own.ok());
    const auto mine = tests.test(*own);
    CHECK(mine->takenById == nina);
    CHECK(mine->takenBy == QStringLiteral("Nina Sykepleier"));
    CHECK(mine->takenByVerified);
    CHECK(mine->recordedById == nina);
    CHECK(mine->recordedBy == QStringLiteral("Nina Sykepleier"));
    auto stored = RawSqlForTests::run(j, QStringLiteral("SELECT taken_by_id, recorded_by_id, taken_by FROM substance_test WHERE id = ?"), {*own});
    REQUIRE(stored.ok());
    REQUIRE(stored->next());
    CHECK(stored->value(0).toLongLong() == nina);
    CHECK(stored->value(1).toLongLong() == nina);
    CHECK(stored->value(2).toString() == QStringLiteral("Nina Sykepleier"));

    auto byPer = test::urine(c.lar, {QStringLiteral("mtd")});
    byPer.takenById = per;
    const auto perTook = tests.record(byPer);
    REQUIRE(perTook.ok());
    CHECK(tests.test(*perTook)->takenBy == QStringLiteral("Per Pleier"));
    CHECK(tests.test(*perTook)->recordedById == nina);

    auto byGone = test::urine(c.discharged, {});
    byGone.takenById = gone;
    CHECK_THAT(tests.record(byGone).error().toStdString(), Catch::Contains("Gunn Borte no longer works here"));

    // The author of a correction is the one signed in; the taker stays.
    j.setActor(test::signIn(j, QStringLiteral("per")));
    const auto corrected = tests.correct(*own, test::urine(c.admitted, {QStringLiteral("thc")}), QStringLiteral("Misread"));
    REQUIRE(corrected.ok());
    CHECK(tests.test(*corrected)->recordedById == per);
    CHECK(tests.test(*corrected)->recordedBy == QStringLiteral("Per Pleier"));
    CHECK(tests.test(*corrected)->takenById == nina);

    const auto takers = tests.takers();
    REQUIRE(takers.ok());
    QStringList names;
    for (const auto &taker : *takers)
        names << taker.fullName;
    // The set-up's LAR patient has an individual therapist, who is staff too.
    CHECK(names == QStringList{QStringLiteral("LAR Terapeut"), QStringLiteral("Nina Sykepleier"), QStringLiteral("Per Pleier")});
}

TEST_CASE("Tests pass the gate: refused and audited by role, the board audits each patient shown", "[storage][testing][gate]")
{
    Clinic c = makeClinic(TRINN_BOTH_BACKENDS());
    Journal &j = *c.journal;
    addStaff(j, QStringLiteral("inntak"), QStringLiteral("Ingrid Inntak"), Role::Coordinator);
    addStaff(j, QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), Role::Nurse);
    addStaff(j, QStringLiteral("terje"), QStringLiteral("Terje Terapeut"), Role::Therapist);
    SubstanceTestStore tests(j);
    const auto id = tests.record(test::urine(c.admitted, {}));
    REQUIRE(id.ok());

    j.setActor(test::signIn(j, QStringLiteral("inntak")));
    const int refusedBefore = auditCount(j, c.admitted, QStringLiteral("refused"));
    CHECK_THAT(tests.record(test::urine(c.admitted, {}), SameDay::SecondSample).error().toStdString(), Catch::Contains("substance tests"));
    CHECK_FALSE(tests.test(*id).ok());
    CHECK_FALSE(tests.confirm(*id, QStringLiteral("thc"), true, QStringLiteral("L")).ok());
    CHECK(auditCount(j, c.admitted, QStringLiteral("refused")) == refusedBefore + 3);

    j.setActor(test::signIn(j, QStringLiteral("terje")));
    CHECK(tests.test(*id).ok()); // a therapist reads tests
    CHECK_FALSE(tests.correct(*id, test::urine(c.admitted, {}), QStringLiteral("x")).ok()); // but does not write them

    j.setActor(test::signIn(j, QStringLiteral("nina")));
    const int writesBefore = auditCount(j, c.admitted, QStringLiteral("write"));
    REQUIRE(tests.record(test::urine(c.admitted, {}), SameDay::SecondSample).ok());
    CHECK(auditCount(j, c.admitted, QStringLiteral("write")) == writesBefore + 1);
    const int readsBefore = auditCount(j, c.admitted, QStringLiteral("read"));
    const auto board = tests.board(clinictime::today());
    REQUIRE(board.ok());
    CHECK(auditCount(j, c.admitted, QStringLiteral("read")) == readsBefore + 1);
    CHECK(auditCount(j, c.outsider, QStringLiteral("read")) == 0); // not on the board
}

TEST_CASE("Migration 12 links the names of older tests to the staff register, or marks them unverified", "[storage][testing][migrations]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    {
        Journal::Options old;
        old.mode = Journal::OpenMode::CreateIfMissing;
        old.kindIfCreated = JournalKind::Demo;
        old.migrations.clear();
        for (const Migration &migration : Migration::builtin()) {
            if (migration.version < 12)
                old.migrations.append(migration);
        }
        Result<std::unique_ptr<Journal>> staged = Journal::open(location, old);
        INFO(staged.error().toStdString());
        REQUIRE(staged.ok());
        Journal &j = **staged;
        test::rawExec(j, QStringLiteral(
            "INSERT INTO staff (username, full_name, roles, password_hash, created_at) VALUES ('nina', 'Nina Sykepleier', 'nurse', 'x', 0)"));
        test::rawExec(j, QStringLiteral(
            "INSERT INTO patient (national_id, id_kind, birth_date, given_names, family_name, sort_key, created_at, updated_at) "
            "VALUES ('15858510055', 'F', '1985-05-15', 'Kari', 'Nordmann', 'nordmann kari', 0, 0)"));
        // Written by the old form: the operating-system login, a staff member's name, her user name.
        for (const auto &[taker, recorder] : QList<std::pair<QString, QString>>{
                 {QStringLiteral("root"), QStringLiteral("root")},
                 {QStringLiteral("Nina Sykepleier"), QStringLiteral("Nina Sykepleier")},
                 {QStringLiteral("nina"), QStringLiteral("Sykepleier Berg")}})
            test::rawExec(j, QStringLiteral(
                "INSERT INTO substance_test (patient_id, sampled_at, sample_day, sample_type, supervised, refused, taken_by, "
                "lab_status, outcome, recorded_by, recorded_at) SELECT id, 0, '2027-02-03', 'urine', 1, 0, '%1', 'none', "
                "'negative', '%2', 0 FROM patient").arg(taker, recorder));
    }
    Result<std::unique_ptr<Journal>> current = Journal::open(location);
    INFO(current.error().toStdString());
    REQUIRE(current.ok());
    Journal &j = **current;
    auto rows = RawSqlForTests::run(j, QStringLiteral(
        "SELECT taken_by, taken_by_id, taken_by_verified, recorded_by, recorded_by_id, recorded_by_verified, change_kind "
        "FROM substance_test ORDER BY id"));
    REQUIRE(rows.ok());
    QStringList seen;
    while (rows->next()) {
        seen << QStringLiteral("%1:%2:%3/%4:%5:%6/%7")
                    .arg(rows->value(0).toString())
                    .arg(rows->value(1).isNull() ? QStringLiteral("-") : QStringLiteral("id"))
                    .arg(rows->value(2).toInt())
                    .arg(rows->value(3).toString())
                    .arg(rows->value(4).isNull() ? QStringLiteral("-") : QStringLiteral("id"))
                    .arg(rows->value(5).toInt())
                    .arg(teststored::code(teststored::Column::Change, rows->value(6).toLongLong()));
    }
    CHECK(seen == QStringList{QStringLiteral("root:-:0/root:-:0/recorded"),
                              QStringLiteral("Nina Sykepleier:id:1/Nina Sykepleier:id:1/recorded"),
                              QStringLiteral("nina:id:1/Sykepleier Berg:-:0/recorded")});
    // The names are kept as written, and the store says which are unverified.
    const auto history = SubstanceTestStore(j).history(1);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 3);
    int unverified = 0;
    for (const SubstanceTest &t : *history) {
        unverified += t.takenByVerified ? 0 : 1;
        if (t.takenBy == QStringLiteral("root"))
            CHECK_FALSE(t.recordedByVerified);
    }
    CHECK(unverified == 1);
}

namespace {
// A test row as Trinn wrote it before migration 39: its day and words as text.
void oldWordsTest(Journal &j, qint64 patient, const QString &day, const QString &type, const QString &lab,
                  const QString &outcome, const QString &change)
{
    test::rawExec(j, QStringLiteral("INSERT INTO substance_test (patient_id, sampled_at, sample_day, sample_type, supervised, refused, "
                                    "taken_by, lab_status, outcome, recorded_by, recorded_at, change_kind) "
                                    "VALUES (%1, %2, '%3', '%4', 1, 0, 'Siri', '%5', '%6', 'Siri', 0, '%7')")
                         .arg(patient)
                         .arg(clinictime::toStorage(QDateTime(QDate::fromString(day, Qt::ISODate), QTime(8, 0), QTimeZone("Europe/Oslo"))))
                         .arg(day, type, lab, outcome, change));
}
} // namespace

TEST_CASE("Migrations 39 and 40 keep a test's day and words as numbers, and every test reads back as it was",
          "[storage][testing][migrations]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    // Every word of each of the four lists, some test with it.
    const QStringList types{QStringLiteral("urine"), QStringLiteral("breath"), QStringLiteral("saliva"), QStringLiteral("blood")};
    const QStringList labs{QStringLiteral("none"), QStringLiteral("pending"), QStringLiteral("confirmed")};
    const QStringList outcomes{QStringLiteral("negative"), QStringLiteral("expected"), QStringLiteral("positive"),
                               QStringLiteral("missing"), QStringLiteral("refused"), QStringLiteral("pending")};
    const QStringList changes{QStringLiteral("recorded"), QStringLiteral("corrected"), QStringLiteral("lab")};
    const QDate first(2026, 1, 28);
    qint64 kari = 0;
    {
        auto old = Journal::open(location, test::optionsUpTo(38, Journal::OpenMode::CreateIfMissing));
        INFO(old.error().toStdString());
        REQUIRE(old.ok());
        kari = test::addPatient(**old);
        for (int i = 0; i < 6; ++i)
            oldWordsTest(**old, kari, first.addDays(i).toString(Qt::ISODate), types.at(i % 4), labs.at(i % 3), outcomes.at(i),
                         changes.at(i % 3));
    }
    auto current = Journal::open(location);
    INFO(current.error().toStdString());
    REQUIRE(current.ok());
    Journal &j = **current;
    CHECK(j.schemaVersion() >= 40);
    auto rows = RawSqlForTests::run(j, QStringLiteral("SELECT sample_day, sample_type, lab_status, outcome, change_kind FROM substance_test "
                                                      "ORDER BY id"));
    REQUIRE(rows.ok());
    QStringList stored;
    while (rows->next())
        stored << QStringLiteral("%1 %2 %3 %4 %5").arg(rows->value(0).toLongLong()).arg(rows->value(1).toInt())
                      .arg(rows->value(2).toInt()).arg(rows->value(3).toInt()).arg(rows->value(4).toInt());
    rows->finish();
    CHECK(stored == QStringList{QStringLiteral("20260128 0 0 0 0"), QStringLiteral("20260129 1 1 1 1"), QStringLiteral("20260130 2 2 2 2"),
                                QStringLiteral("20260131 3 0 3 0"), QStringLiteral("20260201 0 1 4 1"), QStringLiteral("20260202 1 2 5 2")});
    // Through the store, each test is the one written: the same words, the same day.
    const auto history = SubstanceTestStore(j).history(kari);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 6);
    for (const SubstanceTest &t : *history) {
        const int i = int(first.daysTo(clinictime::local(t.sampledAt).date()));
        INFO(i);
        CHECK(SubstanceTest::sampleTypeCode(t.sampleType) == types.at(i % 4));
        CHECK(SubstanceTest::labStatusCode(t.labStatus) == labs.at(i % 3));
        CHECK(t.outcome == outcomes.at(i));
        CHECK(SubstanceTest::changeCode(t.change) == changes.at(i % 3));
        const auto onDay = SubstanceTestStore(j).testsOn(kari, first.addDays(i));
        REQUIRE(onDay.ok());
        CHECK(onDay->size() == 1);
    }
    const auto breaks = SubstanceTestStore(j).abstinenceBreaks(kari, first);
    REQUIRE(breaks.ok());
    CHECK(*breaks == QList<QDate>{first.addDays(2), first.addDays(4)});
    // The columns' rules say what a kept number may be (a day as text is not one).
    for (const auto &[value, rule] : QList<std::pair<QString, QString>>{
             {QStringLiteral("outcome = 6"), QStringLiteral("substance_test_outcome_known")},
             {QStringLiteral("sample_type = 4"), QStringLiteral("substance_test_sample_type_known")},
             {QStringLiteral("lab_status = -1"), QStringLiteral("substance_test_lab_status_known")},
             {QStringLiteral("change_kind = 3"), QStringLiteral("substance_test_change_kind_known")},
             {QStringLiteral("sample_day = 20261301"), QStringLiteral("substance_test_sample_day_is_date")},
             {QStringLiteral("sample_day = 20261232"), QStringLiteral("substance_test_sample_day_is_date")},
             {QStringLiteral("sample_day = '2026-12-02'"), QString()}}) {
        INFO(value.toStdString());
        // Past the journal's own words for a fault, to see which rule refused it.
        QSqlQuery changed(RawSqlForTests::database(j));
        CHECK_FALSE(changed.exec(QStringLiteral("UPDATE substance_test SET %1 WHERE id = (SELECT MAX(id) FROM substance_test)").arg(value)));
        CHECK_THAT(changed.lastError().text().toStdString(), Catch::Contains(rule.toStdString()));
    }
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT sample_day FROM substance_test WHERE id = (SELECT MAX(id) FROM substance_test)"))
          == 20260202);
}

TEST_CASE("A test word migration 39 does not know stops it, and the journal is left as it was", "[storage][testing][migrations]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    {
        auto old = Journal::open(location, test::optionsUpTo(38, Journal::OpenMode::CreateIfMissing));
        REQUIRE(old.ok());
        const qint64 kari = test::addPatient(**old);
        oldWordsTest(**old, kari, QStringLiteral("2026-03-01"), QStringLiteral("urine"), QStringLiteral("none"),
                     QStringLiteral("negative"), QStringLiteral("recorded"));
        // SQLite kept any word here before; a tool outside Trinn wrote this one.
        oldWordsTest(**old, kari, QStringLiteral("2026-03-02"), QStringLiteral("urine"), QStringLiteral("none"),
                     QStringLiteral("unclear"), QStringLiteral("recorded"));
    }
    auto current = Journal::open(location);
    REQUIRE_FALSE(current.ok());
    CHECK_THAT(current.error().toStdString(), Catch::Contains("The journal was left as it was")
                                                  && Catch::Contains("has the outcome \"unclear\", which Trinn does not know"));
    auto old = Journal::open(location, test::optionsUpTo(38));
    INFO(old.error().toStdString());
    REQUIRE(old.ok());
    CHECK((*old)->schemaVersion() == 38);
    CHECK(test::sqlNumber(**old, QStringLiteral("SELECT COUNT(*) FROM substance_test WHERE outcome = 'unclear'")) == 1);
    CHECK(test::sqlNumber(**old, QStringLiteral("SELECT COUNT(*) FROM substance_test WHERE sample_day = '2026-03-01'")) == 1);
}
