#pragma once

#include <QString>
#include <QStringList>

namespace trinn::searchterms {

/// The words of a name or a query, case-folded, split at anything that is not
/// a letter or digit ("Berg-Olsen" gives "berg" and "olsen").
QStringList wordsOf(const QString &text);

/// The smallest string greater than every string that starts with `prefix`,
/// in code-point order; with `prefix` it bounds an indexable range query.
QString prefixUpperBound(const QString &prefix);

/// A person's whole name as compared for "same name": given names and family
/// name, white space simplified, case-folded ("Kari  Nordmann" and "kari
/// nordmann" are the same).
QString nameKey(const QString &givenNames, const QString &familyName);

/// True when every character is a digit: the text is a national id prefix.
bool isDigits(const QString &text);

} // namespace trinn::searchterms
