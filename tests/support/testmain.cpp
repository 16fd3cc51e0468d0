#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>

#include <QApplication>
#include <QLocale>

int main(int argc, char *argv[])
{
    // Test discovery runs this binary at build time without the tests'
    // environment, so the offscreen platform is the default here.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QLocale::setDefault(QLocale::c());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("TrinnTests"));
    QApplication::setApplicationName(QStringLiteral("TrinnTests"));
    return Catch::Session().run(argc, argv);
}
