#include "reliability_corpus.h"

#include "support/testjournals.h"

#include "demo/democlinic.h"
#include "storage/patientstore.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <sys/stat.h>

namespace trinn::test::corpus {
namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    REQUIRE(file.write(bytes) == bytes.size());
}

struct Maker
{
    QString folder;
    QList<Item> items;

    QString place(const QString &kind)
    {
        const QString dir = folder + QStringLiteral("/%1-%2").arg(kind).arg(items.size());
        REQUIRE(QDir().mkpath(dir));
        return dir + QStringLiteral("/journal.trinn");
    }
    void add(const QString &name, const QString &kind, const QByteArray &bytes, const QByteArray &wal = {})
    {
        const QString path = place(kind);
        writeAll(path, bytes);
        if (!wal.isEmpty())
            writeAll(path + QStringLiteral("-wal"), wal);
        items.append({name, path, kind});
    }
};

std::unique_ptr<Journal> openForWriting(const QString &path)
{
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    options.kindIfCreated = JournalKind::Demo;
    Result<std::unique_ptr<Journal>> journal = Journal::open(path, options);
    INFO(journal.error().toStdString());
    REQUIRE(journal.ok());
    return std::move(*journal);
}

// Another program's SQLite database, written with SQLite alone.
QByteArray foreignDatabase(const QString &path, bool withTable)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("corpus-foreign"));
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QSqlQuery query(db);
        REQUIRE(query.exec(withTable ? QStringLiteral("CREATE TABLE invoice (id INTEGER PRIMARY KEY, total REAL)")
                                     : QStringLiteral("PRAGMA user_version = 3")));
        if (withTable)
            REQUIRE(query.exec(QStringLiteral("INSERT INTO invoice (total) VALUES (12.5)")));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("corpus-foreign"));
    const QByteArray bytes = readAll(path);
    QFile::remove(path);
    return bytes;
}

} // namespace

QList<Item> make(const QString &folder, QString *original)
{
    Maker maker{folder, {}};
    REQUIRE(QDir().mkpath(folder));
    const QString base = folder + QStringLiteral("/original.trinn");
    {
        std::unique_ptr<Journal> journal = openForWriting(base);
        DemoClinic::Options demo;
        demo.patients = 12;
        demo.seed = 7;
        REQUIRE(DemoClinic::generate(*journal, demo).ok());
    }
    *original = base;
    const QByteArray bytes = readAll(base);
    const int pageSize = (quint8(bytes.at(16)) << 8) | quint8(bytes.at(17));
    REQUIRE(pageSize >= 512);

    // Every byte of the header, one bit each.
    for (int at = 0; at < 100; ++at) {
        QByteArray flipped = bytes;
        flipped[at] = char(flipped.at(at) ^ (1 << (at % 8)));
        maker.add(QStringLiteral("header byte %1 bit %2").arg(at).arg(at % 8), QStringLiteral("header"), flipped);
    }
    // The write-version byte SQLite takes as "read-only here".
    {
        QByteArray flipped = bytes;
        flipped[18] = 3;
        maker.add(QStringLiteral("header write version 3"), QStringLiteral("write-version"), flipped);
    }
    QRandomGenerator random(2027);
    for (int k = 0; k < 60; ++k) {
        QByteArray flipped = bytes;
        const qsizetype at = pageSize + qsizetype(random.bounded(quint32(bytes.size() - pageSize)));
        flipped[at] = char(flipped.at(at) ^ (1 + random.bounded(255)));
        maker.add(QStringLiteral("page byte %1 flipped").arg(at), QStringLiteral("page"), flipped);
    }
    // Data damage of the kinds the issue found: a phase date and an attendance status.
    {
        QByteArray flipped = bytes;
        std::unique_ptr<Journal> journal = openForWriting(base);
        auto row = RawSqlForTests::run(*journal, QStringLiteral("SELECT planned_start FROM phase ORDER BY id LIMIT 1"));
        REQUIRE(row.ok());
        REQUIRE(row->next());
        const QByteArray date = row->value(0).toString().toLatin1();
        row->finish();
        // Only the attendance table's own page is damaged (the rule in the
        // schema says "present" too).
        auto root = RawSqlForTests::run(*journal, QStringLiteral("SELECT rootpage FROM sqlite_master WHERE name = 'attendance'"));
        REQUIRE(root.ok());
        REQUIRE(root->next());
        const qsizetype attendancePage = root->value(0).toLongLong() - 1;
        root->finish();
        journal.reset();
        QByteArray damaged = date;
        damaged[5] = '0';
        damaged[6] = 'b';
        flipped.replace(date, damaged);
        maker.add(QStringLiteral("phase date %1 became %2").arg(QString::fromLatin1(date), QString::fromLatin1(damaged)),
                  QStringLiteral("figure-phase"), flipped);
        QByteArray status = bytes;
        QByteArray page = status.mid(attendancePage * pageSize, pageSize);
        REQUIRE(page.contains("present"));
        page.replace("present", "prqsent");
        status.replace(attendancePage * pageSize, pageSize, page);
        maker.add(QStringLiteral("attendance status present became prqsent"), QStringLiteral("figure-attendance"), status);
    }

    // A live journal's write-ahead log: copied while the journal is open, as
    // a crash would leave it, with committed patients only in the log.
    {
        const QString live = folder + QStringLiteral("/live.trinn");
        QFile::copy(base, live);
        std::unique_ptr<Journal> journal = openForWriting(live);
        PatientStore patients(*journal);
        const QStringList ids{test::ids::born1985, test::ids::born1990a, test::ids::born1990b};
        for (const QString &id : ids) {
            NewPatient patient;
            patient.nationalId = id;
            patient.givenNames = QStringLiteral("Logged");
            patient.familyName = QStringLiteral("Only");
            REQUIRE(patients.add(patient).ok());
        }
        const QByteArray main = readAll(live);
        const QByteArray wal = readAll(live + QStringLiteral("-wal"));
        REQUIRE(wal.size() > 32);
        maker.add(QStringLiteral("live write-ahead log, undamaged"), QStringLiteral("wal-sound"), main, wal);
        for (int k = 0; k < 20; ++k) {
            QByteArray flipped = wal;
            const qsizetype at = 32 + qsizetype(random.bounded(quint32(wal.size() - 32)));
            flipped[at] = char(flipped.at(at) ^ (1 + random.bounded(255)));
            maker.add(QStringLiteral("write-ahead log byte %1 flipped").arg(at), QStringLiteral("wal"), main, flipped);
        }
    }

    for (const qsizetype size : {bytes.size() - pageSize, bytes.size() - pageSize / 2, bytes.size() / 2, qsizetype(100),
                                 qsizetype(50), qsizetype(10)})
        maker.add(QStringLiteral("cut to %1 bytes").arg(size), QStringLiteral("truncated"), bytes.left(size));

    maker.add(QStringLiteral("a PNG picture"), QStringLiteral("foreign"),
              QByteArray::fromHex("89504e470d0a1a0a0000000d49484452") + QByteArray(200, 'x'));
    maker.add(QStringLiteral("a lab CSV file"), QStringLiteral("foreign"),
              "national_id;sample_date;analyte;result;value;unit;cutoff;lab_reference\n");
    maker.add(QStringLiteral("a ZIP archive"), QStringLiteral("foreign"), QByteArray("PK\x03\x04", 4) + QByteArray(500, '\0'));
    maker.add(QStringLiteral("another program's SQLite database"), QStringLiteral("foreign"),
              foreignDatabase(folder + QStringLiteral("/foreign.db"), true));
    maker.add(QStringLiteral("an empty SQLite database"), QStringLiteral("foreign"),
              foreignDatabase(folder + QStringLiteral("/empty.db"), false));

    // A journal from a newer Trinn, in write-ahead and rollback logging.
    for (const bool rollback : {false, true}) {
        const QString newer = folder + QStringLiteral("/newer-%1.trinn").arg(rollback);
        QFile::copy(base, newer);
        {
            std::unique_ptr<Journal> journal = openForWriting(newer);
            test::rawExec(*journal, QStringLiteral("INSERT INTO schema_version (version, name, applied_at) "
                                                   "VALUES (99, 'from the future', 0)"));
        }
        if (rollback) {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("corpus-newer"));
            db.setDatabaseName(newer);
            REQUIRE(db.open());
            QSqlQuery(db).exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(QStringLiteral("corpus-newer"));
        }
        maker.add(rollback ? QStringLiteral("a newer Trinn's journal (rollback journal)")
                           : QStringLiteral("a newer Trinn's journal (write-ahead log)"),
                  QStringLiteral("newer"), readAll(newer));
    }

    {
        const QString path = maker.place(QStringLiteral("fifo"));
        REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
        maker.items.append({QStringLiteral("a FIFO"), path, QStringLiteral("fifo")});
    }
    return maker.items;
}

} // namespace trinn::test::corpus
