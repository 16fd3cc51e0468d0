#include "journalwords.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace trinn::journalwords {
namespace {

// The active substances the demo and the LAR rules write, for lupdate.
[[maybe_unused]] constexpr const char *drugWords[] = {
    QT_TRANSLATE_NOOP("Drugs", "methadone"),     QT_TRANSLATE_NOOP("Drugs", "buprenorphine"),
    QT_TRANSLATE_NOOP("Drugs", "naltrexone"),    QT_TRANSLATE_NOOP("Drugs", "disulfiram"),
    QT_TRANSLATE_NOOP("Drugs", "acamprosate"),   QT_TRANSLATE_NOOP("Drugs", "lisdexamfetamine"),
    QT_TRANSLATE_NOOP("Drugs", "methylphenidate"), QT_TRANSLATE_NOOP("Drugs", "oxazepam"),
};

QString shown(const char *context, const QString &stored)
{
    if (stored.isEmpty())
        return stored;
    // translate() gives the source text back when it knows no translation.
    return QCoreApplication::translate(context, stored.toUtf8().constData());
}

} // namespace

QString program(const QString &stored)
{
    const QString name = shown("BuiltinPrograms", stored);
    if (name != stored)
        return name;
    // Numbered phases ("Phase 2 gathering 3") are written from a format; a
    // name that does not end in a digit is not one, and needs no pattern
    // match (boards name a program and a phase on every row).
    if (stored.isEmpty() || !stored.back().isDigit())
        return stored;
    static const QRegularExpression numbered(QStringLiteral("^(.*\\D)(\\d+)$"));
    const QRegularExpressionMatch match = numbered.match(stored);
    if (!match.hasMatch())
        return stored;
    const QString format = match.captured(1) + QStringLiteral("%1");
    const QString translated = shown("EpisodeStore", format);
    return translated == format ? stored : translated.arg(match.captured(2));
}

QString refusal(const QString &stored)
{
    return shown("DemoTests", stored);
}

QString relation(const QString &stored)
{
    return shown("DemoClinic", stored);
}

QString group(const QString &stored)
{
    return shown("DemoGroups", stored);
}

QString drug(const QString &stored)
{
    return shown("Drugs", stored);
}

} // namespace trinn::journalwords
