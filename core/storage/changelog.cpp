#include "changelog.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/auditlog.h"
#include "storage/journal.h"

#include <QCryptographicHash>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSysInfo>

#include <algorithm>
#include <functional>
#include <limits>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

// How each table that holds a patient's data finds its patient. A column with
// no parent holds the patient id itself; otherwise it holds the id of a row of
// the parent, which finds the patient in turn. A table with a patient
// reference that this list does not know is still covered (by a route derived
// from its patient_id/episode_id column or foreign key), but the schema test
// fails until it is added here, so a person has said how it finds its patient.
struct ListedRoute
{
    const char *table;
    const char *column;
    const char *parent;
};
constexpr ListedRoute listedRoutes[] = {
    {"patient", "id", ""},
    // The search words of a patient: derived from patient's columns, but a
    // change made under Trinn's feet (a name made unsearchable) shows here.
    {"patient_term", "patient_id", ""},
    {"next_of_kin", "patient_id", ""},
    {"care_team", "patient_id", ""},
    {"episode", "patient_id", ""},
    {"step_progress", "patient_id", ""},
    {"medication", "patient_id", ""},
    {"family_stay", "patient_id", ""},
    {"substance_test", "patient_id", ""},
    {"group_member", "patient_id", ""},
    {"attendance", "patient_id", ""},
    {"outing_participant", "patient_id", ""},
    {"appointment", "patient_id", ""},
    // NULL until the referred person is registered as a patient.
    {"referral", "patient_id", ""},
    // Also has episode_id, which may be NULL; the patient is always there.
    {"bed_stay", "patient_id", ""},
    {"journal_note", "patient_id", ""},
    {"phase", "episode_id", "episode"},
    {"criteria_assessment", "episode_id", "episode"},
    {"coercion", "episode_id", "episode"},
    {"relative_advice", "episode_id", "episode"},
    {"follow_up", "episode_id", "episode"},
    {"relapse_assessment", "episode_id", "episode"},
    {"day_attendance", "episode_id", "episode"},
    {"treatment_plan", "episode_id", "episode"},
    {"plan_area", "plan_id", "treatment_plan"},
    {"test_result", "test_id", "substance_test"},
    {"member_assessment", "member_id", "group_member"},
    {"note_version", "note_id", "journal_note"},
    // A held session's earlier attendance, kept when the session is corrected.
    {"attendance_version", "patient_id", ""},
    // Every decision on a referral; the patient is NULL until registered.
    {"referral_decision", "patient_id", ""},
};

// Tables with a patient reference that have no change triggers, and why.
struct Unlogged
{
    const char *table;
    const char *why;
};
constexpr Unlogged unloggedTables[] = {
    {"audit_log", "the audit chain itself: append-only, each record hashed into the next"},
    {"change_log", "the change log itself: sealed into the audit chain"},
    {"audit_patient", "the patients of an audit record for many, hashed into that record"},
    {"audit_patient_day", "an index of audit_patient by patient and day, checked against it"},
};

const QString triggerPrefix = u"trinn_change_"_s;
// On PostgreSQL, the workstation of a write from outside Trinn: the server
// process of its connection (and where it came from), so Trinn knows its own.
const QString ownProcess = u"'pid ' || pg_backend_pid() || COALESCE(' from ' || host(inet_client_addr()), '')"_s;
// What a seal hashes of a row: every column, each as its length in bytes,
// ':' and its bytes, or '-' for NULL, so no value can take over part of the
// next. On SQLite the text columns are read as BLOBs: their UTF-8 bytes as
// they are, without a round trip through QString.
constexpr int sealedColumns = 12;
QString sealedContent(bool postgres, bool reasons)
{
    QStringList fields{u"id"_s, u"at"_s, u"patient_id"_s, u"actor_staff_id"_s, u"outside_trinn"_s};
    // reason last: rows from before it existed (NULL) hash as they always did.
    for (const char *text : {"table_name", "row_id", "operation", "actor_name", "workstation", "old_values", "new_values", "reason"}) {
        if (!reasons && qstrcmp(text, "reason") == 0)
            continue;
        fields << (postgres ? QString::fromLatin1(text) : u"CAST("_s + QLatin1StringView(text) + u" AS BLOB)"_s);
    }
    return fields.join(u", "_s);
}
// id, then what verify names, then the sealed content.
QString changeColumns(bool postgres, bool reasons)
{
    return u"id, table_name, row_id, operation, actor_name, workstation, outside_trinn, "_s + sealedContent(postgres, reasons);
}
constexpr int contentColumn = 7;

QByteArray bytesOf(const QVariant &value)
{
    return value.typeId() == QMetaType::QByteArray ? value.toByteArray() : value.toString().toUtf8();
}
// A sealed transaction's rows are hashed in at most this many parts, so a
// changed row is named exactly in a transaction of up to this many rows.
constexpr qint64 maxParts = 64;
constexpr int partPrefix = 16;

struct ForeignKey
{
    QString column;
    QString parent;
    QString parentColumn;
};

struct TableShape
{
    QStringList columns;
    QStringList blobColumns;
    QStringList primaryKey;
    QList<ForeignKey> foreignKeys;
};

using Schema = QMap<QString, TableShape>;

QString quoted(const QString &name)
{
    return u'"' + name + u'"';
}

using RunFixedSql = std::function<Result<QSqlQuery>(const QString &)>;

// Every table's columns, primary key and single-column foreign keys.
Result<Schema> readSchema(bool postgres, const RunFixedSql &run)
{
    Schema schema;
    const QString columnsSql = postgres
        ? u"SELECT c.relname, a.attname, COALESCE((SELECT k.n FROM unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n) WHERE k.attnum = a.attnum), 0), "
          "format_type(a.atttypid, a.atttypmod) "
          "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
          "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped "
          "LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary "
          "WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') ORDER BY c.relname, a.attnum"_s
        : u"SELECT m.name, p.name, p.pk, p.type FROM sqlite_master m, pragma_table_info(m.name) p "
          "WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' ORDER BY m.name, p.cid"_s;
    Result<QSqlQuery> columns = run(columnsSql);
    if (!columns)
        return Error{columns.error()};
    QHash<QString, QMap<int, QString>> keys;
    while (columns->next()) {
        const QString table = columns->value(0).toString();
        const QString column = columns->value(1).toString();
        TableShape &shape = schema[table];
        shape.columns.append(column);
        const QString type = columns->value(3).toString().toLower();
        if (type.contains(u"blob"_s) || type.contains(u"bytea"_s))
            shape.blobColumns.append(column);
        if (const int position = columns->value(2).toInt(); position > 0)
            keys[table].insert(position, column);
    }
    for (auto key = keys.cbegin(); key != keys.cend(); ++key)
        schema[key.key()].primaryKey = key.value().values();

    const QString keysSql = postgres
        ? u"SELECT t.relname, a.attname, r.relname, ra.attname FROM pg_constraint k "
          "JOIN pg_class t ON t.oid = k.conrelid JOIN pg_namespace n ON n.oid = t.relnamespace "
          "JOIN pg_class r ON r.oid = k.confrelid "
          "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
          "JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1] "
          "WHERE k.contype = 'f' AND n.nspname = current_schema() AND array_length(k.conkey, 1) = 1"_s
        : u"SELECT m.name, f.\"from\", f.\"table\", COALESCE(f.\"to\", 'id') FROM sqlite_master m, "
          "pragma_foreign_key_list(m.name) f WHERE m.type = 'table' AND m.name NOT LIKE 'sqlite%' AND f.seq = 0"_s;
    Result<QSqlQuery> foreign = run(keysSql);
    if (!foreign)
        return Error{foreign.error()};
    while (foreign->next()) {
        const QString table = foreign->value(0).toString();
        if (schema.contains(table))
            schema[table].foreignKeys.append({foreign->value(1).toString(), foreign->value(2).toString(), foreign->value(3).toString()});
    }
    return schema;
}

bool isUnlogged(const QString &table)
{
    for (const Unlogged &entry : unloggedTables) {
        if (table == QLatin1StringView(entry.table))
            return true;
    }
    return false;
}

bool holdsPatientId(const QString &column)
{
    return column == u"patient_id" || column.endsWith(u"_patient_id"_s);
}

// Every table with a patient reference, each with its route: the list's where
// it has one, else one derived from the schema (patient_id column, episode_id
// column, or a foreign key to a table already found), until nothing new is found.
Result<QList<ChangeLog::PatientTable>> routesOf(const Schema &schema)
{
    QMap<QString, ChangeLog::PatientTable> routes;
    for (const ListedRoute &listed : listedRoutes) {
        const QString table = QString::fromLatin1(listed.table);
        if (!schema.contains(table))
            continue;
        const ChangeLog::PatientTable route{table, QString::fromLatin1(listed.column), QString::fromLatin1(listed.parent), true};
        if (!schema[table].columns.contains(route.column))
            return Error{ChangeLog::tr("The change log finds the patient of table %1 through its column %2, which it does not have.")
                             .arg(table, route.column)};
        if (!route.parent.isEmpty() && !schema.contains(route.parent))
            return Error{ChangeLog::tr("The change log finds the patient of table %1 through table %2, which this journal does not have.")
                             .arg(table, route.parent)};
        routes.insert(table, route);
    }
    const auto derive = [&](const QString &table, const TableShape &shape) -> std::optional<ChangeLog::PatientTable> {
        for (const QString &column : shape.columns) {
            if (holdsPatientId(column))
                return ChangeLog::PatientTable{table, column, QString(), false};
        }
        if (shape.columns.contains(u"episode_id"_s) && routes.contains(u"episode"_s))
            return ChangeLog::PatientTable{table, u"episode_id"_s, u"episode"_s, false};
        for (const ForeignKey &key : shape.foreignKeys) {
            if (key.parent != table && routes.contains(key.parent) && key.parentColumn == u"id")
                return ChangeLog::PatientTable{table, key.column, key.parent, false};
        }
        return std::nullopt;
    };
    for (bool grew = true; grew;) {
        grew = false;
        for (auto shape = schema.cbegin(); shape != schema.cend(); ++shape) {
            if (routes.contains(shape.key()) || isUnlogged(shape.key()))
                continue;
            if (std::optional<ChangeLog::PatientTable> route = derive(shape.key(), shape.value())) {
                routes.insert(shape.key(), *route);
                grew = true;
            }
        }
    }
    return routes.values();
}

// The patient id of the row `row` (NEW, OLD or an alias) of `table`, as an SQL
// expression: the column itself, or a lookup through the parents.
Result<QString> patientExpression(const QMap<QString, ChangeLog::PatientTable> &routes, const QString &table, const QString &row,
                                  int depth = 1)
{
    const ChangeLog::PatientTable &route = routes[table];
    if (route.parent.isEmpty())
        return QString(row + u'.' + quoted(route.column));
    if (depth > 8 || !routes.contains(route.parent))
        return Error{ChangeLog::tr("The change log cannot find the patient of table %1.").arg(table)};
    const QString alias = u"via"_s + QString::number(depth);
    Result<QString> inner = patientExpression(routes, route.parent, alias, depth + 1);
    if (!inner)
        return inner;
    return QString(u"(SELECT "_s + *inner + u" FROM "_s + quoted(route.parent) + u' ' + alias + u" WHERE "_s + alias + u".id = "_s + row
        + u'.' + quoted(route.column) + u')');
}

QString rowIdExpression(const TableShape &shape, const QString &row, bool postgres)
{
    if (shape.columns.contains(u"id"_s))
        return u"CAST("_s + row + u".id AS TEXT)"_s;
    if (shape.primaryKey.isEmpty())
        return postgres ? u"NULL"_s : u"CAST("_s + row + u".rowid AS TEXT)"_s;
    QStringList parts;
    for (const QString &column : shape.primaryKey)
        parts << u"CAST("_s + row + u'.' + quoted(column) + u" AS TEXT)"_s;
    return parts.join(u" || '/' || "_s);
}

// `row` as one JSON object; with `other`, only the columns whose value differs
// from `other`'s (an UPDATE's columns that changed).
QString sqliteJson(const TableShape &shape, const QString &row, const QString &other = QString())
{
    // json_object takes at most 127 arguments: wide rows are merged from parts.
    constexpr qsizetype columnsPerObject = 50;
    QStringList objects;
    for (qsizetype first = 0; first < shape.columns.size(); first += columnsPerObject) {
        QStringList arguments;
        QStringList unchanged;
        for (qsizetype i = first; i < std::min(first + columnsPerObject, shape.columns.size()); ++i) {
            const QString &column = shape.columns.at(i);
            const QString value = row + u'.' + quoted(column);
            // JSON holds no BLOB: such a value is logged as hex.
            arguments << u'\'' + column + u'\'' << (shape.blobColumns.contains(column) ? u"hex("_s + value + u')' : value);
            // A column that did not change is removed again; one that did is
            // kept by removing a key no column has (json_remove gives NULL for a NULL path).
            if (!other.isEmpty())
                unchanged << u"CASE WHEN "_s + value + u" IS "_s + other + u'.' + quoted(column) + u" THEN '$.\""_s + column
                        + u"\"' ELSE '$.\"-\"' END"_s;
        }
        const QString object = u"json_object("_s + arguments.join(u", "_s) + u')';
        objects << (unchanged.isEmpty() ? object : u"json_remove("_s + object + u", "_s + unchanged.join(u", "_s) + u')');
    }
    QString json = objects.value(0, u"json_object()"_s);
    for (qsizetype i = 1; i < objects.size(); ++i)
        json = u"json_patch("_s + json + u", "_s + objects.at(i) + u')';
    return json;
}

// PostgreSQL's `row` as JSON; with `other`, only the columns whose value differs.
QString postgresJson(const QString &row, const QString &other = QString())
{
    if (other.isEmpty())
        return u"to_jsonb("_s + row + u")::text"_s;
    return u"(SELECT COALESCE(jsonb_object_agg(c.key, c.value), '{}'::jsonb) FROM jsonb_each(to_jsonb("_s + row
        + u")) AS c WHERE c.value IS DISTINCT FROM to_jsonb("_s + other + u") -> c.key)::text"_s;
}

// From migration 33 on an UPDATE logs only the columns it changed, before
// and after: the rest of the row is the same in both, and the row itself, an
// earlier version or the DELETE that logs it whole has it.
constexpr int changedColumnsMigration = 33;
// From migration 34 on an INSERT of a versioned record logs no copy of the
// row either: RecordHistory walks back to it from the row as it is now.
constexpr int uncopiedInsertsMigration = 34;
// From migration 37 on (SQLite) an INSERT inside Trinn into a table that is
// not versioned and has an integer id writes no change log row: the seal of
// its transaction names the ids it inserted, table by table (write_inserted
// gathers them). Outside Trinn each INSERT is still a row of its own.
constexpr int insertRangesMigration = 37;

Result<int> schemaVersionOf(const RunFixedSql &run)
{
    Result<QSqlQuery> version = run(u"SELECT COALESCE(MAX(version), 0) FROM schema_version"_s);
    if (!version)
        return Error{version.error()};
    const int found = version->next() ? version->value(0).toInt() : 0;
    version->finish();
    return found;
}

// Tables whose rows RecordHistory shows version by version: their rows in the
// log keep the whole row of an INSERT and the actor's name. Every other
// table's INSERT is logged without a copy of the row (migration 31): the row
// is there, and any later UPDATE or DELETE logs it whole before it changes.
// Inside Trinn their log rows name the actor by staff id only: the name and
// the workstation are in the seal's audit record of the same transaction.
constexpr const char *versionedTables[] = {"episode", "phase", "medication", "step_progress", "treatment_plan",
                                           "plan_area", "day_attendance", "group_member", "follow_up"};

bool isVersioned(const QString &table)
{
    for (const char *versioned : versionedTables) {
        if (table == QLatin1StringView(versioned))
            return true;
    }
    return false;
}

// Whether `table`'s INSERTs inside Trinn are sealed as id ranges.
bool insertedAsRange(const QString &table, const TableShape &shape, bool compact, int schemaVersion)
{
    return compact && schemaVersion >= insertRangesMigration && shape.primaryKey == QStringList{u"id"_s}
        && !isVersioned(table);
}

// An INSERT trigger whose change log row is written only outside Trinn (no
// write_actor); inside, the row's id joins the transaction's range for its
// table, which the seal names.
QString rangedInsertTrigger(const QString &rowTrigger, const QString &table)
{
    const QString end = u"; END"_s;
    Q_ASSERT(rowTrigger.endsWith(end));
    return rowTrigger.chopped(end.size()) + u" WHERE a.slot IS NULL; "
           "INSERT INTO write_inserted (table_name, first_id, last_id, rows) SELECT '"_s + table
        + u"', NEW.id, NEW.id, 1 FROM write_actor WHERE slot = 1 ON CONFLICT (table_name) DO UPDATE SET "
          "first_id = min(first_id, excluded.first_id), last_id = max(last_id, excluded.last_id), rows = rows + 1; END"_s;
}

QStringList sqliteTriggers(const QString &table, const TableShape &shape, const QString &newPatient, const QString &oldPatient, bool reasons,
                           bool compact, bool changedOnly, bool copyInsert, bool insertRanges)
{
    // The actor is the one row of write_actor, present only inside a Trinn
    // write transaction; a write from anywhere else is logged without one.
    const auto trigger = [&](const QString &operation, const QString &row, const QString &patient, const QString &oldValues,
                             const QString &newValues) -> QString {
        return u"CREATE TRIGGER "_s + quoted(triggerPrefix + table + u'_' + operation.toLower()) + u" AFTER "_s + operation
            + u" ON "_s + quoted(table) + u" BEGIN INSERT INTO change_log "
              "(at, table_name, row_id, patient_id, operation, old_values, new_values, actor_staff_id, actor_name, workstation, outside_trinn"_s
            + (reasons ? u", reason"_s : u""_s) + u") SELECT COALESCE(a.at, CAST((julianday('now') - 2440587.5) * 86400000 AS INTEGER)), '"_s
            + table + u"', "_s + rowIdExpression(shape, row, false) + u", "_s + patient + u", '"_s + operation + u"', "_s + oldValues
            + u", "_s + newValues
            + (compact ? u", a.staff_id, NULL, NULL, a.slot IS NULL"_s : u", a.staff_id, a.name, a.workstation, a.slot IS NULL"_s)
            + (reasons ? u", NULLIF(a.reason, '')"_s : u""_s) + u" FROM (SELECT 1) AS one LEFT JOIN write_actor AS a ON a.slot = 1; END"_s;
    };
    return {
        insertRanges ? rangedInsertTrigger(trigger(u"INSERT"_s, u"NEW"_s, newPatient, u"NULL"_s, u"NULL"_s), table)
                     : trigger(u"INSERT"_s, u"NEW"_s, newPatient, u"NULL"_s, copyInsert ? sqliteJson(shape, u"NEW"_s) : u"NULL"_s),
        trigger(u"UPDATE"_s, u"NEW"_s, newPatient, sqliteJson(shape, u"OLD"_s, changedOnly ? u"NEW"_s : QString()),
                sqliteJson(shape, u"NEW"_s, changedOnly ? u"OLD"_s : QString())),
        trigger(u"DELETE"_s, u"OLD"_s, oldPatient, sqliteJson(shape, u"OLD"_s), u"NULL"_s),
    };
}

QStringList postgresTriggers(const QString &table, const TableShape &shape, const QString &newPatient, const QString &oldPatient, bool reasons,
                             bool compact, bool changedOnly, bool copyInsert)
{
    const QString name = quoted(triggerPrefix + table);
    // The actor is the transaction's setting, which Journal::beginWrite makes;
    // without it the write came from outside Trinn and the database user is named.
    const auto insert = [&](const QString &operation, const QString &row, const QString &patient, const QString &oldValues,
                            const QString &newValues) -> QString {
        return u"INSERT INTO change_log (at, table_name, row_id, patient_id, operation, old_values, new_values, "
               "actor_staff_id, actor_name, workstation, outside_trinn"_s + (reasons ? u", reason"_s : u""_s)
            + u") VALUES (trinn_written_at, TG_TABLE_NAME, "_s
            + (row.isEmpty() ? u"NULL"_s : rowIdExpression(shape, row, true)) + u", "_s + patient + u", '"_s + operation + u"', "_s
            + oldValues + u", "_s + newValues
            + u", NULLIF(current_setting('trinn.actor_id', true), '')::bigint, "_s
            + (compact ? u"CASE WHEN trinn_actor IS NULL THEN current_user::text END, CASE WHEN trinn_actor IS NULL THEN "_s + ownProcess
                       + u" END, "_s
                       : u"COALESCE(trinn_actor, current_user::text), COALESCE(NULLIF(current_setting('trinn.workstation', true), ''), "_s
                       + ownProcess + u"), "_s)
            + u"CASE WHEN trinn_actor IS NULL THEN 1 ELSE 0 END"_s
            + (reasons ? u", NULLIF(current_setting('trinn.reason', true), '')"_s : u""_s) + u");"_s;
    };
    const QString function = u"CREATE FUNCTION "_s + name + u"() RETURNS trigger LANGUAGE plpgsql AS $body$ DECLARE "
        "trinn_actor text := NULLIF(current_setting('trinn.actor', true), ''); "
        "trinn_written_at bigint := COALESCE(NULLIF(current_setting('trinn.at', true), '')::bigint, "
        "(extract(epoch FROM clock_timestamp()) * 1000)::bigint); BEGIN "
        "IF TG_OP = 'INSERT' THEN "_s
        + insert(u"INSERT"_s, u"NEW"_s, newPatient, u"NULL"_s, copyInsert ? u"to_jsonb(NEW)::text"_s : u"NULL"_s) + u" RETURN NEW; ELSIF TG_OP = 'UPDATE' THEN "_s
        + insert(u"UPDATE"_s, u"NEW"_s, newPatient, postgresJson(u"OLD"_s, changedOnly ? u"NEW"_s : QString()),
                 postgresJson(u"NEW"_s, changedOnly ? u"OLD"_s : QString()))
        + u" RETURN NEW; ELSIF TG_OP = 'DELETE' THEN "_s
        + insert(u"DELETE"_s, u"OLD"_s, oldPatient, u"to_jsonb(OLD)::text"_s, u"NULL"_s) + u" RETURN OLD; ELSIF TG_OP = 'TRUNCATE' THEN "_s
        // TRUNCATE fires no row triggers: the statement itself is logged, with
        // no row and no patient, so emptying a table never passes unseen.
        + insert(u"TRUNCATE"_s, QString(), u"NULL"_s, u"NULL"_s, u"NULL"_s) + u" RETURN NULL; END IF; RETURN NULL; END $body$"_s;
    return {function,
            u"CREATE TRIGGER "_s + name + u" AFTER INSERT OR UPDATE OR DELETE ON "_s + quoted(table)
                + u" FOR EACH ROW EXECUTE FUNCTION "_s + name + u"()"_s,
            u"CREATE TRIGGER "_s + quoted(triggerPrefix + table + u"_truncate"_s) + u" AFTER TRUNCATE ON "_s + quoted(table)
                + u" FOR EACH STATEMENT EXECUTE FUNCTION "_s + name + u"()"_s};
}

// The triggers this build makes for a schema: each patient table's statements,
// and each trigger's definition as the database keeps it (SQLite: the
// statement; PostgreSQL: the function's body), to find one changed by hand.
struct Generated
{
    QString table;
    QStringList statements;
    QMap<QString, QString> definitions;
};

Result<QList<Generated>> generate(bool postgres, const Schema &schema, int schemaVersion)
{
    Result<QList<ChangeLog::PatientTable>> tables = routesOf(schema);
    if (!tables)
        return Error{tables.error()};
    QMap<QString, ChangeLog::PatientTable> routes;
    for (const ChangeLog::PatientTable &table : std::as_const(*tables))
        routes.insert(table.table, table);
    QList<Generated> generated;
    // A journal being built up to an older schema has no reasons yet (migration 19).
    const bool reasons = schema.value(u"change_log"_s).columns.contains(u"reason"_s);
    // Compact rows from migration 31 on, so a journal built up to an older schema logs as it did.
    const bool compactSchema = schema.contains(u"test_panel"_s);
    for (const ChangeLog::PatientTable &table : std::as_const(*tables)) {
        Result<QString> newPatient = patientExpression(routes, table.table, u"NEW"_s);
        Result<QString> oldPatient = patientExpression(routes, table.table, u"OLD"_s);
        if (!newPatient || !oldPatient)
            return Error{newPatient ? oldPatient.error() : newPatient.error()};
        const TableShape &shape = schema[table.table];
        const bool compact = compactSchema && !isVersioned(table.table);
        const bool changedOnly = schemaVersion >= changedColumnsMigration;
        const bool copyInsert = !compact && schemaVersion < uncopiedInsertsMigration;
        Generated one{table.table,
                      postgres ? postgresTriggers(table.table, shape, *newPatient, *oldPatient, reasons, compact, changedOnly, copyInsert)
                               : sqliteTriggers(table.table, shape, *newPatient, *oldPatient, reasons, compact, changedOnly, copyInsert,
                                                insertedAsRange(table.table, shape, compact, schemaVersion)),
                      {}};
        if (postgres) {
            const QString &function = one.statements.first();
            const qsizetype from = function.indexOf(u"$body$"_s) + 6;
            one.definitions.insert(triggerPrefix + table.table, function.mid(from, function.lastIndexOf(u"$body$"_s) - from));
        } else {
            for (const QString &statement : std::as_const(one.statements))
                one.definitions.insert(statement.section(u'"', 1, 1), statement);
        }
        generated.append(one);
    }
    return generated;
}

QByteArray rowContent(const QSqlQuery &row, int first = contentColumn)
{
    QByteArray content;
    for (int i = first; i < first + sealedColumns; ++i) {
        const QVariant value = row.value(i);
        if (value.isNull()) {
            content += '-';
            continue;
        }
        const QByteArray bytes = bytesOf(value);
        content += QByteArray::number(bytes.size());
        content += ':';
        content += bytes;
    }
    // A correction's reason (migration 19): hashed only when there is one, so
    // every row sealed before it keeps its hash, and removing a reason shows.
    if (const QVariant reason = row.value(first + sealedColumns); !reason.isNull()) {
        const QByteArray bytes = bytesOf(reason);
        content += 'R';
        content += QByteArray::number(bytes.size());
        content += ':';
        content += bytes;
    }
    return content;
}

// What a seal says: the change_log ids from first to last, how many of them it
// covers (those written inside Trinn), and a hash of each part of `span` ids.
struct Seal
{
    qint64 auditId = 0;
    qint64 first = 0;
    qint64 last = 0;
    qint64 rows = 0;
    qint64 span = 1;
    QString hash;
    QStringList parts;
    // Rows that Trinn's own connection wrote outside a write transaction (a
    // store not behind the Gate): marked outside Trinn, yet Trinn's. On
    // PostgreSQL only those of its own server process (`marker`).
    qint64 ownFrom = 0;
    qint64 ownTo = -1;
    QString marker;

    qint64 partOf(qint64 id) const { return (id - first) / span; }
    qint64 partCount() const { return (last - first) / span + 1; }
    bool covers(qint64 id, bool outside, const QString &workstation) const
    {
        return id >= first && id <= last
            && (!outside || (id >= ownFrom && id <= ownTo && (marker.isEmpty() || workstation == marker)));
    }

    QString text() const
    {
        QString text = u"changes %1-%2 rows %3 sha256 %4 parts of %5: %6"_s.arg(first).arg(last).arg(rows).arg(hash).arg(span).arg(parts.join(u' '));
        if (ownTo >= ownFrom)
            text += u"; outside a write transaction: %1-%2"_s.arg(ownFrom).arg(ownTo) + (marker.isEmpty() ? QString() : u" at "_s + marker);
        return text;
    }
    static std::optional<Seal> parse(qint64 auditId, const QString &text)
    {
        static const QRegularExpression form(
            u"^changes (\\d+)-(\\d+) rows (\\d+) sha256 ([0-9a-f]{64}) parts of (\\d+): ([0-9a-f ]*?)"
            "(?:; outside a write transaction: (\\d+)-(\\d+)(?: at (.+?))?)?(?:; inserted .+)?$"_s);
        const QRegularExpressionMatch match = form.match(text);
        if (!match.hasMatch())
            return std::nullopt;
        Seal seal{auditId, match.captured(1).toLongLong(), match.captured(2).toLongLong(), match.captured(3).toLongLong(),
                  std::max<qint64>(1, match.captured(5).toLongLong()), match.captured(4),
                  match.captured(6).split(u' ', Qt::SkipEmptyParts)};
        if (match.hasCaptured(7)) {
            seal.ownFrom = match.captured(7).toLongLong();
            seal.ownTo = match.captured(8).toLongLong();
            seal.marker = match.captured(9);
        }
        if (seal.last < seal.first || seal.parts.size() != seal.partCount())
            return std::nullopt;
        return seal;
    }
};

QString hex(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

// The full hash of a seal from the full hashes of its parts.
QString sealHash(const QList<QByteArray> &partHashes)
{
    QCryptographicHash all(QCryptographicHash::Sha256);
    for (const QByteArray &part : partHashes)
        all.addData(part);
    return hex(all.result());
}

// Hashes the rows that `which` selects into `seal`, whose first and last are
// set: its span, the hash of each part and the whole.
using RunWith = std::function<Result<QSqlQuery>(const QString &, const QVariantList &)>;
Status hashRows(const RunWith &run, const QString &sealed, const QString &which, const QVariantList &bindings, Seal &seal)
{
    seal.span = std::max<qint64>(1, (seal.last - seal.first + maxParts) / maxParts);
    seal.parts.clear();
    QList<QByteArray> partHashes;
    QCryptographicHash part(QCryptographicHash::Sha256);
    qint64 currentPart = 0;
    const auto closePart = [&] {
        const QByteArray result = part.result();
        partHashes << result;
        seal.parts << hex(result).left(partPrefix);
        part.reset();
    };
    Result<QSqlQuery> rows = run(u"SELECT id, "_s + sealed + which + u" ORDER BY id"_s, bindings);
    if (!rows)
        return Error{rows.error()};
    while (rows->next()) {
        const qint64 index = seal.partOf(rows->value(0).toLongLong());
        while (currentPart < index) {
            closePart();
            ++currentPart;
        }
        part.addData(rowContent(*rows, 1));
    }
    rows->finish();
    while (currentPart < seal.partCount()) {
        closePart();
        ++currentPart;
    }
    seal.hash = sealHash(partHashes);
    return {};
}


} // namespace

Result<QList<ChangeLog::PatientTable>> ChangeLog::patientTables(Journal &journal)
{
    Result<Schema> schema = readSchema(journal.isPostgres(), [&](const QString &sql) { return journal.runFixed(sql); });
    if (!schema)
        return Error{schema.error()};
    return routesOf(*schema);
}

Result<QStringList> ChangeLog::unlistedTables(Journal &journal)
{
    Result<QList<PatientTable>> tables = patientTables(journal);
    if (!tables)
        return Error{tables.error()};
    QStringList unlisted;
    for (const PatientTable &table : std::as_const(*tables)) {
        if (!table.listed)
            unlisted << table.table;
    }
    return unlisted;
}

Result<QStringList> ChangeLog::triggerProblems(Journal &journal)
{
    Result<Schema> schema = readSchema(journal.isPostgres(), [&](const QString &sql) { return journal.runFixed(sql); });
    if (!schema)
        return Error{schema.error()};
    Result<int> version = schemaVersionOf([&](const QString &sql) { return journal.runFixed(sql); });
    if (!version)
        return Error{version.error()};
    Result<QList<Generated>> expected = generate(journal.isPostgres(), *schema, *version);
    if (!expected)
        return Error{expected.error()};
    // Each table's events with an enabled change trigger, and each trigger's definition.
    QHash<QString, QSet<QString>> events;
    QHash<QString, QString> definitions;
    if (journal.isPostgres()) {
        Result<QSqlQuery> triggers = journal.runFixed(
            u"SELECT c.relname, t.tgtype, p.proname, p.prosrc FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid "
            "WHERE n.nspname = current_schema() AND NOT t.tgisinternal AND t.tgenabled <> 'D' "
            "AND t.tgname LIKE 'trinn\\_change\\_%'"_s);
        if (!triggers)
            return Error{triggers.error()};
        while (triggers->next()) {
            const int type = triggers->value(1).toInt();
            QSet<QString> &set = events[triggers->value(0).toString()];
            definitions.insert(triggers->value(2).toString(), triggers->value(3).toString());
            // pg_trigger.tgtype: 1 row, 2 before, 4 insert, 8 delete, 16 update, 32 truncate.
            if (!(type & 1) && !(type & 2) && (type & 32))
                set << u"TRUNCATE"_s;
            if ((type & 1) && !(type & 2)) {
                if (type & 4)
                    set << u"INSERT"_s;
                if (type & 8)
                    set << u"DELETE"_s;
                if (type & 16)
                    set << u"UPDATE"_s;
            }
        }
    } else {
        Result<QSqlQuery> triggers = journal.runFixed(
            u"SELECT tbl_name, name, sql FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'trinn_change_*'"_s);
        if (!triggers)
            return Error{triggers.error()};
        while (triggers->next()) {
            const QString table = triggers->value(0).toString();
            const QString name = triggers->value(1).toString();
            definitions.insert(name, triggers->value(2).toString());
            for (const QString &event : {u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s}) {
                if (name == triggerPrefix + table + u'_' + event.toLower())
                    events[table] << event;
            }
        }
    }
    QStringList problems;
    QStringList checked{u"INSERT"_s, u"UPDATE"_s, u"DELETE"_s};
    if (journal.isPostgres())
        checked << u"TRUNCATE"_s;
    for (const Generated &table : std::as_const(*expected)) {
        for (const QString &event : std::as_const(checked)) {
            if (!events.value(table.table).contains(event))
                problems << tr("Table %1 has no change log trigger for %2: such changes to it are not recorded.").arg(table.table, event);
        }
        for (auto definition = table.definitions.cbegin(); definition != table.definitions.cend(); ++definition) {
            if (definitions.contains(definition.key()) && definitions.value(definition.key()) != definition.value())
                problems << tr("The change log trigger %1 of table %2 is not the one Trinn made: it was changed outside Trinn.")
                                .arg(definition.key(), table.table);
        }
    }
    return problems;
}

bool ChangeLog::hasInsertRanges(Journal &journal)
{
    if (journal.isPostgres())
        return false;
    Result<QSqlQuery> found = journal.runFixed(u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'write_inserted'"_s);
    return found && found->next() && found->value(0).toInt() > 0;
}

bool ChangeLog::hasReasons(Journal &journal)
{
    Result<QSqlQuery> found = journal.runFixed(
        journal.isPostgres()
            ? u"SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
              "AND table_name = 'change_log' AND column_name = 'reason'"_s
            : u"SELECT COUNT(*) FROM pragma_table_info('change_log') WHERE name = 'reason'"_s);
    return found && found->next() && found->value(0).toInt() > 0;
}

Result<bool> ChangeLog::present(Journal &journal)
{
    Result<QSqlQuery> found = journal.runFixed(
        journal.isPostgres()
            ? u"SELECT COUNT(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
              "WHERE n.nspname = current_schema() AND c.relname = 'change_log'"_s
            : u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = 'change_log'"_s);
    if (!found)
        return Error{found.error()};
    return found->next() && found->value(0).toInt() > 0;
}

Status ChangeLog::removeTriggers(Journal &journal)
{
    Result<QSqlQuery> found = journal.runFixed(
        journal.isPostgres()
            ? u"SELECT p.proname FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
              "WHERE n.nspname = current_schema() AND p.proname LIKE 'trinn\\_change\\_%'"_s
            : u"SELECT name FROM sqlite_master WHERE type = 'trigger' AND name GLOB 'trinn_change_*'"_s);
    if (!found)
        return Error{found.error()};
    QStringList names;
    while (found->next())
        names << found->value(0).toString();
    found->finish();
    for (const QString &name : std::as_const(names)) {
        // On PostgreSQL the function takes its trigger with it.
        const QString drop = journal.isPostgres() ? QString(u"DROP FUNCTION "_s + quoted(name) + u"() CASCADE"_s)
                                                  : QString(u"DROP TRIGGER "_s + quoted(name));
        if (Result<QSqlQuery> dropped = journal.runFixed(drop); !dropped)
            return Error{dropped.error()};
    }
    return {};
}

Status ChangeLog::installTriggers(Journal &journal)
{
    if (Status removed = removeTriggers(journal); !removed)
        return removed;
    Result<Schema> schema = readSchema(journal.isPostgres(), [&](const QString &sql) { return journal.runFixed(sql); });
    if (!schema)
        return Error{schema.error()};
    Result<int> version = schemaVersionOf([&](const QString &sql) { return journal.runFixed(sql); });
    if (!version)
        return Error{version.error()};
    Result<QList<Generated>> generated = generate(journal.isPostgres(), *schema, *version);
    if (!generated)
        return Error{generated.error()};
    for (const Generated &table : std::as_const(*generated)) {
        for (const QString &statement : table.statements) {
            if (Result<QSqlQuery> made = journal.runFixed(statement); !made)
                return Error{tr("Could not make the change log trigger of table %1: %2").arg(table.table, made.error())};
        }
    }
    return {};
}

Status ChangeLog::beginTransaction(Journal &journal)
{
    Journal::ChangeLogState &state = journal.m_changeLog;
    state.from = -1;
    state.ownFrom = 0;
    state.ownTo = -1;
    state.ownMarker.clear();
    if (!state.present)
        return {};
    const Actor &actor = journal.actor();
    const QVariant staffId = actor.isSystem() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(actor.staffId);
    const QString name = actor.isSystem() ? u"system"_s : actor.username;
    const QString workstation = QSysInfo::machineHostName();
    const qint64 at = clinictime::toStorage(clinictime::now());
    qint64 last = 0;
    // Whether the rows since this connection last wrote are all its own.
    bool own = false;
    if (journal.isPostgres()) {
        Result<QSqlQuery> named = journal.run(u"SELECT set_config('trinn.actor_id', ?, true), set_config('trinn.actor', ?, true), "
                                              "set_config('trinn.workstation', ?, true), set_config('trinn.at', ?, true), "
                                              "(SELECT COALESCE(MAX(id), 0) FROM change_log), "_s
                                                  + ownProcess,
                                              {actor.isSystem() ? u""_s : QString::number(actor.staffId), name, workstation,
                                               QString::number(at)});
        if (!named)
            return Error{named.error()};
        if (!named->next())
            return Error{tr("The journal did not name the change log's actor.")};
        last = named->value(4).toLongLong();
        state.ownMarker = named->value(5).toString();
        own = true;
    } else {
        // REPLACE: a row another connection left there does not name this transaction's actor.
        if (Result<QSqlQuery> named = journal.run(
                u"INSERT OR REPLACE INTO write_actor (slot, staff_id, name, workstation, at) VALUES (1, ?, ?, ?, ?)"_s,
                {staffId, name, workstation, at});
            !named)
            return Error{named.error()};
        Result<QSqlQuery> found = journal.run(
            u"SELECT COALESCE(MAX(id), 0), (SELECT data_version FROM pragma_data_version) FROM change_log"_s);
        if (!found)
            return Error{found.error()};
        if (!found->next())
            return Error{tr("The journal did not name the change log's actor.")};
        last = found->value(0).toLongLong();
        const qint64 dataVersion = found->value(1).toLongLong();
        // data_version stays the same unless another connection committed.
        own = dataVersion == state.dataVersion;
        state.dataVersion = dataVersion;
    }
    if (own && journal.isPostgres() && state.seenUpTo >= 0 && last > state.seenUpTo) {
        // Another workstation's transaction in between has sealed its own rows;
        // ours are then left for the check to report.
        Result<QSqlQuery> others = journal.run(u"SELECT COUNT(*) FROM change_log WHERE id > ? AND outside_trinn = 0"_s, {state.seenUpTo});
        if (!others)
            return Error{others.error()};
        own = others->next() && others->value(0).toLongLong() == 0;
    }
    state.from = last;
    if (own && state.seenUpTo >= 0 && last > state.seenUpTo) {
        state.ownFrom = state.seenUpTo + 1;
        state.ownTo = last;
    } else {
        // Until this transaction commits (it may roll back), the rows before
        // it stay claimable only if they were claimable now.
        state.seenUpTo = last;
        state.ownMarker.clear();
    }
    return {};
}

Status ChangeLog::sealTransaction(Journal &journal)
{
    Journal::ChangeLogState &state = journal.m_changeLog;
    if (state.from < 0)
        return {};
    Seal seal;
    seal.ownFrom = state.ownFrom;
    seal.ownTo = state.ownTo;
    seal.marker = state.ownMarker;
    // This transaction's rows, and those this connection wrote before it
    // outside a write transaction.
    const qint64 from = state.from;
    state.from = -1;
    QString which = u" FROM change_log WHERE id > ? AND outside_trinn = 0"_s;
    QVariantList bindings{from};
    if (seal.ownTo >= seal.ownFrom) {
        // The leading range keeps this a walk of the id index from the first own row.
        which = u" FROM change_log WHERE id >= ? AND ((id > ? AND outside_trinn = 0) OR (id <= ? AND outside_trinn <> 0"_s;
        bindings = {seal.ownFrom, from, seal.ownTo};
        if (!seal.marker.isEmpty()) {
            which += u" AND workstation = ?"_s;
            bindings << seal.marker;
        }
        which += u"))"_s;
    }
    Result<QSqlQuery> range = journal.run(u"SELECT COUNT(*), MIN(id), MAX(id)"_s + which, bindings);
    if (!range)
        return Error{range.error()};
    if (range->next()) {
        seal.rows = range->value(0).toLongLong();
        seal.first = range->value(1).toLongLong();
        seal.last = range->value(2).toLongLong();
    }
    range->finish();
    // The ids this transaction inserted where no row of the log names them.
    QString inserted;
    if (state.insertRanges) {
        Result<QSqlQuery> ranges = journal.run(u"SELECT table_name, first_id, last_id, rows FROM write_inserted ORDER BY table_name"_s);
        if (!ranges)
            return Error{ranges.error()};
        QStringList named;
        while (ranges->next()) {
            const qint64 first = ranges->value(1).toLongLong();
            const qint64 last = ranges->value(2).toLongLong();
            const qint64 rows = ranges->value(3).toLongLong();
            QString range = ranges->value(0).toString() + u' ' + QString::number(first) + u'-' + QString::number(last);
            // Ids of other rows between (one given explicitly): say how many were this transaction's.
            if (rows != last - first + 1)
                range += u" (%1 rows)"_s.arg(rows);
            named << range;
        }
        ranges->finish();
        if (!named.isEmpty()) {
            inserted = u"inserted "_s + named.join(u", "_s);
            if (Result<QSqlQuery> cleared = journal.run(u"DELETE FROM write_inserted"_s); !cleared)
                return Error{cleared.error()};
        }
    }
    if (seal.rows == 0 && !inserted.isEmpty()) {
        if (Status logged = AuditLog::append(journal, 0, u"inserted"_s, inserted); !logged)
            return logged;
    }
    if (seal.rows > 0) {
        if (seal.ownTo < seal.first || seal.ownFrom > seal.last) {
            seal.ownFrom = 0;
            seal.ownTo = -1;
            seal.marker.clear();
        }
        const RunWith run = [&](const QString &sql, const QVariantList &values) { return journal.run(sql, values); };
        if (Status hashed = hashRows(run, sealedContent(journal.isPostgres(), journal.m_changeLog.reasons), which, bindings, seal); !hashed)
            return hashed;
        if (Status logged = AuditLog::append(journal, 0, u"changes"_s, seal.text() + (inserted.isEmpty() ? QString() : u"; "_s + inserted));
            !logged)
            return logged;
        state.seenUpTo = std::max(state.seenUpTo, seal.last);
    }
    state.seenUpTo = std::max(state.seenUpTo, from);
    if (!journal.isPostgres()) {
        if (Result<QSqlQuery> cleared = journal.run(u"DELETE FROM write_actor"_s); !cleared)
            return Error{cleared.error()};
    }
    return {};
}

Status ChangeLog::compact(Journal &journal)
{
    QStringList versioned;
    for (const char *table : versionedTables)
        versioned << u'\'' + QLatin1StringView(table) + u'\'';
    const QString notVersioned = u" AND table_name NOT IN ("_s + versioned.join(u", "_s) + u')';
    const QStringList steps{
        // The folded negatives' own rows, unless something but their INSERT was logged of them.
        u"DELETE FROM change_log WHERE table_name = 'test_result' AND operation = 'INSERT' AND outside_trinn = 0 "
        "AND CAST(row_id AS BIGINT) IN (SELECT id FROM trinn_folded_result) "
        "AND row_id NOT IN (SELECT o.row_id FROM change_log o WHERE o.table_name = 'test_result' "
        "AND o.operation <> 'INSERT' AND o.row_id IS NOT NULL)"_s,
        u"UPDATE change_log SET new_values = NULL WHERE operation = 'INSERT' AND outside_trinn = 0 AND new_values IS NOT NULL"_s
            + notVersioned,
        u"UPDATE change_log SET actor_name = NULL, workstation = NULL WHERE outside_trinn = 0 "
        "AND (actor_name IS NOT NULL OR workstation IS NOT NULL)"_s + notVersioned,
    };
    for (const QString &step : steps) {
        if (Result<QSqlQuery> done = journal.runFixed(step); !done)
            return Error{done.error()};
    }
    return reseal(journal, u"compacted (migration 31)"_s);
}

Status ChangeLog::reseal(Journal &journal, const QString &what)
{
    Result<QSqlQuery> end = journal.runFixed(u"SELECT COALESCE(MAX(id), 0) FROM change_log"_s);
    if (!end)
        return Error{end.error()};
    const qint64 last = end->next() ? end->value(0).toLongLong() : 0;
    end->finish();
    if (last == 0)
        return {};
    if (Status marked = AuditLog::append(journal, 0, u"resealed"_s,
                                         u"change log rows 1-%1 %2: the seals after this record replace those before it"_s.arg(last).arg(what));
        !marked)
        return marked;
    // Each new seal covers a million ids, every row in them (all were Trinn's:
    // the caller checked that each matched its seal), in 64 parts.
    constexpr qint64 idsPerSeal = 1000000;
    const RunWith run = [&](const QString &sql, const QVariantList &values) { return journal.run(sql, values); };
    const QString sealed = sealedContent(journal.isPostgres(), journal.m_changeLog.reasons);
    const QString which = u" FROM change_log WHERE id >= ? AND id <= ?"_s;
    for (qint64 low = 1; low <= last; low += idsPerSeal) {
        const QVariantList bindings{low, std::min(last, low + idsPerSeal - 1)};
        Result<QSqlQuery> range = journal.run(u"SELECT COUNT(*), MIN(id), MAX(id)"_s + which, bindings);
        if (!range)
            return Error{range.error()};
        Seal seal;
        if (range->next()) {
            seal.rows = range->value(0).toLongLong();
            seal.first = range->value(1).toLongLong();
            seal.last = range->value(2).toLongLong();
        }
        range->finish();
        if (seal.rows == 0)
            continue;
        seal.ownFrom = seal.first;
        seal.ownTo = seal.last;
        if (Status hashed = hashRows(run, sealed, which, bindings, seal); !hashed)
            return hashed;
        if (Status logged = AuditLog::append(journal, 0, u"changes"_s, seal.text()); !logged)
            return logged;
    }
    return {};
}

Status ChangeLog::rewrite(Journal &journal, int migration, const QString &step, const QString &what)
{
    // Checked before anything changes, as for migration 31: the new seals may
    // only replace old ones that every row still matched.
    Result<QString> problem = AuditLog::verify(journal);
    if (!problem)
        return Error{problem.error()};
    if (!problem->isEmpty())
        return AuditLog::append(journal, 0, u"not compacted"_s,
                                u"the change log was left whole (migration %1): "_s.arg(migration) + *problem);
    if (Result<QSqlQuery> done = journal.runFixed(step); !done)
        return Error{done.error()};
    return reseal(journal, what + u" (migration %1)"_s.arg(migration));
}

Status ChangeLog::keepChangedColumnsOnly(Scope &scope)
{
    Journal &journal = scope.journal();
    // Each UPDATE's before and after keep the columns in which they differ.
    const QString step = journal.isPostgres()
        ? u"UPDATE change_log SET "
          "old_values = (SELECT COALESCE(jsonb_object_agg(o.key, o.value), '{}'::jsonb) FROM jsonb_each(old_values::jsonb) AS o "
          "WHERE o.value IS DISTINCT FROM new_values::jsonb -> o.key)::text, "
          "new_values = (SELECT COALESCE(jsonb_object_agg(n.key, n.value), '{}'::jsonb) FROM jsonb_each(new_values::jsonb) AS n "
          "WHERE n.value IS DISTINCT FROM old_values::jsonb -> n.key)::text "
          "WHERE operation = 'UPDATE' AND old_values IS NOT NULL AND new_values IS NOT NULL"_s
        : u"UPDATE change_log SET "
          "old_values = (SELECT json_group_object(o.key, o.value) FROM json_each(change_log.old_values) AS o "
          "WHERE o.value IS NOT (SELECT n.value FROM json_each(change_log.new_values) AS n WHERE n.key = o.key)), "
          "new_values = (SELECT json_group_object(n.key, n.value) FROM json_each(change_log.new_values) AS n "
          "WHERE n.value IS NOT (SELECT o.value FROM json_each(change_log.old_values) AS o WHERE o.key = n.key)) "
          "WHERE operation = 'UPDATE' AND old_values IS NOT NULL AND new_values IS NOT NULL"_s;
    return rewrite(journal, changedColumnsMigration, step, u"with each UPDATE's changed columns only"_s);
}

Status ChangeLog::dropInsertCopies(Scope &scope)
{
    QStringList versioned;
    for (const char *table : versionedTables)
        versioned << u'\'' + QLatin1StringView(table) + u'\'';
    // Trinn's own INSERTs: one from outside Trinn keeps its copy, as evidence.
    return rewrite(scope.journal(), uncopiedInsertsMigration,
                   u"UPDATE change_log SET new_values = NULL WHERE operation = 'INSERT' AND outside_trinn = 0 "
                   "AND new_values IS NOT NULL AND table_name IN ("_s + versioned.join(u", "_s) + u')',
                   u"with no copy of a versioned record's INSERT"_s);
}

Result<qint64> ChangeLog::loggedInserts(Journal &journal, const QString &table)
{
    Result<QSqlQuery> rows = journal.run(u"SELECT COUNT(*) FROM change_log WHERE table_name = ? AND operation = 'INSERT'"_s, {table});
    if (!rows)
        return Error{rows.error()};
    qint64 logged = rows->next() ? rows->value(0).toLongLong() : 0;
    rows->finish();
    if (!journal.m_changeLog.insertRanges)
        return logged;
    // "inserted T first-last[ (n rows)], U …", at the end of a seal or alone.
    Result<QSqlQuery> seals = journal.run(
        u"SELECT what FROM audit_log WHERE action IN ('changes', 'inserted') AND what LIKE ?"_s, QVariantList{QString(u"%inserted%"_s + table + u" %"_s)});
    if (!seals)
        return Error{seals.error()};
    static const QRegularExpression range(u"^(\\S+) (\\d+)-(\\d+)(?: \\((\\d+) rows\\))?$"_s);
    while (seals->next()) {
        const QString what = seals->value(0).toString();
        const qsizetype at = what.indexOf(u"inserted "_s);
        for (const QString &named : what.mid(at + 9).split(u", "_s)) {
            const QRegularExpressionMatch match = range.match(named);
            if (!match.hasMatch() || match.captured(1) != table)
                continue;
            logged += match.hasCaptured(4) ? match.captured(4).toLongLong()
                                           : match.captured(3).toLongLong() - match.captured(2).toLongLong() + 1;
        }
    }
    return logged;
}

Status ChangeLog::sealInsertsAsRanges(Scope &scope)
{
    Journal &journal = scope.journal();
    if (journal.isPostgres())
        return {};
    Result<Schema> schema = readSchema(false, [&](const QString &sql) { return journal.runFixed(sql); });
    if (!schema)
        return Error{schema.error()};
    Result<QList<ChangeLog::PatientTable>> tables = routesOf(*schema);
    if (!tables)
        return Error{tables.error()};
    QStringList ranged;
    for (const ChangeLog::PatientTable &table : std::as_const(*tables)) {
        if (insertedAsRange(table.table, (*schema)[table.table], true, insertRangesMigration))
            ranged << u'\'' + table.table + u'\'';
    }
    if (ranged.isEmpty())
        return {};
    // Trinn's own INSERTs into those tables: the rows are there, with their
    // transactions' audit records; one from outside Trinn keeps its row.
    return rewrite(journal, insertRangesMigration,
                   u"DELETE FROM change_log WHERE operation = 'INSERT' AND outside_trinn = 0 AND table_name IN ("_s + ranged.join(u", "_s)
                       + u')',
                   u"with no row for Trinn's own INSERTs into tables that are not versioned"_s);
}

Result<QStringList> ChangeLog::verify(Journal &journal, int limit)
{
    QStringList problems;
    const auto report = [&](const QString &problem) {
        if (problems.size() < limit)
            problems << problem;
    };
    constexpr int page = 20000;

    // The seals, read a page at a time in the order they were written, which
    // is the order of the rows they cover (Trinn's commits are serialized).
    QList<Seal> seals;
    qsizetype nextSeal = 0;
    // The seals before the last "resealed" record (migration 31) are replaced by those after it.
    qint64 lastAuditId = 0;
    {
        Result<QSqlQuery> resealed = journal.run(u"SELECT COALESCE(MAX(id), 0) FROM audit_log WHERE action = 'resealed'"_s);
        if (!resealed)
            return Error{resealed.error()};
        if (resealed->next())
            lastAuditId = resealed->value(0).toLongLong();
    }
    bool sealsDone = false;
    qint64 lastCovered = 0;
    const auto readSeals = [&]() -> Status {
        seals.clear();
        nextSeal = 0;
        Result<QSqlQuery> rows = journal.run(
            u"SELECT id, what FROM audit_log WHERE action = 'changes' AND id > ? ORDER BY id LIMIT "_s + QString::number(page),
            {lastAuditId});
        if (!rows)
            return Error{rows.error()};
        int read = 0;
        while (rows->next()) {
            ++read;
            lastAuditId = rows->value(0).toLongLong();
            std::optional<Seal> seal = Seal::parse(lastAuditId, rows->value(1).toString());
            if (!seal) {
                report(tr("Audit record %1 does not say which change log rows it covers.").arg(lastAuditId));
            } else if (seal->first <= lastCovered) {
                report(tr("Audit record %1 covers change log rows %2-%3 that an earlier record covers.")
                           .arg(lastAuditId)
                           .arg(seal->first)
                           .arg(seal->last));
            } else {
                lastCovered = seal->last;
                seals.append(*seal);
            }
        }
        sealsDone = read < page;
        return {};
    };

    // The seal being checked, with the hashes of its rows so far.
    struct Open
    {
        Seal seal;
        QCryptographicHash hash{QCryptographicHash::Sha256};
        qint64 part = 0;
        qint64 rows = 0;
        qint64 expectedId = 0;
        qint64 firstMissing = 0;
        bool reported = false;
        QList<QByteArray> partHashes;
        // The table of each row seen in one-row parts, to name a changed row.
        QHash<qint64, QString> tables;
    };
    std::optional<Open> open;
    const auto closeParts = [&](Open &state, qint64 upTo) {
        const Seal &seal = state.seal;
        while (state.part < upTo) {
            const QByteArray result = state.hash.result();
            state.partHashes << result;
            if (hex(result).left(partPrefix) != seal.parts.value(state.part)) {
                state.reported = true;
                const qint64 low = seal.first + state.part * seal.span;
                const qint64 high = std::min(seal.last, low + seal.span - 1);
                if (seal.span == 1 && state.tables.contains(low))
                    report(tr("Change log row %1 (table %2) was changed after it was written (audit record %3 covers it).")
                               .arg(low)
                               .arg(state.tables.value(low))
                               .arg(seal.auditId));
                else if (seal.span == 1)
                    report(tr("Change log row %1 was removed (audit record %2 covers it).").arg(low).arg(seal.auditId));
                else
                    report(tr("One of change log rows %1-%2 was changed or removed after it was written (audit record %3 covers them).")
                               .arg(low)
                               .arg(high)
                               .arg(seal.auditId));
            }
            state.hash.reset();
            ++state.part;
        }
    };
    const auto closeSeal = [&] {
        Open &state = *open;
        const Seal &seal = state.seal;
        closeParts(state, seal.partCount());
        // A seal of consecutive ids (always on SQLite) names a removed row.
        const bool consecutive = seal.rows == seal.last - seal.first + 1;
        if (state.firstMissing == 0 && state.expectedId <= seal.last)
            state.firstMissing = state.expectedId;
        if (state.rows != seal.rows && consecutive && state.firstMissing > 0) {
            if (!state.reported || seal.span > 1)
                report(tr("Change log row %1 was removed (audit record %2 covers it).").arg(state.firstMissing).arg(seal.auditId));
        } else if (state.rows != seal.rows && !state.reported) {
            report(tr("Audit record %1 covers %2 change log rows between %3 and %4, but %5 are there.")
                       .arg(seal.auditId)
                       .arg(seal.rows)
                       .arg(seal.first)
                       .arg(seal.last)
                       .arg(state.rows));
        } else if (!state.reported && sealHash(state.partHashes) != seal.hash) {
            report(tr("Audit record %1 does not match change log rows %2-%3.").arg(seal.auditId).arg(seal.first).arg(seal.last));
        }
        open.reset();
    };
    // Opens the seal that covers `id`, closing those that end before it; false
    // when no seal covers it.
    const auto openSealFor = [&](qint64 id) -> Result<bool> {
        for (;;) {
            if (open && open->seal.last >= id)
                return open->seal.first <= id;
            if (open)
                closeSeal();
            if (nextSeal >= seals.size()) {
                if (sealsDone)
                    return false;
                if (Status read = readSeals(); !read)
                    return Error{read.error()};
                continue;
            }
            open.emplace();
            open->seal = seals.at(nextSeal++);
            open->expectedId = open->seal.first;
        }
    };

    // One change_log row as verify needs it. A page is read whole before it is
    // checked: PostgreSQL drops a result still being read when another query runs.
    struct Row
    {
        qint64 id = 0;
        bool outside = false;
        QByteArray content;
        QString table;
        QString operation;
        QString rowId;
        QVariant actor;
        QString workstation;
    };
    qint64 uncovered = 0;
    QString firstUncovered;
    qint64 lastId = 0;
    QList<Row> batch;
    for (bool more = true; more;) {
        batch.clear();
        {
            Result<QSqlQuery> rows = journal.run(
                u"SELECT "_s + changeColumns(journal.isPostgres(), journal.m_changeLog.reasons) + u" FROM change_log WHERE id > ? ORDER BY id LIMIT "_s + QString::number(page), {lastId});
            if (!rows)
                return Error{rows.error()};
            while (rows->next())
                batch.append({rows->value(0).toLongLong(), rows->value(6).toInt() != 0, rowContent(*rows),
                              rows->value(1).toString(), rows->value(3).toString(), rows->value(2).toString(), rows->value(4),
                              rows->value(5).toString()});
        }
        more = batch.size() == page;
        for (const Row &row : std::as_const(batch)) {
            lastId = row.id;
            Result<bool> covered = openSealFor(row.id);
            if (!covered)
                return Error{covered.error()};
            if (*covered && open->seal.covers(row.id, row.outside, row.workstation)) {
                Open &state = *open;
                closeParts(state, state.seal.partOf(row.id));
                state.hash.addData(row.content);
                ++state.rows;
                if (state.seal.span == 1)
                    state.tables.insert(row.id, row.table);
                if (state.firstMissing == 0 && row.id > state.expectedId)
                    state.firstMissing = state.expectedId;
                state.expectedId = row.id + 1;
                continue;
            }
            if (uncovered++ == 0) {
                const QString actor = row.actor.isNull() ? tr("no actor") : tr("actor %1").arg(row.actor.toString());
                firstUncovered = tr("Change log row %1 (%2 of table %3, row %4, %5) was written outside Trinn: no audit record covers it.")
                                     .arg(QString::number(row.id), row.operation, row.table, row.rowId, actor);
            }
        }
    }
    // Seals whose rows are gone from the end of the log.
    if (Result<bool> rest = openSealFor(std::numeric_limits<qint64>::max()); !rest)
        return Error{rest.error()};
    if (uncovered > 0) {
        if (uncovered > 1)
            firstUncovered += u' ' + tr("%1 rows in all are not covered.").arg(uncovered);
        report(firstUncovered);
    }
    return problems;
}

} // namespace trinn
