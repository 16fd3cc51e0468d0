#include "recordhistory.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/postgresroles.h"

#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

namespace trinn {

namespace {

// The tables of migration 19's partial index change_log_record, repeated
// word for word so that SQLite and PostgreSQL can prove the index covers the query.
const QString recordTables =
    u"c.table_name IN ('episode', 'phase', 'medication', 'step_progress', 'treatment_plan', 'plan_area', "
    "'day_attendance', 'group_member', 'follow_up')"_s;

AccessPolicy::Data dataOf(RecordHistory::Record record)
{
    switch (record) {
    case RecordHistory::Record::Medication:
        return AccessPolicy::Data::Medication;
    case RecordHistory::Record::GroupMember:
        return AccessPolicy::Data::Groups;
    default:
        return AccessPolicy::Data::Programs;
    }
}

// Columns that say nothing a reader of the history needs: the row's own keys.
bool isKey(const QString &column)
{
    return column == u"id"_s || column.endsWith(u"_id"_s) || column == u"position"_s;
}

QString shown(const QString &column, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return {};
    // Times are stored as milliseconds (columns ending in _at, and a session's start).
    if ((column.endsWith(u"_at"_s) || column == u"moved_from"_s) && value.isDouble())
        return clinictime::formatDateTime(clinictime::fromStorage(qint64(value.toDouble())));
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == qint64(number) ? QString::number(qint64(number)) : QString::number(number);
    }
    if (value.isString()) {
        const QDate date = QDate::fromString(value.toString(), Qt::ISODate);
        if (date.isValid() && value.toString().size() == 10)
            return clinictime::formatDate(date);
        return value.toString();
    }
    return QString::fromUtf8(QJsonDocument(QJsonObject{{u"v"_s, value}}).toJson(QJsonDocument::Compact)).mid(5).chopped(1);
}

QJsonObject objectOf(const QVariant &json)
{
    return json.isNull() ? QJsonObject() : QJsonDocument::fromJson(json.toString().toUtf8()).object();
}

} // namespace

QString RecordHistory::tableOf(Record record)
{
    switch (record) {
    case Record::Episode: return u"episode"_s;
    case Record::Phase: return u"phase"_s;
    case Record::Medication: return u"medication"_s;
    case Record::StepProgress: return u"step_progress"_s;
    case Record::TreatmentPlan: return u"treatment_plan"_s;
    case Record::PlanArea: return u"plan_area"_s;
    case Record::DayAttendance: return u"day_attendance"_s;
    case Record::GroupMember: return u"group_member"_s;
    case Record::FollowUp: return u"follow_up"_s;
    }
    return {};
}

QString RecordHistory::labelOf(const QString &column)
{
    static const QHash<QString, const char *> labels{
        {u"status"_s, QT_TR_NOOP("Status")},
        {u"planned_start"_s, QT_TR_NOOP("Planned start")},
        {u"planned_end"_s, QT_TR_NOOP("Planned end")},
        {u"actual_start"_s, QT_TR_NOOP("Started")},
        {u"actual_end"_s, QT_TR_NOOP("Ended")},
        {u"start_date"_s, QT_TR_NOOP("Start")},
        {u"end_date"_s, QT_TR_NOOP("End")},
        {u"stop_date"_s, QT_TR_NOOP("Stopped")},
        {u"discharge_reason"_s, QT_TR_NOOP("Discharge reason")},
        {u"note"_s, QT_TR_NOOP("Note")},
        {u"drug"_s, QT_TR_NOOP("Medication")},
        {u"dose"_s, QT_TR_NOOP("Dose")},
        {u"prescriber"_s, QT_TR_NOOP("Prescriber")},
        {u"step"_s, QT_TR_NOOP("Step")},
        {u"started_on"_s, QT_TR_NOOP("Started on")},
        {u"completed_on"_s, QT_TR_NOOP("Completed on")},
        {u"minutes"_s, QT_TR_NOOP("Minutes")},
        {u"day"_s, QT_TR_NOOP("Day")},
        {u"goals"_s, QT_TR_NOOP("Goals")},
        {u"measures"_s, QT_TR_NOOP("Measures")},
        {u"review_date"_s, QT_TR_NOOP("Review date")},
        {u"starts_at"_s, QT_TR_NOOP("Starts")},
        {u"moved_from"_s, QT_TR_NOOP("Moved from")},
        {u"due_on"_s, QT_TR_NOOP("Due")},
        {u"done_on"_s, QT_TR_NOOP("Done on")},
        {u"kind"_s, QT_TR_NOOP("Kind")},
        {u"name"_s, QT_TR_NOOP("Name")},
    };
    const auto found = labels.constFind(column);
    return found == labels.cend() ? column : tr(found.value());
}

QString RecordHistory::nameOf(Record record)
{
    switch (record) {
    case Record::Episode: return tr("the episodes");
    case Record::Phase: return tr("the phases");
    case Record::Medication: return tr("the prescriptions");
    case Record::StepProgress: return tr("the 12 steps");
    case Record::TreatmentPlan: return tr("the treatment plan");
    case Record::PlanArea: return tr("the treatment plan's life areas");
    case Record::DayAttendance: return tr("the days of day treatment");
    case Record::GroupMember: return tr("the group memberships");
    case Record::FollowUp: return tr("the follow-ups");
    }
    return {};
}

Result<QList<RecordHistory::Version>> RecordHistory::of(Journal &journal, Record record, qint64 rowId, qint64 patientId)
{
    return Gate::read(journal, dataOf(record), PatientRef::patient(patientId), u"read the history of a record ("_s + tableOf(record) + u')',
                      [&](Scope &scope) { return read(scope, record, {rowId}, patientId); });
}

Result<QList<RecordHistory::Version>> RecordHistory::ofPatient(Journal &journal, Record record, qint64 patientId)
{
    // The patient's records of this kind as they are now; none is ever deleted.
    static const QHash<Record, QString> rowsOf{
        {Record::Episode, u"SELECT id FROM episode WHERE patient_id = ?"_s},
        {Record::Phase, u"SELECT ph.id FROM phase ph JOIN episode e ON e.id = ph.episode_id WHERE e.patient_id = ?"_s},
        {Record::Medication, u"SELECT id FROM medication WHERE patient_id = ?"_s},
        {Record::StepProgress, u"SELECT id FROM step_progress WHERE patient_id = ?"_s},
        {Record::TreatmentPlan, u"SELECT tp.id FROM treatment_plan tp JOIN episode e ON e.id = tp.episode_id WHERE e.patient_id = ?"_s},
        {Record::PlanArea, u"SELECT a.id FROM plan_area a JOIN treatment_plan tp ON tp.id = a.plan_id "
                           "JOIN episode e ON e.id = tp.episode_id WHERE e.patient_id = ?"_s},
        {Record::DayAttendance, u"SELECT d.id FROM day_attendance d JOIN episode e ON e.id = d.episode_id WHERE e.patient_id = ?"_s},
        {Record::GroupMember, u"SELECT id FROM group_member WHERE patient_id = ?"_s},
        {Record::FollowUp, u"SELECT f.id FROM follow_up f JOIN episode e ON e.id = f.episode_id WHERE e.patient_id = ?"_s},
    };
    return Gate::read(journal, dataOf(record), PatientRef::patient(patientId),
                      u"read the history of records ("_s + tableOf(record) + u')', [&](Scope &scope) -> Result<QList<Version>> {
        if (!rowsOf.contains(record))
            return QList<Version>();
        Result<QSqlQuery> rows = scope.run(rowsOf.value(record), {patientId});
        if (!rows)
            return Error{rows.error()};
        QList<qint64> ids;
        while (rows->next())
            ids.append(rows->value(0).toLongLong());
        rows->finish();
        if (ids.isEmpty())
            return QList<Version>();
        return read(scope, record, ids, patientId);
    });
}

namespace {

// One change log row of a record, as read.
struct LoggedChange
{
    qint64 at = 0;
    QString operation;
    QJsonObject before;
    QJsonObject after;
    qint64 authorStaffId = 0;
    QString author;
    bool outsideTrinn = false;
    QString reason;
    qint64 rowId = 0;
};

LoggedChange changeFrom(const QSqlQuery &row)
{
    return {row.value(0).toLongLong(), row.value(1).toString(), objectOf(row.value(2)), objectOf(row.value(3)),
            row.value(4).toLongLong(), row.value(5).toString(), row.value(6).toInt() != 0, row.value(7).toString(),
            row.value(8).toLongLong()};
}

// A row of the record's table as the change log's JSON has it.
QJsonObject jsonOf(const QSqlRecord &row)
{
    QJsonObject object;
    for (int i = 0; i < row.count(); ++i) {
        const QVariant value = row.value(i);
        if (value.isNull())
            object.insert(row.fieldName(i), QJsonValue::Null);
        else if (value.typeId() == QMetaType::QString)
            object.insert(row.fieldName(i), value.toString());
        else if (value.typeId() == QMetaType::Double)
            object.insert(row.fieldName(i), value.toDouble());
        else
            object.insert(row.fieldName(i), value.toLongLong());
    }
    return object;
}

// From migration 34 on an INSERT logs no copy of the row: the record as it
// was inserted is its last state (the row now, or the row its DELETE logged)
// with each UPDATE's columns as they were before it, newest first.
void fillInsertedRows(QList<LoggedChange> &changes, const QHash<qint64, QJsonObject> &current)
{
    QHash<qint64, QJsonObject> state = current;
    for (qsizetype i = changes.size() - 1; i >= 0; --i) {
        LoggedChange &change = changes[i];
        QJsonObject &known = state[change.rowId];
        if (change.operation == u"DELETE"_s) {
            known = change.before;
        } else if (change.operation == u"UPDATE"_s) {
            for (auto value = change.before.begin(); value != change.before.end(); ++value)
                known.insert(value.key(), value.value());
        } else if (change.operation == u"INSERT"_s && change.after.isEmpty()) {
            change.after = known;
        }
    }
}

// One change log row as a version; none for an UPDATE that changed nothing a
// reader sees. `known` is what the rows before told of the record: from
// migration 33 on an UPDATE logs only the columns it changed, so the record's
// name (its step, day, drug …) comes from its INSERT or an earlier version.
std::optional<RecordHistory::Version> versionFrom(const LoggedChange &change, QJsonObject &known)
{
    RecordHistory::Version v;
    v.at = clinictime::fromStorage(change.at);
    v.operation = change.operation;
    const QJsonObject &before = change.before;
    const QJsonObject &after = change.after;
    v.authorStaffId = change.authorStaffId;
    v.author = change.author;
    v.outsideTrinn = change.outsideTrinn;
    v.reason = change.reason;
    v.rowId = change.rowId;
    for (auto value = before.begin(); value != before.end(); ++value) {
        if (!known.contains(value.key()))
            known.insert(value.key(), value.value());
    }
    for (auto value = after.begin(); value != after.end(); ++value)
        known.insert(value.key(), value.value());
    const QJsonObject &shape = after.isEmpty() ? before : after;
    for (const QString &field : shape.keys()) {
        if (isKey(field))
            continue;
        const QString was = shown(field, before.value(field));
        const QString now = shown(field, after.value(field));
        if ((v.operation == u"UPDATE"_s && was == now) || (v.operation == u"INSERT"_s && now.isEmpty()))
            continue;
        v.changes.append({field, RecordHistory::labelOf(field), was, now});
    }
    for (const char *key : {"step", "day", "area", "drug", "name", "kind"}) {
        if (const QString named = shown(QString::fromLatin1(key), known.value(QLatin1StringView(key))); !named.isEmpty()) {
            v.row = named;
            break;
        }
    }
    if (v.operation == u"UPDATE"_s && v.changes.isEmpty())
        return std::nullopt;
    return v;
}

} // namespace

Result<QList<RecordHistory::Version>> RecordHistory::read(const Scope &scope, Record record, const QList<qint64> &rowIds, qint64 patientId)
{
    QStringList ids;
    for (const qint64 rowId : rowIds)
        ids << QString::number(rowId);
    // On PostgreSQL staff read other people's change log rows only through
    // the server's function, which checks and audits the read.
    QVariantList bindings{tableOf(record)};
    for (const QString &id : std::as_const(ids))
        bindings << id;
    bindings << patientId;
    Result<QSqlQuery> rows = PostgresRoles::enforced(scope)
        ? scope.run(u"SELECT at, operation, old_values, new_values, actor_staff_id, author, outside_trinn, reason, row_id "
                    "FROM trinn_record_history(?, CAST(? AS text[]), ?)"_s,
                    QVariantList{tableOf(record), QString(u'{' + ids.join(u',') + u'}'), patientId})
        : scope.run(u"SELECT c.at, c.operation, c.old_values, c.new_values, c.actor_staff_id, COALESCE(s.full_name, c.actor_name), "
                    "c.outside_trinn, c.reason, c.row_id FROM change_log c LEFT JOIN staff s ON s.id = c.actor_staff_id WHERE "_s
                        + recordTables + u" AND c.table_name = ? AND c.row_id IN ("_s + QStringList(ids.size(), u"?"_s).join(u", "_s)
                        + u") AND c.patient_id = ? ORDER BY c.id"_s,
                    bindings);
    if (!rows)
        return Error{rows.error()};
    QList<LoggedChange> changes;
    // Records whose INSERT has no copy (migration 34), of this patient: the log said so.
    QVariantList uncopied;
    while (rows->next()) {
        changes.append(changeFrom(*rows));
        if (changes.last().operation == u"INSERT"_s && changes.last().after.isEmpty())
            uncopied << changes.last().rowId;
    }
    rows->finish();
    if (!uncopied.isEmpty()) {
        // The records as they are now, to walk back to each as inserted.
        Result<QSqlQuery> now = scope.run(u"SELECT * FROM "_s + tableOf(record) + u" WHERE id IN ("_s
                                              + QStringList(uncopied.size(), u"?"_s).join(u", "_s) + u')',
                                          uncopied);
        if (!now)
            return Error{now.error()};
        QHash<qint64, QJsonObject> current;
        while (now->next())
            current.insert(now->value(u"id"_s).toLongLong(), jsonOf(now->record()));
        now->finish();
        fillInsertedRows(changes, current);
    }
    QList<Version> versions;
    QHash<qint64, QJsonObject> known;
    for (const LoggedChange &change : std::as_const(changes)) {
        if (std::optional<Version> v = versionFrom(change, known[change.rowId]))
            versions.append(*v);
    }
    // By record, then oldest first (the query gave the log's order).
    std::stable_sort(versions.begin(), versions.end(), [](const Version &a, const Version &b) { return a.rowId < b.rowId; });
    return versions;
}

} // namespace trinn
