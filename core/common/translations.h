#pragma once

#include <QString>

class QCoreApplication;

namespace trinn {

/// Installs Trinn's (and Qt's own) translations for a language: "nb", "nn",
/// "en", or empty for the system's language. Returns the language installed.
QString installTranslations(QCoreApplication &app, const QString &language);

} // namespace trinn
