#include "support/testjournals.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "storage/staffstore.h"
#include "storage/episodestore.h"
#include "storage/intakestore.h"
#include "storage/patientstore.h"

// The core doors the services' end-to-end UI tests needed (issue 16), on
// both backends: the decision on the right to necessary health care kept
// with each decision on a referral, and an episode's beds freed when the
// patient leaves.

using namespace trinn;

TEST_CASE("The decision on the right to necessary health care is kept with the referral's decisions", "[storage][intake][e2e]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    ReferralStore referrals(*journal);
    const QDate today = clinictime::today();
    const auto received = [&](const QString &name) {
        Referral r;
        r.personName = name;
        r.source = QStringLiteral("gp");
        r.receivedOn = today;
        r.requestedService = BuiltinPrograms::residential;
        const Result<qint64> id = referrals.receive(r);
        REQUIRE(id.ok());
        return *id;
    };
    const qint64 granted = received(QStringLiteral("Kari Nordmann"));
    const qint64 refused = received(QStringLiteral("Ola Hansen"));
    const qint64 undecided = received(QStringLiteral("Per Olsen"));
    CHECK(referrals.referral(granted)->careRight == Referral::CareRight::Undecided);
    REQUIRE(referrals.assess(granted, today, today.addDays(14), 2, {}, Referral::CareRight::Granted).ok());
    REQUIRE(referrals.assess(refused, today, today.addDays(60), 3, {}, Referral::CareRight::Refused).ok());
    REQUIRE(referrals.assess(undecided, today, today.addDays(30), 2).ok()); // as trinnctl and the demo do
    CHECK(referrals.referral(granted)->careRight == Referral::CareRight::Granted);
    CHECK(referrals.referral(refused)->careRight == Referral::CareRight::Refused);
    CHECK(referrals.referral(undecided)->careRight == Referral::CareRight::Undecided);
    // Carried into the next decision, and kept in the history.
    REQUIRE(referrals.planAdmission(granted, today.addDays(7)).ok());
    CHECK(referrals.referral(granted)->careRight == Referral::CareRight::Granted);
    const Result<QList<ReferralDecision>> history = referrals.history(granted);
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).careRight == Referral::CareRight::Granted);
    CHECK(history->at(1).careRight == Referral::CareRight::Granted);
    // Assessed again with the reason: the newer decision says otherwise, the older stays.
    REQUIRE(referrals.assess(granted, today, today.addDays(14), 2, QStringLiteral("new information from the GP"),
                             Referral::CareRight::Refused)
                .ok());
    CHECK(referrals.referral(granted)->careRight == Referral::CareRight::Refused);
    CHECK(referrals.history(granted)->at(0).careRight == Referral::CareRight::Granted);

    // The municipality's day treatment has no such right to decide.
    Referral municipal;
    municipal.personName = QStringLiteral("Arne Dahl");
    municipal.source = QStringLiteral("nav");
    municipal.receivedOn = today;
    municipal.requestedService = BuiltinPrograms::municipalDay;
    const Result<qint64> day = referrals.receive(municipal);
    REQUIRE(day.ok());
    const Status wrong = referrals.assess(*day, today, today.addDays(30), 2, {}, Referral::CareRight::Granted);
    CHECK_THAT(wrong.error().toStdString(), Catch::Contains("specialist health service"));
    CHECK(referrals.referral(*day)->status == Referral::Status::Received);
    CHECK(referrals.assess(*day, today, today.addDays(30), 2).ok());
}

TEST_CASE("An episode's beds are free from the morning the patient leaves", "[storage][beds][e2e]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    NewPatient p;
    p.nationalId = test::ids::born1985;
    p.givenNames = QStringLiteral("Kari");
    p.familyName = QStringLiteral("Nordmann");
    const Result<qint64> patient = PatientStore(*journal).add(p);
    REQUIRE(patient.ok());
    BedStore beds(*journal);
    const Result<qint64> bed = beds.addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("1")});
    REQUIRE(bed.ok());
    const QDate today = clinictime::today();
    EpisodeStore episodes(*journal);
    const auto stayOf = [&](qint64 episodeId) {
        const Result<QList<BedStay>> stays = beds.staysBetween(today.addDays(-10), today.addDays(400));
        REQUIRE(stays.ok());
        BedStay found;
        for (const BedStay &s : *stays) {
            if (s.episodeId == episodeId)
                found = s;
        }
        return found;
    };

    SECTION("full-time: detox over keeps the bed, the program's end frees it")
    {
        const Result<qint64> episode = episodes.enrol({*patient, BuiltinPrograms::fullTime, today, {QStringLiteral("detox")}, {}});
        REQUIRE(episode.ok());
        REQUIRE(beds.book(*bed, *patient, today, {}, *episode).ok());
        const Episode e = *episodes.episode(*episode);
        const QDate planned = e.phaseByCode(QStringLiteral("program"))->plannedEnd;
        CHECK(stayOf(*episode).end == planned);
        REQUIRE(episodes.startPhase(e.phaseByCode(QStringLiteral("detox"))->id, today).ok());
        REQUIRE(episodes.completePhase(e.phaseByCode(QStringLiteral("detox"))->id, today.addDays(7)).ok());
        CHECK(stayOf(*episode).end == planned);
        REQUIRE(episodes.startPhase(e.phaseByCode(QStringLiteral("program"))->id, today.addDays(7)).ok());
        REQUIRE(episodes.completePhase(e.phaseByCode(QStringLiteral("program"))->id, today.addDays(40)).ok());
        CHECK(stayOf(*episode).end == today.addDays(40));
    }
    SECTION("a discharge frees the bed that morning and drops nights not begun")
    {
        const Result<qint64> episode = episodes.enrol({*patient, BuiltinPrograms::residential, today, {}, {}});
        REQUIRE(episode.ok());
        REQUIRE(beds.book(*bed, *patient, today, {}, *episode).ok());
        const Episode e = *episodes.episode(*episode);
        REQUIRE(episodes.startPhase(e.phaseByCode(QStringLiteral("phase1"))->id, today).ok());
        REQUIRE(episodes.discharge(*episode, today.addDays(20), QStringLiteral("moved to another region"), false).ok());
        CHECK(stayOf(*episode).end == today.addDays(20));
        CHECK(beds.board(today.addDays(20))->first().occupant.id == 0);
        CHECK(beds.board(today.addDays(19))->first().occupant.patientId == *patient);
    }
}

// On the server, row-level security decides: a therapist who discharges a
// patient (a change to the program) frees the bed too, though she does not
// book beds. Before migration 30 the bed stayed taken without a word.
TEST_CASE("PostgreSQL: a therapist's discharge through her own login frees the bed", "[storage][beds][e2e][postgres]")
{
    std::unique_ptr<Journal> owner = test::createJournal(test::Backend::PostgreSQL);
    NewPatient p;
    p.nationalId = test::ids::born1985;
    p.givenNames = QStringLiteral("Kari");
    p.familyName = QStringLiteral("Nordmann");
    const Result<qint64> patient = PatientStore(*owner).add(p);
    REQUIRE(patient.ok());
    const QDate today = clinictime::today();
    const Result<qint64> bed = BedStore(*owner).addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("1")});
    REQUIRE(bed.ok());
    const Result<qint64> episode = EpisodeStore(*owner).enrol({*patient, BuiltinPrograms::residential, today, {}, {}});
    REQUIRE(episode.ok());
    REQUIRE(BedStore(*owner).book(*bed, *patient, today, {}, *episode).ok());
    const Episode e = *EpisodeStore(*owner).episode(*episode);
    REQUIRE(EpisodeStore(*owner).startPhase(e.phaseByCode(QStringLiteral("phase1"))->id, today).ok());

    const QString password = QStringLiteral("et langt passord");
    const QString therapist = test::uniqueLogin(QStringLiteral("terapeut"));
    REQUIRE(StaffStore(*owner).add(therapist, therapist, {Role::Therapist}, password).ok());
    auto opened = test::openAs(*owner, therapist, password);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    const Result<Actor> actor = StaffStore(**opened).signIn(therapist, password);
    REQUIRE(actor.ok());
    (*opened)->setActor(*actor);
    REQUIRE(EpisodeStore(**opened).discharge(*episode, today.addDays(20), QStringLiteral("moved to another region"), false).ok());

    const Result<QList<BedStay>> stays = BedStore(*owner).staysBetween(today.addDays(-1), today.addDays(400));
    REQUIRE(stays.ok());
    REQUIRE(stays->size() == 1);
    CHECK(stays->first().end == today.addDays(20));
}
