#include "support/testjournals.h"

#include "administration/administrationworkspace.h"
#include "storage/backup.h"
#include "storage/patientstore.h"

#include <QDir>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTest>

// Administration: backups are offered to administrators only, and an
// administrator's session makes the day's backup when one is due.

using namespace trinn;

namespace {

Actor actorWithRole(Role role, const QString &username)
{
    Actor actor;
    actor.staffId = role == Role::Nurse ? 801 : 802;
    actor.username = username;
    actor.roles = {role};
    return actor;
}

QPushButton *buttonNamed(QWidget &parent, const QString &text)
{
    for (QPushButton *button : parent.findChildren<QPushButton *>()) {
        if (button->text() == text)
            return button;
    }
    return nullptr;
}

} // namespace

TEST_CASE("Administration offers backups to administrators only and makes the day's backup in their session", "[ui][backup]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    NewPatient patient;
    patient.nationalId = test::ids::born1985;
    patient.givenNames = QStringLiteral("Kari");
    patient.familyName = QStringLiteral("Nordmann");
    REQUIRE(PatientStore(*journal).add(patient).ok());
    const QString folder = test::tempFolder() + QStringLiteral("/ui-daily");
    QDir(folder).removeRecursively();
    REQUIRE(QDir().mkpath(folder));

    journal->setActor(actorWithRole(Role::Administrator, QStringLiteral("berit")));
    REQUIRE(Backup::setDaily(*journal, {folder, 3}).ok());

    SECTION("a nurse's session: greyed out, and no backup made")
    {
        journal->setActor(actorWithRole(Role::Nurse, QStringLiteral("nina")));
        AdministrationWorkspace workspace(*journal);
        workspace.show();
        QPushButton *backUp = buttonNamed(workspace, AdministrationWorkspace::tr("&Back up now…"));
        REQUIRE(backUp);
        CHECK_FALSE(backUp->isEnabled());
        workspace.backUpIfDue();
        CHECK(Backup::dailyFiles(folder).isEmpty());
    }
    SECTION("an administrator's session: today's backup, once")
    {
        AdministrationWorkspace workspace(*journal);
        workspace.show();
        QPushButton *backUp = buttonNamed(workspace, AdministrationWorkspace::tr("&Back up now…"));
        REQUIRE(backUp);
        CHECK(backUp->isEnabled());
        // Made a few seconds after the window opens, without being asked.
        QTRY_COMPARE_WITH_TIMEOUT(Backup::dailyFiles(folder).size(), 1, 10000);
        workspace.backUpIfDue();
        CHECK(Backup::dailyFiles(folder).size() == 1);
        const QLabel *status = workspace.findChild<QLabel *>(QStringLiteral("backupStatus"));
        REQUIRE(status);
        CHECK(status->text().contains(QStringLiteral("today's backup")));
        CHECK(Backup::examine(Backup::dailyFiles(folder).constFirst())->patients == 1);
    }
}
