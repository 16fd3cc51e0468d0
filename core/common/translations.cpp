#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace trinn {

QStringList translationFolders(const QString &programFolder)
{
    // The Debian package puts the .qm files in /usr/share/trinn/translations;
    // a copy is always built in, so a program run from the build tree or
    // moved without them still speaks Norwegian.
    const QDir program(programFolder);
    return {QDir::cleanPath(program.filePath(QStringLiteral(TRINN_TRANSLATIONS_FROM_BINDIR))), QDir::cleanPath(programFolder),
            QStringLiteral(":/i18n")};
}

bool loadTrinnTranslation(QTranslator &translator, const QString &code, const QStringList &folders)
{
    const QString file = QStringLiteral("trinn_") + code + QStringLiteral(".qm");
    for (const QString &folder : folders) {
        if (QFile::exists(folder + u'/' + file) && translator.load(file, folder))
            return true;
    }
    return false;
}

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
    if (loadTrinnTranslation(*trinn, code, translationFolders(QCoreApplication::applicationDirPath())))
        QCoreApplication::installTranslator(trinn);
    auto *qt = new QTranslator(&app);
    // Qt's own Bokmål is not packaged in Debian: Trinn carries one (":/i18n/qtbase_nb.qm").
    if (qt->load(QLocale(code == u"nn" ? QLocale::NorwegianNynorsk : QLocale::NorwegianBokmal), QStringLiteral("qtbase"),
                 QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))
        || (code == u"nb" && qt->load(QStringLiteral(":/i18n/qtbase_nb.qm"))))
        QCoreApplication::installTranslator(qt);
    QLocale::setDefault(QLocale(code == u"nn" ? QLocale::NorwegianNynorsk : QLocale::NorwegianBokmal, QLocale::Norway));
    return code;
}

} // namespace trinn
