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

#include <QRegularExpression>
#include <QSqlQuery>

using namespace trinn;

namespace {

// Tables that grow with the years; the small ones (programs, beds, staff) may be scanned.
const QStringList growing{QStringLiteral("patient"), QStringLiteral("patient_term"), QStringLiteral("episode"),
                          QStringLiteral("phase"), QStringLiteral("substance_test"), QStringLiteral("test_result"),
                          QStringLiteral("medication"), QStringLiteral("group_session"), QStringLiteral("attendance"),
                          QStringLiteral("outing"), QStringLiteral("appointment"), QStringLiteral("bed_stay"),
                          QStringLiteral("journal_note"), QStringLiteral("note_version"), QStringLiteral("audit_log"),
                          QStringLiteral("next_of_kin"), QStringLiteral("referral")};

// The SELECTs the hot paths prepare, as the stores prepare them.
QStringList hotStatements(Journal &journal)
{
    QStringList statements;
    journal.setStatementObserver([&](const QString &sql) {
        if (sql.trimmed().startsWith(QStringLiteral("SELECT"), Qt::CaseInsensitive) && !statements.contains(sql))
            statements << sql;
    });
    const QDate today = clinictime::today();
    PatientStore patients(journal);
    const auto found = patients.search(QStringLiteral("hans"), 50);
    REQUIRE(found.ok());
    REQUIRE_FALSE(found->isEmpty());
    (void)patients.search(QStringLiteral("0181"), 50);
    (void)patients.search(QStringLiteral("ole hans"), 50);
    const qint64 someone = found->first().id;
    REQUIRE(TimelineStore(journal).timeline(someone).ok());
    REQUIRE(EpisodeStore(journal).currentProgram(someone, today).ok());
    REQUIRE(SubstanceTestStore(journal).board(today).ok());
    REQUIRE(SubstanceTestStore(journal).history(someone).ok());
    const QDateTime monday = clinictime::at(today.addDays(1 - today.dayOfWeek()), QTime(0, 0)).toUTC();
    REQUIRE(CalendarStore(journal).between(monday, monday.addDays(7)).ok());
    REQUIRE(BedStore(journal).board(today).ok());
    REQUIRE(NoteStore(journal).notes(someone).ok());
    REQUIRE(JournalOverviewReader(journal).read(someone, clinictime::now()).ok());
    journal.setStatementObserver({});
    return statements;
}

// SQLite: the plan of each statement, its parameters NULL (unbound
// parameters are NULL to the planner: the plan is the same).
QStringList sqliteScans(Journal &journal, const QStringList &statements)
{
    QStringList scans;
    for (const QString &sql : statements) {
        Result<QSqlQuery> plan = RawSqlForTests::runFixed(journal, QStringLiteral("EXPLAIN QUERY PLAN ") + QString(sql).replace(u'?', QStringLiteral("NULL")));
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
    return scans;
}

// PostgreSQL: the generic plan of each statement prepared with its
// parameters ($1, $2 …), as the server runs a prepared statement whatever the
// values; with sequential scans priced out, a Seq Scan left on a growing
// table is one no index can serve. (NULL literals would not do here: the
// planner folds "x = NULL" away and shows no scan at all.)
QStringList postgresScans(Journal &journal, const QStringList &statements)
{
    for (const char *setting : {"SET plan_cache_mode = force_generic_plan", "SET enable_seqscan = off"})
        REQUIRE(RawSqlForTests::runFixed(journal, QString::fromLatin1(setting)).ok());
    static const QRegularExpression seqScan(QStringLiteral("Seq Scan on (\\w+)"));
    QStringList scans;
    for (const QString &sql : statements) {
        QString numbered;
        int parameters = 0;
        for (const QChar c : sql) {
            if (c == u'?')
                numbered += u'$' + QString::number(++parameters);
            else
                numbered += c;
        }
        INFO(sql.toStdString());
        Result<QSqlQuery> prepared = RawSqlForTests::runFixed(journal, QStringLiteral("PREPARE trinn_plan AS ") + numbered);
        INFO(prepared.error().toStdString());
        REQUIRE(prepared.ok());
        QStringList nulls;
        for (int i = 0; i < parameters; ++i)
            nulls << QStringLiteral("NULL");
        Result<QSqlQuery> plan = RawSqlForTests::runFixed(
            journal, QStringLiteral("EXPLAIN EXECUTE trinn_plan") + (parameters ? u'(' + nulls.join(u',') + u')' : QString()));
        INFO(plan.error().toStdString());
        REQUIRE(plan.ok());
        while (plan->next()) {
            const QString line = plan->value(0).toString();
            const QRegularExpressionMatch match = seqScan.match(line);
            if (match.hasMatch() && growing.contains(match.captured(1)))
                scans << line.trimmed() + QStringLiteral("  in  ") + sql.simplified().left(160);
        }
        plan->finish();
        REQUIRE(RawSqlForTests::runFixed(journal, QStringLiteral("DEALLOCATE trinn_plan")).ok());
    }
    for (const char *setting : {"RESET plan_cache_mode", "RESET enable_seqscan"})
        REQUIRE(RawSqlForTests::runFixed(journal, QString::fromLatin1(setting)).ok());
    return scans;
}

} // namespace

// The hot paths' statements, caught as the stores prepare them, must find
// their rows through an index: a full scan of a table that grows with the
// journal makes the screen slower every year. On both backends: the same SQL
// meets two planners.
TEST_CASE("Hot queries use indexes, never a full scan of a growing table", "[storage][scale]")
{
    const test::Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    REQUIRE(DemoClinic::generate(*journal, {300, 2, 11}).ok());
    // No ANALYZE: Trinn never runs it, so the planner's default assumptions are
    // what every journal, small or large, gets.
    const QStringList statements = hotStatements(*journal);
    REQUIRE(statements.size() > 15);
    const QStringList scans = backend == test::Backend::SQLite ? sqliteScans(*journal, statements) : postgresScans(*journal, statements);
    INFO(scans.join(u'\n').toStdString());
    CHECK(scans.isEmpty());
}
