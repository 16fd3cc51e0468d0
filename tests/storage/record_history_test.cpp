// Records that move on in place (phases, prescriptions, days of day
// treatment, steps, plans, sessions) keep every earlier version in the change
// log, with author, time and — for a correction — the reason, sealed into the
// audit chain. On PostgreSQL a TRUNCATE is logged too.
#include "support/testjournals.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "storage/carerecordstore.h"
#include "storage/changelog.h"
#include "storage/episodestore.h"
#include "storage/groupstore.h"
#include "storage/patientstore.h"
#include "storage/recordhistory.h"
#include "storage/recoverystore.h"
#include "storage/staffstore.h"

#include <algorithm>

using namespace trinn;
using trinn::test::Backend;

namespace {

void signInNewStaff(Journal &journal, const QString &username, const QString &fullName, Role role)
{
    journal.setActor(Actor{}); // the account is made by the system, then signs in
    REQUIRE(StaffStore(journal).add(username, fullName, {role}, QStringLiteral("et langt passord")).ok());
    const Result<Actor> actor = StaffStore(journal).signIn(username, QStringLiteral("et langt passord"));
    REQUIRE(actor.ok());
    journal.setActor(*actor);
}

QString changesOf(const RecordHistory::Version &v)
{
    QStringList parts;
    for (const RecordHistory::FieldChange &c : v.changes)
        parts << c.field + QLatin1Char('=') + c.before + QStringLiteral("->") + c.after;
    return parts.join(QLatin1Char(';'));
}

QString changeLogProblems(Journal &journal)
{
    const Result<QStringList> problems = ChangeLog::verify(journal);
    REQUIRE(problems.ok());
    return problems->join(QLatin1Char('\n'));
}

} // namespace

TEST_CASE("A replanned phase keeps its earlier plan with who changed it and why", "[storage][history]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = test::addPatient(*journal);
    signInNewStaff(*journal, QStringLiteral("tor"), QStringLiteral("Tor Terapeut"), Role::Therapist);
    EpisodeStore episodes(*journal);
    const QDate admission(2027, 1, 4);
    const Result<qint64> episode = episodes.enrol({kari, BuiltinPrograms::residential, admission, {}, {}});
    INFO(episode.error().toStdString());
    REQUIRE(episode.ok());
    const Result<Episode> planned = episodes.episode(*episode);
    REQUIRE(planned.ok());
    const Phase *phase1 = planned->phaseByCode(QStringLiteral("phase1"));
    REQUIRE(phase1);
    test::requireOk(episodes.startPhase(phase1->id, admission));
    const QDate end = phase1->plannedEnd;

    // A replan without a reason is refused and changes nothing.
    CHECK_THAT(episodes.replanPhaseEnd(phase1->id, end.addDays(14), QString()).error().toStdString(),
               Catch::Contains("Say why the planned end of") && Catch::Contains("is changed"));
    CHECK(episodes.episode(*episode)->phaseByCode(QStringLiteral("phase1"))->plannedEnd == end);
    test::requireOk(episodes.replanPhaseEnd(phase1->id, end.addDays(14), QStringLiteral("Two more weeks, agreed with the referrer")));

    const Result<QList<RecordHistory::Version>> history = RecordHistory::of(*journal, RecordHistory::Record::Phase, phase1->id, kari);
    INFO(history.error().toStdString());
    REQUIRE(history.ok());
    // Planned (by the system at enrolment, inside Trinn), started, replanned.
    REQUIRE(history->size() == 3);
    CHECK(history->at(0).operation == QStringLiteral("INSERT"));
    CHECK(history->at(1).operation == QStringLiteral("UPDATE"));
    CHECK_THAT(changesOf(history->at(1)).toStdString(), Catch::Contains("status=planned->active"));
    CHECK(history->at(1).reason.isEmpty());
    const RecordHistory::Version &replanned = history->at(2);
    CHECK(replanned.author == QStringLiteral("Tor Terapeut"));
    CHECK_FALSE(replanned.outsideTrinn);
    CHECK(replanned.reason == QStringLiteral("Two more weeks, agreed with the referrer"));
    CHECK(changesOf(replanned)
          == QStringLiteral("planned_end=%1->%2").arg(clinictime::formatDate(end), clinictime::formatDate(end.addDays(14))));
    // Another patient's id finds nothing of Kari's phase.
    const Result<QList<RecordHistory::Version>> wrong = RecordHistory::of(*journal, RecordHistory::Record::Phase, phase1->id, kari + 1);
    CHECK((wrong.ok() ? wrong->size() : 0) == 0);
    // The whole episode's phases, by record.
    const Result<QList<RecordHistory::Version>> all = RecordHistory::ofPatient(*journal, RecordHistory::Record::Phase, kari);
    REQUIRE(all.ok());
    // Every phase was planned; Phase 1 started and replanned; later phases moved with it.
    CHECK(all->size() > qsizetype(planned->phases.size()) + 2);
    CHECK(std::is_sorted(all->cbegin(), all->cend(), [](const auto &a, const auto &b) { return a.rowId < b.rowId; }));

    // The reason is sealed: editing it in the log is named by the check.
    CHECK(changeLogProblems(*journal) == QString());
    test::rawExec(*journal, QStringLiteral("UPDATE change_log SET reason = 'typo' WHERE reason IS NOT NULL"));
    CHECK_THAT(changeLogProblems(*journal).toStdString(), Catch::Contains("(table phase) was changed after it was written"));
}

TEST_CASE("Stopping a prescription and correcting a day or a step need a reason and each version is kept", "[storage][history]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = test::addPatient(*journal);
    signInNewStaff(*journal, QStringLiteral("sara"), QStringLiteral("Sara Sykepleier"), Role::Nurse);
    CareRecordStore care(*journal);
    Medication m;
    m.patientId = kari;
    m.drug = QStringLiteral("Metadon");
    m.dose = QStringLiteral("80 mg");
    m.start = QDate(2027, 2, 1);
    const Result<qint64> medication = care.addMedication(m);
    REQUIRE(medication.ok());
    CHECK_THAT(care.stopMedication(*medication, QDate(2027, 5, 1), QStringLiteral("  ")).error().toStdString(),
               Catch::Contains("Say why Metadon is stopped"));
    test::requireOk(care.stopMedication(*medication, QDate(2027, 5, 1), QStringLiteral("Tapered off as planned")));
    const Result<QList<RecordHistory::Version>> stops = RecordHistory::of(*journal, RecordHistory::Record::Medication, *medication, kari);
    REQUIRE(stops.ok());
    REQUIRE(stops->size() == 2);
    CHECK(stops->at(0).author == QStringLiteral("Sara Sykepleier"));
    CHECK_THAT(changesOf(stops->at(0)).toStdString(), Catch::Contains("drug=->Metadon") && Catch::Contains("dose=->80 mg"));
    CHECK(stops->at(1).reason == QStringLiteral("Tapered off as planned"));
    CHECK(changesOf(stops->at(1)) == QStringLiteral("stop_date=->01.05.2027"));

    // Day treatment: a therapist records the days; changing one is a correction.
    signInNewStaff(*journal, QStringLiteral("tor"), QStringLiteral("Tor Terapeut"), Role::Therapist);
    EpisodeStore episodes(*journal);
    const QDate start(2027, 3, 1);
    const Result<qint64> episode = episodes.enrol({kari, BuiltinPrograms::municipalDay, start, {}, {}});
    INFO(episode.error().toStdString());
    REQUIRE(episode.ok());
    const Result<Episode> e = episodes.episode(*episode);
    REQUIRE(e.ok());
    // Information meeting and motivation group first, then day treatment.
    for (const char *code : {"information", "motivation"}) {
        test::requireOk(episodes.startPhase(e->phaseByCode(QString::fromLatin1(code))->id, start));
        test::requireOk(episodes.completePhase(e->phaseByCode(QString::fromLatin1(code))->id, start));
    }
    test::requireOk(episodes.startPhase(e->phaseByCode(QStringLiteral("day-treatment"))->id, start));
    test::requireOk(care.recordDayTreatment(*episode, start, 240));
    test::requireOk(care.recordDayTreatment(*episode, start, 240)); // the same again changes nothing
    CHECK_THAT(care.recordDayTreatment(*episode, start, 180).error().toStdString(),
               Catch::Contains("Say why the day of 01.03.2027 is changed"));
    test::requireOk(care.recordDayTreatment(*episode, start, 180, QStringLiteral("Left at noon; entered wrongly")));
    const Result<QList<RecordHistory::Version>> days = RecordHistory::ofPatient(*journal, RecordHistory::Record::DayAttendance, kari);
    REQUIRE(days.ok());
    REQUIRE(days->size() == 2);
    CHECK(days->at(1).reason == QStringLiteral("Left at noon; entered wrongly"));
    CHECK(changesOf(days->at(1)) == QStringLiteral("minutes=240->180"));
    CHECK(days->at(1).row == QStringLiteral("01.03.2027"));

    // A step's start moved is a correction; completing it moves it on.
    RecoveryStore recovery(*journal);
    test::requireOk(recovery.recordStep(kari, {1, start, {}, {}, {}}));
    test::requireOk(recovery.recordStep(kari, {1, start, start.addDays(20), {}, {}}));
    CHECK_THAT(recovery.recordStep(kari, {1, start.addDays(2), start.addDays(20), {}, {}}).error().toStdString(),
               Catch::Contains("Say why step 1 is changed"));
    test::requireOk(recovery.recordStep(kari, {1, start.addDays(2), start.addDays(20), {}, {}}, QStringLiteral("Started after the weekend")));
    const Result<QList<RecordHistory::Version>> steps = RecordHistory::ofPatient(*journal, RecordHistory::Record::StepProgress, kari);
    REQUIRE(steps.ok());
    REQUIRE(steps->size() == 3);
    CHECK(steps->at(2).reason == QStringLiteral("Started after the weekend"));
    CHECK(steps->at(2).author == QStringLiteral("Tor Terapeut"));

    // A write past Trinn shows in the history as outside Trinn, with no author of Trinn's.
    test::rawExec(*journal, QStringLiteral("UPDATE medication SET dose = '60 mg' WHERE id = %1").arg(*medication));
    journal->setActor(Actor{});
    const Result<QList<RecordHistory::Version>> raw = RecordHistory::of(*journal, RecordHistory::Record::Medication, *medication, kari);
    REQUIRE(raw.ok());
    REQUIRE(raw->size() == 3);
    CHECK(raw->at(2).outsideTrinn);
    CHECK(changesOf(raw->at(2)) == QStringLiteral("dose=80 mg->60 mg"));
}

TEST_CASE("A moved session keeps its earlier time and the audit log says who moved it and why", "[storage][history]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    TherapyGroup group;
    group.name = QStringLiteral("Samtalegruppe");
    group.kind = QStringLiteral("trauma-1");
    group.site = QStringLiteral("LAR Sentrum");
    group.room = QStringLiteral("Peisestua");
    group.weekday = 2;
    group.startTime = QTime(10, 0);
    group.minutes = 90;
    group.startDate = QDate(2027, 3, 2);
    group.weeks = 2;
    group.leaders = {QStringLiteral("Tor Terapeut")};
    signInNewStaff(*journal, QStringLiteral("tor"), QStringLiteral("Tor Terapeut"), Role::Therapist);
    GroupStore groups(*journal);
    const Result<qint64> made = groups.create(group);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    const Result<QList<GroupSession>> sessions = groups.sessions(*made);
    REQUIRE(sessions.ok());
    REQUIRE_FALSE(sessions->isEmpty());
    const qint64 session = sessions->first().id;
    const QDateTime later = clinictime::at(QDate(2027, 3, 4), QTime(9, 0));
    CHECK_THAT(groups.moveSession(session, later, {}).error().toStdString(), Catch::Contains("Say why the time of this session is changed"));
    test::requireOk(groups.moveSession(session, later, QStringLiteral("The room is needed for an intake meeting")));
    // A session is the clinic's, not one patient's: its move and the reason are in the sealed audit log.
    Result<QSqlQuery> moved = RawSqlForTests::run(*journal, QStringLiteral("SELECT actor, what FROM audit_log WHERE what LIKE 'moved a group session%' ORDER BY id"));
    REQUIRE(moved.ok());
    REQUIRE(moved->next());
    CHECK(moved->value(0).toString() == QStringLiteral("tor"));
    CHECK(moved->value(1).toString() == QStringLiteral("moved a group session: The room is needed for an intake meeting"));
    CHECK_FALSE(moved->next());
    CHECK(groups.session(session)->movedFrom == sessions->first().startsAt);
}

TEST_CASE("PostgreSQL: emptying a patient table with TRUNCATE is in the change log", "[storage][history][postgres]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::PostgreSQL);
    const qint64 kari = test::addPatient(*journal);
    Medication m;
    m.patientId = kari;
    m.drug = QStringLiteral("Metadon");
    m.dose = QStringLiteral("80 mg");
    m.start = QDate(2027, 2, 1);
    REQUIRE(CareRecordStore(*journal).addMedication(m).ok());
    // Every patient table has its statement trigger for TRUNCATE.
    const qint64 tables = test::sqlNumber(*journal, QStringLiteral(
        "SELECT COUNT(DISTINCT c.relname) FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
        "WHERE t.tgname LIKE 'trinn\\_change\\_%\\_truncate' AND (t.tgtype & 32) <> 0"));
    const Result<QList<ChangeLog::PatientTable>> patientTables = ChangeLog::patientTables(*journal);
    REQUIRE(patientTables.ok());
    CHECK(tables == patientTables->size());
    const Result<QStringList> problems = ChangeLog::triggerProblems(*journal);
    REQUIRE(problems.ok());
    CHECK(*problems == QStringList{});

    test::rawExec(*journal, QStringLiteral("TRUNCATE medication"));
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM change_log WHERE table_name = 'medication' AND operation = 'TRUNCATE' "
                                                   "AND outside_trinn = 1")) == 1);
    CHECK_THAT(changeLogProblems(*journal).toStdString(), Catch::Contains("(TRUNCATE of table medication") && Catch::Contains("written outside Trinn"));

    // Without the truncate trigger the check says so.
    test::rawExec(*journal, QStringLiteral("DROP TRIGGER trinn_change_medication_truncate ON medication"));
    const Result<QStringList> dropped = ChangeLog::triggerProblems(*journal);
    REQUIRE(dropped.ok());
    CHECK(dropped->contains(QStringLiteral("Table medication has no change log trigger for TRUNCATE: such changes to it are not recorded.")));
}
