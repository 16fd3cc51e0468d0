#include "userguidedialog.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QUrl>
#include <QVBoxLayout>

namespace trinn {

QString UserGuideDialog::guideFor(const QLocale &locale)
{
    // installTranslations sets the default locale to the language it installed.
    switch (locale.language()) {
    case QLocale::NorwegianBokmal: return QStringLiteral("qrc:/trinn/help/guide.nb.html");
    case QLocale::NorwegianNynorsk: return QStringLiteral("qrc:/trinn/help/guide.nn.html");
    default: return QStringLiteral("qrc:/trinn/help/guide.en.html");
    }
}

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Trinn user guide"));
    m_browser->setObjectName(QStringLiteral("userGuide"));
    m_browser->setOpenExternalLinks(false);
    m_browser->setSource(QUrl(guideFor(QLocale())));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(720, 640);
    m_browser->setFocus();
}

} // namespace trinn
