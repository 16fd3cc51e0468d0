#include "integritycheck.h"

#include "patients/nationalid.h"
#include "patients/patientrules.h"
#include "storage/auditlog.h"
#include "storage/changelog.h"
#include "storage/checkconstraints.h"
#include "storage/journal.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {
constexpr int maxReportedPerCheck = 20;
}

Result<QStringList> IntegrityCheck::rowsBreakingRules() const
{
    return CheckConstraints::violations(
        m_journal.isPostgres(),
        [this](const QString &sql, const QVariantList &bindings) {
            return bindings.isEmpty() ? m_journal.runFixed(sql) : m_journal.run(sql, bindings);
        },
        maxReportedPerCheck);
}

Result<qint64> IntegrityCheck::patientCount() const
{
    Result<QSqlQuery> row = m_journal.run(u"SELECT COUNT(*) FROM patient"_s);
    if (!row)
        return Error{row.error()};
    return row->next() ? row->value(0).toLongLong() : 0;
}

Result<QStringList> IntegrityCheck::run() const
{
    QStringList problems;
    if (!m_journal.isPostgres()) {
        Result<QSqlQuery> check = m_journal.runFixed(u"PRAGMA integrity_check(20)"_s);
        if (!check)
            return Error{check.error()};
        QStringList ruleLines;
        while (check->next()) {
            const QString line = check->value(0).toString();
            if (line == u"ok")
                continue;
            // A broken rule is named below by its table, row and rule, in
            // Trinn's words; SQLite's own line is kept only if none is.
            if (line.startsWith(u"CHECK constraint failed"_s)) {
                ruleLines << tr("A row breaks a rule of the journal (SQLite reports: %1).").arg(line);
                continue;
            }
            problems.append(tr("The journal file is damaged inside (SQLite reports: %1). Restore it from a backup.").arg(line));
        }
        Result<QSqlQuery> keys = m_journal.runFixed(u"PRAGMA foreign_key_check"_s);
        if (!keys)
            return Error{keys.error()};
        int reported = 0;
        while (keys->next() && reported++ < maxReportedPerCheck)
            problems.append(tr("Table %1 row %2 points at a missing row in %3.")
                                .arg(keys->value(0).toString(), keys->value(1).toString(), keys->value(2).toString()));
        if (Result<QStringList> broken = rowsBreakingRules(); !broken)
            return Error{broken.error()};
        else
            problems << (broken->isEmpty() ? ruleLines : *broken);
        if (!problems.isEmpty())
            return problems;
    } else {
        Result<QStringList> broken = rowsBreakingRules();
        if (!broken)
            return Error{broken.error()};
        problems << *broken;
    }

    if (m_journal.schemaVersion() >= 1) {
        Result<QString> unfinished = m_journal.unfinishedBy();
        if (!unfinished)
            return Error{unfinished.error()};
        if (!unfinished->isEmpty())
            problems.append(tr("The journal was never finished: %1 stopped before it was complete. Make it again.")
                                .arg(*unfinished));
    }
    if (m_journal.schemaVersion() != m_journal.latestSchemaVersion())
        problems.append(tr("The journal has schema %1, but this Trinn expects %2.")
                            .arg(m_journal.schemaVersion())
                            .arg(m_journal.latestSchemaVersion()));

    // A patient table without its triggers lets changes pass unrecorded.
    Result<bool> hasChangeLog = ChangeLog::present(m_journal);
    if (!hasChangeLog)
        return Error{hasChangeLog.error()};
    if (*hasChangeLog) {
        Result<QStringList> missing = ChangeLog::triggerProblems(m_journal);
        if (!missing)
            return Error{missing.error()};
        problems << missing->mid(0, maxReportedPerCheck);
    }

    Result<QSqlQuery> ids = m_journal.run(u"SELECT id, national_id FROM patient ORDER BY id"_s);
    if (!ids)
        return Error{ids.error()};
    int badIds = 0;
    while (ids->next()) {
        const QString digits = ids->value(1).toString();
        const Result<NationalId> id = NationalId::parse(digits);
        QString reason;
        if (!id)
            reason = id.error();
        else if (Decision accepted = PatientRules::acceptsId(*id, m_journal.kind()); !accepted)
            reason = accepted.reason;
        if (!reason.isEmpty() && badIds++ < maxReportedPerCheck)
            problems.append(tr("Patient %1 has national id %2: %3").arg(ids->value(0).toString(), digits, reason));
    }

    Result<QSqlQuery> unsearchable = m_journal.run(
        u"SELECT p.id, p.family_name FROM patient p WHERE NOT EXISTS "
        "(SELECT 1 FROM patient_term t WHERE t.patient_id = p.id) LIMIT 20"_s);
    if (!unsearchable)
        return Error{unsearchable.error()};
    while (unsearchable->next())
        problems.append(tr("Patient %1 (%2) cannot be found by name search: the search index has no words for them.")
                            .arg(unsearchable->value(0).toString(), unsearchable->value(1).toString()));
    return problems;
}

Result<IntegrityCheck::Findings> IntegrityCheck::examine(const QString &verificationKey) const
{
    Result<QStringList> database = run();
    if (!database)
        return Error{database.error()};
    Findings findings{*database, {}};
    Result<AuditLog::Findings> audit = AuditLog::examine(m_journal, verificationKey);
    if (!audit)
        return Error{audit.error()};
    findings.problems << audit->problems;
    findings.notes << audit->notes;
    // The last head this workstation saw must still be there: the one check
    // that finds an older copy put back, which is consistent in itself.
    Result<QString> witnessed = AuditLog::compareWithWitness(m_journal);
    if (!witnessed)
        return Error{witnessed.error()};
    if (!witnessed->isEmpty())
        findings.problems << *witnessed;
    if (findings.problems.isEmpty()) {
        if (Status remembered = AuditLog::rememberHead(m_journal); !remembered)
            return Error{remembered.error()};
    }
    return findings;
}

} // namespace trinn
