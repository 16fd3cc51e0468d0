#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>

namespace trinn {

class Journal;

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
    /// Who looked at or changed a patient's journal, and when (oldest first).
    static Result<QList<Record>> forPatient(Journal &journal, qint64 patientId);
};


} // namespace trinn
