#include "support/testjournals.h"

#include "common/translations.h"
#include "mainwindow.h"

#include <QAbstractButton>
#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QMenuBar>
#include <QTabBar>
#include <QTest>

// Alt+letter opens a menu of the menu bar; a button or a label of the
// workspace shown with the same letter makes both ambiguous (Qt then only
// moves the focus). No workspace may take a letter of the menu bar.

using namespace trinn;

namespace {

QString letter(const QString &text)
{
    const QKeySequence keys = QKeySequence::mnemonic(text);
    return keys.isEmpty() ? QString() : keys.toString(QKeySequence::PortableText);
}

QStringList clashes(MainWindow &window)
{
    QHash<QString, QString> menus;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->isVisible() && !letter(menu->text()).isEmpty())
            menus.insert(letter(menu->text()), menu->text());
    }
    QStringList found;
    const auto look = [&](const QWidget *widget, const QString &text) {
        if (!widget->isVisibleTo(&window) || !widget->isEnabled())
            return;
        const QString keys = letter(text);
        if (!keys.isEmpty() && qEnvironmentVariableIsSet("TRINN_MNEMONIC_DUMP"))
            qInfo("mnemonic %s %s", qPrintable(keys), qPrintable(text));
        if (menus.contains(keys))
            found << QStringLiteral("%1 \"%2\" and the menu \"%3\"").arg(keys, text, menus.value(keys));
    };
    for (const QAbstractButton *button : window.centralWidget()->findChildren<QAbstractButton *>())
        look(button, button->text());
    for (const QLabel *label : window.centralWidget()->findChildren<QLabel *>()) {
        if (label->buddy())
            look(label, label->text());
    }
    for (const QGroupBox *box : window.centralWidget()->findChildren<QGroupBox *>())
        look(box, box->title());
    for (const QTabBar *tabs : window.centralWidget()->findChildren<QTabBar *>()) {
        for (int i = 0; i < tabs->count(); ++i)
            look(tabs, tabs->tabText(i));
    }
    return found;
}

void noClashIn(const QString &language)
{
    const test::LanguageGivenBack givenBack;
    installTranslations(*QCoreApplication::instance(), language);
    std::unique_ptr<Journal> journal = test::createJournal(test::Backend::SQLite);
    MainWindow window(*journal);
    window.resize(1280, 800);
    window.show();
    REQUIRE(QTest::qWaitForWindowExposed(&window));
    for (int i = 0; i < MainWindow::WorkspaceCount; ++i) {
        window.showWorkspace(MainWindow::Workspace(i));
        QTest::qWait(20);
        CAPTURE(language, i);
        const QStringList found = clashes(window);
        CAPTURE(found);
        CHECK(found.isEmpty());
    }
}

} // namespace

TEST_CASE("No workspace takes a letter of the menu bar in English", "[ui][shell][mnemonics]")
{
    noClashIn(QStringLiteral("en"));
}

// Bokmål and Nynorsk too: their translations once clashed (Alt+V "&Vis" with
// "&Vis:", "&Velg…", "&Vurder"; Alt+P "&Pasient" with "&Planlegg innleggelse";
// Alt+H "&Hjelp" with "Test&historikk", "&Henvisninger").
TEST_CASE("No workspace takes a letter of the menu bar in Bokmaal", "[ui][shell][mnemonics]")
{
    noClashIn(QStringLiteral("nb"));
}

TEST_CASE("No workspace takes a letter of the menu bar in Nynorsk", "[ui][shell][mnemonics]")
{
    noClashIn(QStringLiteral("nn"));
}
