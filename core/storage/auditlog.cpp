#include "auditlog.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/changelog.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSysInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

// `shown` lists the patients of a record for many (ascending, comma
// separated); it is empty for a record of one patient, whose hash is then the
// one earlier Trinns wrote.
QString hashOf(const QString &previous, qint64 at, const QString &actor, const QString &workstation, qint64 patientId,
               const QString &action, const QString &what, const QString &emergency, const QString &shown = {})
{
    QStringList fields{previous, QString::number(at), actor, workstation, QString::number(patientId), action, what, emergency};
    if (!shown.isEmpty())
        fields.append(shown);
    const QString content = fields.join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

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
    WriteTransaction transaction(journal, action == u"read" ? Journal::Durability::Deferred : Journal::Durability::Full);
    if (!transaction.started())
        return transaction.started();
    if (journal.isPostgres()) {
        // Two workstations appending at once must not fork the chain.
        if (Result<QSqlQuery> locked = journal.run(u"SELECT pg_advisory_xact_lock(7470357)"_s); !locked)
            return Error{locked.error()};
    }
    Result<QSqlQuery> last = journal.run(u"SELECT id, hash FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"_s);
    if (!last)
        return Error{last.error()};
    const bool any = last->next();
    const qint64 id = any ? last->value(0).toLongLong() + 1 : 1;
    const QString previous = any ? last->value(1).toString() : QString(64, u'0');
    last->finish();
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
    const QString hash = hashOf(previous, at, who, workstation, patientId, action, text, emergency, shownText.join(u','));
    // The id is given, not taken from the sequence, so the patients' rows can
    // name it; the chain lock above keeps it free.
    if (Result<QSqlQuery> inserted = journal.run(
            u"INSERT INTO audit_log (id, at, actor, workstation, patient_id, action, what, emergency_reason, previous_hash, hash) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, at, who, workstation, patientId ? QVariant(patientId) : QVariant(QMetaType::fromType<qint64>()), action, text,
             emergency, previous, hash});
        !inserted)
        return Error{inserted.error()};
    constexpr qsizetype rowsPerStatement = 50;
    for (qsizetype first = 0; first < shown.size(); first += rowsPerStatement) {
        const qsizetype count = std::min(rowsPerStatement, shown.size() - first);
        QVariantList bindings;
        bindings.reserve(count * 2);
        for (qsizetype i = first; i < first + count; ++i)
            bindings << id << shown.at(i);
        if (Result<QSqlQuery> inserted = journal.run(
                u"INSERT INTO audit_patient (audit_id, patient_id) VALUES "_s + sqlvalues::rowPlaceholders(2, count), bindings);
            !inserted)
            return Error{inserted.error()};
    }
    return transaction.commit();
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
    // One pass, the patients of a record for many beside it (one row each).
    Result<QSqlQuery> rows = journal.run(
        u"SELECT a.id, a.at, a.actor, a.workstation, a.patient_id, a.action, a.what, a.emergency_reason, a.previous_hash, a.hash, "
        "s.patient_id FROM audit_log a LEFT JOIN audit_patient s ON s.audit_id = a.id ORDER BY a.id, s.patient_id"_s);
    if (!rows)
        return Error{rows.error()};
    QString previous(64, u'0');
    bool more = rows->next();
    while (more) {
        const qint64 id = rows->value(0).toLongLong();
        const qint64 patientId = rows->value(4).isNull() ? 0 : rows->value(4).toLongLong();
        const QVariantList record{rows->value(1), rows->value(2), rows->value(3), rows->value(5), rows->value(6), rows->value(7),
                                  rows->value(8), rows->value(9)};
        QStringList shown;
        do {
            if (!rows->value(10).isNull())
                shown << QString::number(rows->value(10).toLongLong());
            more = rows->next();
        } while (more && rows->value(0).toLongLong() == id);
        if (record.at(6).toString() != previous)
            return tr("Audit record %1 does not follow the one before it: a record was removed or changed.").arg(id);
        const QString expected = hashOf(previous, record.at(0).toLongLong(), record.at(1).toString(), record.at(2).toString(),
                                        patientId, record.at(3).toString(), record.at(4).toString(), record.at(5).toString(),
                                        shown.join(u','));
        if (record.at(7).toString() != expected)
            return tr("Audit record %1 was changed after it was written.").arg(id);
        previous = record.at(7).toString();
    }
    rows->finish();
    // Patients named by no record: their record was removed.
    Result<QSqlQuery> orphans = journal.run(
        u"SELECT MIN(s.audit_id) FROM audit_patient s LEFT JOIN audit_log a ON a.id = s.audit_id WHERE a.id IS NULL"_s);
    if (!orphans)
        return Error{orphans.error()};
    if (orphans->next() && !orphans->value(0).isNull())
        return tr("Audit record %1 was removed: patients it showed are still listed.").arg(orphans->value(0).toLongLong());
    orphans->finish();
    // The chain is intact, so its seals can be trusted: the change log must
    // match them, row for row.
    Result<bool> hasChangeLog = ChangeLog::present(journal);
    if (!hasChangeLog)
        return Error{hasChangeLog.error()};
    if (!*hasChangeLog)
        return QString();
    Result<QStringList> changes = ChangeLog::verify(journal, 1);
    if (!changes)
        return Error{changes.error()};
    return changes->value(0);
}

Result<QList<AuditLog::Record>> AuditLog::forPatient(Journal &journal, qint64 patientId)
{
    return Gate::read(journal, Data::Audit, PatientRef::patient(patientId), u"the audit log of the patient"_s,
                       [&](Scope &scope) -> Result<QList<Record>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, at, actor, workstation, action, what, emergency_reason FROM audit_log WHERE patient_id = ? "
            "UNION ALL SELECT a.id, a.at, a.actor, a.workstation, a.action, a.what, a.emergency_reason "
            "FROM audit_patient s JOIN audit_log a ON a.id = s.audit_id WHERE s.patient_id = ? "
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
