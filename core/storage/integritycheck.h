#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QStringList>

namespace trinn {

class Journal;

/// A full check of a journal: the database's own consistency check, foreign
/// keys, and Trinn's facts (every national id valid and of the journal's kind,
/// every patient findable by search). Its cost grows with the journal, so it
/// runs on demand, not on every open.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)
public:
    explicit IntegrityCheck(Journal &journal) : m_journal(journal) {}

    /// The problems found, each a readable sentence; an empty list means healthy.
    /// An error means the check itself could not run.
    Result<QStringList> run() const;

    /// run() and the audit log too: its chain, its seals (each MAC when the
    /// verification key is given), the change log, and the last head this
    /// workstation saw. A clean result becomes that last head.
    struct Findings
    {
        QStringList problems;
        /// What could not be checked, and why.
        QStringList notes;
    };
    Result<Findings> examine(const QString &verificationKey = QString()) const;
    /// How many patients the journal holds, counted without an audit record
    /// (the check looks at the whole file, no patient's data).
    Result<qint64> patientCount() const;

private:
    /// Rows that break the schema's CHECK constraints (migration 0017), named
    /// by table and row: SQLite's own check tells only the table.
    Result<QStringList> rowsBreakingRules() const;

    Journal &m_journal;
};

} // namespace trinn
