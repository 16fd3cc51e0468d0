#include "testjournals.h"

#include "storage/patientstore.h"
#include "storage/staffstore.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTranslator>

#include <cstdlib>

namespace trinn::test {
namespace {

QAtomicInt counter;
constexpr int postgresPort = 54329;

QTemporaryDir &temporaryDir()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/trinn-test-XXXXXX"));
    return dir;
}

QString script()
{
    return QStringLiteral(TRINN_TEST_SOURCE_DIR "/support/throwaway-postgres.sh");
}

void stopOwnServer();
QString ownStateFile;

// The socket folder of the test server: CTest's fixture's, or one of our own.
QString postgresFolder()
{
    static QString folder = [] {
        QString state = qEnvironmentVariable("TRINN_TEST_PG_STATE");
        if (state.isEmpty() || !QFile::exists(state)) {
            ownStateFile = temporaryDir().path() + QStringLiteral("/postgres.state");
            const int status = QProcess::execute(QStringLiteral("bash"),
                                                 {script(), QStringLiteral("start"), ownStateFile});
            if (status != 0)
                FAIL("The throwaway PostgreSQL server did not start (exit status " << status << ")");
            std::atexit(stopOwnServer);
            state = ownStateFile;
        }
        QFile file(state);
        REQUIRE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll()).trimmed();
    }();
    return folder;
}

void stopOwnServer()
{
    if (!ownStateFile.isEmpty())
        QProcess::execute(QStringLiteral("bash"), {script(), QStringLiteral("stop"), ownStateFile});
}

QString postgresUrl(const QString &database)
{
    return QStringLiteral("postgresql://postgres@/%1?host=%2&port=%3")
        .arg(database, postgresFolder())
        .arg(postgresPort);
}

} // namespace

QString uniqueLogin(const QString &base)
{
    return QStringLiteral("%1_%2_%3").arg(base).arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
}

Result<std::unique_ptr<Journal>> openAs(const Journal &journal, const QString &login, const QString &password)
{
    Journal::Options options;
    options.userName = login;
    options.password = password;
    return Journal::open(postgresUrl(journal.location().database), options);
}

void makeLarReady(Journal &journal, qint64 patientId)
{
    const auto one = [&journal](const QString &sql, const QVariantList &values) {
        auto row = RawSqlForTests::run(journal, sql, values);
        REQUIRE(row.ok());
        return const_cast<QSqlQuery &>(*row).next() ? row->value(0).toLongLong() : qint64(0);
    };
    qint64 therapist = one(QStringLiteral("SELECT id FROM staff WHERE username = 'lar-terapeut'"), {});
    if (therapist == 0)
        therapist = one(QStringLiteral("INSERT INTO staff (username, full_name, roles, password_hash, created_at) "
                                       "VALUES ('lar-terapeut', 'LAR Terapeut', 'therapist', 'x', 0) RETURNING id"),
                        {});
    if (one(QStringLiteral("SELECT COUNT(*) FROM care_team WHERE patient_id = ? AND staff_id = ?"), {patientId, therapist}) == 0)
        REQUIRE(RawSqlForTests::run(journal, QStringLiteral("INSERT INTO care_team (patient_id, staff_id) VALUES (?, ?)"),
                                    {patientId, therapist})
                    .ok());
    if (one(QStringLiteral("SELECT COUNT(*) FROM medication WHERE patient_id = ? AND stop_date IS NULL"), {patientId}) == 0)
        REQUIRE(RawSqlForTests::run(journal, QStringLiteral("INSERT INTO medication (patient_id, drug, dose, start_date) "
                                                            "VALUES (?, 'Metadon', '80 mg', '2020-01-01')"),
                                    {patientId})
                    .ok());
}

QSqlDatabase connectAs(const Journal &journal, const QString &login, const QString &password)
{
    const QString name = QStringLiteral("trinn-test-login-%1").arg(counter.fetchAndAddRelaxed(1));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(postgresFolder());
    db.setPort(postgresPort);
    db.setDatabaseName(journal.location().database);
    db.setUserName(login);
    db.setPassword(password);
    return db;
}

QString tempFolder()
{
    return temporaryDir().path();
}

Journal::Options optionsUpTo(int version, Journal::OpenMode mode)
{
    Journal::Options options;
    options.mode = mode;
    options.kindIfCreated = JournalKind::Demo;
    options.migrations.clear();
    for (const Migration &migration : Migration::builtin()) {
        if (migration.version <= version)
            options.migrations.append(migration);
    }
    return options;
}

QString freshLocation(Backend backend)
{
    const int n = counter.fetchAndAddRelaxed(1);
    if (backend == Backend::SQLite)
        return tempFolder() + QStringLiteral("/journal-%1.trinn").arg(n);

    const QString database = QStringLiteral("trinn_test_%1_%2").arg(QCoreApplication::applicationPid()).arg(n);
    const QString connection = QStringLiteral("trinn-test-admin");
    {
        QSqlDatabase admin = QSqlDatabase::contains(connection) ? QSqlDatabase::database(connection)
                                                                : QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        admin.setHostName(postgresFolder());
        admin.setPort(postgresPort);
        admin.setUserName(QStringLiteral("postgres"));
        admin.setDatabaseName(QStringLiteral("postgres"));
        if (!admin.isOpen())
            REQUIRE(admin.open());
        QSqlQuery create(admin);
        INFO(create.lastError().text().toStdString());
        REQUIRE(create.exec(QStringLiteral("CREATE DATABASE ") + database));
    }
    return postgresUrl(database);
}

std::unique_ptr<Journal> createJournal(Backend backend, JournalKind kind)
{
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    options.kindIfCreated = kind;
    Result<std::unique_ptr<Journal>> journal = Journal::open(freshLocation(backend), options);
    INFO(journal.error().toStdString());
    REQUIRE(journal.ok());
    return std::move(*journal);
}

void rawExec(Journal &journal, const QString &sql)
{
    Result<QSqlQuery> done = RawSqlForTests::runFixed(journal, sql);
    INFO(sql.toStdString() << ": " << done.error().toStdString());
    REQUIRE(done.ok());
}

Actor therapistInRegister(Journal &journal, const QString &username, const QString &fullName)
{
    auto row = RawSqlForTests::run(journal,
                                   QStringLiteral("INSERT INTO staff (username, full_name, roles, password_hash, created_at) "
                                                  "VALUES (?, ?, 'therapist', 'x', 0) RETURNING id"),
                                   {username, fullName});
    REQUIRE(row.ok());
    REQUIRE(row->next());
    Actor actor;
    actor.staffId = row->value(0).toLongLong();
    actor.username = username;
    actor.fullName = fullName;
    actor.roles = {Role::Therapist};
    return actor;
}

QVariant sqlValue(Journal &journal, const QString &sql, const QVariantList &bindings)
{
    Result<QSqlQuery> row = RawSqlForTests::run(journal, sql, bindings);
    INFO(sql.toStdString() << ": " << row.error().toStdString());
    REQUIRE(row.ok());
    REQUIRE(row->next());
    const QVariant value = row->value(0);
    row->finish();
    return value;
}

qint64 sqlNumber(Journal &journal, const QString &sql, const QVariantList &bindings)
{
    return sqlValue(journal, sql, bindings).toLongLong();
}

Actor signIn(Journal &journal, const QString &username)
{
    const Result<Actor> actor = StaffStore(journal).signIn(username, staffPassword);
    INFO(actor.error().toStdString());
    REQUIRE(actor.ok());
    return *actor;
}

NewPatient newPatient(const QString &nationalId, const QString &givenNames, const QString &familyName)
{
    NewPatient patient;
    patient.nationalId = nationalId;
    patient.givenNames = givenNames;
    patient.familyName = familyName;
    return patient;
}

qint64 addPatient(Journal &journal, const QString &nationalId, const QString &givenNames, const QString &familyName)
{
    const Result<qint64> added = PatientStore(journal).add(newPatient(nationalId, givenNames, familyName));
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    return *added;
}

qint64 addNumberedPatient(Journal &journal, int n, const QString &familyName, QDate bornFrom)
{
    const QDate birth = bornFrom.addDays(n * 41);
    for (int serial = 100 + n * 3; serial < 999; ++serial) {
        const Result<NationalId> id = NationalId::make(birth, serial, NationalId::Kind::BirthNumber, true);
        if (id)
            return addPatient(journal, id->digits(), QStringLiteral("Pasient%1").arg(n), familyName);
    }
    FAIL("no national id for patient " << n);
    return 0;
}

qint64 addLarPatient(Journal &journal, int n, const QString &familyName)
{
    const qint64 id = addNumberedPatient(journal, n, familyName);
    makeLarReady(journal, id);
    return id;
}

qint64 enrol(EpisodeStore &episodes, const EpisodeStore::Enrolment &enrolment)
{
    const Result<qint64> id = episodes.enrol(enrolment);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 phaseId(EpisodeStore &episodes, qint64 episodeId, const QString &code)
{
    const Result<Episode> episode = episodes.episode(episodeId);
    REQUIRE(episode.ok());
    const Phase *phase = episode->phaseByCode(code);
    REQUIRE(phase);
    return phase->id;
}

SubstanceTest urine(qint64 patientId, const QStringList &positives, const QDateTime &sampledAt)
{
    SubstanceTest test;
    test.patientId = patientId;
    test.sampledAt = sampledAt;
    for (const QString &code : Analytes::panel(false))
        test.results.append({code, positives.contains(code), std::nullopt, QString(), std::nullopt, QString()});
    return test;
}

// Synthetic national ids (month + 80) with both mod-11 check digits, made
// here rather than by Trinn's code.
QStringList ids::synthetic(int count)
{
    QStringList ids;
    for (int n = 0; ids.size() < count; ++n) {
        const int day = 1 + n % 28, month = 81 + (n / 28) % 12, year = 50 + (n / 336) % 40, individual = 100 + n % 400;
        const QString digits = QStringLiteral("%1%2%3%4").arg(day, 2, 10, QLatin1Char('0')).arg(month).arg(year)
                                   .arg(individual, 3, 10, QLatin1Char('0'));
        const auto d = [&](int i) { return digits.at(i).digitValue(); };
        int k1 = 11 - (3 * d(0) + 7 * d(1) + 6 * d(2) + 1 * d(3) + 8 * d(4) + 9 * d(5) + 4 * d(6) + 5 * d(7) + 2 * d(8)) % 11;
        k1 = k1 == 11 ? 0 : k1;
        if (k1 == 10)
            continue;
        int k2 = 11 - (5 * d(0) + 4 * d(1) + 3 * d(2) + 2 * d(3) + 7 * d(4) + 6 * d(5) + 5 * d(6) + 4 * d(7) + 3 * d(8) + 2 * k1) % 11;
        k2 = k2 == 11 ? 0 : k2;
        if (k2 == 10)
            continue;
        ids << digits + QString::number(k1) + QString::number(k2);
    }
    return ids;
}

LanguageGivenBack::LanguageGivenBack()
{
    for (QTranslator *installed : QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly))
        m_before << installed;
}

LanguageGivenBack::~LanguageGivenBack()
{
    for (QTranslator *installed : QCoreApplication::instance()->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        if (m_before.contains(installed))
            continue;
        QCoreApplication::removeTranslator(installed);
        delete installed;
    }
    QLocale::setDefault(m_locale);
}

} // namespace trinn::test
