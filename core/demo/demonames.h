#pragma once

#include <QRandomGenerator>
#include <QStringList>

namespace trinn::demonames {

// Common Norwegian names and places, for synthetic patients only.
const QStringList &femaleGivenNames();
const QStringList &maleGivenNames();
const QStringList &familyNames();
const QStringList &streets();
const QStringList &towns();
const QStringList &gpPractices();

/// One of the list, drawn from the demo's generator.
inline const QString &pick(QRandomGenerator &random, const QStringList &list)
{
    return list.at(random.bounded(int(list.size())));
}

} // namespace trinn::demonames
