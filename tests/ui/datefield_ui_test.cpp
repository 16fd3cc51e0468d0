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

// A date is typed whole as the clinic writes it, dots included, whichever
// way the field was reached and whatever it held before.
TEST_CASE("A date typed whole with dots is the date typed", "[ui][dates][keyboard]")
{
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    auto *before = new QLineEdit(&form);
    auto *date = new QDateEdit(QDate(2026, 2, 14), &form);
    trinn::styleAsClinicDate(date);
    layout->addWidget(before);
    layout->addWidget(date);
    form.show();
    QApplication::setActiveWindow(&form);
    REQUIRE(QTest::qWaitForWindowActive(&form));

    const auto typeInto = [&](const QString &text) {
        QTest::keyClicks(QApplication::focusWidget(), text);
        QTest::qWait(20);
    };
    SECTION("reached by Tab")
    {
        before->setFocus();
        QTest::qWait(20);
        QTest::keyClick(before, Qt::Key_Tab);
        REQUIRE(date->hasFocus());
        typeInto(QStringLiteral("30.11.2026"));
        INFO(date->date().toString(Qt::ISODate).toStdString() << " text " << date->text().toStdString());
        CHECK(date->date() == QDate(2026, 11, 30));
    }
    SECTION("clicked at its end")
    {
        QTest::mouseClick(date->findChild<QLineEdit *>(), Qt::LeftButton, {}, QPoint(date->width() - 30, date->height() / 2));
        QTest::qWait(20);
        REQUIRE(date->hasFocus());
        typeInto(QStringLiteral("30.11.2026"));
        INFO(date->date().toString(Qt::ISODate).toStdString() << " text " << date->text().toStdString());
        CHECK(date->date() == QDate(2026, 11, 30));
    }
    SECTION("short, with a year of two digits")
    {
        before->setFocus();
        QTest::keyClick(before, Qt::Key_Tab);
        typeInto(QStringLiteral("3.1.27"));
        CHECK(date->date() == QDate(2027, 1, 3));
    }
    SECTION("without dots")
    {
        before->setFocus();
        QTest::keyClick(before, Qt::Key_Tab);
        typeInto(QStringLiteral("05032027"));
        CHECK(date->date() == QDate(2027, 3, 5));
    }
}
