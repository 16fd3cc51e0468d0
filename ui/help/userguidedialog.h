#pragma once

#include <QDialog>

class QLocale;
class QTextBrowser;

namespace trinn {

/// Help → User guide: the short guide built into the program (ui/help/
/// guide.<language>.html), in the language the program speaks.
class UserGuideDialog : public QDialog
{
    Q_OBJECT
public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QTextBrowser *browser() const { return m_browser; }

    /// The guide's resource for a locale: Bokmål, Nynorsk, else English.
    static QString guideFor(const QLocale &locale);

private:
    QTextBrowser *m_browser;
};

} // namespace trinn
