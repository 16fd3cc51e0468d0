#include "translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace trinn {

QString installTranslations(QCoreApplication &app, const QString &language)
{
    QString code = language;
    if (code.isEmpty()) {
        const QLocale system = QLocale::system();
        if (system.language() == QLocale::NorwegianNynorsk)
            code = QStringLiteral("nn");
        else if (system.language() == QLocale::NorwegianBokmal)
            code = QStringLiteral("nb");
        else
            code = QStringLiteral("en");
    }
    if (code == u"no")
        code = QStringLiteral("nb");
    if (code != u"nb" && code != u"nn")
        return QStringLiteral("en");

    auto *trinn = new QTranslator(&app);
    if (trinn->load(QStringLiteral(":/i18n/trinn_") + code + QStringLiteral(".qm")))
        QCoreApplication::installTranslator(trinn);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(code == u"nn" ? QLocale::NorwegianNynorsk : QLocale::NorwegianBokmal), QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(code == u"nn" ? QLocale::NorwegianNynorsk : QLocale::NorwegianBokmal, QLocale::Norway));
    return code;
}

} // namespace trinn
