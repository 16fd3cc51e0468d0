#include "demohistory.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "demo/demonames.h"
#include "demo/demotests.h"
#include "intake/referral.h"
#include "programs/programtemplate.h"
#include "storage/followupstore.h"
#include "storage/historywriter.h"
#include "storage/intakestore.h"
#include "storage/journal.h"
#include "storage/substanceteststore.h"
#include "testing/testingschedule.h"

#include <QRandomGenerator>
#include <QSet>

#include <algorithm>
#include <memory>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

using demonames::pick;

using LivedPhase = HistoryWriter::LivedPhase;

constexpr int daysPerTransaction = 7;
constexpr int bedsPerRoom = 8;

// A note's text: a few sentences from the pool of its kind, so notes differ
// from each other as they do in a real journal.
QString noteBody(QRandomGenerator &random, const QString &type)
{
    static const QHash<QString, QStringList> pools{
        {u"admission"_s,
         {DemoHistory::tr("Admitted as planned after the intake assessment."),
          DemoHistory::tr("Arrived with a relative; belongings checked together with staff."),
          DemoHistory::tr("Describes daily use over the last months and wants to stop."),
          DemoHistory::tr("Informed about house rules, daily testing and the group schedule."),
          DemoHistory::tr("Consent to share information with the GP given."),
          DemoHistory::tr("Sleep and appetite poor the last weeks; follow up.")}},
        {u"progress"_s,
         {DemoHistory::tr("Calm week. Took part in the groups and the house duties."),
          DemoHistory::tr("Talks about cravings in the evenings and uses the plan made with the contact person."),
          DemoHistory::tr("Slept better this week."), DemoHistory::tr("Tests this week as expected."),
          DemoHistory::tr("Conflict with another patient at dinner, resolved in the community meeting."),
          DemoHistory::tr("Worked on step work with the sponsor."),
          DemoHistory::tr("Visit from family on Sunday went well."),
          DemoHistory::tr("Some low mood; talked with the nurse on duty.")}},
        {u"individual-session"_s,
         {DemoHistory::tr("Individual session about the life story and what led to the use."),
          DemoHistory::tr("Worked with the treatment plan: work and housing after discharge."),
          DemoHistory::tr("Talked about shame and about contact with the children."),
          DemoHistory::tr("Went through the relapse prevention plan; warning signs named."),
          DemoHistory::tr("Motivation is good; wants to continue in the aftercare group.")}},
        {u"group"_s,
         {DemoHistory::tr("Shared openly in the group about the first weeks."),
          DemoHistory::tr("Quiet in the group today, but listened well."),
          DemoHistory::tr("Gave feedback to the others with warmth.")}},
        {u"phone-follow-up"_s,
         {DemoHistory::tr("Phone follow-up: is going to meetings twice a week."),
          DemoHistory::tr("Phone follow-up: working again part time."),
          DemoHistory::tr("Phone follow-up: a slip last week, talked it through; has contacted the sponsor."),
          DemoHistory::tr("Phone follow-up: no answer; message left.")}},
        {u"discharge-summary"_s,
         {DemoHistory::tr("Completed the residential phase as planned."),
          DemoHistory::tr("Goals in the treatment plan mostly reached."),
          DemoHistory::tr("Continues in Phase 2 with gatherings and a local group."),
          DemoHistory::tr("The GP has been sent a discharge letter.")}},
    };
    const QStringList &pool = pools.value(type);
    const int sentences = std::min(int(pool.size()), 2 + random.bounded(3));
    QStringList chosen;
    int at = random.bounded(int(pool.size()));
    for (int i = 0; i < sentences; ++i, at = (at + 1 + random.bounded(2)) % int(pool.size())) {
        if (!chosen.contains(pool.at(at)))
            chosen << pool.at(at);
    }
    return chosen.join(u' ');
}

const QStringList therapists{u"Terapeut Hansen"_s, u"Terapeut Lie"_s, u"Terapeut Dahl"_s, u"Terapeut Nilsen"_s};
const QStringList nurses{u"Sykepleier Berg"_s, u"Sykepleier Lie"_s, u"Sykepleier Moe"_s};

using Data = AccessPolicy::Data;

// The journal notes a phase gives on one of its days.
QStringList notesDue(const LivedPhase &phase, int dayInPhase, bool firstDayOfEpisode)
{
    QStringList due;
    if (firstDayOfEpisode)
        due << u"admission"_s;
    if (phase.residential && phase.kind != phasekind::gathering) {
        if (dayInPhase % 7 == 6)
            due << u"progress"_s;
        if (dayInPhase % 14 == 3)
            due << u"individual-session"_s;
        if (dayInPhase % 7 == 2)
            due << u"group"_s;
    } else if (TestingSchedule::scheduledPhaseKinds().contains(phase.kind)) {
        if (dayInPhase % 14 == 6)
            due << u"progress"_s;
        if (dayInPhase % 28 == 10)
            due << u"individual-session"_s;
    } else if (dayInPhase % 30 == 29) {
        due << u"phone-follow-up"_s;
    }
    return due;
}

class TestsAndNotes
{
public:
    TestsAndNotes(Journal &journal, QRandomGenerator &random, QDate today)
        : m_journal(journal), m_random(random), m_today(today)
    {
    }

    Status write(QList<LivedPhase> phases, const DemoHistory::Progress &progress, DemoHistory::Counts &counts)
    {
        Result<QHash<qint64, QList<Medication>>> medication = Gate::read(
            m_journal, Data::Medication, PatientRef::none(), u"medication for the demo's history"_s,
            [](Scope &scope) { return HistoryWriter(scope).medications(); });
        if (!medication)
            return Error{medication.error()};
        Result<QByteArray> secret = SubstanceTestStore(m_journal).secret();
        if (!secret)
            return Error{secret.error()};
        Result<QList<SubstanceTestStore::Taker>> takers = DemoTests::nurses(m_journal);
        if (!takers)
            return Error{takers.error()};
        m_nurses = *takers;
        std::stable_sort(phases.begin(), phases.end(), [](const LivedPhase &a, const LivedPhase &b) { return a.start < b.start; });
        if (phases.isEmpty())
            return {};

        const QDateTime now = clinictime::now();
        QList<const LivedPhase *> ongoing;
        QSet<qint64> episodesBegun;
        qsizetype next = 0;
        QDate day = phases.constFirst().start;
        while (day <= m_today) {
            // One visit of the Gate (one transaction) for a few days of history,
            // as the system actor; each patient written gets its audit record.
            Status written = Gate::write(m_journal, Data::Tests, PatientRef::none(), u"wrote the demo's history"_s,
                                         [&](Scope &scope) -> Status {
                HistoryWriter writer(scope);
                m_scope = &scope;
                m_writer = &writer;
                for (; day <= m_today; day = day.addDays(1)) {
                    // A phase runs from its first day up to the day before it ended.
                    for (qsizetype i = ongoing.size() - 1; i >= 0; --i) {
                        const LivedPhase &p = *ongoing.at(i);
                        if (!p.end.isValid() || p.end > day)
                            continue;
                        if (p.residential && p.kind == phasekind::residential) {
                            if (Status noted = note(p, u"discharge-summary"_s, day, counts); !noted)
                                return noted;
                        }
                        ongoing.removeAt(i);
                    }
                    while (next < phases.size() && phases.at(next).start <= day) {
                        const LivedPhase &p = phases.at(next++);
                        if (!p.end.isValid() || p.end > day)
                            ongoing.append(&p);
                    }

                    QSet<qint64> tested;
                    for (const LivedPhase *p : std::as_const(ongoing)) {
                        if (isTestDay(*p, *secret, day) && !tested.contains(p->patientId)) {
                            tested.insert(p->patientId);
                            if (Status done = test(*p, day, now, medication->value(p->patientId), counts); !done)
                                return done;
                        }
                        const bool firstDay = !episodesBegun.contains(p->episodeId);
                        episodesBegun.insert(p->episodeId);
                        for (const QString &type : notesDue(*p, int(p->start.daysTo(day)), firstDay)) {
                            if (Status noted = note(*p, type, day, counts); !noted)
                                return noted;
                        }
                    }

                    if (progress && (day.day() == 1 && day.month() % 3 == 1))
                        progress(DemoHistory::tr("history written up to %1: %2 tests, %3 notes")
                                     .arg(clinictime::formatDate(day))
                                     .arg(counts.tests)
                                     .arg(counts.notes));
                    if (day.dayOfYear() % daysPerTransaction == 0) {
                        day = day.addDays(1);
                        break;
                    }
                }
                return {};
            });
            m_scope = nullptr;
            m_writer = nullptr;
            if (!written)
                return written;
        }
        return {};
    }

private:
    bool isTestDay(const LivedPhase &p, const QByteArray &secret, QDate day)
    {
        if (p.residential)
            return p.kind != phasekind::gathering || day != p.start; // gatherings: from the morning after arrival
        // At home in Phase 2 and aftercare: a sample at the weekly follow-up visit.
        if (p.kind == phasekind::phase2 || p.kind == phasekind::aftercare)
            return p.start.daysTo(day) % 7 == 4;
        if (!TestingSchedule::scheduledPhaseKinds().contains(p.kind))
            return false;
        auto schedule = m_schedules.find(p.testing);
        if (schedule == m_schedules.end()) {
            Result<TestingSchedule> parsed = TestingSchedule::parse(p.testing);
            schedule = m_schedules.insert(p.testing, parsed ? *parsed : TestingSchedule());
        }
        return schedule->isTestDay(secret, p.episodeId, day);
    }

    Status test(const LivedPhase &p, QDate day, const QDateTime &now, const QList<Medication> &prescribed, DemoHistory::Counts &counts)
    {
        // Now and then a patient is away at test time; today's round is under way.
        if (m_random.bounded(100) < (day == m_today ? 55 : 4))
            return {};
        QList<Medication> active;
        for (const Medication &m : prescribed) {
            if (m.activeOn(day))
                active.append(m);
        }
        SubstanceTest t = DemoTests::take(m_random, p.patientId, day, active, m_nurses);
        if (t.sampledAt > now)
            return {};
        t.outcome = TestInterpretation::outcomeCode(TestInterpretation::interpret(t, active).outcome);
        t.recordedAt = t.sampledAt.addSecs(60 * (5 + m_random.bounded(40)));
        // Written by the generator itself.
        t.recordedBy = u"system"_s;
        if (Result<qint64> id = m_writer->addTest(t); !id)
            return Error{id.error()};
        m_scope->touched(p.patientId);
        ++counts.tests;
        return {};
    }

    Status note(const LivedPhase &p, const QString &type, QDate day, DemoHistory::Counts &counts)
    {
        HistoryWriter::Note n;
        n.patientId = p.patientId;
        n.type = type;
        n.author = type == u"progress" ? pick(m_random, nurses) : pick(m_random, therapists);
        n.writtenAt = clinictime::at(day, QTime(10 + m_random.bounded(6), m_random.bounded(60)));
        if (n.writtenAt > clinictime::now())
            return {};
        // Signed the same day or the next; the last days' notes are sometimes still drafts.
        const QDateTime signedAt = n.writtenAt.addSecs(60 * (20 + m_random.bounded(24 * 60)));
        if (signedAt < clinictime::now() && (day.daysTo(m_today) > 3 || m_random.bounded(3) > 0))
            n.signedAt = signedAt;
        n.body = noteBody(m_random, type);
        if (Status added = m_writer->addNote(n); !added)
            return added;
        m_scope->touched(p.patientId);
        ++counts.notes;
        return {};
    }

    Journal &m_journal;
    QRandomGenerator &m_random;
    QDate m_today;
    QList<SubstanceTestStore::Taker> m_nurses;
    // The visit of the Gate in progress and its writer (one per transaction).
    Scope *m_scope = nullptr;
    HistoryWriter *m_writer = nullptr;
    QHash<QString, TestingSchedule> m_schedules;
};

struct Stay
{
    qint64 patientId = 0;
    qint64 episodeId = 0;
    QDate start;
    QDate end; // invalid: still admitted
};

// One stay per episode: its residential phases (detox, Phase 1) run back to back in one bed.
QList<Stay> staysOf(const QList<LivedPhase> &phases)
{
    QList<Stay> stays;
    QHash<qint64, qsizetype> stayOf;
    for (const LivedPhase &p : phases) {
        if (!p.residential || p.kind == phasekind::gathering)
            continue;
        auto found = stayOf.constFind(p.episodeId);
        if (found == stayOf.constEnd()) {
            stayOf.insert(p.episodeId, stays.size());
            stays.append({p.patientId, p.episodeId, p.start, p.end});
            continue;
        }
        Stay &stay = stays[*found];
        stay.start = std::min(stay.start, p.start);
        stay.end = !stay.end.isValid() || !p.end.isValid() ? QDate() : std::max(stay.end, p.end);
    }
    // Left the same day they came: no night in a bed.
    stays.removeIf([](const Stay &s) { return s.end.isValid() && s.end <= s.start; });
    std::stable_sort(stays.begin(), stays.end(), [](const Stay &a, const Stay &b) { return a.start < b.start; });
    return stays;
}

// The clinic's four rooms of eight beds, and more rooms when the stays need them;
// each stay takes the first bed free on its first day.
Result<int> bookStays(Journal &journal, const QList<LivedPhase> &phases)
{
    static const QStringList rooms{u"Fjell"_s, u"Fjord"_s, u"Skog"_s, u"Vidde"_s, u"Myr"_s, u"Strand"_s,
                                   u"Li"_s, u"Vik"_s, u"Bre"_s, u"Dal"_s, u"Elv"_s, u"Ås"_s};
    BedStore beds(journal);
    QList<qint64> bedIds;
    QList<QDate> freeFrom;
    const auto addBed = [&]() -> Status {
        const qsizetype room = bedIds.size() / bedsPerRoom;
        const QString roomName = rooms.at(room % rooms.size())
            + (room >= rooms.size() ? u' ' + QString::number(room / rooms.size() + 1) : QString());
        Result<qint64> id = beds.addBed({0, DemoHistory::tr("The clinic"), roomName, QString::number(bedIds.size() % bedsPerRoom + 1)});
        if (!id)
            return Error{id.error()};
        bedIds << *id;
        freeFrom << QDate(1900, 1, 1);
        return {};
    };
    WriteTransaction transaction(journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    while (bedIds.size() < 4 * bedsPerRoom) {
        if (Status added = addBed(); !added)
            return Error{added.error()};
    }
    int booked = 0;
    for (const Stay &stay : staysOf(phases)) {
        qsizetype bed = 0;
        while (bed < bedIds.size() && freeFrom.at(bed) > stay.start)
            ++bed;
        if (bed == bedIds.size()) {
            if (Status added = addBed(); !added)
                return Error{added.error()};
        }
        Result<qint64> stayId = beds.book(bedIds.at(bed), stay.patientId, stay.start, stay.end, stay.episodeId);
        if (!stayId)
            return Error{stayId.error()};
        // Free again the day after the stay's last day; an open stay holds its bed.
        freeFrom[bed] = stay.end.isValid() ? stay.end.addDays(1) : QDate(9999, 12, 31);
        ++booked;
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return booked;
}

// The follow-up calls and letters after discharge that were due are done,
// but for the last few days' (left for the follow-ups list to show).
Result<int> recordFollowUps(Journal &journal, QRandomGenerator &random, QDate today)
{
    FollowUpStore followUps(journal);
    const Result<QList<FollowUpStore::Due>> due = followUps.due(today.addDays(-5));
    if (!due)
        return Error{due.error()};
    int done = 0;
    WriteTransaction transaction(journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    for (const FollowUpStore::Due &call : *due) {
        const bool letter = call.kind == u"letter"_s;
        const bool reached = letter || random.bounded(100) < 85;
        const FollowUpStore::Outcome outcome = letter ? FollowUpStore::Outcome::LetterSent
            : reached                               ? FollowUpStore::Outcome::Reached
                                                    : FollowUpStore::Outcome::NotReached;
        const QString note = letter  ? DemoHistory::tr("Letter sent with the dates of the next gathering.")
            : reached                ? DemoHistory::tr("Doing well at home; goes to meetings twice a week.")
                                     : DemoHistory::tr("Did not answer; a letter follows.");
        const QDate on = std::min(today, call.plannedOn.addDays(random.bounded(3)));
        if (Status marked = followUps.markDone(call.id, on, outcome, note); !marked)
            return Error{marked.error()};
        ++done;
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return done;
}

// The referral behind each episode: received some weeks before the start,
// assessed within the deadline (now and then a little late), then admitted.
Result<int> referEpisodes(Journal &journal, QRandomGenerator &random, const QList<LivedPhase> &phases, QDate today)
{
    QList<const LivedPhase *> firsts;
    QSet<qint64> seen;
    for (const LivedPhase &p : phases) {
        if (!seen.contains(p.episodeId)) {
            seen.insert(p.episodeId);
            firsts << &p;
        }
    }
    std::stable_sort(firsts.begin(), firsts.end(), [](const LivedPhase *a, const LivedPhase *b) { return a->start < b->start; });
    ReferralStore referrals(journal);
    int written = 0;
    WriteTransaction transaction(journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    for (const LivedPhase *p : std::as_const(firsts)) {
        Referral r;
        r.personName = p->patientName;
        r.source = pick(random, ReferralRules::sources());
        r.receivedOn = p->start.addDays(-random.bounded(21, 70));
        r.requestedService = p->programCode;
        r.priority = 1 + random.bounded(3);
        if (r.receivedOn > today)
            continue;
        Result<qint64> id = referrals.receive(r);
        if (!id)
            return Error{id.error()};
        const QDate assessed = std::min(p->start, r.receivedOn.addDays(random.bounded(100) < 93 ? random.bounded(1, 13) : random.bounded(15, 20)));
        const QDate careDeadline = std::max(assessed, p->start.addDays(random.bounded(0, 30)));
        if (Status done = referrals.assess(*id, assessed, careDeadline, r.priority); !done)
            return Error{done.error()};
        if (Status done = referrals.planAdmission(*id, p->start); !done)
            return Error{done.error()};
        if (Status done = referrals.admit(*id, p->patientId); !done)
            return Error{done.error()};
        ++written;
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return written;
}

} // namespace

Result<DemoHistory::Counts> DemoHistory::add(Journal &journal, QRandomGenerator &random, QDate today, const Progress &progress)
{
    Result<QList<LivedPhase>> phases = Gate::read(journal, AccessPolicy::Data::Programs, PatientRef::none(),
                                                  u"phases for the demo's history"_s,
                                                  [](Scope &scope) { return HistoryWriter(scope).livedPhases(); });
    if (!phases)
        return Error{phases.error()};
    Counts counts;
    if (Status written = TestsAndNotes(journal, random, today).write(*phases, progress, counts); !written)
        return Error{written.error()};
    if (progress)
        progress(tr("%1 tests and %2 notes written; now referrals and bed stays").arg(counts.tests).arg(counts.notes));
    Result<int> referred = referEpisodes(journal, random, *phases, today);
    if (!referred)
        return Error{referred.error()};
    counts.referrals = *referred;
    Result<int> stays = bookStays(journal, *phases);
    if (!stays)
        return Error{stays.error()};
    counts.bedStays = *stays;
    if (Result<int> followedUp = recordFollowUps(journal, random, today); !followedUp)
        return Error{followedUp.error()};
    return counts;
}

} // namespace trinn
