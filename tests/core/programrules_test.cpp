#include "support/testjournals.h"

#include "programs/builtinprograms.h"
#include "programs/phaseplanner.h"
#include "programs/programrules.h"
#include "programs/treatmentplan.h"
#include "calendar/norwegianholidays.h"

using namespace trinn;

namespace {

ProgramTemplate program(const QString &code)
{
    for (const ProgramTemplate &p : BuiltinPrograms::all()) {
        if (p.code == code)
            return p;
    }
    FAIL("no built-in program " << code.toStdString());
    return {};
}

Episode plannedEpisode(const QString &code, QDate start, const QStringList &optional = {})
{
    Episode e;
    e.programCode = code;
    e.programName = program(code).name;
    e.status = Episode::Status::Planned;
    e.startDate = start;
    e.phases = PhasePlanner::plan(program(code), start, optional);
    return e;
}

Phase &phaseOf(Episode &e, const QString &code)
{
    for (Phase &p : e.phases) {
        if (p.code == code)
            return p;
    }
    FAIL("no phase " << code.toStdString());
    return e.phases.first();
}

std::string reason(const Decision &d)
{
    return d.reason.toStdString();
}

} // namespace

TEST_CASE("Phase 1 may be extended to 6 months and no further", "[rules][programs]")
{
    Episode e = plannedEpisode(BuiltinPrograms::residential, QDate(2027, 3, 11));
    const Phase &phase1 = phaseOf(e, QStringLiteral("phase1"));
    CHECK(phase1.plannedStart.daysTo(phase1.plannedEnd) == 84);

    const Decision sixMonths = ProgramRules::phaseLength(phase1, QDate(2027, 3, 11), QDate(2027, 9, 11));
    CHECK(sixMonths.allowed);
    const Decision tooLong = ProgramRules::phaseLength(phase1, QDate(2027, 3, 11), QDate(2027, 9, 14));
    CHECK_FALSE(tooLong.allowed);
    CHECK(tooLong.reason == QStringLiteral("Phase 1 cannot exceed 6 months: planned end 14.09.2027 is 6 months and 3 days after admission."));

    const Decision shortStay = ProgramRules::phaseLength(phase1, QDate(2027, 3, 11), QDate(2027, 4, 22));
    CHECK(shortStay.allowed);
    CHECK_THAT(reason(shortStay), Catch::Contains("usually lasts at least 70 days; 42 are planned"));
    CHECK_THAT(reason(ProgramRules::phaseLength(phase1, QDate(2027, 3, 11), QDate(2027, 3, 1))), Catch::Contains("cannot end (01.03.2027) before it starts"));
}

TEST_CASE("A phase limited in days says how long the plan is", "[rules][programs]")
{
    Episode e = plannedEpisode(BuiltinPrograms::fullTime, QDate(2027, 1, 4));
    const Phase &aftercare = phaseOf(e, QStringLiteral("aftercare"));
    CHECK(ProgramRules::phaseLength(aftercare, QDate(2027, 3, 8), QDate(2028, 3, 7)).allowed);
    const Decision tooLong = ProgramRules::phaseLength(aftercare, QDate(2027, 3, 8), QDate(2028, 3, 9));
    CHECK(tooLong.reason == QStringLiteral("Aftercare cannot last more than 365 days: 08.03.2027 to 09.03.2028 is 367 days."));
}

TEST_CASE("Admission needs detox finished and phases come in order", "[rules][programs]")
{
    Episode e = plannedEpisode(BuiltinPrograms::residential, QDate(2027, 1, 4), {QStringLiteral("detox")});
    const Decision before = ProgramRules::canStartPhase(e, phaseOf(e, QStringLiteral("phase1")), QDate(2027, 1, 6));
    CHECK(before.reason == QStringLiteral("Admission to Phase 1 needs detox finished first: Detox is planned, planned to end 11.01.2027."));
    phaseOf(e, QStringLiteral("detox")).status = Phase::Status::Completed;
    CHECK(ProgramRules::canStartPhase(e, phaseOf(e, QStringLiteral("phase1")), QDate(2027, 1, 11)).allowed);

    Episode municipal = plannedEpisode(BuiltinPrograms::municipalDay, QDate(2027, 1, 4));
    phaseOf(municipal, QStringLiteral("information")).status = Phase::Status::Completed;
    const Decision early = ProgramRules::canStartPhase(municipal, phaseOf(municipal, QStringLiteral("day-treatment")), QDate(2027, 1, 6));
    CHECK(early.reason == QStringLiteral("Day treatment cannot start before Motivation group is completed."));
    CHECK(ProgramRules::canStartPhase(municipal, phaseOf(municipal, QStringLiteral("motivation")), QDate(2027, 1, 6)).allowed);
    phaseOf(municipal, QStringLiteral("motivation")).status = Phase::Status::Skipped;
    CHECK(ProgramRules::canStartPhase(municipal, phaseOf(municipal, QStringLiteral("day-treatment")), QDate(2027, 1, 6)).allowed);

    Phase &information = phaseOf(municipal, QStringLiteral("information"));
    CHECK_THAT(reason(ProgramRules::canStartPhase(municipal, information, QDate(2027, 1, 6))), Catch::Contains("is completed, not planned"));
}

TEST_CASE("Course enrolment: places, prerequisite and criteria", "[rules][programs]")
{
    const ProgramTemplate mbrp = program(BuiltinPrograms::mbrp);
    ProgramRules::CourseFacts facts;
    for (const Criterion &c : mbrp.criteria)
        facts.assessment.append({c.key(), c.kind == Criterion::Kind::Inclusion});
    facts.enrolled = 11;
    CHECK(ProgramRules::canEnrolInCourse(mbrp, facts).allowed);
    facts.enrolled = 12;
    CHECK(ProgramRules::canEnrolInCourse(mbrp, facts).reason == QStringLiteral("MBRP is full (12 of 12)."));
    facts.enrolled = 3;
    facts.assessment[1].second = false;
    CHECK(ProgramRules::canEnrolInCourse(mbrp, facts).reason == QStringLiteral("MBRP needs: motivated."));
    facts.assessment[1].second = true;
    facts.assessment[3].second = true;
    CHECK(ProgramRules::canEnrolInCourse(mbrp, facts).reason
          == QStringLiteral("Excluded from MBRP: ongoing serious or acute mental illness or suicide risk."));
    facts.assessment.removeLast();
    facts.assessment[3].second = false;
    CHECK_THAT(reason(ProgramRules::canEnrolInCourse(mbrp, facts)), Catch::Contains("has not been assessed"));

    const ProgramTemplate level2 = program(BuiltinPrograms::traumaLevel2);
    ProgramRules::CourseFacts trauma;
    trauma.prerequisiteName = QStringLiteral("Trauma group level 1");
    for (const Criterion &c : level2.criteria)
        trauma.assessment.append({c.key(), false});
    CHECK(ProgramRules::canEnrolInCourse(level2, trauma).reason == QStringLiteral("Trauma group level 2 needs Trauma group level 1 completed."));
    trauma.prerequisiteCompleted = true;
    CHECK(ProgramRules::canEnrolInCourse(level2, trauma).allowed);
    trauma.assessment[3].second = true;
    CHECK(ProgramRules::canEnrolInCourse(level2, trauma).reason == QStringLiteral("Excluded from Trauma group level 2: suicidality."));
}

TEST_CASE("MBRP needs two or three leaders", "[rules][programs]")
{
    const ProgramTemplate mbrp = program(BuiltinPrograms::mbrp);
    CHECK(ProgramRules::leaders(mbrp, 1).reason == QStringLiteral("MBRP needs 2–3 leaders (1 set)."));
    CHECK(ProgramRules::leaders(mbrp, 2).allowed);
    CHECK(ProgramRules::leaders(mbrp, 3).allowed);
    CHECK_FALSE(ProgramRules::leaders(mbrp, 4).allowed);
    CHECK(ProgramRules::leaders(program(BuiltinPrograms::evening), 0).allowed);
}

TEST_CASE("A stabilization stay needs Phase 1, more than 3 days and abstinence", "[rules][programs]")
{
    const QDate end1(2027, 1, 15);
    CHECK(ProgramRules::canStartStabilization(end1, {QDate(2027, 1, 10)}, QDate(2027, 4, 1), QDate(2027, 4, 8)).allowed);
    CHECK(ProgramRules::canStartStabilization(end1, {QDate(2027, 3, 20), QDate(2027, 2, 3)}, QDate(2027, 4, 1), QDate(2027, 4, 8)).reason
          == QStringLiteral("Stabilization stay needs abstinence since Phase 1: positive test on 03.02.2027."));
    CHECK_THAT(reason(ProgramRules::canStartStabilization(end1, {}, QDate(2027, 4, 1), QDate(2027, 4, 4))),
               Catch::Contains("lasts more than 3 days; 01.04.2027 to 04.04.2027 is 3 days"));
    CHECK(ProgramRules::canStartStabilization(QDate(), {}, QDate(2027, 4, 1), QDate(2027, 4, 8)).reason
          == QStringLiteral("A stabilization stay is for patients who have completed Phase 1."));
}

TEST_CASE("Relapse treatment is for patients in or after Phase 2", "[rules][programs]")
{
    Episode e = plannedEpisode(BuiltinPrograms::residential, QDate(2026, 6, 1));
    CHECK(ProgramRules::canStartRelapseTreatment({e}, QDate(2027, 1, 1)).reason
          == QStringLiteral("Relapse treatment is for patients in or after Phase 2; this patient has not started Phase 2."));
    phaseOf(e, QStringLiteral("phase2")).status = Phase::Status::Active;
    CHECK(ProgramRules::canStartRelapseTreatment({e}, QDate(2027, 1, 1)).allowed);

    CHECK(ProgramRules::relapseLength(30, false).days == 28);
    CHECK(ProgramRules::relapseLength(200, false).days == 21);
    const auto serious = ProgramRules::relapseLength(400, true);
    CHECK(serious.days == 28);
    CHECK(serious.reasoning == QStringLiteral("Sober for 400 days before the relapse: 14 days. Serious circumstances: 14 days more, 28 in all."));
}

TEST_CASE("The family program is 5 days while the patient is admitted", "[rules][programs]")
{
    Episode e = plannedEpisode(BuiltinPrograms::residential, QDate(2027, 1, 4));
    CHECK(ProgramRules::canPlanFamilyProgram({e}, QDate(2027, 2, 1), QDate(2027, 2, 6)).allowed);
    CHECK(ProgramRules::canPlanFamilyProgram({e}, QDate(2027, 6, 1), QDate(2027, 6, 6)).reason
          == QStringLiteral("The family program is for relatives of an admitted patient; the patient is not admitted 01.06.2027–06.06.2027."));
    CHECK_THAT(reason(ProgramRules::canPlanFamilyProgram({e}, QDate(2027, 2, 1), QDate(2027, 2, 4))), Catch::Contains("lasts 5 days"));
}

TEST_CASE("Phase 2 gatherings usually fall in the first year after discharge", "[rules][programs]")
{
    const QDate discharge(2027, 3, 1);
    CHECK(ProgramRules::canPlanGathering(discharge, QDate(2027, 5, 3), QDate(2027, 5, 6), 2).allowed);
    CHECK(ProgramRules::canPlanGathering(discharge, QDate(2028, 2, 28), QDate(2028, 3, 2), 2).reason
          == QStringLiteral("Phase 2 gatherings usually take place within the first year after discharge (by 01.03.2028); "
                            "02.03.2028 is later: give the reason."));
    CHECK_THAT(reason(ProgramRules::canPlanGathering(discharge, QDate(2027, 2, 1), QDate(2027, 2, 4), 0)), Catch::Contains("before discharge"));
    CHECK(ProgramRules::canPlanGathering(discharge, QDate(2027, 5, 3), QDate(2027, 5, 6), 6).reason
          == QStringLiteral("Phase 2 has 6 gatherings, and all are planned."));
    CHECK_THAT(reason(ProgramRules::canPlanGathering(discharge, QDate(2027, 5, 3), QDate(2027, 5, 5), 0)), Catch::Contains("lasts 3 days"));
    CHECK_THAT(reason(ProgramRules::canPlanGathering(QDate(), QDate(2027, 5, 3), QDate(2027, 5, 6), 0)), Catch::Contains("has not been discharged"));
}

TEST_CASE("Planned gatherings avoid public holidays and follow-ups fall between them", "[rules][programs]")
{
    const QDate discharge(2027, 3, 1);
    const QList<Phase> gatherings = PhasePlanner::gatherings(discharge, 10, QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("G%1"));
    REQUIRE(gatherings.size() == 6);
    for (const Phase &g : gatherings) {
        CHECK(g.plannedStart.dayOfWeek() == 1);
        CHECK(g.plannedEnd <= discharge.addYears(1));
        for (QDate d = g.plannedStart; d < g.plannedEnd; d = d.addDays(1))
            CHECK_FALSE(NorwegianHolidays::isHoliday(d));
    }
    // Weeks 4 and 12 after 01.03.2027 hold Easter Monday (29.03) and Whit Monday (17.05): both move a week.
    CHECK(gatherings.at(0).plannedStart == QDate(2027, 4, 5));
    CHECK(gatherings.at(1).plannedStart == QDate(2027, 5, 24));
    CHECK(gatherings.first().note == QStringLiteral("a"));
    CHECK(gatherings.last().note == QStringLiteral("b"));
    const auto calls = PhasePlanner::followUps(gatherings, discharge.addYears(1));
    CHECK(calls.size() >= 10);
    CHECK(calls.first().plannedOn == gatherings.first().plannedEnd.addDays(14));
}

TEST_CASE("Coercion needs its legal basis and who decided", "[rules][programs]")
{
    const QDate on(2027, 2, 1);
    CHECK(ProgramRules::coercionRecord(QStringLiteral("Helse- og omsorgstjenesteloven § 10-2"), QStringLiteral("Fylkesnemnda"), on,
                                       on.addMonths(3))
              .allowed);
    CHECK_THAT(reason(ProgramRules::coercionRecord(QString(), QStringLiteral("x"), on, on)), Catch::Contains("legal basis"));
    CHECK_THAT(reason(ProgramRules::coercionRecord(QStringLiteral("§ 10-2"), QStringLiteral(" "), on, on)), Catch::Contains("decided it"));
}

TEST_CASE("Day treatment: at least 3 days a week of 4–5 hours", "[rules][programs]")
{
    QList<std::pair<QDate, int>> days{{QDate(2027, 1, 4), 270}, {QDate(2027, 1, 5), 240}, {QDate(2027, 1, 7), 300},
                                      {QDate(2027, 1, 11), 180}, {QDate(2027, 1, 12), 280}};
    const auto check = ProgramRules::dayTreatment(days, QDate(2027, 1, 4), QDate(2027, 1, 17));
    CHECK(check.daysAttended == 4); // the day of 3 hours does not count
    REQUIRE(check.problems.size() == 2);
    CHECK(check.problems.at(0) == QStringLiteral("On 11.01.2027 the day lasted 3 h 00 min; a day-treatment day is 4–5 hours, so it does not count."));
    CHECK(check.problems.at(1) == QStringLiteral("Week 2 (from 11.01.2027) had 1 day-treatment days; at least 3 are expected."));
    CHECK(ProgramRules::dayTreatment(days.mid(0, 3), QDate(2027, 1, 4), QDate(2027, 1, 10)).problems.isEmpty());
}

TEST_CASE("Treatment plans and 12-step progress are validated", "[rules][programs]")
{
    TreatmentPlan plan;
    for (const QString &code : LifeAreas::codes())
        plan.areas.append({code, QString(), QString(), QDate()});
    CHECK(LifeAreas::validate(plan).reason == QStringLiteral("The treatment plan needs a review date."));
    plan.reviewDate = QDate(2027, 6, 1);
    CHECK_THAT(reason(LifeAreas::validate(plan)), Catch::Contains("goals in at least one life area"));
    plan.areas[2].goals = QStringLiteral("Fewer panic attacks");
    CHECK(LifeAreas::validate(plan).reason == QStringLiteral("Mental health (depression, anxiety, trauma, ADHD, psychosis) has goals but no measures."));
    plan.areas[2].measures = QStringLiteral("Weekly sessions with psychologist");
    CHECK(LifeAreas::validate(plan).allowed);

    StepProgress step{2, QDate(2027, 1, 4), QDate(2027, 1, 20), QStringLiteral("Therapist T"), QString()};
    CHECK(StepRules::canRecord(step, {}).reason == QStringLiteral("Step 2 cannot be completed before step 1."));
    CHECK(StepRules::canRecord(step, {{1, QDate(2026, 12, 1), QDate(2027, 1, 3), QStringLiteral("T"), QString()}}).allowed);
    CHECK_THAT(reason(StepRules::canRecord({13, QDate(), QDate(), QString(), QString()}, {})), Catch::Contains("12 steps"));
    CHECK_THAT(reason(StepRules::canRecord({1, QDate(), QDate(2027, 1, 1), QStringLiteral("T"), QString()}, {})), Catch::Contains("needs a start date"));
    CHECK_THAT(reason(StepRules::canRecord({1, QDate(2027, 1, 4), QDate(2027, 1, 20), QString(), QString()}, {})), Catch::Contains("who confirmed"));
}
