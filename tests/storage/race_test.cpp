#include "support/testjournals.h"

#include "common/clinictime.h"
#include "storage/calendarstore.h"
#include "storage/groupstore.h"
#include "storage/intakestore.h"
#include "storage/patientstore.h"

#include <QThread>

#include <barrier>
#include <functional>

// Two workstations race for the last course place, the last bed night and one room slot: the
// rule's reads happen inside the gate's write transaction (SQLite BEGIN
// IMMEDIATE, PostgreSQL one advisory lock), so exactly one of them wins each
// time and the other is refused with the rule's reason, never a database error.

using namespace trinn;
using trinn::test::Backend;

namespace {

constexpr int rounds = 50;

struct Outcome
{
    bool won = false;
    QString error;
};

using Attempt = std::function<Result<qint64>(Journal &journal, int round)>;

// One workstation: its own Journal (its own connection) made, used and closed
// in its own thread, since a QSqlDatabase connection belongs to the thread
// that made it. Each round starts when both racers are at the barrier.
class Racer
{
public:
    Racer(const QString &location, std::barrier<> &start, Attempt attempt)
        : m_thread(QThread::create([this, location, &start, attempt] { run(location, start, attempt); }))
    {
    }
    void begin() { m_thread->start(); }
    bool finish() { return m_thread->wait(std::chrono::minutes(4)); }
    const QList<Outcome> &outcomes() const { return m_outcomes; }
    const QString &openError() const { return m_openError; }

private:
    void run(const QString &location, std::barrier<> &start, const Attempt &attempt)
    {
        Result<std::unique_ptr<Journal>> journal = Journal::open(location);
        if (!journal) {
            m_openError = journal.error();
            start.arrive_and_drop();
            return;
        }
        for (int round = 0; round < rounds; ++round) {
            start.arrive_and_wait();
            const Result<qint64> done = attempt(**journal, round);
            m_outcomes.append({done.ok(), done ? QString() : done.error()});
        }
    }

    std::unique_ptr<QThread> m_thread;
    QList<Outcome> m_outcomes;
    QString m_openError;
};

struct Race
{
    QList<Outcome> first;
    QList<Outcome> second;
};

Race race(const QString &location, const Attempt &first, const Attempt &second)
{
    std::barrier<> start(2);
    Racer a(location, start, first);
    Racer b(location, start, second);
    a.begin();
    b.begin();
    REQUIRE(a.finish());
    REQUIRE(b.finish());
    INFO(a.openError().toStdString() << b.openError().toStdString());
    REQUIRE(a.openError().isEmpty());
    REQUIRE(b.openError().isEmpty());
    REQUIRE(a.outcomes().size() == rounds);
    REQUIRE(b.outcomes().size() == rounds);
    return {a.outcomes(), b.outcomes()};
}

// Each round: one winner, and the loser refused with the rule's words.
void checkOneWinnerEach(const Race &race, const std::string &reason)
{
    for (int round = 0; round < rounds; ++round) {
        const Outcome &a = race.first.at(round);
        const Outcome &b = race.second.at(round);
        INFO("round " << round << ": " << a.error.toStdString() << " / " << b.error.toStdString());
        CHECK(a.won != b.won);
        const Outcome &loser = a.won ? b : a;
        CHECK_THAT(loser.error.toStdString(), Catch::Contains(reason));
        CHECK_THAT(loser.error.toStdString(), !Catch::Contains("busy"));
    }
}

// The journal the racers open, made (and kept open for the checks) by the test.
std::unique_ptr<Journal> createAt(const QString &location)
{
    Journal::Options create;
    create.mode = Journal::OpenMode::CreateIfMissing;
    create.kindIfCreated = JournalKind::Demo;
    auto made = Journal::open(location, create);
    REQUIRE(made.ok());
    return std::move(*made);
}

} // namespace

TEST_CASE("Two workstations race for the last bed night: exactly one gets it", "[storage][race][beds]")
{
    const QString location = test::freshLocation(TRINN_BOTH_BACKENDS());
    std::unique_ptr<Journal> setup = createAt(location);
    Journal &journal = *setup;
    const qint64 kari = test::addPatient(journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Nordmann"));
    const qint64 ola = test::addPatient(journal, test::ids::born1990a, QStringLiteral("Test"), QStringLiteral("Hansen"));
    const qint64 per = test::addPatient(journal, test::ids::born1990b, QStringLiteral("Test"), QStringLiteral("Berg"));
    BedStore beds(journal);
    const auto bed = beds.addBed({0, QStringLiteral("Klinikken"), QStringLiteral("Fjell"), QStringLiteral("3")});
    REQUIRE(bed.ok());
    // Per sleeps in the bed every other night: each round's night is the last one free between his.
    const QDate first = QDate(2027, 6, 1);
    const auto nightOf = [&](int round) { return first.addDays(2 * round); };
    for (int round = 0; round < rounds; ++round)
        REQUIRE(beds.book(*bed, per, nightOf(round).addDays(1), nightOf(round).addDays(2)).ok());

    const auto book = [&](qint64 patient) {
        return [&, patient](Journal &own, int round) { return BedStore(own).book(*bed, patient, nightOf(round), nightOf(round).addDays(1)); };
    };
    const Race result = race(location, book(kari), book(ola));
    checkOneWinnerEach(result, "Bed 3 in room Fjell is taken by another patient");
    CHECK(test::sqlNumber(journal, QStringLiteral("SELECT COUNT(*) FROM bed_stay")) == 2 * rounds);
    const auto stays = beds.staysBetween(first, nightOf(rounds));
    REQUIRE(stays.ok());
    for (int i = 0; i < stays->size(); ++i) {
        for (int j = i + 1; j < stays->size(); ++j)
            CHECK_FALSE(stays->at(i).overlaps(stays->at(j).start, stays->at(j).end));
    }
}

TEST_CASE("Two workstations race for one room slot: exactly one books it", "[storage][race][calendar]")
{
    const QString location = test::freshLocation(TRINN_BOTH_BACKENDS());
    std::unique_ptr<Journal> setup = createAt(location);
    Journal &journal = *setup;
    const qint64 kari = test::addPatient(journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Nordmann"));
    const qint64 ola = test::addPatient(journal, test::ids::born1990a, QStringLiteral("Test"), QStringLiteral("Hansen"));
    const qint64 lise = test::therapistInRegister(journal, QStringLiteral("lise"), QStringLiteral("Lise Lege")).staffId;
    const qint64 terje = test::therapistInRegister(journal, QStringLiteral("terje"), QStringLiteral("Terje Terapeut")).staffId;
    // Eight slots a day from Wednesday 01.09.2027, no public holiday among them.
    const auto slotOf = [](int round) {
        return clinictime::at(QDate(2027, 9, 1).addDays(round / 8), QTime(8, 0).addSecs(3600 * (round % 8))).toUTC();
    };
    const auto book = [&](qint64 patient, qint64 staff) {
        return [&, patient, staff](Journal &own, int round) {
            return AppointmentStore(own).book({0, patient, staff, {}, slotOf(round), 45, QStringLiteral("Kontor 1"), {}});
        };
    };
    const Race result = race(location, book(kari, lise), book(ola, terje));
    checkOneWinnerEach(result, "Room Kontor 1 is taken by an individual session");
    CHECK(test::sqlNumber(journal, QStringLiteral("SELECT COUNT(*) FROM appointment")) == rounds);
}

TEST_CASE("Two workstations race for the last course place: exactly one is enrolled", "[storage][race][groups]")
{
    const QString location = test::freshLocation(TRINN_BOTH_BACKENDS());
    std::unique_ptr<Journal> setup = createAt(location);
    Journal &journal = *setup;
    const qint64 kari = test::addPatient(journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Nordmann"));
    const qint64 ola = test::addPatient(journal, test::ids::born1990a, QStringLiteral("Test"), QStringLiteral("Hansen"));
    test::therapistInRegister(journal, QStringLiteral("psykolog"), QStringLiteral("Psykolog P"));
    // One course a round with one place left: the rule counts the places taken
    // inside the enrolment's own write transaction.
    QList<qint64> courses;
    for (int round = 0; round < rounds; ++round) {
        TherapyGroup g;
        g.name = QStringLiteral("MBRP %1").arg(round + 1);
        g.kind = QStringLiteral("mbrp");
        g.site = QStringLiteral("LAR Sentrum");
        g.room = QStringLiteral("Rom %1").arg(round);
        g.capacity = 1;
        g.weekday = 3;
        g.startTime = QTime(12, 0);
        g.minutes = 105;
        g.startDate = QDate(2027, 9, 1);
        g.leaders = {QStringLiteral("Psykolog P")};
        const auto id = GroupStore(journal).create(g);
        INFO(id.error().toStdString());
        REQUIRE(id.ok());
        courses.append(*id);
    }
    const auto enrol = [&](qint64 patient) {
        return [&, patient](Journal &own, int round) {
            return GroupStore(own).enrol(courses.at(round), patient, {}, QDate(2027, 9, 1));
        };
    };
    const Race result = race(location, enrol(kari), enrol(ola));
    checkOneWinnerEach(result, "is full (1 of 1)");
    CHECK(test::sqlNumber(journal, QStringLiteral("SELECT COUNT(*) FROM group_member")) == rounds);
}
