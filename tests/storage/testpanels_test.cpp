#include "support/testjournals.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/auditlog.h"
#include "storage/carerecordstore.h"
#include "storage/changelog.h"
#include "storage/patientstore.h"
#include "storage/recordhistory.h"
#include "storage/substanceteststore.h"

#include <QSqlQuery>

using namespace trinn;
using trinn::test::Backend;

// Migration 31: a test's plain negatives are its panel's analytes, not rows;
// an older journal is converted in place and its change log sealed again.

namespace {

// Every analyte of the urine panel, cocaine positive, amphetamine negative
// at a measured 120 ng/mL: two findings and the rest plain negatives.
SubstanceTest cocainePositiveUrine(qint64 patient, QDateTime when)
{
    SubstanceTest t;
    t.patientId = patient;
    t.sampledAt = when;
    for (const QString &code : Analytes::panel(false))
        t.results.append({code, code == QStringLiteral("coc"), std::nullopt, QString(), std::nullopt, QString()});
    for (AnalyteResult &r : t.results) {
        if (r.analyte == QStringLiteral("amp"))
            r.value = 120.0;
    }
    return t;
}

// A test as Trinn wrote it before migration 31: a row per analyte, inside a
// sealed write transaction.
qint64 oldTest(Journal &journal, qint64 patient, const QStringList &positives, int day)
{
    return *Gate::write(journal, AccessPolicy::Data::Tests, PatientRef::patient(patient), QStringLiteral("test before panels"),
                        [&](Scope &scope) -> Result<qint64> {
        const qint64 at = clinictime::toStorage(clinictime::now().addDays(-day));
        auto test = scope.run(QStringLiteral(
            "INSERT INTO substance_test (patient_id, sampled_at, sample_day, sample_type, supervised, refused, taken_by, lab_status, "
            "outcome, recorded_by, recorded_at) VALUES (?, ?, ?, 'urine', 1, 0, 'Siri', 'none', ?, 'Siri', ?) RETURNING id"),
            {patient, at, clinictime::dateToStorage(clinictime::now().addDays(-day).date()),
             positives.isEmpty() ? QStringLiteral("negative") : QStringLiteral("positive"), at});
        REQUIRE(test.ok());
        REQUIRE(test->next());
        const qint64 id = test->value(0).toLongLong();
        test->finish();
        for (const QString &code : Analytes::panel(false)) {
            auto row = scope.run(QStringLiteral("INSERT INTO test_result (test_id, analyte, screen_positive, unit) VALUES (?, ?, ?, 'ng/mL')"),
                                 {id, code, positives.contains(code) ? 1 : 0});
            REQUIRE(row.ok());
        }
        return id;
    });
}

} // namespace

TEST_CASE("A test keeps only its findings as rows and reads every analyte back from its panel", "[storage][testing][panels]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Panel"));
    SubstanceTestStore tests(*journal);
    const SubstanceTest written = cocainePositiveUrine(kari, clinictime::now().addSecs(-3600));
    const auto first = tests.record(written);
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM test_result WHERE test_id = ?"), {*first}) == 2);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM analyte_result WHERE test_id = ?"), {*first}) == written.results.size());
    // One logged INSERT for the test and one per finding: none for the negatives.
    const auto logged = ChangeLog::loggedInserts(*journal, QStringLiteral("test_result"));
    REQUIRE(logged.ok());
    CHECK(*logged == 2);

    const auto read = tests.test(*first);
    REQUIRE(read.ok());
    REQUIRE(read->results.size() == written.results.size());
    for (qsizetype i = 0; i < written.results.size(); ++i) {
        INFO(written.results.at(i).analyte.toStdString());
        CHECK(read->results.at(i).analyte == written.results.at(i).analyte);
        CHECK(read->results.at(i).positive == written.results.at(i).positive);
        CHECK(read->results.at(i).value.has_value() == written.results.at(i).value.has_value());
        CHECK_FALSE(read->results.at(i).unit.isEmpty());
    }
    CHECK(*read->result(QStringLiteral("amp"))->value == Approx(120.0));
    CHECK(read->outcome == QStringLiteral("positive"));

    // The next test of the same panel shares it; a refusal has none.
    SubstanceTest tomorrow = cocainePositiveUrine(kari, clinictime::now().addSecs(-60));
    const auto second = tests.record(tomorrow, SameDay::SecondSample, QStringLiteral("second sample"));
    INFO(second.error().toStdString());
    REQUIRE(second.ok());
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM test_panel")) == 1);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(DISTINCT panel_id) FROM substance_test")) == 1);
}

TEST_CASE("Migration 31 folds an older journal's negatives into panels and seals its compacted change log again",
          "[storage][testing][panels][migrations]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    qint64 positive = 0, negative = 0, kari = 0, medication = 0;
    qint64 rowsBefore = 0;
    const qsizetype analytes = Analytes::panel(false).size();
    {
        auto old = Journal::open(location, test::optionsUpTo(30, Journal::OpenMode::CreateIfMissing));
        INFO(old.error().toStdString());
        REQUIRE(old.ok());
        Journal &j = **old;
        kari = test::addPatient(j, test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Panel"));
        positive = oldTest(j, kari, {QStringLiteral("thc")}, 2);
        negative = oldTest(j, kari, {}, 1);
        const auto added = CareRecordStore(j).addMedication(
            {0, kari, QStringLiteral("Metadon"), QStringLiteral("80 mg"), QDate(2025, 3, 1), QDate(), {}, {}});
        REQUIRE(added.ok());
        medication = *added;
        REQUIRE(CareRecordStore(j).stopMedication(medication, QDate(2025, 6, 1), QStringLiteral("tapered off")).ok());
        const auto intact = AuditLog::verify(j);
        REQUIRE(intact.ok());
        REQUIRE(intact->isEmpty());
        CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM test_result")) == 2 * analytes);
        rowsBefore = test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM change_log"));
    }
    // Up to 32: migration 33 seals the log again on its own.
    auto current = Journal::open(location, test::optionsUpTo(32));
    INFO(current.error().toStdString());
    REQUIRE(current.ok());
    Journal &j = **current;
    // Only the finding is a row; every analyte is still there, negative.
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM test_result")) == 1);
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM analyte_result WHERE test_id = ?"), {positive}) == analytes);
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM analyte_result WHERE test_id = ?"), {negative}) == analytes);
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM analyte_result WHERE screen_positive = 1")) == 1);
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM test_panel")) == 1);
    const auto read = SubstanceTestStore(j).test(positive);
    REQUIRE(read.ok());
    REQUIRE(read->results.size() == analytes);
    CHECK(read->results.first().analyte == Analytes::panel(false).first());
    CHECK(read->result(QStringLiteral("thc"))->positive);
    CHECK(read->result(QStringLiteral("coc"))->unit == QStringLiteral("ng/mL"));

    // The change log lost the negatives' rows and the copies of new rows; a
    // versioned record keeps its history whole.
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM change_log")) == rowsBefore - 2 * (analytes - 1) - 1);
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE operation = 'INSERT' AND new_values IS NOT NULL "
                                            "AND table_name <> 'medication'")) == 0);
    const auto history = RecordHistory::of(j, RecordHistory::Record::Medication, medication, kari);
    INFO(history.error().toStdString());
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK_FALSE(history->at(0).changes.isEmpty());
    CHECK(history->at(1).reason == QStringLiteral("tapered off"));

    // Sealed again: the check passes, and a change to a compacted row is found.
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'resealed'")) == 1);
    const auto intact = AuditLog::verify(j);
    REQUIRE(intact.ok());
    CHECK(intact->toStdString() == "");
    const qint64 row = test::sqlNumber(j, QStringLiteral("SELECT MIN(id) FROM change_log WHERE table_name = 'substance_test'"));
    test::rawExec(j, QStringLiteral("UPDATE change_log SET patient_id = patient_id + 1 WHERE id = %1").arg(row));
    const auto broken = ChangeLog::verify(j);
    REQUIRE(broken.ok());
    REQUIRE_FALSE(broken->isEmpty());
    CHECK_THAT(broken->first().toStdString(), Catch::Contains("was changed"));
}

TEST_CASE("Migration 31 leaves a change log that fails its check whole and says why", "[storage][testing][panels][migrations]")
{
    const QString location = test::freshLocation(Backend::SQLite);
    qint64 tampered = 0;
    {
        auto old = Journal::open(location, test::optionsUpTo(30, Journal::OpenMode::CreateIfMissing));
        REQUIRE(old.ok());
        Journal &j = **old;
        const qint64 kari = test::addPatient(j, test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Panel"));
        oldTest(j, kari, {}, 1);
        tampered = test::sqlNumber(j, QStringLiteral("SELECT MAX(id) FROM change_log WHERE table_name = 'test_result'"));
        test::rawExec(j, QStringLiteral("UPDATE change_log SET new_values = '{}' WHERE id = %1").arg(tampered));
    }
    // Up to 32: migration 33 seals the log again on its own.
    auto current = Journal::open(location, test::optionsUpTo(32));
    INFO(current.error().toStdString());
    REQUIRE(current.ok());
    Journal &j = **current;
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM test_result")) == 0);
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'not compacted'")) == 1);
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'resealed'")) == 0);
    // Nothing of the evidence is gone: the tampered row is still named.
    CHECK(test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE id = ?"), {tampered}) == 1);
    const auto problem = AuditLog::verify(j);
    REQUIRE(problem.ok());
    CHECK_THAT(problem->toStdString(), Catch::Contains(std::to_string(tampered)));
}
