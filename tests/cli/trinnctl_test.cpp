#include "cli/trinnctlrun.h"
#include "support/testjournals.h"
#include "storage/journal.h"

#include <QSqlQuery>

#include "storage/auditlog.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

using trinn::Journal;
using trinn::Result;
using trinn::test::Backend;
using namespace trinn::test::cli;


TEST_CASE("trinnctl init creates a journal once", "[cli]")
{
    const QString journal = trinn::test::freshLocation(TRINN_BOTH_BACKENDS());
    const Run created = trinnctl(args({QStringLiteral("init"), journal}), admin);
    INFO(created.err.toStdString());
    CHECK(created.status == 0);
    CHECK_THAT(created.out.toStdString(), Catch::Contains("Created a clinic journal"));

    const Run again = trinnctl(args({QStringLiteral("init"), journal}), admin);
    CHECK(again.status == 2);
    CHECK_THAT(again.err.toStdString(), Catch::Contains("is a Trinn journal already"));

    const Run checked = trinnctl(args({QStringLiteral("check"), journal}));
    CHECK(checked.status == 0);
    CHECK_THAT(checked.out.toStdString(), Catch::Contains("intact"));
}

TEST_CASE("trinnctl patient add and find", "[cli]")
{
    const QString journal = trinn::test::freshLocation(TRINN_BOTH_BACKENDS());
    REQUIRE(trinnctl(args({QStringLiteral("init"), journal, QStringLiteral("--demo")}), admin).status == 0);

    const Run added = trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"),
                                     trinn::test::ids::born1985, QStringLiteral("--name"), QStringLiteral("Kari Nordmann")}), admin);
    INFO(added.err.toStdString());
    CHECK(added.status == 0);
    CHECK_THAT(added.out.toStdString(), Catch::Contains("Registered Kari Nordmann (15858510055)"));

    SECTION("bad input exits 2 with the reason")
    {
        struct Case
        {
            QStringList arguments;
            const char *reason;
        };
        const QList<Case> cases{
            {args({QStringLiteral("--id"), trinn::test::ids::born1985, QStringLiteral("--name"), QStringLiteral("Ola Hansen")}),
             "already registered"},
            {args({QStringLiteral("--id"), QStringLiteral("15858510056"), QStringLiteral("--name"), QStringLiteral("Ola Hansen")}),
             "second check digit does not match"},
            {args({QStringLiteral("--id"), QStringLiteral("abc"), QStringLiteral("--name"), QStringLiteral("Ola Hansen")}),
             "digits only"},
            {args({QStringLiteral("--id"), trinn::test::ids::born1990a, QStringLiteral("--name"), QStringLiteral("  ")}),
             "needs a name"},
            {args({QStringLiteral("--id"), trinn::test::ids::born1990a}), "Both --id and --name"},
            {args({QStringLiteral("--bogus")}), "Unknown option"},
        };
        for (const Case &c : cases) {
            const Run refused = trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), journal}) + c.arguments, admin);
            CAPTURE(c.reason);
            CHECK(refused.status == 2);
            CHECK_THAT(refused.err.toStdString(), Catch::Contains(c.reason));
        }
    }
    SECTION("find by name part and by id prefix")
    {
        const Run byName = trinnctl(args({QStringLiteral("patient"), QStringLiteral("find"), journal, QStringLiteral("nord")}), admin);
        CHECK(byName.status == 0);
        CHECK(byName.out == QStringLiteral("15858510055\tNordmann, Kari\t15.05.1985\n"));
        const Run byId = trinnctl(args({QStringLiteral("patient"), QStringLiteral("find"), journal, QStringLiteral("1585")}), admin);
        CHECK(byId.out.startsWith(QStringLiteral("15858510055\t")));
        const Run none = trinnctl(args({QStringLiteral("patient"), QStringLiteral("find"), journal, QStringLiteral("zzz")}), admin);
        CHECK(none.status == 1);
        CHECK(none.out.isEmpty());
        CHECK_THAT(none.err.toStdString(), Catch::Contains("No patient matches"));
    }
}

TEST_CASE("trinnctl demo builds a deterministic clinic", "[cli]")
{
    const QString first = trinn::test::freshLocation(Backend::SQLite);
    const QString second = trinn::test::freshLocation(Backend::SQLite);
    for (const QString &journal : {first, second}) {
        const Run demo = trinnctl(args({QStringLiteral("demo"), journal, QStringLiteral("--patients"), QStringLiteral("300"),
                                        QStringLiteral("--years"), QStringLiteral("2"), QStringLiteral("--seed"), QStringLiteral("9")}));
        INFO(demo.err.toStdString());
        REQUIRE(demo.status == 0);
        CHECK_THAT(demo.out.toStdString(), Catch::Contains("300 patients"));
    }
    const Run a = trinnctl(args({QStringLiteral("patient"), QStringLiteral("find"), first, QStringLiteral("sen"), QStringLiteral("--limit"), QStringLiteral("1000")}), admin);
    const Run b = trinnctl(args({QStringLiteral("patient"), QStringLiteral("find"), second, QStringLiteral("sen"), QStringLiteral("--limit"), QStringLiteral("1000")}), admin);
    CHECK(a.status == 1); // "sen" is no word's start: Hansen matches "hansen", not "sen"
    const Run c = trinnctl(args({QStringLiteral("patient"), QStringLiteral("find"), first, QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("1000")}), admin);
    const Run d = trinnctl(args({QStringLiteral("patient"), QStringLiteral("find"), second, QStringLiteral("1"), QStringLiteral("--limit"), QStringLiteral("1000")}), admin);
    CHECK(c.status == 0);
    CHECK(c.out.count(u'\n') > 50);
    CHECK(c.out == d.out);
    (void)b;

    const Run again = trinnctl(args({QStringLiteral("demo"), first}));
    CHECK(again.status == 2);
    CHECK_THAT(again.err.toStdString(), Catch::Contains("is a Trinn journal already"));

    const Run badNumber = trinnctl(args({QStringLiteral("demo"), trinn::test::freshLocation(Backend::SQLite),
                                         QStringLiteral("--patients"), QStringLiteral("many")}));
    CHECK(badNumber.status == 2);
    CHECK_THAT(badNumber.err.toStdString(), Catch::Contains("--patients takes a whole number"));

    const QString unknownSize = trinn::test::freshLocation(Backend::SQLite);
    const Run badSize = trinnctl(args({QStringLiteral("demo"), unknownSize, QStringLiteral("--size"), QStringLiteral("huge")}));
    CHECK(badSize.status == 2);
    CHECK_THAT(badSize.err.toStdString(), Catch::Contains("--size is one of small, clinic, year, large"));
    CHECK_FALSE(QFileInfo::exists(unknownSize));

    // A size with its whole history, made smaller: tests, notes, referrals and beds, with progress.
    const Run history = trinnctl(args({QStringLiteral("demo"), trinn::test::freshLocation(Backend::SQLite), QStringLiteral("--size"),
                                       QStringLiteral("year"), QStringLiteral("--patients"), QStringLiteral("150")}));
    INFO(history.err.toStdString());
    REQUIRE(history.status == 0);
    CHECK_THAT(history.out.toStdString(), Catch::Contains("150 patients"));
    CHECK_THAT(history.err.toStdString(), Catch::Contains("history written up to"));
    CHECK_FALSE(history.out.contains(QStringLiteral(" 0 notes")));
    CHECK_FALSE(history.out.contains(QStringLiteral(" 0 bed stays")));
}

TEST_CASE("trinnctl check and open refuse what is not a journal", "[cli]")
{
    const QString path = trinn::test::freshLocation(Backend::SQLite);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::WriteOnly));
        file.write("not a journal");
    }
    // check exits 1 only for damage; a file that is no journal is bad input (2).
    const Run checked = trinnctl(args({QStringLiteral("check"), path}));
    CHECK(checked.status == 2);
    CHECK_THAT(checked.err.toStdString(), Catch::Contains("not a Trinn journal"));

    const Run find = trinnctl(args({QStringLiteral("patient"), QStringLiteral("find"), path, QStringLiteral("x")}), admin);
    CHECK(find.status == 2);

    const Run missing = trinnctl(args({QStringLiteral("check"), path + QStringLiteral(".missing")}));
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err.toStdString(), Catch::Contains("There is no journal"));
}

TEST_CASE("trinnctl check finds a damaged journal", "[cli]")
{
    const QString path = trinn::test::freshLocation(Backend::SQLite);
    REQUIRE(trinnctl(args({QStringLiteral("demo"), path, QStringLiteral("--patients"), QStringLiteral("400")})).status == 0);
    {
        QFile file(path);
        REQUIRE(file.open(QIODevice::ReadWrite));
        REQUIRE(file.seek(file.size() / 2));
        file.write(QByteArray(4096, '\x33'));
    }
    const Run checked = trinnctl(args({QStringLiteral("check"), path}));
    CHECK(checked.status == 1);
    CHECK_THAT(checked.err.toStdString(), Catch::Contains("damaged") || Catch::Contains("Database:"));
}

TEST_CASE("Every trinnctl verb has --help", "[cli]")
{
    const QList<QStringList> verbs{
        args({QStringLiteral("init")}), args({QStringLiteral("demo")}), args({QStringLiteral("check")}),
        args({QStringLiteral("patient"), QStringLiteral("add")}), args({QStringLiteral("patient"), QStringLiteral("find")}),
        args({QStringLiteral("patient")})};
    for (const QStringList &verb : verbs) {
        const Run help = trinnctl(verb + args({QStringLiteral("--help")}));
        CAPTURE(verb.join(u' ').toStdString());
        CHECK(help.status == 0);
        CHECK_THAT(help.out.toStdString(), Catch::Contains("Usage: trinnctl"));
    }
    const Run overview = trinnctl(args({QStringLiteral("--help")}));
    CHECK(overview.status == 0);
    CHECK_THAT(overview.out.toStdString(), Catch::Contains("init") && Catch::Contains("demo") && Catch::Contains("check"));
    const Run unknown = trinnctl(args({QStringLiteral("frobnicate")}));
    CHECK(unknown.status == 2);
    CHECK_THAT(unknown.err.toStdString(), Catch::Contains("not a trinnctl verb"));
    CHECK(trinnctl({}).status == 2);
}

TEST_CASE("trinnctl program list prints one program a line, name first", "[cli][programs]")
{
    const QString journal = trinn::test::freshLocation(TRINN_BOTH_BACKENDS());
    REQUIRE(trinnctl(args({QStringLiteral("init"), journal}), admin).status == 0);
    const Run list = trinnctl(args({QStringLiteral("program"), QStringLiteral("list"), journal}), admin);
    CHECK(list.status == 0);
    const QStringList lines = list.out.split(u'\n', Qt::SkipEmptyParts);
    CHECK(lines.size() == 10);
    CHECK(lines.first().startsWith(QStringLiteral("Residential 12-step treatment\tcode residential-12-step")));
    bool mbrp = false;
    for (const QString &line : lines)
        mbrp = mbrp || (line.startsWith(QStringLiteral("MBRP\t")) && line.contains(QStringLiteral("12 places"))
                        && line.contains(QStringLiteral("8 weeks of 105 min")));
    CHECK(mbrp);
    CHECK(trinnctl(args({QStringLiteral("program"), QStringLiteral("show"), journal}), admin).status == 2);
}

TEST_CASE("trinnctl enrol plans the phases or says which rule refused", "[cli][programs]")
{
    const QString journal = trinn::test::freshLocation(TRINN_BOTH_BACKENDS());
    REQUIRE(trinnctl(args({QStringLiteral("init"), journal, QStringLiteral("--demo")}), admin).status == 0);
    REQUIRE(trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"),
                           trinn::test::ids::born1985, QStringLiteral("--name"), QStringLiteral("Kari Nordmann")}), admin).status == 0);
    const auto enrol = [&](const QStringList &more) {
        return trinnctl(args({QStringLiteral("enrol"), journal, QStringLiteral("--patient"), trinn::test::ids::born1985}) + more, admin);
    };
    const Run residential = enrol(args({QStringLiteral("--program"), QStringLiteral("Residential 12-step treatment"),
                                        QStringLiteral("--start"), QStringLiteral("2027-01-04"), QStringLiteral("--with"), QStringLiteral("detox")}));
    INFO(residential.err.toStdString());
    CHECK(residential.status == 0);
    CHECK_THAT(residential.out.toStdString(), Catch::Contains("Enrolled in Residential 12-step treatment from 04.01.2027")
                                                  && Catch::Contains("Detox\t04.01.2027–11.01.2027")
                                                  && Catch::Contains("Phase 1\t11.01.2027–05.04.2027"));

    const Run again = enrol(args({QStringLiteral("--program"), QStringLiteral("residential-12-step")}));
    CHECK(again.status == 2);
    CHECK_THAT(again.err.toStdString(), Catch::Contains("already enrolled"));
    {
        // The LAR group offers take patients in LAR with an individual therapist (migration 24).
        trinn::Result<std::unique_ptr<trinn::Journal>> opened = trinn::Journal::open(journal);
        REQUIRE(opened.ok());
        auto patient = trinn::RawSqlForTests::run(**opened, QStringLiteral("SELECT id FROM patient"));
        REQUIRE(patient.ok());
        REQUIRE(const_cast<QSqlQuery &>(*patient).next());
        trinn::test::makeLarReady(**opened, patient->value(0).toLongLong());
    }
    const Run level2 = enrol(args({QStringLiteral("--program"), QStringLiteral("Trauma group level 2")}));
    CHECK(level2.status == 2);
    CHECK(level2.err.trimmed() == QStringLiteral("Trauma group level 2 needs Trauma group level 1 completed."));
    const Run mbrp = enrol(args({QStringLiteral("--program"), QStringLiteral("MBRP"), QStringLiteral("--meets"), QStringLiteral("no-current-use"),
                                 QStringLiteral("--meets"), QStringLiteral("motivated")}));
    CHECK(mbrp.status == 2);
    CHECK(mbrp.err.trimmed() == QStringLiteral("MBRP needs: can attend regularly and on time."));
    // Criteria are codes: a criterion's text, or a misspelt code, is refused with the valid codes.
    const Run byText = enrol(args({QStringLiteral("--program"), QStringLiteral("MBRP"), QStringLiteral("--meets"), QStringLiteral("motivated"),
                                   QStringLiteral("--meets"), QStringLiteral("not using substances now")}));
    CHECK(byText.status == 2);
    CHECK_THAT(byText.err.toStdString(), Catch::Contains("\"not using substances now\" is not a criterion of MBRP")
                                             && Catch::Contains("no-current-use (not using substances now)"));
    const Run unknownProgram = enrol(args({QStringLiteral("--program"), QStringLiteral("Juggling")}));
    CHECK(unknownProgram.status == 2);
    CHECK_THAT(unknownProgram.err.toStdString(), Catch::Contains("no program called \"Juggling\""));
    const Run unknownPatient = trinnctl(args({QStringLiteral("enrol"), journal, QStringLiteral("--patient"), trinn::test::ids::born1990a,
                                              QStringLiteral("--program"), QStringLiteral("MBRP")}), admin);
    CHECK(unknownPatient.status == 2);
    CHECK_THAT(unknownPatient.err.toStdString(), Catch::Contains("No patient has national id"));
    const Run badDate = enrol(args({QStringLiteral("--program"), QStringLiteral("Evening program"), QStringLiteral("--start"), QStringLiteral("31.02.2027")}));
    CHECK(badDate.status == 2);
    CHECK_THAT(badDate.err.toStdString(), Catch::Contains("takes a date"));

    const Run report = trinnctl(args({QStringLiteral("report"), journal, QStringLiteral("--patient"), trinn::test::ids::born1985}), admin);
    CHECK(report.status == 0);
    CHECK_THAT(report.out.toStdString(), Catch::Contains("Kari Nordmann (15858510055): Residential 12-step treatment")
                                             && Catch::Contains("Phase 2 gathering 6"));
}

TEST_CASE("trinnctl import lab-results names each bad row and exits 2", "[cli][testing]")
{
    const QString journal = trinn::test::freshLocation(Backend::SQLite);
    REQUIRE(trinnctl(args({QStringLiteral("init"), journal, QStringLiteral("--demo")}), admin).status == 0);
    REQUIRE(trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"),
                           trinn::test::ids::born1985, QStringLiteral("--name"), QStringLiteral("Kari Nordmann")}), admin).status == 0);
    addNurse(journal);
    const QString file = trinn::test::tempFolder() + QStringLiteral("/lab.csv");
    {
        QFile csv(file);
        REQUIRE(csv.open(QIODevice::WriteOnly));
        csv.write("national_id,sample_date,analyte,result,value,unit,cutoff,lab_reference\n"
                  "15858510055,2026-11-20,cocaine,positive,,,,LAB-1\n"
                  "15858510055,2026-13-20,cocaine,positive,,,,LAB-1\n");
    }
    const Run imported = trinnctl(args({QStringLiteral("import"), QStringLiteral("lab-results"), journal, file}), nurse);
    CHECK(imported.status == 2);
    CHECK_THAT(imported.err.toStdString(), Catch::Contains("Line 2: patient 15858510055 has no test of 20.11.2026")
                                               && Catch::Contains("Line 3: \"2026-13-20\" is not a date")
                                               && Catch::Contains("Nothing was imported."));
    const Run missing = trinnctl(args({QStringLiteral("import"), QStringLiteral("lab-results"), journal, file + QStringLiteral(".gone")}), nurse);
    CHECK(missing.status == 2);
    CHECK_THAT(missing.err.toStdString(), Catch::Contains("Cannot read"));
    const Run help = trinnctl(args({QStringLiteral("import"), QStringLiteral("--help")}), nurse);
    CHECK(help.status == 0);
    CHECK_THAT(help.out.toStdString(), Catch::Contains("national_id;sample_date;analyte;result;value;unit;cutoff;lab_reference"));
}

TEST_CASE("trinnctl board prints the day's round", "[cli][testing]")
{
    const QString journal = trinn::test::freshLocation(Backend::SQLite);
    REQUIRE(trinnctl(args({QStringLiteral("demo"), journal, QStringLiteral("--patients"), QStringLiteral("300")})).status == 0);
    const Run board = trinnctl(args({QStringLiteral("board"), journal}), nurse);
    CHECK(board.status == 0);
    CHECK(board.out.count(u'\n') > 5);
    CHECK_THAT(board.err.toStdString(), Catch::Contains("to test"));
    CHECK(trinnctl(args({QStringLiteral("board"), journal, QStringLiteral("--date"), QStringLiteral("yesterday")}), nurse).status == 2);
}

TEST_CASE("trinnctl records medication and 12-step progress and edits a template", "[cli][programs]")
{
    const QString journal = trinn::test::freshLocation(TRINN_BOTH_BACKENDS());
    REQUIRE(trinnctl(args({QStringLiteral("init"), journal, QStringLiteral("--demo")}), admin).status == 0);
    REQUIRE(trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"),
                           trinn::test::ids::born1985, QStringLiteral("--name"), QStringLiteral("Kari Nordmann")}), admin).status == 0);
    addNurse(journal);
    const QString id = trinn::test::ids::born1985;
    const Run added = trinnctl(args({QStringLiteral("medication"), QStringLiteral("add"), journal, QStringLiteral("--patient"), id,
                                     QStringLiteral("--drug"), QStringLiteral("buprenorphine"), QStringLiteral("--dose"), QStringLiteral("16 mg"),
                                     QStringLiteral("--start"), QStringLiteral("01.09.2026")}), nurse);
    INFO(added.err.toStdString());
    CHECK(added.status == 0);
    const Run noDose = trinnctl(args({QStringLiteral("medication"), QStringLiteral("add"), journal, QStringLiteral("--patient"), id,
                                      QStringLiteral("--drug"), QStringLiteral("disulfiram")}), nurse);
    CHECK(noDose.status == 2);
    CHECK(noDose.err.trimmed() == QStringLiteral("Give the dose of disulfiram."));
    const Run list = trinnctl(args({QStringLiteral("medication"), QStringLiteral("list"), journal, QStringLiteral("--patient"), id}), nurse);
    CHECK(list.out.startsWith(QStringLiteral("buprenorphine\t16 mg\t01.09.2026")));

    const Run early = trinnctl(args({QStringLiteral("step"), journal, QStringLiteral("--patient"), id, QStringLiteral("--step"), QStringLiteral("2"),
                                     QStringLiteral("--started"), QStringLiteral("2026-10-01"), QStringLiteral("--completed"), QStringLiteral("2026-10-20")}), admin);
    CHECK(early.status == 2);
    CHECK(early.err.trimmed() == QStringLiteral("Step 2 cannot be completed before step 1."));
    const Run first = trinnctl(args({QStringLiteral("step"), journal, QStringLiteral("--patient"), id, QStringLiteral("--step"), QStringLiteral("1"),
                                     QStringLiteral("--started"), QStringLiteral("2026-10-01")}), admin);
    CHECK(first.status == 0);
    CHECK(trinnctl(args({QStringLiteral("step"), journal, QStringLiteral("--patient"), id, QStringLiteral("--step"), QStringLiteral("13")}), admin).status == 2);

    const Run edit = trinnctl(args({QStringLiteral("program"), QStringLiteral("edit"), journal, QStringLiteral("MBRP"),
                                    QStringLiteral("--testing"), QStringLiteral("weekdays:2"), QStringLiteral("--capacity"), QStringLiteral("10")}), admin);
    INFO(edit.err.toStdString());
    CHECK(edit.status == 0);
    CHECK_THAT(edit.out.toStdString(), Catch::Contains("revision 2"));
    const Run shown = trinnctl(args({QStringLiteral("program"), QStringLiteral("list"), journal}), admin);
    CHECK_THAT(shown.out.toStdString(), Catch::Contains("MBRP\tcode lar-mbrp; service lar; phases: MBRP 56 d; 10 places"));
    const Run bad = trinnctl(args({QStringLiteral("program"), QStringLiteral("edit"), journal, QStringLiteral("MBRP"),
                                   QStringLiteral("--phase-days"), QStringLiteral("course=90")}), admin);
    CHECK(bad.status == 2);
    CHECK_THAT(bad.err.toStdString(), Catch::Contains("longer than the most allowed"));
}

TEST_CASE("trinnctl check finds an audit record edited with the sqlite3 tool", "[cli][audit]")
{
    const QString journal = trinn::test::freshLocation(Backend::SQLite);
    REQUIRE(trinnctl(args({QStringLiteral("init"), journal, QStringLiteral("--demo")}), admin).status == 0);
    REQUIRE(trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"),
                           trinn::test::ids::born1985, QStringLiteral("--name"), QStringLiteral("Kari Nordmann")}), admin).status == 0);
    const Run user = trinnctl(args({QStringLiteral("user"), QStringLiteral("add"), journal, QStringLiteral("--username"), QStringLiteral("nina"),
                                    QStringLiteral("--name"), QStringLiteral("Nina"), QStringLiteral("--roles"), QStringLiteral("nurse")}),
                           admin, "et langt passord\n");
    INFO(user.err.toStdString());
    REQUIRE(user.status == 0);
    CHECK_THAT(trinnctl(args({QStringLiteral("user"), QStringLiteral("list"), journal}), admin).out.toStdString(), Catch::Contains("nina\tNina\tnurse\tactive"));
    CHECK(trinnctl(args({QStringLiteral("check"), journal})).status == 0);
    const Run report = trinnctl(args({QStringLiteral("audit"), QStringLiteral("report"), journal, QStringLiteral("--patient"), trinn::test::ids::born1985}), admin);
    CHECK_THAT(report.out.toStdString(), Catch::Contains("\tadmin\t") && Catch::Contains("registered the patient"));

    QProcess sqlite;
    sqlite.start(QStringLiteral("sqlite3"), {journal, QStringLiteral("UPDATE audit_log SET actor = 'nobody' WHERE id = 1;")});
    REQUIRE(sqlite.waitForFinished(30000));
    REQUIRE(sqlite.exitCode() == 0);
    const Run checked = trinnctl(args({QStringLiteral("check"), journal}));
    CHECK(checked.status == 1);
    CHECK_THAT(checked.err.toStdString(), Catch::Contains("Audit record 1 was changed after it was written."));
}

namespace {

// The verification key from init's output: the indented line after its title.
QString verificationKeyIn(const QString &output)
{
    const QStringList lines = output.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        if (lines.at(i).startsWith(QStringLiteral("Verification key of the audit log")))
            return lines.at(i + 1).trimmed();
    }
    return QString();
}

void tamper(const QString &location, const QString &sql)
{
    Result<std::unique_ptr<trinn::Journal>> journal = trinn::Journal::open(location);
    REQUIRE(journal.ok());
    auto done = trinn::RawSqlForTests::run(**journal, sql);
    INFO(done.error().toStdString());
    REQUIRE(done.ok());
}

} // namespace

TEST_CASE("trinnctl check --verification-key: 0 intact, 1 damage named, 2 could not look", "[cli][audit][seal]")
{
    const QString journal = trinn::test::freshLocation(TRINN_BOTH_BACKENDS());
    const Run created = trinnctl(args({QStringLiteral("init"), journal}), admin);
    INFO(created.err.toStdString());
    REQUIRE(created.status == 0);
    const QString key = verificationKeyIn(created.out);
    REQUIRE(key.size() == 71);
    {
        // Some work, written as a workstation would.
        Result<std::unique_ptr<trinn::Journal>> open = trinn::Journal::open(journal);
        REQUIRE(open.ok());
        for (int i = 0; i < 6; ++i)
            REQUIRE(trinn::AuditLog::append(**open, 0, QStringLiteral("write"), QStringLiteral("work %1").arg(i)).ok());
    }
    // The key is not in the journal, in any form the file shows.
    if (!journal.startsWith(QStringLiteral("postgresql:"))) {
        QFile file(journal);
        REQUIRE(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        const QString hex = QString(key).remove(QLatin1Char('-'));
        CHECK_FALSE(bytes.contains(hex.toLatin1()));
        CHECK_FALSE(bytes.contains(QByteArray::fromHex(hex.toLatin1())));
    }

    const Run intact = trinnctl(args({QStringLiteral("check"), journal, QStringLiteral("--verification-key"), key}));
    INFO(intact.err.toStdString());
    CHECK(intact.status == 0);
    CHECK_THAT(intact.out.toStdString(), Catch::Contains("checked against the verification key") && Catch::Contains("intact"));

    const Run badKey = trinnctl(args({QStringLiteral("check"), journal, QStringLiteral("--verification-key"), QStringLiteral("1234")}));
    CHECK(badKey.status == 2);
    CHECK_THAT(badKey.err.toStdString(), Catch::Contains("not a verification key"));

    const Run otherKey = trinnctl(args({QStringLiteral("check"), journal, QStringLiteral("--verification-key"),
                                        QString(key).replace(0, 1, key.at(0) == QLatin1Char('0') ? QStringLiteral("1") : QStringLiteral("0"))}));
    CHECK(otherKey.status == 1);
    CHECK_THAT(otherKey.err.toStdString(), Catch::Contains("The seal of epoch 0"));

    // The last two records removed and the chain left as it is: the seal names the first.
    tamper(journal, QStringLiteral("DELETE FROM audit_log WHERE id >= (SELECT MAX(id) - 1 FROM audit_log)"));
    const Run damaged = trinnctl(args({QStringLiteral("check"), journal, QStringLiteral("--verification-key"), key}));
    CHECK(damaged.status == 1);
    CHECK_THAT(damaged.err.toStdString(), Catch::Contains("is missing: the seal of epoch") && Catch::Contains("problems found"));
    const Run withoutKey = trinnctl(args({QStringLiteral("check"), journal}));
    CHECK(withoutKey.status == 1);
    CHECK_THAT(withoutKey.err.toStdString(), Catch::Contains("is missing: the seal of epoch"));
}

TEST_CASE("trinnctl check says when the audit log is not sealed, and can start sealing it", "[cli][audit][seal]")
{
    const QString journal = trinn::test::freshLocation(Backend::SQLite);
    {
        // A journal made by a program that does not seal (an older Trinn, the test helper).
        Journal::Options create;
        create.mode = Journal::OpenMode::CreateIfMissing;
        REQUIRE(trinn::Journal::open(journal, create).ok());
    }
    const Run unsealed = trinnctl(args({QStringLiteral("check"), journal}));
    CHECK(unsealed.status == 0);
    CHECK_THAT(unsealed.out.toStdString(), Catch::Contains("not sealed"));
    const Run keyForNothing = trinnctl(args({QStringLiteral("check"), journal, QStringLiteral("--verification-key"),
                                             QString(64, QLatin1Char('a'))}));
    CHECK(keyForNothing.status == 1);
    CHECK_THAT(keyForNothing.err.toStdString(), Catch::Contains("no seals, but a verification key was given"));

    const Run started = trinnctl(args({QStringLiteral("check"), journal, QStringLiteral("--start-sealing")}));
    INFO(started.err.toStdString());
    REQUIRE(started.status == 0);
    const QString key = verificationKeyIn(started.out);
    REQUIRE_FALSE(key.isEmpty());
    QProcess withStdin;
    withStdin.start(QStringLiteral(TRINNCTL_PATH), {QStringLiteral("check"), journal, QStringLiteral("--verification-key"), QStringLiteral("-")});
    REQUIRE(withStdin.waitForStarted());
    withStdin.write((key + QLatin1Char('\n')).toUtf8());
    withStdin.closeWriteChannel();
    REQUIRE(withStdin.waitForFinished(60000));
    CHECK(withStdin.exitCode() == 0);
    CHECK_THAT(QString::fromUtf8(withStdin.readAllStandardOutput()).toStdString(), Catch::Contains("checked against the verification key"));
    const Run again = trinnctl(args({QStringLiteral("check"), journal, QStringLiteral("--start-sealing")}));
    CHECK(again.status == 0);
    CHECK_THAT(again.out.toStdString(), Catch::Contains("sealed already"));
    CHECK(verificationKeyIn(again.out).isEmpty());
}
