#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

int main(int argc, char *argv[])
{
    // Test discovery runs this binary at build time without the tests'
    // environment, so the offscreen platform is the default here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale::c());
    // Tests never read or write the developer's settings (the window's size,
    // the last journal) nor their data folder: both live in a folder of this
    // run, gone when it ends.
    QStandardPaths::setTestModeEnabled(true);
    const QTemporaryDir settingsFolder;
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settingsFolder.path());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TrinnTests"));
    QApplication::setApplicationName(QStringLiteral("TrinnTests"));
    return Catch::Session().run(argc, argv);
}
