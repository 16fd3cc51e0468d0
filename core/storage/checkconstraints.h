#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QStringList>

#include <functional>

namespace trinn {

/// The CHECK constraints that say what valid data looks like (migration
/// 0017): adding them on SQLite, which cannot ALTER a table to add one, and
/// finding the rows that break them, on both backends.
class CheckConstraints
{
    Q_DECLARE_TR_FUNCTIONS(CheckConstraints)
public:
    using RunSql = std::function<Result<QSqlQuery>(const QString &sql, const QVariantList &bindings)>;

    /// Runs a schema step's statements on SQLite, each run of `ALTER TABLE t
    /// ADD CONSTRAINT n CHECK (…)` on one table as one rebuild of the table;
    /// other statements as they are.
    static Status runOnSqlite(const QStringList &statements, const RunSql &run);

    /// "Table phase row 17 breaks phase_planned_start_is_date." for each row
    /// breaking a named CHECK constraint, at most `limit` in all.
    static Result<QStringList> violations(bool postgres, const RunSql &run, int limit);
};

} // namespace trinn
