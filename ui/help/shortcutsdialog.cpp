#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace trinn {
namespace {

QString plain(QString text)
{
    // "&Enrol in a program…" → "Enrol in a program"; "&&" stays one "&".
    text.replace(QStringLiteral("&&"), QStringLiteral("\x01"));
    text.remove(u'&');
    text.replace(u'\x01', u'&');
    if (text.endsWith(u'…'))
        text.chop(1);
    return text;
}

void collect(const QMenu &menu, const QString &where, QList<ShortcutsDialog::Entry> &entries, QSet<const QAction *> &seen)
{
    for (QAction *action : menu.actions()) {
        seen.insert(action);
        if (!action->isVisible())
            continue;
        if (action->menu()) {
            collect(*action->menu(), where + QStringLiteral(" → ") + plain(action->text()), entries, seen);
            continue;
        }
        for (const QKeySequence &keys : action->shortcuts()) {
            if (!keys.isEmpty())
                entries.append({keys, plain(action->text()), where});
        }
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entriesOf(const QWidget &window)
{
    QList<Entry> entries;
    QSet<const QAction *> seen;
    // The menus first, in their order, then any other action of the window
    // with a shortcut (one added to a workspace, say), so none is left out.
    if (const auto *menuBar = window.findChild<QMenuBar *>()) {
        for (QAction *menu : menuBar->actions()) {
            if (menu->menu() && menu->isVisible())
                collect(*menu->menu(), plain(menu->text()), entries, seen);
        }
    }
    for (const QAction *action : window.findChildren<QAction *>()) {
        if (seen.contains(action) || action->menu() || !action->isVisible())
            continue;
        for (const QKeySequence &keys : action->shortcuts()) {
            if (!keys.isEmpty())
                entries.append({keys, plain(action->text()), QString()});
        }
    }
    return entries;
}

ShortcutsDialog::ShortcutsDialog(const QWidget &window, QWidget *parent) : QDialog(parent), m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    const QList<Entry> entries = entriesOf(window);
    m_table->setObjectName(QStringLiteral("shortcuts"));
    m_table->setColumnCount(3);
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("What"), tr("Menu")});
    m_table->setRowCount(int(entries.size()));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    for (int row = 0; row < entries.size(); ++row) {
        const Entry &entry = entries.at(row);
        m_table->setItem(row, 0, new QTableWidgetItem(entry.keys.toString(QKeySequence::NativeText)));
        m_table->setItem(row, 1, new QTableWidgetItem(entry.what));
        m_table->setItem(row, 2, new QTableWidgetItem(entry.where));
    }
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *note = new QLabel(tr("Inside a workspace or a dialog, its buttons name their own keys too (Ctrl+H: history, "
                               "Ctrl+P: print)."),
                            this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(640, 680);
    m_table->setFocus();
}

} // namespace trinn
