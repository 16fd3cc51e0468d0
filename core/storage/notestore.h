#pragma once

#include "common/result.h"
#include "journal/note.h"

#include <QCoreApplication>

#include <functional>

namespace trinn {

class Journal;
class Scope;

/// Journal notes: drafts saved as they are typed, by their author only;
/// signing; corrections as new versions; discarding a draft (kept, marked);
/// and the history of every note. Every entry point passes the Gate, as
/// therapy notes or care notes by the note's type. What the actor may not
/// read is left out (and the refusal audited).
class NoteStore
{
    Q_DECLARE_TR_FUNCTIONS(NoteStore)
public:
    explicit NoteStore(Journal &journal) : m_journal(journal) {}

    Result<qint64> createDraft(qint64 patientId, const QString &type, const QString &text);
    /// Saves a draft's text (autosave), by its author only. A signed note is
    /// refused: write a correction.
    Status saveDraft(qint64 noteId, const QString &text);
    /// Signs a draft, by its author only.
    Status sign(qint64 noteId);
    Result<int> correct(qint64 noteId, const QString &text, const QString &reason);
    /// Discards a draft, by its author only: it stays in the journal, marked
    /// discarded, and leaves the list of notes. Signed notes are never discarded.
    Status discardDraft(qint64 noteId);

    Result<JournalNote> note(qint64 noteId) const;
    /// The patient's notes the actor may read, newest first, discarded drafts
    /// left out; `hidden` counts the others.
    Result<QList<JournalNote>> notes(qint64 patientId, int *hidden = nullptr) const;
    /// As notes(), for a copy printed or saved as PDF (the patient's right
    /// to see their journal): the audit record says it left the journal.
    Result<QList<JournalNote>> notesToPrint(qint64 patientId, int *hidden = nullptr) const;

private:
    Result<QList<JournalNote>> readNotes(qint64 patientId, int *hidden, bool printed) const;
    /// The note's type, which decides the door (therapy or care notes).
    Result<QString> typeOf(qint64 noteId) const;
    static Result<JournalNote> load(const Scope &scope, qint64 noteId);
    /// A write to one note, through the door its type decides; `body` gets
    /// the note as it stands inside the write.
    template<typename R>
    R writeNote(qint64 noteId, const QString &what, const std::function<R(Scope &scope, const JournalNote &note)> &body);
    Journal &m_journal;
};

} // namespace trinn
