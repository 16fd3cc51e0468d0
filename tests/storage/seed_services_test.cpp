// The five services as the seeds describe them (issue 16, "Rules and
// templates that disagree with the seeds"): each case uses the seed's
// numbers and failed on the behaviour before its fix.

#include "support/testjournals.h"

#include "programs/builtinprograms.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/intakestore.h"
#include "storage/patientstore.h"
#include "common/clinictime.h"
#include "storage/migration.h"
#include "storage/calendarstore.h"
#include "storage/outingstore.h"
#include "storage/programstore.h"

using namespace trinn;

namespace {

EpisodeStore::Enrolment enrolment(qint64 patient, const QString &program, QDate start,
                                  const QStringList &optional = {}, const QList<std::pair<QString, bool>> &assessment = {})
{
    EpisodeStore::Enrolment e;
    e.patientId = patient;
    e.program = program;
    e.start = start;
    e.optionalPhases = optional;
    e.assessment = assessment;
    return e;
}

// Every criterion of a course assessed as the patient fits it.
QList<std::pair<QString, bool>> fits(Journal &journal, const QString &code)
{
    QList<std::pair<QString, bool>> assessment;
    const auto program = ProgramStore(journal).find(code);
    REQUIRE(program.ok());
    for (const Criterion &c : program->criteria)
        assessment.append({c.key(), c.kind == Criterion::Kind::Inclusion});
    return assessment;
}

} // namespace

TEST_CASE("Seed 11: each MBRP cohort has its own 12 places", "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const QDate first(2027, 1, 11);
    const QDate second = first.addDays(8 * 7); // the next cohort, after the 8 weeks of the first
    for (int i = 0; i < 12; ++i)
        test::enrol(episodes, enrolment(test::addLarPatient(*journal, i, QStringLiteral("Seed")), BuiltinPrograms::mbrp, first, {}, fits(*journal, BuiltinPrograms::mbrp)));
    const qint64 late = test::addLarPatient(*journal, 20, QStringLiteral("Seed"));
    CHECK(episodes.enrol(enrolment(late, BuiltinPrograms::mbrp, first, {}, fits(*journal, BuiltinPrograms::mbrp))).error()
          == QStringLiteral("MBRP from 11.01.2027 is full (12 of 12)."));
    // The first cohort still runs; the next one has its own places.
    for (int i = 0; i < 12; ++i)
        test::enrol(episodes, enrolment(test::addLarPatient(*journal, 30 + i, QStringLiteral("Seed")), BuiltinPrograms::mbrp, second, {}, fits(*journal, BuiltinPrograms::mbrp)));
    CHECK(episodes.enrol(enrolment(late, BuiltinPrograms::mbrp, second, {}, fits(*journal, BuiltinPrograms::mbrp))).error()
          == QStringLiteral("MBRP from 08.03.2027 is full (12 of 12)."));
}

TEST_CASE("Seed 8: the evening and the full-time program are alternatives, and one residential stay at a time",
          "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const QDate start(2027, 1, 4);
    const qint64 kari = test::addNumberedPatient(*journal, 1, QStringLiteral("Seed"));
    test::enrol(episodes, enrolment(kari, BuiltinPrograms::evening, start));
    CHECK_THAT(episodes.enrol(enrolment(kari, BuiltinPrograms::fullTime, start.addDays(7))).error().toStdString(),
               Catch::Contains("are alternatives") && Catch::Contains("Evening program (from 04.01.2027)"));

    // Phase 1 of 84 days from 04.01.2027; the specialist pathway's stay would overlap it.
    const qint64 ola = test::addNumberedPatient(*journal, 2, QStringLiteral("Seed"));
    test::enrol(episodes, enrolment(ola, BuiltinPrograms::residential, start));
    CHECK_THAT(episodes.enrol(enrolment(ola, BuiltinPrograms::specialist, start.addDays(14))).error().toStdString(),
               Catch::Contains("one residential program at a time") && Catch::Contains("Phase 1 in Residential 12-step treatment"));
    CHECK_THAT(episodes.enrol(enrolment(ola, BuiltinPrograms::fullTime, start.addDays(28))).error().toStdString(),
               Catch::Contains("one residential program at a time"));
    // After Phase 1 (29.03.2027) a stay in another program does not overlap it.
    test::enrol(episodes, enrolment(ola, BuiltinPrograms::evening, start.addDays(90)));
}

TEST_CASE("Seed 13: criteria are codes, whatever the journal's language - an unknown one is refused with the valid ones",
          "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const QDate start(2027, 1, 11);
    const qint64 kari = test::addLarPatient(*journal, 1, QStringLiteral("Seed"));
    auto misspelt = fits(*journal, BuiltinPrograms::traumaLevel1);
    misspelt.append({QStringLiteral("self-harn"), true});
    const QString refused = episodes.enrol(enrolment(kari, BuiltinPrograms::traumaLevel1, start, {}, misspelt)).error();
    CHECK_THAT(refused.toStdString(), Catch::Contains("\"self-harn\" is not a criterion of Trauma group level 1")
                                          && Catch::Contains("self-harm (serious self-harm)") && Catch::Contains("acting-out"));

    // A journal in Bokmål has the criteria's text in Bokmål; the codes stay.
    ProgramStore programs(*journal);
    auto trauma = programs.find(BuiltinPrograms::traumaLevel1);
    REQUIRE(trauma.ok());
    for (Criterion &c : trauma->criteria) {
        if (c.code == QStringLiteral("self-harm"))
            c.text = QStringLiteral("alvorlig selvskading");
    }
    test::requireOk(programs.update(*trauma));
    auto selfHarm = fits(*journal, BuiltinPrograms::traumaLevel1);
    for (auto &entry : selfHarm) {
        if (entry.first == QStringLiteral("self-harm"))
            entry.second = true;
    }
    CHECK(episodes.enrol(enrolment(kari, BuiltinPrograms::traumaLevel1, start, {}, selfHarm)).error()
          == QStringLiteral("Excluded from Trauma group level 1: alvorlig selvskading."));
    const qint64 episode = test::enrol(episodes, enrolment(kari, BuiltinPrograms::traumaLevel1, start, {}, fits(*journal, BuiltinPrograms::traumaLevel1)));
    auto stored = RawSqlForTests::run(*journal, QStringLiteral("SELECT criterion FROM criteria_assessment WHERE episode_id = ? ORDER BY id"), {episode});
    REQUIRE(stored.ok());
    REQUIRE(stored->next());
    CHECK(stored->value(0).toString() == QStringLiteral("life-crisis"));
    const auto shown = episodes.assessment(episode);
    REQUIRE(shown.ok());
    CHECK(shown->at(1).first == QStringLiteral("alvorlig selvskading"));
}

TEST_CASE("Migration 22: criteria and coercion stored as words become codes", "[storage][programs][seed][migrations]")
{
    const test::Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    {
        Journal::Options before;
        before.mode = Journal::OpenMode::CreateIfMissing;
        before.kindIfCreated = JournalKind::Demo;
        before.migrations.clear();
        for (const Migration &m : Migration::builtin()) {
            if (m.version < 22)
                before.migrations.append(m);
        }
        auto old = Journal::open(location, before);
        INFO(old.error().toStdString());
        REQUIRE(old.ok());
        Journal &j = **old;
        const qint64 patient = test::addNumberedPatient(j, 1, QStringLiteral("Seed"));
        for (const QString &sql :
             {QStringLiteral("INSERT INTO episode (patient_id, program_id, program_code, program_name, program_revision, status, "
                             "start_date, discharge_reason, created_at) SELECT %1, id, code, name, 1, 'active', '2027-01-11', '', 0 "
                             "FROM program_template WHERE code = 'lar-trauma-1'").arg(patient),
              QStringLiteral("INSERT INTO criteria_assessment (episode_id, criterion, kind, met, assessed_by, assessed_at) "
                             "SELECT id, 'alvorlig selvskading', 'exclusion', 0, 'x', 0 FROM episode"),
              QStringLiteral("INSERT INTO criteria_assessment (episode_id, criterion, kind, met, assessed_by, assessed_at) "
                             "SELECT id, 'something else', 'exclusion', 0, 'x', 0 FROM episode"),
              QStringLiteral("INSERT INTO coercion (episode_id, legal_basis, decided_by, decided_on, valid_until, note) "
                             "SELECT id, 'Helse- og omsorgstjenesteloven § 10-2', 'Fylkesnemnda i Oslo', '2027-01-11', NULL, '' FROM episode")})
            REQUIRE(RawSqlForTests::run(j, sql).ok());
    }
    auto journal = Journal::open(location);
    REQUIRE(journal.ok());
    auto criteria = RawSqlForTests::run(**journal, QStringLiteral("SELECT criterion FROM criteria_assessment ORDER BY id"));
    REQUIRE(criteria.ok());
    QStringList codes;
    while (criteria->next())
        codes << criteria->value(0).toString();
    CHECK(codes == QStringList{QStringLiteral("self-harm"), QStringLiteral("something else")});
    const auto trauma = ProgramStore(**journal).find(BuiltinPrograms::traumaLevel1);
    REQUIRE(trauma.ok());
    CHECK(trauma->criteria.at(1).code == QStringLiteral("self-harm"));
    auto coercion = RawSqlForTests::run(**journal, QStringLiteral("SELECT legal_basis, decided_by FROM coercion"));
    REQUIRE(coercion.ok());
    REQUIRE(coercion->next());
    CHECK(coercion->value(0).toString() == QStringLiteral("hol-10-2"));
    CHECK(coercion->value(1).toString() == QStringLiteral("county-board"));
}

TEST_CASE("Seed 14: the 10-working-day assessment right is for specialist health service referrals only",
          "[storage][intake][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    ReferralStore referrals(*journal);
    // Received on the Friday before Easter week 2026: 10 working days end 15.04.2026.
    const QDate received(2026, 3, 27);
    const auto receive = [&](const QString &program) {
        Referral r;
        r.personName = QStringLiteral("Per Persen");
        r.source = QStringLiteral("gp");
        r.receivedOn = received;
        r.requestedService = program;
        return referrals.receive(r);
    };
    for (const QString &program : {BuiltinPrograms::municipalDay, BuiltinPrograms::mbrp, BuiltinPrograms::traumaLevel1}) {
        INFO(program.toStdString());
        const auto id = receive(program);
        REQUIRE(id.ok());
        const auto r = referrals.referral(*id);
        REQUIRE(r.ok());
        CHECK_FALSE(r->assessmentRight);
        CHECK_FALSE(ReferralRules::currentDeadline(*r).isValid());
        CHECK(ReferralRules::deadlineText(*r, received.addDays(30)).isEmpty());
    }
    const auto specialist = receive(BuiltinPrograms::specialist);
    REQUIRE(specialist.ok());
    CHECK(ReferralRules::currentDeadline(*referrals.referral(*specialist)) == QDate(2026, 4, 15));
    CHECK_THAT(receive(QStringLiteral("yoga")).error().toStdString(),
               Catch::Contains("There is no program \"yoga\" to refer to") && Catch::Contains("lar-mbrp"));

    // The pathway's own assessment phase is 10 calendar days, apart from the right's 10 working days.
    EpisodeStore episodes(*journal);
    const qint64 episode = test::enrol(episodes, enrolment(test::addNumberedPatient(*journal, 1, QStringLiteral("Seed")), BuiltinPrograms::specialist, received));
    const auto planned = episodes.episode(episode);
    REQUIRE(planned.ok());
    CHECK(planned->phaseByCode(QStringLiteral("assessment"))->plannedEnd == QDate(2026, 4, 6));
}

TEST_CASE("Seed 2: Phase 1's 6 months hold on completion and on template edits", "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const QDate admission(2027, 1, 11);
    const qint64 episode = test::enrol(episodes, enrolment(test::addNumberedPatient(*journal, 1, QStringLiteral("Seed")), BuiltinPrograms::residential, admission));
    const qint64 phase1 = test::phaseId(episodes, episode, QStringLiteral("phase1"));
    test::requireOk(episodes.startPhase(phase1, admission));
    // 6 months and 13 days after admission.
    CHECK(episodes.completePhase(phase1, QDate(2027, 7, 24)).error()
          == QStringLiteral("Phase 1 cannot exceed 6 months: completed on 24.07.2027 it would be 6 months and 13 days after "
                            "admission (11.01.2027)."));
    test::requireOk(episodes.completePhase(phase1, QDate(2027, 7, 11)));

    ProgramStore programs(*journal);
    auto residential = programs.find(BuiltinPrograms::residential);
    REQUIRE(residential.ok());
    for (PhaseTemplate &p : residential->phases) {
        if (p.code == QStringLiteral("phase1"))
            p.defaultDays = 300;
    }
    CHECK_THAT(programs.update(*residential).error().toStdString(),
               Catch::Contains("Phase 1: the planned length (300 days) is longer than 6 months"));
}

namespace {

// Kari through Phase 1 (84 days from 11.01.2027) and into Phase 2: the episode.
qint64 inPhase2(Journal &journal, EpisodeStore &episodes, qint64 patient, QDate admission, QDate *discharge)
{
    const qint64 episode = test::enrol(episodes, enrolment(patient, BuiltinPrograms::residential, admission));
    const qint64 phase1 = test::phaseId(episodes, episode, QStringLiteral("phase1"));
    test::requireOk(episodes.startPhase(phase1, admission));
    *discharge = admission.addDays(84);
    test::requireOk(episodes.completePhase(phase1, *discharge));
    test::requireOk(episodes.startPhase(test::phaseId(episodes, episode, QStringLiteral("phase2")), *discharge));
    Q_UNUSED(journal);
    return episode;
}

} // namespace

TEST_CASE("Seed 4: a relapse stay is planned with the length its assessment gives", "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    CareRecordStore care(*journal);
    const qint64 kari = test::addNumberedPatient(*journal, 1, QStringLiteral("Seed"));
    QDate discharge;
    inPhase2(*journal, episodes, kari, QDate(2027, 1, 11), &discharge);
    const QDate start = discharge.addDays(200);
    const qint64 relapse = test::enrol(episodes, enrolment(kari, BuiltinPrograms::relapse, start));
    // Sober 200 days, serious circumstances: 21 + 14 = 35 days.
    const auto assessed = care.assessRelapse(relapse, 200, QStringLiteral("Lost the flat"), QStringLiteral("Overdose"), true);
    REQUIRE(assessed.ok());
    CHECK(assessed->recommendedDays == 35);
    const auto stay = episodes.episode(relapse);
    REQUIRE(stay.ok());
    const Phase *p = stay->phaseByCode(QStringLiteral("stay"));
    REQUIRE(p);
    CHECK(p->plannedStart.daysTo(p->plannedEnd) == 35);
}

TEST_CASE("Seed 5: an AA/NA meeting at the clinic does not reset the 14 days to the next outing", "[storage][groups][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    OutingStore outings(*journal);
    const QDate today = clinictime::today();
    const qint64 kari = test::addNumberedPatient(*journal, 1, QStringLiteral("Seed"));
    const qint64 episode = test::enrol(episodes, enrolment(kari, BuiltinPrograms::residential, today.addDays(-20)));
    test::requireOk(episodes.startPhase(test::phaseId(episodes, episode, QStringLiteral("phase1")), today.addDays(-20)));
    Outing atClinic;
    atClinic.kind = QStringLiteral("NA");
    atClinic.place = QStringLiteral("Peisestua");
    atClinic.atClinic = true;
    atClinic.startsAt = clinictime::at(today.addDays(-2), QTime(19, 0));
    atClinic.participants = {kari};
    const auto held = outings.create(atClinic);
    INFO(held.error().toStdString());
    REQUIRE(held.ok());
    const auto due = outings.due(today);
    REQUIRE(due.ok());
    REQUIRE(due->size() == 1);
    CHECK(due->first().patientId == kari);
    CHECK(due->first().days == 20);
}

TEST_CASE("Seed 3: the sixth gathering a year and a week after discharge is planned with its reason in its note",
          "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    QDate discharge;
    const qint64 episode = inPhase2(*journal, episodes, test::addNumberedPatient(*journal, 1, QStringLiteral("Seed")), QDate(2027, 1, 11), &discharge);
    test::requireOk(episodes.skipPhase(test::phaseId(episodes, episode, QStringLiteral("gathering-6")), QStringLiteral("Moved")));
    const QDate late = discharge.addYears(1).addDays(7);
    CHECK_THAT(episodes.planGathering(episode, late).error().toStdString(), Catch::Contains("give the reason"));
    const auto planned = episodes.planGathering(episode, late, QStringLiteral("Was in hospital"));
    INFO(planned.error().toStdString());
    REQUIRE(planned.ok());
    const auto e = episodes.episode(episode);
    REQUIRE(e.ok());
    CHECK_THAT(e->phases.last().note.toStdString(), Catch::Contains("Later than the first year") && Catch::Contains("Was in hospital"));
}

TEST_CASE("Seed 1: tapering is part of Phase 1 - detox stays before admission", "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const QDate day0(2027, 1, 4);
    const qint64 episode = test::enrol(episodes, enrolment(test::addNumberedPatient(*journal, 1, QStringLiteral("Seed")), BuiltinPrograms::residential, day0,
                                                           {QStringLiteral("tapering"), QStringLiteral("detox")}));
    const qint64 detox = test::phaseId(episodes, episode, QStringLiteral("detox"));
    const qint64 phase1 = test::phaseId(episodes, episode, QStringLiteral("phase1"));
    const qint64 tapering = test::phaseId(episodes, episode, QStringLiteral("tapering"));
    CHECK_THAT(episodes.startPhase(phase1, day0).error().toStdString(), Catch::Contains("needs detox finished first"));
    CHECK_THAT(episodes.startPhase(tapering, day0).error().toStdString(), Catch::Contains("Tapering is part of Phase 1"));
    test::requireOk(episodes.startPhase(detox, day0));
    test::requireOk(episodes.completePhase(detox, day0.addDays(7)));
    // Admission with tapering still ahead: it runs inside Phase 1, from admission.
    test::requireOk(episodes.startPhase(phase1, day0.addDays(7)));
    const auto planned = episodes.episode(episode);
    REQUIRE(planned.ok());
    const Phase *p1 = planned->phaseByCode(QStringLiteral("phase1"));
    const Phase *taper = planned->phaseByCode(QStringLiteral("tapering"));
    CHECK(taper->plannedStart == QDate(2027, 1, 11));
    CHECK(taper->plannedEnd < p1->plannedEnd);
    test::requireOk(episodes.startPhase(tapering, day0.addDays(8)));
    test::requireOk(episodes.completePhase(tapering, day0.addDays(30)));
}

TEST_CASE("Seed 6: on 26.12 residential life goes on - a patient at home is not booked", "[storage][calendar][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const Actor therapist = test::therapistInRegister(*journal, QStringLiteral("terje"), QStringLiteral("Terje Terapeut"));
    const QDate admission(2026, 12, 14);
    const QDate boxingDay(2026, 12, 26);
    const qint64 kari = test::addNumberedPatient(*journal, 1, QStringLiteral("Seed"));
    const qint64 episode = test::enrol(episodes, enrolment(kari, BuiltinPrograms::residential, admission));
    test::requireOk(episodes.startPhase(test::phaseId(episodes, episode, QStringLiteral("phase1")), admission));
    const qint64 ola = test::addNumberedPatient(*journal, 2, QStringLiteral("Seed")); // not admitted

    Outing meeting;
    meeting.kind = QStringLiteral("AA");
    meeting.place = QStringLiteral("Peisestua");
    meeting.atClinic = true;
    meeting.startsAt = clinictime::at(boxingDay, QTime(19, 0));
    meeting.participants = {kari};
    const auto held = OutingStore(*journal).create(meeting);
    INFO(held.error().toStdString());
    CHECK(held.ok());

    Appointment session;
    session.patientId = kari;
    session.staffId = therapist.staffId;
    session.startsAt = clinictime::at(boxingDay, QTime(11, 0));
    session.room = QStringLiteral("Samtalerom 1");
    const auto booked = AppointmentStore(*journal).book(session);
    INFO(booked.error().toStdString());
    CHECK(booked.ok());
    session.patientId = ola;
    session.startsAt = clinictime::at(boxingDay, QTime(13, 0));
    CHECK_THAT(AppointmentStore(*journal).book(session).error().toStdString(), Catch::Contains("is a public holiday"));
}

TEST_CASE("Seed 7: the full-time program's medical detox is planned only when asked for", "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const QDate start(2027, 1, 4);
    const auto without = episodes.episode(test::enrol(episodes, enrolment(test::addNumberedPatient(*journal, 1, QStringLiteral("Seed")), BuiltinPrograms::fullTime, start)));
    REQUIRE(without.ok());
    CHECK(without->phaseByCode(QStringLiteral("detox")) == nullptr);
    CHECK(without->phases.first().code == QStringLiteral("program"));
    const auto with = episodes.episode(test::enrol(episodes, enrolment(test::addNumberedPatient(*journal, 2, QStringLiteral("Seed")), BuiltinPrograms::fullTime, start,
                                                                       {QStringLiteral("detox")})));
    REQUIRE(with.ok());
    CHECK(with->phases.first().code == QStringLiteral("detox"));
}

TEST_CASE("Seed 16: Phase 2 follow-ups start between discharge and the first gathering and can be marked done",
          "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    QDate discharge;
    const qint64 episode = inPhase2(*journal, episodes, test::addNumberedPatient(*journal, 1, QStringLiteral("Seed")), QDate(2027, 1, 11), &discharge);
    const auto e = episodes.episode(episode);
    REQUIRE(e.ok());
    const QDate firstGathering = e->phaseByCode(QStringLiteral("gathering-1"))->plannedStart;
    const auto calls = episodes.followUps(episode);
    REQUIRE(calls.ok());
    REQUIRE_FALSE(calls->isEmpty());
    CHECK(calls->first().plannedOn == discharge.addDays(14));
    CHECK(calls->first().plannedOn < firstGathering);
    test::requireOk(episodes.recordFollowUp(calls->first().id, discharge.addDays(15), QStringLiteral("Called; going to AA twice a week")));
    const auto after = episodes.followUps(episode);
    REQUIRE(after.ok());
    CHECK(after->first().doneOn == discharge.addDays(15));
    CHECK(after->first().note == QStringLiteral("Called; going to AA twice a week"));
}

TEST_CASE("Seed 15: day treatment's 100 days: a short day does not count, early completion needs a reason and moves aftercare",
          "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    CareRecordStore care(*journal);
    const QDate start(2027, 1, 4);
    const qint64 episode = test::enrol(episodes, enrolment(test::addNumberedPatient(*journal, 1, QStringLiteral("Seed")), BuiltinPrograms::municipalDay, start));
    for (const char *code : {"information", "motivation"}) {
        const qint64 id = test::phaseId(episodes, episode, QString::fromLatin1(code));
        test::requireOk(episodes.startPhase(id, start));
        test::requireOk(episodes.completePhase(id, start));
    }
    const qint64 day = test::phaseId(episodes, episode, QStringLiteral("day-treatment"));
    test::requireOk(episodes.startPhase(day, start));
    // Nine days of 4 h 30 min, and a Sunday of 2 hours.
    for (int d = 0; d < 9; ++d)
        test::requireOk(care.recordDayTreatment(episode, start.addDays(d + (d / 5) * 2), 270));
    test::requireOk(care.recordDayTreatment(episode, QDate(2027, 1, 10), 120));
    const auto check = care.checkDayTreatment(episode, QDate(2027, 1, 15));
    REQUIRE(check.ok());
    CHECK(check->daysAttended == 9);
    const QDate end(2027, 1, 15);
    CHECK(episodes.completePhase(day, end).error()
          == QStringLiteral("Day treatment has 9 of 100 days: give the reason for completing it early."));
    test::requireOk(episodes.completePhase(day, end, QStringLiteral("Moved to another municipality")));
    const auto after = episodes.episode(episode);
    REQUIRE(after.ok());
    CHECK(after->phaseByCode(QStringLiteral("aftercare"))->plannedStart == end);
}

TEST_CASE("Seed 17: a bed stay follows an extended Phase 1 and the bed is not booked twice", "[storage][programs][seed][beds]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    BedStore beds(*journal);
    const qint64 kari = test::addNumberedPatient(*journal, 1, QStringLiteral("Seed"));
    const qint64 ola = test::addNumberedPatient(*journal, 2, QStringLiteral("Seed"));
    const QDate admission(2027, 1, 4);
    const qint64 episode = test::enrol(episodes, enrolment(kari, BuiltinPrograms::residential, admission));
    const Result<Episode> planned = episodes.episode(episode);
    REQUIRE(planned.ok());
    const Phase *phase1 = planned->phaseByCode(QStringLiteral("phase1"));
    REQUIRE(phase1);
    test::requireOk(episodes.startPhase(phase1->id, admission));
    const QDate end = phase1->plannedEnd; // 12 weeks
    const auto bed = beds.addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("1")});
    REQUIRE(bed.ok());
    const auto stay = beds.book(*bed, kari, admission, {}, episode);
    INFO(stay.error().toStdString());
    REQUIRE(stay.ok());

    // Extended by two weeks: the stay follows, so the bed is not free for Ola then.
    test::requireOk(episodes.replanPhaseEnd(phase1->id, end.addDays(14), QStringLiteral("Two more weeks agreed")));
    const auto staysAfter = beds.staysBetween(admission, end.addDays(30));
    REQUIRE(staysAfter.ok());
    REQUIRE(staysAfter->size() == 1);
    CHECK(staysAfter->first().end == end.addDays(14));
    CHECK_THAT(beds.book(*bed, ola, end, end.addDays(10)).error().toStdString(), Catch::Contains("is taken by another patient"));

    // Ola takes the bed from the new end; a further extension is refused with the reason, and nothing moves.
    REQUIRE(beds.book(*bed, ola, end.addDays(14), end.addDays(40)).ok());
    CHECK_THAT(episodes.replanPhaseEnd(phase1->id, end.addDays(21), QStringLiteral("One more week")).error().toStdString(),
               Catch::Contains("The stay cannot be extended") && Catch::Contains("is taken by another patient"));
    CHECK(episodes.episode(episode)->phaseByCode(QStringLiteral("phase1"))->plannedEnd == end.addDays(14));
    // Shortened, the stay ends with the phase and the nights are free again.
    test::requireOk(episodes.replanPhaseEnd(phase1->id, end.addDays(7), QStringLiteral("Goals reached early")));
    const auto shortened = beds.staysBetween(admission, end.addDays(10));
    REQUIRE(shortened.ok());
    for (const BedStay &s : *shortened) {
        if (s.patientId == kari)
            CHECK(s.end == end.addDays(7));
    }
}

TEST_CASE("Seed 12: the LAR group offers take adults in LAR with an individual therapist", "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const QDate start(2027, 1, 11);
    const qint64 kari = test::addNumberedPatient(*journal, 1, QStringLiteral("Seed"));
    const auto refused = [&](qint64 patient, const QString &program) {
        return episodes.enrol(enrolment(patient, program, start, {}, fits(*journal, program))).error();
    };
    CHECK(refused(kari, BuiltinPrograms::mbrp)
          == QStringLiteral("MBRP is for patients in LAR: Pasient1 Seed has no opioid agonist (methadone, buprenorphine) prescribed now."));
    // A prescription that is not an opioid agonist does not make her a LAR patient.
    REQUIRE(CareRecordStore(*journal).addMedication({0, kari, QStringLiteral("Antabus"), QStringLiteral("200 mg"), QDate(2026, 6, 1), QDate(), {}, {}}).ok());
    CHECK_THAT(refused(kari, BuiltinPrograms::mbrp).toStdString(), Catch::Contains("is for patients in LAR"));
    REQUIRE(CareRecordStore(*journal).addMedication({0, kari, QStringLiteral("Subutex"), QStringLiteral("8 mg"), QDate(2026, 6, 1), QDate(), {}, {}}).ok());
    CHECK(refused(kari, BuiltinPrograms::traumaLevel1)
          == QStringLiteral("Trauma group level 1 comes in addition to individual therapy: Pasient1 Seed has no therapist on the care team."));
    test::makeLarReady(*journal, kari);
    test::enrol(episodes, enrolment(kari, BuiltinPrograms::traumaLevel1, start, {}, fits(*journal, BuiltinPrograms::traumaLevel1)));

    // An 8-year-old is not taken into the specialist pathway, which is for adults.
    const qint64 child = test::addNumberedPatient(*journal, 2, QStringLiteral("Seed"), QDate(2018, 5, 2));
    CHECK(refused(child, BuiltinPrograms::specialist) == QStringLiteral("Specialist pathway is for patients from 18 years: Pasient2 Seed is 8."));
}
