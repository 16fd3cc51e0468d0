#include "appicon.h"

#include <QApplication>
#include <QIcon>

namespace trinn {

QIcon applicationIcon()
{
    QIcon icon;
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256})
        icon.addFile(QStringLiteral(":/trinn/icons/%1.png").arg(size), QSize(size, size));
    return icon;
}

void applyApplicationIdentity()
{
    QApplication::setWindowIcon(applicationIcon());
    QGuiApplication::setDesktopFileName(QStringLiteral("no.trinn.Trinn"));
}

} // namespace trinn
