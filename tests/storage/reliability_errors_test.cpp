// Each failure says what happened and that nothing was saved, in the same
// words on SQLite and PostgreSQL, and never in the engine's own words.
#include "support/testjournals.h"

#include "storage/patientstore.h"
#include "storage/storagefailure.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

#include <unistd.h>

#include <iostream>

using namespace trinn;
using trinn::test::Backend;

namespace {

// The message with the journal's own place taken out, to compare backends.
QString words(const Journal &journal, QString message)
{
    return message.replace(journal.location().display(), QStringLiteral("JOURNAL"));
}

const QStringList constraintAndServerEngineWords{QStringLiteral("UNIQUE"), QStringLiteral("constraint failed"), QStringLiteral("duplicate key"),
                                                 QStringLiteral("violates"), QStringLiteral("server closed"), QStringLiteral("terminating"),
                                                 QStringLiteral("current transaction is aborted"), QStringLiteral("disk I/O error")};

void noEngineWords(const QString &message)
{
    INFO(message.toStdString());
    for (const QString &word : constraintAndServerEngineWords)
        CHECK_FALSE(message.contains(word, Qt::CaseInsensitive));
}

} // namespace

TEST_CASE("A duplicate and an invalid value are told in the same words on both backends", "[storage][reliability][errors]")
{
    QMap<Backend, QStringList> told;
    for (const Backend backend : {Backend::SQLite, Backend::PostgreSQL}) {
        std::unique_ptr<Journal> journal = test::createJournal(backend);
        const QString staff = QStringLiteral("INSERT INTO staff (username, full_name, roles, password_hash, created_at) "
                                             "VALUES ('dup', 'Dup', 'nurse', 'x', 0)");
        REQUIRE(RawSqlForTests::run(*journal, staff).ok());
        const Result<QSqlQuery> duplicate = RawSqlForTests::run(*journal, staff);
        REQUIRE_FALSE(duplicate.ok());
        noEngineWords(duplicate.error());
        CHECK(journal->lastFailure() == StorageFailure::Kind::Duplicate);
        CHECK_THAT(duplicate.error().toStdString(), Catch::Contains("nothing was saved"));

        NewPatient kari;
        kari.nationalId = test::ids::born1985;
        kari.givenNames = QStringLiteral("Kari");
        kari.familyName = QStringLiteral("Nordmann");
        REQUIRE(PatientStore(*journal).add(kari).ok());
        // A birth date that is no date: the rule of migration 0017 refuses it.
        const Result<QSqlQuery> invalid =
            RawSqlForTests::run(*journal, QStringLiteral("UPDATE patient SET birth_date = '1985-0b-15'"));
        REQUIRE_FALSE(invalid.ok());
        noEngineWords(invalid.error());
        CHECK(journal->lastFailure() == StorageFailure::Kind::InvalidData);
        told[backend] = {words(*journal, duplicate.error()), words(*journal, invalid.error())};
    }
    CHECK(told[Backend::SQLite] == told[Backend::PostgreSQL]);
}

TEST_CASE("The engines' codes map to one set of failures", "[storage][reliability][errors]")
{
    using Kind = StorageFailure::Kind;
    struct Case
    {
        bool postgres;
        const char *code;
        Kind kind;
    };
    const QList<Case> cases{
        {false, "13", Kind::DiskFull},     {false, "5", Kind::Busy},          {false, "517", Kind::Busy},
        {false, "773", Kind::Busy},        {false, "6", Kind::Busy},          {false, "8", Kind::ReadOnly},
        {false, "1032", Kind::ReadOnly},   {false, "1544", Kind::ReadOnly},   {false, "11", Kind::Damaged},
        {false, "26", Kind::Damaged},      {false, "2067", Kind::Duplicate},  {false, "1555", Kind::Duplicate},
        {false, "275", Kind::InvalidData}, {false, "1299", Kind::InvalidData}, {false, "787", Kind::InvalidData},
        {false, "778", Kind::DiskError},   {false, "522", Kind::Damaged},     {true, "23505", Kind::Duplicate},
        {true, "23514", Kind::InvalidData}, {true, "23502", Kind::InvalidData}, {true, "53100", Kind::DiskFull},
        {true, "25006", Kind::ReadOnly},   {true, "55P03", Kind::Busy},       {true, "40P01", Kind::Busy},
        {true, "08006", Kind::ConnectionLost}, {true, "57P01", Kind::ConnectionLost}, {true, "", Kind::ConnectionLost},
        {true, "25P02", Kind::Aborted},    {true, "XX001", Kind::Damaged},
    };
    // A folder with room and write access: an I/O error there is a disk error.
    const QString folder = test::tempFolder();
    for (const Case &c : cases) {
        INFO((c.postgres ? "PostgreSQL " : "SQLite ") << c.code);
        const QSqlError error(QStringLiteral("driver"), QStringLiteral("engine text"), QSqlError::StatementError,
                              QString::fromLatin1(c.code));
        const StorageFailure failure = StorageFailure::classify(error, c.postgres, c.postgres ? QString() : folder);
        CHECK(failure.kind == c.kind);
        const QString message = failure.message(QStringLiteral("J"));
        CHECK_FALSE(message.contains(QStringLiteral("engine text")));
        CHECK((message.contains(QStringLiteral("nothing was saved"))));
    }
}

TEST_CASE("A lost connection to the server is told as such and nothing was saved", "[storage][reliability][errors]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::PostgreSQL);
    // The server ends this journal's session, as a restart or a network cut would.
    auto pid = RawSqlForTests::run(*journal, QStringLiteral("SELECT pg_backend_pid()"));
    REQUIRE(pid.ok());
    REQUIRE(pid->next());
    const qint64 backend = pid->value(0).toLongLong();
    pid->finish();
    {
        QSqlDatabase admin = QSqlDatabase::database(QStringLiteral("trinn-test-admin"));
        REQUIRE(admin.isOpen());
        QSqlQuery kill(admin);
        REQUIRE(kill.exec(QStringLiteral("SELECT pg_terminate_backend(%1)").arg(backend)));
    }
    QThread::msleep(100);
    NewPatient kari;
    kari.nationalId = test::ids::born1985;
    kari.givenNames = QStringLiteral("Kari");
    kari.familyName = QStringLiteral("Nordmann");
    const Result<qint64> added = PatientStore(*journal).add(kari);
    REQUIRE_FALSE(added.ok());
    noEngineWords(added.error());
    CHECK_THAT(added.error().toStdString(), Catch::Contains("was lost: nothing was saved"));
}

namespace {

// A PostgreSQL server of this test's own, to stop and start again.
struct OwnServer
{
    QString state = test::tempFolder() + QStringLiteral("/own-postgres.state");
    QString dir;
    QString bindir;

    OwnServer()
    {
        const QString script = QStringLiteral(TRINN_TEST_SOURCE_DIR "/support/throwaway-postgres.sh");
        REQUIRE(QProcess::execute(QStringLiteral("bash"), {script, QStringLiteral("start"), state}) == 0);
        QFile file(state);
        REQUIRE(file.open(QIODevice::ReadOnly));
        dir = QString::fromUtf8(file.readAll()).trimmed();
        const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        REQUIRE_FALSE(versions.isEmpty());
        bindir = QStringLiteral("/usr/lib/postgresql/%1/bin").arg(versions.constLast());
    }
    ~OwnServer()
    {
        QProcess::execute(QStringLiteral("bash"), {QStringLiteral(TRINN_TEST_SOURCE_DIR "/support/throwaway-postgres.sh"),
                                                   QStringLiteral("stop"), state});
    }
    QStringList pgCtl(const QStringList &arguments) const
    {
        QStringList command;
        if (::geteuid() == 0)
            command << QStringLiteral("runuser") << QStringLiteral("-u") << QStringLiteral("postgres") << QStringLiteral("--");
        command << bindir + QStringLiteral("/pg_ctl") << QStringLiteral("-D") << dir + QStringLiteral("/data") << arguments;
        return command;
    }
    void start() const
    {
        QStringList command = pgCtl({QStringLiteral("-l"), dir + QStringLiteral("/server.log"), QStringLiteral("-w"),
                                     QStringLiteral("-o"),
                                     QStringLiteral("-p 54329 -k %1 -c listen_addresses='' -c fsync=off").arg(dir),
                                     QStringLiteral("start")});
        const QString program = command.takeFirst();
        REQUIRE(QProcess::execute(program, command) == 0);
    }
    QString url() const { return QStringLiteral("postgresql://postgres@/trinn_stop?host=%1&port=54329").arg(dir); }
};

} // namespace

TEST_CASE("PostgreSQL stopped in the middle of writes keeps every confirmed write and tells the rest",
          "[storage][reliability][errors][pgstop]")
{
    OwnServer server;
    {
        QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("own-admin"));
        admin.setHostName(server.dir);
        admin.setPort(54329);
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        REQUIRE(admin.open());
        REQUIRE(QSqlQuery(admin).exec(QStringLiteral("CREATE DATABASE trinn_stop")));
        admin.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("own-admin"));

    Journal::Options create;
    create.mode = Journal::OpenMode::CreateIfMissing;
    create.kindIfCreated = JournalKind::Demo;
    Result<std::unique_ptr<Journal>> journal = Journal::open(server.url(), create);
    REQUIRE(journal.ok());

    // Stopped (immediate: as a crash of the server) after the 10th write, while writing goes on.
    constexpr int writes = 60;
    QStringList confirmed, refusals;
    QStringList stop = server.pgCtl({QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")});
    const QString program = stop.takeFirst();
    QProcess stopper;
    const QStringList ids = test::ids::synthetic(writes);
    for (int i = 0; i < writes; ++i) {
        if (i == 10)
            stopper.start(program, stop);
        NewPatient p;
        p.nationalId = ids.at(i);
        p.givenNames = QStringLiteral("Skriver");
        p.familyName = QStringLiteral("Nr %1").arg(i);
        const Result<qint64> added = PatientStore(**journal).add(p);
        if (added)
            confirmed << p.familyName;
        else
            refusals << added.error();
        QThread::msleep(5);
    }
    REQUIRE(stopper.waitForFinished(30000));
    std::cout << "PostgreSQL stopped during " << writes << " writes: " << confirmed.size() << " confirmed, "
              << refusals.size() << " told the connection was lost\n";
    REQUIRE_FALSE(refusals.isEmpty());
    for (const QString &message : std::as_const(refusals)) {
        noEngineWords(message);
        INFO(message.toStdString());
        CHECK((message.contains(QStringLiteral("was lost: nothing was saved"))
               || message.contains(QStringLiteral("may or may not have been saved"))));
    }
    journal = Error{QString()};

    server.start();
    Result<std::unique_ptr<Journal>> again = Journal::open(server.url());
    REQUIRE(again.ok());
    for (const QString &name : std::as_const(confirmed)) {
        auto row = RawSqlForTests::run(**again, QStringLiteral("SELECT COUNT(*) FROM patient WHERE family_name = ?"), {name});
        REQUIRE(row.ok());
        REQUIRE(row->next());
        INFO(name.toStdString());
        CHECK(row->value(0).toInt() == 1);
    }
}
