#include "support/phase2.h"
#include "support/testjournals.h"

#include "calendar/calendargrid.h"
#include "calendar/calendarworkspace.h"
#include "calendar/plangatheringdialog.h"
#include "calendar/staffcombobox.h"
#include "common/clinictime.h"
#include "storage/patientstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace trinn;
using View = calendarlayout::View;

namespace {

QList<const Booking *> gatherings(const CalendarGrid &grid)
{
    QList<const Booking *> found;
    for (const Booking &b : grid.events()) {
        if (b.key.startsWith(QStringLiteral("gathering-")))
            found << &b;
    }
    return found;
}

// Every event the grid was given lies in the period on screen: nothing more was read.
bool allWithin(const CalendarGrid &grid)
{
    const calendarlayout::Period shown = grid.period();
    for (const Booking &b : grid.events()) {
        bool on = false;
        for (QDate d = shown.first; d < shown.last; d = d.addDays(1))
            on = on || calendarlayout::onDay(b, d);
        if (!on)
            return false;
    }
    return true;
}

void key(QWidget *widget, Qt::Key k, int times = 1)
{
    for (int i = 0; i < times; ++i)
        QTest::keyClick(widget, k);
}

} // namespace

TEST_CASE("Calendar keyboard: views and periods and a gathering shown once with its participants", "[ui][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const QDate today = clinictime::today();
    const auto five = test::inPhase2(*journal, 5, today, QStringLiteral("Samling"), 3);
    const QDate start = test::gatheringStart(*journal, five.first().second, QStringLiteral("gathering-1"));
    // The gatherings of the weeks before and after: never read for the one week shown.
    test::inPhase2(*journal, 1, today.addDays(-7), QStringLiteral("Tidligere"), 5);
    test::inPhase2(*journal, 1, today.addDays(7), QStringLiteral("Senere"), 6);

    CalendarWorkspace workspace(*journal);
    workspace.resize(1280, 760);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    CalendarGrid *grid = workspace.grid();
    grid->setFocus();
    REQUIRE(grid->view() == View::Week);
    CHECK(grid->day() == today);

    // PageDown a week at a time to the gathering's week: only that week is read.
    const QDate monday = start.addDays(1 - start.dayOfWeek());
    const int weeks = int(today.addDays(1 - today.dayOfWeek()).daysTo(monday) / 7);
    REQUIRE(weeks > 0);
    key(grid, Qt::Key_PageDown, weeks);
    CHECK(grid->period().first == monday);
    CHECK(workspace.loadedPeriod().first == clinictime::at(monday, QTime(0, 0)).toUTC());
    CHECK(workspace.loadedPeriod().second == clinictime::at(monday.addDays(7), QTime(0, 0)).toUTC());
    REQUIRE(gatherings(*grid).size() == 1);
    CHECK(gatherings(*grid).first()->patients.size() == 5);
    CHECK(allWithin(*grid));

    // Arrows to the gathering's first day; Enter opens it with its five participants.
    while (grid->day() < start)
        key(grid, Qt::Key_Right);
    while (grid->day() > start)
        key(grid, Qt::Key_Left);
    REQUIRE(grid->selectedEvent());
    CHECK(grid->selectedEvent()->key.startsWith(QStringLiteral("gathering-")));
    key(grid, Qt::Key_Return);
    auto *details = workspace.findChild<QDialog *>(QStringLiteral("eventDetails"));
    REQUIRE(details);
    const QString text = details->findChild<QLabel *>(QStringLiteral("eventDetailsText"))->text();
    CHECK(text.contains(QStringLiteral("5 participant")));
    auto *participants = details->findChild<QListWidget *>(QStringLiteral("eventParticipants"));
    REQUIRE(participants);
    REQUIRE(participants->count() == 5);
    for (int i = 0; i < 5; ++i)
        CHECK(participants->item(i)->text() == QStringLiteral("Pasient Samling") + QChar(char16_t(u'A' + i)));
    details->close();
    QApplication::processEvents();

    // D: the day alone; W: back to the week; M: the month's weeks.
    key(grid, Qt::Key_D);
    CHECK(grid->view() == View::Day);
    CHECK(grid->period().days() == 1);
    CHECK(workspace.loadedPeriod().second == clinictime::at(start.addDays(1), QTime(0, 0)).toUTC());
    CHECK(gatherings(*grid).size() == 1);
    CHECK(allWithin(*grid));
    key(grid, Qt::Key_PageDown);
    CHECK(grid->day() == start.addDays(1));
    key(grid, Qt::Key_W);
    CHECK(grid->view() == View::Week);
    CHECK(grid->period().first == monday);
    key(grid, Qt::Key_M);
    CHECK(grid->view() == View::Month);
    CHECK(grid->period().days() % 7 == 0);
    CHECK(gatherings(*grid).size() >= 2); // a week before or after is in the month's weeks
    CHECK(allWithin(*grid));
    const int month = grid->day().month();
    key(grid, Qt::Key_Down, 6); // never out of the month
    CHECK(grid->day().month() == month);
    CHECK(grid->day().addDays(7).month() != month);
    key(grid, Qt::Key_PageDown);
    CHECK(grid->day().month() == month % 12 + 1);
    CHECK(workspace.loadedPeriod().first == clinictime::at(grid->period().first, QTime(0, 0)).toUTC());
    // T: back to today.
    key(grid, Qt::Key_T);
    CHECK(grid->day() == today);
    key(grid, Qt::Key_PageUp);
    key(grid, Qt::Key_Home);
    CHECK(grid->day() == today);
}

TEST_CASE("The patient calendar finds its patient by name and asks when two share it", "[ui][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const QDate today = clinictime::today();
    const auto three = test::inPhase2(*journal, 3, today, QStringLiteral("Navn"), 4);
    // Two of one name (born apart), for the choice that must ask.
    for (const QString &id : test::ids::synthetic(2)) {
        NewPatient twin;
        twin.nationalId = id;
        twin.givenNames = QStringLiteral("Ola");
        twin.familyName = QStringLiteral("Dobbel");
        REQUIRE(PatientStore(*journal).add(twin).ok());
    }
    const QDate start = test::gatheringStart(*journal, three.first().second, QStringLiteral("gathering-1"));

    CalendarWorkspace workspace(*journal);
    workspace.resize(1280, 760);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    auto *scope = workspace.findChild<QComboBox *>(QStringLiteral("calendarScope"));
    auto *search = workspace.findChild<QLineEdit *>(QStringLiteral("calendarPatientSearch"));
    auto *choice = workspace.findChild<QComboBox *>(QStringLiteral("calendarPatientChoice"));
    REQUIRE(scope);
    REQUIRE(search);
    REQUIRE(choice);
    scope->setFocus();
    key(scope, Qt::Key_End); // "Patient", the last scope
    REQUIRE(scope->currentIndex() == 3);
    CHECK(search->isVisible());
    CHECK(workspace.grid()->events().isEmpty());

    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("Pasient NavnB"));
    key(search, Qt::Key_Return);
    CHECK(workspace.chosenPatient() == three[1].first);
    CHECK(workspace.grid()->hasFocus());
    // Her gathering is in her calendar, once.
    const QDate monday = start.addDays(1 - start.dayOfWeek());
    while (workspace.grid()->period().first < monday)
        key(workspace.grid(), Qt::Key_PageDown);
    REQUIRE(gatherings(*workspace.grid()).size() == 1);
    CHECK(gatherings(*workspace.grid()).first()->patients.contains(three[1].first));

    // Two called Ola Dobbel: nobody is chosen until the list is.
    search->setFocus();
    search->selectAll();
    QTest::keyClicks(search, QStringLiteral("Ola Dobbel"));
    key(search, Qt::Key_Return);
    CHECK(workspace.chosenPatient() == 0);
    CHECK(choice->count() == 3);
    CHECK(choice->hasFocus());
    key(choice, Qt::Key_Down);
    CHECK(workspace.chosenPatient() != 0);
    CHECK(workspace.grid()->events().isEmpty());
}

TEST_CASE("Plan a gathering from the calendar gives the one event its room and staff", "[ui][calendar]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const QDate today = clinictime::today();
    const auto three = test::inPhase2(*journal, 3, today, QStringLiteral("Plan"), 7);
    const auto later = test::inPhase2(*journal, 1, today.addDays(-14), QStringLiteral("Senere"), 8);
    const Actor tor = test::therapistInRegister(*journal, QStringLiteral("tor"), QStringLiteral("Tor Terapeut"));
    const QDate start = test::gatheringStart(*journal, three.first().second, QStringLiteral("gathering-1"));

    PlanGatheringDialog dialog(*journal, start);
    dialog.findChild<StaffComboBox *>()->selectStaff(tor.staffId);
    // The three already come on these days; the fourth, discharged two weeks earlier, is ticked.
    CHECK_FALSE(dialog.tick(QStringLiteral("Pasient PlanA")));
    CHECK(dialog.tick(QStringLiteral("Pasient SenereA")));
    // No room: refused, the dialog stays and says so.
    dialog.accept();
    CHECK(dialog.result() != QDialog::Accepted);
    CHECK(dialog.findChild<QLabel *>(QStringLiteral("gatheringProblem"))->text().contains(QStringLiteral("room")));
    auto *room = dialog.findChild<QLineEdit *>(QStringLiteral("gatheringRoom"));
    room->setFocus();
    QTest::keyClicks(room, QStringLiteral("Fjell"));
    dialog.accept();
    INFO(dialog.findChild<QLabel *>(QStringLiteral("gatheringProblem"))->text().toStdString());
    REQUIRE(dialog.result() == QDialog::Accepted);

    CalendarWorkspace workspace(*journal);
    workspace.resize(1280, 760);
    workspace.show();
    REQUIRE(QTest::qWaitForWindowExposed(&workspace));
    workspace.showDay(start);
    REQUIRE(gatherings(*workspace.grid()).size() == 1);
    const Booking &event = *gatherings(*workspace.grid()).first();
    CHECK(event.patients.size() == 4);
    CHECK(event.patients.contains(later.first().first));
    CHECK(event.room == QStringLiteral("Fjell"));
    CHECK(event.staff == QStringList{QStringLiteral("Tor Terapeut")});
}
