// trinnctl killed at random points, and trinnctl on a full disk: every write
// it confirmed survives, the journal stays intact, and init and demo leave
// nothing half-made behind.
#include "cli/trinnctlrun.h"
#include "support/testjournals.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include "storage/journal.h"

#include <unistd.h>

#include <iostream>

using namespace trinn::test::cli;

namespace {

// Later verbs need a signed-in staff member: the demo journal's administrator.
QProcessEnvironment signedIn()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("TRINN_USER"), QStringLiteral("admin"));
    env.insert(QStringLiteral("TRINN_PASSWORD"), QStringLiteral("demo-passord"));
    return env;
}

} // namespace

TEST_CASE("trinnctl killed at 300 random points keeps every confirmed write", "[cli][reliability][kill]")
{
    const QString journal = trinn::test::tempFolder() + QStringLiteral("/killed.trinn");
    REQUIRE(trinnctl({QStringLiteral("demo"), journal, QStringLiteral("--patients"), QStringLiteral("5")}, admin).status == 0);

    // How long a write takes when left alone: kills land anywhere inside it.
    const QStringList ids = trinn::test::ids::synthetic(301);
    QElapsedTimer timer;
    timer.start();
    REQUIRE(trinnctl({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"), ids.at(300),
                      QStringLiteral("--name"), QStringLiteral("Uforstyrret Skriver")}, admin)
                .status == 0);
    const int span = int(timer.elapsed() * 12 / 10) + 5;

    QRandomGenerator random(15);
    QStringList confirmed;
    confirmed << ids.at(300);
    int killed = 0; // kills sent (a few land just as the write finishes)
    constexpr int trials = 300;
    for (int i = 0; i < trials; ++i) {
        QProcess process;
        process.setProcessEnvironment(signedIn());
        process.start(QStringLiteral(TRINNCTL_PATH),
                      {QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"), ids.at(i),
                       QStringLiteral("--name"), QStringLiteral("Avbrutt Skriver")});
        REQUIRE(process.waitForStarted());
        if (!process.waitForFinished(int(random.bounded(span)))) {
            process.kill();
            ++killed;
        }
        if (process.state() != QProcess::NotRunning)
            REQUIRE(process.waitForFinished(60000));
        if (process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0) {
            CHECK(QString::fromUtf8(process.readAllStandardOutput()).contains(QStringLiteral("Registered")));
            confirmed << ids.at(i);
        }
    }
    std::cout << "kill test: " << trials << " trials, " << killed << " kills sent, " << confirmed.size()
              << " writes confirmed (kills within " << span << " ms)\n";
    CHECK(killed > trials / 4);

    const Run checked = trinnctl({QStringLiteral("check"), journal}, admin);
    INFO(checked.err.toStdString());
    CHECK(checked.status == 0);
    for (const QString &id : std::as_const(confirmed)) {
        const Run found = trinnctl({QStringLiteral("patient"), QStringLiteral("find"), journal, id}, admin);
        INFO(id.toStdString());
        CHECK(found.out.startsWith(id));
    }
}

TEST_CASE("A full disk is told as such with nothing saved and init and demo leave nothing behind",
          "[cli][reliability][diskfull]")
{
    if (::geteuid() != 0) {
        WARN("Skipped: a small tmpfs can be mounted only by root, and this test runs as another user.");
        return;
    }
    const QString mount = trinn::test::tempFolder() + QStringLiteral("/full");
    REQUIRE(QDir().mkpath(mount));
    if (QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                     QStringLiteral("size=4m"), QStringLiteral("tmpfs"), mount})
        != 0) {
        WARN("Skipped: mounting a 4 MiB tmpfs failed (no CAP_SYS_ADMIN in this container).");
        return;
    }
    struct Unmount
    {
        QString at;
        ~Unmount() { QProcess::execute(QStringLiteral("umount"), {QStringLiteral("-l"), at}); }
    } unmount{mount};

    const QString journal = mount + QStringLiteral("/clinic.trinn");
    REQUIRE(trinnctl({QStringLiteral("demo"), journal, QStringLiteral("--patients"), QStringLiteral("5")}, admin).status == 0);
    // Fill the disk to the last byte.
    {
        QFile filler(mount + QStringLiteral("/filler"));
        REQUIRE(filler.open(QIODevice::WriteOnly));
        const QByteArray block(4096, 'x');
        while (filler.write(block) == block.size() && filler.flush()) {
        }
        const QByteArray byte(1, 'x');
        while (filler.write(byte) == 1 && filler.flush()) {
        }
    }
    const Run added = trinnctl({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"),
                                trinn::test::ids::born1990b, QStringLiteral("--name"), QStringLiteral("Full Disk")}, admin);
    INFO(added.err.toStdString());
    CHECK(added.status != 0);
    CHECK_THAT(added.err.toStdString(), Catch::Contains("is full: nothing was saved"));
    CHECK_THAT(added.err.toStdString(), !Catch::Contains("disk I/O error"));

    const Run checked = trinnctl({QStringLiteral("check"), journal}, admin);
    INFO(checked.err.toStdString());
    CHECK(checked.status != 1); // not damage: intact (0) or could not look (2)

    const Run init = trinnctl({QStringLiteral("init"), mount + QStringLiteral("/new.trinn")}, admin);
    CHECK(init.status != 0);
    CHECK_FALSE(QFile::exists(mount + QStringLiteral("/new.trinn")));
    const Run demo = trinnctl({QStringLiteral("demo"), mount + QStringLiteral("/demo.trinn")}, admin);
    CHECK(demo.status != 0);
    CHECK_FALSE(QFile::exists(mount + QStringLiteral("/demo.trinn")));
    CHECK(QDir(mount).entryList(QDir::Files | QDir::Hidden).filter(QStringLiteral("building")).isEmpty());

    QFile::remove(mount + QStringLiteral("/filler"));
    const Run after = trinnctl({QStringLiteral("check"), journal}, admin);
    INFO(after.err.toStdString());
    CHECK(after.status == 0);
    CHECK_THAT(after.out.toStdString(), Catch::Contains("5 patients"));
}

TEST_CASE("demo counts what it wrote and a demo killed half-way leaves no journal", "[cli][reliability][demo]")
{
    const QString journal = trinn::test::tempFolder() + QStringLiteral("/counted.trinn");
    const Run made = trinnctl({QStringLiteral("demo"), journal, QStringLiteral("--patients"), QStringLiteral("20")}, admin);
    REQUIRE(made.status == 0);
    {
        trinn::Result<std::unique_ptr<trinn::Journal>> opened = trinn::Journal::open(journal);
        REQUIRE(opened.ok());
        const auto count = [&](const char *table) {
            auto row = trinn::RawSqlForTests::run(**opened, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
            REQUIRE(row.ok());
            REQUIRE(row->next());
            return row->value(0).toInt();
        };
        const int referrals = count("referral"), stays = count("bed_stay");
        CHECK(referrals > 0);
        CHECK(stays > 0);
        CHECK_THAT(made.out.toStdString(), Catch::Contains(QStringLiteral("%1 referrals, %2 bed stays").arg(referrals).arg(stays).toStdString()));
    }

    const QString killed = trinn::test::tempFolder() + QStringLiteral("/killed-demo.trinn");
    QProcess process;
    process.start(QStringLiteral(TRINNCTL_PATH), {QStringLiteral("demo"), killed, QStringLiteral("--patients"), QStringLiteral("400")});
    REQUIRE(process.waitForStarted());
    QThread::msleep(800); // well inside the patients
    process.kill();
    process.waitForFinished(30000);
    CHECK_FALSE(QFile::exists(killed));
    const Run checked = trinnctl({QStringLiteral("check"), killed}, admin);
    CHECK(checked.status == 2); // no journal there to look at
}

// A PostgreSQL database has no file to rename into place: a demo there is
// marked unfinished until it completes, and one killed half-way is refused.
TEST_CASE("PostgreSQL: a demo killed half-way is refused as never finished", "[cli][reliability][demo][postgres]")
{
    const QString location = trinn::test::freshLocation(trinn::test::Backend::PostgreSQL);
    QProcess process;
    process.start(QStringLiteral(TRINNCTL_PATH), {QStringLiteral("demo"), location, QStringLiteral("--patients"), QStringLiteral("400")});
    REQUIRE(process.waitForStarted());
    // Killed once it has written patients, well before it is done.
    bool writing = false;
    QElapsedTimer waited;
    waited.start();
    // Up to four minutes: on a loaded two-core machine the server's migrations
    // alone took over a minute before the first patients were committed.
    while (!writing && waited.elapsed() < 240000 && process.state() == QProcess::Running) {
        QThread::msleep(250);
        trinn::Journal::Options peek;
        peek.unfinishedAllowed = true;
        trinn::Result<std::unique_ptr<trinn::Journal>> opened = trinn::Journal::open(location, peek);
        if (!opened)
            continue;
        auto row = trinn::RawSqlForTests::run(**opened, QStringLiteral("SELECT COUNT(*) FROM patient"));
        writing = row.ok() && const_cast<QSqlQuery &>(*row).next() && row->value(0).toInt() > 0;
    }
    REQUIRE(writing);
    process.kill();
    process.waitForFinished(30000);

    const trinn::Result<std::unique_ptr<trinn::Journal>> refused = trinn::Journal::open(location);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().toStdString(), Catch::Contains("was never finished: trinnctl demo stopped before it was complete"));
    const Run checked = trinnctl({QStringLiteral("check"), location}, admin);
    CHECK(checked.status == 1);
    CHECK_THAT(QString(checked.out + checked.err).toStdString(), Catch::Contains("never finished"));
    const Run again = trinnctl({QStringLiteral("demo"), location, QStringLiteral("--patients"), QStringLiteral("3")}, admin);
    CHECK(again.status != 0);
    CHECK_THAT(again.err.toStdString(), Catch::Contains("never finished"));

    // A demo that completes is opened as usual.
    const QString whole = trinn::test::freshLocation(trinn::test::Backend::PostgreSQL);
    REQUIRE(trinnctl({QStringLiteral("demo"), whole, QStringLiteral("--patients"), QStringLiteral("3")}, admin).status == 0);
    CHECK(trinn::Journal::open(whole).ok());
}

TEST_CASE("The desktop program started for automation prints why and exits 2 instead of waiting on a dialog",
          "[cli][reliability][automation]")
{
    const QString journal = trinn::test::tempFolder() + QStringLiteral("/desktop.trinn");
    REQUIRE(trinnctl({QStringLiteral("demo"), journal, QStringLiteral("--patients"), QStringLiteral("3")}, admin).status == 0);
    const auto desktop = [](const QString &location, const QString &password) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TRINN_USER"), QStringLiteral("admin"));
        env.insert(QStringLiteral("TRINN_PASSWORD"), password);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(TRINN_APP_PATH), {QStringLiteral("--journal"), location});
        REQUIRE(process.waitForFinished(30000)); // a dialog would wait for ever
        return Run{process.exitCode(), QString(), QString::fromUtf8(process.readAllStandardError())};
    };
    const Run wrongPassword = desktop(journal, QStringLiteral("not the password"));
    CHECK(wrongPassword.status == 2);
    CHECK_THAT(wrongPassword.err.toStdString(), Catch::Contains("cannot sign in as admin"));

    const QString notAJournal = trinn::test::tempFolder() + QStringLiteral("/notes.txt");
    {
        QFile file(notAJournal);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a journal\n");
    }
    const Run refused = desktop(notAJournal, QStringLiteral("demo-passord"));
    CHECK(refused.status == 2);
    CHECK_THAT(refused.err.toStdString(), Catch::Contains("not an SQLite database"));
}
