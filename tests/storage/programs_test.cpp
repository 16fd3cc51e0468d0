#include "support/testjournals.h"

#include "programs/builtinprograms.h"
#include "reports/episodereport.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"
#include "storage/programstore.h"
#include "storage/recoverystore.h"
#include "storage/teststoredcodes.h"
#include "storage/timelinestore.h"

using namespace trinn;
using trinn::test::Backend;

namespace {

QString joinedLines(const Result<QStringList> &lines)
{
    REQUIRE(lines.ok());
    return lines->join(u'\n');
}

QList<std::pair<QString, bool>> noneApply(Journal &journal, const QString &code)
{
    QList<std::pair<QString, bool>> assessment;
    const auto program = ProgramStore(journal).find(code);
    REQUIRE(program.ok());
    for (const Criterion &c : program->criteria)
        assessment.append({c.key(), c.kind == Criterion::Kind::Inclusion});
    return assessment;
}

} // namespace

TEST_CASE("Every journal holds the built-in programs of the five services", "[storage][programs]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const auto programs = ProgramStore(*journal).list();
    REQUIRE(programs.ok());
    QSet<QString> services;
    for (const ProgramTemplate &p : *programs)
        services.insert(p.service);
    CHECK(services == QSet<QString>{service::residential, service::evening, service::fullTime, service::specialist,
                                    service::lar, service::municipal});
    const auto mbrp = ProgramStore(*journal).find(QStringLiteral("mbrp"));
    REQUIRE(mbrp.ok());
    CHECK(mbrp->capacity == 12);
    CHECK(mbrp->sessionMinutes == 105);
    CHECK(mbrp->criteria.size() == 5);
    CHECK_THAT(ProgramStore(*journal).find(QStringLiteral("Yoga")).error().toStdString(), Catch::Contains("no program called \"Yoga\""));
}

TEST_CASE("Service 1, residential 12-step clinic, end to end", "[storage][programs][residential]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    CareRecordStore care(*journal);
    const qint64 kari = test::addNumberedPatient(*journal, 1, QStringLiteral("Nordmann"));
    const QDate day0(2027, 1, 4);

    // Enrol with detox first; Phase 2 and its gatherings are planned at once.
    const qint64 episode = test::enrol(episodes, {kari, BuiltinPrograms::residential, day0, {QStringLiteral("detox")}});
    auto planned = episodes.episode(episode);
    REQUIRE(planned.ok());
    CHECK(planned->phases.size() == 3 + 6);
    CHECK(episodes.enrol({kari, BuiltinPrograms::residential, day0, {}, {}}).error().toStdString().find("already enrolled") != std::string::npos);

    // Schedule and record: detox must be finished before admission.
    const qint64 detox = test::phaseId(episodes, episode, QStringLiteral("detox"));
    const qint64 phase1 = test::phaseId(episodes, episode, QStringLiteral("phase1"));
    CHECK_THAT(episodes.startPhase(phase1, day0.addDays(2)).error().toStdString(), Catch::Contains("needs detox finished first"));
    test::requireOk(episodes.startPhase(detox, day0));
    test::requireOk(episodes.completePhase(detox, day0.addDays(6)));
    test::requireOk(episodes.startPhase(phase1, day0.addDays(6)));

    // The family program runs while the patient is admitted.
    FamilyStay stay;
    stay.patientId = kari;
    stay.relativeName = QStringLiteral("Inger Nordmann");
    stay.relation = QStringLiteral("mother");
    stay.start = day0.addDays(30);
    stay.selfHelpInfoGiven = true;
    REQUIRE(care.addFamilyStay(stay).ok());
    stay.start = day0.addDays(200);
    CHECK_THAT(care.addFamilyStay(stay).error().toStdString(), Catch::Contains("not admitted"));

    // Phase 1 can be extended to 6 months, not beyond.
    const QDate admission = day0.addDays(6);
    CHECK_THAT(episodes.replanPhaseEnd(phase1, admission.addMonths(6).addDays(3), QStringLiteral("needs longer")).error().toStdString(),
               Catch::Contains("cannot exceed 6 months") && Catch::Contains("6 months and 3 days after admission"));
    test::requireOk(episodes.replanPhaseEnd(phase1, admission.addDays(98), QStringLiteral("two more weeks agreed with the referrer")));

    // Discharge from Phase 1 replans the gatherings from the real discharge day.
    const QDate discharge = admission.addDays(90);
    test::requireOk(episodes.completePhase(phase1, discharge));
    auto after = episodes.episode(episode);
    REQUIRE(after.ok());
    int gatherings = 0;
    for (const Phase &p : after->phases) {
        if (p.kind == phasekind::gathering) {
            ++gatherings;
            CHECK(p.plannedStart >= discharge);
            CHECK(p.plannedEnd <= discharge.addYears(1));
        }
    }
    CHECK(gatherings == 6);
    CHECK_THAT(episodes.planGathering(episode, discharge.addDays(20)).error().toStdString(), Catch::Contains("all are planned"));
    test::requireOk(episodes.startPhase(test::phaseId(episodes, episode, QStringLiteral("phase2")), discharge));
    const auto calls = episodes.followUps(episode);
    REQUIRE(calls.ok());
    REQUIRE(calls->size() >= 10);
    test::requireOk(episodes.recordFollowUp(calls->first().id, calls->first().plannedOn, QStringLiteral("Going well, attends AA")));

    // Stabilization stay: refused after a positive test since Phase 1.
    test::rawExec(*journal, QStringLiteral(
        "INSERT INTO substance_test (patient_id, sampled_at, sample_day, sample_type, supervised, refused, taken_by, "
        "lab_status, outcome, recorded_by, recorded_at) VALUES (%1, 0, %2, 0, 1, 0, 'N', 0, 2, 'N', 0)") // urine, none, positive
        .arg(kari).arg(teststored::day(discharge.addDays(40))));
    const auto stabilization = episodes.enrol({kari, BuiltinPrograms::stabilization, discharge.addDays(60), {}, {}});
    CHECK(stabilization.error() == QStringLiteral("Stabilization stay needs abstinence since Phase 1: positive test on %1.")
                                       .arg(discharge.addDays(40).toString(QStringLiteral("dd.MM.yyyy"))));

    // Relapse treatment: allowed now that Phase 2 has started; its length comes from the assessment.
    const qint64 relapse = test::enrol(episodes, {kari, BuiltinPrograms::relapse, discharge.addDays(61)});
    const auto assessed = care.assessRelapse(relapse, 40, QStringLiteral("Lost job"), QStringLiteral("Alone at home"), false);
    REQUIRE(assessed.ok());
    CHECK(assessed->recommendedDays == 28);
    CHECK_FALSE(care.assessRelapse(relapse, 40, QString(), QString(), false).ok());

    // Report.
    const QString report = joinedLines(EpisodeReport::build(*journal, episode, discharge.addDays(61)));
    CHECK_THAT(report.toStdString(), Catch::Contains("Detox: completed") && Catch::Contains("Phase 1: completed")
                                         && Catch::Contains("(90 days; planned to end 18.04.2027)") && Catch::Contains("Phase 2: ongoing")
                                         && Catch::Contains("Follow-ups: 1 of") && Catch::Contains("Family program: Inger Nordmann"));
    const auto timeline = TimelineStore(*journal).timeline(kari);
    REQUIRE(timeline.ok());
    CHECK(timeline->size() > 10);
}

TEST_CASE("Service 2, evening and full-time programs, end to end", "[storage][programs][evening]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const qint64 ola = test::addNumberedPatient(*journal, 2, QStringLiteral("Nordmann"));
    const qint64 per = test::addNumberedPatient(*journal, 3, QStringLiteral("Nordmann"));
    const QDate start(2027, 2, 1);

    const qint64 evening = test::enrol(episodes, {ola, BuiltinPrograms::evening, start});
    const qint64 fullTime = test::enrol(episodes, {per, BuiltinPrograms::fullTime, start, {QStringLiteral("detox")}});
    const auto eveningPlan = episodes.episode(evening);
    const auto fullPlan = episodes.episode(fullTime);
    REQUIRE(eveningPlan.ok());
    REQUIRE(fullPlan.ok());
    // The evening program is longer and its aftercare shorter than the full-time program's.
    const auto days = [](const Phase *p) { return p->plannedStart.daysTo(p->plannedEnd); };
    CHECK(days(eveningPlan->phaseByCode(QStringLiteral("program"))) > days(fullPlan->phaseByCode(QStringLiteral("program"))));
    CHECK(days(eveningPlan->phaseByCode(QStringLiteral("aftercare"))) < days(fullPlan->phaseByCode(QStringLiteral("aftercare"))));
    CHECK(ProgramStore(*journal).find(BuiltinPrograms::evening)->testing == QStringLiteral("daily"));
    CHECK(ProgramStore(*journal).find(BuiltinPrograms::fullTime)->testing == QStringLiteral("daily"));

    // Full-time: detox with medical staff first, aftercare up to a year.
    CHECK_THAT(episodes.startPhase(test::phaseId(episodes, fullTime, QStringLiteral("program")), start).error().toStdString(),
               Catch::Contains("needs detox finished first"));
    test::requireOk(episodes.startPhase(test::phaseId(episodes, fullTime, QStringLiteral("detox")), start));
    test::requireOk(episodes.completePhase(test::phaseId(episodes, fullTime, QStringLiteral("detox")), start.addDays(7)));
    test::requireOk(episodes.startPhase(test::phaseId(episodes, fullTime, QStringLiteral("program")), start.addDays(7)));
    test::requireOk(episodes.completePhase(test::phaseId(episodes, fullTime, QStringLiteral("program")), start.addDays(63)));
    const qint64 aftercare = test::phaseId(episodes, fullTime, QStringLiteral("aftercare"));
    test::requireOk(episodes.startPhase(aftercare, start.addDays(63)));
    CHECK_THAT(episodes.replanPhaseEnd(aftercare, start.addDays(63 + 400), QStringLiteral("longer aftercare")).error().toStdString(), Catch::Contains("cannot last more than 365 days"));

    // Evening: the patient keeps working; discharged early with a reason.
    test::requireOk(episodes.startPhase(test::phaseId(episodes, evening, QStringLiteral("program")), start));
    CHECK_THAT(episodes.discharge(evening, start.addDays(30), QString(), false).error().toStdString(), Catch::Contains("Say why"));
    test::requireOk(episodes.discharge(evening, start.addDays(30), QStringLiteral("Moved to another town"), false));
    const QString report = joinedLines(EpisodeReport::build(*journal, evening, start.addDays(31)));
    CHECK_THAT(report.toStdString(), Catch::Contains("discharged early") && Catch::Contains("Moved to another town")
                                         && Catch::Contains("Aftercare: cancelled"));
    CHECK(episodes.currentProgram(ola, start.addDays(31))->isEmpty());
    CHECK_THAT(episodes.currentProgram(per, start.addDays(70))->toStdString(), Catch::Contains("Full-time program · Aftercare, day 8 of 365"));
}

TEST_CASE("Service 3, specialist pathway, end to end", "[storage][programs][specialist]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    CareRecordStore care(*journal);
    RecoveryStore recovery(*journal);
    const qint64 patient = test::addNumberedPatient(*journal, 4, QStringLiteral("Nordmann"));
    const QDate start(2027, 3, 1);
    const qint64 episode = test::enrol(episodes, {patient, BuiltinPrograms::specialist, start});

    test::requireOk(episodes.startPhase(test::phaseId(episodes, episode, QStringLiteral("assessment")), start));
    test::requireOk(episodes.completePhase(test::phaseId(episodes, episode, QStringLiteral("assessment")), start.addDays(8)));
    test::requireOk(episodes.startPhase(test::phaseId(episodes, episode, QStringLiteral("detox")), start.addDays(8)));

    Medication methadone{0, patient, QStringLiteral("methadone"), QStringLiteral("80 mg daily"), start, QDate(), QStringLiteral("Dr. LAR"), QString()};
    const auto medId = care.addMedication(methadone);
    REQUIRE(medId.ok());
    CHECK_THAT(care.addMedication({0, patient, QStringLiteral("disulfiram"), QString(), start, QDate(), {}, {}}).error().toStdString(), Catch::Contains("dose"));
    CHECK_THAT(care.addMedication({0, patient, QStringLiteral("ADHD medication"), QStringLiteral("36 mg"), start, start.addDays(-1), {}, {}}).error().toStdString(),
               Catch::Contains("cannot stop"));
    REQUIRE(care.addMedication({0, patient, QStringLiteral("buprenorphine"), QStringLiteral("16 mg"), start.addDays(-100), start.addDays(-1), {}, {}}).ok());
    CHECK(care.activeMedications(patient, start.addDays(10))->size() == 1);
    test::requireOk(care.stopMedication(*medId, start.addDays(60), QStringLiteral("tapered off")));
    CHECK(care.activeMedications(patient, start.addDays(61))->isEmpty());

    CHECK_THAT(care.addCoercion({0, episode, QString(), QStringLiteral("Kommunen"), start, QDate(), {}}).error().toStdString(),
               Catch::Contains("legal basis"));
    REQUIRE(care.addCoercion({0, episode, QStringLiteral("Helse- og omsorgstjenesteloven § 10-2"), QStringLiteral("Fylkesnemnda"), start, start.addMonths(3), {}}).ok());
    REQUIRE(care.addRelativeAdvice({0, episode, QStringLiteral("Berit Nordmann"), start.addDays(3), true, {}}).ok());
    CHECK_FALSE(care.addRelativeAdvice({0, episode, QString(), start, true, {}}).ok());

    auto plan = recovery.plan(episode);
    REQUIRE(plan.ok());
    CHECK(plan->areas.size() == 9);
    plan->reviewDate = start.addMonths(2);
    plan->areas[0].goals = QStringLiteral("No intake during treatment");
    CHECK_THAT(recovery.savePlan(*plan).error().toStdString(), Catch::Contains("has goals but no measures"));
    plan->areas[0].measures = QStringLiteral("Daily tests, craving diary");
    plan->areas[4].goals = QStringLiteral("Own flat after discharge");
    plan->areas[4].measures = QStringLiteral("NAV housing meeting");
    test::requireOk(recovery.savePlan(*plan));
    const auto saved = recovery.plan(episode);
    CHECK(saved->areas[4].goals == QStringLiteral("Own flat after discharge"));

    test::requireOk(recovery.recordStep(patient, {1, start, start.addDays(20), QStringLiteral("Terapeut T"), {}}));
    CHECK_THAT(recovery.recordStep(patient, {3, start, start.addDays(20), QStringLiteral("Terapeut T"), {}}).error().toStdString(),
               Catch::Contains("before step 2"));

    const QString report = joinedLines(EpisodeReport::build(*journal, episode, start.addDays(20)));
    CHECK_THAT(report.toStdString(), Catch::Contains("Medication: methadone 80 mg daily")
                                         && Catch::Contains("Coercion: helse- og omsorgstjenesteloven § 10-2, retention without consent, decided by the county board (fylkesnemnda)")
                                         && Catch::Contains("Advice offered to Berit Nordmann") && Catch::Contains("goals in 2 of 9 life areas")
                                         && Catch::Contains("step 1 completed") && Catch::Contains("Detox: ongoing"));
}

TEST_CASE("Service 4, LAR groups: criteria, prerequisite and places", "[storage][programs][lar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const QDate start(2027, 1, 11);
    const qint64 first = test::addLarPatient(*journal, 5, QStringLiteral("Nordmann"));

    auto excluded = noneApply(*journal, BuiltinPrograms::traumaLevel1);
    excluded[1].second = true; // serious self-harm
    CHECK(episodes.enrol({first, BuiltinPrograms::traumaLevel1, start, {}, excluded}).error()
          == QStringLiteral("Excluded from Trauma group level 1: serious self-harm."));
    CHECK(episodes.enrol({first, BuiltinPrograms::traumaLevel2, start, {}, noneApply(*journal, BuiltinPrograms::traumaLevel2)}).error()
          == QStringLiteral("Trauma group level 2 needs Trauma group level 1 completed."));
    const qint64 level1 = test::enrol(episodes, {first, BuiltinPrograms::traumaLevel1, start, {}, noneApply(*journal, BuiltinPrograms::traumaLevel1)});
    // The criteria are assessed by whoever records the enrolment (here the system), never a typed name.
    auto assessor = RawSqlForTests::run(*journal, QStringLiteral("SELECT DISTINCT assessed_by FROM criteria_assessment WHERE episode_id = ?"), {level1});
    REQUIRE(assessor.ok());
    REQUIRE(assessor->next());
    CHECK(assessor->value(0).toString() == QStringLiteral("system"));
    const auto recorded = episodes.assessment(level1);
    REQUIRE(recorded.ok());
    CHECK(recorded->size() == 7);
    const qint64 course = test::phaseId(episodes, level1, QStringLiteral("course"));
    test::requireOk(episodes.startPhase(course, start));
    test::requireOk(episodes.completePhase(course, start.addDays(77)));
    CHECK(episodes.episode(level1)->status == Episode::Status::Completed);
    test::enrol(episodes, {first, BuiltinPrograms::traumaLevel2, start.addDays(84), {}, noneApply(*journal, BuiltinPrograms::traumaLevel2)});

    // MBRP: 12 places.
    for (int i = 0; i < 12; ++i)
        test::enrol(episodes, {test::addLarPatient(*journal, 10 + i, QStringLiteral("Mbrp")), BuiltinPrograms::mbrp, start, {}, noneApply(*journal, BuiltinPrograms::mbrp)});
    const qint64 thirteenth = test::addLarPatient(*journal, 30, QStringLiteral("Mbrp"));
    CHECK(episodes.enrol({thirteenth, BuiltinPrograms::mbrp, start, {}, noneApply(*journal, BuiltinPrograms::mbrp)}).error()
          == QStringLiteral("MBRP from 11.01.2027 is full (12 of 12)."));
    auto unmotivated = noneApply(*journal, BuiltinPrograms::mbrp);
    unmotivated[1].second = false;
    CHECK(*episodes.openEpisodes(BuiltinPrograms::mbrp) == 12);

    const QString report = joinedLines(EpisodeReport::build(*journal, level1, start.addDays(90)));
    CHECK_THAT(report.toStdString(), Catch::Contains("Criteria assessment: major life crisis: no") && Catch::Contains("completed"));
}

TEST_CASE("Service 5, municipal 12-step day treatment, end to end", "[storage][programs][municipal]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    CareRecordStore care(*journal);
    const qint64 patient = test::addNumberedPatient(*journal, 6, QStringLiteral("Nordmann"));
    const QDate start(2027, 1, 4);
    const qint64 episode = test::enrol(episodes, {patient, BuiltinPrograms::municipalDay, start});

    const qint64 info = test::phaseId(episodes, episode, QStringLiteral("information"));
    const qint64 motivation = test::phaseId(episodes, episode, QStringLiteral("motivation"));
    const qint64 day = test::phaseId(episodes, episode, QStringLiteral("day-treatment"));
    test::requireOk(episodes.startPhase(info, start));
    test::requireOk(episodes.completePhase(info, start));
    CHECK_THAT(episodes.startPhase(day, start.addDays(1)).error().toStdString(), Catch::Contains("cannot start before Motivation group is completed"));
    test::requireOk(episodes.startPhase(motivation, start.addDays(1)));
    test::requireOk(episodes.completePhase(motivation, start.addDays(28)));
    const QDate dayStart = start.addDays(28);
    test::requireOk(episodes.startPhase(day, dayStart));
    CHECK_THAT(care.recordDayTreatment(episode, dayStart.addDays(-3), 240).error().toStdString(), Catch::Contains("is outside Day treatment"));

    // Four weeks, Monday to Wednesday 4.5 hours; the second week only two days, one of them short.
    for (int week = 0; week < 4; ++week) {
        for (int d = 0; d < 3; ++d) {
            if (week == 1 && d == 2)
                continue;
            test::requireOk(care.recordDayTreatment(episode, dayStart.addDays(week * 7 + d), week == 1 && d == 0 ? 150 : 270));
        }
    }
    const auto check = care.checkDayTreatment(episode, dayStart.addDays(27));
    REQUIRE(check.ok());
    CHECK(check->daysAttended == 10); // the day of 2 h 30 min does not count
    REQUIRE(check->problems.size() == 2);
    CHECK_THAT(check->problems.at(0).toStdString(), Catch::Contains("2 h 30 min"));
    CHECK_THAT(check->problems.at(1).toStdString(), Catch::Contains("had 1 day-treatment days"));

    const QString report = joinedLines(EpisodeReport::build(*journal, episode, dayStart.addDays(27)));
    CHECK_THAT(report.toStdString(), Catch::Contains("Day treatment: 10 of 100 days") && Catch::Contains("Aftercare: planned"));
}

TEST_CASE("Editing a template never rewrites planned episodes", "[storage][programs]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    ProgramStore programs(*journal);
    const qint64 patient = test::addNumberedPatient(*journal, 7, QStringLiteral("Nordmann"));
    const qint64 before = test::enrol(episodes, {patient, BuiltinPrograms::evening, QDate(2027, 1, 4)});

    auto evening = programs.find(BuiltinPrograms::evening);
    REQUIRE(evening.ok());
    evening->phases[0].name = QStringLiteral("Kveldsprogram");
    evening->phases[0].defaultDays = 120;
    test::requireOk(programs.update(*evening));
    CHECK(programs.find(BuiltinPrograms::evening)->revision == 2);
    evening->phases[0].defaultDays = 400;
    CHECK_THAT(programs.update(*evening).error().toStdString(), Catch::Contains("longer than the most allowed"));
    evening->phases.clear();
    CHECK_THAT(programs.update(*evening).error().toStdString(), Catch::Contains("at least one phase"));

    const auto kept = episodes.episode(before);
    REQUIRE(kept.ok());
    CHECK(kept->phases.first().name == QStringLiteral("Evening program"));
    CHECK(kept->phases.first().plannedStart.daysTo(kept->phases.first().plannedEnd) == 140);
    CHECK(kept->programRevision == 1);

    const qint64 other = test::addNumberedPatient(*journal, 8, QStringLiteral("Nordmann"));
    const auto after = episodes.episode(test::enrol(episodes, {other, BuiltinPrograms::evening, QDate(2027, 1, 4)}));
    CHECK(after->phases.first().name == QStringLiteral("Kveldsprogram"));
    CHECK(after->programRevision == 2);
}

TEST_CASE("Enrolment refuses unknown patients and programs", "[storage][programs]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    CHECK_THAT(episodes.enrol({4242, BuiltinPrograms::evening, QDate(2027, 1, 4), {}, {}}).error().toStdString(), Catch::Contains("no patient number 4242"));
    const qint64 patient = test::addNumberedPatient(*journal, 9, QStringLiteral("Nordmann"));
    CHECK_THAT(episodes.enrol({patient, QStringLiteral("Juggling"), QDate(2027, 1, 4), {}, {}}).error().toStdString(), Catch::Contains("no program called"));
    CHECK_THAT(episodes.startPhase(999, QDate(2027, 1, 4)).error().toStdString(), Catch::Contains("no phase number 999"));
}
