#include "support/phase2.h"
#include "support/testjournals.h"

#include "common/clinictime.h"
#include "patients/nationalid.h"
#include "programs/builtinprograms.h"
#include "storage/calendarstore.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/gatheringstore.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"

using namespace trinn;

namespace {

QList<Booking> gatheringsBetween(Journal &journal, QDate first, QDate last)
{
    const Result<QList<Booking>> found = CalendarStore(journal).between(clinictime::at(first, QTime(0, 0)).toUTC(),
                                                                        clinictime::at(last, QTime(0, 0)).toUTC());
    INFO(found.error().toStdString());
    REQUIRE(found.ok());
    QList<Booking> gatherings;
    for (const Booking &b : *found) {
        if (b.key.startsWith(QStringLiteral("gathering-")))
            gatherings << b;
    }
    return gatherings;
}

// The calendar's bookings of [first, last) whose key starts with `prefix`.
QList<Booking> bookingsBetween(Journal &journal, QDate first, QDate last, const QString &prefix)
{
    const Result<QList<Booking>> found = CalendarStore(journal).between(clinictime::at(first, QTime(0, 0)).toUTC(),
                                                                        clinictime::at(last, QTime(0, 0)).toUTC());
    INFO(found.error().toStdString());
    REQUIRE(found.ok());
    QList<Booking> kept;
    for (const Booking &b : *found) {
        if (b.key.startsWith(prefix))
            kept << b;
    }
    return kept;
}

// A new patient admitted to Phase 1 of the residential program on `admitted`.
qint64 admittedPatient(Journal &journal, QDate admitted)
{
    const auto id = NationalId::make(QDate(1971, 5, 17), 120, NationalId::Kind::BirthNumber, true);
    REQUIRE(id);
    NewPatient p;
    p.nationalId = id->digits();
    p.givenNames = QStringLiteral("Inne");
    p.familyName = QStringLiteral("Lagt");
    const Result<qint64> patient = PatientStore(journal).add(p);
    INFO(patient.error().toStdString());
    REQUIRE(patient.ok());
    test::admittedToPhase1(journal, *patient, admitted);
    return *patient;
}

} // namespace

// The calendar reads gatherings, their planned events and family program
// weeks through index ranges bounded on both sides by how long each lasts
// (BuiltinPrograms): a week that holds only the first or only the last day
// of one must still show it, room and all.
TEST_CASE("A gathering and a family program week show on their first and on their last day", "[storage][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const auto two = test::inPhase2(*journal, 2, QDate(2027, 3, 5), QStringLiteral("Kant"), 4);
    const QDate start = test::gatheringStart(*journal, two.first().second, QStringLiteral("gathering-1"));
    const Actor holder = test::therapistInRegister(*journal, QStringLiteral("tor"), QStringLiteral("Tor Terapeut"));
    GatheringStore::Plan plan;
    plan.start = start;
    plan.room = QStringLiteral("Fjell");
    plan.staffId = holder.staffId;
    plan.episodeIds = {two[0].second, two[1].second};
    const Result<qint64> planned = GatheringStore(*journal).plan(plan);
    INFO(planned.error().toStdString());
    REQUIRE(planned.ok());
    for (int day = 0; day < BuiltinPrograms::gatheringDays; ++day) {
        INFO("day " << day << " of the gathering");
        const QList<Booking> one = gatheringsBetween(*journal, start.addDays(day), start.addDays(day + 1));
        REQUIRE(one.size() == 1);
        CHECK(one.first().patients.size() == 2);
        CHECK(one.first().room == QStringLiteral("Fjell"));
    }
    CHECK(gatheringsBetween(*journal, start.addDays(BuiltinPrograms::gatheringDays), start.addDays(10)).isEmpty());

    // Started four days late, the gathering is where it was held.
    const Result<Episode> first = EpisodeStore(*journal).episode(two[0].second);
    REQUIRE(first.ok());
    const Phase *gathering = first->phaseByCode(QStringLiteral("gathering-2"));
    REQUIRE(gathering);
    const QDate late = gathering->plannedStart.addDays(4);
    REQUIRE(EpisodeStore(*journal).startPhase(gathering->id, late).ok());
    const QList<Booking> held = gatheringsBetween(*journal, late.addDays(2), late.addDays(3));
    REQUIRE(held.size() == 1);
    CHECK(held.first().patients == QList<qint64>{two[0].first});

    const QDate admitted(2027, 6, 7);
    const qint64 patient = admittedPatient(*journal, admitted);
    FamilyStay stay;
    stay.patientId = patient;
    stay.relativeName = QStringLiteral("Inger Lagt");
    stay.relation = QStringLiteral("mother");
    stay.start = admitted.addDays(14);
    const Result<qint64> added = CareRecordStore(*journal).addFamilyStay(stay);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    const QString key = QStringLiteral("family-") + QString::number(*added);
    for (int day = 0; day < BuiltinPrograms::familyProgramDays; ++day) {
        INFO("day " << day << " of the family program");
        const QList<Booking> one = bookingsBetween(*journal, stay.start.addDays(day), stay.start.addDays(day + 1), key);
        CHECK(one.size() == 1);
    }
    CHECK(bookingsBetween(*journal, stay.start.addDays(-7), stay.start, key).isEmpty());
    CHECK(bookingsBetween(*journal, stay.start.addDays(BuiltinPrograms::familyProgramDays + 1), stay.start.addDays(14), key).isEmpty());
}

TEST_CASE("A Phase 2 gathering of five patients is one calendar event with five participants", "[storage][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const QDate discharge(2027, 3, 5);
    const auto five = test::inPhase2(*journal, 5, discharge, QStringLiteral("Samling"), 1);
    const QDate start = test::gatheringStart(*journal, five.first().second, QStringLiteral("gathering-1"));
    const QDate monday = start.addDays(1 - start.dayOfWeek());

    QList<Booking> week = gatheringsBetween(*journal, monday, monday.addDays(7));
    REQUIRE(week.size() == 1);
    CHECK(week.first().patients.size() == 5);
    for (const auto &[patient, episode] : five)
        CHECK(week.first().patients.contains(patient));
    // Three days, 09:00 on the first to 15:00 on the last.
    CHECK(clinictime::local(week.first().start) == clinictime::at(start, QTime(9, 0)));
    CHECK(clinictime::local(week.first().end()) == clinictime::at(start.addDays(2), QTime(15, 0)));

    // Only the period asked for: not the week before it, nor the week after.
    CHECK(gatheringsBetween(*journal, monday.addDays(-7), monday).isEmpty());
    CHECK(gatheringsBetween(*journal, monday.addDays(7), monday.addDays(14)).isEmpty());

    // Staff plan it: a room and who holds it, for the same five.
    const Actor holder = test::therapistInRegister(*journal, QStringLiteral("tor"), QStringLiteral("Tor Terapeut"));
    GatheringStore gatherings(*journal);
    const Result<QList<GatheringStore::Candidate>> candidates = gatherings.candidates(start);
    REQUIRE(candidates.ok());
    REQUIRE(candidates->size() == 5);
    CHECK(candidates->first().attends);
    GatheringStore::Plan plan;
    plan.start = start;
    plan.room = QStringLiteral("Fjell");
    plan.staffId = holder.staffId;
    for (const auto &[patient, episode] : five)
        plan.episodeIds << episode;
    const Result<qint64> planned = gatherings.plan(plan);
    INFO(planned.error().toStdString());
    REQUIRE(planned.ok());
    week = gatheringsBetween(*journal, monday, monday.addDays(7));
    REQUIRE(week.size() == 1);
    CHECK(week.first().patients.size() == 5);
    CHECK(week.first().room == QStringLiteral("Fjell"));
    CHECK(week.first().staff == QStringList{QStringLiteral("Tor Terapeut")});
    CHECK(week.first().staffIds == QList<qint64>{holder.staffId});

    // Two of them go to the second gathering a week later: theirs moves, and
    // the calendar shows two events of those weeks, three and two.
    const QDate second = test::gatheringStart(*journal, five.first().second, QStringLiteral("gathering-2"));
    GatheringStore::Plan later;
    later.start = second.addDays(7);
    later.room = QStringLiteral("Hav");
    later.staffId = holder.staffId;
    later.episodeIds = {five[0].second, five[1].second};
    const Result<qint64> moved = gatherings.plan(later);
    INFO(moved.error().toStdString());
    REQUIRE(moved.ok());
    const QDate secondMonday = second.addDays(1 - second.dayOfWeek());
    const QList<Booking> two = gatheringsBetween(*journal, secondMonday, secondMonday.addDays(14));
    REQUIRE(two.size() == 2);
    CHECK(two[0].patients.size() + two[1].patients.size() == 5);
    const Booking &withRoom = two[0].room == QStringLiteral("Hav") ? two[0] : two[1];
    CHECK(withRoom.patients.size() == 2);
    CHECK(withRoom.patients.contains(five[0].first));
    CHECK(test::gatheringStart(*journal, five[1].second, QStringLiteral("gathering-2")) == later.start);

    // One who missed the sixth (skipped) gets one more, six weeks after it: none of theirs is near enough to move.
    const Result<Episode> third = EpisodeStore(*journal).episode(five[2].second);
    REQUIRE(third.ok());
    const Phase *sixth = third->phaseByCode(QStringLiteral("gathering-6"));
    REQUIRE(sixth);
    REQUIRE(EpisodeStore(*journal).skipPhase(sixth->id, QStringLiteral("Was ill")).ok());
    GatheringStore::Plan extra;
    extra.start = sixth->plannedStart.addDays(42);
    extra.room = QStringLiteral("Skog");
    extra.staffId = holder.staffId;
    extra.episodeIds = {five[2].second};
    const Result<qint64> added = gatherings.plan(extra);
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    const QList<Booking> extraWeek = gatheringsBetween(*journal, extra.start, extra.start.addDays(3));
    REQUIRE(extraWeek.size() == 1);
    CHECK(extraWeek.first().patients == QList<qint64>{five[2].first});
    CHECK(extraWeek.first().room == QStringLiteral("Skog"));
    const Result<Episode> after = EpisodeStore(*journal).episode(five[2].second);
    REQUIRE(after.ok());
    int gatheringPhases = 0;
    for (const Phase &p : after->phases)
        gatheringPhases += p.kind == phasekind::gathering ? 1 : 0;
    CHECK(gatheringPhases == 7); // six planned, one of them skipped, and this one
}

TEST_CASE("Planning a Phase 2 gathering refuses without room or staff and saves nothing", "[storage][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const auto two = test::inPhase2(*journal, 2, QDate(2027, 3, 5), QStringLiteral("Uten"), 2);
    const QDate start = test::gatheringStart(*journal, two.first().second, QStringLiteral("gathering-1"));
    GatheringStore gatherings(*journal);
    GatheringStore::Plan plan;
    plan.start = start.addDays(7);
    plan.episodeIds = {two[0].second, two[1].second};
    CHECK_THAT(gatherings.plan(plan).error().toStdString(), Catch::Contains("room") && Catch::Contains("Nothing was saved"));
    plan.room = QStringLiteral("Fjell");
    // The system actor (no sign-in) is nobody in the staff register.
    CHECK_THAT(gatherings.plan(plan).error().toStdString(), Catch::Contains("staff register"));
    CHECK(test::gatheringStart(*journal, two[0].second, QStringLiteral("gathering-1")) == start);
}

TEST_CASE("PostgreSQL: a gathering is planned and read through the staff's own database logins", "[storage][calendar][postgres]")
{
    std::unique_ptr<Journal> owner = test::createJournal(test::Backend::PostgreSQL);
    const auto two = test::inPhase2(*owner, 2, QDate(2027, 3, 5), QStringLiteral("Innlogget"), 3);
    const QDate start = test::gatheringStart(*owner, two.first().second, QStringLiteral("gathering-1"));
    const QString password = QStringLiteral("et langt passord");
    const QString therapist = test::uniqueLogin(QStringLiteral("terapeut"));
    const QString nurse = test::uniqueLogin(QStringLiteral("nina"));
    for (const auto &[login, role] : {std::pair{therapist, Role::Therapist}, std::pair{nurse, Role::Nurse}})
        REQUIRE(StaffStore(*owner).add(login, login, {role}, password).ok());
    const auto as = [&](const QString &login) {
        auto opened = test::openAs(*owner, login, password);
        INFO(opened.error().toStdString());
        REQUIRE(opened.ok());
        const auto actor = StaffStore(**opened).signIn(login, password);
        REQUIRE(actor.ok());
        (*opened)->setActor(*actor);
        return std::move(*opened);
    };
    GatheringStore::Plan plan;
    plan.start = start;
    plan.room = QStringLiteral("Fjell");
    plan.episodeIds = {two[0].second, two[1].second};
    {
        std::unique_ptr<Journal> journal = as(therapist);
        const Result<qint64> planned = GatheringStore(*journal).plan(plan); // held by the therapist signed in
        INFO(planned.error().toStdString());
        REQUIRE(planned.ok());
    }
    {
        std::unique_ptr<Journal> journal = as(nurse);
        const QList<Booking> week = gatheringsBetween(*journal, start, start.addDays(3));
        REQUIRE(week.size() == 1);
        CHECK(week.first().patients.size() == 2);
        CHECK(week.first().room == QStringLiteral("Fjell"));
        CHECK(week.first().staff == QStringList{therapist});
        // Nurses read programs but do not change them.
        plan.room = QStringLiteral("Hav");
        CHECK_FALSE(GatheringStore(*journal).plan(plan).ok());
        CHECK(gatheringsBetween(*journal, start, start.addDays(3)).first().room == QStringLiteral("Fjell"));
    }
}
