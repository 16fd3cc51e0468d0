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

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

QString hashOf(const QString &previous, qint64 at, const QString &actor, const QString &workstation, qint64 patientId,
               const QString &action, const QString &what, const QString &emergency)
{
    const QString content = QStringList{previous, QString::number(at), actor, workstation, QString::number(patientId), action,
                                        what, emergency}
                                .join(QChar(0x1f));
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
    WriteTransaction transaction(journal, action == u"read" ? Journal::Durability::Deferred : Journal::Durability::Full);
    if (!transaction.started())
        return transaction.started();
    if (journal.isPostgres()) {
        // Two workstations appending at once must not fork the chain.
        if (Result<QSqlQuery> locked = journal.run(u"SELECT pg_advisory_xact_lock(7470357)"_s); !locked)
            return Error{locked.error()};
    }
    // On PostgreSQL the server chains the records (trigger trinn_audit_chain,
    // migration 18): a staff login may append to the log but not read it.
    const bool serverChains = journal.isPostgres() && journal.schemaVersion() >= PostgresRoles::schemaVersion;
    QString previous;
    if (!serverChains) {
        Result<QSqlQuery> last = journal.run(u"SELECT hash FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"_s);
        if (!last)
            return Error{last.error()};
        previous = last->next() ? last->value(0).toString() : QString(64, u'0');
        last->finish();
    }
    const Actor &actor = journal.actor();
    const qint64 at = clinictime::toStorage(clinictime::now());
    const QString who = actor.isSystem() ? u"system"_s : actor.username;
    const QString workstation = sqlvalues::text(QSysInfo::machineHostName());
    const QString emergency = sqlvalues::text(actor.emergencyReason);
    const QString text = sqlvalues::text(what);
    // Many rows to a statement: a board of hundreds of patients is logged in a few.
    constexpr qsizetype rowsPerStatement = 64;
    QHash<qsizetype, QSqlQuery> inserts;
    for (qsizetype first = 0; first < patientIds.size(); first += rowsPerStatement) {
        const qsizetype count = std::min(rowsPerStatement, patientIds.size() - first);
        if (!inserts.contains(count)) {
            Result<QSqlQuery> insert = journal.prepare(
                u"INSERT INTO audit_log (at, actor, workstation, patient_id, action, what, emergency_reason, previous_hash, hash) "
                "VALUES "_s + sqlvalues::rowPlaceholders(9, count));
            if (!insert)
                return Error{insert.error()};
            inserts.insert(count, *insert);
        }
        QVariantList bindings;
        bindings.reserve(count * 9);
        for (qsizetype i = first; i < first + count; ++i) {
            const qint64 patientId = patientIds.at(i);
            const QString hash = serverChains ? QString(u""_s) : hashOf(previous, at, who, workstation, patientId, action, text, emergency);
            bindings << at << who << workstation << (patientId ? QVariant(patientId) : QVariant(QMetaType::fromType<qint64>()))
                     << action << text << emergency << (serverChains ? u""_s : previous) << hash;
            previous = hash;
        }
        if (Status written = journal.execPrepared(inserts[count], bindings); !written)
            return written;
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
    Result<QSqlQuery> rows = journal.run(
        u"SELECT id, at, actor, workstation, patient_id, action, what, emergency_reason, previous_hash, hash FROM audit_log ORDER BY id"_s);
    if (!rows)
        return Error{rows.error()};
    QString previous(64, u'0');
    while (rows->next()) {
        const qint64 id = rows->value(0).toLongLong();
        const qint64 patientId = rows->value(4).isNull() ? 0 : rows->value(4).toLongLong();
        if (rows->value(8).toString() != previous)
            return tr("Audit record %1 does not follow the one before it: a record was removed or changed.").arg(id);
        const QString expected = hashOf(previous, rows->value(1).toLongLong(), rows->value(2).toString(), rows->value(3).toString(),
                                        patientId, rows->value(5).toString(), rows->value(6).toString(), rows->value(7).toString());
        if (rows->value(9).toString() != expected)
            return tr("Audit record %1 was changed after it was written.").arg(id);
        previous = rows->value(9).toString();
    }
    rows->finish();
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
            u"SELECT id, at, actor, workstation, patient_id, action, what, emergency_reason FROM audit_log WHERE patient_id = ? "
            "ORDER BY at, id"_s,
            {patientId});
        if (!rows)
            return Error{rows.error()};
        QList<Record> list;
        while (rows->next())
            list.append({rows->value(0).toLongLong(), clinictime::fromStorage(rows->value(1).toLongLong()), rows->value(2).toString(),
                         rows->value(3).toString(), patientId, rows->value(5).toString(), rows->value(6).toString(),
                         rows->value(7).toString()});
        return list;
    });
}

} // namespace trinn
