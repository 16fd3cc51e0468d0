#include "support/testjournals.h"

#include "help/shortcutsdialog.h"
#include "help/userguidedialog.h"
#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenuBar>
#include <QShortcut>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>

// Help → User guide (built in, in the program's language) and Help →
// Keyboard shortcuts (read from the window's actions, so it cannot go stale).

using namespace trinn;

namespace {

QAction *action(MainWindow &window, const QString &name)
{
    auto *found = window.findChild<QAction *>(name);
    REQUIRE(found);
    return found;
}

// Triggers `trigger` and hands the dialog it opens to `look`, then closes it.
template<typename Dialog>
void lookAtDialog(QAction *trigger, const std::function<void(Dialog &)> &look, bool *seen)
{
    *seen = false;
    QTimer::singleShot(50, [&look, seen] {
        auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        *seen = true;
        look(*dialog);
        dialog->reject();
    });
    trigger->trigger();
}

} // namespace

TEST_CASE("The user guide is built in three languages and covers the day's work", "[ui][shell][help]")
{
    for (const QLocale::Language language : {QLocale::English, QLocale::NorwegianBokmal, QLocale::NorwegianNynorsk}) {
        const QString url = UserGuideDialog::guideFor(QLocale(language, QLocale::Norway));
        CAPTURE(url);
        QFile guide(url.mid(3)); // qrc:/… → :/…
        REQUIRE(guide.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(guide.readAll());
        for (const char *topic : {"id=\"workspaces\"", "id=\"testround\"", "id=\"attendance\"", "id=\"notes\"", "id=\"printing\"",
                                  "id=\"emergency\"", "Ctrl+1", "Ctrl+6", "Ctrl+J", "Ctrl+P", "Ctrl+Enter"}) {
            CAPTURE(topic);
            CHECK(text.contains(QLatin1String(topic)));
        }
    }
    CHECK(UserGuideDialog::guideFor(QLocale(QLocale::NorwegianBokmal)).endsWith(QStringLiteral("guide.nb.html")));
    CHECK(UserGuideDialog::guideFor(QLocale(QLocale::NorwegianNynorsk)).endsWith(QStringLiteral("guide.nn.html")));
    CHECK(UserGuideDialog::guideFor(QLocale(QLocale::German)).endsWith(QStringLiteral("guide.en.html")));
}

TEST_CASE("Help then User guide shows the guide in a browser", "[ui][shell][help]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    QString shown;
    bool seen = false;
    lookAtDialog<UserGuideDialog>(action(window, QStringLiteral("userGuide")),
                                  [&](UserGuideDialog &dialog) { shown = dialog.browser()->toPlainText(); }, &seen);
    REQUIRE(seen);
    for (const char *words : {"The six workspaces", "The nurse's daily test round", "A group's attendance",
                              "Writing and signing a note", "Printing", "Emergency access"}) {
        CAPTURE(words);
        CHECK(shown.contains(QString::fromUtf8(words)));
    }
    CHECK(action(window, QStringLiteral("userGuide"))->shortcut() == QKeySequence(QKeySequence::HelpContents));
}

TEST_CASE("Keyboard shortcuts lists every shortcut of the window once", "[ui][shell][help]")
{
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    MainWindow window(*journal);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));

    const QList<ShortcutsDialog::Entry> entries = ShortcutsDialog::entriesOf(window);
    QSet<QString> keys;
    for (const ShortcutsDialog::Entry &entry : entries) {
        const QString text = entry.keys.toString(QKeySequence::PortableText);
        CAPTURE(text, entry.what);
        CHECK_FALSE(keys.contains(text)); // no two actions on one key
        keys.insert(text);
        CHECK_FALSE(entry.what.contains(u'&'));
    }
    for (const char *expected : {"Ctrl+E", "Ctrl+Shift+E", "Ctrl+N", "Ctrl+F", "Ctrl+J", "Ctrl+1", "Ctrl+6", "Ctrl+O", "F1"}) {
        CAPTURE(expected);
        CHECK(keys.contains(QString::fromLatin1(expected)));
    }
    // Every action with a shortcut is there: counted from the actions themselves.
    int withShortcut = 0;
    for (const QAction *each : window.findChildren<QAction *>())
        withShortcut += each->isVisible() && !each->shortcut().isEmpty() ? 1 : 0;
    CHECK(int(entries.size()) == withShortcut);
    // A window-wide QShortcut elsewhere in the window on an action's key would make both ambiguous.
    for (const QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        CAPTURE(shortcut->key().toString());
        CHECK_FALSE(keys.contains(shortcut->key().toString(QKeySequence::PortableText)));
    }

    SECTION("an action added later is listed: the list is read when shown")
    {
        auto *extra = window.menuBar()->actions().constFirst()->menu()->addAction(QStringLiteral("E&xtra thing…"));
        extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X));
        bool seen = false;
        QStringList rows;
        lookAtDialog<ShortcutsDialog>(action(window, QStringLiteral("keyboardShortcuts")), [&](ShortcutsDialog &dialog) {
            for (int row = 0; row < dialog.table()->rowCount(); ++row)
                rows << dialog.table()->item(row, 0)->text() + QStringLiteral(" = ") + dialog.table()->item(row, 1)->text();
        }, &seen);
        REQUIRE(seen);
        CAPTURE(rows);
        CHECK(rows.size() == entries.size() + 1);
        CHECK(rows.contains(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_X).toString(QKeySequence::NativeText)
                            + QStringLiteral(" = Extra thing")));
        CHECK(rows.contains(QKeySequence(Qt::CTRL | Qt::Key_E).toString(QKeySequence::NativeText)
                            + QStringLiteral(" = Enrol in a program")));
    }
}
