#include "support/testjournals.h"

#include "storage/auditlog.h"
#include "storage/staffstore.h"

#include <QElapsedTimer>
#include <QThread>

#include <algorithm>
#include <barrier>

// Sign-in hardening: ten workstations guessing one account's password at once
// lock it after five failures in all, because each failure is counted inside
// the sign-in's write transaction (SQLite BEGIN IMMEDIATE, PostgreSQL the
// writers' advisory lock) by the database itself; and an unknown user name
// takes as long to refuse as a known one.

using namespace trinn;
using trinn::test::Backend;

namespace {

constexpr int guessers = 10;
const QString rightPassword = QStringLiteral("et langt passord");

QString openedJournal(Backend backend)
{
    const QString location = test::freshLocation(backend);
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    Result<std::unique_ptr<Journal>> journal = Journal::open(location, options);
    INFO(journal.error().toStdString());
    REQUIRE(journal.ok());
    REQUIRE(StaffStore(**journal).add(QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), {Role::Nurse}, rightPassword).ok());
    return location;
}

} // namespace

TEST_CASE("Ten guessers at once lock the account after five failures in all", "[storage][staff][race]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = openedJournal(backend);

    // Each guesser is a workstation: its own Journal (its own connection),
    // made, used and closed in its own thread.
    std::barrier<> start(guessers);
    QList<QString> answers(guessers);
    QList<QString> openErrors(guessers);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < guessers; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            Result<std::unique_ptr<Journal>> journal = Journal::open(location);
            if (!journal) {
                openErrors[i] = journal.error();
                start.arrive_and_drop();
                return;
            }
            start.arrive_and_wait();
            const Result<Actor> actor = StaffStore(**journal).signIn(QStringLiteral("nina"), QStringLiteral("gjett %1").arg(i));
            answers[i] = actor ? QStringLiteral("signed in") : actor.error();
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        REQUIRE(thread->wait(std::chrono::minutes(3)));
    for (const QString &error : std::as_const(openErrors))
        REQUIRE(error.toStdString() == "");

    int wrong = 0, lockedNow = 0, lockedAlready = 0;
    for (const QString &answer : std::as_const(answers)) {
        INFO(answer.toStdString());
        CHECK_THAT(answer.toStdString(), !Catch::Contains("busy") && !Catch::Contains("signed in"));
        wrong += answer == QStringLiteral("Wrong user name or password.");
        lockedNow += answer.contains(QStringLiteral("locked for 15 minutes"));
        lockedAlready += answer.contains(QStringLiteral("locked until"));
    }
    // Four wrong, the fifth locks, the other five find the account locked.
    CHECK(wrong == StaffStore::lockAfterFailures - 1);
    CHECK(lockedNow == 1);
    CHECK(lockedAlready == guessers - StaffStore::lockAfterFailures);

    Result<std::unique_ptr<Journal>> journal = Journal::open(location);
    REQUIRE(journal.ok());
    const Result<Actor> owner = StaffStore(**journal).signIn(QStringLiteral("nina"), rightPassword);
    REQUIRE_FALSE(owner.ok());
    CHECK_THAT(owner.error().toStdString(), Catch::Contains("locked until"));

    // Every attempt is on record.
    auto refusals = RawSqlForTests::run(**journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' "
                                                                  "AND what = 'failed to sign in as nina'"));
    REQUIRE(refusals.ok());
    REQUIRE(refusals->next());
    CHECK(refusals->value(0).toInt() == guessers + 1);
}

TEST_CASE("An unknown user name takes as long to refuse as a known one", "[storage][staff]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    StaffStore staff(*journal);
    REQUIRE(staff.add(QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), {Role::Nurse}, rightPassword).ok());
    REQUIRE(staff.add(QStringLiteral("per"), QStringLiteral("Per Stengt"), {Role::Nurse}, rightPassword).ok());
    REQUIRE(staff.disable(QStringLiteral("per")).ok());

    const auto timed = [&](const QString &username) {
        QElapsedTimer timer;
        timer.start();
        const Result<Actor> actor = staff.signIn(username, QStringLiteral("feil passord"));
        CHECK_FALSE(actor.ok());
        return double(timer.nsecsElapsed()) / 1e6;
    };
    QList<double> known, unknown, disabled;
    for (int round = 0; round < 5; ++round) {
        known << timed(QStringLiteral("nina"));
        unknown << timed(QStringLiteral("ingen"));
        disabled << timed(QStringLiteral("per"));
    }
    const auto median = [](QList<double> times) {
        std::sort(times.begin(), times.end());
        return times.at(times.size() / 2);
    };
    INFO("median ms: known " << median(known) << ", unknown " << median(unknown) << ", disabled " << median(disabled));
    // One Argon2id hash each (tens of milliseconds); without it an unknown
    // name answers in well under a millisecond.
    CHECK(median(unknown) > 0.5 * median(known));
    CHECK(median(disabled) > 0.5 * median(known));
    // The fastest of each: a busy machine slows single runs, never speeds them.
    CHECK(*std::min_element(unknown.begin(), unknown.end()) < 2.0 * *std::min_element(known.begin(), known.end()));
}

TEST_CASE("A password hash made with the earlier limits is made again at sign-in and only then", "[storage][staff]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    StaffStore staff(*journal);
    REQUIRE(staff.add(QStringLiteral("nina"), QStringLiteral("Nina Sykepleier"), {Role::Nurse}, rightPassword).ok());
    const auto storedHash = [&] {
        Result<QSqlQuery> row = RawSqlForTests::run(*journal, QStringLiteral("SELECT password_hash FROM staff WHERE username = 'nina'"));
        REQUIRE(row.ok());
        REQUIRE(row->next());
        return row->value(0).toString();
    };
    // New accounts: Argon2id with 46 MiB and 3 passes.
    CHECK(storedHash().startsWith(QStringLiteral("$argon2id$v=19$m=47104,t=3,p=1$")));

    // rightPassword hashed with libsodium's INTERACTIVE limits (64 MiB, 2 passes), as accounts were before.
    const QString earlier = QStringLiteral("$argon2id$v=19$m=65536,t=2,p=1$/X8FsTfGGGy64BEXJtyCOQ$ygRl+bLHc5R67qgAJ1A3QJlBpb2oFHibOJBYD6rHDmU");
    REQUIRE(RawSqlForTests::run(*journal, QStringLiteral("UPDATE staff SET password_hash = ? WHERE username = 'nina'"), {earlier}).ok());

    CHECK_FALSE(staff.signIn(QStringLiteral("nina"), QStringLiteral("feil passord")).ok());
    CHECK(storedHash() == earlier);

    REQUIRE(staff.signIn(QStringLiteral("nina"), rightPassword).ok());
    const QString renewed = storedHash();
    CHECK(renewed.startsWith(QStringLiteral("$argon2id$v=19$m=47104,t=3,p=1$")));
    // The new hash holds the same password, and no other.
    CHECK(staff.signIn(QStringLiteral("nina"), rightPassword).ok());
    CHECK_FALSE(staff.signIn(QStringLiteral("nina"), QStringLiteral("feil passord")).ok());
    CHECK(storedHash() == renewed);
}

// On PostgreSQL a wrong password is refused by the server itself, before
// Trinn's sign-in runs: the refused workstation reports it (migration 23) and
// the server locks the login role, so the right password is refused too.
TEST_CASE("PostgreSQL: ten wrong passwords at the server lock the login after five in all", "[storage][staff][race][postgres]")
{
    const QString location = openedJournal(Backend::PostgreSQL);
    Result<std::unique_ptr<Journal>> owner = Journal::open(location);
    REQUIRE(owner.ok());

    std::barrier<> start(guessers);
    QList<QString> answers(guessers);
    std::vector<std::unique_ptr<QThread>> threads;
    for (int i = 0; i < guessers; ++i) {
        threads.emplace_back(QThread::create([&, i] {
            start.arrive_and_wait();
            const Result<std::unique_ptr<Journal>> guess = test::openAs(**owner, QStringLiteral("nina"), QStringLiteral("gjett %1").arg(i));
            answers[i] = guess ? QStringLiteral("opened") : guess.error();
        }));
        threads.back()->start();
    }
    for (auto &thread : threads)
        REQUIRE(thread->wait(std::chrono::minutes(3)));
    int wrong = 0, lockedNow = 0, lockedAlready = 0;
    for (const QString &answer : std::as_const(answers)) {
        INFO(answer.toStdString());
        wrong += answer.contains(QStringLiteral("refused the user name or password of nina"));
        lockedNow += answer.contains(QStringLiteral("locked for 15 minutes"));
        lockedAlready += answer.contains(QStringLiteral("locked until"));
    }
    CHECK(wrong == StaffStore::lockAfterFailures - 1);
    CHECK(lockedNow == 1);
    CHECK(lockedAlready == guessers - StaffStore::lockAfterFailures);

    // The server holds the lock: the right password does not open either.
    const Result<std::unique_ptr<Journal>> right = test::openAs(**owner, QStringLiteral("nina"), rightPassword);
    REQUIRE_FALSE(right.ok());
    CHECK_THAT(right.error().toStdString(), Catch::Contains("locked until"));

    // Every refusal is on the server's audit record, as on SQLite.
    const auto refusals = [&] {
        auto row = RawSqlForTests::run(**owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' "
                                                                 "AND what = 'failed to sign in as nina'"));
        REQUIRE(row.ok());
        REQUIRE(row->next());
        return row->value(0).toInt();
    };
    CHECK(refusals() == guessers + 1);

    // When the lock has run out the right password opens again, at once: the
    // first refusal (the server's lock) is lifted and tried again.
    const auto disabled = RawSqlForTests::runFixed(**owner, QStringLiteral("ALTER TABLE staff DISABLE TRIGGER trinn_follow_lock"));
    INFO(disabled.error().toStdString());
    REQUIRE(disabled.ok());
    REQUIRE(RawSqlForTests::run(**owner, QStringLiteral("UPDATE staff SET locked_until = 1 WHERE username = 'nina'")).ok());
    REQUIRE(RawSqlForTests::runFixed(**owner, QStringLiteral("ALTER TABLE staff ENABLE TRIGGER trinn_follow_lock")).ok());
    const Result<std::unique_ptr<Journal>> later = test::openAs(**owner, QStringLiteral("nina"), rightPassword);
    INFO(later.error().toStdString());
    REQUIRE(later.ok());
    CHECK(StaffStore(**later).signIn(QStringLiteral("nina"), rightPassword).ok());
    CHECK(refusals() == guessers + 1);
}
