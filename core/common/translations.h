#pragma once

#include <QString>
#include <QStringList>

class QCoreApplication;
class QTranslator;

namespace trinn {

/// Installs Trinn's (and Qt's own) translations for a language: "nb", "nn",
/// "en", or empty for the system's language. Returns the language installed.
QString installTranslations(QCoreApplication &app, const QString &language);

/// Where Trinn looks for trinn_<code>.qm, first found wins: the installed
/// place (<prefix>/share/trinn/translations beside <prefix>/bin), the
/// program's own folder, and last the copy built into the program.
QStringList translationFolders(const QString &programFolder);

/// Loads trinn_<code>.qm from the first of `folders` that has it.
bool loadTrinnTranslation(QTranslator &translator, const QString &code, const QStringList &folders);

} // namespace trinn
