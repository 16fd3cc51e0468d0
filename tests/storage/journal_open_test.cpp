#include "support/testjournals.h"

#include "storage/journal.h"
#include "storage/patientstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace trinn;
using trinn::test::Backend;

namespace {

QByteArray fileDigest(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256);
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

} // namespace

TEST_CASE("A new journal is created at the latest schema and reopens", "[storage][journal]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    {
        Journal::Options options;
        options.mode = Journal::OpenMode::CreateIfMissing;
        options.kindIfCreated = JournalKind::Demo;
        Result<std::unique_ptr<Journal>> journal = Journal::open(location, options);
        INFO(journal.error().toStdString());
        REQUIRE(journal.ok());
        CHECK((*journal)->schemaVersion() == (*journal)->latestSchemaVersion());
        CHECK((*journal)->latestSchemaVersion() >= 2);
        CHECK((*journal)->kind() == JournalKind::Demo);
        CHECK((*journal)->createdAt().isValid());
    }
    Result<std::unique_ptr<Journal>> reopened = Journal::open(location);
    INFO(reopened.error().toStdString());
    REQUIRE(reopened.ok());
    CHECK((*reopened)->kind() == JournalKind::Demo);
    CHECK((*reopened)->isPostgres() == (backend == Backend::PostgreSQL));
}

TEST_CASE("A SQLite journal runs in WAL mode with foreign keys and full sync", "[storage][journal]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    const auto pragma = [&](const QString &name) {
        Result<QSqlQuery> q = RawSqlForTests::run(*journal, QStringLiteral("PRAGMA ") + name);
        REQUIRE(q.ok());
        REQUIRE(q->next());
        return q->value(0).toString();
    };
    CHECK(pragma(QStringLiteral("journal_mode")) == QStringLiteral("wal"));
    CHECK(pragma(QStringLiteral("foreign_keys")) == QStringLiteral("1"));
    CHECK(pragma(QStringLiteral("synchronous")) == QStringLiteral("2"));
}

TEST_CASE("Opening a missing journal without creating it says so", "[storage][journal]")
{
    const Result<std::unique_ptr<Journal>> journal = Journal::open(test::tempFolder() + QStringLiteral("/nowhere.trinn"));
    REQUIRE_FALSE(journal.ok());
    CHECK_THAT(journal.error().toStdString(), Catch::Contains("There is no journal at") && Catch::Contains("trinnctl init"));
    CHECK_FALSE(QFile::exists(test::tempFolder() + QStringLiteral("/nowhere.trinn")));
}

TEST_CASE("Files that are not Trinn journals are refused and left untouched", "[storage][journal]")
{
    const QString path = test::freshLocation(Backend::SQLite);

    SECTION("a text file")
    {
        writeFile(path, QByteArrayLiteral("Dette er et brev, ikke en journal.\n"));
        const QByteArray before = fileDigest(path);
        const auto journal = Journal::open(path, {Journal::OpenMode::CreateIfMissing});
        REQUIRE_FALSE(journal.ok());
        CHECK_THAT(journal.error().toStdString(), Catch::Contains("not an SQLite database"));
        CHECK(fileDigest(path) == before);
    }
    SECTION("an SQLite database of another program")
    {
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other"));
            other.setDatabaseName(path);
            REQUIRE(other.open());
            QSqlQuery create(other);
            REQUIRE(create.exec(QStringLiteral("CREATE TABLE recipes (name TEXT)")));
            REQUIRE(create.exec(QStringLiteral("INSERT INTO recipes VALUES ('lapskaus')")));
            other.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("other"));
        const QByteArray before = fileDigest(path);
        const auto journal = Journal::open(path, {Journal::OpenMode::CreateIfMissing});
        REQUIRE_FALSE(journal.ok());
        CHECK_THAT(journal.error().toStdString(), Catch::Contains("another program"));
        CHECK(fileDigest(path) == before);
        CHECK_FALSE(QFile::exists(path + QStringLiteral("-wal")));
    }
    SECTION("an empty file when a journal is expected")
    {
        writeFile(path, QByteArray());
        const auto journal = Journal::open(path);
        REQUIRE_FALSE(journal.ok());
        CHECK_THAT(journal.error().toStdString(), Catch::Contains("empty file"));
        CHECK(QFileInfo(path).size() == 0);
    }
    SECTION("a folder")
    {
        const auto journal = Journal::open(test::tempFolder());
        REQUIRE_FALSE(journal.ok());
        CHECK_THAT(journal.error().toStdString(), Catch::Contains("is a folder"));
    }
    SECTION("an unreadable file")
    {
        writeFile(path, QByteArrayLiteral("SQLite format 3"));
        QFile::setPermissions(path, QFileDevice::Permissions());
        QFile probe(path);
        if (probe.open(QIODevice::ReadOnly))
            SUCCEED("running as root: every file is readable, nothing to test");
        else {
            const auto journal = Journal::open(path);
            REQUIRE_FALSE(journal.ok());
            CHECK_THAT(journal.error().toStdString(), Catch::Contains("Cannot read"));
        }
    }
}

TEST_CASE("A PostgreSQL database of another program is refused and left untouched", "[storage][journal]")
{
    const QString location = test::freshLocation(Backend::PostgreSQL);
    {
        // Stage the foreign table through a throwaway journal connection's driver.
        Result<JournalLocation> where = JournalLocation::parse(location);
        REQUIRE(where.ok());
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("other-pg"));
        other.setHostName(where->host);
        other.setPort(where->port);
        other.setDatabaseName(where->database);
        other.setUserName(where->userName);
        REQUIRE(other.open());
        QSqlQuery create(other);
        REQUIRE(create.exec(QStringLiteral("CREATE TABLE invoices (amount INTEGER)")));
        other.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("other-pg"));

    const auto journal = Journal::open(location, {Journal::OpenMode::CreateIfMissing});
    REQUIRE_FALSE(journal.ok());
    CHECK_THAT(journal.error().toStdString(), Catch::Contains("another program"));
}

TEST_CASE("An empty PostgreSQL database is not a journal until init", "[storage][journal]")
{
    const QString location = test::freshLocation(Backend::PostgreSQL);
    const auto refused = Journal::open(location);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().toStdString(), Catch::Contains("empty database"));
    const auto created = Journal::open(location, {Journal::OpenMode::CreateIfMissing});
    CHECK(created.ok());
}

TEST_CASE("A journal from a newer Trinn is refused and left untouched", "[storage][journal]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    {
        Result<std::unique_ptr<Journal>> journal = Journal::open(location, {Journal::OpenMode::CreateIfMissing});
        REQUIRE(journal.ok());
        test::rawExec(**journal, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) VALUES (99, 'future', 0)"));
    }
    QByteArray before;
    if (backend == Backend::SQLite)
        before = fileDigest(location);
    const auto refused = Journal::open(location);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().toStdString(), Catch::Contains("newer Trinn (schema 99"));
    if (backend == Backend::SQLite)
        CHECK(fileDigest(location) == before);
}

TEST_CASE("A damaged journal file gives a clear message and no crash", "[storage][journal]")
{
    const QString path = test::freshLocation(Backend::SQLite);
    int patientPage = 0;
    {
        Journal::Options options{Journal::OpenMode::CreateIfMissing, JournalKind::Demo};
        Result<std::unique_ptr<Journal>> journal = Journal::open(path, options);
        REQUIRE(journal.ok());
        PatientStore patients(**journal);
        NewPatient p;
        p.nationalId = test::ids::born1985;
        p.givenNames = QStringLiteral("Kari");
        p.familyName = QStringLiteral("Nordmann");
        REQUIRE(patients.add(p).ok());
        test::rawExec(**journal, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
        Result<QSqlQuery> root = RawSqlForTests::run(**journal, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'patient'"));
        REQUIRE(root.ok());
        REQUIRE(root->next());
        patientPage = root->value(0).toInt();
    }
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadWrite));
    const qint64 size = file.size();
    REQUIRE(size >= 8192);

    SECTION("garbage over the schema page")
    {
        REQUIRE(file.seek(100));
        file.write(QByteArray(3000, '\x5a'));
        file.close();
        const auto journal = Journal::open(path);
        REQUIRE_FALSE(journal.ok());
        CHECK_THAT(journal.error().toStdString(), Catch::Contains("damaged") || Catch::Contains("another program"));
    }
    SECTION("garbage over the page of the patient table")
    {
        REQUIRE(patientPage > 1);
        REQUIRE(file.seek(qint64(patientPage - 1) * 4096));
        file.write(QByteArray(2000, '\x7f'));
        file.close();
        const auto journal = Journal::open(path);
        REQUIRE_FALSE(journal.ok());
        CHECK_THAT(journal.error().toStdString(), Catch::Contains("damaged"));
    }
    SECTION("a file cut short")
    {
        REQUIRE(file.resize(size - 1000));
        file.close();
        const auto journal = Journal::open(path);
        REQUIRE_FALSE(journal.ok());
        CHECK_THAT(journal.error().toStdString(), Catch::Contains("cut short"));
    }
}

TEST_CASE("Two connections write to one journal at once without losing either", "[storage][journal]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    Journal::Options options{Journal::OpenMode::CreateIfMissing, JournalKind::Demo};
    Result<std::unique_ptr<Journal>> first = Journal::open(location, options);
    REQUIRE(first.ok());
    Result<std::unique_ptr<Journal>> second = Journal::open(location);
    REQUIRE(second.ok());

    PatientStore a(**first);
    PatientStore b(**second);
    NewPatient p;
    p.givenNames = QStringLiteral("Kari");
    p.familyName = QStringLiteral("Nordmann");
    p.nationalId = test::ids::born1990a;
    REQUIRE(a.add(p).ok());
    p.nationalId = test::ids::born1990b;
    REQUIRE(b.add(p).ok());
    CHECK(*a.count() == 2);
    CHECK(*b.count() == 2);

    SECTION("the same id from both: one wins, the other hears why")
    {
        p.nationalId = test::ids::born1990c;
        REQUIRE(a.add(p).ok());
        const Result<qint64> duplicate = b.add(p);
        REQUIRE_FALSE(duplicate.ok());
        CHECK_THAT(duplicate.error().toStdString(), Catch::Contains("already registered"));
    }
}

TEST_CASE("Journal locations: files and PostgreSQL addresses", "[storage][journal]")
{
    const auto file = JournalLocation::parse(QStringLiteral("klinikk.trinn"));
    REQUIRE(file.ok());
    CHECK(file->backend == JournalLocation::Backend::SQLite);
    CHECK(file->filePath.endsWith(QStringLiteral("/klinikk.trinn")));

    const auto pg = JournalLocation::parse(QStringLiteral("postgresql://trinn:hemmelig@db.klinikk.local:5433/journal?sslmode=require"));
    REQUIRE(pg.ok());
    CHECK(pg->backend == JournalLocation::Backend::PostgreSQL);
    CHECK(pg->host == QStringLiteral("db.klinikk.local"));
    CHECK(pg->port == 5433);
    CHECK(pg->database == QStringLiteral("journal"));
    CHECK(pg->userName == QStringLiteral("trinn"));
    CHECK(pg->password == QStringLiteral("hemmelig"));
    CHECK(pg->connectOptions == QStringLiteral("sslmode=require"));
    CHECK_FALSE(pg->display().contains(QStringLiteral("hemmelig")));

    const auto socket = JournalLocation::parse(QStringLiteral("postgresql://trinn@/journal?host=/run/postgresql"));
    REQUIRE(socket.ok());
    CHECK(socket->host == QStringLiteral("/run/postgresql"));

    CHECK_FALSE(JournalLocation::parse(QStringLiteral("postgresql://db.klinikk.local/")).ok());
    CHECK_FALSE(JournalLocation::parse(QStringLiteral("   ")).ok());
}
