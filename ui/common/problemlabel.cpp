#include "problemlabel.h"

#include <QLabel>
#include <QVariant>

namespace trinn {
namespace {

void show(QLabel *label, const char *kind, const QString &style, const QString &text)
{
    label->setWordWrap(true);
    label->setProperty("messageKind", QString::fromLatin1(kind));
    label->setStyleSheet(style);
    label->setText(text);
}

} // namespace

void styleAsProblem(QLabel *label)
{
    label->setWordWrap(true);
    label->setProperty("messageKind", QStringLiteral("problem"));
    label->setStyleSheet(QStringLiteral("color: #a40000;"));
}

void showProblem(QLabel *label, const QString &text)
{
    show(label, "problem", QStringLiteral("color: #a40000; font-weight: bold;"), text);
}

void showSuccess(QLabel *label, const QString &text)
{
    // The mark is drawn by the style, not kept in the text the label reports.
    show(label, "success", QStringLiteral("color: #1a6b2f; padding-left: 2px; border-left: 4px solid #1a6b2f;"), text);
}

void showNotice(QLabel *label, const QString &text)
{
    show(label, "notice", QString(), text);
}

void showOutcome(QLabel *label, bool ok, const QString &text)
{
    if (ok)
        showSuccess(label, text);
    else
        showProblem(label, text);
}

} // namespace trinn
