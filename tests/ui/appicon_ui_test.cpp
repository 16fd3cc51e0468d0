#include "support/testjournals.h"

#include "common/appicon.h"

#include <QApplication>
#include <QFile>
#include <QIcon>
#include <QImage>

// The resources built into the desktop program (resources/trinn.qrc, compiled
// into this test as into trinn): the window icon at every size and the user guide.

TEST_CASE("The application icon comes at every size the desktop asks for", "[ui][resources]")
{
    const QIcon icon = trinn::applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (const int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        CAPTURE(size);
        CHECK(sizes.contains(QSize(size, size)));
        const QImage image(QStringLiteral(":/trinn/icons/%1.png").arg(size));
        CHECK(image.size() == QSize(size, size));
    }
    trinn::applyApplicationIdentity();
    CHECK(QApplication::windowIcon().availableSizes() == sizes);
    CHECK(QGuiApplication::desktopFileName() == QStringLiteral("no.trinn.Trinn"));
}

TEST_CASE("The user guide is built in and names every workspace", "[ui][resources]")
{
    QFile guide(QStringLiteral(":/trinn/user-guide.md"));
    REQUIRE(guide.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(guide.readAll());
    for (const char *workspace : {"Patients (Ctrl+1)", "Test board (Ctrl+2)", "Groups (Ctrl+3)", "Calendar (Ctrl+4)",
                                  "Intake (Ctrl+5)", "Administration (Ctrl+6)", "Signing in"}) {
        CAPTURE(workspace);
        CHECK(text.contains(QString::fromUtf8(workspace)));
    }
}
