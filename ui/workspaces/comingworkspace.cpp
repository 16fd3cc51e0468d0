#include "comingworkspace.h"

#include <QLabel>
#include <QVBoxLayout>

namespace trinn {

ComingWorkspace::ComingWorkspace(const QString &title, const QString &whatItWillHold, QWidget *parent)
    : QWidget(parent)
{
    auto *heading = new QLabel(title, this);
    QFont font = heading->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    heading->setFont(font);
    auto *text = new QLabel(whatItWillHold, this);
    text->setWordWrap(true);
    auto *notice = new QLabel(tr("This workspace is not ready yet in this version of Trinn."), this);
    notice->setStyleSheet(QStringLiteral("color: palette(mid);"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addWidget(notice);
    layout->addStretch(1);
}

} // namespace trinn
