#include "support/testjournals.h"

#include "journal/notesdialog.h"
#include "mainwindow.h"
#include "storage/auditlog.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSqlQuery>
#include <QTest>
#include <QTreeWidget>

using namespace trinn;

namespace {

// Tabs from the focused widget until `target` has the focus (as a person would).
bool tabTo(QWidget *target)
{
    for (int i = 0; i < 30 && QApplication::focusWidget() != target; ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    return QApplication::focusWidget() == target;
}

} // namespace

TEST_CASE("A colleague's draft cannot be signed: the notes dialog says why and offers no Sign", "[ui][notes][drafts]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const qint64 patient = test::addPatient(*journal);
    const Actor terje = test::therapistInRegister(*journal, QStringLiteral("terje"), QStringLiteral("Terje Terapeut"));
    const Actor tor = test::therapistInRegister(*journal, QStringLiteral("tor"), QStringLiteral("Tor Terapeut"));
    journal->setActor(terje);
    const auto draft = NoteStore(*journal).createDraft(patient, QStringLiteral("individual-session"), QStringLiteral("Terjes utkast"));
    REQUIRE(draft.ok());

    journal->setActor(tor);
    {
        NotesDialog dialog(*journal, patient);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("notes"));
        REQUIRE(list);
        REQUIRE(list->currentItem());
        CHECK(list->currentItem()->text(2) == QStringLiteral("Terje Terapeut"));
        auto *sign = dialog.findChild<QPushButton *>(QStringLiteral("signNote"));
        auto *discard = dialog.findChild<QPushButton *>(QStringLiteral("discardNote"));
        CHECK_FALSE(sign->isEnabled());
        CHECK_FALSE(discard->isEnabled());
        CHECK(dialog.editor()->isReadOnly());
        CHECK(dialog.problem() == QStringLiteral("Only Terje Terapeut, who wrote this draft, may change or sign it."));
        CHECK(dialog.editor()->toPlainText() == QStringLiteral("Terjes utkast"));

        // By keyboard: typing changes nothing, Alt+S (Sign) and Alt+D (Discard) do nothing.
        dialog.editor()->setFocus();
        REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == dialog.editor(); }, 2000));
        QTest::keyClicks(dialog.editor(), QStringLiteral(" og Tors tillegg"));
        QTest::keyClick(dialog.editor(), Qt::Key_S, Qt::AltModifier);
        QTest::keyClick(dialog.editor(), Qt::Key_D, Qt::AltModifier);
        QTest::qWait(400); // past the autosave pause
        // Neither button can be reached with Tab.
        list->setFocus();
        REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == list; }, 2000));
        CHECK_FALSE(tabTo(sign));
        CHECK_FALSE(tabTo(discard));
        CHECK(dialog.editor()->toPlainText() == QStringLiteral("Terjes utkast"));
    }
    const auto note = NoteStore(*journal).note(*draft);
    REQUIRE(note.ok());
    CHECK_FALSE(note->isSigned());
    CHECK_FALSE(note->isDiscarded());
    CHECK(note->currentText() == QStringLiteral("Terjes utkast"));

    // Its author signs nothing yet but may discard it: Alt+D, and it leaves the list.
    journal->setActor(terje);
    {
        NotesDialog dialog(*journal, patient);
        dialog.show();
        dialog.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&dialog));
        auto *sign = dialog.findChild<QPushButton *>(QStringLiteral("signNote"));
        auto *discard = dialog.findChild<QPushButton *>(QStringLiteral("discardNote"));
        CHECK(sign->isEnabled());
        CHECK(discard->isEnabled());
        CHECK_FALSE(dialog.editor()->isReadOnly());
        auto *list = dialog.findChild<QTreeWidget *>(QStringLiteral("notes"));
        list->setFocus();
        REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == list; }, 2000));
        REQUIRE(tabTo(discard));
        QTest::keyClick(discard, Qt::Key_Space);
        CHECK(dialog.problem() == QStringLiteral("Draft discarded: it is kept in the journal, marked discarded."));
        CHECK(dialog.findChild<QTreeWidget *>(QStringLiteral("notes"))->topLevelItemCount() == 0);
    }
    CHECK(NoteStore(*journal).note(*draft)->isDiscarded());
}

// What a note costs a therapist by keyboard, counted: from the search field,
// the patient's name and Enter, Ctrl+J, Alt+N, the text, Alt+S. The count is in the
// closing note of issue 19; the test fails when a step needs one key more.
TEST_CASE("A note is written and signed from the search field in four keys besides the name and the text", "[ui][notes][keystrokes]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    const qint64 patient = test::addPatient(*journal);
    journal->setActor(test::therapistInRegister(*journal, QStringLiteral("tor"), QStringLiteral("Tor Terapeut")));
    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    window.activateWindow();
    REQUIRE(QTest::qWaitForWindowActive(&window));
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("patientSearch"));
    REQUIRE(search);
    REQUIRE(QTest::qWaitFor([&] { return QApplication::focusWidget() == search; }, 2000));

    int keys = 0;
    const auto press = [&keys](Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier, QWidget *to = nullptr) {
        ++keys;
        if (to) // the offscreen platform leaves the dialog's window to be made active
            QApplication::setActiveWindow(to->window());
        QTest::keyClick(to ? to : QApplication::focusWidget(), key, modifiers);
        if (modifiers & Qt::AltModifier)
            QTest::qWait(300); // a mnemonic's click animates
    };
    QTest::keyClicks(search, QStringLiteral("Kari Nordmann"));
    press(Qt::Key_Return); // the only match opens
    bool signedInDialog = false;
    QTimer::singleShot(0, [&] {
        auto *dialog = qobject_cast<NotesDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        REQUIRE(QTest::qWaitForWindowActive(dialog));
        press(Qt::Key_N, Qt::AltModifier, dialog); // a new note, of the type shown first
        INFO("focus: " << (QApplication::focusWidget() ? QApplication::focusWidget()->metaObject()->className() : "none")
                       << " problem: " << dialog->problem().toStdString());
        REQUIRE(QTest::qWaitFor([&] { return qobject_cast<QPlainTextEdit *>(QApplication::focusWidget()) != nullptr; }, 2000));
        QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("Samtale om tilbakefallsplanen; avtalt ny time."));
        press(Qt::Key_S, Qt::AltModifier, dialog); // sign
        signedInDialog = true;
        dialog->reject();
    });
    press(Qt::Key_J, Qt::ControlModifier);
    CHECK(signedInDialog);
    CHECK(keys == 4);

    const auto notes = NoteStore(*journal).notes(patient);
    REQUIRE(notes.ok());
    REQUIRE(notes->size() == 1);
    CHECK(notes->first().isSigned());
    CHECK(notes->first().currentText() == QStringLiteral("Samtale om tilbakefallsplanen; avtalt ny time."));
}
