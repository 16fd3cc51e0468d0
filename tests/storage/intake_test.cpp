#include "support/testjournals.h"

#include "common/clinictime.h"
#include "export/icalexport.h"
#include "storage/calendarstore.h"
#include "storage/groupstore.h"
#include "storage/intakestore.h"
#include "storage/outingstore.h"
#include "storage/patientstore.h"

#include <libical/ical.h>

using namespace trinn;
using trinn::test::Backend;

namespace {

Referral referral(const QString &name, QDate received, int priority = 2)
{
    Referral r;
    r.personName = name;
    r.source = QStringLiteral("gp");
    r.receivedOn = received;
    r.requestedService = QStringLiteral("residential-12-step");
    r.priority = priority;
    return r;
}

qint64 addPatient(Journal &journal, const QString &id, const QString &family)
{
    NewPatient p;
    p.nationalId = id;
    p.givenNames = QStringLiteral("Test");
    p.familyName = family;
    const auto added = PatientStore(journal).add(p);
    REQUIRE(added.ok());
    return *added;
}

} // namespace

TEST_CASE("Assessment is due 10 working days after receipt, holidays not counted", "[intake][deadlines]")
{
    // Easter 2027: Maundy Thursday, Good Friday and Easter Monday are not working days.
    CHECK(ReferralRules::assessmentDeadline(QDate(2027, 3, 24)) == QDate(2027, 4, 12));
    // Ascension Day (06.05) and Whit Monday, which is also Constitution Day (17.05).
    CHECK(ReferralRules::assessmentDeadline(QDate(2027, 5, 3)) == QDate(2027, 5, 19));
    // Christmas and New Year: 25.12, 26.12 (a Saturday) and 01.01; Christmas Eve is a working day.
    CHECK(ReferralRules::assessmentDeadline(QDate(2026, 12, 21)) == QDate(2027, 1, 6));
    // Received on a Saturday: the count starts on Monday.
    CHECK(ReferralRules::assessmentDeadline(QDate(2027, 2, 6)) == QDate(2027, 2, 19));
}

TEST_CASE("Overdue and due-this-week referrals stand out", "[intake][deadlines]")
{
    Referral r = referral(QStringLiteral("Ola"), QDate(2027, 3, 1));
    const QDate due = ReferralRules::assessmentDeadline(r.receivedOn); // 15.03.2027, a Monday
    CHECK(ReferralRules::urgency(r, QDate(2027, 3, 8)) == ReferralRules::Urgency::Later);
    CHECK(ReferralRules::urgency(r, QDate(2027, 3, 15)) == ReferralRules::Urgency::DueThisWeek);
    CHECK(ReferralRules::deadlineText(r, QDate(2027, 3, 16)) == QStringLiteral("Overdue since %1: assessment").arg(due.toString(QStringLiteral("dd.MM.yyyy"))));
    r.status = Referral::Status::Assessed;
    r.careDeadline = QDate(2027, 3, 19);
    CHECK(ReferralRules::deadlineText(r, QDate(2027, 3, 16)) == QStringLiteral("Due this week (19.03.2027): start of care"));
    r.status = Referral::Status::Admitted;
    CHECK(ReferralRules::deadlineText(r, QDate(2027, 3, 16)).isEmpty());
}

TEST_CASE("Referrals move from received to the waiting list to admission", "[storage][intake]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    ReferralStore referrals(*journal);
    const QDate today = clinictime::today();
    const auto first = referrals.receive(referral(QStringLiteral("Per Hansen"), today.addDays(-30), 2));
    const auto urgent = referrals.receive(referral(QStringLiteral("Kari Berg"), today.addDays(-2), 1));
    const auto later = referrals.receive(referral(QStringLiteral("Ola Lie"), today.addDays(-1), 3));
    REQUIRE(first.ok());
    REQUIRE(urgent.ok());
    REQUIRE(later.ok());
    CHECK_THAT(referrals.receive(referral(QString(), today)).error().toStdString(), Catch::Contains("Name the person"));
    Referral badSource = referral(QStringLiteral("X"), today);
    badSource.source = QStringLiteral("neighbour");
    CHECK_THAT(referrals.receive(badSource).error().toStdString(), Catch::Contains("is not a referral source"));
    CHECK_THAT(referrals.receive(referral(QStringLiteral("X"), today.addDays(3))).error().toStdString(), Catch::Contains("not in the future"));

    auto open = referrals.open();
    REQUIRE(open->size() == 3);
    CHECK(open->first().personName == QStringLiteral("Per Hansen")); // oldest deadline first
    CHECK(ReferralRules::urgency(open->first(), today) == ReferralRules::Urgency::Overdue);

    CHECK_THAT(referrals.assess(*first, today, today.addDays(-1), 2).error().toStdString(), Catch::Contains("start-of-care deadline"));
    REQUIRE(referrals.assess(*first, today, today.addDays(40), 2).ok());
    REQUIRE(referrals.assess(*urgent, today, today.addDays(10), 1).ok());
    CHECK_THAT(referrals.assess(*urgent, today, today.addDays(10), 1).error().toStdString(), Catch::Contains("not waiting for assessment"));
    CHECK_THAT(referrals.admit(*later, 1).error().toStdString(), Catch::Contains("Assess the referral"));
    REQUIRE(referrals.planAdmission(*urgent, today.addDays(7)).ok());
    const auto waiting = referrals.waitingList();
    REQUIRE(waiting->size() == 2);
    CHECK(waiting->first().personName == QStringLiteral("Kari Berg"));
    CHECK(waiting->first().plannedAdmission == today.addDays(7));

    CHECK(referrals.reject(*later, QString()).error() == QStringLiteral("A rejection needs its reason."));
    REQUIRE(referrals.reject(*later, QStringLiteral("Needs detox in hospital first")).ok());
    const qint64 kari = addPatient(*journal, test::ids::born1985, QStringLiteral("Berg"));
    REQUIRE(referrals.admit(*urgent, kari).ok());
    CHECK(referrals.referral(*urgent)->status == Referral::Status::Admitted);
    CHECK(referrals.open()->size() == 1);
}

TEST_CASE("The bed board: who is where, when beds free up, no double booking", "[storage][intake][beds]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    BedStore beds(*journal);
    const auto bed3 = beds.addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("3")});
    const auto bed4 = beds.addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("4")});
    REQUIRE(bed3.ok());
    REQUIRE(bed4.ok());
    CHECK_FALSE(beds.addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("3")}).ok());
    const qint64 kari = addPatient(*journal, test::ids::born1985, QStringLiteral("Nordmann"));
    const qint64 ola = addPatient(*journal, test::ids::born1990a, QStringLiteral("Hansen"));

    REQUIRE(beds.book(*bed3, kari, QDate(2027, 3, 2), QDate(2027, 4, 14)).ok());
    CHECK(beds.book(*bed3, ola, QDate(2027, 4, 1), QDate(2027, 5, 1)).error()
          == QStringLiteral("Bed 3 in room Fjell is taken by another patient 02.03–14.04.2027."));
    CHECK_THAT(beds.book(*bed4, kari, QDate(2027, 4, 1), QDate(2027, 4, 10)).error().toStdString(), Catch::Contains("has another bed then"));
    CHECK_THAT(beds.book(*bed4, ola, QDate(2027, 4, 1), QDate(2027, 4, 1)).error().toStdString(), Catch::Contains("at least one night"));
    REQUIRE(beds.book(*bed3, ola, QDate(2027, 4, 14), QDate(2027, 6, 1)).ok()); // back to back is fine

    const auto board = beds.board(QDate(2027, 3, 10));
    REQUIRE(board.ok());
    REQUIRE(board->size() == 2);
    CHECK(board->at(0).occupant.patientId == kari);
    CHECK(board->at(0).freeFrom == QDate(2027, 6, 1)); // the next stay follows on
    CHECK(board->at(1).occupant.id == 0);
    CHECK(board->at(1).freeFrom == QDate(2027, 3, 10));

    const auto forecast = beds.forecast(QDate(2027, 3, 1), 12);
    REQUIRE(forecast->size() == 12);
    CHECK(forecast->at(1).occupied == 1);
    CHECK(forecast->at(1).beds == 2);
    CHECK(forecast->at(11).occupied == 1); // 17.05: the second stay runs to 01.06
    CHECK(beds.forecast(QDate(2027, 6, 7), 4)->at(0).occupied == 0);
}

TEST_CASE("The calendar exports as iCalendar that a parser reads back", "[storage][intake][ical]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    GroupStore groups(*journal);
    TherapyGroup g;
    g.name = QStringLiteral("Dynamic group");
    g.kind = QStringLiteral("dynamic");
    g.room = QStringLiteral("Fjell");
    g.weekday = 1;
    g.startTime = QTime(18, 0);
    g.minutes = 90;
    g.weeks = 4;
    g.startDate = QDate(2027, 3, 15); // across the change to summer time on 28.03.2027, and Easter Monday
    g.leaders = {QStringLiteral("Terapeut T")}; // leaders come from the staff register
    test::rawExec(*journal, QStringLiteral("INSERT INTO staff (username, full_name, roles, password_hash, created_at) "
                                           "VALUES ('tt', 'Terapeut T', 'therapist', 'x', 0)"));
    REQUIRE(groups.create(g).ok());
    const qint64 kari = addPatient(*journal, test::ids::born1985, QStringLiteral("Nordmann"));
    REQUIRE(AppointmentStore(*journal).book({0, kari, QStringLiteral("Lege L"), clinictime::at(QDate(2027, 3, 17), QTime(9, 0)), 45,
                                             QStringLiteral("Kontor 2"), {}}).ok());
    const QDateTime from = clinictime::at(QDate(2027, 3, 15), QTime(0, 0)).toUTC();
    const QDateTime to = from.addDays(28);

    const auto clinic = IcalExport::calendar(*journal, IcalExport::Scope::Clinic, QString(), from, to);
    REQUIRE(clinic.ok());
    icalcomponent *parsed = icalparser_parse_string(clinic->constData());
    REQUIRE(parsed);
    CHECK(icalcomponent_isa(parsed) == ICAL_VCALENDAR_COMPONENT);
    CHECK(icalcomponent_count_components(parsed, ICAL_VTIMEZONE_COMPONENT) == 1);
    CHECK(icalcomponent_count_components(parsed, ICAL_VEVENT_COMPONENT) == 4); // 3 sessions (Easter Monday skipped) + 1
    QStringList uids;
    QStringList starts;
    for (icalcomponent *e = icalcomponent_get_first_component(parsed, ICAL_VEVENT_COMPONENT); e;
         e = icalcomponent_get_next_component(parsed, ICAL_VEVENT_COMPONENT)) {
        uids << QString::fromUtf8(icalcomponent_get_uid(e));
        icalproperty *start = icalcomponent_get_first_property(e, ICAL_DTSTART_PROPERTY);
        icalparameter *tzid = icalproperty_get_first_parameter(start, ICAL_TZID_PARAMETER);
        REQUIRE(tzid);
        CHECK(QString::fromUtf8(icalparameter_get_tzid(tzid)) == QStringLiteral("Europe/Oslo"));
        starts << QString::fromUtf8(icaltime_as_ical_string(icalproperty_get_dtstart(start)));
    }
    icalcomponent_free(parsed);
    // Sessions stay at 18:00 local time on both sides of the change to summer time.
    CHECK(starts.contains(QStringLiteral("20270315T180000")));
    CHECK(starts.contains(QStringLiteral("20270405T180000")));
    CHECK(uids.size() == 4);
    CHECK(QSet<QString>(uids.begin(), uids.end()).size() == 4);

    // UIDs are stable from one export to the next.
    const auto again = IcalExport::calendar(*journal, IcalExport::Scope::Clinic, QString(), from, to);
    for (const QString &uid : std::as_const(uids))
        CHECK(again->contains(uid.toUtf8()));

    // Staff and room feeds carry no patient names or ids.
    const auto staff = IcalExport::calendar(*journal, IcalExport::Scope::Staff, QStringLiteral("Lege L"), from, to);
    REQUIRE(staff.ok());
    CHECK(staff->count("BEGIN:VEVENT") == 1);
    CHECK_FALSE(staff->contains("Nordmann"));
    CHECK_FALSE(staff->contains(test::ids::born1985.toUtf8()));
    const auto room = IcalExport::calendar(*journal, IcalExport::Scope::Room, QStringLiteral("fjell"), from, to);
    CHECK(room->count("BEGIN:VEVENT") == 3);
    CHECK_FALSE(clinic->contains("Nordmann"));
    CHECK_THAT(IcalExport::calendar(*journal, IcalExport::Scope::Room, QString(), from, to).error().toStdString(), Catch::Contains("Name the staff member or the room"));
}

TEST_CASE("Admissions appear in the calendar without blocking it; outings are checked for clashes", "[storage][intake][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    BedStore beds(*journal);
    GroupStore groups(*journal);
    const qint64 kari = addPatient(*journal, test::ids::born1985, QStringLiteral("Nordmann"));
    const auto bed = beds.addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("3")});
    REQUIRE(bed.ok());
    REQUIRE(beds.book(*bed, kari, QDate(2027, 3, 2), QDate(2027, 4, 14)).ok());

    TherapyGroup g;
    g.name = QStringLiteral("Dynamic group");
    g.kind = QStringLiteral("dynamic");
    g.room = QStringLiteral("Fjord");
    g.weekday = 2;
    g.startTime = QTime(10, 0);
    g.minutes = 90;
    g.weeks = 2;
    g.startDate = QDate(2027, 3, 1);
    g.leaders = {QStringLiteral("Terapeut T")}; // leaders and escorts come from the staff register
    test::rawExec(*journal, QStringLiteral("INSERT INTO staff (username, full_name, roles, password_hash, created_at) "
                                           "VALUES ('tt', 'Terapeut T', 'therapist', 'x', 0), ('mm', 'Miljøterapeut M', 'nurse', 'x', 0)"));
    const auto groupId = groups.create(g); // Tuesday 02.03.2027 10:00, the admission day
    REQUIRE(groupId.ok());
    REQUIRE(groups.enrol(*groupId, kari, {}, QDate(2027, 3, 2)).ok());

    const QDateTime day = clinictime::at(QDate(2027, 3, 2), QTime(0, 0)).toUTC();
    const auto bookings = CalendarStore(*journal).between(day, day.addDays(1));
    REQUIRE(bookings.ok());
    QStringList what;
    for (const Booking &b : *bookings)
        what << b.what;
    CHECK(what.contains(QStringLiteral("Admission, bed 3")));
    CHECK(what.contains(QStringLiteral("Dynamic group")));

    Outing clash;
    clash.kind = QStringLiteral("AA");
    clash.place = QStringLiteral("Kirkestua");
    clash.startsAt = clinictime::at(QDate(2027, 3, 2), QTime(10, 30)).toUTC();
    clash.escorts = {QStringLiteral("Miljøterapeut M")};
    clash.participants = {kari};
    CHECK(OutingStore(*journal).create(clash).error() == QStringLiteral("Test Nordmann is in Dynamic group 10:00–11:30 on 02.03.2027."));
    clash.startsAt = clinictime::at(QDate(2027, 3, 2), QTime(19, 0)).toUTC();
    CHECK(OutingStore(*journal).create(clash).ok());
}
