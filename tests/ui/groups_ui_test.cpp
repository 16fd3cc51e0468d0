#include "support/testjournals.h"

#include "common/clinictime.h"
#include "mainwindow.h"
#include "storage/groupstore.h"
#include "storage/patientstore.h"

#include <QApplication>
#include <QDialog>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace trinn;

TEST_CASE("A therapist takes a 10-person group's attendance and note by keyboard", "[ui][groups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    GroupStore groups(*journal);
    TherapyGroup g;
    g.name = QStringLiteral("Dynamic group therapy");
    g.kind = QStringLiteral("dynamic");
    g.room = QStringLiteral("Fjell");
    g.weekday = clinictime::today().dayOfWeek();
    g.startTime = QTime(10, 0);
    g.minutes = 90;
    g.weeks = 4;
    g.startDate = clinictime::today().addDays(1);
    g.leaders = {QStringLiteral("Terapeut T")};
    const auto groupId = groups.create(g);
    REQUIRE(groupId.ok());
    QList<qint64> members;
    for (int n = 0; members.size() < 10; ++n) {
        const auto id = NationalId::make(QDate(1980, 1, 1).addDays(n * 31), 200 + n, NationalId::Kind::BirthNumber, true);
        if (!id)
            continue;
        NewPatient p;
        p.nationalId = id->digits();
        p.givenNames = QStringLiteral("Deltaker");
        p.familyName = QStringLiteral("Nr%1").arg(members.size(), 2, 10, QLatin1Char('0'));
        const auto added = PatientStore(*journal).add(p);
        REQUIRE(added.ok());
        members << *added;
        REQUIRE(groups.enrol(*groupId, *added, {}, QString(), clinictime::today()).ok());
    }

    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto *sessions = window.findChild<QTreeWidget *>(QStringLiteral("sessions"));
    REQUIRE(sessions);
    REQUIRE(sessions->topLevelItemCount() >= 3);
    sessions->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == sessions; }, 2000));

    bool saved = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        const auto closeDialog = qScopeGuard([dialog] { if (dialog->isVisible()) dialog->reject(); });
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("attendance"));
        REQUIRE(table);
        REQUIRE(table->rowCount() == 10);
        REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == table; }, 2000));
        // Seven present, one absent with notice, one without, one late.
        for (const char key : {'p', 'p', 'n', 'p', 'u', 'p', 'l', 'p', 'p', 'p'})
            QTest::keyClick(QApplication::focusWidget(), key);
        // A line for the last member's journal: F2, type, Enter.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F2);
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Talked about the family for the first time"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTest::keyClick(table, Qt::Key_Tab);
        CHECK(QApplication::focusWidget() == dialog->findChild<QPlainTextEdit *>(QStringLiteral("groupNote")));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Step 1: powerlessness. Good energy in the group."));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QApplication::focusWidget()->setProperty("text", QString());
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Terapeut T"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        saved = !dialog->isVisible();
    });
    QTest::keyClick(sessions, Qt::Key_Return);
    CHECK(saved);

    const auto all = groups.sessions(*groupId);
    REQUIRE(all.ok());
    const auto held = groups.session(all->first().id);
    REQUIRE(held.ok());
    CHECK(held->status == GroupSession::Status::Held);
    CHECK(held->note == QStringLiteral("Step 1: powerlessness. Good energy in the group."));
    CHECK(held->noteAuthor == QStringLiteral("Terapeut T"));
    REQUIRE(held->attendance.size() == 10);
    int present = 0;
    for (const Attendance &a : held->attendance)
        present += a.status == Attendance::Status::Present ? 1 : 0;
    CHECK(present == 7);
    CHECK(held->attendance.at(2).status == Attendance::Status::AbsentWithNotice);
    CHECK(held->attendance.at(4).status == Attendance::Status::AbsentWithoutNotice);
    CHECK(held->attendance.at(6).status == Attendance::Status::Late);
    CHECK(held->attendance.at(9).line == QStringLiteral("Talked about the family for the first time"));
}
