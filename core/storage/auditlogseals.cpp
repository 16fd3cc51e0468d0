// The audit log's forward-secure seals, and the check of the whole log.
//
// Every append seals the records it wrote in the same transaction: one row of
// audit_seal per epoch, with a MAC (crypto_auth) under that epoch's key over
// the record ids, their count and the hash of the last one, which chains every
// record before it. The key then moves on one way (auditseal::Key::next) and
// only the next epoch's key stays in the journal. Someone who takes the file
// therefore cannot make a seal for any epoch that was sealed before, and every
// change to a sealed record, every removal and every re-chaining shows: the
// record no longer matches the seal, or the seal is gone and its epoch missing.
// What they can do is write records after the last seal and seal them with the
// key they found, as a workstation would (see the README).
#include "storage/auditlog.h"

#include "common/clinictime.h"
#include "storage/auditseal.h"
#include "storage/auditwitness.h"
#include "storage/changelog.h"
#include "storage/journal.h"
#include "storage/postgresroles.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMutex>
#include <QSqlQuery>

#include <algorithm>
#include <functional>
#include <optional>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

// The schema that brought the seal tables (0016_audit_seals.sql), and the one
// before it, which brought the patients of a record for many (audit_patient).
constexpr int sealsSchema = 16;
constexpr int shownSchema = 15;
constexpr int pageSize = 5000;
constexpr int maxProblems = 20;
// Heads noted by appends, at most once a second per journal (a file write).
constexpr qint64 witnessIntervalMs = 1000;

using RunSql = std::function<Result<QSqlQuery>(const QString &, const QVariantList &)>;

struct SealRow
{
    qint64 epoch = 0;
    qint64 first = 0;
    qint64 last = 0;
    qint64 count = 0;
    QString head;
    qint64 sealedAt = 0;
    QString nextCheck;
    QString mac;
};

// What a seal's MAC covers: every field but the MAC, in a fixed layout.
QByteArray sealMessage(const SealRow &seal)
{
    return QStringList{u"trinn-audit-seal 1"_s, QString::number(seal.epoch), QString::number(seal.first), QString::number(seal.last),
                       QString::number(seal.count), seal.head, QString::number(seal.sealedAt), seal.nextCheck}
        .join(QChar(0x1f))
        .toUtf8();
}

struct KeyRow
{
    qint64 epoch = 0;
    std::optional<auditseal::Key> key;
    qint64 sealedUpTo = 0;
};

Result<std::optional<KeyRow>> readKeyRow(const RunSql &run)
{
    Result<QSqlQuery> row = run(u"SELECT epoch, sealing_key, sealed_up_to FROM audit_seal_key WHERE slot = 1"_s, {});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return std::optional<KeyRow>();
    KeyRow key{row->value(0).toLongLong(), auditseal::Key::fromBytes(QByteArray::fromHex(row->value(1).toString().toLatin1())),
               row->value(2).toLongLong()};
    return std::optional<KeyRow>(key);
}

// On PostgreSQL with the roles (migration 18) staff cannot read the audit log
// nor write seals: the server gives the records to seal and writes the seal
// (trinn_audit_unsealed, trinn_audit_seal), for every session alike.
bool serverSeals(const Journal &journal)
{
    return journal.isPostgres() && journal.schemaVersion() >= PostgresRoles::schemaVersion;
}

Status writeSeal(const RunSql &run, const auditseal::Key &key, SealRow seal, bool firstKey, bool onServer)
{
    const auditseal::Key next = key.next();
    seal.nextCheck = next.check();
    seal.mac = key.mac(sealMessage(seal));
    if (onServer) {
        if (Result<QSqlQuery> sealed = run(u"SELECT trinn_audit_seal(?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                           {seal.epoch, seal.first, seal.last, seal.count, seal.head, seal.sealedAt, seal.nextCheck,
                                            seal.mac, next.toHex()});
            !sealed)
            return Error{sealed.error()};
        return {};
    }
    if (Result<QSqlQuery> inserted = run(u"INSERT INTO audit_seal (epoch, first_audit_id, last_audit_id, record_count, head_hash, "
                                         "sealed_at, next_key_check, mac) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
                                         {seal.epoch, seal.first, seal.last, seal.count, seal.head, seal.sealedAt, seal.nextCheck, seal.mac});
        !inserted)
        return Error{inserted.error()};
    // The epoch's own key is overwritten by the next: from here on the journal
    // cannot seal this epoch again.
    const QString sql = firstKey ? u"INSERT INTO audit_seal_key (epoch, sealing_key, sealed_up_to, slot) VALUES (?, ?, ?, 1)"_s
                                 : u"UPDATE audit_seal_key SET epoch = ?, sealing_key = ?, sealed_up_to = ? WHERE slot = 1"_s;
    if (Result<QSqlQuery> moved = run(sql, {seal.epoch + 1, next.toHex(), seal.last}); !moved)
        return Error{moved.error()};
    return {};
}

QString identityOf(const Journal &journal)
{
    return QString::number(clinictime::toStorage(journal.createdAt()));
}

// One pass over the audit records in id order and the seals in epoch order,
// side by side, a page of each at a time.
class SealWalk
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    SealWalk(RunSql run, bool sealed, bool hasSeals, bool hasShown, bool hashesAsBytes, std::optional<auditseal::Key> verificationKey)
        : m_run(std::move(run)), m_sealed(sealed), m_hasSeals(hasSeals), m_hasShown(hasShown), m_hashesAsBytes(hashesAsBytes),
          m_key(std::move(verificationKey))
    {
    }

    QStringList problems;
    qint64 records = 0;
    qint64 sealCount = 0;
    std::optional<SealRow> lastSeal;

    Status walk()
    {
        qint64 after = 0;
        for (bool more = true; more;) {
            struct Row
            {
                qint64 id;
                qint64 at;
                QString actor, workstation;
                qint64 patientId;
                QString action, what, emergency, previous, hash;
            };
            QList<Row> page;
            {
                // Without previous_hash (migration 38) a record's place in
                // the chain is its id: the one before it is id - 1.
                Result<QSqlQuery> rows = m_run(
                    u"SELECT id, at, actor, workstation, patient_id, action, what, emergency_reason, "_s
                        + (m_hashesAsBytes ? u"NULL, lower(hex(hash))"_s : u"previous_hash, hash"_s)
                        + u" FROM audit_log WHERE id > ? ORDER BY id LIMIT "_s + QString::number(pageSize),
                    {after});
                if (!rows)
                    return Error{rows.error()};
                while (rows->next())
                    page.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(),
                                 rows->value(3).toString(), rows->value(4).isNull() ? 0 : rows->value(4).toLongLong(),
                                 rows->value(5).toString(), rows->value(6).toString(), rows->value(7).toString(),
                                 rows->value(8).toString(), rows->value(9).toString()});
            }
            more = page.size() == pageSize;
            // The patients of the page's records for many, hashed into them.
            QHash<qint64, QStringList> shown;
            if (!page.isEmpty() && m_hasShown) {
                Result<QSqlQuery> rows = m_run(u"SELECT audit_id, patient_id FROM audit_patient WHERE audit_id >= ? AND audit_id <= ? "
                                               "ORDER BY audit_id, patient_id"_s,
                                               {page.constFirst().id, page.constLast().id});
                if (!rows)
                    return Error{rows.error()};
                while (rows->next())
                    shown[rows->value(0).toLongLong()] << QString::number(rows->value(1).toLongLong());
            }
            for (const Row &row : std::as_const(page)) {
                after = row.id;
                ++records;
                Result<bool> covered = coverFor(row.id);
                if (!covered)
                    return Error{covered.error()};
                if (*covered)
                    count(row.id);
                // The chain: each record's hash is that of the hash before it
                // and its own fields; a record names the hash before it too,
                // or else follows the record before it by id.
                bool chainBroken = false;
                const bool follows = m_hashesAsBytes ? row.id == m_previousId + 1 : row.previous == m_previous;
                const bool hashed = row.hash == AuditLog::hashOf(m_previous, row.at, row.actor, row.workstation, row.patientId,
                                                                 row.action, row.what, row.emergency, shown.value(row.id).join(u','));
                if (!follows && (!hashed || !m_hashesAsBytes)) {
                    report(tr("Audit record %1 does not follow the one before it: a record was removed or changed.").arg(row.id));
                    chainBroken = true;
                } else if (!hashed) {
                    report(tr("Audit record %1 was changed after it was written.").arg(row.id));
                    chainBroken = true;
                }
                m_previous = row.hash;
                m_previousId = row.id;
                if (*covered)
                    seeCovered(row.id, row.hash, chainBroken);
                else
                    seeUncovered(row.id);
            }
        }
        return finish();
    }

    void report(const QString &problem)
    {
        if (problems.size() < maxProblems)
            problems << problem;
    }

    // After the walk: the journal's sealing key against the last seal.
    void checkKey(const std::optional<KeyRow> &keyRow)
    {
        if (!lastSeal) {
            if (keyRow && keyRow->epoch != 0)
                report(tr("The sealing key is at epoch %1, but the journal has no seals: every seal was removed.").arg(keyRow->epoch));
            return;
        }
        const SealRow &last = *lastSeal;
        if (!keyRow) {
            report(tr("The sealing key was removed from the journal (the last seal is of epoch %1).").arg(last.epoch));
            return;
        }
        if (keyRow->epoch > last.epoch + 1) {
            report(tr("The seals of epochs %1-%2 are missing: the sealing key is at epoch %3, so the audit records sealed after "
                      "record %4 were removed with their seals.")
                       .arg(last.epoch + 1)
                       .arg(keyRow->epoch - 1)
                       .arg(keyRow->epoch)
                       .arg(last.last));
            return;
        }
        if (keyRow->epoch <= last.epoch || !keyRow->key || keyRow->key->check() != last.nextCheck) {
            report(tr("The sealing key (epoch %1) does not follow the seal of epoch %2: it was replaced.")
                       .arg(keyRow->epoch)
                       .arg(last.epoch));
            return;
        }
        if (m_key) {
            advanceKeyTo(keyRow->epoch);
            if (!(*m_key == *keyRow->key)) {
                report(tr("The sealing key (epoch %1) is not the one the verification key gives for that epoch: it was replaced.")
                           .arg(keyRow->epoch));
                return;
            }
        }
        if (keyRow->sealedUpTo != last.last)
            report(tr("The sealing key says audit records up to %1 were sealed, but the last seal (epoch %2) ends at record %3.")
                       .arg(keyRow->sealedUpTo)
                       .arg(last.epoch)
                       .arg(last.last));
    }

private:
    struct Open
    {
        SealRow seal;
        qint64 seen = 0;
        qint64 expectedNext = 0;
        qint64 firstMissing = 0;
        bool headSeen = false;
        bool chainBroken = false;
    };

    Result<std::optional<SealRow>> nextSeal()
    {
        if (!m_hasSeals)
            return std::optional<SealRow>();
        if (m_nextInPage >= m_sealPage.size()) {
            if (m_sealsDone)
                return std::optional<SealRow>();
            m_sealPage.clear();
            m_nextInPage = 0;
            Result<QSqlQuery> rows = m_run(u"SELECT epoch, first_audit_id, last_audit_id, record_count, head_hash, sealed_at, "
                                           "next_key_check, mac FROM audit_seal WHERE epoch > ? ORDER BY epoch LIMIT "_s
                                               + QString::number(pageSize),
                                           {m_lastEpochRead});
            if (!rows)
                return Error{rows.error()};
            while (rows->next())
                m_sealPage.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toLongLong(),
                                   rows->value(3).toLongLong(), rows->value(4).toString(), rows->value(5).toLongLong(),
                                   rows->value(6).toString(), rows->value(7).toString()});
            m_sealsDone = m_sealPage.size() < pageSize;
            if (m_sealPage.isEmpty())
                return std::optional<SealRow>();
            m_lastEpochRead = m_sealPage.constLast().epoch;
        }
        return std::optional<SealRow>(m_sealPage.at(m_nextInPage++));
    }

    void advanceKeyTo(qint64 epoch)
    {
        while (m_keyEpoch < epoch) {
            m_key = m_key->next();
            ++m_keyEpoch;
        }
    }

    // Each seal in turn: its epoch follows the one before, it covers records
    // after the earlier ones', and with the verification key its MAC holds.
    void checkSeal(const SealRow &seal)
    {
        ++sealCount;
        if (seal.epoch > m_expectedEpoch) {
            const QString between = m_coveredUpTo > 0 ? tr("after audit record %1").arg(m_coveredUpTo) : tr("from the first audit record");
            if (seal.epoch == m_expectedEpoch + 1)
                report(tr("The seal of epoch %1 is missing: it sealed the audit records %2 up to record %3.")
                           .arg(m_expectedEpoch)
                           .arg(between)
                           .arg(seal.first - 1));
            else
                report(tr("The seals of epochs %1-%2 are missing: they sealed the audit records %3 up to record %4.")
                           .arg(m_expectedEpoch)
                           .arg(seal.epoch - 1)
                           .arg(between)
                           .arg(seal.first - 1));
        }
        if (seal.count > 0 && seal.first <= m_coveredUpTo)
            report(tr("The seal of epoch %1 covers audit records %2-%3, which an earlier seal covers.")
                       .arg(seal.epoch)
                       .arg(seal.first)
                       .arg(seal.last));
        if (m_key) {
            advanceKeyTo(seal.epoch);
            const auditseal::Key next = m_key->next();
            const bool fits = m_key->mac(sealMessage(seal)) == seal.mac && next.check() == seal.nextCheck;
            m_key = next;
            ++m_keyEpoch;
            if (!fits) {
                if (m_badMacs++ == 0)
                    report(tr("The seal of epoch %1 (audit records %2-%3) was not made with this journal's sealing key: "
                              "it was changed or forged.")
                               .arg(seal.epoch)
                               .arg(seal.first)
                               .arg(seal.last));
            }
        }
        m_expectedEpoch = seal.epoch + 1;
        m_coveredUpTo = std::max(m_coveredUpTo, seal.last);
        lastSeal = seal;
    }

    // Opens the seal that may cover `id`, closing the ones that end before it.
    Result<bool> coverFor(qint64 id)
    {
        for (;;) {
            if (!m_open) {
                Result<std::optional<SealRow>> seal = nextSeal();
                if (!seal)
                    return Error{seal.error()};
                if (!*seal)
                    return false;
                checkSeal(**seal);
                m_open = Open{**seal, 0, (*seal)->first};
            }
            if (m_open->seal.count == 0 || m_open->seal.last < id) {
                closeSeal();
                continue;
            }
            return m_open->seal.first <= id;
        }
    }

    void seeCovered(qint64 id, const QString &hash, bool chainBroken)
    {
        Open &open = *m_open;
        open.chainBroken = open.chainBroken || chainBroken;
        if (id != open.seal.last)
            return;
        open.headSeen = true;
        if (hash == open.seal.head || open.chainBroken)
            return;
        // A chain made anew fails every later seal too: the first is named.
        if (m_headMismatches++ > 0)
            return;
        if (open.seal.first == open.seal.last)
            report(tr("Audit record %1 is not the record sealed in epoch %2: it was changed, and the records after it chained anew.")
                       .arg(id)
                       .arg(open.seal.epoch));
        else
            report(tr("Audit records %1-%2 do not match their seal (epoch %3): one of them was changed, or the chain was made "
                      "anew from there.")
                       .arg(open.seal.first)
                       .arg(open.seal.last)
                       .arg(open.seal.epoch));
    }

    // A record the open seal covers, before its chain is checked: a gap in the
    // seal's ids is named first, as the cause of what follows.
    void count(qint64 id)
    {
        Open &open = *m_open;
        ++open.seen;
        if (id != open.expectedNext && open.firstMissing == 0) {
            open.firstMissing = open.expectedNext;
            // Named here, before what the gap does to the chain after it.
            if (open.seal.count == open.seal.last - open.seal.first + 1 && !m_missingNamed) {
                m_missingNamed = true;
                report(tr("Audit record %1 is missing: the seal of epoch %2 covers records %3-%4.")
                           .arg(open.firstMissing)
                           .arg(open.seal.epoch)
                           .arg(open.seal.first)
                           .arg(open.seal.last));
            }
        }
        open.expectedNext = id + 1;
    }

    void seeUncovered(qint64 id)
    {
        if (m_uncovered++ == 0)
            m_firstUncovered = id;
        m_lastUncovered = id;
    }

    void closeSeal()
    {
        const Open open = *m_open;
        m_open.reset();
        const SealRow &seal = open.seal;
        if (seal.count == 0)
            return;
        if (open.seen < seal.count) {
            m_missingRecords += seal.count - open.seen;
            ++m_sealsMissingRecords;
            if (m_missingNamed)
                return;
            m_missingNamed = true;
            const qint64 gone = open.firstMissing != 0 ? open.firstMissing : open.expectedNext;
            if (seal.count == seal.last - seal.first + 1 && gone <= seal.last)
                report(tr("Audit record %1 is missing: the seal of epoch %2 covers records %3-%4.")
                           .arg(gone)
                           .arg(seal.epoch)
                           .arg(seal.first)
                           .arg(seal.last));
            else
                report(tr("The seal of epoch %1 covers %2 audit records between %3 and %4, but %5 are there: records were removed.")
                           .arg(seal.epoch)
                           .arg(seal.count)
                           .arg(seal.first)
                           .arg(seal.last)
                           .arg(open.seen));
        } else if (open.seen > seal.count) {
            report(tr("The seal of epoch %1 covers %2 audit records between %3 and %4, but %5 are there: records were added.")
                       .arg(seal.epoch)
                       .arg(seal.count)
                       .arg(seal.first)
                       .arg(seal.last)
                       .arg(open.seen));
        } else if (!open.headSeen) {
            report(tr("Audit record %1, the last that epoch %2 sealed, is missing.").arg(seal.last).arg(seal.epoch));
        }
    }

    Status finish()
    {
        if (m_open)
            closeSeal();
        for (;;) {
            Result<std::optional<SealRow>> seal = nextSeal();
            if (!seal)
                return Error{seal.error()};
            if (!*seal)
                break;
            checkSeal(**seal);
            m_open = Open{**seal, 0, (*seal)->first};
            closeSeal();
        }
        if (m_missingRecords > 1)
            report(tr("In all, %1 sealed audit records are missing, from %2 seals.").arg(m_missingRecords).arg(m_sealsMissingRecords));
        if (m_headMismatches > 1)
            report(tr("In all, %1 seals no longer match the records they sealed.").arg(m_headMismatches));
        if (m_badMacs > 1)
            report(m_badMacs == sealCount
                       ? tr("No seal matches the verification key: it is not this journal's key, or every seal was made anew.")
                       : tr("In all, %1 of %2 seals do not match the verification key.").arg(m_badMacs).arg(sealCount));
        // In a sealed journal every record Trinn writes is sealed with it.
        if (m_sealed && m_uncovered > 0) {
            QString problem = lastSeal && m_firstUncovered > m_coveredUpTo
                ? tr("Audit record %1 comes after the last seal (epoch %2): it was written outside Trinn, or its seal was removed.")
                      .arg(m_firstUncovered)
                      .arg(lastSeal->epoch)
                : tr("Audit record %1 is covered by no seal: it was written outside Trinn, or its seal was removed.").arg(m_firstUncovered);
            if (m_uncovered > 1)
                problem += u' ' + tr("%1 records in all, up to record %2, are covered by no seal.").arg(m_uncovered).arg(m_lastUncovered);
            report(problem);
        }
        return {};
    }

    RunSql m_run;
    bool m_sealed = false;
    bool m_hasSeals = false;
    bool m_hasShown = false;
    bool m_hashesAsBytes = false;
    std::optional<auditseal::Key> m_key;
    qint64 m_keyEpoch = 0;
    QString m_previous = QString(64, u'0');
    qint64 m_previousId = 0;
    QList<SealRow> m_sealPage;
    qsizetype m_nextInPage = 0;
    qint64 m_lastEpochRead = -1;
    bool m_sealsDone = false;
    qint64 m_expectedEpoch = 0;
    qint64 m_coveredUpTo = 0;
    std::optional<Open> m_open;
    qint64 m_missingRecords = 0;
    bool m_missingNamed = false;
    qint64 m_sealsMissingRecords = 0;
    qint64 m_badMacs = 0;
    qint64 m_headMismatches = 0;
    qint64 m_uncovered = 0;
    qint64 m_firstUncovered = 0;
    qint64 m_lastUncovered = 0;
};

} // namespace

Status AuditLog::seal(Journal &journal, qint64 first, qint64 last, qint64 count, const QString &head)
{
    if (journal.schemaVersion() < sealsSchema || (count <= 0 && !serverSeals(journal)))
        return {};
    const RunSql run = [&journal](const QString &sql, const QVariantList &bindings) { return journal.run(sql, bindings); };
    Result<std::optional<KeyRow>> keyRow = readKeyRow(run);
    if (!keyRow)
        return Error{keyRow.error()};
    // Not sealed (a journal from before sealing, until an administrator starts
    // it), or a damaged key: the records stay unsealed, and the check says so,
    // rather than the clinic's work stopping.
    if (!*keyRow || !(*keyRow)->key)
        return {};
    SealRow seal{(*keyRow)->epoch, first, last, count, head, clinictime::toStorage(clinictime::now()), {}, {}};
    const bool onServer = serverSeals(journal);
    if (onServer) {
        // Everything after the last seal: this append's record and any the
        // server wrote itself since (its audited reads, emergency access).
        Result<QSqlQuery> open = run(u"SELECT first_id, last_id, record_count, head_hash FROM trinn_audit_unsealed()"_s, {});
        if (!open)
            return Error{open.error()};
        if (!open->next())
            return Error{tr("The audit records to seal cannot be read: nothing was saved.")};
        seal.first = open->value(0).toLongLong();
        seal.last = open->value(1).toLongLong();
        seal.count = open->value(2).toLongLong();
        seal.head = open->value(3).toString();
        open->finish();
        if (seal.count <= 0)
            return {};
    }
    return writeSeal(run, *(*keyRow)->key, seal, false, onServer);
}

Result<bool> AuditLog::isSealed(Journal &journal)
{
    if (journal.schemaVersion() < sealsSchema)
        return false;
    Result<std::optional<KeyRow>> keyRow =
        readKeyRow([&journal](const QString &sql, const QVariantList &bindings) { return journal.run(sql, bindings); });
    if (!keyRow)
        return Error{keyRow.error()};
    return keyRow->has_value();
}

Result<QString> AuditLog::startSealing(Journal &journal)
{
    if (journal.schemaVersion() < sealsSchema)
        return Error{tr("This journal's schema has no audit seals; open it with this Trinn first.")};
    const RunSql run = [&journal](const QString &sql, const QVariantList &bindings) { return journal.run(sql, bindings); };
    WriteTransaction transaction(journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    Result<QSqlQuery> existing = run(u"SELECT (SELECT COUNT(*) FROM audit_seal_key) + (SELECT COUNT(*) FROM audit_seal)"_s, {});
    if (!existing)
        return Error{existing.error()};
    if (existing->next() && existing->value(0).toLongLong() > 0)
        return Error{tr("The audit log of this journal is sealed already; nothing was changed.")};
    existing->finish();
    Result<QSqlQuery> head = run(u"SELECT COALESCE(MIN(id), 0), COALESCE(MAX(id), 0), COUNT(*) FROM audit_log"_s, {});
    if (!head)
        return Error{head.error()};
    SealRow seal;
    if (head->next())
        seal = SealRow{0, head->value(0).toLongLong(), head->value(1).toLongLong(), head->value(2).toLongLong(), QString(64, u'0'), 0, {}, {}};
    head->finish();
    if (seal.count > 0) {
        Result<QSqlQuery> hash = run(u"SELECT "_s + hashColumn(journal) + u" FROM audit_log WHERE id = ?"_s, {seal.last});
        if (!hash)
            return Error{hash.error()};
        if (hash->next())
            seal.head = hash->value(0).toString();
    }
    seal.sealedAt = clinictime::toStorage(clinictime::now());
    // Epoch 0's key is the verification key: it leaves this function and is
    // never written; the journal keeps the key of epoch 1.
    const auditseal::Key verification = auditseal::Key::random();
    if (Status written = writeSeal(run, verification, seal, true, serverSeals(journal)); !written)
        return Error{written.error()};
    if (Status logged = append(journal, 0, u"sealing"_s, u"started sealing the audit log"_s); !logged)
        return Error{logged.error()};
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    if (Status remembered = rememberHead(journal); !remembered)
        return Error{remembered.error()};
    return auditseal::formatVerificationKey(verification);
}

Result<AuditLog::Findings> AuditLog::examine(Journal &journal, const QString &verificationKey)
{
    std::optional<auditseal::Key> key;
    if (!verificationKey.isEmpty()) {
        key = auditseal::parseVerificationKey(verificationKey);
        if (!key)
            return Error{tr("That is not a verification key: it has 64 hexadecimal digits, in groups or not.")};
    }
    const RunSql run = [&journal](const QString &sql, const QVariantList &bindings) { return journal.run(sql, bindings); };
    const bool schemaHasSeals = journal.schemaVersion() >= sealsSchema;
    std::optional<KeyRow> keyRow;
    bool anySeal = false;
    if (schemaHasSeals) {
        Result<std::optional<KeyRow>> read = readKeyRow(run);
        if (!read)
            return Error{read.error()};
        keyRow = *read;
        Result<QSqlQuery> seals = run(u"SELECT COUNT(*) FROM audit_seal"_s, {});
        if (!seals)
            return Error{seals.error()};
        anySeal = seals->next() && seals->value(0).toLongLong() > 0;
    }
    Findings findings;
    findings.sealed = keyRow.has_value() || anySeal;

    SealWalk walk(run, findings.sealed, anySeal, journal.schemaVersion() >= shownSchema, keepsHashesAsBytes(journal), key);
    if (Status walked = walk.walk(); !walked)
        return Error{walked.error()};
    if (findings.sealed)
        walk.checkKey(keyRow);
    if (key && !findings.sealed)
        walk.report(tr("The journal has no seals, but a verification key was given: its seals and sealing key were removed "
                       "(or the key is another journal's)."));
    findings.problems = walk.problems;
    findings.records = walk.records;
    findings.seals = walk.sealCount;

    if (!findings.sealed && !key)
        findings.notes << tr("The audit log is not sealed, so its hash chain alone was checked: someone holding the journal could "
                             "remove its last records, or rewrite it, unseen. An administrator can start sealing with "
                             "\"trinnctl check JOURNAL --start-sealing\".");
    else if (findings.sealed && !key)
        findings.notes << tr("%1 seals were checked for order, count and the sealing key, not for authenticity: without the "
                             "verification key, someone holding the journal could have rewritten the log and sealed it anew. "
                             "Check with --verification-key to be sure.")
                              .arg(findings.seals);
    else if (findings.sealed)
        findings.notes << tr("%1 seals checked against the verification key, up to audit record %2.")
                              .arg(findings.seals)
                              .arg(walk.lastSeal ? walk.lastSeal->last : 0);

    // Patients listed for a record that is not there: the record was removed.
    if (journal.schemaVersion() >= shownSchema) {
        Result<QSqlQuery> orphans = run(
            u"SELECT MIN(s.audit_id) FROM audit_patient s LEFT JOIN audit_log a ON a.id = s.audit_id WHERE a.id IS NULL"_s, {});
        if (!orphans)
            return Error{orphans.error()};
        if (orphans->next() && !orphans->value(0).isNull())
            findings.problems << tr("Audit record %1 was removed: patients it showed are still listed.").arg(orphans->value(0).toLongLong());
        orphans->finish();
        // The days by which "who looked at this patient" finds a record for many.
        Result<QSqlQuery> unindexed = run(
            u"SELECT MIN(s.audit_id) FROM audit_patient s JOIN audit_log a ON a.id = s.audit_id LEFT JOIN audit_patient_day d "
            "ON d.patient_id = s.patient_id AND d.day = a.at / 86400000 WHERE d.patient_id IS NULL"_s,
            {});
        if (!unindexed)
            return Error{unindexed.error()};
        if (unindexed->next() && !unindexed->value(0).isNull())
            findings.problems << tr("Audit record %1 no longer shows in the audit log of a patient it showed: its day was "
                                    "removed from audit_patient_day.")
                                     .arg(unindexed->value(0).toLongLong());
    }

    // With the chain intact its change-log seals can be trusted: the change
    // log must match them, row for row.
    if (!findings.problems.isEmpty())
        return findings;
    Result<bool> hasChangeLog = ChangeLog::present(journal);
    if (!hasChangeLog)
        return Error{hasChangeLog.error()};
    if (*hasChangeLog) {
        Result<QStringList> changes = ChangeLog::verify(journal, maxProblems);
        if (!changes)
            return Error{changes.error()};
        findings.problems << *changes;
    }
    return findings;
}

Result<QString> AuditLog::compareWithWitness(Journal &journal)
{
    const std::optional<AuditWitness::Head> seen = AuditWitness::load(journal.location().display());
    if (!seen || seen->journal != identityOf(journal) || seen->auditId <= 0)
        return QString();
    Result<QSqlQuery> record = journal.run(u"SELECT "_s + hashColumn(journal) + u", (SELECT COALESCE(MAX(id), 0) FROM audit_log) "
                                           "FROM audit_log WHERE id = ?"_s,
                                           {seen->auditId});
    if (!record)
        return Error{record.error()};
    if (!record->next()) {
        record->finish();
        Result<QSqlQuery> last = journal.run(u"SELECT COALESCE(MAX(id), 0) FROM audit_log"_s);
        if (!last)
            return Error{last.error()};
        const qint64 end = last->next() ? last->value(0).toLongLong() : 0;
        return tr("This workstation saw audit record %1, but the journal now ends at record %2: it lost committed writes "
                  "(an older copy was put back, or the last records were removed).")
            .arg(seen->auditId)
            .arg(end);
    }
    if (record->value(0).toString() != seen->hash)
        return tr("Audit record %1 is not the one this workstation saw: the journal was rewritten, or another copy put in its place.")
            .arg(seen->auditId);
    record->finish();
    if (seen->epoch > 0) {
        Result<std::optional<KeyRow>> keyRow =
            readKeyRow([&journal](const QString &sql, const QVariantList &bindings) { return journal.run(sql, bindings); });
        if (!keyRow)
            return Error{keyRow.error()};
        const qint64 epoch = *keyRow ? (*keyRow)->epoch : 0;
        if (epoch < seen->epoch)
            return tr("This workstation saw the audit log sealed up to epoch %1, but the journal's sealing key is at epoch %2: "
                      "seals were lost.")
                .arg(seen->epoch - 1)
                .arg(epoch);
    }
    return QString();
}

Status AuditLog::rememberHead(Journal &journal)
{
    // A staff login on PostgreSQL reads the head from the server, not the log.
    Result<QSqlQuery> head = journal.run(serverSeals(journal)
                                             ? u"SELECT head_id, head_hash FROM trinn_audit_unsealed() WHERE head_id > 0"_s
                                             : u"SELECT id, "_s + hashColumn(journal) + u" FROM audit_log WHERE id = (SELECT MAX(id) FROM audit_log)"_s);
    if (!head)
        return Error{head.error()};
    AuditWitness::Head seen{identityOf(journal), 0, QString(), 0};
    if (head->next()) {
        seen.auditId = head->value(0).toLongLong();
        seen.hash = head->value(1).toString();
    }
    head->finish();
    if (journal.schemaVersion() >= sealsSchema) {
        Result<std::optional<KeyRow>> keyRow =
            readKeyRow([&journal](const QString &sql, const QVariantList &bindings) { return journal.run(sql, bindings); });
        if (!keyRow)
            return Error{keyRow.error()};
        if (*keyRow)
            seen.epoch = (*keyRow)->epoch;
    }
    AuditWitness::store(journal.location().display(), seen);
    return {};
}

void AuditLog::rememberHeadSoon(Journal &journal)
{
    static QMutex mutex;
    static QHash<QString, QElapsedTimer> lastNoted;
    const QString location = journal.location().display();
    {
        const QMutexLocker locked(&mutex);
        QElapsedTimer &noted = lastNoted[location];
        if (noted.isValid() && noted.elapsed() < witnessIntervalMs)
            return;
        noted.start();
    }
    // Best effort: the append itself is done and committed.
    (void)rememberHead(journal);
}

} // namespace trinn
