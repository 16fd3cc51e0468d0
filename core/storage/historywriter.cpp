#include "historywriter.h"

#include "common/clinictime.h"
#include "access/gate.h"
#include "storage/sqlvalues.h"
#include "testing/substancetest.h"

using namespace Qt::StringLiterals;
using trinn::sqlvalues::dateOf;
using trinn::sqlvalues::text;

namespace trinn {

HistoryWriter::HistoryWriter(Scope &scope) : m_scope(scope), m_tests(scope) {}

Result<QList<HistoryWriter::LivedPhase>> HistoryWriter::livedPhases() const
{
    Result<QSqlQuery> rows = m_scope.run(
        u"SELECT e.patient_id, e.id, e.program_code, pt.testing, ph.kind, ph.residential, ph.actual_start, ph.actual_end, "
        "p.given_names, p.family_name FROM phase ph JOIN episode e ON e.id = ph.episode_id "
        "JOIN program_template pt ON pt.id = e.program_id JOIN patient p ON p.id = e.patient_id "
        "WHERE ph.actual_start IS NOT NULL ORDER BY e.patient_id, ph.actual_start, ph.position"_s);
    if (!rows)
        return Error{rows.error()};
    QList<LivedPhase> phases;
    while (rows->next()) {
        LivedPhase p;
        p.patientId = rows->value(0).toLongLong();
        p.episodeId = rows->value(1).toLongLong();
        p.programCode = rows->value(2).toString();
        p.testing = rows->value(3).toString();
        p.kind = rows->value(4).toString();
        p.residential = rows->value(5).toInt() != 0;
        p.start = dateOf(rows->value(6));
        p.end = dateOf(rows->value(7));
        p.patientName = rows->value(8).toString() + u' ' + rows->value(9).toString();
        phases.append(p);
    }
    return phases;
}

Result<QHash<qint64, QList<Medication>>> HistoryWriter::medications() const
{
    Result<QSqlQuery> rows =
        m_scope.run(u"SELECT id, patient_id, drug, dose, start_date, stop_date, prescriber FROM medication ORDER BY patient_id, start_date"_s);
    if (!rows)
        return Error{rows.error()};
    QHash<qint64, QList<Medication>> byPatient;
    while (rows->next()) {
        Medication m;
        m.id = rows->value(0).toLongLong();
        m.patientId = rows->value(1).toLongLong();
        m.drug = rows->value(2).toString();
        m.dose = rows->value(3).toString();
        m.start = dateOf(rows->value(4));
        m.stop = dateOf(rows->value(5));
        m.prescriber = rows->value(6).toString();
        byPatient[m.patientId].append(m);
    }
    return byPatient;
}

Result<qint64> HistoryWriter::addTest(const SubstanceTest &test)
{
    TestRowWriter::Row row;
    row.outcome = test.outcome;
    row.recordedAt = clinictime::toStorage(test.recordedAt.isValid() ? test.recordedAt : test.sampledAt);
    return m_tests.write(test, row);
}

Status HistoryWriter::addNote(const Note &note)
{
    if (!m_note) {
        Result<QSqlQuery> head = m_scope.prepare(
            u"INSERT INTO journal_note (patient_id, note_type, author, created_at, signed_at, signed_by) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s);
        Result<QSqlQuery> body = m_scope.prepare(
            u"INSERT INTO note_version (note_id, version, body, author, written_at) VALUES (?, 1, ?, ?, ?)"_s);
        if (!head || !body)
            return Error{head ? body.error() : head.error()};
        m_note = *head;
        m_noteBody = *body;
    }
    const qint64 written = clinictime::toStorage(note.writtenAt);
    const bool isSigned = note.signedAt.isValid();
    if (Status done = m_scope.execPrepared(
            *m_note, {note.patientId, note.type, note.author, written,
                      isSigned ? QVariant(clinictime::toStorage(note.signedAt)) : QVariant(QMetaType::fromType<qint64>()),
                      isSigned ? note.author : u""_s});
        !done)
        return done;
    if (!m_note->next())
        return Error{tr("The journal did not return the new note's number.")};
    const qint64 id = m_note->value(0).toLongLong();
    m_note->finish();
    return m_scope.execPrepared(*m_noteBody, {id, text(note.body), note.author, written});
}

} // namespace trinn
