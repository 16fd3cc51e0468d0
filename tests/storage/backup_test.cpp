#include "support/testjournals.h"

#include "storage/auditlog.h"
#include "storage/backup.h"
#include "storage/changelog.h"
#include "storage/integritycheck.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"

#include <QSqlQuery>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QThread>

#include <atomic>

#include <sys/stat.h>

// Backups of a live journal: a consistent copy while eight workstations
// write, checked, owner-only, never a half file; a restore that refuses to
// lose changes; the daily backup and its rotation; administrators only.

using namespace trinn;
using trinn::test::Backend;

namespace {

Actor nurseActor()
{
    Actor nurse;
    nurse.staffId = 901;
    nurse.username = QStringLiteral("nina");
    nurse.fullName = QStringLiteral("Nina Nilsen");
    nurse.roles = {Role::Nurse};
    return nurse;
}

Actor adminActor()
{
    Actor admin;
    admin.staffId = 902;
    admin.username = QStringLiteral("berit");
    admin.fullName = QStringLiteral("Berit Berg");
    admin.roles = {Role::Administrator};
    return admin;
}

// A new name each call: a test case's sections run it again.
QString backupPath(Backend backend, const QString &name)
{
    static int serial = 0;
    return test::tempFolder() + QStringLiteral("/") + name + QStringLiteral("-%1").arg(++serial) + (backend == Backend::SQLite ? QStringLiteral(".trinn") : QStringLiteral(".pgdump"));
}

std::unique_ptr<Journal> reopen(const QString &location)
{
    Result<std::unique_ptr<Journal>> opened = Journal::open(location);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    return std::move(*opened);
}

// One workstation writing patients on its own connection, in its own thread;
// each add is stamped with a shared clock before it begins and after it commits.
struct Writer
{
    QStringList ids;
    QList<std::pair<qint64, qint64>> stamps; // (before, after) of each committed add
    QString error;
};

} // namespace

TEST_CASE("A backup taken while eight workstations write holds exactly what was committed when it began", "[backup]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    // Something to copy for a while, so the writers are busy during the copy.
    if (backend == Backend::SQLite)
        test::rawExec(*journal, QStringLiteral("CREATE TABLE filler (b BLOB)"));
    else
        test::rawExec(*journal, QStringLiteral("CREATE TABLE filler (b BYTEA)"));
    test::rawExec(*journal, backend == Backend::SQLite
                                ? QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 160) "
                                                 "INSERT INTO filler SELECT randomblob(100000) FROM n")
                                : QStringLiteral("INSERT INTO filler SELECT decode(repeat(md5(i::text), 3000), 'hex') "
                                                 "FROM generate_series(1, 300) i"));

    constexpr int writers = 8;
    constexpr int perWriter = 40;
    const QStringList ids = test::ids::synthetic(writers * perWriter);
    std::atomic<qint64> clock{0};
    std::atomic<bool> backupDone{false};
    std::atomic<int> committed{0};
    QList<Writer> work(writers);
    QList<QThread *> threads;
    // Opened from the address, as every workstation opens it.
    const QString address = backend == Backend::SQLite ? journal->location().filePath : journal->location().display();
    for (int w = 0; w < writers; ++w) {
        work[w].ids = ids.mid(w * perWriter, perWriter);
        threads << QThread::create([&, w] {
            Result<std::unique_ptr<Journal>> own = Journal::open(address);
            if (!own) {
                work[w].error = own.error();
                return;
            }
            for (int i = 0; i < perWriter; ++i) {
                NewPatient patient;
                patient.nationalId = work[w].ids.at(i);
                patient.givenNames = QStringLiteral("Writer %1").arg(w);
                patient.familyName = QStringLiteral("Number %1").arg(i);
                const qint64 before = clock++;
                Result<qint64> added = PatientStore(**own).add(patient);
                if (!added) {
                    work[w].error = added.error();
                    return;
                }
                work[w].stamps.append({before, clock++});
                ++committed;
                // After the backup, a few more each, then stop.
                if (backupDone && i >= perWriter / 2)
                    break;
            }
        });
    }
    for (QThread *thread : threads)
        thread->start();
    while (committed < writers * 2)
        QThread::msleep(5);

    const QString file = backupPath(backend, QStringLiteral("concurrent-%1").arg(int(backend)));
    const qint64 began = clock++;
    Result<Backup::Made> made = Backup::take(*journal, file);
    const qint64 ended = clock++;
    backupDone = true;
    for (QThread *thread : threads) {
        REQUIRE(thread->wait(std::chrono::minutes(4)));
        delete thread;
    }
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    for (const Writer &writer : work) {
        INFO(writer.error.toStdString());
        REQUIRE(writer.error.isEmpty());
    }

    // Restored into a fresh place (the journal itself goes on being newer).
    const QString restoredAt = test::freshLocation(backend);
    if (backend == Backend::PostgreSQL) {
        // A fresh database is not a journal yet: the restore is told to go ahead.
        Result<Backup::Restored> restored = Backup::restore(file, restoredAt, true);
        INFO(restored.error().toStdString());
        REQUIRE(restored.ok());
    } else {
        Result<Backup::Restored> restored = Backup::restore(file, restoredAt, false);
        INFO(restored.error().toStdString());
        REQUIRE(restored.ok());
        CHECK(restored->keptAs.isEmpty());
    }
    std::unique_ptr<Journal> copy = reopen(restoredAt);

    QSet<QString> present;
    {
        Result<QSqlQuery> rows = RawSqlForTests::run(*copy, QStringLiteral("SELECT national_id FROM patient"));
        REQUIRE(rows.ok());
        while (rows->next())
            present.insert(rows->value(0).toString());
    }
    int during = 0;
    int expected = 0;
    for (const Writer &writer : work) {
        bool gap = false;
        for (int i = 0; i < writer.stamps.size(); ++i) {
            const auto [before, after] = writer.stamps.at(i);
            const bool in = present.contains(writer.ids.at(i));
            INFO("writer's add " << i << " stamped " << before << ".." << after << ", backup " << began << ".." << ended);
            // Committed before the backup began: in it. Begun after it ended: not.
            if (after < began)
                CHECK(in);
            if (before > ended)
                CHECK_FALSE(in);
            if (before < ended && after > began)
                ++during;
            // One workstation's commits are in order: the copy holds a prefix of them.
            if (!in)
                gap = true;
            else
                CHECK_FALSE(gap);
            expected += in ? 1 : 0;
        }
    }
    // The writers did work while the copy was made (else the test shows nothing).
    CHECK(during > 0);
    // Row counts agree with each other: every patient's row and its logged insert.
    CHECK(test::sqlNumber(*copy, QStringLiteral("SELECT COUNT(*) FROM patient")) == expected);
    const auto loggedPatients = ChangeLog::loggedInserts(*copy, QStringLiteral("patient"));
    REQUIRE(loggedPatients.ok());
    CHECK(*loggedPatients == expected);
    CHECK(test::sqlNumber(*copy, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'write' AND what = 'registered the patient'"))
          == expected);
    // The restored chain verifies.
    Result<IntegrityCheck::Findings> findings = IntegrityCheck(*copy).examine();
    REQUIRE(findings.ok());
    INFO(findings->problems.join(QStringLiteral("\n")).toStdString());
    CHECK(findings->problems.isEmpty());
}

TEST_CASE("A restore over a journal with newer changes is refused, and with force the replaced one is kept", "[backup]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    const QString where = backend == Backend::SQLite ? journal->location().filePath : journal->location().display();
    test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Before"));
    const QString file = backupPath(backend, QStringLiteral("newer-%1").arg(int(backend)));
    Result<Backup::Made> made = Backup::take(*journal, file);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());

    SECTION("reads and sign-ins after the backup do not stop it")
    {
        REQUIRE(PatientStore(*journal).get(1).ok());
        journal.reset();
        Result<Backup::Restored> restored = Backup::restore(file, where, false);
        INFO(restored.error().toStdString());
        REQUIRE(restored.ok());
        CHECK_FALSE(restored->keptAs.isEmpty());
    }
    SECTION("a change after the backup stops it")
    {
        test::addPatient(*journal, test::ids::born1990a, QStringLiteral("Test"), QStringLiteral("After"));
        journal.reset();
        Backup::Refusal refusal = Backup::Refusal::None;
        Result<Backup::Restored> refused = Backup::restore(file, where, false, &refusal);
        REQUIRE_FALSE(refused.ok());
        CHECK(refusal == Backup::Refusal::Newer);
        CHECK(refused.error().contains(QStringLiteral("newer than the backup")));
        CHECK(refused.error().contains(QStringLiteral("Nothing was changed")));
        // Untouched: the newer patient is still there, and nothing was kept aside.
        std::unique_ptr<Journal> still = reopen(where);
        CHECK(test::sqlNumber(*still, QStringLiteral("SELECT COUNT(*) FROM patient")) == 2);
        still.reset();
        if (backend == Backend::SQLite) {
            const QStringList aside = QFileInfo(where).dir().entryList({QFileInfo(where).fileName() + QStringLiteral(".replaced-*")});
            CHECK(aside.isEmpty());
        }

        Result<Backup::Restored> forced = Backup::restore(file, where, true);
        INFO(forced.error().toStdString());
        REQUIRE(forced.ok());
        REQUIRE_FALSE(forced->keptAs.isEmpty());
        std::unique_ptr<Journal> restored = reopen(where);
        CHECK(test::sqlNumber(*restored, QStringLiteral("SELECT COUNT(*) FROM patient")) == 1);
        CHECK(test::sqlNumber(*restored, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'restore'")) == 1);
        Result<IntegrityCheck::Findings> findings = IntegrityCheck(*restored).examine();
        REQUIRE(findings.ok());
        INFO(findings->problems.join(QStringLiteral("\n")).toStdString());
        CHECK(findings->problems.isEmpty());
        // The replaced journal is kept whole, with the newer patient.
        if (backend == Backend::SQLite) {
            std::unique_ptr<Journal> kept = reopen(forced->keptAs);
            CHECK(test::sqlNumber(*kept, QStringLiteral("SELECT COUNT(*) FROM patient")) == 2);
            CHECK((QFileInfo(forced->keptAs).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
        } else {
            CHECK(QFileInfo(forced->keptAs).size() > 0);
            const QString fresh = test::freshLocation(backend);
            REQUIRE(Backup::restore(forced->keptAs, fresh, true).ok());
            std::unique_ptr<Journal> kept = reopen(fresh);
            CHECK(test::sqlNumber(*kept, QStringLiteral("SELECT COUNT(*) FROM patient")) == 2);
        }
    }
}

TEST_CASE("A restore over a different journal is refused: it is no older state of the backup", "[backup]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Before"));
    const QString file = backupPath(Backend::SQLite, QStringLiteral("other"));
    REQUIRE(Backup::take(*journal, file).ok());
    std::unique_ptr<Journal> other = test::createJournal(Backend::SQLite);
    test::addPatient(*other, test::ids::born1990b, QStringLiteral("Test"), QStringLiteral("Other"));
    const QString otherPath = other->location().filePath;
    other.reset();
    Backup::Refusal refusal = Backup::Refusal::None;
    Result<Backup::Restored> refused = Backup::restore(file, otherPath, false, &refusal);
    REQUIRE_FALSE(refused.ok());
    CHECK(refusal == Backup::Refusal::Newer);
    CHECK(refused.error().contains(QStringLiteral("their audit logs differ")));
    std::unique_ptr<Journal> still = reopen(otherPath);
    CHECK(test::sqlNumber(*still, QStringLiteral("SELECT COUNT(*) FROM patient WHERE family_name = 'Other'")) == 1);
}

TEST_CASE("A backup is its owner's only, refuses an existing file, and a failed one leaves no file", "[backup]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Hansen"));
    const QString file = backupPath(Backend::SQLite, QStringLiteral("private"));
    const mode_t before = ::umask(022);
    Result<Backup::Made> made = Backup::take(*journal, file);
    ::umask(before);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    struct stat info{};
    REQUIRE(::stat(QFile::encodeName(file).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    CHECK_FALSE(QFileInfo::exists(file + QStringLiteral(".part")));
    Result<Backup::Contents> contents = Backup::examine(file);
    REQUIRE(contents.ok());
    CHECK(contents->problems.isEmpty());
    CHECK(contents->patients == 1);
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup'")) == 1);

    // An existing file is refused and left as it was.
    const QByteArray bytes = [&] {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        return f.readAll();
    }();
    test::addPatient(*journal, test::ids::born1990a, QStringLiteral("Test"), QStringLiteral("Later"));
    Backup::Refusal refusal = Backup::Refusal::None;
    Result<Backup::Made> again = Backup::take(*journal, file, false, &refusal);
    REQUIRE_FALSE(again.ok());
    CHECK(refusal == Backup::Refusal::Exists);
    {
        QFile f(file);
        REQUIRE(f.open(QIODevice::ReadOnly));
        CHECK(f.readAll() == bytes);
    }
    // Replaced when asked to.
    REQUIRE(Backup::take(*journal, file, true).ok());
    CHECK(Backup::examine(file)->patients == 2);

    // A folder that is not there: nothing written, a clear reason.
    const QString nowhere = test::tempFolder() + QStringLiteral("/no-such-folder/backup.trinn");
    Result<Backup::Made> lost = Backup::take(*journal, nowhere);
    REQUIRE_FALSE(lost.ok());
    CHECK(lost.error().contains(QStringLiteral("There is no folder")));
    CHECK_FALSE(QFileInfo::exists(nowhere));
    CHECK_FALSE(QFileInfo::exists(nowhere + QStringLiteral(".part")));
}

TEST_CASE("A backup to a full disk says so and leaves no file", "[backup]")
{
    const QString mount = test::tempFolder() + QStringLiteral("/full-disk");
    QDir().mkpath(mount);
    if (::geteuid() != 0
        || QProcess::execute(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                       QStringLiteral("size=2m"), QStringLiteral("tmpfs"), mount})
               != 0) {
        WARN("Skipped: a small tmpfs can be mounted only by root with CAP_SYS_ADMIN.");
        return;
    }
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    test::rawExec(*journal, QStringLiteral("CREATE TABLE filler (b BLOB)"));
    test::rawExec(*journal, QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 60) "
                                           "INSERT INTO filler SELECT randomblob(100000) FROM n"));
    const QString file = mount + QStringLiteral("/backup.trinn");
    Result<Backup::Made> made = Backup::take(*journal, file);
    const QStringList left = QDir(mount).entryList(QDir::Files | QDir::Hidden);
    QProcess::execute(QStringLiteral("umount"), {mount});
    REQUIRE_FALSE(made.ok());
    CHECK(made.error().contains(QStringLiteral("not enough space")));
    CHECK(left.isEmpty());
}

TEST_CASE("Only an administrator backs up, and the refusal is on record", "[backup][access]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Hansen"));
    const QString file = backupPath(Backend::SQLite, QStringLiteral("nurse"));
    journal->setActor(nurseActor());
    Result<Backup::Made> refused = Backup::take(*journal, file);
    REQUIRE_FALSE(refused.ok());
    CHECK(refused.error() == AccessPolicy::allows(nurseActor(), AccessPolicy::Data::Backup, AccessPolicy::Action::Read, false).reason);
    CHECK_FALSE(QFileInfo::exists(file));
    CHECK_FALSE(QFileInfo::exists(file + QStringLiteral(".part")));
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND actor = 'nina'")) == 1);
    // Emergency access opens a patient, never a copy of everyone.
    Actor emergency = nurseActor();
    emergency.emergencyReason = QStringLiteral("Akutt");
    journal->setActor(emergency);
    CHECK_FALSE(Backup::take(*journal, file).ok());
    CHECK_FALSE(Backup::setDaily(*journal, {test::tempFolder(), 3}).ok());

    journal->setActor(adminActor());
    Result<Backup::Made> made = Backup::take(*journal, file);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'backup' AND actor = 'berit'")) == 1);
}

TEST_CASE("The daily backup: made once a day in an administrator's session, the oldest beyond the number kept deleted", "[backup]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    test::addPatient(*journal, test::ids::born1985, QStringLiteral("Test"), QStringLiteral("Hansen"));
    const QString folder = test::tempFolder() + QStringLiteral("/daily-%1").arg(QCoreApplication::applicationPid());
    QDir(folder).removeRecursively();
    REQUIRE(QDir().mkpath(folder));
    const QDate today(2027, 3, 14);
    // Three older ones, and a file of someone else's that is never touched.
    for (int daysAgo : {3, 2, 1}) {
        QFile old(QDir(folder).filePath(Backup::dailyFileName(today.addDays(-daysAgo), false)));
        REQUIRE(old.open(QIODevice::WriteOnly));
    }
    QFile other(QDir(folder).filePath(QStringLiteral("notes.txt")));
    REQUIRE(other.open(QIODevice::WriteOnly));
    other.close();

    journal->setActor(adminActor());
    REQUIRE(Backup::setDaily(*journal, {folder, 2}).ok());
    Result<Backup::Daily> settings = Backup::daily(*journal);
    REQUIRE(settings.ok());
    CHECK(settings->folder == folder);
    CHECK(settings->keep == 2);
    CHECK_FALSE(Backup::setDaily(*journal, {QStringLiteral("relative/folder"), 2}).ok());
    CHECK_FALSE(Backup::setDaily(*journal, {folder, 0}).ok());

    // A nurse's session makes none.
    journal->setActor(nurseActor());
    Result<std::optional<Backup::Made>> nurseDay = Backup::dailyIfDue(*journal, today);
    REQUIRE(nurseDay.ok());
    CHECK_FALSE(nurseDay->has_value());

    journal->setActor(adminActor());
    Result<std::optional<Backup::Made>> first = Backup::dailyIfDue(*journal, today);
    INFO(first.error().toStdString());
    REQUIRE(first.ok());
    REQUIRE(first->has_value());
    CHECK(QFileInfo((*first)->file).fileName() == Backup::dailyFileName(today, false));
    CHECK(Backup::examine((*first)->file)->problems.isEmpty());
    const QStringList kept = Backup::dailyFiles(folder);
    REQUIRE(kept.size() == 2);
    CHECK(QFileInfo(kept.at(0)).fileName() == Backup::dailyFileName(today.addDays(-1), false));
    CHECK(QFileInfo(kept.at(1)).fileName() == Backup::dailyFileName(today, false));
    CHECK(QFileInfo::exists(other.fileName()));

    // Once a day.
    Result<std::optional<Backup::Made>> second = Backup::dailyIfDue(*journal, today);
    REQUIRE(second.ok());
    CHECK_FALSE(second->has_value());
    CHECK(Backup::dailyFiles(folder).size() == 2);
}

TEST_CASE("PostgreSQL: an administrator's login sets the daily backup, and writes no other journal setting", "[backup][postgres]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::PostgreSQL);
    const QString password = QStringLiteral("et langt passord");
    const QString admin = test::uniqueLogin(QStringLiteral("admin"));
    const QString nurse = test::uniqueLogin(QStringLiteral("nurse"));
    REQUIRE(StaffStore(*journal).add(admin, QStringLiteral("Berit Berg"), {Role::Administrator}, password).ok());
    REQUIRE(StaffStore(*journal).add(nurse, QStringLiteral("Nina Nilsen"), {Role::Nurse}, password).ok());

    Result<std::unique_ptr<Journal>> asAdmin = test::openAs(*journal, admin, password);
    INFO(asAdmin.error().toStdString());
    REQUIRE(asAdmin.ok());
    Result<Actor> signedIn = StaffStore(**asAdmin).signIn(admin, password);
    REQUIRE(signedIn.ok());
    (*asAdmin)->setActor(*signedIn);
    const QString folder = test::tempFolder() + QStringLiteral("/pg-daily");
    Status set = Backup::setDaily(**asAdmin, {folder, 5});
    INFO(set.error().toStdString());
    REQUIRE(set.ok());
    REQUIRE(Backup::daily(**asAdmin).ok());
    CHECK(Backup::daily(**asAdmin)->keep == 5);

    const auto refused = [&](const QString &who, const QString &sql) {
        QSqlDatabase db = test::connectAs(*journal, who, password);
        REQUIRE(db.open());
        QSqlQuery query(db);
        const bool done = query.exec(sql);
        const int changed = done ? query.numRowsAffected() : 0;
        return !done || changed == 0;
    };
    CHECK(refused(nurse, QStringLiteral("INSERT INTO trinn_meta (key, value) VALUES ('backup_daily_keep', '9')")));
    CHECK(refused(admin, QStringLiteral("INSERT INTO trinn_meta (key, value) VALUES ('elsewhere', 'x')")));
    CHECK(refused(admin, QStringLiteral("DELETE FROM trinn_meta WHERE key = 'kind'")));
    CHECK(refused(admin, QStringLiteral("UPDATE trinn_meta SET value = 'clinic' WHERE key = 'kind'")));
    CHECK_FALSE(refused(admin, QStringLiteral("DELETE FROM trinn_meta WHERE key = 'backup_daily_keep'")));
}
