#include "cli/trinnctlrun.h"

#include <catch2/catch.hpp>

#include <QProcess>

namespace trinn::test::cli {

const As admin{QStringLiteral("admin"), QStringLiteral("demo-passord")};
const As nurse{QStringLiteral("sykepleier"), QStringLiteral("demo-passord")};

Run trinnctl(const QStringList &arguments, const std::optional<As> &as, const QByteArray &input)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("TRINN_USER"));
    environment.remove(QStringLiteral("TRINN_PASSWORD"));
    if (as) {
        if (!as->user.isEmpty())
            environment.insert(QStringLiteral("TRINN_USER"), as->user);
        environment.insert(QStringLiteral("TRINN_PASSWORD"), as->password);
    }
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral(TRINNCTL_PATH), arguments);
    REQUIRE(process.waitForStarted(30000));
    process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(120000));
    Run run;
    run.status = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

void addNurse(const QString &journal)
{
    const Run added = trinnctl(args({QStringLiteral("user"), QStringLiteral("add"), journal, QStringLiteral("--username"), nurse.user,
                                     QStringLiteral("--name"), QStringLiteral("Sara Sykepleier"), QStringLiteral("--roles"),
                                     QStringLiteral("nurse")}),
                               admin, nurse.password.toUtf8() + '\n');
    INFO(added.err.toStdString());
    REQUIRE(added.status == 0);
}

} // namespace trinn::test::cli
