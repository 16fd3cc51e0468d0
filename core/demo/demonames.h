#pragma once

#include <QStringList>

namespace trinn::demonames {

// Common Norwegian names and places, for synthetic patients only.
const QStringList &femaleGivenNames();
const QStringList &maleGivenNames();
const QStringList &familyNames();
const QStringList &streets();
const QStringList &towns();
const QStringList &gpPractices();

} // namespace trinn::demonames
