#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>

namespace trinn {

class Scope;
struct AnalyteResult;

/// A test's panel (migration 31): the analytes it was tested for, in order,
/// each with its unit, stored once for every test that has the same. A plain
/// negative result (no value, no cut-off, no confirmation) is its analyte in
/// the panel and no row of test_result; the view analyte_result gives every
/// analyte again.
class TestPanels
{
    Q_DECLARE_TR_FUNCTIONS(TestPanels)
public:
    struct Analyte
    {
        QString code;
        QString unit;
    };

    /// Whether a result needs no row of its own: negative, and nothing else said of it.
    static bool isPlainNegative(const AnalyteResult &result);

    /// The key a panel is found by.
    static QString keyOf(const QList<Analyte> &analytes);

    /// The id of the panel of these analytes, made when the journal has none;
    /// `known` remembers the ids a writer has found, by key.
    static Result<qint64> idOf(Scope &scope, const QList<Analyte> &analytes, QHash<QString, qint64> &known);

    /// Migration 31's step: gives every existing test its panel from its
    /// result rows and removes the rows that are plain negatives. When the
    /// audit chain and the change log check out whole, the change log is
    /// compacted too (ChangeLog::compact); else it stays as it is, and an
    /// audit record says why.
    static Status convert(Scope &scope);
};

} // namespace trinn
