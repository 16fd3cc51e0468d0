#pragma once

#include <QString>
#include <Qt>

class QWidget;

// Keyboard and widget helpers that several UI tests share.
namespace trinn::test {

/// Clicks `key` on the widget that has the keyboard focus, as a person at the
/// keyboard would; fails the test if no widget has it.
void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier);

/// The text of the QLabel named `name` under `root`; fails the test if there is none.
QString labelText(QWidget *root, const char *name);

} // namespace trinn::test
