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

QString nameKey(const QString &givenNames, const QString &familyName)
{
    // Names in plain ASCII (most) are folded here in one pass and one
    // allocation, as simplified() and toCaseFolded() would fold them: the
    // search list compares every row's name on each keystroke. Any other
    // character takes Qt's way.
    const auto ascii = [](const QString &text) {
        for (const QChar c : text) {
            if (c.unicode() >= 0x80)
                return false;
        }
        return true;
    };
    if (!ascii(givenNames) || !ascii(familyName))
        return QString(givenNames + u' ' + familyName).simplified().toCaseFolded();
    QString key(givenNames.size() + familyName.size() + 1, Qt::Uninitialized);
    QChar *const begin = key.data();
    QChar *out = begin;
    bool space = false;
    const auto append = [&](const QString &text) {
        for (const QChar c : text) {
            const char16_t u = c.unicode();
            if (u == u' ' || (u >= 0x09 && u <= 0x0d)) {
                space = true;
                continue;
            }
            if (space && out != begin)
                *out++ = u' ';
            space = false;
            *out++ = (u >= u'A' && u <= u'Z') ? QChar(char16_t(u + (u'a' - u'A'))) : c;
        }
    };
    append(givenNames);
    space = true;
    append(familyName);
    key.truncate(out - begin);
    return key;
}

} // namespace trinn::searchterms
