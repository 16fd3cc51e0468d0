#include "support/testjournals.h"

#include "demo/democlinic.h"
#include "storage/journal.h"
#include "common/clinictime.h"
#include "storage/integritycheck.h"
#include "storage/intakestore.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"
#include "storage/substanceteststore.h"

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
    INFO(a.error().toStdString());
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
    QStringList progress;
    REQUIRE(DemoClinic::generate(*journal, {600, 3, 1}, [&](const QString &line) { progress << line; }).ok());
    CHECK(progress.filter(QStringLiteral("patients written")) == QStringList{QStringLiteral("500 of 600 patients written"), QStringLiteral("600 of 600 patients written")});
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

TEST_CASE("A demo clinic with its history has the tests that were due, notes, referrals and beds", "[storage][demo]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    DemoClinic::Options options;
    options.patients = 160;
    options.years = 1;
    options.seed = 5;
    options.history = true;
    const auto summary = DemoClinic::generate(*journal, options);
    REQUIRE(summary.ok());
    CHECK(summary->tests > 1000);
    CHECK(summary->notes > 300);
    CHECK(summary->referrals > 60);
    CHECK(summary->bedStays > 20);

    // A day a month back: nearly everyone due was tested, at the morning round.
    const QDate day = QDate::currentDate().addDays(-30);
    const auto board = SubstanceTestStore(*journal).board(day);
    REQUIRE(board.ok());
    INFO("backend " << int(backend) << " tests " << summary->tests);
    REQUIRE(board->size() > 5);
    int tested = 0;
    for (const auto &row : *board) {
        if (row.testId == 0)
            continue;
        ++tested;
        CHECK(clinictime::local(row.sampledAt).date() == day);
        CHECK(QStringList{QStringLiteral("negative"), QStringLiteral("expected"), QStringLiteral("positive"),
                          QStringLiteral("missing"), QStringLiteral("refused"), QStringLiteral("pending")}
                  .contains(row.outcome));
    }
    CHECK(tested >= board->size() * 8 / 10);

    // No bed holds two patients on one night.
    const auto stays = BedStore(*journal).staysBetween(QDate::currentDate().addYears(-2), QDate::currentDate().addYears(1));
    REQUIRE(stays.ok());
    CHECK(stays->size() >= summary->bedStays);
    for (qsizetype i = 0; i < stays->size(); ++i) {
        for (qsizetype j = i + 1; j < stays->size(); ++j) {
            const BedStay &a = stays->at(i);
            const BedStay &b = stays->at(j);
            if (a.bedId == b.bedId)
                CHECK_FALSE((a.start < b.end && b.start < a.end));
        }
    }

    // A patient's notes are dated in the past and signed by the writer.
    const qint64 patient = board->constFirst().patientId;
    const auto notes = NoteStore(*journal).notes(patient);
    REQUIRE(notes.ok());
    REQUIRE_FALSE(notes->isEmpty());
    for (const JournalNote &n : *notes) {
        CHECK(n.createdAt <= clinictime::now());
        CHECK_FALSE(n.versions.isEmpty());
    }
    const auto problems = IntegrityCheck(*journal).run();
    REQUIRE(problems.ok());
    CHECK(problems->isEmpty());
}
