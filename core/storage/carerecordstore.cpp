#include "carerecordstore.h"
#include "common/journalwords.h"

#include "common/clinictime.h"
#include "common/correction.h"
#include "programs/builtinprograms.h"
#include "access/gate.h"
#include "storage/episodestore.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::dateOf;
using trinn::sqlvalues::text;

namespace trinn {

using Data = AccessPolicy::Data;

Result<qint64> CareRecordStore::addMedication(const Medication &m)
{
    if (m.drug.trimmed().isEmpty())
        return Error{tr("Name the drug.")};
    if (m.dose.trimmed().isEmpty())
        return Error{tr("Give the dose of %1.").arg(m.drug.trimmed())};
    if (!m.start.isValid())
        return Error{tr("Give the day %1 starts.").arg(m.drug.trimmed())};
    if (m.stop.isValid() && m.stop < m.start)
        return Error{tr("%1 cannot stop (%2) before it starts (%3).")
                         .arg(m.drug.trimmed(), clinictime::formatDate(m.stop), clinictime::formatDate(m.start))};
    return Gate::write(m_journal, Data::Medication, PatientRef::patient(m.patientId), u"recorded medication"_s,
                       [&](Scope &scope) -> Result<qint64> {
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO medication (patient_id, drug, dose, start_date, stop_date, prescriber, note) "
            "VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {m.patientId, m.drug.trimmed(), m.dose.trimmed(), clinictime::dateToStorage(m.start), sqlvalues::date(m.stop),
             text(m.prescriber), text(m.note)});
        if (!row)
            return Error{row.error()};
        return row->next() ? row->value(0).toLongLong() : qint64(0);
    });
}

Status CareRecordStore::stopMedication(qint64 medicationId, QDate stop, const QString &reason)
{
    return Gate::write(m_journal, Data::Medication, PatientRef::medication(medicationId), u"stopped medication"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> row = scope.run(u"SELECT drug, start_date, stop_date FROM medication WHERE id = ?"_s, {medicationId});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("There is no medication number %1 in this journal.").arg(medicationId)};
        const QString drug = row->value(0).toString();
        const QDate start = dateOf(row->value(1));
        const QDate stopped = dateOf(row->value(2));
        row->finish();
        if (!stop.isValid() || stop < start)
            return Error{tr("%1 cannot stop before it starts (%2).").arg(drug, clinictime::formatDate(start))};
        if (stopped == stop)
            return {};
        if (reason.trimmed().isEmpty())
            return Error{tr("Say why %1 is stopped: the reason is kept with the prescription's history.").arg(drug)};
        if (Status given = scope.giveReason(reason); !given)
            return given;
        Result<QSqlQuery> done = scope.run(u"UPDATE medication SET stop_date = ? WHERE id = ?"_s,
                                               {clinictime::dateToStorage(stop), medicationId});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

Result<QList<Medication>> CareRecordStore::medications(qint64 patientId) const
{
    return Gate::read(m_journal, Data::Medication, PatientRef::patient(patientId), u"medication"_s,
                       [&](Scope &scope) -> Result<QList<Medication>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, patient_id, drug, dose, start_date, stop_date, prescriber, note FROM medication "
            "WHERE patient_id = ? ORDER BY start_date, id"_s,
            {patientId});
        if (!rows)
            return Error{rows.error()};
        QList<Medication> list;
        while (rows->next())
            list.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(),
                         rows->value(3).toString(), dateOf(rows->value(4)), dateOf(rows->value(5)),
                         rows->value(6).toString(), rows->value(7).toString()});
        return list;
    });
}

Result<QList<Medication>> CareRecordStore::activeMedications(qint64 patientId, QDate day) const
{
    Result<QList<Medication>> all = medications(patientId);
    if (!all)
        return all;
    QList<Medication> active;
    for (const Medication &m : std::as_const(*all)) {
        if (m.activeOn(day))
            active.append(m);
    }
    return active;
}

Result<qint64> CareRecordStore::addCoercion(const Coercion &c)
{
    if (Decision decision = ProgramRules::coercionRecord(c.legalBasis, c.decidedBy, c.decidedOn, c.validUntil); !decision)
        return Error{decision.reason};
    // Stored by code, so the journal reads the same in every language.
    const QString basis = CoercionBasis::of(c.legalBasis)->code;
    const QString decider = CoercionBasis::deciderOf(c.decidedBy);
    return Gate::write(m_journal, Data::Programs, PatientRef::episode(c.episodeId), u"recorded coercion"_s,
                       [&](Scope &scope) -> Result<qint64> {
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO coercion (episode_id, legal_basis, decided_by, decided_on, valid_until, note) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {c.episodeId, basis, decider, clinictime::dateToStorage(c.decidedOn),
             sqlvalues::date(c.validUntil), text(c.note)});
        if (!row)
            return Error{row.error()};
        return row->next() ? row->value(0).toLongLong() : qint64(0);
    });
}

Result<QList<Coercion>> CareRecordStore::coercions(qint64 episodeId) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::episode(episodeId), u"coercion"_s,
                       [&](Scope &scope) -> Result<QList<Coercion>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, episode_id, legal_basis, decided_by, decided_on, valid_until, note FROM coercion "
            "WHERE episode_id = ? ORDER BY decided_on, id"_s,
            {episodeId});
        if (!rows)
            return Error{rows.error()};
        QList<Coercion> list;
        while (rows->next())
            list.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(),
                         rows->value(3).toString(), dateOf(rows->value(4)), dateOf(rows->value(5)), rows->value(6).toString()});
        return list;
    });
}

Result<qint64> CareRecordStore::addRelativeAdvice(const RelativeAdvice &a)
{
    if (a.relativeName.trimmed().isEmpty())
        return Error{tr("Name the relative who was offered advice.")};
    if (!a.offeredOn.isValid())
        return Error{tr("Give the day the advice was offered.")};
    return Gate::write(m_journal, Data::Programs, PatientRef::episode(a.episodeId), u"recorded advice to a relative"_s,
                       [&](Scope &scope) -> Result<qint64> {
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO relative_advice (episode_id, relative_name, offered_on, accepted, note) "
            "VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
            {a.episodeId, a.relativeName.trimmed(), clinictime::dateToStorage(a.offeredOn), a.accepted ? 1 : 0, text(a.note)});
        if (!row)
            return Error{row.error()};
        return row->next() ? row->value(0).toLongLong() : qint64(0);
    });
}

Result<QList<RelativeAdvice>> CareRecordStore::relativeAdvice(qint64 episodeId) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::episode(episodeId), u"advice to relatives"_s,
                       [&](Scope &scope) -> Result<QList<RelativeAdvice>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, episode_id, relative_name, offered_on, accepted, note FROM relative_advice "
            "WHERE episode_id = ? ORDER BY offered_on, id"_s,
            {episodeId});
        if (!rows)
            return Error{rows.error()};
        QList<RelativeAdvice> list;
        while (rows->next())
            list.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(),
                         dateOf(rows->value(3)), rows->value(4).toInt() != 0, rows->value(5).toString()});
        return list;
    });
}

Result<qint64> CareRecordStore::addFamilyStay(const FamilyStay &s)
{
    if (s.relativeName.trimmed().isEmpty())
        return Error{tr("Name the relative in the family program.")};
    return Gate::write(m_journal, Data::Programs, PatientRef::patient(s.patientId), u"planned a family program stay"_s,
                       [&](Scope &scope) -> Result<qint64> {
        Result<QList<Episode>> episodes = EpisodeStore(m_journal).episodesOf(s.patientId);
        if (!episodes)
            return Error{episodes.error()};
        const QDate end = s.end.isValid() ? s.end : s.start.addDays(BuiltinPrograms::familyProgramDays);
        if (Decision decision = ProgramRules::canPlanFamilyProgram(*episodes, s.start, end); !decision)
            return Error{decision.reason};
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO family_stay (patient_id, relative_name, relation, start_date, end_date, referred_onward, "
            "self_help_info_given) VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {s.patientId, s.relativeName.trimmed(), text(s.relation), clinictime::dateToStorage(s.start),
             clinictime::dateToStorage(end), text(s.referredOnward), s.selfHelpInfoGiven ? 1 : 0});
        if (!row)
            return Error{row.error()};
        return row->next() ? row->value(0).toLongLong() : qint64(0);
    });
}

Result<QList<FamilyStay>> CareRecordStore::familyStays(qint64 patientId) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::patient(patientId), u"family program stays"_s,
                       [&](Scope &scope) -> Result<QList<FamilyStay>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, patient_id, relative_name, relation, start_date, end_date, referred_onward, self_help_info_given "
            "FROM family_stay WHERE patient_id = ? ORDER BY start_date, id"_s,
            {patientId});
        if (!rows)
            return Error{rows.error()};
        QList<FamilyStay> list;
        while (rows->next())
            list.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toString(),
                         rows->value(3).toString(), dateOf(rows->value(4)), dateOf(rows->value(5)), rows->value(6).toString(),
                         rows->value(7).toInt() != 0});
        return list;
    });
}

Result<RelapseAssessment> CareRecordStore::assessRelapse(qint64 episodeId, int soberDays, const QString &cause,
                                                         const QString &circumstances, bool serious)
{
    if (soberDays < 0)
        return Error{tr("The time sober before the relapse cannot be negative.")};
    if (cause.trimmed().isEmpty())
        return Error{tr("Say why the relapse happened.")};
    const ProgramRules::RelapseLength length = ProgramRules::relapseLength(soberDays, serious);
    RelapseAssessment a{0, episodeId, soberDays, cause.trimmed(), text(circumstances), serious, length.days};
    return Gate::write(m_journal, Data::Programs, PatientRef::episode(episodeId), u"assessed a relapse"_s,
                       [&](Scope &scope) -> Result<RelapseAssessment> {
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO relapse_assessment (episode_id, sober_days, cause, circumstances, serious, recommended_days) "
            "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"_s,
            {episodeId, soberDays, a.cause, a.circumstances, serious ? 1 : 0, length.days});
        if (!row)
            return Error{row.error()};
        if (row->next())
            a.id = row->value(0).toLongLong();
        row->finish();
        // A relapse stay is planned with the length assessed, not the template's.
        Result<QSqlQuery> stay = scope.run(
            u"SELECT p.id, p.name, p.min_days, p.max_days, p.max_months, p.planned_start, p.actual_start, p.planned_end, "
            "p.status FROM phase p WHERE p.episode_id = ? AND p.kind = ? AND p.status IN ('planned', 'active')"_s,
            {episodeId, phasekind::relapse});
        if (!stay)
            return Error{stay.error()};
        if (stay->next()) {
            Phase p;
            p.id = stay->value(0).toLongLong();
            p.name = journalwords::program(stay->value(1).toString());
            p.minDays = stay->value(2).toInt();
            p.maxDays = stay->value(3).toInt();
            p.maxMonths = stay->value(4).toInt();
            p.plannedStart = dateOf(stay->value(5));
            p.actualStart = dateOf(stay->value(6));
            stay->finish();
            QDate end;
            if (Decision fits = ProgramRules::relapseStay(p, length.days, &end); !fits)
                return Error{fits.reason};
            if (Result<QSqlQuery> done = scope.run(u"UPDATE phase SET planned_end = ? WHERE id = ?"_s,
                                                   {clinictime::dateToStorage(end), p.id});
                !done)
                return Error{done.error()};
        }
        return a;
    });
}

Result<QList<RelapseAssessment>> CareRecordStore::relapseAssessments(qint64 episodeId) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::episode(episodeId), u"relapse assessments"_s,
                       [&](Scope &scope) -> Result<QList<RelapseAssessment>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, episode_id, sober_days, cause, circumstances, serious, recommended_days FROM relapse_assessment "
            "WHERE episode_id = ? ORDER BY id"_s,
            {episodeId});
        if (!rows)
            return Error{rows.error()};
        QList<RelapseAssessment> list;
        while (rows->next())
            list.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toInt(),
                         rows->value(3).toString(), rows->value(4).toString(), rows->value(5).toInt() != 0,
                         rows->value(6).toInt()});
        return list;
    });
}

Status CareRecordStore::recordDayTreatment(qint64 episodeId, QDate day, int minutes, const QString &reason)
{
    return Gate::write(m_journal, Data::Programs, PatientRef::episode(episodeId), u"recorded a day of day treatment"_s,
                       [&](Scope &scope) -> Status {
        Result<Episode> e = EpisodeStore(m_journal).episode(episodeId);
        if (!e)
            return Error{e.error()};
        const Phase *phase = e->phaseByKind(phasekind::dayTreatment);
        if (!phase)
            return Error{tr("%1 has no day treatment.").arg(e->programName)};
        if (phase->status != Phase::Status::Active && phase->status != Phase::Status::Completed)
            return Error{tr("%1 has not started.").arg(phase->name)};
        if (day < phase->start() || (phase->actualEnd.isValid() && day > phase->actualEnd))
            return Error{tr("%1 is outside %2 (from %3).").arg(clinictime::formatDate(day), phase->name,
                                                                clinictime::formatDate(phase->start()))};
        if (minutes < 0 || minutes > 12 * 60)
            return Error{tr("A day-treatment day of %1 minutes is not possible.").arg(minutes)};
        Result<QSqlQuery> recorded = scope.run(u"SELECT minutes FROM day_attendance WHERE episode_id = ? AND day = ?"_s,
                                               {episodeId, clinictime::dateToStorage(day)});
        if (!recorded)
            return Error{recorded.error()};
        const bool correcting = recorded->next() && recorded->value(0).toInt() != minutes;
        recorded->finish();
        if (Decision why = Correction::needsReason(correcting, reason, tr("the day of %1").arg(clinictime::formatDate(day))); !why)
            return Error{why.reason};
        if (correcting) {
            if (Status given = scope.giveReason(reason); !given)
                return given;
        }
        Result<QSqlQuery> done = scope.run(
            u"INSERT INTO day_attendance (episode_id, day, minutes) VALUES (?, ?, ?) "
            "ON CONFLICT (episode_id, day) DO UPDATE SET minutes = excluded.minutes"_s,
            {episodeId, clinictime::dateToStorage(day), minutes});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

Result<QList<std::pair<QDate, int>>> CareRecordStore::dayTreatment(qint64 episodeId) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::episode(episodeId), u"day treatment"_s,
                       [&](Scope &scope) -> Result<QList<std::pair<QDate, int>>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT day, minutes FROM day_attendance WHERE episode_id = ? ORDER BY day"_s, {episodeId});
        if (!rows)
            return Error{rows.error()};
        QList<std::pair<QDate, int>> days;
        while (rows->next())
            days.append({dateOf(rows->value(0)), rows->value(1).toInt()});
        return days;
    });
}

Result<ProgramRules::DayTreatmentCheck> CareRecordStore::checkDayTreatment(qint64 episodeId, QDate until) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::episode(episodeId), u"day treatment"_s,
                       [&](Scope &scope) -> Result<ProgramRules::DayTreatmentCheck> {
        Result<Episode> e = EpisodeStore(m_journal).episode(episodeId);
        if (!e)
            return Error{e.error()};
        const Phase *phase = e->phaseByKind(phasekind::dayTreatment);
        if (!phase || !phase->actualStart.isValid())
            return ProgramRules::DayTreatmentCheck{};
        Result<QList<std::pair<QDate, int>>> days = dayTreatment(episodeId);
        if (!days)
            return Error{days.error()};
        const QDate end = phase->actualEnd.isValid() ? std::min(phase->actualEnd, until) : until;
        return ProgramRules::dayTreatment(*days, phase->actualStart, end);
    });
}

} // namespace trinn
