#include "cli/trinnctlrun.h"
#include "support/testjournals.h"

#include <QFile>
#include <QFileInfo>

#include <sys/stat.h>

// trinnctl backup, restore and export csv as an administrator's shell runs them.

using trinn::test::Backend;
using namespace trinn::test::cli;

namespace {
QString place(const QString &name)
{
    static int serial = 0;
    return trinn::test::tempFolder() + QStringLiteral("/cli-%1-%2").arg(++serial).arg(name);
}
} // namespace

TEST_CASE("trinnctl backup and restore", "[cli][backup]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    // PostgreSQL: the tests' address names the owner, as an administrator's does for pg_dump.
    const QString journal = backend == Backend::SQLite ? place(QStringLiteral("journal.trinn")) : trinn::test::freshLocation(backend);
    REQUIRE(trinnctl(args({QStringLiteral("init"), journal, QStringLiteral("--demo")}), admin).status == 0);
    addNurse(journal);
    REQUIRE(trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"), trinn::test::ids::born1985,
                           QStringLiteral("--name"), QStringLiteral("Kari Nordmann")}),
                     admin)
                .status
            == 0);
    const QString file = place(QStringLiteral("backup.trinn"));

    // Signs in like every verb; a nurse may not.
    CHECK(trinnctl(args({QStringLiteral("backup"), journal, file})).status == 2);
    const Run nurseTried = trinnctl(args({QStringLiteral("backup"), journal, file}), nurse);
    CHECK(nurseTried.status == 2);
    CHECK_THAT(nurseTried.err.toStdString(), Catch::Contains("may not see backups of the journal"));
    CHECK_FALSE(QFileInfo::exists(file));

    const Run made = trinnctl(args({QStringLiteral("backup"), journal, file}), admin);
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    CHECK_THAT(made.out.toStdString(), Catch::Contains("checked, readable by its owner only"));
    struct stat info{};
    REQUIRE(::stat(QFile::encodeName(file).constData(), &info) == 0);
    CHECK((info.st_mode & 0777) == 0600);
    const Run exists = trinnctl(args({QStringLiteral("backup"), journal, file}), admin);
    CHECK(exists.status == 2);
    CHECK_THAT(exists.err.toStdString(), Catch::Contains("exists already") && Catch::Contains("--force"));
    CHECK(trinnctl(args({QStringLiteral("backup"), journal, file, QStringLiteral("--force")}), admin).status == 0);

    // A change after the backup: refused, then with --force kept beside.
    REQUIRE(trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"), trinn::test::ids::born1990a,
                           QStringLiteral("--name"), QStringLiteral("Ola Hansen")}),
                     admin)
                .status
            == 0);
    const Run refused = trinnctl(args({QStringLiteral("restore"), file, journal}));
    CHECK(refused.status == 2);
    CHECK_THAT(refused.err.toStdString(), Catch::Contains("newer than the backup") && Catch::Contains("--force"));
    const Run forced = trinnctl(args({QStringLiteral("restore"), file, journal, QStringLiteral("--force")}));
    INFO(forced.err.toStdString());
    REQUIRE(forced.status == 0);
    CHECK_THAT(forced.out.toStdString(), Catch::Contains("is kept as"));
    const Run found = trinnctl(args({QStringLiteral("patient"), QStringLiteral("find"), journal, QStringLiteral("Hansen")}), admin);
    CHECK(found.status == 1);
    const Run checked = trinnctl(args({QStringLiteral("check"), journal}));
    INFO(checked.err.toStdString());
    CHECK(checked.status == 0);

    // A damaged backup is refused before anything is replaced.
    const QString broken = place(QStringLiteral("broken.trinn"));
    {
        QFile f(broken);
        REQUIRE(f.open(QIODevice::WriteOnly));
        f.write(QByteArray(8192, 'x'));
    }
    CHECK(trinnctl(args({QStringLiteral("restore"), broken, journal, QStringLiteral("--force")})).status == 1);
    CHECK(trinnctl(args({QStringLiteral("check"), journal})).status == 0);
}

TEST_CASE("trinnctl export csv writes what Excel in Norway opens", "[cli][csv]")
{
    const QString journal = place(QStringLiteral("demo.trinn"));
    REQUIRE(trinnctl(args({QStringLiteral("demo"), journal, QStringLiteral("--patients"), QStringLiteral("30")})).status == 0);
    const QString file = place(QStringLiteral("board.csv"));
    const Run made = trinnctl(args({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("board"), journal, file}), nurse);
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    QFile f(file);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF" "Day;Patient;National id;"));
    CHECK(bytes.contains("\r\n"));
    CHECK((QFileInfo(file).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup)) == 0);
    // An existing file is left alone without --force; a coordinator sees no tests.
    CHECK(trinnctl(args({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("board"), journal, file}), nurse).status == 2);
    CHECK(trinnctl(args({QStringLiteral("export"), QStringLiteral("csv"), QStringLiteral("waiting"), journal, QStringLiteral("-")}), nurse)
              .status
          == 2);
}
