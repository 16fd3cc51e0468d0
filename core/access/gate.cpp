#include "gate.h"

#include "storage/auditlog.h"
#include "storage/journal.h"
#include "storage/journalchanges.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

// Where a record's patient is found; the names of the records for the message
// when there is no such record.
struct PatientLookup
{
    const char *sql;
    const char *missing;
};

PatientLookup lookupOf(PatientRef::From from)
{
    switch (from) {
    case PatientRef::From::Episode:
        return {"SELECT patient_id FROM episode WHERE id = ?", QT_TRANSLATE_NOOP("Gate", "There is no episode number %1 in this journal.")};
    case PatientRef::From::Phase:
        return {"SELECT e.patient_id FROM phase p JOIN episode e ON e.id = p.episode_id WHERE p.id = ?",
                QT_TRANSLATE_NOOP("Gate", "There is no phase number %1 in this journal.")};
    case PatientRef::From::Medication:
        return {"SELECT patient_id FROM medication WHERE id = ?",
                QT_TRANSLATE_NOOP("Gate", "There is no medication number %1 in this journal.")};
    case PatientRef::From::Test:
        return {"SELECT patient_id FROM substance_test WHERE id = ?",
                QT_TRANSLATE_NOOP("Gate", "There is no test number %1 in this journal.")};
    case PatientRef::From::Note:
        return {"SELECT patient_id FROM journal_note WHERE id = ?",
                QT_TRANSLATE_NOOP("Gate", "There is no note number %1 in this journal.")};
    case PatientRef::From::Referral:
        return {"SELECT COALESCE(patient_id, 0) FROM referral WHERE id = ?",
                QT_TRANSLATE_NOOP("Gate", "There is no referral number %1 in this journal.")};
    case PatientRef::From::FollowUp:
        return {"SELECT e.patient_id FROM follow_up f JOIN episode e ON e.id = f.episode_id WHERE f.id = ?",
                QT_TRANSLATE_NOOP("Gate", "There is no follow-up number %1 in this journal.")};
    case PatientRef::From::Appointment:
        return {"SELECT patient_id FROM appointment WHERE id = ?",
                QT_TRANSLATE_NOOP("Gate", "There is no appointment number %1 in this journal.")};
    case PatientRef::From::None:
    case PatientRef::From::Patient:
        break;
    }
    return {nullptr, nullptr};
}

} // namespace

Result<qint64> Gate::resolve(Journal &journal, const PatientRef &ref)
{
    if (ref.from == PatientRef::From::None)
        return qint64(0);
    if (ref.from == PatientRef::From::Patient)
        return ref.id;
    const PatientLookup lookup = lookupOf(ref.from);
    Result<QSqlQuery> row = journal.run(QString::fromLatin1(lookup.sql), {ref.id});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{QCoreApplication::translate("Gate", lookup.missing).arg(ref.id)};
    return row->value(0).toLongLong();
}

const Actor &Scope::actor() const
{
    return m_journal.actor();
}

bool Scope::isPostgres() const
{
    return m_journal.isPostgres();
}

Result<QSqlQuery> Scope::run(const QString &sql, const QVariantList &bindings) const
{
    return m_journal.run(sql, bindings);
}

Status Scope::giveReason(const QString &reason) const
{
    // On SQLite the one row of write_actor names the transaction; on
    // PostgreSQL a transaction-local setting, gone at COMMIT or ROLLBACK.
    Result<QSqlQuery> given = isPostgres()
        ? m_journal.run(u"SELECT set_config('trinn.reason', ?, true)"_s, {reason.trimmed()})
        : m_journal.run(u"UPDATE write_actor SET reason = ? WHERE slot = 1"_s, {reason.trimmed()});
    if (!given)
        return Error{given.error()};
    return {};
}

Result<QSqlQuery> Scope::runFixed(const QString &sql) const
{
    return m_journal.runFixed(sql);
}

Result<QSqlQuery> Scope::prepare(const QString &sql) const
{
    return m_journal.prepare(sql);
}

Status Scope::execPrepared(QSqlQuery &query, const QVariantList &bindings) const
{
    return m_journal.execPrepared(query, bindings);
}

QString Scope::describe(const QSqlError &error) const
{
    return m_journal.describe(error);
}

void Scope::touched(qint64 patientId) const
{
    if (patientId != 0 && !m_journal.m_gate.touched.contains(patientId))
        m_journal.m_gate.touched.append(patientId);
}

void Scope::touched(const QList<qint64> &patientIds) const
{
    for (qint64 id : patientIds)
        touched(id);
}

Result<Actor> Gate::signIn(Journal &journal, const QString &username, const std::function<Status(Scope &)> &check,
                          const std::function<Result<Actor>(Scope &)> &body)
{
    Scope scope(journal, 0);
    if (Status checked = check(scope); !checked)
        return Error{checked.error()};
    WriteTransaction transaction(journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    Result<Actor> actor = body(scope);
    const Actor signedIn = actor ? *actor : Actor{};
    // The record names who tried; the actor of a failed attempt is the
    // workstation's (system) one.
    const Actor before = journal.actor();
    if (actor)
        journal.setActor(*actor);
    const Status logged = AuditLog::append(journal, 0, actor ? u"sign-in"_s : u"refused"_s,
                                           actor ? u"signed in"_s : u"failed to sign in as "_s + username.trimmed());
    journal.setActor(before);
    if (!logged)
        return Error{logged.error()};
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return actor;
}

Decision Gate::decide(Journal &journal, AccessPolicy::Data data, AccessPolicy::Action action, PatientRef patient)
{
    const Actor &actor = journal.actor();
    Result<qint64> id = resolve(journal, patient);
    if (!id)
        return Decision::deny(id.error());
    bool onCareTeam = false;
    if (!actor.isSystem() && *id != 0) {
        Result<QSqlQuery> team = journal.run(u"SELECT 1 FROM care_team WHERE patient_id = ? AND staff_id = ?"_s,
                                             {*id, actor.staffId});
        if (!team)
            return Decision::deny(team.error());
        onCareTeam = team->next();
    }
    return AccessPolicy::allows(actor, data, action, onCareTeam);
}

Decision Gate::allows(const Journal &journal, AccessPolicy::Data data, AccessPolicy::Action action)
{
    return AccessPolicy::allows(journal.actor(), data, action, false);
}

Gate::Visit::Visit(Journal &journal, const Door &door) : m_journal(journal), m_door(door), m_scope(journal, 0) {}

Gate::Visit::~Visit()
{
    // What the body read is done with (its values were taken out).
    m_journal.releaseStatementsSince(m_lentBefore);
    // Rolls back a write that did not reach leave().
    m_transaction.reset();
    if (!m_entered)
        return;
    Journal::GateState &state = m_journal.m_gate;
    if (state.depth > 1) {
        --state.depth;
        return;
    }
    // Refusals met inside the visit are logged now that its transaction is
    // gone, each in its own transaction, so they survive the rollback. The
    // visit is still open meanwhile, so they are no change to announce.
    const QList<std::pair<qint64, QString>> refusals = state.refusals;
    state.refusals.clear();
    for (const auto &[patientId, what] : refusals)
        [[maybe_unused]] const Status logged = AuditLog::append(m_journal, patientId, u"refused"_s, what);
    state = Journal::GateState{};
    m_journal.releaseStatements();
}

Status Gate::Visit::enter()
{
    m_entered = true;
    Journal::GateState &state = m_journal.m_gate;
    m_outermost = state.depth++ == 0;
    // Each visit reads the journal as it is now, not as a statement left
    // unfinished earlier saw it.
    if (m_outermost)
        m_journal.releaseStatements();
    m_lentBefore = m_journal.lentStatements();
    const bool writing = m_door.action == AccessPolicy::Action::Write;
    if (m_outermost && writing) {
        m_transaction = std::make_unique<WriteTransaction>(m_journal);
        if (!m_transaction->started()) {
            Status failed = m_transaction->started();
            m_transaction.reset();
            return failed;
        }
    }
    Result<qint64> patient = resolve(m_journal, m_door.patient);
    if (!patient)
        return Error{patient.error()};
    m_scope.m_patientId = *patient;

    // Once per kind of data and patient in a visit: a use case that reads the
    // same data through several repositories asks once.
    const qint64 key = *patient;
    const qint64 grant = key * 64 + int(m_door.data) * 2 + int(m_door.action);
    if (state.granted.contains(grant))
        return {};

    const Actor &actor = m_journal.actor();
    bool onCareTeam = false;
    if (!actor.isSystem() && key != 0) {
        if (const auto known = state.onCareTeam.constFind(key); known != state.onCareTeam.constEnd()) {
            onCareTeam = *known;
        } else {
            Result<QSqlQuery> team = m_journal.run(u"SELECT 1 FROM care_team WHERE patient_id = ? AND staff_id = ?"_s,
                                                   {key, actor.staffId});
            if (!team)
                return Error{team.error()};
            onCareTeam = team->next();
            state.onCareTeam.insert(key, onCareTeam);
        }
    }
    const Decision decision = AccessPolicy::allows(actor, m_door.data, m_door.action, onCareTeam);
    if (decision) {
        state.granted.insert(grant);
        return {};
    }
    // The refusal outlives the rolled-back transaction (see ~Visit): a pattern
    // of them is worth a review.
    state.refusals.append({key, m_door.what});
    return Error{decision.reason};
}

Status Gate::Visit::leave()
{
    // The body has returned: its statements are reset, so none is still "in
    // progress" when the audit record opens a savepoint.
    m_journal.releaseStatementsSince(m_lentBefore);
    // Every open workspace hears of the write once its transaction commits.
    if (m_door.action == AccessPolicy::Action::Write)
        m_journal.changes().changing(m_door.data);
    if (!m_outermost)
        return {};
    const bool writing = m_door.action == AccessPolicy::Action::Write;
    QList<qint64> patients = m_journal.m_gate.touched;
    const qint64 own = m_scope.patientId();
    if (own != 0 && !patients.contains(own))
        patients.prepend(own);

    if (!writing) {
        Journal::ReadScope &screen = m_journal.readScope();
        QString what = m_door.what;
        if (screen.depth > 0) {
            // One record per patient for the whole screen being filled.
            QList<qint64> fresh;
            for (qint64 id : std::as_const(patients)) {
                if (!screen.logged.contains(id)) {
                    screen.logged.insert(id);
                    fresh.append(id);
                }
            }
            patients = fresh;
            what = screen.what;
        }
        return AuditLog::appendMany(m_journal, patients, u"read"_s, what);
    }
    if (patients.isEmpty())
        patients.append(0);
    if (Status logged = AuditLog::appendMany(m_journal, patients, u"write"_s, m_door.what); !logged)
        return logged;
    Status committed = m_transaction->commit();
    m_transaction.reset();
    return committed;
}

} // namespace trinn
