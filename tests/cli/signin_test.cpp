#include "cli/trinnctlrun.h"
#include "support/testjournals.h"

#include <QFile>
#include <QFileInfo>

// trinnctl signs in: every verb that reads or writes a patient's data or the
// staff accounts acts as a staff member, under the desktop's policy and audit;
// account verbs need an administrator. Without credentials, or with a nurse's
// for an account verb, it exits 2 with the reason and writes nothing.

using namespace trinn;
using trinn::test::Backend;
using namespace trinn::test::cli;

namespace {

const QString someone = QStringLiteral("15858510055");

// What a refused command must leave as it was.
struct Snapshot
{
    int patients = 0;
    int auditRecords = 0;
    QStringList staff; // username, roles, hash, active, failures

    bool operator==(const Snapshot &) const = default;
};

Snapshot snapshot(const QString &location)
{
    Result<std::unique_ptr<Journal>> journal = Journal::open(location);
    INFO(journal.error().toStdString());
    REQUIRE(journal.ok());
    Snapshot s;
    const auto count = [&](const char *sql) {
        auto row = RawSqlForTests::run(**journal, QString::fromLatin1(sql));
        REQUIRE(row.ok());
        REQUIRE(row->next());
        return row->value(0).toInt();
    };
    s.patients = count("SELECT COUNT(*) FROM patient");
    s.auditRecords = count("SELECT COUNT(*) FROM audit_log");
    auto rows = RawSqlForTests::run(**journal, QStringLiteral("SELECT username, roles, password_hash, active, failed_logins "
                                                              "FROM staff ORDER BY username"));
    REQUIRE(rows.ok());
    while (rows->next())
        s.staff << QStringList{rows->value(0).toString(), rows->value(1).toString(), rows->value(2).toString(),
                               rows->value(3).toString(), rows->value(4).toString()}
                       .join(u'|');
    return s;
}

// A clinic journal with its administrator, a nurse, a therapist and a patient.
QString clinic(Backend backend)
{
    const QString journal = test::freshLocation(backend);
    const Run made = trinnctl(args({QStringLiteral("init"), journal, QStringLiteral("--demo")}), admin);
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    addNurse(journal);
    REQUIRE(trinnctl(args({QStringLiteral("user"), QStringLiteral("add"), journal, QStringLiteral("--username"), QStringLiteral("terapeut"),
                           QStringLiteral("--name"), QStringLiteral("Tor Terapeut"), QStringLiteral("--roles"), QStringLiteral("therapist")}),
                     admin, "terapeutens passord\n")
                .status
            == 0);
    REQUIRE(trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"), someone,
                           QStringLiteral("--name"), QStringLiteral("Kari Nordmann")}),
                     admin)
                .status
            == 0);
    return journal;
}

// Every verb that reads or writes a patient's data or the staff accounts.
QList<QStringList> guardedVerbs(const QString &journal)
{
    const QString csv = test::tempFolder() + QStringLiteral("/signin-lab.csv");
    return {
        args({QStringLiteral("patient"), QStringLiteral("add"), journal, QStringLiteral("--id"), test::ids::born1990a,
              QStringLiteral("--name"), QStringLiteral("Ola Nordmann")}),
        args({QStringLiteral("patient"), QStringLiteral("find"), journal, QStringLiteral("nord")}),
        args({QStringLiteral("program"), QStringLiteral("list"), journal}),
        args({QStringLiteral("program"), QStringLiteral("edit"), journal, QStringLiteral("MBRP"), QStringLiteral("--capacity"), QStringLiteral("3")}),
        args({QStringLiteral("enrol"), journal, QStringLiteral("--patient"), someone, QStringLiteral("--program"), QStringLiteral("Evening program")}),
        args({QStringLiteral("report"), journal, QStringLiteral("--patient"), someone}),
        args({QStringLiteral("board"), journal}),
        args({QStringLiteral("medication"), QStringLiteral("list"), journal, QStringLiteral("--patient"), someone}),
        args({QStringLiteral("step"), journal, QStringLiteral("--patient"), someone, QStringLiteral("--step"), QStringLiteral("1"),
              QStringLiteral("--started"), QStringLiteral("2026-10-01")}),
        args({QStringLiteral("referral"), QStringLiteral("list"), journal}),
        args({QStringLiteral("export"), QStringLiteral("ical"), journal}),
        args({QStringLiteral("import"), QStringLiteral("lab-results"), journal, csv}),
        args({QStringLiteral("audit"), QStringLiteral("report"), journal, QStringLiteral("--patient"), someone}),
        args({QStringLiteral("user"), QStringLiteral("list"), journal}),
        args({QStringLiteral("user"), QStringLiteral("add"), journal, QStringLiteral("--username"), QStringLiteral("boss"),
              QStringLiteral("--name"), QStringLiteral("Boss"), QStringLiteral("--roles"), QStringLiteral("administrator")}),
        args({QStringLiteral("user"), QStringLiteral("disable"), journal, QStringLiteral("--username"), QStringLiteral("admin")}),
        args({QStringLiteral("user"), QStringLiteral("reset-password"), journal, QStringLiteral("--username"), QStringLiteral("terapeut")}),
    };
}

} // namespace

TEST_CASE("trinnctl without credentials exits 2, says how to sign in and writes nothing", "[cli][signin]")
{
    const QString journal = clinic(TRINN_BOTH_BACKENDS());
    const Snapshot before = snapshot(journal);
    for (const QStringList &verb : guardedVerbs(journal)) {
        CAPTURE(verb.join(u' ').toStdString());
        // A new password waiting on standard input changes nothing either.
        const Run refused = trinnctl(verb, std::nullopt, "et nytt langt passord\n");
        CHECK(refused.status == 2);
        CHECK_THAT(refused.err.toStdString(), Catch::Contains("no user name was given") && Catch::Contains("--user"));
        CHECK(refused.out.isEmpty());
    }
    CHECK(snapshot(journal) == before);

    SECTION("a user name without a password")
    {
        const Run refused = trinnctl(args({QStringLiteral("patient"), QStringLiteral("find"), journal, QStringLiteral("nord"),
                                           QStringLiteral("-u"), QStringLiteral("admin")}));
        CHECK(refused.status == 2);
        CHECK_THAT(refused.err.toStdString(), Catch::Contains("No password for admin"));
        CHECK(snapshot(journal) == before);
    }
    SECTION("a password as an argument is no option")
    {
        const Run refused = trinnctl(args({QStringLiteral("user"), QStringLiteral("list"), journal, QStringLiteral("-u"),
                                           QStringLiteral("admin"), QStringLiteral("--password"), admin.password}));
        CHECK(refused.status == 2);
        CHECK_THAT(refused.err.toStdString(), Catch::Contains("Unknown option 'password'"));
        CHECK(snapshot(journal) == before);
    }
    SECTION("a wrong password: refused, and only the attempt is on record")
    {
        const Run refused = trinnctl(args({QStringLiteral("user"), QStringLiteral("reset-password"), journal, QStringLiteral("--username"),
                                           QStringLiteral("terapeut")}),
                                     As{QStringLiteral("admin"), QStringLiteral("gjettet passord")}, "et nytt langt passord\n");
        CHECK(refused.status == 2);
        CHECK_THAT(refused.err.toStdString(), Catch::Contains("Could not sign in as admin: Wrong user name or password."));
        Snapshot after = snapshot(journal);
        CHECK(after.auditRecords == before.auditRecords + 1);
        CHECK(after.patients == before.patients);
        after.staff.replaceInStrings(QStringLiteral("|1|1"), QStringLiteral("|1|0")); // admin's one failure
        CHECK(after.staff == before.staff);
    }
}

TEST_CASE("trinnctl takes the password from standard input or the environment and acts as that staff member", "[cli][signin]")
{
    const QString journal = clinic(Backend::SQLite);
    // A report reads the patient's journal (a search does not log the names it lists).
    const QStringList report = args({QStringLiteral("report"), journal, QStringLiteral("--patient"), someone});

    const Run piped = trinnctl(report + args({QStringLiteral("-u"), QStringLiteral("sykepleier"), QStringLiteral("--password-stdin")}),
                               std::nullopt, "demo-passord\n");
    INFO(piped.err.toStdString());
    CHECK(piped.status == 1); // signed in; no episode to report
    CHECK_THAT(piped.err.toStdString(), Catch::Contains("has not been enrolled"));
    const Run fromEnvironment = trinnctl(report + args({QStringLiteral("--user"), QStringLiteral("terapeut")}),
                                         As{QString(), QStringLiteral("terapeutens passord")});
    CHECK(fromEnvironment.status == 1);
    CHECK_THAT(fromEnvironment.err.toStdString(), Catch::Contains("has not been enrolled"));

    // The same policy as the desktop: a nurse may not see referrals or change a program template.
    const Run referrals = trinnctl(args({QStringLiteral("referral"), QStringLiteral("list"), journal}), nurse);
    CHECK(referrals.status == 2);
    CHECK_THAT(referrals.err.toStdString(), Catch::Contains("may not see referrals"));

    // The same audit: the reads are the staff members', not "system"'s.
    const Run audit = trinnctl(args({QStringLiteral("audit"), QStringLiteral("report"), journal, QStringLiteral("--patient"), someone}), admin);
    INFO(audit.out.toStdString());
    CHECK(audit.status == 0);
    CHECK(audit.out.contains(QStringLiteral("\tsykepleier\t")));
    CHECK(audit.out.contains(QStringLiteral("\tterapeut\t")));
    CHECK_FALSE(audit.out.contains(QStringLiteral("\tsystem\t")));
}

TEST_CASE("Account verbs need an administrator: a nurse is refused and nothing changes", "[cli][signin]")
{
    const QString journal = clinic(TRINN_BOTH_BACKENDS());
    const Snapshot before = snapshot(journal);
    for (const QStringList &verb : guardedVerbs(journal)) {
        if (verb.first() != u"user")
            continue;
        CAPTURE(verb.join(u' ').toStdString());
        const Run refused = trinnctl(verb, nurse, "et nytt langt passord\n");
        CHECK(refused.status == 2);
        CHECK(refused.err.trimmed() == QStringLiteral("Staff accounts need an administrator: sykepleier is not one. Nothing was changed."));
        CHECK(refused.out.isEmpty());
    }
    Snapshot after = snapshot(journal);
    CHECK(after.staff == before.staff);
    CHECK(after.patients == before.patients);

    // The attack: reset a therapist's password and sign in as her.
    const QStringList asTherapist = args({QStringLiteral("patient"), QStringLiteral("find"), journal, QStringLiteral("nord")});
    CHECK(trinnctl(asTherapist, As{QStringLiteral("terapeut"), QStringLiteral("et nytt langt passord")}).status == 2);

    // An administrator may.
    const Run reset = trinnctl(args({QStringLiteral("user"), QStringLiteral("reset-password"), journal, QStringLiteral("--username"),
                                     QStringLiteral("terapeut")}),
                               admin, "et nytt langt passord\n");
    INFO(reset.err.toStdString());
    CHECK(reset.status == 0);
    CHECK(trinnctl(asTherapist, As{QStringLiteral("terapeut"), QStringLiteral("et nytt langt passord")}).status == 0);
}

TEST_CASE("trinnctl init makes the first administrator - demo never touches a journal in use", "[cli][signin]")
{
    const QString journal = test::freshLocation(Backend::SQLite);
    const Run nobody = trinnctl(args({QStringLiteral("init"), journal}));
    CHECK(nobody.status == 2);
    CHECK_THAT(nobody.err.toStdString(), Catch::Contains("no user name was given"));
    const Run weak = trinnctl(args({QStringLiteral("init"), journal, QStringLiteral("-u"), QStringLiteral("berit"),
                                    QStringLiteral("--password-stdin")}),
                              std::nullopt, "kort\n");
    CHECK(weak.status == 2);
    CHECK_THAT(weak.err.toStdString(), Catch::Contains("at least 10 characters") && Catch::Contains("Nothing was created"));
    CHECK_FALSE(QFileInfo::exists(journal));

    const Run made = trinnctl(args({QStringLiteral("init"), journal, QStringLiteral("-u"), QStringLiteral("berit"), QStringLiteral("--name"),
                                    QStringLiteral("Berit Sjef"), QStringLiteral("--password-stdin")}),
                              std::nullopt, "bestyrerens passord\n");
    INFO(made.err.toStdString());
    REQUIRE(made.status == 0);
    CHECK_THAT(made.out.toStdString(), Catch::Contains("Its first administrator is berit."));
    const As berit{QStringLiteral("berit"), QStringLiteral("bestyrerens passord")};
    const QStringList list = args({QStringLiteral("user"), QStringLiteral("list"), journal});
    CHECK(trinnctl(list, berit).out == QStringLiteral("berit\tBerit Sjef\tadministrator\tactive\n"));

    // demo's staff have a published password: never in a journal that exists.
    const Run demo = trinnctl(args({QStringLiteral("demo"), journal, QStringLiteral("--patients"), QStringLiteral("5")}));
    CHECK(demo.status == 2);
    CHECK_THAT(demo.err.toStdString(), Catch::Contains("is a Trinn journal already"));
    CHECK(trinnctl(list, berit).out == QStringLiteral("berit\tBerit Sjef\tadministrator\tactive\n"));
}

TEST_CASE("trinnctl check warns about a journal that others can read", "[cli][files]")
{
    const QString journal = test::freshLocation(Backend::SQLite);
    REQUIRE(trinnctl(args({QStringLiteral("init"), journal}), admin).status == 0);
    const Run tight = trinnctl(args({QStringLiteral("check"), journal}));
    CHECK(tight.status == 0);
    CHECK_FALSE(tight.err.contains(QStringLiteral("Warning")));

    REQUIRE(QFile::setPermissions(journal, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                                               | QFileDevice::ReadOther));
    const Run open = trinnctl(args({QStringLiteral("check"), journal}));
    CHECK(open.status == 0); // intact, but said
    CHECK_THAT(open.err.toStdString(), Catch::Contains("Warning: other users of this computer may read " + journal.toStdString() + " (0644)")
                                           && Catch::Contains("chmod 600"));
}
