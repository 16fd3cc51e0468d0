#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

namespace trinn {

class Journal;
class Scope;

/// The append-only audit log. Each record carries a SHA-256 hash over its
/// content and the previous record's hash, so a changed or removed record
/// breaks the chain from there on.
class AuditLog
{
    Q_DECLARE_TR_FUNCTIONS(AuditLog)
public:
    struct Record
    {
        qint64 id = 0;
        QDateTime at;
        QString actor;
        QString workstation;
        qint64 patientId = 0;
        QString action;
        QString what;
        QString emergencyReason;
    };

    /// Appends one record for the journal's current actor.
    static Status append(Journal &journal, qint64 patientId, const QString &action, const QString &what);
    /// One record per patient, in one transaction (a list or board shown at once).
    static Status appendMany(Journal &journal, const QList<qint64> &patientIds, const QString &action, const QString &what);
    /// While one lives, a screen's reads of a patient make one record, named
    /// `what` ("opened the journal"), instead of one per store read.
    class ReadScope
    {
    public:
        ReadScope(Journal &journal, const QString &what);
        ~ReadScope();
        ReadScope(const ReadScope &) = delete;
        ReadScope &operator=(const ReadScope &) = delete;

    private:
        Journal &m_journal;
    };

    /// Empty when the chain is intact and the change log matches the records
    /// that seal it; else the first broken record, or the first change log row
    /// that was changed, removed or written outside Trinn, and why.
    static Result<QString> verify(Journal &journal);

    /// Everything the audit log says about itself (auditlogseals.cpp): the
    /// hash chain, its forward-secure seals (each MAC too when the
    /// verification key is given), the sealing key, and the change log.
    struct Findings
    {
        /// Damage, each naming the first record, epoch or row that fails.
        QStringList problems;
        /// What could not be checked, and why (no key given, not sealed).
        QStringList notes;
        bool sealed = false;
        qint64 seals = 0;
        qint64 records = 0;
    };
    static Result<Findings> examine(Journal &journal, const QString &verificationKey = QString());
    /// Starts sealing a journal that is not sealed yet: its records so far
    /// become epoch 0. Returns the verification key, which is not kept in
    /// the journal: show it once to the administrator, who keeps it offline.
    static Result<QString> startSealing(Journal &journal);
    /// Whether the journal is sealed (has a sealing key).
    static Result<bool> isSealed(Journal &journal);

    /// The last head of the chain this workstation saw (AuditWitness): a
    /// sentence when the journal no longer holds it (lost committed writes,
    /// an older copy put back), else empty.
    static Result<QString> compareWithWitness(Journal &journal);
    /// Notes the journal's head as the last this workstation saw.
    static Status rememberHead(Journal &journal);
    /// The newest record of the chain (id 0 in an empty log), read past the
    /// gate like the check: a restore compares a journal with a backup by it.
    struct Head
    {
        qint64 id = 0;
        QString hash;
        QDateTime at;
    };
    static Result<Head> head(Journal &journal);
    /// The hash of record `id`; empty when the journal has no such record.
    static Result<QString> hashAt(Journal &journal, qint64 id);
    /// The records after record `id` that stand for a change to the journal
    /// (every action but reads, sign-ins, refusals and backups): how many,
    /// and the newest of them.
    struct Changes
    {
        qint64 count = 0;
        QDateTime lastAt;
        QString lastActor;
        QString lastWhat;
    };
    static Result<Changes> changesAfter(Journal &journal, qint64 id);
    /// Who looked at or changed a patient's journal, and when (oldest first).
    static Result<QList<Record>> forPatient(Journal &journal, qint64 patientId);

    /// A record's hash: SHA-256 over the previous hash and its fields. Not a
    /// secret: the seals, not the formula, keep the chain from being made anew.
    static QString hashOf(const QString &previous, qint64 at, const QString &actor, const QString &workstation, qint64 patientId,
                          const QString &action, const QString &what, const QString &emergency, const QString &shown = {});

    /// How the journal keeps the chain's hashes. On SQLite since migration
    /// 38, each is its 32 bytes and a record holds no copy of the hash before
    /// it (the chain is checked against the record before it); elsewhere each
    /// is 64 hex digits, with that copy in previous_hash. Everything outside
    /// sees hex: hashColumn() reads it so, storedHash() writes it.
    static bool keepsHashesAsBytes(Journal &journal);
    /// The SQL that reads audit_log's hash as hex (`column` names it, e.g. "a.hash").
    static QString hashColumn(Journal &journal, const QString &column = QStringLiteral("hash"));
    /// A hash in hex as this journal stores it.
    static QVariant storedHash(Journal &journal, const QString &hex);
    /// Migration 38's seed: every record's hash from hex to its bytes.
    static Status storeHashesAsBytes(Scope &scope);

private:
    /// Inside appendMany's transaction: seals records first..last (count of
    /// them, the last with hash `head`) under the current epoch's key and
    /// moves the key on. Nothing when the journal is not sealed.
    static Status seal(Journal &journal, qint64 first, qint64 last, qint64 count, const QString &head);
    /// After an outermost append: the head, noted at most once a second.
    static void rememberHeadSoon(Journal &journal);
};


} // namespace trinn
