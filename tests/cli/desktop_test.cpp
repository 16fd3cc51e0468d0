#include "cli/trinnctlrun.h"
#include "support/testjournals.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSettings>

// The desktop program never stores a database password and never takes one on
// its command line, where `ps` shows it to every user of the computer.

using namespace trinn;
using trinn::test::Backend;
using namespace trinn::test::cli;

namespace {

struct Desktop
{
    int status = -1;
    QString err;
};

// Trinn offscreen, with its settings (Trinn.conf) in `config`, signed in as
// the administrator, saving a picture and quitting once its window is up.
Desktop trinnDesktop(const QString &config, const QStringList &arguments)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    environment.insert(QStringLiteral("TRINN_USER"), admin.user);
    environment.insert(QStringLiteral("TRINN_PASSWORD"), admin.password);
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRINN_PATH),
                  arguments + QStringList{QStringLiteral("--screenshot"), config + QStringLiteral("/shot.png")});
    REQUIRE(process.waitForFinished(120000));
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, QString::fromUtf8(process.readAllStandardError())};
}

QString settingsFile(const QString &config)
{
    return config + QStringLiteral("/Trinn/Trinn.conf");
}

} // namespace

TEST_CASE("The desktop program refuses a password on its command line", "[cli][desktop]")
{
    const QString config = test::tempFolder() + QStringLiteral("/config-refuse");
    const Desktop refused = trinnDesktop(config, {QStringLiteral("--journal"),
                                                  QStringLiteral("postgresql://trinn:hemmelig@/journal?host=/run/postgresql")});
    CHECK(refused.status != 0);
    CHECK_THAT(refused.err.toStdString(), Catch::Contains("does not take a database password") && Catch::Contains("~/.pgpass"));
    CHECK_FALSE(QFile::exists(settingsFile(config)));
}

TEST_CASE("The desktop program strips the password from a remembered address and keeps Trinn.conf private", "[cli][desktop]")
{
    const QString journal = test::freshLocation(Backend::PostgreSQL);
    REQUIRE(trinnctl(args({QStringLiteral("init"), journal}), admin).status == 0);
    // As an earlier Trinn remembered it: with the password (the test server
    // trusts its socket, so the password is not needed to connect).
    const QString withPassword = QString(journal).replace(QStringLiteral("postgresql://postgres@"),
                                                          QStringLiteral("postgresql://postgres:hemmelig@"));
    REQUIRE(withPassword != journal);
    const QString config = test::tempFolder() + QStringLiteral("/config-remembered");
    {
        QSettings old(settingsFile(config), QSettings::IniFormat);
        old.setValue(QStringLiteral("journal/last"), withPassword);
    }
    REQUIRE(QFile(settingsFile(config)).open(QIODevice::ReadOnly));

    const Desktop opened = trinnDesktop(config, {});
    INFO(opened.err.toStdString());
    CHECK(opened.status == 0);
    QFile conf(settingsFile(config));
    REQUIRE(conf.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(conf.readAll());
    CHECK_FALSE(text.contains(QStringLiteral("hemmelig")));
    CHECK(text.contains(QStringLiteral("postgres@")));
    CHECK(conf.permissions() == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser));
}
