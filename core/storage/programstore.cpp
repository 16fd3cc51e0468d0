#include "programstore.h"

#include "programs/programrules.h"

#include "access/gate.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::text;

namespace trinn {
namespace {

// The schema step that says who each program is for.
constexpr int eligibilitySchema = 24;

const QString programColumns = u"id, code, name, service, description, testing, capacity, min_leaders, max_leaders, "
                               "weeks, session_minutes, max_absences, prerequisite_code, revision"_s;

ProgramTemplate programFrom(const QSqlQuery &q)
{
    ProgramTemplate p;
    p.id = q.value(0).toLongLong();
    p.code = q.value(1).toString();
    p.name = q.value(2).toString();
    p.service = q.value(3).toString();
    p.description = q.value(4).toString();
    p.testing = q.value(5).toString();
    p.capacity = q.value(6).toInt();
    p.minLeaders = q.value(7).toInt();
    p.maxLeaders = q.value(8).toInt();
    p.weeks = q.value(9).toInt();
    p.sessionMinutes = q.value(10).toInt();
    p.maxAbsences = q.value(11).toInt();
    p.prerequisiteCode = q.value(12).toString();
    p.revision = q.value(13).toInt();
    return p;
}

} // namespace

using Data = AccessPolicy::Data;

Status ProgramStore::installBuiltins(Scope &scope)
{
    for (const ProgramTemplate &program : BuiltinPrograms::all()) {
        Result<QSqlQuery> existing = scope.run(u"SELECT id FROM program_template WHERE code = ?"_s, {program.code});
        if (!existing)
            return Error{existing.error()};
        const bool present = existing->next();
        existing->finish();
        if (present)
            continue;
        if (Status inserted = insert(scope, program); !inserted)
            return inserted;
    }
    return {};
}

Status ProgramStore::insert(const Scope &journal, const ProgramTemplate &program)
{
    Result<QSqlQuery> row = journal.run(
        u"INSERT INTO program_template (code, name, service, description, testing, capacity, min_leaders, max_leaders, "
        "weeks, session_minutes, max_absences, prerequisite_code, revision, updated_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s,
        {program.code, program.name, program.service, text(program.description), text(program.testing), program.capacity,
         program.minLeaders, program.maxLeaders, program.weeks, program.sessionMinutes, program.maxAbsences,
         text(program.prerequisiteCode), program.revision, clinictime::toStorage(clinictime::now())});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{tr("The journal did not return the new program's number.")};
    const qint64 id = row->value(0).toLongLong();
    row->finish();

    return writeDetails(journal, id, program, CriterionCodes::Absent);
}

Status ProgramStore::writeDetails(const Scope &journal, qint64 id, const ProgramTemplate &program, CriterionCodes codes)
{
    int position = 0;
    for (const PhaseTemplate &phase : program.phases) {
        Result<QSqlQuery> done = journal.run(
            u"INSERT INTO phase_template (program_id, position, code, name, kind, default_days, min_days, max_days, "
            "max_months, residential, optional, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
            {id, ++position, phase.code, phase.name, phase.kind, phase.defaultDays, phase.minDays, phase.maxDays,
             phase.maxMonths, phase.residential ? 1 : 0, phase.optional ? 1 : 0, text(phase.description)});
        if (!done)
            return Error{done.error()};
    }
    position = 0;
    for (const Criterion &criterion : program.criteria) {
        const QString kind = criterion.kind == Criterion::Kind::Exclusion ? u"exclusion"_s : u"inclusion"_s;
        Result<QSqlQuery> done = codes == CriterionCodes::Written
            ? journal.run(u"INSERT INTO program_criterion (program_id, position, kind, text, code) VALUES (?, ?, ?, ?, ?)"_s,
                          {id, ++position, kind, criterion.text, criterion.key()})
            : journal.run(u"INSERT INTO program_criterion (program_id, position, kind, text) VALUES (?, ?, ?, ?)"_s,
                          {id, ++position, kind, criterion.text});
        if (!done)
            return Error{done.error()};
    }
    return {};
}

Status ProgramStore::loadDetails(const Scope &scope, ProgramTemplate &program)
{
    Result<QSqlQuery> phases = scope.run(
        u"SELECT id, position, code, name, kind, default_days, min_days, max_days, max_months, residential, optional, "
        "description FROM phase_template WHERE program_id = ? ORDER BY position"_s,
        {program.id});
    if (!phases)
        return Error{phases.error()};
    program.phases.clear();
    while (phases->next()) {
        PhaseTemplate p;
        p.id = phases->value(0).toLongLong();
        p.position = phases->value(1).toInt();
        p.code = phases->value(2).toString();
        p.name = phases->value(3).toString();
        p.kind = phases->value(4).toString();
        p.defaultDays = phases->value(5).toInt();
        p.minDays = phases->value(6).toInt();
        p.maxDays = phases->value(7).toInt();
        p.maxMonths = phases->value(8).toInt();
        p.residential = phases->value(9).toInt() != 0;
        p.optional = phases->value(10).toInt() != 0;
        p.description = phases->value(11).toString();
        program.phases.append(p);
    }
    if (scope.journal().schemaVersion() >= eligibilitySchema) {
        Result<QSqlQuery> eligibility = scope.run(
            u"SELECT min_age, in_lar, individual_therapist FROM program_eligibility WHERE program_code = ?"_s, {program.code});
        if (!eligibility)
            return Error{eligibility.error()};
        if (eligibility->next()) {
            program.minAge = eligibility->value(0).toInt();
            program.forLarPatients = eligibility->value(1).toInt() != 0;
            program.needsIndividualTherapist = eligibility->value(2).toInt() != 0;
        }
        eligibility->finish();
    }
    Result<QSqlQuery> criteria = scope.run(
        u"SELECT kind, text, code FROM program_criterion WHERE program_id = ? ORDER BY position"_s, {program.id});
    if (!criteria)
        return Error{criteria.error()};
    program.criteria.clear();
    while (criteria->next())
        program.criteria.append({criteria->value(0).toString() == u"exclusion" ? Criterion::Kind::Exclusion
                                                                              : Criterion::Kind::Inclusion,
                                 criteria->value(1).toString(), criteria->value(2).toString()});
    return {};
}

Result<QList<ProgramTemplate>> ProgramStore::list() const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::none(), u"program templates"_s,
                       [&](Scope &scope) -> Result<QList<ProgramTemplate>> {
        Result<QSqlQuery> rows = scope.run(u"SELECT "_s + programColumns + u" FROM program_template ORDER BY id"_s);
        if (!rows)
            return Error{rows.error()};
        QList<ProgramTemplate> programs;
        while (rows->next())
            programs.append(programFrom(*rows));
        for (ProgramTemplate &program : programs) {
            if (Status loaded = loadDetails(scope, program); !loaded)
                return Error{loaded.error()};
        }
        return programs;
    });
}

Result<ProgramTemplate> ProgramStore::byId(qint64 id) const
{
    return Gate::read(m_journal, Data::Programs, PatientRef::none(), u"a program template"_s,
                       [&](Scope &scope) -> Result<ProgramTemplate> {
        Result<QSqlQuery> row = scope.run(u"SELECT "_s + programColumns + u" FROM program_template WHERE id = ?"_s, {id});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("There is no program number %1 in this journal.").arg(id)};
        ProgramTemplate program = programFrom(*row);
        if (Status loaded = loadDetails(scope, program); !loaded)
            return Error{loaded.error()};
        return program;
    });
}

Result<ProgramTemplate> ProgramStore::find(const QString &codeOrName) const
{
    const QString wanted = codeOrName.trimmed();
    Result<QList<ProgramTemplate>> programs = list();
    if (!programs)
        return Error{programs.error()};
    for (const ProgramTemplate &program : std::as_const(*programs)) {
        if (program.code == wanted || program.name.compare(wanted, Qt::CaseInsensitive) == 0)
            return program;
    }
    QStringList names;
    for (const ProgramTemplate &program : std::as_const(*programs))
        names << program.name;
    return Error{tr("There is no program called \"%1\". The programs are: %2.").arg(wanted, names.join(u"; "_s))};
}

Status ProgramStore::update(const ProgramTemplate &program)
{
    if (program.name.trimmed().isEmpty())
        return Error{tr("A program needs a name.")};
    if (program.phases.isEmpty())
        return Error{tr("%1 needs at least one phase.").arg(program.name)};
    for (const PhaseTemplate &phase : program.phases) {
        if (phase.name.trimmed().isEmpty() || phase.defaultDays <= 0)
            return Error{tr("Every phase of %1 needs a name and a length of at least one day.").arg(program.name)};
        if (Decision fits = ProgramRules::templatePhase(phase); !fits)
            return Error{fits.reason};
    }
    return Gate::write(m_journal, Data::Programs, PatientRef::none(), u"edited a program template"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> updated = scope.run(
            u"UPDATE program_template SET name = ?, description = ?, testing = ?, capacity = ?, min_leaders = ?, "
            "max_leaders = ?, weeks = ?, session_minutes = ?, max_absences = ?, prerequisite_code = ?, "
            "revision = revision + 1, updated_at = ? WHERE id = ?"_s,
            {program.name.trimmed(), text(program.description), text(program.testing), program.capacity, program.minLeaders,
             program.maxLeaders, program.weeks, program.sessionMinutes, program.maxAbsences, text(program.prerequisiteCode),
             clinictime::toStorage(clinictime::now()), program.id});
        if (!updated)
            return Error{updated.error()};
        if (updated->numRowsAffected() != 1)
            return Error{tr("There is no program number %1 in this journal.").arg(program.id)};
        for (const QString &table : {u"phase_template"_s, u"program_criterion"_s}) {
            if (Result<QSqlQuery> cleared = scope.run(u"DELETE FROM "_s + table + u" WHERE program_id = ?"_s, {program.id});
                !cleared)
                return Error{cleared.error()};
        }
        if (Status written = writeDetails(scope, program.id, program); !written)
            return written;
        return {};
    });
}

} // namespace trinn
