#include "uidriver.h"

#include "common/clinictime.h"
#include "storage/journal.h"
#include "storage/staffstore.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QProcess>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <exception>

namespace trinn::ui {

Actor addStaff(Journal &journal, const QString &username, const QString &fullName, Role role)
{
    const Actor before = journal.actor();
    journal.setActor(Actor{});
    const Result<qint64> id = StaffStore(journal).add(username, fullName, {role}, QStringLiteral("et langt passord"));
    journal.setActor(before);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    Actor actor;
    actor.staffId = *id;
    actor.username = username;
    actor.fullName = fullName;
    actor.roles = {role};
    return actor;
}

void signIn(Journal &journal, const Actor &actor)
{
    journal.setActor(actor);
}

void showActive(QWidget &window)
{
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    QApplication::setActiveWindow(&window);
    REQUIRE(QTest::qWaitForWindowActive(&window));
}

void alt(QWidget *widget, Qt::Key key)
{
    // A closed dialog leaves no active window on the offscreen platform: the
    // window typed into is the active one, as it would be on a desktop.
    QApplication::setActiveWindow(widget->window());
    QTest::keyClick(widget, key, Qt::AltModifier);
    QTest::qWait(300); // mnemonic clicks animate
}

bool withDialog(const std::function<void()> &open, const std::function<void(QDialog *)> &act)
{
    QTimer timer;
    int state = 0; // 0 waiting, 1 handled, -1 never came
    std::exception_ptr failure;
    QElapsedTimer clock;
    clock.start();
    timer.setInterval(20);
    QObject::connect(&timer, &QTimer::timeout, [&] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            if (clock.elapsed() > 3000) {
                timer.stop();
                state = -1;
            }
            return;
        }
        timer.stop();
        QApplication::setActiveWindow(dialog);
        QTest::qWait(50);
        // A failed REQUIRE must not unwind through Qt's event handling: it
        // is thrown again once the dialog is closed.
        try {
            act(dialog);
        } catch (...) {
            failure = std::current_exception();
        }
        if (dialog->isVisible())
            dialog->reject();
        state = 1;
    });
    timer.start();
    open();
    QTest::qWaitFor([&] { return state != 0; }, 5000);
    timer.stop();
    if (failure)
        std::rethrow_exception(failure);
    return state == 1;
}

void typeDate(QDateEdit *edit, QDate date)
{
    edit->setFocus();
    // Section by section from the day, as Tab into the field selects it: a
    // section typed in full moves on to the next. The 1st of the month first,
    // so that no day is ever out of its month while the rest is typed.
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, date.toString(QStringLiteral("01MMyyyy")));
    edit->setSelectedSection(QDateTimeEdit::DaySection);
    QTest::keyClicks(edit, date.toString(QStringLiteral("dd")));
    INFO("typed " << clinictime::formatDate(date).toStdString() << " into " << edit->objectName().toStdString() << ", it shows "
                  << edit->text().toStdString());
    REQUIRE(edit->date() == date);
}

void typeOver(QWidget *edit, const QString &text)
{
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_A, Qt::ControlModifier);
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Delete);
    else
        QTest::keyClicks(edit, text);
}

bool chooseInCombo(QComboBox *combo, const QVariant &wanted)
{
    combo->setFocus();
    QTest::keyClick(combo, Qt::Key_Home);
    const auto fits = [&] {
        return combo->currentData() == wanted || (combo->findData(wanted) < 0 && combo->currentText().startsWith(wanted.toString()));
    };
    for (int i = 0; i < combo->count() && !fits(); ++i)
        QTest::keyClick(combo, Qt::Key_Down);
    return fits();
}

bool chooseInList(QTreeWidget *list, const std::function<bool(int row)> &matches)
{
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Home);
    const auto row = [&] { return list->currentItem() ? list->indexOfTopLevelItem(list->currentItem()) : -1; };
    for (int i = 0; i < list->topLevelItemCount() && !(row() >= 0 && matches(row())); ++i)
        QTest::keyClick(list, Qt::Key_Down);
    return row() >= 0 && matches(row());
}

QWidget *findPart(QWidget *parent, const char *name, const char *className)
{
    for (QWidget *w : parent->findChildren<QWidget *>(QString::fromLatin1(name))) {
        if (w->inherits(className))
            return w;
    }
    FAIL("no " << className << " " << name << " in " << parent->metaObject()->className());
    return nullptr;
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), {path, QStringLiteral("-")});
    INFO("pdftotext (poppler-utils) must be installed");
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
}

} // namespace trinn::ui
