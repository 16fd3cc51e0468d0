#include "followupstore.h"
#include "common/journalwords.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::dateOf;

namespace trinn {

QString FollowUpStore::kindName(const QString &kind)
{
    if (kind == u"phone"_s)
        return tr("phone call");
    if (kind == u"letter"_s)
        return tr("letter");
    return kind;
}

QString FollowUpStore::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Reached: return tr("reached");
    case Outcome::NotReached: return tr("not reached");
    case Outcome::LetterSent: return tr("letter sent");
    }
    return {};
}

Result<QList<FollowUpStore::Due>> FollowUpStore::due(QDate until) const
{
    return Gate::read(m_journal, AccessPolicy::Data::Programs, PatientRef::none(), u"due follow-ups"_s,
                      [&](Scope &scope) -> Result<QList<Due>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT f.id, f.episode_id, e.patient_id, p.given_names, p.family_name, p.national_id, p.phone, e.program_name, "
            "f.kind, f.planned_on FROM follow_up f JOIN episode e ON e.id = f.episode_id JOIN patient p ON p.id = e.patient_id "
            "WHERE f.done_on IS NULL AND f.planned_on <= ? AND e.status <> 'cancelled' ORDER BY f.planned_on, f.id"_s,
            {clinictime::dateToStorage(until)});
        if (!rows)
            return Error{rows.error()};
        QList<Due> list;
        while (rows->next()) {
            Due d;
            d.id = rows->value(0).toLongLong();
            d.episodeId = rows->value(1).toLongLong();
            d.patientId = rows->value(2).toLongLong();
            const QString given = rows->value(3).toString();
            d.patientName = given.isEmpty() ? rows->value(4).toString() : given + u' ' + rows->value(4).toString();
            d.nationalId = rows->value(5).toString();
            d.phone = rows->value(6).toString();
            d.programName = journalwords::program(rows->value(7).toString());
            d.kind = rows->value(8).toString();
            d.plannedOn = dateOf(rows->value(9));
            // Each patient on the list is shown, so each is audited.
            scope.touched(d.patientId);
            list << d;
        }
        return list;
    });
}

Status FollowUpStore::markDone(qint64 followUpId, QDate doneOn, Outcome outcome, const QString &note)
{
    if (!doneOn.isValid() || doneOn > clinictime::today())
        return Error{tr("Give the day the follow-up was done (not in the future); nothing was saved.")};
    if (outcome == Outcome::NotReached && note.trimmed().isEmpty())
        return Error{tr("Say what was tried when the patient was not reached; nothing was saved.")};
    return Gate::write(m_journal, AccessPolicy::Data::Programs, PatientRef::followUp(followUpId), u"recorded a follow-up"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> row = scope.run(u"SELECT done_on, planned_on FROM follow_up WHERE id = ?"_s, {followUpId});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("There is no follow-up number %1 in this journal.").arg(followUpId)};
        const QDate doneBefore = dateOf(row->value(0));
        row->finish();
        if (doneBefore.isValid())
            return Error{tr("This follow-up was recorded as done on %1 already; nothing was saved.").arg(clinictime::formatDate(doneBefore))};
        // The outcome leads the note, in the journal's words, signed by whoever recorded it.
        QString text = tr("%1 (%2)").arg(outcomeName(outcome), scope.actor().displayName());
        if (!note.trimmed().isEmpty())
            text += u": "_s + note.trimmed();
        Result<QSqlQuery> done = scope.run(u"UPDATE follow_up SET done_on = ?, note = ? WHERE id = ?"_s,
                                           {clinictime::dateToStorage(doneOn), text, followUpId});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

} // namespace trinn
