#pragma once

#include "storage/journal.h"

#include <functional>

namespace trinn::cli {

/// A journal being made by init or demo. On SQLite it is built in a
/// temporary file beside its place and renamed into place only once
/// complete, so a full disk or a kill half-way leaves no journal at all
/// rather than an empty or half-written one that would pass for a journal.
struct NewJournal
{
    Journal &journal;
    QString where;     // the journal's place as the user named it
    QString buildPath; // where it is built (the same on PostgreSQL)
    /// A message about the journal being built, naming its real place.
    QString told(QString message) const { return message.replace(buildPath, where); }
};

/// Opens a new journal at `location` (options.mode should create it), runs
/// `build` on it and, when build returns Success, puts it into place.
/// Messages go to standard error; returns build's status, or BadInput.
int buildNewJournal(const QString &location, const Journal::Options &options,
                    const std::function<int(const NewJournal &journal)> &build);

} // namespace trinn::cli
