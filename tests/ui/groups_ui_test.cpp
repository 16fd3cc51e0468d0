#include "support/testjournals.h"

#include "common/clinictime.h"
#include "mainwindow.h"
#include "storage/groupstore.h"
#include "storage/patientstore.h"

#include <QApplication>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QSqlQuery>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QScopeGuard>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace trinn;

namespace {

// A staff member of the register, signed in (no password: the test sets the actor).
Actor signedIn(Journal &journal, const QString &username, const QString &fullName)
{
    const Actor actor = test::therapistInRegister(journal, username, fullName);
    journal.setActor(actor);
    return actor;
}

// A dynamic group led by Terapeut T (signed in), starting tomorrow, with `count` members.
qint64 groupWithMembers(Journal &journal, int count, QList<qint64> *members)
{
    GroupStore groups(journal);
    TherapyGroup g;
    g.name = QStringLiteral("Dynamic group therapy");
    g.kind = QStringLiteral("dynamic");
    g.room = QStringLiteral("Fjell");
    g.weekday = clinictime::today().addDays(1).dayOfWeek();
    g.startTime = QTime(10, 0);
    g.minutes = 90;
    g.weeks = 4;
    g.startDate = clinictime::today().addDays(1);
    g.leaders = {QStringLiteral("Terapeut T")};
    const auto groupId = groups.create(g);
    REQUIRE(groupId.ok());
    for (int n = 0; members->size() < count; ++n) {
        const auto id = NationalId::make(QDate(1980, 1, 1).addDays(n * 31), 200 + n, NationalId::Kind::BirthNumber, true);
        if (!id)
            continue;
        NewPatient p;
        p.nationalId = id->digits();
        p.givenNames = QStringLiteral("Deltaker");
        p.familyName = QStringLiteral("Nr%1").arg(members->size(), 2, 10, QLatin1Char('0'));
        const auto added = PatientStore(journal).add(p);
        REQUIRE(added.ok());
        *members << *added;
        REQUIRE(groups.enrol(*groupId, *added, {}, clinictime::today()).ok());
    }
    return *groupId;
}

} // namespace

TEST_CASE("A therapist takes a 10-person group's attendance and note by keyboard", "[ui][groups]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    signedIn(*journal, QStringLiteral("tt"), QStringLiteral("Terapeut T"));
    GroupStore groups(*journal);
    QList<qint64> members;
    const qint64 groupId = groupWithMembers(*journal, 10, &members);

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
        // The author is the signed-in leader; nobody types it.
        auto *author = dialog->findChild<QLabel *>(QStringLiteral("noteAuthor"));
        REQUIRE(author);
        CHECK(author->text() == QStringLiteral("Terapeut T"));
        CHECK_FALSE(dialog->findChild<QLineEdit *>(QStringLiteral("correctionReason"))->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return, Qt::ControlModifier);
        saved = !dialog->isVisible();
    });
    QTest::keyClick(sessions, Qt::Key_Return);
    CHECK(saved);

    const auto all = groups.sessions(groupId);
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

TEST_CASE("A corrected group note: a held session opens as a correction, and the first version stays", "[ui][groups][versions]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const Actor leader = signedIn(*journal, QStringLiteral("tt"), QStringLiteral("Terapeut T"));
    GroupStore groups(*journal);
    QList<qint64> members;
    const qint64 groupId = groupWithMembers(*journal, 3, &members);
    const qint64 first = groups.sessions(groupId)->first().id;
    REQUIRE(groups.recordSession(first, {{members.at(0), {}, Attendance::Status::AbsentWithoutNotice, {}},
                                         {members.at(1), {}, Attendance::Status::Present, {}},
                                         {members.at(2), {}, Attendance::Status::Present, {}}},
                                 QStringLiteral("Step 1: powerlessness.")).ok());

    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    auto *sessions = window.findChild<QTreeWidget *>(QStringLiteral("sessions"));
    REQUIRE(sessions);
    sessions->setFocus();
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == sessions; }, 2000));
    // The next planned session is chosen; Up goes to the held one.
    QTest::keyClick(sessions, Qt::Key_Up);
    REQUIRE(sessions->currentItem());
    REQUIRE(sessions->currentItem()->data(0, Qt::UserRole).toLongLong() == first);

    bool saved = false;
    QString history;
    QString withoutReason;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        const auto closeDialog = qScopeGuard([dialog] { if (dialog->isVisible()) dialog->reject(); });
        CHECK(dialog->windowTitle().startsWith(QStringLiteral("Correct ")));
        CHECK(dialog->findChild<QLabel *>(QStringLiteral("noteAuthor"))->text() == QStringLiteral("Terapeut T"));
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("attendance"));
        REQUIRE(table);
        REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == table; }, 2000));
        // The first member came late after all.
        QTest::keyClick(QApplication::focusWidget(), 'l');
        QTest::keyClick(table, Qt::Key_Tab);
        auto *note = dialog->findChild<QPlainTextEdit *>(QStringLiteral("groupNote"));
        REQUIRE(QApplication::focusWidget() == note);
        CHECK(note->toPlainText() == QStringLiteral("Step 1: powerlessness."));
        QTest::keyClick(note, Qt::Key_End, Qt::ControlModifier);
        QTest::keyClicks(note, QStringLiteral(" Nr00 came at 10:30."));
        // Saving without a reason is refused, and nothing is saved.
        QTest::keyClick(note, Qt::Key_Return, Qt::ControlModifier);
        withoutReason = dialog->findChild<QLabel *>(QStringLiteral("problem"))->text();
        CHECK(dialog->isVisible());
        QTest::keyClick(note, Qt::Key_Tab);
        auto *reason = dialog->findChild<QLineEdit *>(QStringLiteral("correctionReason"));
        REQUIRE(reason->isVisible());
        REQUIRE(QApplication::focusWidget() == reason);
        QTest::keyClicks(reason, QStringLiteral("Nr00 was late, not absent"));
        QTest::keyClick(reason, Qt::Key_Return, Qt::ControlModifier);
        saved = !dialog->isVisible();
    });
    QTest::keyClick(sessions, Qt::Key_Return);
    CHECK(withoutReason == QStringLiteral("A correction needs its reason."));
    CHECK(saved);

    // Ctrl+H in the reopened session shows both versions, the first unchanged.
    QTest::keyClick(sessions, Qt::Key_Up);
    REQUIRE(sessions->currentItem()->data(0, Qt::UserRole).toLongLong() == first);
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        const auto closeDialog = qScopeGuard([dialog] { if (dialog->isVisible()) dialog->reject(); });
        auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("attendance"));
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == table; }, 2000));
        QTimer::singleShot(0, [&] {
            auto *versions = QApplication::activeModalWidget();
            REQUIRE(versions);
            REQUIRE(versions->objectName() == QStringLiteral("sessionHistory"));
            auto *text = versions->findChild<QPlainTextEdit *>(QStringLiteral("sessionVersions"));
            history = text->toPlainText();
            QTest::keyClick(text, Qt::Key_Escape);
        });
        QTest::keyClick(table, Qt::Key_H, Qt::ControlModifier);
        QTest::keyClick(dialog, Qt::Key_Escape);
    });
    QTest::keyClick(sessions, Qt::Key_Return);
    CHECK_THAT(history.toStdString(), Catch::Contains("Version 1"));
    CHECK_THAT(history.toStdString(), Catch::Contains("Step 1: powerlessness.\n"));
    CHECK_THAT(history.toStdString(), Catch::Contains("Version 2"));
    CHECK_THAT(history.toStdString(), Catch::Contains("reason: Nr00 was late, not absent"));
    CHECK_THAT(history.toStdString(), Catch::Contains("by Terapeut T"));

    const auto versions = groups.sessionVersions(first);
    REQUIRE(versions.ok());
    REQUIRE(versions->size() == 2);
    CHECK(versions->at(0).note == QStringLiteral("Step 1: powerlessness."));
    CHECK(versions->at(0).attendance.at(0).status == Attendance::Status::AbsentWithoutNotice);
    CHECK(versions->at(1).note == QStringLiteral("Step 1: powerlessness. Nr00 came at 10:30."));
    CHECK(versions->at(1).attendance.at(0).status == Attendance::Status::Late);
    CHECK(versions->at(1).by.staffId == leader.staffId);
    CHECK(groups.session(first)->note == QStringLiteral("Step 1: powerlessness. Nr00 came at 10:30."));
}
