#include "problemlabel.h"

#include <QLabel>

namespace trinn {

void styleAsProblem(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a40000;"));
}

void showOutcome(QLabel *label, const QString &text, bool done)
{
    label->setWordWrap(true);
    label->setStyleSheet(done ? QString() : QStringLiteral("color: #a40000;"));
    label->setText(text);
}

} // namespace trinn
