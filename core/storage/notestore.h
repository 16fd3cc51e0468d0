#pragma once

#include "common/result.h"
#include "journal/note.h"

#include <QCoreApplication>

namespace trinn {

class Journal;

/// Journal notes: drafts saved as they are typed, signing, corrections as new
/// versions, and the history of every note. What the actor may not read is
/// left out (and the refusal audited).
class NoteStore
{
    Q_DECLARE_TR_FUNCTIONS(NoteStore)
public:
    explicit NoteStore(Journal &journal) : m_journal(journal) {}

    Result<qint64> createDraft(qint64 patientId, const QString &type, const QString &text);
    /// Saves a draft's text (autosave). A signed note is refused: write a correction.
    Status saveDraft(qint64 noteId, const QString &text);
    Status sign(qint64 noteId);
    Result<int> correct(qint64 noteId, const QString &text, const QString &reason);
    /// Deletes an unsigned draft; signed notes are never deleted.
    Status deleteDraft(qint64 noteId);

    Result<JournalNote> note(qint64 noteId) const;
    /// The patient's notes the actor may read, newest first; `hidden` counts the others.
    Result<QList<JournalNote>> notes(qint64 patientId, int *hidden = nullptr) const;

private:
    Result<JournalNote> load(qint64 noteId) const;
    Journal &m_journal;
};

} // namespace trinn
