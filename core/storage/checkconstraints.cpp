#include "checkconstraints.h"

#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

struct Check
{
    QString name;
    QString expression;
};

const QRegularExpression &addCheck()
{
    static const QRegularExpression pattern(
        u"^ALTER\\s+TABLE\\s+(\\w+)\\s+ADD\\s+CONSTRAINT\\s+(\\w+)\\s+CHECK\\s*\\((.*)\\)\\s*$"_s,
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
    return pattern;
}

// The text inside the parentheses that open at `open`, quotes respected.
QString parenthesised(const QString &sql, qsizetype open)
{
    int depth = 0;
    bool quoted = false;
    for (qsizetype i = open; i < sql.size(); ++i) {
        const QChar c = sql.at(i);
        if (c == u'\'')
            quoted = !quoted;
        else if (!quoted && c == u'(')
            ++depth;
        else if (!quoted && c == u')' && --depth == 0)
            return sql.mid(open + 1, i - open - 1);
    }
    return {};
}

// The named CHECK constraints in a SQLite CREATE TABLE statement.
QList<Check> checksIn(const QString &createSql)
{
    static const QRegularExpression named(u"CONSTRAINT\\s+(\\w+)\\s+CHECK\\s*\\("_s,
                                          QRegularExpression::CaseInsensitiveOption);
    QList<Check> checks;
    for (auto it = named.globalMatch(createSql); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        checks.append({match.captured(1), parenthesised(createSql, match.capturedEnd() - 1)});
    }
    return checks;
}

Result<QStringList> rebuild(const QString &table, const QList<Check> &checks, const CheckConstraints::RunSql &run)
{
    Result<QSqlQuery> created = run(u"SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"_s, {table});
    if (!created)
        return Error{created.error()};
    if (!created->next())
        return Error{CheckConstraints::tr("There is no table %1 to add its rules to.").arg(table)};
    QString sql = created->value(0).toString();
    created->finish();
    const qsizetype close = sql.lastIndexOf(u')');
    static const QRegularExpression head(u"^CREATE\\s+TABLE\\s+\"?\\w+\"?"_s, QRegularExpression::CaseInsensitiveOption);
    if (close < 0 || !head.match(sql).hasMatch())
        return Error{CheckConstraints::tr("The table %1 has a definition Trinn cannot add rules to.").arg(table)};
    QString added;
    for (const Check &check : checks)
        added += u",\n    CONSTRAINT "_s + check.name + u" CHECK ("_s + check.expression + u')';
    const QString staging = table + u"__with_rules"_s;
    sql = sql.left(close) + added + sql.mid(close);
    sql.replace(head, u"CREATE TABLE "_s + staging);

    // Its indexes and triggers go with the old table and are made again.
    QStringList again;
    Result<QSqlQuery> dependants = run(
        u"SELECT sql FROM sqlite_master WHERE type IN ('index', 'trigger') AND tbl_name = ? AND sql IS NOT NULL "
        "ORDER BY type, name"_s,
        {table});
    if (!dependants)
        return Error{dependants.error()};
    while (dependants->next())
        again << dependants->value(0).toString();
    dependants->finish();
    // The columns stay in their order, so the rows copy as they are; foreign
    // keys are off during schema steps, so dropping the table other tables
    // point at changes none of their rows, and the renamed one takes its place.
    return QStringList{sql, u"INSERT INTO "_s + staging + u" SELECT * FROM "_s + table, u"DROP TABLE "_s + table,
                       u"ALTER TABLE "_s + staging + u" RENAME TO "_s + table}
        + again;
}

} // namespace

Status CheckConstraints::runOnSqlite(const QStringList &statements, const RunSql &run)
{
    QString table;
    QList<Check> pending;
    const auto flush = [&]() -> Status {
        if (pending.isEmpty())
            return {};
        Result<QStringList> steps = rebuild(table, pending, run);
        if (!steps)
            return Error{steps.error()};
        // The rebuild reads the schema as it is, so it must run before the next statement is planned.
        for (const QString &step : *steps) {
            if (Result<QSqlQuery> done = run(step, {}); !done)
                return Error{done.error()};
        }
        pending.clear();
        return {};
    };
    for (const QString &statement : statements) {
        const QRegularExpressionMatch match = addCheck().match(statement);
        if (match.hasMatch()) {
            if (match.captured(1) != table) {
                if (Status done = flush(); !done)
                    return Error{done.error()};
                table = match.captured(1);
            }
            pending.append({match.captured(2), match.captured(3)});
            continue;
        }
        if (Status done = flush(); !done)
            return Error{done.error()};
        if (Result<QSqlQuery> done = run(statement, {}); !done)
            return Error{done.error()};
    }
    return flush();
}

Result<QStringList> CheckConstraints::violations(bool postgres, const RunSql &run, int limit)
{
    struct Table
    {
        QString name;
        QList<Check> checks;
    };
    QList<Table> tables;
    if (postgres) {
        Result<QSqlQuery> rows = run(
            u"SELECT c.conrelid::regclass::text, c.conname, pg_get_constraintdef(c.oid) FROM pg_constraint c "
            "JOIN pg_namespace n ON n.oid = c.connamespace WHERE c.contype = 'c' AND n.nspname = current_schema() "
            "ORDER BY 1, 2"_s,
            {});
        if (!rows)
            return Error{rows.error()};
        while (rows->next()) {
            const QString definition = rows->value(2).toString(); // CHECK ((…)) [NOT VALID]
            const qsizetype open = definition.indexOf(u'(');
            if (tables.isEmpty() || tables.constLast().name != rows->value(0).toString())
                tables.append({rows->value(0).toString(), {}});
            tables.last().checks.append({rows->value(1).toString(), parenthesised(definition, open)});
        }
    } else {
        Result<QSqlQuery> rows = run(u"SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name"_s, {});
        if (!rows)
            return Error{rows.error()};
        while (rows->next()) {
            const QList<Check> checks = checksIn(rows->value(1).toString());
            if (!checks.isEmpty())
                tables.append({rows->value(0).toString(), checks});
        }
    }

    QStringList found;
    for (const Table &table : std::as_const(tables)) {
        // A row is named by its primary key (most tables: id).
        Result<QSqlQuery> keys = postgres
            ? run(u"SELECT a.attname FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid "
                  "AND a.attnum = ANY (i.indkey) WHERE i.indrelid = ?::regclass AND i.indisprimary ORDER BY a.attnum"_s,
                  {table.name})
            : run(u"SELECT name FROM pragma_table_info(?) WHERE pk > 0 ORDER BY pk"_s, {table.name});
        if (!keys)
            return Error{keys.error()};
        QStringList key;
        while (keys->next())
            key << keys->value(0).toString();
        if (key.isEmpty())
            key << (postgres ? u"ctid"_s : u"rowid"_s);
        for (const Check &check : table.checks) {
            if (found.size() >= limit)
                return found;
            Result<QSqlQuery> bad = run(u"SELECT "_s + key.join(u", "_s) + u" FROM "_s + table.name
                                            // An index may hold the value as it was before the damage.
                                            + (postgres ? u""_s : u" NOT INDEXED"_s) + u" WHERE NOT ("_s
                                            + check.expression + u") LIMIT "_s + QString::number(limit - found.size()),
                                        {});
            if (!bad)
                return Error{bad.error()};
            while (bad->next()) {
                QStringList row;
                for (int i = 0; i < key.size(); ++i)
                    row << (key.size() == 1 ? bad->value(i).toString()
                                            : key.at(i) + u" "_s + bad->value(i).toString());
                found << tr("Table %1 row %2 breaks the rule %3: its data was changed outside Trinn or damaged.")
                             .arg(table.name, row.join(u", "_s), check.name);
            }
        }
    }
    return found;
}

} // namespace trinn
