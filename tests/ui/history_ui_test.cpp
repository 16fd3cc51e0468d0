// Keyboard: stopping a prescription asks why; Ctrl+H shows every version with
// who changed it and why.
#include "support/testjournals.h"

#include "common/clinictime.h"
#include "common/recordhistorydialog.h"
#include "programs/medicationdialog.h"
#include "storage/carerecordstore.h"
#include "storage/patientstore.h"
#include "storage/staffstore.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QPixmap>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace trinn;

TEST_CASE("Stopping a prescription asks why and Ctrl+H shows the versions with the reason", "[ui][history]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    NewPatient p;
    p.nationalId = test::ids::born1985;
    p.givenNames = QStringLiteral("Kari");
    p.familyName = QStringLiteral("Nordmann");
    const auto patient = PatientStore(*journal).add(p);
    REQUIRE(patient.ok());
    REQUIRE(StaffStore(*journal).add(QStringLiteral("sara"), QStringLiteral("Sara Sykepleier"), {Role::Nurse},
                                     QStringLiteral("et langt passord")).ok());
    const auto sara = StaffStore(*journal).signIn(QStringLiteral("sara"), QStringLiteral("et langt passord"));
    REQUIRE(sara.ok());
    journal->setActor(*sara);
    Medication m;
    m.patientId = *patient;
    m.drug = QStringLiteral("Metadon");
    m.dose = QStringLiteral("80 mg");
    m.start = clinictime::today().addDays(-30);
    REQUIRE(CareRecordStore(*journal).addMedication(m).ok());

    MedicationDialog dialog(*journal, *patient);
    dialog.show();
    dialog.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&dialog));
    auto *list = dialog.findChild<QTreeWidget *>();
    REQUIRE(list);
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    REQUIRE(list->currentItem());
    // Alt+S without a reason: refused, nothing stopped.
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QTest::qWait(300); // a mnemonic clicks its button after a short animation
    CHECK_THAT(dialog.problem().toStdString(), Catch::Contains("Say why Metadon is stopped"));
    CHECK(list->topLevelItem(0)->text(3).isEmpty());
    // The reason field is labelled and reached by its mnemonic (Alt+W).
    QTest::keyClick(&dialog, Qt::Key_W, Qt::AltModifier);
    auto *reason = dialog.findChild<QLineEdit *>(QStringLiteral("stopReason"));
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == reason; }, 2000));
    QTest::keyClicks(reason, QStringLiteral("Tapered off as planned"));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    QTest::keyClick(&dialog, Qt::Key_S, Qt::AltModifier);
    QTest::qWait(300);
    CHECK(dialog.problem().isEmpty());
    REQUIRE(list->topLevelItem(0));
    CHECK(list->topLevelItem(0)->text(3) == clinictime::formatDate(clinictime::today()));

    // Ctrl+H on the selected prescription: recorded, then stopped, by Sara, with the reason.
    list->setCurrentItem(list->topLevelItem(0));
    QStringList shown;
    QTimer::singleShot(0, [&] {
        auto *history = qobject_cast<RecordHistoryDialog *>(QApplication::activeModalWidget());
        if (history) {
            shown = history->shownLines();
            // For a person to look at: TRINN_UI_SHOTS=DIR saves the dialog as a PNG.
            if (const QString dir = qEnvironmentVariable("TRINN_UI_SHOTS"); !dir.isEmpty())
                history->grab().save(dir + QStringLiteral("/record-history.png"));
            history->reject();
        }
    });
    QTest::keyClick(list, Qt::Key_H, Qt::ControlModifier);
    REQUIRE(shown.size() == 2);
    CHECK_THAT(shown.at(0).toStdString(), Catch::Contains("Sara Sykepleier") && Catch::Contains("Recorded") && Catch::Contains("Metadon"));
    CHECK_THAT(shown.at(1).toStdString(), Catch::Contains("Changed") && Catch::Contains("Tapered off as planned")
                                              && Catch::Contains("Stopped: – → " + clinictime::formatDate(clinictime::today()).toStdString()));
}
