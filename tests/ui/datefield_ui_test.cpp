#include "support/testjournals.h"

#include "common/datefield.h"

#include <QApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QTest>
#include <QVBoxLayout>

// A date in a form is one stop for Tab, as a nurse or coordinator expects:
// Tab from the date goes to the next field, Shift+Tab to the one before.
TEST_CASE("Tab leaves a date field for the next field instead of walking its day month and year", "[ui][dates][keyboard]")
{
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    auto *before = new QLineEdit(&form);
    auto *date = new QDateEdit(QDate(2026, 12, 1), &form);
    auto *after = new QLineEdit(&form);
    trinn::styleAsClinicDate(date);
    layout->addWidget(before);
    layout->addWidget(date);
    layout->addWidget(after);
    form.show();
    QApplication::setActiveWindow(&form);
    REQUIRE(QTest::qWaitForWindowActive(&form));

    date->setFocus();
    QTest::qWait(20);
    REQUIRE(date->hasFocus());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    CHECK(after->hasFocus());

    date->setFocus();
    QTest::qWait(20);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Backtab, Qt::ShiftModifier);
    CHECK(before->hasFocus());

    // Its day, month and year are still changed from the keyboard.
    date->setFocus();
    QTest::qWait(20);
    date->setCurrentSection(QDateTimeEdit::DaySection);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    CHECK(date->date() == QDate(2026, 12, 2));
    date->setCurrentSection(QDateTimeEdit::YearSection);
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Up);
    CHECK(date->date() == QDate(2027, 12, 2));
}
