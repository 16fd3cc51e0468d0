#pragma once

#include <QDialog>
#include <QKeySequence>
#include <QList>

class QTableWidget;

namespace trinn {

/// Help → Keyboard shortcuts: every action of the window with a shortcut,
/// read from the actions themselves when shown, so the list cannot fall
/// behind the menus.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QKeySequence keys;
        QString what;  // the action's text, without its mnemonic
        QString where; // the menu it is in
    };

    explicit ShortcutsDialog(const QWidget &window, QWidget *parent = nullptr);
    QTableWidget *table() const { return m_table; }

    /// The actions with a shortcut in `window` and its menus, visible ones
    /// only (a workspace a role may not use has none), by menu.
    static QList<Entry> entriesOf(const QWidget &window);

private:
    QTableWidget *m_table;
};

} // namespace trinn
