#include "notestore.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/postgresroles.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

using Data = AccessPolicy::Data;

QString authorOf(const Actor &actor)
{
    return actor.isSystem() ? u"system"_s : actor.fullName + u" (" + actor.username + u')';
}

QVariant staffIdOf(const Actor &actor)
{
    return actor.isSystem() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(actor.staffId);
}

// A "by" from its columns: the text as recorded, the staff id, the unverified
// mark and the staff member's name in the register (null when none).
StaffRef staffFrom(const QSqlQuery &row, int first)
{
    StaffRef by;
    by.staffId = row.value(first + 1).toLongLong();
    by.unverified = row.value(first + 2).toInt() != 0;
    by.name = row.value(first + 3).isNull() ? row.value(first).toString() : row.value(first + 3).toString();
    return by;
}

const QString noteColumns =
    u"n.id, n.patient_id, n.note_type, n.created_at, n.discarded_at, "
    "n.author, n.author_staff_id, n.author_unverified, sa.full_name, "
    "n.signed_at, n.signed_by, n.signed_by_staff_id, n.signed_by_unverified, ss.full_name "
    "FROM journal_note n LEFT JOIN staff sa ON sa.id = n.author_staff_id LEFT JOIN staff ss ON ss.id = n.signed_by_staff_id"_s;

JournalNote noteFrom(const QSqlQuery &row)
{
    JournalNote n;
    n.id = row.value(0).toLongLong();
    n.patientId = row.value(1).toLongLong();
    n.type = row.value(2).toString();
    n.createdAt = clinictime::fromStorage(row.value(3).toLongLong());
    if (!row.value(4).isNull())
        n.discardedAt = clinictime::fromStorage(row.value(4).toLongLong());
    n.author = row.value(5).toString();
    n.by = staffFrom(row, 5);
    if (!row.value(9).isNull())
        n.signedAt = clinictime::fromStorage(row.value(9).toLongLong());
    n.signedBy = row.value(10).toString();
    n.signer = staffFrom(row, 10);
    return n;
}

const QString versionColumns =
    u"v.version, v.body, v.reason, v.written_at, v.author, v.author_staff_id, v.author_unverified, sv.full_name"_s;
// The same columns from trinn_note_versions (PostgreSQL, migration 18).
const QString serverVersionColumns =
    u"version, body, reason, written_at, author, author_staff_id, author_unverified, author_name"_s;

// Columns from `first` on: versionColumns.
JournalNote::Version versionFrom(const QSqlQuery &row, int first)
{
    JournalNote::Version v{row.value(first).toInt(), row.value(first + 1).toString(), row.value(first + 2).toString(),
                           row.value(first + 4).toString(), clinictime::fromStorage(row.value(first + 3).toLongLong()), {}};
    v.by = staffFrom(row, first + 4);
    return v;
}

QStringList typesOf(Data data)
{
    QStringList types;
    for (const QString &code : NoteTypes::codes()) {
        if (NoteTypes::dataOf(code) == data)
            types << code;
    }
    return types;
}

} // namespace

Result<qint64> NoteStore::createDraft(qint64 patientId, const QString &type, const QString &text)
{
    if (!NoteTypes::codes().contains(type))
        return Error{tr("\"%1\" is not a kind of journal note.").arg(type)};
    return Gate::write(m_journal, NoteTypes::dataOf(type), PatientRef::patient(patientId), u"new %1 note"_s.arg(type),
                       [&](Scope &scope) -> Result<qint64> {
        const qint64 now = clinictime::toStorage(clinictime::now());
        const QString author = authorOf(scope.actor());
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO journal_note (patient_id, note_type, author, author_staff_id, author_unverified, created_at) "
            "VALUES (?, ?, ?, ?, 0, ?) RETURNING id"_s,
            {patientId, type, author, staffIdOf(scope.actor()), now});
        if (!row || !row->next())
            return Error{row ? tr("The journal did not return the new note's number.") : row.error()};
        const qint64 id = row->value(0).toLongLong();
        row->finish();
        if (Result<QSqlQuery> body = scope.run(
                u"INSERT INTO note_version (note_id, version, body, author, author_staff_id, author_unverified, written_at) "
                "VALUES (?, 1, ?, ?, ?, 0, ?)"_s,
                {id, text.isNull() ? u""_s : text, author, staffIdOf(scope.actor()), now});
            !body)
            return Error{body.error()};
        return id;
    });
}

Result<QString> NoteStore::typeOf(qint64 noteId) const
{
    // The type decides which door the note is behind; finding it out tells
    // the actor only that the patient has such a note, so it is a read of
    // the patient's details (audited as such).
    return Gate::read(m_journal, Data::Patient, PatientRef::note(noteId), u"kind of note %1"_s.arg(noteId),
                      [&](Scope &scope) -> Result<QString> {
        Result<QSqlQuery> row = scope.run(u"SELECT note_type FROM journal_note WHERE id = ?"_s, {noteId});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("There is no note number %1 in this journal.").arg(noteId)};
        return row->value(0).toString();
    });
}

Result<JournalNote> NoteStore::load(const Scope &scope, qint64 noteId)
{
    Result<QSqlQuery> row = scope.run(u"SELECT "_s + noteColumns + u" WHERE n.id = ?"_s, {noteId});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{tr("There is no note number %1 in this journal.").arg(noteId)};
    JournalNote n = noteFrom(*row);
    row->finish();
    // On PostgreSQL a note's text comes only through the server's audited function.
    Result<QSqlQuery> versions = PostgresRoles::enforced(scope)
        ? scope.run(u"SELECT "_s + serverVersionColumns + u" FROM trinn_note_versions(CAST(? AS bigint[]))"_s,
                    {sqlvalues::idArray({noteId})})
        : scope.run(u"SELECT "_s + versionColumns + u" FROM note_version v LEFT JOIN staff sv ON sv.id = v.author_staff_id "
                                                   "WHERE v.note_id = ? ORDER BY v.version"_s,
                    {noteId});
    if (!versions)
        return Error{versions.error()};
    while (versions->next())
        n.versions.append(versionFrom(*versions, 0));
    return n;
}

template<typename R>
R NoteStore::writeNote(qint64 noteId, const QString &what, const std::function<R(Scope &, const JournalNote &)> &body)
{
    Result<QString> type = typeOf(noteId);
    if (!type)
        return Error{type.error()};
    return Gate::write(m_journal, NoteTypes::dataOf(*type), PatientRef::note(noteId), what, [&](Scope &scope) -> R {
        Result<JournalNote> n = load(scope, noteId);
        if (!n)
            return Error{n.error()};
        return body(scope, *n);
    });
}

Result<JournalNote> NoteStore::note(qint64 noteId) const
{
    Result<QString> type = typeOf(noteId);
    if (!type)
        return Error{type.error()};
    return Gate::read(m_journal, NoteTypes::dataOf(*type), PatientRef::note(noteId), u"read note %1"_s.arg(noteId),
                      [&](Scope &scope) { return load(scope, noteId); });
}

Status NoteStore::saveDraft(qint64 noteId, const QString &text)
{
    return writeNote<Status>(noteId, u"save draft %1"_s.arg(noteId), [&](Scope &scope, const JournalNote &n) -> Status {
        if (Decision own = NoteRules::canChangeDraft(n, scope.actor()); !own)
            return Error{own.reason};
        // A draft is not yet part of the journal: its one version is its text as typed.
        Result<QSqlQuery> done = scope.run(
            u"UPDATE note_version SET body = ?, written_at = ? WHERE note_id = ? AND version = 1"_s,
            {text.isNull() ? u""_s : text, clinictime::toStorage(clinictime::now()), noteId});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

Status NoteStore::sign(qint64 noteId)
{
    return writeNote<Status>(noteId, u"sign note %1"_s.arg(noteId), [&](Scope &scope, const JournalNote &n) -> Status {
        if (n.isSigned())
            return Error{tr("The note was signed already, on %1.").arg(clinictime::formatDateTime(n.signedAt))};
        if (Decision own = NoteRules::canChangeDraft(n, scope.actor()); !own)
            return Error{own.reason};
        if (n.currentText().trimmed().isEmpty())
            return Error{tr("An empty note cannot be signed.")};
        Result<QSqlQuery> done = scope.run(
            u"UPDATE journal_note SET signed_at = ?, signed_by = ?, signed_by_staff_id = ?, signed_by_unverified = 0 "
            "WHERE id = ? AND signed_at IS NULL AND discarded_at IS NULL"_s,
            {clinictime::toStorage(clinictime::now()), authorOf(scope.actor()), staffIdOf(scope.actor()), noteId});
        if (!done)
            return Error{done.error()};
        if (done->numRowsAffected() != 1)
            return Error{tr("The note was changed meanwhile: open it again.")};
        return {};
    });
}

Result<int> NoteStore::correct(qint64 noteId, const QString &text, const QString &reason)
{
    return writeNote<Result<int>>(noteId, u"correct note %1"_s.arg(noteId), [&](Scope &scope, const JournalNote &n) -> Result<int> {
        if (!n.isSigned())
            return Error{tr("The note is still a draft: edit it instead of correcting it.")};
        if (reason.trimmed().isEmpty())
            return Error{tr("A correction needs its reason.")};
        if (text.trimmed().isEmpty())
            return Error{tr("A correction needs the corrected text.")};
        const int version = n.versions.constLast().number + 1;
        if (Result<QSqlQuery> body = scope.run(
                u"INSERT INTO note_version (note_id, version, body, reason, author, author_staff_id, author_unverified, written_at) "
                "VALUES (?, ?, ?, ?, ?, ?, 0, ?)"_s,
                {noteId, version, text, reason.trimmed(), authorOf(scope.actor()), staffIdOf(scope.actor()),
                 clinictime::toStorage(clinictime::now())});
            !body)
            return Error{body.error()};
        if (Result<QSqlQuery> current = scope.run(u"UPDATE journal_note SET current_version = ? WHERE id = ?"_s, {version, noteId});
            !current)
            return Error{current.error()};
        return version;
    });
}

Status NoteStore::discardDraft(qint64 noteId)
{
    return writeNote<Status>(noteId, u"discarded draft %1"_s.arg(noteId), [&](Scope &scope, const JournalNote &n) -> Status {
        if (Decision own = NoteRules::canDiscard(n, scope.actor()); !own)
            return Error{own.reason};
        // The row stays: a discarded draft is marked, never deleted.
        Result<QSqlQuery> done = scope.run(
            u"UPDATE journal_note SET discarded_at = ?, discarded_by = ?, discarded_by_staff_id = ? "
            "WHERE id = ? AND signed_at IS NULL AND discarded_at IS NULL"_s,
            {clinictime::toStorage(clinictime::now()), authorOf(scope.actor()), staffIdOf(scope.actor()), noteId});
        if (!done)
            return Error{done.error()};
        if (done->numRowsAffected() != 1)
            return Error{tr("The note was changed meanwhile: open it again.")};
        return {};
    });
}

Result<QList<JournalNote>> NoteStore::notes(qint64 patientId, int *hidden) const
{
    return readNotes(patientId, hidden, false);
}

Result<QList<JournalNote>> NoteStore::notesToPrint(qint64 patientId, int *hidden) const
{
    return readNotes(patientId, hidden, true);
}

Result<QList<JournalNote>> NoteStore::readNotes(qint64 patientId, int *hidden, bool printed) const
{
    // A copy that leaves the journal (paper or PDF) says so in the audit record.
    const auto what = [printed](Data data) {
        return printed ? AccessPolicy::dataName(data) + u", printed or saved as PDF"_s : AccessPolicy::dataName(data);
    };
    // One visit per door: care notes and therapy notes. A kind the staff
    // member may not read is left out (and counted as hidden) without a
    // visit; only when both are refused is the read refused, and audited.
    QList<JournalNote> list;
    int shown = 0;
    int all = -1;
    QString refusal;
    for (const Data data : {Data::CareNotes, Data::TherapyNotes}) {
        const QStringList types = typesOf(data);
        if (Decision may = Gate::decide(m_journal, data, AccessPolicy::Action::Read, PatientRef::patient(patientId)); !may) {
            if (refusal.isEmpty())
                refusal = may.reason;
            continue;
        }
        Result<int> counted = Gate::read(m_journal, data, PatientRef::patient(patientId), what(data),
                                         [&](Scope &scope) -> Result<int> {
            QVariantList bindings{patientId};
            for (const QString &t : types)
                bindings << t;
            const QString ofTypes = u" AND n.note_type IN ("_s + sqlvalues::placeholders(types.size()) + u')';
            Result<QSqlQuery> rows = scope.run(
                u"SELECT "_s + noteColumns + u" WHERE n.patient_id = ? AND n.discarded_at IS NULL"_s + ofTypes, bindings);
            if (!rows)
                return Error{rows.error()};
            QHash<qint64, qsizetype> indexOf;
            const qsizetype first = list.size();
            while (rows->next()) {
                list << noteFrom(*rows);
                indexOf.insert(list.constLast().id, list.size() - 1);
            }
            rows->finish();
            if (all < 0) {
                // How many notes there are in all, so the screen can say how many it does not show.
                Result<QSqlQuery> count = scope.run(
                    u"SELECT COUNT(*) FROM journal_note WHERE patient_id = ? AND discarded_at IS NULL"_s, {patientId});
                if (!count || !count->next())
                    return Error{count ? tr("The journal did not answer.") : count.error()};
                all = count->value(0).toInt();
            }
            if (list.size() == first)
                return 0;
            // Every version of these notes in one query, not one per note.
            Result<QSqlQuery> versions = PostgresRoles::enforced(scope)
                ? scope.run(u"SELECT note_id, "_s + serverVersionColumns + u" FROM trinn_note_versions(CAST(? AS bigint[]))"_s,
                            {sqlvalues::idArray(indexOf.keys())})
                : scope.run(u"SELECT v.note_id, "_s + versionColumns + u" FROM journal_note n JOIN note_version v ON v.note_id = n.id "
                            "LEFT JOIN staff sv ON sv.id = v.author_staff_id "
                            "WHERE n.patient_id = ? AND n.discarded_at IS NULL"_s + ofTypes + u" ORDER BY v.note_id, v.version"_s,
                            bindings);
            if (!versions)
                return Error{versions.error()};
            while (versions->next()) {
                const auto at = indexOf.constFind(versions->value(0).toLongLong());
                if (at != indexOf.constEnd())
                    list[*at].versions.append(versionFrom(*versions, 1));
            }
            return int(list.size() - first);
        });
        if (counted) {
            shown += *counted;
            continue;
        }
        // A refusal hides these notes; any other failure is the answer.
        if (Gate::allows(m_journal, data, AccessPolicy::Action::Read))
            return Error{counted.error()};
        if (refusal.isEmpty())
            refusal = counted.error();
    }
    if (all < 0) {
        // Neither kind may be read: the refusal goes through the gate, which records it.
        return Gate::read(m_journal, Data::CareNotes, PatientRef::patient(patientId), what(Data::CareNotes),
                          [&](Scope &) -> Result<QList<JournalNote>> { return Error{refusal}; });
    }
    std::sort(list.begin(), list.end(), [](const JournalNote &a, const JournalNote &b) {
        return a.createdAt != b.createdAt ? a.createdAt > b.createdAt : a.id > b.id;
    });
    if (hidden)
        *hidden = all - shown;
    return list;
}

} // namespace trinn
