#include "widgets.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QLabel>
#include <QTest>

namespace trinn::test {

void pressKey(Qt::Key key, Qt::KeyboardModifiers modifiers)
{
    QWidget *target = QApplication::focusWidget();
    REQUIRE(target);
    QTest::keyClick(target, key, modifiers);
}

QString labelText(QWidget *root, const char *name)
{
    auto *label = root->findChild<QLabel *>(QString::fromLatin1(name));
    REQUIRE(label);
    return label->text();
}

} // namespace trinn::test
