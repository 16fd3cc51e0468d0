#include "problemlabel.h"

#include <QLabel>

namespace trinn {

void styleAsProblem(QLabel *label)
{
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #a40000;"));
}

} // namespace trinn
