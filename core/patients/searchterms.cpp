#include "searchterms.h"

namespace trinn::searchterms {

QStringList wordsOf(const QString &text)
{
    QStringList words;
    QString current;
    const QString folded = text.toCaseFolded();
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() || c.category() == QChar::Mark_NonSpacing) {
            current.append(c);
        } else if (!current.isEmpty()) {
            words.append(current);
            current.clear();
        }
    }
    if (!current.isEmpty())
        words.append(current);
    return words;
}

QString prefixUpperBound(const QString &prefix)
{
    QString bound = prefix;
    while (!bound.isEmpty()) {
        const char16_t last = bound.back().unicode();
        if (last < 0xFFFF) {
            bound.back() = QChar(char16_t(last + 1));
            return bound;
        }
        bound.chop(1);
    }
    return QString(QChar(char16_t(0xFFFF)));
}

bool isDigits(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return false;
    }
    return true;
}

} // namespace trinn::searchterms
