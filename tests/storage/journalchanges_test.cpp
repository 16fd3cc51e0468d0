#include "support/testjournals.h"

#include "storage/carerecordstore.h"
#include "storage/journalchanges.h"
#include "storage/patientstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSignalSpy>

using namespace trinn;
using trinn::test::Backend;

namespace {

Medication methadone(qint64 patientId)
{
    return {0, patientId, QStringLiteral("methadone"), QStringLiteral("80 mg daily"), QDate(2027, 3, 1), QDate(),
            QStringLiteral("Dr. LAR"), QString()};
}

// Lets what is already announced be delivered, so a spy sees only what follows.
void settle(int milliseconds = 50)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < milliseconds)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
}

JournalChanges::Areas areasIn(const QSignalSpy &spy, int emission)
{
    return spy.at(emission).at(0).value<JournalChanges::Areas>();
}

// A second workstation: the same journal, opened again.
std::unique_ptr<Journal> openAgain(const QString &location)
{
    Result<std::unique_ptr<Journal>> journal = Journal::open(location);
    INFO(journal.error().toStdString());
    REQUIRE(journal.ok());
    return std::move(*journal);
}

std::unique_ptr<Journal> create(const QString &location)
{
    Result<std::unique_ptr<Journal>> journal = Journal::open(location, {Journal::OpenMode::CreateIfMissing, JournalKind::Demo});
    INFO(journal.error().toStdString());
    REQUIRE(journal.ok());
    return std::move(*journal);
}

} // namespace

TEST_CASE("A write through the Gate is announced once, after its transaction commits", "[storage][changes]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    const qint64 patient = test::addPatient(*journal);
    settle();
    QSignalSpy spy(&journal->changes(), &JournalChanges::changed);

    REQUIRE(CareRecordStore(*journal).addMedication(methadone(patient)).ok());
    // Queued: no slot runs inside the use case or its transaction.
    CHECK(spy.count() == 0);
    REQUIRE(spy.wait(1000));
    settle();
    REQUIRE(spy.count() == 1);
    CHECK(areasIn(spy, 0) == JournalChanges::Areas{AccessPolicy::Data::Medication});

    SECTION("use cases committed before the event loop runs again are announced together")
    {
        spy.clear();
        CareRecordStore care(*journal);
        REQUIRE(care.addMedication(methadone(patient)).ok());
        REQUIRE(care.addMedication(methadone(patient)).ok());
        REQUIRE(spy.wait(1000));
        settle();
        CHECK(spy.count() == 1);
    }

    SECTION("a read, a refusal and a rolled-back write announce nothing")
    {
        spy.clear();
        REQUIRE(CareRecordStore(*journal).medications(patient).ok());
        // Validation inside the use case fails after the transaction began.
        CHECK_FALSE(CareRecordStore(*journal).stopMedication(987654, QDate(2027, 4, 1), QStringLiteral("ended")).ok());
        Actor stranger;
        stranger.staffId = 4242;
        stranger.username = QStringLiteral("stranger");
        journal->setActor(stranger);
        CHECK_FALSE(CareRecordStore(*journal).addMedication(methadone(patient)).ok());
        journal->setActor(Actor{});
        CHECK_FALSE(spy.wait(1500));
        CHECK(spy.count() == 0);
    }
}

TEST_CASE("Another workstation's write reaches this journal's channel within seconds", "[storage][changes]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    std::unique_ptr<Journal> here = create(location);
    const qint64 patient = test::addPatient(*here);
    std::unique_ptr<Journal> there = openAgain(location);
    settle();
    QSignalSpy spy(&here->changes(), &JournalChanges::changed);

    REQUIRE(CareRecordStore(*there).addMedication(methadone(patient)).ok());
    QElapsedTimer waited;
    waited.start();
    REQUIRE(spy.wait(5000));
    CHECK(waited.elapsed() < 5000);
    const JournalChanges::Areas areas = areasIn(spy, 0);
    CHECK(areas.contains(AccessPolicy::Data::Medication));
    // PostgreSQL's notification names the area; SQLite can only say that something changed.
    if (backend == Backend::PostgreSQL)
        CHECK(areas == JournalChanges::Areas{AccessPolicy::Data::Medication});
    else
        CHECK(areas == JournalChanges::everything());

    SECTION("what the other workstation only reads is no change (else two open boards would refresh each other forever)")
    {
        settle(JournalChanges::sqlitePollMilliseconds + 200);
        spy.clear();
        // Audited reads, and a refusal: both write to the audit log, neither is a change.
        REQUIRE(CareRecordStore(*there).medications(patient).ok());
        Actor stranger;
        stranger.staffId = 4242;
        stranger.username = QStringLiteral("stranger");
        there->setActor(stranger);
        CHECK_FALSE(CareRecordStore(*there).medications(patient).ok());
        CHECK_FALSE(spy.wait(2 * JournalChanges::sqlitePollMilliseconds + 500));
    }

    SECTION("a change made while this workstation also writes is not lost")
    {
        settle(JournalChanges::sqlitePollMilliseconds + 200);
        spy.clear();
        REQUIRE(CareRecordStore(*there).addMedication(methadone(patient)).ok());
        // This workstation writes before its poll has seen the other's commit.
        REQUIRE(CareRecordStore(*here).addMedication(methadone(patient)).ok());
        REQUIRE(spy.wait(1000));
        if (backend == Backend::SQLite)
            CHECK(areasIn(spy, 0) == JournalChanges::everything());
        else
            CHECK(areasIn(spy, 0).contains(AccessPolicy::Data::Medication));
    }
}
