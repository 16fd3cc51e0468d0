// Fault injection under SQLite: the n-th write, sync or read fails, for every
// n across each kind of write (a test, a note, an enrolment, a lab import, a
// migration). Each time the journal must open intact afterwards, hold every
// write committed before, hold the new one only if the user was told it was
// saved, and the user must have been told what happened in Trinn's words.
#include "support/faultvfs.h"
#include "support/testjournals.h"

#include "common/clinictime.h"
#include "demo/democlinic.h"
#include "programs/builtinprograms.h"
#include "storage/auditlog.h"
#include "storage/episodestore.h"
#include "storage/integritycheck.h"
#include "storage/labimport.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"
#include "storage/substanceteststore.h"
#include "testing/substancetest.h"

#include <sqlite3.h>

#include <QFile>

#include <iostream>

using namespace trinn;
using test::faultvfs::Op;

namespace {

QList<Migration> beforeValidData()
{
    QList<Migration> older = Migration::builtin();
    while (!older.isEmpty() && older.constLast().version >= 17)
        older.removeLast();
    return older;
}

struct Template
{
    QString path;       // a journal at the newest schema
    QString olderPath;  // the same made at the schema before 0017, for the migration
    qint64 patient = 0; // Kari, in the evening program
    qint64 newcomer = 0; // Ola, in no program yet
    QString nationalId;
    Actor nurse, therapist, intake;
};

std::unique_ptr<Journal> openAt(const QString &path, const QList<Migration> &migrations = Migration::builtin())
{
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    options.kindIfCreated = JournalKind::Demo;
    options.migrations = migrations;
    Result<std::unique_ptr<Journal>> journal = Journal::open(path, options);
    INFO(journal.error().toStdString());
    REQUIRE(journal.ok());
    return std::move(*journal);
}

// The journal at an older schema gets its patients only: today's program code
// reads columns an older schema lacks (criterion codes, migration 0019).
void fill(Journal &journal, Template &t, bool olderSchema = false)
{
    if (!olderSchema) {
        DemoClinic::Options demo;
        demo.patients = 4;
        demo.seed = 3;
        const auto made = DemoClinic::generate(journal, demo);
        INFO(made.error().toStdString());
        REQUIRE(made.ok());
    }
    NewPatient kari;
    kari.nationalId = t.nationalId = test::ids::born1985;
    kari.givenNames = QStringLiteral("Kari");
    kari.familyName = QStringLiteral("Nordmann");
    Result<qint64> id = PatientStore(journal).add(kari);
    REQUIRE(id.ok());
    t.patient = *id;
    NewPatient ola;
    ola.nationalId = test::ids::born1990a;
    ola.givenNames = QStringLiteral("Ola");
    ola.familyName = QStringLiteral("Nordmann");
    Result<qint64> newcomer = PatientStore(journal).add(ola);
    REQUIRE(newcomer.ok());
    t.newcomer = *newcomer;
    if (olderSchema)
        return;
    EpisodeStore::Enrolment enrolment;
    enrolment.patientId = t.patient;
    enrolment.program = BuiltinPrograms::evening;
    enrolment.start = clinictime::today().addDays(-10);
    Result<qint64> episode = EpisodeStore(journal).enrol(enrolment);
    INFO(episode.error().toStdString());
    REQUIRE(episode.ok());
}

const Template &journalTemplate()
{
    static const Template made = [] {
        Template t;
        t.path = test::tempFolder() + QStringLiteral("/fault-template.trinn");
        t.olderPath = test::tempFolder() + QStringLiteral("/fault-template-older.trinn");
        {
            std::unique_ptr<Journal> journal = openAt(t.path);
            fill(*journal, t);
            const auto as = [&](const char *user) {
                Result<Actor> actor = StaffStore(*journal).signIn(QString::fromLatin1(user), DemoClinic::demoPassword());
                INFO(actor.error().toStdString());
                REQUIRE(actor.ok());
                return *actor;
            };
            t.nurse = as("sykepleier");
            t.therapist = as("terapeut");
            t.intake = as("inntak");
            // A test of yesterday for the lab to answer.
            journal->setActor(t.nurse);
            Result<qint64> test = SubstanceTestStore(*journal).record(test::urine(t.patient, {}, clinictime::now().addDays(-1)));
            INFO(test.error().toStdString());
            REQUIRE(test.ok());
        }
        {
            Template ignored;
            std::unique_ptr<Journal> journal = openAt(t.olderPath, beforeValidData());
            fill(*journal, ignored, true);
        }
        return t;
    }();
    return made;
}

struct Operation
{
    const char *name;
    bool isMigration = false;
    // Does the write; its result is what the user is told.
    std::function<Status(Journal &, const Template &)> run;
    // A count that the write raises by one (its effect in the journal).
    std::function<qint64(Journal &, const Template &)> measure;
};

QList<Operation> operations()
{
    return {
        {"a substance test", false,
         [](Journal &j, const Template &t) -> Status {
             j.setActor(t.nurse);
             Result<qint64> done = SubstanceTestStore(j).record(test::urine(t.patient, {}, clinictime::now().addSecs(-300)),
                                                               SameDay::SecondSample);
             return done ? Status{} : Status{Error{done.error()}};
         },
         [](Journal &j, const Template &) { return test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM substance_test")); }},
        {"a journal note", false,
         [](Journal &j, const Template &t) -> Status {
             j.setActor(t.therapist);
             Result<qint64> done = NoteStore(j).createDraft(t.patient, QStringLiteral("progress"), QStringLiteral("Rolig kveld."));
             return done ? Status{} : Status{Error{done.error()}};
         },
         [](Journal &j, const Template &) { return test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM journal_note")); }},
        {"an enrolment", false,
         [](Journal &j, const Template &t) -> Status {
             j.setActor(t.intake);
             EpisodeStore::Enrolment e;
             e.patientId = t.newcomer;
             e.program = BuiltinPrograms::evening;
             e.start = clinictime::today();
             Result<qint64> done = EpisodeStore(j).enrol(e);
             return done ? Status{} : Status{Error{done.error()}};
         },
         [](Journal &j, const Template &t) {
             return test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM episode WHERE patient_id = %1").arg(t.newcomer));
         }},
        {"a lab import", false,
         [](Journal &j, const Template &t) -> Status {
             j.setActor(t.nurse);
             const QString csv = QStringLiteral("national_id;sample_date;analyte;result;value;unit;cutoff;lab_reference\n"
                                                "%1;%2;cocaine;negative;;ng/mL;300;LAB-F-1\n")
                                     .arg(t.nationalId, clinictime::today().addDays(-1).toString(Qt::ISODate));
             Result<int> done = LabImport::importText(j, csv);
             return done ? Status{} : Status{Error{done.error()}};
         },
         [](Journal &j, const Template &) {
             return test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM substance_test WHERE change_kind = 2")); // lab
         }},
        {"a migration", true, nullptr,
         [](Journal &j, const Template &) {
             return test::sqlNumber(j, QStringLiteral("SELECT COUNT(*) FROM schema_version WHERE version = 17"));
         }},
    };
}

const QStringList ioFaultEngineWords{QStringLiteral("disk I/O error"), QStringLiteral("malformed"), QStringLiteral("constraint failed"),
                                     QStringLiteral("unable to open"), QStringLiteral("database or disk is full")};

struct Tally
{
    int trials = 0, failedAndTold = 0, savedDespiteFault = 0, toldMaybe = 0;
};

Tally inject(const Operation &operation, Op op, int code, int maxTrials, int stride)
{
    const Template &t = journalTemplate();
    const QString source = operation.isMigration ? t.olderPath : t.path;
    qint64 patientsBefore = 0, measureBefore = 0;
    {
        std::unique_ptr<Journal> j = openAt(source, operation.isMigration ? beforeValidData() : Migration::builtin());
        patientsBefore = test::sqlNumber(*j, QStringLiteral("SELECT COUNT(*) FROM patient"));
        measureBefore = operation.measure(*j, t);
    }
    Tally tally;
    for (int n = 1; n <= maxTrials; n += stride) {
        INFO(operation.name << ", fault at operation " << n);
        const QString path = test::tempFolder() + QStringLiteral("/fault-trial.trinn");
        for (const char *suffix : {"", "-wal", "-shm"})
            QFile::remove(path + QLatin1String(suffix));
        REQUIRE(QFile::copy(source, path));
        Status told;
        bool fired = false;
        if (operation.isMigration) {
            test::faultvfs::arm(op, n, code);
            Result<std::unique_ptr<Journal>> opened = Journal::open(path);
            fired = test::faultvfs::fired();
            test::faultvfs::disarm();
            told = opened ? Status{} : Status{Error{opened.error()}};
        } else {
            // Reads: armed before the open, as a fresh workstation reads the
            // file from the disk (later reads come from SQLite's page cache).
            if (op == Op::Read)
                test::faultvfs::arm(op, n, code);
            Result<std::unique_ptr<Journal>> journal = Journal::open(path);
            if (op != Op::Read)
                test::faultvfs::arm(op, n, code);
            told = journal ? operation.run(**journal, t) : Status{Error{journal.error()}};
            fired = test::faultvfs::fired();
            test::faultvfs::disarm();
        }
        if (!fired) {
            INFO(told.error().toStdString());
            REQUIRE(told.ok()); // the write needs fewer than n of these: done
            break;
        }
        ++tally.trials;
        const bool maybe = told.error().contains(QStringLiteral("may or may not have been saved"));
        if (!told) {
            INFO(told.error().toStdString());
            CHECK((told.error().contains(QStringLiteral("nothing was saved"), Qt::CaseInsensitive)
                   || told.error().contains(QStringLiteral("Nothing was imported")) || maybe));
            for (const QString &word : ioFaultEngineWords)
                CHECK_FALSE(told.error().contains(word, Qt::CaseInsensitive));
            if (code == SQLITE_FULL && op == Op::Write)
                CHECK(told.error().contains(QStringLiteral("is full: nothing was saved")));
            ++tally.failedAndTold;
            tally.toldMaybe += maybe ? 1 : 0;
        }

        // A refused migration left the journal at its schema (looked at
        // without migrating); opening it then migrates it.
        if (operation.isMigration) {
            Journal::Options looking;
            looking.forChecking = true;
            Result<std::unique_ptr<Journal>> looked = Journal::open(path, looking);
            REQUIRE(looked.ok());
            CHECK(((*looked)->schemaVersion() == 17) == told.ok());
        }
        // Afterwards the journal opens, is intact and holds what it was told.
        std::unique_ptr<Journal> after = openAt(path);
        const Result<QStringList> problems = IntegrityCheck(*after).run();
        REQUIRE(problems.ok());
        INFO(problems->join(u'\n').toStdString());
        CHECK(problems->isEmpty());
        const Result<QString> chain = AuditLog::verify(*after);
        REQUIRE(chain.ok());
        CHECK(chain->isEmpty());
        CHECK(test::sqlNumber(*after, QStringLiteral("SELECT COUNT(*) FROM patient")) == patientsBefore);
        const qint64 measured = operation.measure(*after, t);
        CHECK((measured == measureBefore || measured == measureBefore + 1));
        const bool present = measured == measureBefore + 1 && !operation.isMigration;
        if (told.ok())
            CHECK(present);
        else if (present) {
            // Only a failed sync may leave a commit that reached the disk.
            CHECK(maybe);
            ++tally.savedDespiteFault;
        }
    }
    return tally;
}

} // namespace

TEST_CASE("Fault injection: every n-th write or sync or read fails across a test and a note and an enrolment "
          "and a lab import and a migration: the journal stays intact and the user is told",
          "[storage][reliability][faults]")
{
    test::faultvfs::install();
    const Template &t = journalTemplate();
    (void)t;
    int total = 0;
    for (const Operation &operation : operations()) {
        struct Kind
        {
            Op op;
            int code;
            const char *name;
            int max;
            int stride;
        };
        // Every n while the write needs that many, up to 200 writes (a
        // migration rebuilds tables) and the first 25 reads (opening reads
        // the whole file; past that the pattern repeats page after page).
        // A full disk during a migration: every 5th write (the same code
        // path as a failed write, which is tried at every n).
        const int fullStride = operation.isMigration ? 5 : 1;
        for (const Kind &kind : {Kind{Op::Write, SQLITE_IOERR_WRITE, "write", 200, 1},
                                 Kind{Op::Write, SQLITE_FULL, "write (disk full)", 200, fullStride},
                                 Kind{Op::Sync, SQLITE_IOERR_FSYNC, "sync", 200, 1}, Kind{Op::Read, SQLITE_IOERR, "read", 25, 1}}) {
            const Tally tally = inject(operation, kind.op, kind.code, kind.max, kind.stride);
            CHECK(tally.trials > 0); // the fault fired at least once: the VFS is the driver's
            std::cout << "fault injection, " << operation.name << ", failing " << kind.name << " n = 1.." << tally.trials * kind.stride
                      << (kind.stride > 1 ? " every " + std::to_string(kind.stride) : std::string()) << " (" << tally.trials << " trials)"
                      << ": " << tally.failedAndTold << " told nothing was saved, " << tally.savedDespiteFault
                      << " saved though a sync failed (told it may have been)\n";
            total += tally.trials;
        }
    }
    std::cout << "fault injection: " << total << " trials\n";
}
