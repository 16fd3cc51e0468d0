#pragma once

#include "common/result.h"
#include "programs/carerecords.h"
#include "storage/testrowwriter.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <optional>

namespace trinn {

class Scope;

/// Writes years of history at once: a large demo journal, or records moved in
/// from an older system. Statements are prepared once and rows go in by the
/// thousand per transaction, without the per-record checks, interpretation
/// and audit records of the stores (the caller has made the records right).
class HistoryWriter
{
    Q_DECLARE_TR_FUNCTIONS(HistoryWriter)
public:
    explicit HistoryWriter(Scope &scope);

    /// A phase a patient has lived: started on `start`, ended on `end` (invalid while it goes on).
    struct LivedPhase
    {
        qint64 patientId = 0;
        qint64 episodeId = 0;
        QString patientName;
        QString programCode;
        QString testing; // the program's testing schedule
        QString kind;
        bool residential = false;
        QDate start;
        QDate end;
    };
    /// Every started phase in the journal, by patient and start.
    Result<QList<LivedPhase>> livedPhases() const;
    /// Every prescription in the journal, by patient.
    Result<QHash<qint64, QList<Medication>>> medications() const;

    /// A test whose `outcome` is already interpreted and whose taker and
    /// recorder are named.
    Result<qint64> addTest(const SubstanceTest &test);

    struct Note
    {
        qint64 patientId = 0;
        QString type;
        QString author;
        QDateTime writtenAt;
        QDateTime signedAt; // invalid: still a draft
        QString body;
    };
    Status addNote(const Note &note);

private:
    Scope &m_scope;
    TestRowWriter m_tests;
    std::optional<QSqlQuery> m_note;
    std::optional<QSqlQuery> m_noteBody;
};

} // namespace trinn
