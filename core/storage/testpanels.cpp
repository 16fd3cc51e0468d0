#include "testpanels.h"

#include "access/gate.h"
#include "storage/auditlog.h"
#include "storage/changelog.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"
#include "testing/substancetest.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace trinn {

bool TestPanels::isPlainNegative(const AnalyteResult &result)
{
    return !result.positive && !result.value && !result.cutoff && result.confirmed.isEmpty();
}

QString TestPanels::keyOf(const QList<Analyte> &analytes)
{
    QStringList parts;
    parts.reserve(analytes.size());
    for (const Analyte &analyte : analytes)
        parts << analyte.code + u' ' + analyte.unit;
    return parts.join(u'|');
}

Result<qint64> TestPanels::idOf(Scope &scope, const QList<Analyte> &analytes, QHash<QString, qint64> &known)
{
    const QString key = keyOf(analytes);
    if (const auto found = known.constFind(key); found != known.constEnd())
        return *found;
    // A new panel comes back from the INSERT and gets its analytes in the same
    // transaction; a panel the journal has already (also one another
    // workstation made just now: the key is UNIQUE) is found by its key.
    Result<QSqlQuery> made = scope.run(u"INSERT INTO test_panel (analytes) VALUES (?) ON CONFLICT (analytes) DO NOTHING RETURNING id"_s, {key});
    if (!made)
        return Error{made.error()};
    const bool isNew = made->next();
    qint64 id = isNew ? made->value(0).toLongLong() : 0;
    made->finish();
    if (isNew) {
        QVariantList bindings;
        for (qsizetype i = 0; i < analytes.size(); ++i)
            bindings << id << int(i) << analytes.at(i).code << sqlvalues::text(analytes.at(i).unit);
        if (Result<QSqlQuery> rows = scope.run(u"INSERT INTO test_panel_analyte (panel_id, ordinal, analyte, unit) VALUES "_s
                                                   + sqlvalues::rowPlaceholders(4, analytes.size()),
                                               bindings);
            !rows)
            return Error{rows.error()};
    } else {
        Result<QSqlQuery> row = scope.run(u"SELECT id FROM test_panel WHERE analytes = ?"_s, {key});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("The journal did not keep the test's panel.")};
        id = row->value(0).toLongLong();
        row->finish();
    }
    known.insert(key, id);
    return id;
}

namespace {

using Analyte = TestPanels::Analyte;

Status fold(Scope &scope)
{
    // Every test's analytes in the order they were written, read whole before
    // anything is written (PostgreSQL drops a result still being read).
    QHash<QString, QList<qint64>> testsByKey;
    QHash<QString, QList<Analyte>> panels;
    {
        Result<QSqlQuery> rows = scope.runFixed(u"SELECT test_id, analyte, unit FROM test_result ORDER BY test_id, id"_s);
        if (!rows)
            return Error{rows.error()};
        qint64 current = 0;
        QList<Analyte> analytes;
        const auto close = [&] {
            if (current == 0)
                return;
            const QString key = TestPanels::keyOf(analytes);
            testsByKey[key].append(current);
            if (!panels.contains(key))
                panels.insert(key, analytes);
            analytes.clear();
        };
        while (rows->next()) {
            const qint64 test = rows->value(0).toLongLong();
            if (test != current) {
                close();
                current = test;
            }
            analytes.append({rows->value(1).toString(), rows->value(2).toString()});
        }
        close();
    }
    QHash<QString, qint64> known;
    constexpr qsizetype chunk = 500;
    for (auto tests = testsByKey.cbegin(); tests != testsByKey.cend(); ++tests) {
        Result<qint64> panel = TestPanels::idOf(scope, panels.value(tests.key()), known);
        if (!panel)
            return Error{panel.error()};
        const QList<qint64> &ids = tests.value();
        for (qsizetype first = 0; first < ids.size(); first += chunk) {
            const qsizetype count = std::min(chunk, ids.size() - first);
            QVariantList bindings{*panel};
            for (qsizetype i = first; i < first + count; ++i)
                bindings << ids.at(i);
            if (Result<QSqlQuery> set = scope.run(u"UPDATE substance_test SET panel_id = ? WHERE id IN ("_s
                                                      + sqlvalues::placeholders(count) + u')',
                                                  bindings);
                !set)
                return Error{set.error()};
        }
    }
    // The ids folded, for the change log to find their rows; kept by the
    // database, as there may be tens of millions.
    for (const QString &step : {
             u"CREATE TEMPORARY TABLE trinn_folded_result (id BIGINT PRIMARY KEY)"_s,
             u"INSERT INTO trinn_folded_result (id) SELECT id FROM test_result "
             "WHERE screen_positive = 0 AND value IS NULL AND cutoff IS NULL AND confirmed = ''"_s,
             u"DELETE FROM test_result WHERE id IN (SELECT id FROM trinn_folded_result)"_s,
         }) {
        if (Result<QSqlQuery> done = scope.runFixed(step); !done)
            return Error{done.error()};
    }
    return {};
}

} // namespace

Status TestPanels::convert(Scope &scope)
{
    Journal &journal = scope.journal();
    // Checked before anything changes: the new seals may only replace old
    // ones that every row still matched.
    Result<QString> problem = AuditLog::verify(journal);
    if (!problem)
        return Error{problem.error()};
    if (Status folded = fold(scope); !folded)
        return folded;
    if (problem->isEmpty()) {
        if (Status compacted = ChangeLog::compact(journal); !compacted)
            return compacted;
    } else if (Status noted = AuditLog::append(journal, 0, u"not compacted"_s,
                                               u"the change log was left whole (migration 31): "_s + *problem);
               !noted) {
        return noted;
    }
    if (Result<QSqlQuery> dropped = scope.runFixed(u"DROP TABLE trinn_folded_result"_s); !dropped)
        return Error{dropped.error()};
    return {};
}

} // namespace trinn
