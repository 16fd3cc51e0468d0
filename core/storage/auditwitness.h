#pragma once

#include <QString>

#include <optional>

namespace trinn {

/// The last head of a journal's audit chain that this workstation (this OS
/// user) saw, kept outside the journal: in a small file per journal under
/// the user's data folder ($TRINN_WITNESS_DIR when set). A journal put back
/// from an older copy, or one that lost committed writes, no longer holds
/// the record seen, even when its own chain and seals are consistent.
class AuditWitness
{
public:
    struct Head
    {
        /// Which journal: its creation time, so a new journal made at the
        /// same place is not taken for an old one that lost its records.
        QString journal;
        qint64 auditId = 0;
        QString hash;
        /// The sealing key's epoch then (0 for an unsealed journal).
        qint64 epoch = 0;
    };

    /// `location` is the journal's display form (file path or address).
    static std::optional<Head> load(const QString &location);
    /// Best effort: a workstation that cannot write its note still works.
    static void store(const QString &location, const Head &head);
};

} // namespace trinn
