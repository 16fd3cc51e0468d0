#pragma once

#include "common/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trinn {

class Journal;
class Scope;

/// One numbered schema change. Its SQL is written once for both backends;
/// `{{id}}` and `{{text_c}}` stand for the few types that differ.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    /// Data the step brings along (e.g. the built-in program templates),
    /// written in the same transaction after its SQL, through a Scope the
    /// journal issues for its own migration (no patient, no audit record).
    Status (*seed)(Scope &scope) = nullptr;
    /// What the step's SQL would stop at without saying why (a value it cannot
    /// convert), looked for first in the same transaction: its reason names
    /// the row and the value.
    Status (*precheck)(Scope &scope) = nullptr;

    /// The migrations this build of Trinn ships, in order (from resources).
    static QList<Migration> builtin();
    /// The statements of `sql`, for SQLite or PostgreSQL.
    QStringList statements(bool postgres) const;
    /// The first line of a step that only PostgreSQL runs.
    static QString postgresOnlyMarker() { return QStringLiteral("-- postgresql only"); }
    /// The first line of a step that only SQLite runs (how it stores a table).
    static QString sqliteOnlyMarker() { return QStringLiteral("-- sqlite only"); }
};

} // namespace trinn
