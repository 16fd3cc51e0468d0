#include "demogroups.h"

#include "common/clinictime.h"
#include "storage/groupstore.h"
#include "storage/journal.h"
#include "storage/outingstore.h"
#include "storage/staffweek.h"
#include "storage/substanceteststore.h"

#include <QRandomGenerator>
#include <QScopeGuard>

namespace trinn {

namespace {

constexpr int roundWeeks = 12;

} // namespace

Result<int> DemoGroups::add(Journal &journal, QRandomGenerator &random, QDate today, QDate from)
{
    int held = 0;
    QList<QDate> rounds;
    for (QDate start = today.addDays(-42); rounds.isEmpty() || (from.isValid() && start >= from); start = start.addDays(-7 * roundWeeks))
        rounds.prepend(start);
    for (const QDate &start : std::as_const(rounds)) {
        Result<int> sessions = addRound(journal, random, start);
        if (!sessions)
            return sessions;
        held += *sessions;
    }

    // The escort is the demo clinic's nurse, from the staff register.
    QList<StaffRef> escorts;
    if (Result<QList<StaffRef>> staff = StaffRegister::active(journal)) {
        for (const StaffRef &member : std::as_const(*staff)) {
            if (member.name == QStringLiteral("Siri Sykepleier"))
                escorts << member;
        }
    }
    if (escorts.isEmpty())
        return held; // no staff to escort (a journal without the demo's staff)
    OutingStore outings(journal);
    for (QDate day = today.addDays(-56); day <= today; day = day.addDays(7)) {
        Result<qint64> planned = outings.planForDue(day, random.bounded(2) ? QStringLiteral("AA") : QStringLiteral("NA"),
                                                    tr("Community hall"), QTime(19, 0), escorts);
        Q_UNUSED(planned); // nobody due that week is fine
    }
    return held;
}

Result<int> DemoGroups::addRound(Journal &journal, QRandomGenerator &random, QDate start)
{
    GroupStore groups(journal);
    Result<QList<SubstanceTestStore::BoardRow>> admitted = SubstanceTestStore(journal).board(start);
    if (!admitted)
        return Error{admitted.error()};
    QList<qint64> residents;
    for (const auto &row : std::as_const(*admitted)) {
        if (row.residential)
            residents << row.patientId;
    }

    struct Plan
    {
        QString name;
        QString kind;
        QString room;
        int weekday;
        QTime time;
        int minutes;
        /// User names of the demo clinic's staff (see DemoClinic).
        QStringList leaders;
    };
    const QList<Plan> plans{
        {tr("Psychoeducation: what addiction does"), QStringLiteral("psychoeducational"), QStringLiteral("Fjell"), 1, QTime(9, 0), 90, {QStringLiteral("terapeut")}},
        {tr("Dynamic group A"), QStringLiteral("dynamic"), QStringLiteral("Fjord"), 2, QTime(13, 0), 90, {QStringLiteral("terapeut"), QStringLiteral("sykepleier")}},
        {tr("Dynamic group B"), QStringLiteral("dynamic"), QStringLiteral("Fjord"), 4, QTime(13, 0), 90, {QStringLiteral("sykepleier")}},
    };
    int held = 0;
    int next = 0;
    for (const Plan &plan : plans) {
        // A round with nobody admitted to take part is not held at all: it
        // would leave a group of past sessions still "planned".
        if (next >= residents.size())
            break;
        TherapyGroup g;
        g.name = plan.name;
        g.kind = plan.kind;
        g.room = plan.room;
        g.site = tr("The clinic");
        g.weekday = plan.weekday;
        g.startTime = plan.time;
        g.minutes = plan.minutes;
        // A session on a public holiday moves to the week after the course, so
        // a course leaves room for three of them before the next round begins.
        g.weeks = roundWeeks - 3;
        g.startDate = start;
        g.leaders = plan.leaders;
        Result<qint64> id = groups.create(g);
        if (!id)
            return Error{id.error()};
        QList<Attendance> attendance;
        for (int i = 0; i < 9 && next < residents.size(); ++i, ++next) {
            if (Result<qint64> member = groups.enrol(*id, residents.at(next), {}, start); !member)
                return Error{member.error()};
            attendance.append({residents.at(next), {}, Attendance::Status::Present, {}});
        }
        // The group note is written by a leader, signed in: the demo writes as the first one.
        Result<TherapyGroup> created = groups.group(*id);
        if (!created)
            return Error{created.error()};
        Actor leader;
        leader.staffId = created->leaderStaff.first().staffId;
        leader.username = plan.leaders.first();
        leader.fullName = created->leaderStaff.first().name;
        leader.roles = {leader.username == QStringLiteral("terapeut") ? Role::Therapist : Role::Nurse};
        const Actor before = journal.actor();
        journal.setActor(leader);
        const auto restore = qScopeGuard([&] { journal.setActor(before); });
        Result<QList<GroupSession>> sessions = groups.sessions(*id);
        if (!sessions)
            return Error{sessions.error()};
        for (const GroupSession &s : std::as_const(*sessions)) {
            if (s.startsAt.addSecs(qint64(s.minutes) * 60) > clinictime::now() || attendance.isEmpty())
                continue;
            for (Attendance &a : attendance) {
                const int roll = random.bounded(100);
                a.status = roll < 85 ? Attendance::Status::Present
                    : roll < 92     ? Attendance::Status::Late
                    : roll < 97     ? Attendance::Status::AbsentWithNotice
                                    : Attendance::Status::AbsentWithoutNotice;
            }
            if (Result<QStringList> saved = groups.recordSession(s.id, attendance, tr("Session held as planned; the group worked with the week's theme."));
                !saved)
                return Error{saved.error()};
            ++held;
        }
    }

    return held;
}

} // namespace trinn
