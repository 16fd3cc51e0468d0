#include "notestore.h"

#include "common/clinictime.h"
#include "storage/auditlog.h"
#include "storage/journal.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

QString authorOf(const Actor &actor)
{
    return actor.isSystem() ? u"system"_s : actor.fullName + u" (" + actor.username + u')';
}

// Columns: id, patient_id, note_type, author, created_at, signed_at, signed_by.
JournalNote noteFrom(const QSqlQuery &row)
{
    JournalNote n;
    n.id = row.value(0).toLongLong();
    n.patientId = row.value(1).toLongLong();
    n.type = row.value(2).toString();
    n.author = row.value(3).toString();
    n.createdAt = clinictime::fromStorage(row.value(4).toLongLong());
    if (!row.value(5).isNull())
        n.signedAt = clinictime::fromStorage(row.value(5).toLongLong());
    n.signedBy = row.value(6).toString();
    return n;
}

// Columns from `first` on: version, body, reason, author, written_at.
JournalNote::Version versionFrom(const QSqlQuery &row, int first)
{
    return {row.value(first).toInt(), row.value(first + 1).toString(), row.value(first + 2).toString(),
            row.value(first + 3).toString(), clinictime::fromStorage(row.value(first + 4).toLongLong())};
}

} // namespace

Result<qint64> NoteStore::createDraft(qint64 patientId, const QString &type, const QString &text)
{
    if (!NoteTypes::codes().contains(type))
        return Error{tr("\"%1\" is not a kind of journal note.").arg(type)};
    if (Status allowed = Access::check(m_journal, NoteTypes::dataOf(type), AccessPolicy::Action::Write, patientId,
                                       u"new %1 note"_s.arg(type));
        !allowed)
        return Error{allowed.error()};
    WriteTransaction transaction(m_journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    const qint64 now = clinictime::toStorage(clinictime::now());
    const QString author = authorOf(m_journal.actor());
    Result<QSqlQuery> row = m_journal.run(
        u"INSERT INTO journal_note (patient_id, note_type, author, created_at) VALUES (?, ?, ?, ?) RETURNING id"_s,
        {patientId, type, author, now});
    if (!row || !row->next())
        return Error{row ? tr("The journal did not return the new note's number.") : row.error()};
    const qint64 id = row->value(0).toLongLong();
    row->finish();
    if (Result<QSqlQuery> body = m_journal.run(
            u"INSERT INTO note_version (note_id, version, body, author, written_at) VALUES (?, 1, ?, ?, ?)"_s,
            {id, text.isNull() ? u""_s : text, author, now});
        !body)
        return Error{body.error()};
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
}

Result<JournalNote> NoteStore::load(qint64 noteId) const
{
    Result<QSqlQuery> row = m_journal.run(
        u"SELECT id, patient_id, note_type, author, created_at, signed_at, signed_by FROM journal_note WHERE id = ?"_s, {noteId});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{tr("There is no note number %1 in this journal.").arg(noteId)};
    JournalNote n = noteFrom(*row);
    row->finish();
    Result<QSqlQuery> versions = m_journal.run(
        u"SELECT version, body, reason, author, written_at FROM note_version WHERE note_id = ? ORDER BY version"_s, {noteId});
    if (!versions)
        return Error{versions.error()};
    while (versions->next())
        n.versions.append(versionFrom(*versions, 0));
    return n;
}

Result<JournalNote> NoteStore::note(qint64 noteId) const
{
    Result<JournalNote> n = load(noteId);
    if (!n)
        return n;
    if (Status allowed = Access::check(m_journal, NoteTypes::dataOf(n->type), AccessPolicy::Action::Read, n->patientId,
                                       u"read note %1"_s.arg(noteId));
        !allowed)
        return Error{allowed.error()};
    return n;
}

Status NoteStore::saveDraft(qint64 noteId, const QString &text)
{
    Result<JournalNote> n = load(noteId);
    if (!n)
        return Error{n.error()};
    if (n->isSigned())
        return Error{tr("A signed note is never edited: write a correction with its reason.")};
    if (Status allowed = Access::check(m_journal, NoteTypes::dataOf(n->type), AccessPolicy::Action::Write, n->patientId,
                                       u"save draft %1"_s.arg(noteId));
        !allowed)
        return allowed;
    Result<QSqlQuery> done = m_journal.run(
        u"UPDATE note_version SET body = ?, written_at = ? WHERE note_id = ? AND version = 1"_s,
        {text.isNull() ? u""_s : text, clinictime::toStorage(clinictime::now()), noteId});
    if (!done)
        return Error{done.error()};
    return {};
}

Status NoteStore::sign(qint64 noteId)
{
    Result<JournalNote> n = load(noteId);
    if (!n)
        return Error{n.error()};
    if (n->isSigned())
        return Error{tr("The note was signed already, on %1.").arg(clinictime::formatDateTime(n->signedAt))};
    if (n->currentText().trimmed().isEmpty())
        return Error{tr("An empty note cannot be signed.")};
    if (Status allowed = Access::check(m_journal, NoteTypes::dataOf(n->type), AccessPolicy::Action::Write, n->patientId,
                                       u"sign note %1"_s.arg(noteId));
        !allowed)
        return allowed;
    Result<QSqlQuery> done = m_journal.run(
        u"UPDATE journal_note SET signed_at = ?, signed_by = ? WHERE id = ? AND signed_at IS NULL"_s,
        {clinictime::toStorage(clinictime::now()), authorOf(m_journal.actor()), noteId});
    if (!done)
        return Error{done.error()};
    return {};
}

Result<int> NoteStore::correct(qint64 noteId, const QString &text, const QString &reason)
{
    Result<JournalNote> n = load(noteId);
    if (!n)
        return Error{n.error()};
    if (!n->isSigned())
        return Error{tr("The note is still a draft: edit it instead of correcting it.")};
    if (reason.trimmed().isEmpty())
        return Error{tr("A correction needs its reason.")};
    if (text.trimmed().isEmpty())
        return Error{tr("A correction needs the corrected text.")};
    if (Status allowed = Access::check(m_journal, NoteTypes::dataOf(n->type), AccessPolicy::Action::Write, n->patientId,
                                       u"correct note %1"_s.arg(noteId));
        !allowed)
        return Error{allowed.error()};
    const int version = n->versions.constLast().number + 1;
    WriteTransaction transaction(m_journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    if (Result<QSqlQuery> body = m_journal.run(
            u"INSERT INTO note_version (note_id, version, body, reason, author, written_at) VALUES (?, ?, ?, ?, ?, ?)"_s,
            {noteId, version, text, reason.trimmed(), authorOf(m_journal.actor()), clinictime::toStorage(clinictime::now())});
        !body)
        return Error{body.error()};
    if (Result<QSqlQuery> current = m_journal.run(u"UPDATE journal_note SET current_version = ? WHERE id = ?"_s, {version, noteId});
        !current)
        return Error{current.error()};
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return version;
}

Status NoteStore::deleteDraft(qint64 noteId)
{
    Result<JournalNote> n = load(noteId);
    if (!n)
        return Error{n.error()};
    if (n->isSigned())
        return Error{tr("A signed note is never deleted.")};
    if (Status allowed = Access::check(m_journal, NoteTypes::dataOf(n->type), AccessPolicy::Action::Write, n->patientId,
                                       u"delete draft %1"_s.arg(noteId));
        !allowed)
        return allowed;
    WriteTransaction transaction(m_journal);
    if (!transaction.started())
        return transaction.started();
    for (const QString &sql : {u"DELETE FROM note_version WHERE note_id = ?"_s, u"DELETE FROM journal_note WHERE id = ?"_s}) {
        if (Result<QSqlQuery> done = m_journal.run(sql, {noteId}); !done)
            return Error{done.error()};
    }
    return transaction.commit();
}

Result<QList<JournalNote>> NoteStore::notes(qint64 patientId, int *hidden) const
{
    Result<QSqlQuery> rows = m_journal.run(
        u"SELECT id, patient_id, note_type, author, created_at, signed_at, signed_by FROM journal_note WHERE patient_id = ? "
        "ORDER BY created_at DESC, id DESC"_s,
        {patientId});
    if (!rows)
        return Error{rows.error()};
    QList<JournalNote> list;
    while (rows->next())
        list << noteFrom(*rows);
    rows->finish();

    QHash<AccessPolicy::Data, bool> readable;
    int left = 0;
    for (const JournalNote &n : std::as_const(list)) {
        const AccessPolicy::Data data = NoteTypes::dataOf(n.type);
        if (!readable.contains(data))
            readable.insert(data, Access::check(m_journal, data, AccessPolicy::Action::Read, patientId,
                                                AccessPolicy::dataName(data)).ok());
        left += readable.value(data) ? 0 : 1;
    }
    list.removeIf([&](const JournalNote &n) { return !readable.value(NoteTypes::dataOf(n.type)); });
    if (hidden)
        *hidden = left;
    if (list.isEmpty())
        return list;

    // Every version of the patient's notes in one query, not one per note.
    QHash<qint64, qsizetype> indexOf;
    for (qsizetype i = 0; i < list.size(); ++i)
        indexOf.insert(list.at(i).id, i);
    Result<QSqlQuery> versions = m_journal.run(
        u"SELECT v.note_id, v.version, v.body, v.reason, v.author, v.written_at FROM journal_note n "
        "JOIN note_version v ON v.note_id = n.id WHERE n.patient_id = ? ORDER BY v.note_id, v.version"_s,
        {patientId});
    if (!versions)
        return Error{versions.error()};
    while (versions->next()) {
        const auto at = indexOf.constFind(versions->value(0).toLongLong());
        if (at != indexOf.constEnd())
            list[*at].versions.append(versionFrom(*versions, 1));
    }
    return list;
}

} // namespace trinn
