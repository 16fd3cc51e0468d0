#include "auditlog.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/changelog.h"
#include "storage/journal.h"
#include "storage/postgresroles.h"
#include "storage/sqlvalues.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {
// The days of audit_patient_day (migration 15), as `at` / this.
constexpr qint64 millisecondsPerDay = 86400000;
} // namespace

// `shown` lists the patients of a record for many (ascending, comma
// separated); it is empty for a record of one patient, whose hash is then the
// one earlier Trinns wrote.
QString AuditLog::hashOf(const QString &previous, qint64 at, const QString &actor, const QString &workstation, qint64 patientId,
                         const QString &action, const QString &what, const QString &emergency, const QString &shown)
{
    QStringList fields{previous, QString::number(at), actor, workstation, QString::number(patientId), action, what, emergency};
    if (!shown.isEmpty())
        fields.append(shown);
    const QString content = fields.join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

bool AuditLog::keepsHashesAsBytes(Journal &journal)
{
    if (!journal.m_auditHashesAsBytes) {
        bool asBytes = false;
        if (!journal.isPostgres()) {
            Result<QSqlQuery> columns =
                journal.run(u"SELECT COUNT(*) FROM pragma_table_info('audit_log') WHERE name = 'previous_hash'"_s);
            asBytes = columns && columns->next() && columns->value(0).toInt() == 0;
            if (columns)
                columns->finish();
        }
        journal.m_auditHashesAsBytes = asBytes;
    }
    return *journal.m_auditHashesAsBytes;
}

QString AuditLog::hashColumn(Journal &journal, const QString &column)
{
    return keepsHashesAsBytes(journal) ? u"lower(hex("_s + column + u"))"_s : column;
}

QVariant AuditLog::storedHash(Journal &journal, const QString &hex)
{
    return keepsHashesAsBytes(journal) ? QVariant(QByteArray::fromHex(hex.toLatin1())) : QVariant(hex);
}

// SQLite 3.40 has no unhex(): the records are converted here, a page at a
// time (the statement is prepared once). A record's hash is 32 bytes instead
// of 64 hex digits, and with previous_hash dropped by the step's SQL each
// record is about 97 bytes smaller: 62 MB of a ten-year clinic's 636,000
// records.
Status AuditLog::storeHashesAsBytes(Scope &scope)
{
    if (scope.journal().isPostgres())
        return {};
    constexpr int page = 5000;
    for (qint64 after = 0;;) {
        QList<std::pair<qint64, QByteArray>> hashes;
        Result<QSqlQuery> rows = scope.run(u"SELECT id, hash FROM audit_log WHERE id > ? AND typeof(hash) = 'text' ORDER BY id LIMIT "_s +
                                               QString::number(page),
                                           {after});
        if (!rows)
            return Error{rows.error()};
        while (rows->next())
            hashes.append({rows->value(0).toLongLong(), QByteArray::fromHex(rows->value(1).toString().toLatin1())});
        rows->finish();
        for (const auto &[id, bytes] : std::as_const(hashes)) {
            if (bytes.size() != 32)
                return Error{tr("Audit record %1's hash is not a SHA-256 hash in hex; the audit log was not converted.").arg(id)};
            if (Result<QSqlQuery> stored = scope.run(u"UPDATE audit_log SET hash = ? WHERE id = ?"_s, {bytes, id}); !stored)
                return Error{stored.error()};
        }
        if (hashes.size() < page)
            break;
        after = hashes.constLast().first;
    }
    scope.journal().m_auditHashesAsBytes.reset();
    return {};
}

using Data = AccessPolicy::Data;

Status AuditLog::append(Journal &journal, qint64 patientId, const QString &action, const QString &what)
{
    return appendMany(journal, {patientId}, action, what);
}

Status AuditLog::appendMany(Journal &journal, const QList<qint64> &patientIds, const QString &action, const QString &what)
{
    if (patientIds.isEmpty())
        return {};
    // A view of many patients is one record naming them all (audit_patient),
    // not one hashed record each: a board of hundreds is logged in a few rows.
    QList<qint64> shown;
    qint64 patientId = patientIds.constFirst();
    if (patientIds.size() > 1) {
        shown = patientIds;
        std::sort(shown.begin(), shown.end());
        shown.erase(std::unique(shown.begin(), shown.end()), shown.end());
        shown.removeAll(0);
        patientId = shown.size() == 1 ? shown.constFirst() : 0;
        if (shown.size() <= 1)
            shown.clear();
    }
    // Only an outermost append's head is certainly committed once it returns.
    const bool outermost = journal.m_transactionDepth == 0;
    WriteTransaction transaction(journal, action == u"read" ? Journal::Durability::Deferred : Journal::Durability::Full);
    if (!transaction.started())
        return transaction.started();
    if (journal.isPostgres()) {
        // Two workstations appending at once must not fork the chain.
        if (Result<QSqlQuery> locked = journal.run(u"SELECT pg_advisory_xact_lock(7470357)"_s); !locked)
            return Error{locked.error()};
    }
    const Actor &actor = journal.actor();
    const qint64 at = clinictime::toStorage(clinictime::now());
    const QString who = actor.isSystem() ? u"system"_s : actor.username;
    const QString workstation = sqlvalues::text(QSysInfo::machineHostName());
    const QString emergency = sqlvalues::text(actor.emergencyReason);
    const QString text = sqlvalues::text(what);
    QStringList shownText;
    shownText.reserve(shown.size());
    for (qint64 shownId : std::as_const(shown))
        shownText << QString::number(shownId);
    // On PostgreSQL the server chains the records (trinn_audit_append and the
    // trigger trinn_audit_chain, migration 18) with this same formula: a staff
    // login may append to the log but not read it. The seal then covers what
    // the server gives as unsealed (seal()).
    if (journal.isPostgres() && journal.schemaVersion() >= PostgresRoles::schemaVersion) {
        const QStringList patients = shown.isEmpty() ? QStringList{QString::number(patientId)} : shownText;
        Result<QSqlQuery> appended = journal.run(
            u"SELECT record_id, record_hash FROM trinn_audit_append(?, ?, ?, CAST(? AS bigint[]), ?, ?, ?)"_s,
            {at, who, workstation, QString(u'{' + patients.join(u',') + u'}'), action, text, emergency});
        if (!appended)
            return Error{appended.error()};
        if (!appended->next())
            return Error{tr("The audit record just written cannot be read back: nothing was saved.")};
        const QString serverHash = appended->value(1).toString();
        appended->finish();
        if (Status sealed = seal(journal, 0, 0, 0, serverHash); !sealed)
            return sealed;
        if (Status committed = transaction.commit(); !committed)
            return committed;
        if (outermost)
            rememberHeadSoon(journal);
        return {};
    }
    const bool asBytes = keepsHashesAsBytes(journal);
    Result<QSqlQuery> last =
        journal.run(u"SELECT id, "_s + hashColumn(journal) + u" FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"_s);
    if (!last)
        return Error{last.error()};
    const bool any = last->next();
    const qint64 headBefore = any ? last->value(0).toLongLong() : 0;
    const qint64 id = headBefore + 1;
    const QString previous = any ? last->value(1).toString() : QString(64, u'0');
    last->finish();
    const QString hash = hashOf(previous, at, who, workstation, patientId, action, text, emergency, shownText.join(u','));
    // The id is given, not taken from the sequence, so the patients' rows can
    // name it; the chain lock above keeps it free.
    const QVariant patient = patientId ? QVariant(patientId) : QVariant(QMetaType::fromType<qint64>());
    if (Result<QSqlQuery> inserted =
            asBytes ? journal.run(u"INSERT INTO audit_log (id, at, actor, workstation, patient_id, action, what, emergency_reason, hash) "
                                  "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                  {id, at, who, workstation, patient, action, text, emergency, storedHash(journal, hash)})
                    : journal.run(u"INSERT INTO audit_log (id, at, actor, workstation, patient_id, action, what, emergency_reason, "
                                  "previous_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                  {id, at, who, workstation, patient, action, text, emergency, previous, hash});
        !inserted)
        return Error{inserted.error()};
    // The patients' rows from one bound list (json_each) instead of a
    // statement of 50 rows × 2 bound values: Qt's driver spends more on
    // binding each value than SQLite spends inserting the row, and a board
    // names hundreds of patients each time it is shown.
    if (!shown.isEmpty()) {
        if (Result<QSqlQuery> inserted = journal.run(
                u"INSERT INTO audit_patient (audit_id, patient_id) SELECT ?, value FROM json_each(?)"_s,
                {id, QString(u'[' + shownText.join(u',') + u']')});
            !inserted)
            return Error{inserted.error()};
    }
    // The patient's day, once: later views that day change no page of it,
    // and a patient this connection already committed today is not even
    // looked up again (the board is shown many times a day).
    const qint64 day = at / millisecondsPerDay;
    if (journal.m_auditDay != day) {
        journal.m_auditDay = day;
        journal.m_auditDayWritten.clear();
    }
    QList<qint64> newDays;
    QStringList newDayText;
    for (qsizetype i = 0; i < shown.size(); ++i) {
        if (!journal.m_auditDayWritten.contains(shown.at(i))) {
            newDays.append(shown.at(i));
            newDayText.append(shownText.at(i));
        }
    }
    // WHERE true: without it SQLite would read ON CONFLICT as part of the join.
    if (!newDays.isEmpty()) {
        if (Result<QSqlQuery> inserted = journal.run(u"INSERT INTO audit_patient_day (patient_id, day) SELECT value, ? "
                                                     "FROM json_each(?) WHERE true ON CONFLICT DO NOTHING"_s,
                                                     {day, QString(u'[' + newDayText.join(u',') + u']')});
            !inserted)
            return Error{inserted.error()};
    }
    // The record this append wrote, sealed in the same transaction: a record
    // no seal covers was not written by Trinn. Under the chain lock it is the
    // only one after the head read above, so nothing needs reading back.
    if (Status sealed = seal(journal, id, id, 1, hash); !sealed)
        return sealed;
    if (Status committed = transaction.commit(); !committed)
        return committed;
    // Only a commit of this append's own transaction makes the rows certain:
    // inside an outer one they would go with its rollback.
    if (outermost) {
        for (qint64 written : std::as_const(newDays))
            journal.m_auditDayWritten.insert(written);
    }
    if (outermost)
        rememberHeadSoon(journal);
    return {};
}

AuditLog::ReadScope::ReadScope(Journal &journal, const QString &what) : m_journal(journal)
{
    Journal::ReadScope &scope = m_journal.readScope();
    if (scope.depth++ == 0)
        scope.what = what;
}

AuditLog::ReadScope::~ReadScope()
{
    Journal::ReadScope &scope = m_journal.readScope();
    if (--scope.depth == 0) {
        scope.what.clear();
        scope.logged.clear();
    }
}

Result<QString> AuditLog::verify(Journal &journal)
{
    Result<Findings> findings = examine(journal);
    if (!findings)
        return Error{findings.error()};
    return findings->problems.value(0);
}

Result<AuditLog::Head> AuditLog::head(Journal &journal)
{
    Result<QSqlQuery> last =
        journal.run(u"SELECT id, "_s + hashColumn(journal) + u", at FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"_s);
    if (!last)
        return Error{last.error()};
    Head head;
    if (last->next())
        head = {last->value(0).toLongLong(), last->value(1).toString(), clinictime::fromStorage(last->value(2).toLongLong())};
    last->finish();
    return head;
}

Result<QString> AuditLog::hashAt(Journal &journal, qint64 id)
{
    Result<QSqlQuery> row = journal.run(u"SELECT "_s + hashColumn(journal) + u" FROM audit_log WHERE id = ?"_s, {id});
    if (!row)
        return Error{row.error()};
    const QString hash = row->next() ? row->value(0).toString() : QString();
    row->finish();
    return hash;
}

Result<AuditLog::Changes> AuditLog::changesAfter(Journal &journal, qint64 id)
{
    static const QString changing = u"action NOT IN ('read', 'sign-in', 'refused', 'backup')"_s;
    Result<QSqlQuery> count = journal.run(u"SELECT COUNT(*), MAX(id) FROM audit_log WHERE id > ? AND "_s + changing, {id});
    if (!count)
        return Error{count.error()};
    Changes changes;
    qint64 last = 0;
    if (count->next()) {
        changes.count = count->value(0).toLongLong();
        last = count->value(1).toLongLong();
    }
    count->finish();
    if (changes.count == 0)
        return changes;
    Result<QSqlQuery> row = journal.run(u"SELECT at, actor, action, what FROM audit_log WHERE id = ?"_s, {last});
    if (!row)
        return Error{row.error()};
    if (row->next()) {
        changes.lastAt = clinictime::fromStorage(row->value(0).toLongLong());
        changes.lastActor = row->value(1).toString();
        // A write's words say what it did; the others' are bookkeeping.
        changes.lastWhat = row->value(2).toString() == u"write" ? row->value(3).toString() : QString();
    }
    row->finish();
    return changes;
}

Result<QList<AuditLog::Record>> AuditLog::forPatient(Journal &journal, qint64 patientId)
{
    return Gate::read(journal, Data::Audit, PatientRef::patient(patientId), u"the audit log of the patient"_s,
                       [&](Scope &scope) -> Result<QList<Record>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, at, actor, workstation, action, what, emergency_reason FROM audit_log WHERE patient_id = ? "
            "UNION ALL SELECT a.id, a.at, a.actor, a.workstation, a.action, a.what, a.emergency_reason "
            "FROM audit_patient_day d JOIN audit_log a ON a.at >= d.day * 86400000 AND a.at < (d.day + 1) * 86400000 "
            "JOIN audit_patient s ON s.audit_id = a.id AND s.patient_id = d.patient_id WHERE d.patient_id = ? "
            "ORDER BY 2, 1"_s,
            {patientId, patientId});
        if (!rows)
            return Error{rows.error()};
        QList<Record> list;
        while (rows->next())
            list.append({rows->value(0).toLongLong(), clinictime::fromStorage(rows->value(1).toLongLong()), rows->value(2).toString(),
                         rows->value(3).toString(), patientId, rows->value(4).toString(), rows->value(5).toString(),
                         rows->value(6).toString()});
        return list;
    });
}

} // namespace trinn
