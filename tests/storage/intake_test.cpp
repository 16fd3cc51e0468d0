#include "support/testjournals.h"

#include "common/clinictime.h"
#include "export/icalexport.h"
#include "storage/auditlog.h"
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

// A staff member in the register (no password: these tests set the actor directly).
qint64 staffInRegister(Journal &journal, const QString &username, const QString &fullName, const QString &roles = QStringLiteral("therapist"))
{
    auto row = RawSqlForTests::run(journal, QStringLiteral("INSERT INTO staff (username, full_name, roles, password_hash, created_at) "
                                                           "VALUES (?, ?, ?, 'x', 0) RETURNING id"),
                                   {username, fullName, roles});
    REQUIRE(row.ok());
    REQUIRE(row->next());
    return row->value(0).toLongLong();
}

Actor actorOf(qint64 staffId, const QString &username, const QString &fullName, Role role)
{
    Actor actor;
    actor.staffId = staffId;
    actor.username = username;
    actor.fullName = fullName;
    actor.roles = {role};
    return actor;
}

// The patients given audit records with this action and text, each once per record.
QList<qint64> audited(Journal &journal, const QString &action, const QString &what)
{
    auto rows = RawSqlForTests::run(journal, QStringLiteral("SELECT COALESCE(s.patient_id, a.patient_id) AS p FROM audit_log a "
                                                                   "LEFT JOIN audit_patient s ON s.audit_id = a.id "
                                                                   "WHERE a.action = ? AND a.what = ? ORDER BY p"),
                                    {action, what});
    REQUIRE(rows.ok());
    QList<qint64> ids;
    while (rows->next())
        ids << rows->value(0).toLongLong();
    return ids;
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
    CHECK_THAT(referrals.assess(*urgent, today, today.addDays(10), 1).error().toStdString(), Catch::Contains("give the reason for assessing it again"));
    CHECK_THAT(referrals.admit(*later, 1).error().toStdString(), Catch::Contains("Assess the referral"));
    REQUIRE(referrals.planAdmission(*urgent, today.addDays(7)).ok());
    const auto waiting = referrals.waitingList();
    REQUIRE(waiting->size() == 2);
    CHECK(waiting->first().personName == QStringLiteral("Kari Berg"));
    CHECK(waiting->first().plannedAdmission == today.addDays(7));

    CHECK(referrals.reject(*later, QString()).error() == QStringLiteral("A rejection needs its reason."));
    REQUIRE(referrals.reject(*later, QStringLiteral("Needs detox in hospital first")).ok());
    const qint64 kari = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Berg"));
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
    const qint64 kari = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Nordmann"));
    const qint64 ola = test::addPatient(*journal, test::ids::born1990a, QStringLiteral("Test"), QStringLiteral("Hansen"));

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
    const qint64 kari = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Nordmann"));
    const qint64 legeL = staffInRegister(*journal, QStringLiteral("legel"), QStringLiteral("Lege L"));
    REQUIRE(AppointmentStore(*journal).book({0, kari, legeL, {}, clinictime::at(QDate(2027, 3, 17), QTime(9, 0)), 45,
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

TEST_CASE("Admissions appear in the calendar without blocking it - outings are checked for clashes", "[storage][intake][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    BedStore beds(*journal);
    GroupStore groups(*journal);
    const qint64 kari = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Nordmann"));
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

TEST_CASE("A second decision on a referral keeps the first in its history, signed by who took it", "[storage][intake][history]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    ReferralStore referrals(*journal);
    const QDate today = clinictime::today();
    const auto id = referrals.receive(referral(QStringLiteral("Per Hansen"), today.addDays(-20), 2));
    REQUIRE(id.ok());
    const qint64 coraId = staffInRegister(*journal, QStringLiteral("cora"), QStringLiteral("Cora Koordinator"), QStringLiteral("coordinator"));
    const qint64 kimId = staffInRegister(*journal, QStringLiteral("kim"), QStringLiteral("Kim Koordinator"), QStringLiteral("coordinator"));
    const qint64 ninaId = staffInRegister(*journal, QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), QStringLiteral("nurse"));
    const Actor cora = actorOf(coraId, QStringLiteral("cora"), QStringLiteral("Cora Koordinator"), Role::Coordinator);
    const Actor kim = actorOf(kimId, QStringLiteral("kim"), QStringLiteral("Kim Koordinator"), Role::Coordinator);

    journal->setActor(cora);
    REQUIRE(referrals.assess(*id, today.addDays(-10), today.addDays(30), 2).ok());
    journal->setActor(kim);
    // Changing the assessment is a new decision and needs its reason.
    CHECK(referrals.assess(*id, today, today.addDays(7), 1).error()
          == QStringLiteral("The referral is assessed already: give the reason for assessing it again."));
    REQUIRE(referrals.assess(*id, today, today.addDays(7), 1, QStringLiteral("Relapsed, now urgent")).ok());

    const auto now = referrals.referral(*id);
    REQUIRE(now.ok());
    CHECK(now->status == Referral::Status::Assessed);
    CHECK(now->careDeadline == today.addDays(7));
    CHECK(now->priority == 1);
    CHECK(now->decidedByStaffId == kimId);
    CHECK(now->decidedByName == QStringLiteral("Kim Koordinator"));

    auto history = referrals.history(*id);
    REQUIRE(history.ok());
    REQUIRE(history->size() == 2);
    CHECK(history->at(0).careDeadline == today.addDays(30));
    CHECK(history->at(0).priority == 2);
    CHECK(history->at(0).decidedByStaffId == coraId);
    CHECK(history->at(0).decidedByName == QStringLiteral("Cora Koordinator"));
    CHECK(history->at(0).verified);
    CHECK(history->at(0).reason.isEmpty());
    CHECK(history->at(1).decidedByStaffId == kimId);
    CHECK(history->at(1).reason == QStringLiteral("Relapsed, now urgent"));
    CHECK(history->at(1).decidedAt.isValid());

    // Planning, moving the plan (with its reason) and rejecting: each one more row.
    REQUIRE(referrals.planAdmission(*id, today.addDays(5)).ok());
    CHECK_THAT(referrals.planAdmission(*id, today.addDays(9)).error().toStdString(), Catch::Contains("give the reason for moving it"));
    REQUIRE(referrals.planAdmission(*id, today.addDays(9), QStringLiteral("Bed not free until then")).ok());
    REQUIRE(referrals.reject(*id, QStringLiteral("Moved away")).ok());
    CHECK_THAT(referrals.reject(*id, QStringLiteral("Again")).error().toStdString(), Catch::Contains("rejected already"));
    history = referrals.history(*id);
    REQUIRE(history->size() == 5);
    CHECK(history->at(2).plannedAdmission == today.addDays(5));
    CHECK(history->at(3).plannedAdmission == today.addDays(9));
    CHECK(history->at(4).status == Referral::Status::Rejected);
    CHECK(referrals.referral(*id)->statusReason == QStringLiteral("Moved away"));
    // Nothing was written over: the referral row is as received, every decision a row of its own.
    CHECK(test::sqlValue(*journal, QStringLiteral("SELECT status FROM referral WHERE id = ?"), {*id}).toString() == QStringLiteral("received"));
    CHECK(test::sqlValue(*journal, QStringLiteral("SELECT COUNT(*) FROM referral_decision WHERE referral_id = ?"), {*id}).toInt() == 5);
    CHECK(audited(*journal, QStringLiteral("write"), QStringLiteral("assessed a referral")).size() == 2);

    // A nurse may not decide on referrals; the refusal is logged and nothing is written.
    journal->setActor(actorOf(ninaId, QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), Role::Nurse));
    const auto other = referrals.receive(referral(QStringLiteral("Ola Lie"), today));
    CHECK_FALSE(other.ok());
    CHECK(audited(*journal, QStringLiteral("refused"), QStringLiteral("received a referral")).size() == 1);
    CHECK_FALSE(referrals.assess(*id, today, today.addDays(7), 1, QStringLiteral("x")).ok());
    CHECK(test::sqlValue(*journal, QStringLiteral("SELECT COUNT(*) FROM referral_decision")).toInt() == 5);

    // Admission links the registered patient and audits the write against them.
    journal->setActor(cora);
    const auto kari = referrals.receive(referral(QStringLiteral("Kari Berg"), today));
    REQUIRE(kari.ok());
    REQUIRE(referrals.assess(*kari, today, today.addDays(10), 2).ok());
    journal->setActor(Actor{});
    const qint64 patient = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Berg"));
    journal->setActor(cora);
    REQUIRE(referrals.admit(*kari, patient).ok());
    CHECK(referrals.referral(*kari)->patientId == patient);
    CHECK(audited(*journal, QStringLiteral("write"), QStringLiteral("admitted a referral")) == QList<qint64>{patient});
    CHECK_THAT(referrals.admit(*kari, patient).error().toStdString(), Catch::Contains("admitted already"));
}

TEST_CASE("An appointment is with a staff member from the register, stored by id", "[storage][intake][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Nordmann"));
    const qint64 terje = staffInRegister(*journal, QStringLiteral("terje"), QStringLiteral("Terje Terapeut"));
    const qint64 lise = staffInRegister(*journal, QStringLiteral("lise"), QStringLiteral("Lise Lege"));
    AppointmentStore appointments(*journal);
    const QDateTime monday = clinictime::at(QDate(2027, 3, 1), QTime(9, 0)).toUTC();

    // The system (trinnctl) has no staff member of its own: it must name one.
    Appointment a{0, kari, 0, {}, monday, 45, QStringLiteral("Kontor 1"), {}};
    CHECK(appointments.book(a).error() == QStringLiteral("Choose from the staff register whom the patient will see."));
    a.staffId = 9999;
    CHECK(appointments.book(a).error() == QStringLiteral("There is no staff member number 9999 in the staff register."));
    a.staffId = lise;
    a.staffName = QStringLiteral("rootFinnes Ikke"); // a typed name is not what is stored
    const auto first = appointments.book(a);
    REQUIRE(first.ok());
    CHECK(test::sqlValue(*journal, QStringLiteral("SELECT staff_id FROM appointment WHERE id = ?"), {*first}).toLongLong() == lise);
    CHECK(test::sqlValue(*journal, QStringLiteral("SELECT staff_name FROM appointment WHERE id = ?"), {*first}).toString() == QStringLiteral("Lise Lege"));

    // Signed in, the default is the signed-in staff member.
    journal->setActor(actorOf(terje, QStringLiteral("terje"), QStringLiteral("Terje Terapeut"), Role::Therapist));
    const auto second = appointments.book({0, kari, 0, {}, monday.addSecs(3600), 45, QStringLiteral("Kontor 2"), {}});
    REQUIRE(second.ok());
    CHECK(test::sqlValue(*journal, QStringLiteral("SELECT staff_id FROM appointment WHERE id = ?"), {*second}).toLongLong() == terje);
    // The same staff member by id clashes even with another room.
    const qint64 ola = test::addPatient(*journal, test::ids::born1990a, QStringLiteral("Test"), QStringLiteral("Hansen"));
    CHECK(appointments.book({0, ola, terje, {}, monday.addSecs(3600 + 900), 30, QStringLiteral("Kontor 3"), {}}).error()
          == QStringLiteral("Terje Terapeut is busy with an individual session 10:00–10:45 on 01.03.2027."));

    const auto list = appointments.between(monday, monday.addDays(1));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 2);
    CHECK(list->at(0).staffId == lise);
    CHECK(list->at(0).staffVerified());
    CHECK(list->at(1).staffName == QStringLiteral("Terje Terapeut"));

    const auto staff = CalendarStore(*journal).staffRegister();
    REQUIRE(staff.ok());
    CHECK(staff->size() == 2);
}

TEST_CASE("Free-text appointment staff from an earlier version is kept, unverified - referral states become decisions",
          "[storage][intake][migrations]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    {
        Journal::Options before;
        before.mode = Journal::OpenMode::CreateIfMissing;
        before.kindIfCreated = JournalKind::Demo;
        before.migrations.clear();
        for (const Migration &m : Migration::builtin()) {
            if (m.version < 14)
                before.migrations.append(m);
        }
        auto old = Journal::open(location, before);
        REQUIRE(old.ok());
        Journal &journal = **old;
        test::addPatient(journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Nordmann"));
        staffInRegister(journal, QStringLiteral("lise"), QStringLiteral("Lise Lege"));
        for (const char *sql : {"INSERT INTO appointment (patient_id, staff_name, starts_at, minutes) VALUES (1, 'rootFinnes Ikke', 100, 45)",
                                "INSERT INTO appointment (patient_id, staff_name, starts_at, minutes) VALUES (1, 'Lise Lege', 200, 45)",
                                "INSERT INTO appointment (patient_id, staff_name, starts_at, minutes) VALUES (1, 'lise', 300, 45)",
                                "INSERT INTO referral (person_name, source, received_on, requested_service, status, priority, assessed_on, "
                                "care_deadline, created_at) VALUES ('Per', 'gp', '2027-03-01', 'x', 'assessed', 1, '2027-03-02', '2027-04-01', 0)",
                                "INSERT INTO referral (person_name, source, received_on, requested_service, status, priority, created_at) "
                                "VALUES ('Ola', 'gp', '2027-03-01', 'x', 'received', 2, 0)"})
            REQUIRE(RawSqlForTests::run(journal, QString::fromLatin1(sql)).ok());
    }
    auto journal = Journal::open(location);
    REQUIRE(journal.ok());
    const auto list = AppointmentStore(**journal).between(clinictime::fromStorage(0), clinictime::fromStorage(1000));
    REQUIRE(list.ok());
    REQUIRE(list->size() == 3);
    CHECK(list->at(0).staffName == QStringLiteral("rootFinnes Ikke"));
    CHECK_FALSE(list->at(0).staffVerified());
    CHECK(list->at(1).staffVerified());
    CHECK(list->at(2).staffVerified()); // the user name names her too

    ReferralStore referrals(**journal);
    const auto per = referrals.referral(1);
    REQUIRE(per.ok());
    CHECK(per->status == Referral::Status::Assessed);
    CHECK(per->careDeadline == QDate(2027, 4, 1));
    const auto history = referrals.history(1);
    REQUIRE(history->size() == 1);
    CHECK_FALSE(history->first().verified);
    CHECK(history->first().decidedByStaffId == 0);
    CHECK(referrals.history(2)->isEmpty());
    CHECK(referrals.referral(2)->status == Referral::Status::Received);
}

TEST_CASE("The calendar and the bed board audit each patient they show", "[storage][intake][audit]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 kari = test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Nordmann"));
    const qint64 ola = test::addPatient(*journal, test::ids::born1990a, QStringLiteral("Test"), QStringLiteral("Hansen"));
    const qint64 per = test::addPatient(*journal, test::ids::born1990b, QStringLiteral("Test"), QStringLiteral("Berg"));
    const qint64 lise = staffInRegister(*journal, QStringLiteral("lise"), QStringLiteral("Lise Lege"));
    const QDateTime monday = clinictime::at(QDate(2027, 3, 1), QTime(9, 0)).toUTC();
    AppointmentStore appointments(*journal);
    REQUIRE(appointments.book({0, kari, lise, {}, monday, 45, QStringLiteral("Kontor 1"), {}}).ok());
    REQUIRE(appointments.book({0, ola, lise, {}, monday.addSecs(3600), 45, QStringLiteral("Kontor 1"), {}}).ok());
    REQUIRE(appointments.book({0, per, lise, {}, monday.addDays(3), 45, QStringLiteral("Kontor 1"), {}}).ok());
    BedStore beds(*journal);
    const auto bed = beds.addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("1")});
    REQUIRE(bed.ok());
    const QDate today = clinictime::today();
    REQUIRE(beds.book(*bed, per, today.addDays(-3), today.addDays(3)).ok());
    REQUIRE(beds.book(*bed, ola, today.addDays(3), today.addDays(9)).ok());
    CHECK(audited(*journal, QStringLiteral("write"), QStringLiteral("booked a bed")) == QList<qint64>{std::min(per, ola), std::max(per, ola)});

    journal->setActor(actorOf(lise, QStringLiteral("lise"), QStringLiteral("Lise Lege"), Role::Therapist));
    REQUIRE(CalendarStore(*journal).between(monday.addSecs(-3600), monday.addSecs(4 * 3600)).ok());
    CHECK(audited(*journal, QStringLiteral("read"), QStringLiteral("calendar")) == QList<qint64>{kari, ola}); // not Per, on Thursday
    const auto board = beds.board(today);
    REQUIRE(board.ok());
    CHECK(audited(*journal, QStringLiteral("read"), QStringLiteral("bed board")) == QList<qint64>{std::min(per, ola), std::max(per, ola)});
    // The forecast shows counts only, and the iCalendar feed no patient: nobody is audited.
    REQUIRE(beds.forecast(today).ok());
    CHECK(audited(*journal, QStringLiteral("read"), QStringLiteral("occupancy forecast")).isEmpty());
    REQUIRE(IcalExport::calendar(*journal, IcalExport::Scope::Clinic, QString(), monday, monday.addDays(7)).ok());
    CHECK(audited(*journal, QStringLiteral("read"), QStringLiteral("exported the calendar")).isEmpty());
    // A therapist may read the bed board but not book a bed.
    CHECK_THAT(beds.book(*bed, kari, today.addDays(20), today.addDays(25)).error().toStdString(), Catch::Contains("may not change the bed board"));
    CHECK(audited(*journal, QStringLiteral("refused"), QStringLiteral("booked a bed")) == QList<qint64>{kari});
}
