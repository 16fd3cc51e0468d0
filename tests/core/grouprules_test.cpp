#include "support/testjournals.h"

#include "common/clinictime.h"
#include "groups/grouprules.h"

using namespace trinn;

namespace {

TherapyGroup weekly(int weekday, QTime time, QDate start, int weeks)
{
    TherapyGroup g;
    g.name = QStringLiteral("Trauma group level 1");
    g.weekday = weekday;
    g.startTime = time;
    g.minutes = 90;
    g.startDate = start;
    g.weeks = weeks;
    g.maxAbsences = 3;
    return g;
}

} // namespace

TEST_CASE("Group enrolment and leaders give their reasons", "[groups][rules]")
{
    CourseLimits mbrp{QStringLiteral("MBRP"), 12, 2, 3, false, {{Criterion::Kind::Inclusion, QStringLiteral("motivated")}}};
    CourseFacts facts;
    facts.enrolled = 12;
    facts.assessment = {{QStringLiteral("motivated"), true}};
    CHECK(GroupRules::canEnrol(mbrp, facts).reason == QStringLiteral("MBRP is full (12 of 12)."));
    facts.enrolled = 5;
    CHECK(GroupRules::canEnrol(mbrp, facts).allowed);
    facts.assessment = {{QStringLiteral("motivated"), false}};
    CHECK(GroupRules::canEnrol(mbrp, facts).reason == QStringLiteral("MBRP needs: motivated."));
    CHECK(GroupRules::leaders(mbrp, 1).reason == QStringLiteral("MBRP needs 2–3 leaders (1 set)."));
    CHECK(GroupRules::leaders(mbrp, 2).allowed);

    CourseLimits level2{QStringLiteral("Trauma group level 2"), 10, 1, 0, true, {}};
    CourseFacts trauma;
    trauma.prerequisiteName = QStringLiteral("Trauma group level 1");
    CHECK(GroupRules::canEnrol(level2, trauma).reason == QStringLiteral("Trauma group level 2 needs Trauma group level 1 completed."));
    trauma.prerequisiteCompleted = true;
    CHECK(GroupRules::canEnrol(level2, trauma).allowed);
    CHECK(GroupRules::leaders(level2, 0).reason == QStringLiteral("Trauma group level 2 needs at least 1 leaders (0 set)."));
}

TEST_CASE("More than 3 absences in a trauma course warns", "[groups][rules]")
{
    const TherapyGroup g = weekly(2, QTime(10, 0), QDate(2027, 1, 4), 11);
    CHECK(GroupRules::absences(g, QStringLiteral("Kari Nordmann"), 3).allowed);
    CHECK(GroupRules::absences(g, QStringLiteral("Kari Nordmann"), 4).reason
          == QStringLiteral("Kari Nordmann has been absent 4 times in Trauma group level 1 (at most 3)."));
    TherapyGroup open = g;
    open.maxAbsences = -1;
    CHECK(GroupRules::absences(open, QStringLiteral("Kari Nordmann"), 40).allowed);
}

TEST_CASE("Weekly sessions pass over public holidays and keep their number", "[groups][sessions]")
{
    QStringList skipped;
    // Thursdays from 29.04.2027: Ascension Day falls on 06.05.2027; the fourth session is on 27.05.
    const auto sessions = GroupRules::weeklySessions(weekly(4, QTime(10, 0), QDate(2027, 4, 29), 4), &skipped);
    REQUIRE(sessions.size() == 4);
    CHECK(clinictime::local(sessions.at(3)).date() == QDate(2027, 5, 27));
    CHECK(skipped == QStringList{QStringLiteral("06.05.2027 (Ascension Day)")});
    CHECK(clinictime::local(sessions.at(1)).date() == QDate(2027, 5, 13));
    // Easter 2027: Maundy Thursday 25.03 and Good Friday 26.03; a Monday group loses Easter Monday 29.03.
    QStringList easter;
    GroupRules::weeklySessions(weekly(1, QTime(10, 0), QDate(2027, 3, 22), 2), &easter);
    CHECK(easter == QStringList{QStringLiteral("29.03.2027 (Easter Monday)")});
    CHECK(GroupRules::weeklySessions(weekly(1, QTime(10, 0), QDate(), 2)).isEmpty());
}

TEST_CASE("Sessions keep their local hour across daylight-saving changes", "[groups][sessions]")
{
    // Mondays at 18:00 from 15.03.2027: summer time begins 28.03.2027, ends 31.10.2027.
    const auto spring = GroupRules::weeklySessions(weekly(1, QTime(18, 0), QDate(2027, 3, 15), 3));
    REQUIRE(spring.size() == 3); // 29.03 is Easter Monday: the third session moves to 05.04
    CHECK(spring.at(0).toUTC().time() == QTime(17, 0));
    CHECK(clinictime::local(spring.at(1)).date() == QDate(2027, 3, 22));
    CHECK(clinictime::local(spring.at(2)).date() == QDate(2027, 4, 5));
    CHECK(spring.at(2).toUTC().time() == QTime(16, 0));
    const auto april = GroupRules::weeklySessions(weekly(1, QTime(18, 0), QDate(2027, 4, 5), 1));
    CHECK(april.at(0).toUTC().time() == QTime(16, 0));
    CHECK(clinictime::local(april.at(0)).time() == QTime(18, 0));
    const auto autumn = GroupRules::weeklySessions(weekly(1, QTime(18, 0), QDate(2027, 10, 25), 2));
    CHECK(autumn.at(0).toUTC().time() == QTime(16, 0));
    CHECK(autumn.at(1).toUTC().time() == QTime(17, 0));
    CHECK(clinictime::local(autumn.at(1)).time() == QTime(18, 0));
}

TEST_CASE("A room cannot hold two sessions at once", "[groups][sessions]")
{
    const QDateTime two = clinictime::at(QDate(2027, 3, 3), QTime(14, 0)).toUTC();
    const QList<Booking> booked{{QStringLiteral("MBRP"), QStringLiteral("Fjell"), {}, {}, two, 105}};
    CHECK(GroupRules::canBook(QStringLiteral("Fjell"), two.addSecs(3600), 60, booked).reason
          == QStringLiteral("Room Fjell is taken by MBRP 14:00–15:45 on 03.03.2027."));
    CHECK(GroupRules::canBook(QStringLiteral("fjell"), two.addSecs(105 * 60), 60, booked).allowed);
    CHECK(GroupRules::canBook(QStringLiteral("Fjord"), two, 60, booked).allowed);
    CHECK(GroupRules::canBook(QStringLiteral("Fjord"), clinictime::at(QDate(2027, 5, 17), QTime(10, 0)), 60, booked).reason
          == QStringLiteral("17.05.2027 is a public holiday (Constitution Day)."));
}
