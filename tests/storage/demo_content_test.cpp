#include "support/testjournals.h"

#include "common/clinictime.h"
#include "demo/democlinic.h"
#include "storage/journal.h"
#include "storage/teststoredcodes.h"

// The README's demo is a living clinic: every workspace has something to
// show. The clinic size is made here with fewer patients to stay quick.

using namespace trinn;

TEST_CASE("The README's demo clinic has content for every workspace", "[storage][democlinic]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    std::optional<DemoClinic::Options> options = DemoClinic::sized(QStringLiteral("clinic"));
    REQUIRE(options);
    CHECK(options->history);
    CHECK(options->patients == 400);
    CHECK(options->years == 3);
    options->patients = 160;
    const Result<DemoClinic::Summary> summary = DemoClinic::generate(*journal, *options);
    REQUIRE(summary.ok());
    const QString today = clinictime::today().toString(Qt::ISODate);
    const QString inTwelveWeeks = clinictime::today().addDays(84).toString(Qt::ISODate);
    const qint64 now = clinictime::now().toMSecsSinceEpoch();

    // The counts it prints are the journal's.
    CHECK(summary->patients == test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM patient")));
    CHECK(summary->episodes == test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM episode")));
    CHECK(summary->tests == test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM substance_test")));
    CHECK(summary->notes == test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM journal_note")));
    CHECK(summary->referrals == test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM referral")));
    CHECK(summary->bedStays == test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM bed_stay")));
    CHECK(summary->sessions == test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM appointment")));
    CHECK(summary->relapseStays
          == test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM episode WHERE program_code = 'relapse-treatment'")));

    // Patients: journals with notes, next of kin.
    CHECK(summary->notes > 1000);
    CHECK(summary->nextOfKin > 50);
    // The test board: months of tests, and the last days' (today's start in
    // the morning: just after midnight there are none yet).
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM substance_test WHERE sample_day >= ?"), {teststored::day(clinictime::today().addDays(-30))}) > 300);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM substance_test WHERE sample_day >= ?"),
                          {teststored::day(clinictime::today().addDays(-1))}) > 0);
    // Groups: sessions held with attendance and a note, and more planned.
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM attendance")) > 100);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM group_session WHERE note <> ''")) > 20);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM group_session WHERE starts_at > ?"), {now}) > 0);
    // The calendar: individual sessions in the coming weeks.
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM appointment WHERE starts_at > ?"), {now}) > 5);
    // Intake: referrals waiting and assessed, beds taken and freeing.
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(DISTINCT referral_id) FROM referral_decision d WHERE d.id = "
                                                   "(SELECT MAX(id) FROM referral_decision WHERE referral_id = d.referral_id) "
                                                   "AND d.status IN ('assessed', 'waiting')"))
          > 0);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM referral r WHERE NOT EXISTS "
                                                   "(SELECT 1 FROM referral_decision d WHERE d.referral_id = r.id)"))
          > 0);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM bed_stay WHERE start_date <= ? AND end_date >= ?"), {today, today}) > 3);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM bed_stay WHERE end_date > ? AND end_date <= ?"), {today, inTwelveWeeks}) > 0);
    // Where patients are: someone in Phase 2, someone back for a relapse stay.
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM phase WHERE kind = 'phase2' AND status = 'active'")) > 0);
    CHECK(summary->relapseStays > 0);
}
