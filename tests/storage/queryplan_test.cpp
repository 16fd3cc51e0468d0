#include "support/testjournals.h"

#include "common/clinictime.h"
#include "demo/democlinic.h"
#include "patients/journaloverview.h"
#include "storage/calendarstore.h"
#include "storage/episodestore.h"
#include "storage/groupstore.h"
#include "storage/intakestore.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"
#include "storage/substanceteststore.h"
#include "storage/timelinestore.h"

#include <QSqlQuery>

using namespace trinn;

// The hot paths' statements, caught as the stores prepare them, must find
// their rows through an index: a full scan of a table that grows with the
// journal makes the screen slower every year.
TEST_CASE("Hot queries use indexes, never a full scan of a growing table", "[storage][scale]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    REQUIRE(DemoClinic::generate(*journal, {300, 2, 11}).ok());
    // No ANALYZE: Trinn never runs it, so the planner's default assumptions are
    // what every journal, small or large, gets.

    QStringList statements;
    journal->setStatementObserver([&](const QString &sql) {
        if (sql.trimmed().startsWith(QStringLiteral("SELECT"), Qt::CaseInsensitive) && !statements.contains(sql))
            statements << sql;
    });
    const QDate today = clinictime::today();
    PatientStore patients(*journal);
    const auto found = patients.search(QStringLiteral("hans"), 50);
    REQUIRE(found.ok());
    REQUIRE_FALSE(found->isEmpty());
    (void)patients.search(QStringLiteral("0181"), 50);
    (void)patients.search(QStringLiteral("ole hans"), 50);
    const qint64 someone = found->first().id;
    REQUIRE(TimelineStore(*journal).timeline(someone).ok());
    REQUIRE(EpisodeStore(*journal).currentProgram(someone, today).ok());
    REQUIRE(SubstanceTestStore(*journal).board(today).ok());
    REQUIRE(SubstanceTestStore(*journal).history(someone).ok());
    const QDateTime monday = clinictime::at(today.addDays(1 - today.dayOfWeek()), QTime(0, 0)).toUTC();
    REQUIRE(CalendarStore(*journal).between(monday, monday.addDays(7)).ok());
    REQUIRE(BedStore(*journal).board(today).ok());
    REQUIRE(NoteStore(*journal).notes(someone).ok());
    REQUIRE(JournalOverviewReader(*journal).read(someone, clinictime::now()).ok());
    journal->setStatementObserver({});
    REQUIRE(statements.size() > 15);

    // Tables that grow with the years; the small ones (programs, beds, staff) may be scanned.
    const QStringList growing{QStringLiteral("patient"), QStringLiteral("patient_term"), QStringLiteral("episode"),
                              QStringLiteral("phase"), QStringLiteral("substance_test"), QStringLiteral("test_result"),
                              QStringLiteral("medication"), QStringLiteral("group_session"), QStringLiteral("attendance"),
                              QStringLiteral("outing"), QStringLiteral("appointment"), QStringLiteral("bed_stay"),
                              QStringLiteral("journal_note"), QStringLiteral("note_version"), QStringLiteral("audit_log"),
                              QStringLiteral("next_of_kin"), QStringLiteral("referral")};
    QStringList scans;
    for (const QString &sql : std::as_const(statements)) {
        // Unbound parameters are NULL to the planner: the plan is the same.
        Result<QSqlQuery> plan = RawSqlForTests::runFixed(*journal, QStringLiteral("EXPLAIN QUERY PLAN ") + QString(sql).replace(u'?', QStringLiteral("NULL")));
        INFO(sql.toStdString() << ": " << plan.error().toStdString());
        REQUIRE(plan.ok());
        while (plan->next()) {
            const QString detail = plan->value(3).toString();
            for (const QString &table : growing) {
                if (detail == QStringLiteral("SCAN ") + table || detail.startsWith(QStringLiteral("SCAN ") + table + u' '))
                    if (!detail.contains(QStringLiteral("USING")))
                        scans << detail + QStringLiteral("  in  ") + sql.simplified().left(160);
            }
        }
    }
    INFO(scans.join(u'\n').toStdString());
    CHECK(scans.isEmpty());
}
