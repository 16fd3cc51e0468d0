#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

#include <optional>

namespace trinn {

class Scope;
struct SubstanceTest;

/// Writes a substance test, its panel and its findings as rows. The store writes
/// one test at a time through it; a bulk writer keeps one for millions, so its
/// statements are prepared once and a test's results go in one statement.
/// Checks nothing: callers validate, interpret and name the authors first,
/// inside the Gate's visit whose Scope they give it.
class TestRowWriter
{
    Q_DECLARE_TR_FUNCTIONS(TestRowWriter)
public:
    explicit TestRowWriter(Scope &scope) : m_scope(scope) {}

    struct Row
    {
        QString outcome;
        int version = 1;
        qint64 supersedes = 0;
        QString correctionReason;
        qint64 recordedAt = 0; // storage time
    };
    Result<qint64> write(const SubstanceTest &test, const Row &row);

private:
    Scope &m_scope;
    std::optional<QSqlQuery> m_test;
    QHash<qsizetype, QSqlQuery> m_results; // by the number of findings
    QHash<QString, qint64> m_panels;       // panel ids by key
};

} // namespace trinn
