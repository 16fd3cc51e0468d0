#include "support/testjournals.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "storage/careteamstore.h"
#include "storage/episodestore.h"
#include "storage/followupstore.h"
#include "storage/intakestore.h"
#include "storage/nextofkinstore.h"
#include "storage/patientstore.h"
#include "storage/referraladmission.h"
#include "storage/staffstore.h"

// The use cases behind the desktop's doors of issue 16: admitting a referral
// in one step, the due follow-ups, next of kin with consent, the care team,
// unlocking a staff account. On both backends.

using namespace trinn;
using trinn::test::Backend;

namespace {

qint64 assessedReferral(Journal &journal, const QString &name, const QString &program = BuiltinPrograms::evening)
{
    Referral r;
    r.personName = name;
    r.source = QStringLiteral("gp");
    r.receivedOn = clinictime::today().addDays(-5);
    r.requestedService = program;
    ReferralStore referrals(journal);
    const Result<qint64> id = referrals.receive(r);
    REQUIRE(id.ok());
    REQUIRE(referrals.assess(*id, clinictime::today(), clinictime::today().addDays(30), 2).ok());
    return *id;
}

} // namespace

TEST_CASE("A referral's person is registered and admitted in one transaction", "[storage][doors][intake]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 referral = assessedReferral(*journal, QStringLiteral("Kari Anne Nordmann"));

    SECTION("admitted: patient, active episode in the referral's program, referral linked")
    {
        ReferralAdmission::Request request;
        request.referralId = referral;
        request.person = test::newPatient(test::ids::born1985, QStringLiteral("Kari Anne"), QStringLiteral("Nordmann"));
        request.admittedOn = clinictime::today();
        const Result<ReferralAdmission::Admitted> admitted = ReferralAdmission(*journal).admit(request);
        REQUIRE(admitted.ok());
        const Result<Referral> after = ReferralStore(*journal).referral(referral);
        REQUIRE(after.ok());
        CHECK(after->status == Referral::Status::Admitted);
        CHECK(after->patientId == admitted->patientId);
        const Result<Episode> episode = EpisodeStore(*journal).episode(admitted->episodeId);
        REQUIRE(episode.ok());
        CHECK(episode->programCode == BuiltinPrograms::evening);
        CHECK(episode->status == Episode::Status::Active);
        CHECK(PatientStore(*journal).get(admitted->patientId)->nationalId == test::ids::born1985);
    const auto closed = ReferralStore(*journal).closedSince(clinictime::today());
    REQUIRE(closed.ok());
    REQUIRE(closed->size() == 1);
    CHECK(closed->first().status == Referral::Status::Admitted);
    CHECK(closed->first().patientId == admitted->patientId);
    CHECK(ReferralStore(*journal).closedSince(clinictime::today().addDays(1))->isEmpty());
        // Admitted once: a second time is refused.
        CHECK_THAT(ReferralAdmission(*journal).admit(request).error().toStdString(), Catch::Contains("already"));
    }
    SECTION("refused by the enrolment: the patient is not registered either")
    {
        const qint64 other = assessedReferral(*journal, QStringLiteral("Ola Hansen"));
        ReferralAdmission::Request request;
        request.referralId = other;
        request.person = test::newPatient(test::ids::born1990a, QStringLiteral("Ola"), QStringLiteral("Hansen"));
        request.admittedOn = clinictime::today();
        REQUIRE(ReferralAdmission(*journal).admit(request).ok());
        // Kari's referral, but typed with Ola's national id: registered already, so nothing is saved.
        request.referralId = referral;
        const auto refused = ReferralAdmission(*journal).admit(request);
        CHECK_FALSE(refused.ok());
        CHECK(test::sqlValue(*journal, QStringLiteral("SELECT COUNT(*) FROM patient")).toInt() == 1);
        CHECK(test::sqlValue(*journal, QStringLiteral("SELECT COUNT(*) FROM episode")).toInt() == 1);
        CHECK(ReferralStore(*journal).referral(referral)->status == Referral::Status::Assessed);
    }
    SECTION("a referral not assessed registers nobody")
    {
        Referral r;
        r.personName = QStringLiteral("Per Lie");
        r.source = QStringLiteral("gp");
        r.receivedOn = clinictime::today();
        r.requestedService = BuiltinPrograms::evening;
        const auto received = ReferralStore(*journal).receive(r);
        REQUIRE(received.ok());
        ReferralAdmission::Request request;
        request.referralId = *received;
        request.person = test::newPatient(test::ids::born1990b, QStringLiteral("Per"), QStringLiteral("Lie"));
        request.admittedOn = clinictime::today();
        CHECK_THAT(ReferralAdmission(*journal).admit(request).error().toStdString(), Catch::Contains("Assess the referral"));
        CHECK(test::sqlValue(*journal, QStringLiteral("SELECT COUNT(*) FROM patient")).toInt() == 0);
    }
    SECTION("a therapist may not admit (referrals are read only to them)")
    {
        journal->setActor(test::therapistInRegister(*journal, QStringLiteral("tove"), QStringLiteral("Tove Terapeut")));
        ReferralAdmission::Request request;
        request.referralId = referral;
        request.person = test::newPatient(test::ids::born1985, QStringLiteral("Kari Anne"), QStringLiteral("Nordmann"));
        request.admittedOn = clinictime::today();
        CHECK_THAT(ReferralAdmission(*journal).admit(request).error().toStdString(), Catch::Contains("may not change referrals"));
        CHECK(test::sqlValue(*journal, QStringLiteral("SELECT COUNT(*) FROM patient")).toInt() == 0);
    }
}

TEST_CASE("A referral carries its person's national id and links to the patient registered by it", "[storage][doors][intake]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    ReferralStore referrals(*journal);
    Referral r;
    r.personName = QStringLiteral("Kari Nordmann");
    r.source = QStringLiteral("gp");
    r.receivedOn = clinictime::today();
    r.requestedService = BuiltinPrograms::evening;
    r.nationalId = QStringLiteral("12345678901");
    CHECK_THAT(referrals.receive(r).error().toStdString(), Catch::Contains("not valid"));
    CHECK(test::sqlValue(*journal, QStringLiteral("SELECT COUNT(*) FROM referral")).toInt() == 0);

    // Not registered yet: the id is kept, and the admission registers the person by it.
    r.nationalId = QStringLiteral("158585 10055");
    const Result<qint64> first = referrals.receive(r);
    REQUIRE(first.ok());
    CHECK(referrals.referral(*first)->nationalId == test::ids::born1985);
    CHECK(referrals.referral(*first)->patientId == 0);
    REQUIRE(referrals.assess(*first, clinictime::today(), clinictime::today().addDays(30), 2).ok());
    ReferralAdmission::Request request;
    request.referralId = *first;
    request.person = test::newPatient(QString(), QStringLiteral("Kari"), QStringLiteral("Nordmann"));
    request.admittedOn = clinictime::today();
    const auto admitted = ReferralAdmission(*journal).admit(request);
    REQUIRE(admitted.ok());
    CHECK(PatientStore(*journal).get(admitted->patientId)->nationalId == test::ids::born1985);

    // Registered now: a new referral by the same id is the patient's at once.
    r.requestedService = BuiltinPrograms::residential;
    const Result<qint64> second = referrals.receive(r);
    REQUIRE(second.ok());
    CHECK(referrals.referral(*second)->patientId == admitted->patientId);
    // Admitting it registers nobody new: the referral's patient is admitted.
    REQUIRE(referrals.assess(*second, clinictime::today(), clinictime::today().addDays(30), 2).ok());
    request.referralId = *second;
    request.person = test::newPatient(test::ids::born1990a, QStringLiteral("Someone"), QStringLiteral("Else"));
    const auto again = ReferralAdmission(*journal).admit(request);
    INFO(again.error().toStdString());
    REQUIRE(again.ok());
    CHECK(again->patientId == admitted->patientId);
    CHECK(test::sqlValue(*journal, QStringLiteral("SELECT COUNT(*) FROM patient")).toInt() == 1);
    CHECK(EpisodeStore(*journal).episode(again->episodeId)->programCode == BuiltinPrograms::residential);
}

TEST_CASE("Due follow-ups are listed and marked done once with their outcome", "[storage][doors][followups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = *PatientStore(*journal).add(test::newPatient(test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann")));
    EpisodeStore episodes(*journal);
    // Admitted 100 days ago: Phase 1 (12 weeks) is over, its first follow-ups due.
    const QDate start = clinictime::today().addDays(-100);
    const auto episode = episodes.enrol({kari, BuiltinPrograms::residential, start, {}, {}});
    REQUIRE(episode.ok());
    const auto planned = episodes.followUps(*episode);
    REQUIRE(planned.ok());
    REQUIRE_FALSE(planned->isEmpty());
    FollowUpStore followUps(*journal);
    const auto due = followUps.due(clinictime::today());
    REQUIRE(due.ok());
    REQUIRE_FALSE(due->isEmpty());
    CHECK(due->size() < planned->size()); // the later ones are not due yet
    const FollowUpStore::Due first = due->constFirst();
    CHECK(first.patientName == QStringLiteral("Kari Nordmann"));
    CHECK(first.nationalId == test::ids::born1985);
    CHECK(first.plannedOn <= clinictime::today());

    CHECK_THAT(followUps.markDone(first.id, clinictime::today().addDays(1), FollowUpStore::Outcome::Reached, {}).error().toStdString(),
               Catch::Contains("not in the future"));
    CHECK_THAT(followUps.markDone(first.id, clinictime::today(), FollowUpStore::Outcome::NotReached, {}).error().toStdString(),
               Catch::Contains("not reached"));
    REQUIRE(followUps.markDone(first.id, clinictime::today(), FollowUpStore::Outcome::Reached, QStringLiteral("Doing well")).ok());
    CHECK_THAT(followUps.markDone(first.id, clinictime::today(), FollowUpStore::Outcome::Reached, {}).error().toStdString(),
               Catch::Contains("already"));
    CHECK(followUps.due(clinictime::today())->size() == due->size() - 1);
    const auto after = episodes.followUps(*episode);
    const auto done = std::find_if(after->begin(), after->end(), [&](const auto &f) { return f.id == first.id; });
    REQUIRE(done != after->end());
    CHECK(done->doneOn == clinictime::today());
    CHECK_THAT(done->note.toStdString(), Catch::Contains("reached") && Catch::Contains("Doing well"));
}

TEST_CASE("Next of kin are changed and removed and consent keeps its time", "[storage][doors][nextofkin]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = *PatientStore(*journal).add(test::newPatient(test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann")));
    const qint64 ola = *PatientStore(*journal).add(test::newPatient(test::ids::born1990a, QStringLiteral("Ola"), QStringLiteral("Hansen")));
    NextOfKinStore kin(*journal);
    CHECK_THAT(kin.add(kari, {0, QStringLiteral("Per"), QString(), {}, false, {}}).error().toStdString(), Catch::Contains("related"));
    const auto per = kin.add(kari, {0, QStringLiteral("Per Nordmann"), QStringLiteral("brother"), QStringLiteral("900 00 000"), false, {}});
    REQUIRE(per.ok());
    NextOfKin changed{*per, QStringLiteral("Per Nordmann"), QStringLiteral("brother"), QStringLiteral("911 11 111"), true, {}};
    REQUIRE(kin.update(kari, changed).ok());
    auto list = kin.of(kari);
    REQUIRE(list->size() == 1);
    CHECK(list->first().consentToShare);
    CHECK(list->first().phone == QStringLiteral("911 11 111"));
    const QDateTime given = list->first().consentRecordedAt;
    CHECK(given.isValid());
    changed.phone = QStringLiteral("922 22 222");
    REQUIRE(kin.update(kari, changed).ok());
    CHECK(kin.of(kari)->first().consentRecordedAt == given); // consent standing: its time is kept
    changed.consentToShare = false;
    REQUIRE(kin.update(kari, changed).ok());
    CHECK_FALSE(kin.of(kari)->first().consentRecordedAt.isValid());
    // Another patient's next of kin is not reached through this patient.
    CHECK_FALSE(kin.update(ola, changed).ok());
    CHECK_FALSE(kin.remove(ola, *per).ok());
    REQUIRE(kin.remove(kari, *per).ok());
    CHECK(kin.of(kari)->isEmpty());
}

TEST_CASE("The care team is listed and changed and staff accounts are unlocked", "[storage][doors][careteam]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = *PatientStore(*journal).add(test::newPatient(test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann")));
    StaffStore staff(*journal);
    const QString nurseLogin = test::uniqueLogin(QStringLiteral("nina"));
    const auto nina = staff.add(nurseLogin, QStringLiteral("Nina Sykepleier"), {Role::Nurse}, QStringLiteral("et langt passord"));
    REQUIRE(nina.ok());
    CareTeamStore team(*journal);
    REQUIRE(team.add(kari, *nina).ok());
    CHECK_THAT(team.add(kari, *nina).error().toStdString(), Catch::Contains("already"));
    auto members = team.members(kari);
    REQUIRE(members->size() == 1);
    CHECK(members->first().fullName == QStringLiteral("Nina Sykepleier"));
    REQUIRE(team.remove(kari, *nina).ok());
    CHECK(team.members(kari)->isEmpty());
    CHECK_FALSE(team.remove(kari, *nina).ok());

    CHECK_THAT(staff.unlock(nurseLogin).error().toStdString(), Catch::Contains("not locked"));
    for (int i = 0; i < StaffStore::lockAfterFailures; ++i)
        CHECK_FALSE(staff.signIn(nurseLogin, QStringLiteral("feil passord!")).ok());
    CHECK_THAT(staff.signIn(nurseLogin, QStringLiteral("et langt passord")).error().toStdString(), Catch::Contains("locked"));
    REQUIRE(staff.unlock(nurseLogin).ok());
    CHECK(staff.signIn(nurseLogin, QStringLiteral("et langt passord")).ok());

    REQUIRE(staff.disable(nurseLogin).ok());
    CHECK_THAT(team.add(kari, *nina).error().toStdString(), Catch::Contains("disabled"));
}

// Under the server's row-level security, as the desktop opens a PostgreSQL
// journal: each door works for the role that uses it, through its own login.
TEST_CASE("PostgreSQL: the doors work through the staff's own database logins", "[storage][doors][postgres]")
{
    std::unique_ptr<Journal> owner = test::createJournal(Backend::PostgreSQL);
    const QString password = QStringLiteral("et langt passord");
    const QString coordinator = test::uniqueLogin(QStringLiteral("inntak"));
    const QString therapist = test::uniqueLogin(QStringLiteral("terapeut"));
    const QString admin = test::uniqueLogin(QStringLiteral("admin"));
    const QString nurse = test::uniqueLogin(QStringLiteral("nina"));
    StaffStore staff(*owner);
    for (const auto &[login, role] : {std::pair{coordinator, Role::Coordinator}, std::pair{therapist, Role::Therapist},
                                      std::pair{admin, Role::Administrator}, std::pair{nurse, Role::Nurse}})
        REQUIRE(staff.add(login, login, {role}, password).ok());
    const qint64 referral = assessedReferral(*owner, QStringLiteral("Kari Nordmann"), BuiltinPrograms::residential);
    const auto as = [&](const QString &login) {
        auto opened = test::openAs(*owner, login, password);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        const auto actor = StaffStore(**opened).signIn(login, password);
        REQUIRE(actor.ok());
        (*opened)->setActor(*actor);
        return std::move(*opened);
    };

    qint64 kari = 0;
    {
        std::unique_ptr<Journal> journal = as(coordinator);
        ReferralAdmission::Request request;
        request.referralId = referral;
        request.person = test::newPatient(test::ids::born1985, QStringLiteral("Kari"), QStringLiteral("Nordmann"));
        request.admittedOn = clinictime::today().addDays(-100);
        const auto admitted = ReferralAdmission(*journal).admit(request);
        INFO(admitted.error().toStdString());
        REQUIRE(admitted.ok());
        kari = admitted->patientId;
        CHECK(ReferralStore(*journal).referral(referral)->status == Referral::Status::Admitted);
    }
    {
        std::unique_ptr<Journal> journal = as(therapist);
        const auto due = FollowUpStore(*journal).due(clinictime::today());
        INFO(due.error().toStdString());
        REQUIRE(due.ok());
        REQUIRE_FALSE(due->isEmpty());
        REQUIRE(FollowUpStore(*journal).markDone(due->first().id, clinictime::today(), FollowUpStore::Outcome::Reached, {}).ok());
        const auto accounts = StaffStore(*journal).directory();
        REQUIRE(accounts.ok());
        qint64 ninaId = 0;
        for (const StaffAccount &a : *accounts)
            ninaId = a.username == nurse ? a.id : ninaId;
        REQUIRE(ninaId != 0);
        CareTeamStore team(*journal);
        REQUIRE(team.add(kari, ninaId).ok());
        CHECK(team.members(kari)->size() == 1);
        const auto sister = NextOfKinStore(*journal).add(kari, {0, QStringLiteral("Eva Nordmann"), QStringLiteral("sister"), {}, true, {}});
        INFO(sister.error().toStdString());
        REQUIRE(sister.ok());
        REQUIRE(NextOfKinStore(*journal).update(kari, {*sister, QStringLiteral("Eva Nordmann"), QStringLiteral("sister"), {}, false, {}}).ok());
        REQUIRE(NextOfKinStore(*journal).remove(kari, *sister).ok());
        REQUIRE(team.remove(kari, ninaId).ok());
        CHECK(team.members(kari)->isEmpty());
    }
    {
        for (int i = 0; i < StaffStore::lockAfterFailures; ++i)
            CHECK_FALSE(staff.signIn(nurse, QStringLiteral("feil passord!")).ok());
        std::unique_ptr<Journal> journal = as(admin);
        const Status unlocked = StaffStore(*journal).unlock(nurse);
        INFO(unlocked.error().toStdString());
        REQUIRE(unlocked.ok());
        CHECK(staff.signIn(nurse, password).ok());
    }
}
