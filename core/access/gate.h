#pragma once

#include "access/accesspolicy.h"
#include "common/result.h"

#include <QSqlQuery>
#include <QVariantList>

#include <functional>
#include <memory>
#include <type_traits>

class QSqlError;

namespace trinn {

class Journal;
class WriteTransaction;

/// The patient a door touches: given outright, found from one of the
/// patient's records (an episode, a test, a note …), or none (templates,
/// lists of many patients, staff accounts).
struct PatientRef
{
    enum class From { None, Patient, Episode, Phase, Medication, Test, Note, Referral, FollowUp, Appointment };
    From from = From::None;
    qint64 id = 0;

    static PatientRef none() { return {}; }
    static PatientRef patient(qint64 id) { return {From::Patient, id}; }
    static PatientRef episode(qint64 id) { return {From::Episode, id}; }
    static PatientRef phase(qint64 id) { return {From::Phase, id}; }
    static PatientRef medication(qint64 id) { return {From::Medication, id}; }
    static PatientRef test(qint64 id) { return {From::Test, id}; }
    static PatientRef note(qint64 id) { return {From::Note, id}; }
    static PatientRef referral(qint64 id) { return {From::Referral, id}; }
    static PatientRef followUp(qint64 id) { return {From::FollowUp, id}; }
    static PatientRef appointment(qint64 id) { return {From::Appointment, id}; }
};

/// One entry point of core: what data it touches, whether it reads or
/// writes, whose data, and the words the audit log records ("recorded a
/// substance test").
struct Door
{
    AccessPolicy::Data data = AccessPolicy::Data::Patient;
    AccessPolicy::Action action = AccessPolicy::Action::Read;
    PatientRef patient;
    QString what;

    static Door read(AccessPolicy::Data data, PatientRef patient, QString what)
    {
        return {data, AccessPolicy::Action::Read, patient, std::move(what)};
    }
    static Door write(AccessPolicy::Data data, PatientRef patient, QString what)
    {
        return {data, AccessPolicy::Action::Write, patient, std::move(what)};
    }
};

/// What a use case may do once the gate let it in: run SQL on the journal,
/// inside the use case's transaction for a write. Only the gate (and the
/// journal's own migrations) make one, so no SQL reaches a patient's data
/// without an access check and an audit record.
class Scope
{
public:
    Journal &journal() const { return m_journal; }
    const Actor &actor() const;
    /// The patient the door named (0 when none).
    qint64 patientId() const { return m_patientId; }
    bool isPostgres() const;

    Result<QSqlQuery> run(const QString &sql, const QVariantList &bindings = {}) const;
    Result<QSqlQuery> runFixed(const QString &sql) const;
    Result<QSqlQuery> prepare(const QString &sql) const;
    Status execPrepared(QSqlQuery &query, const QVariantList &bindings) const;
    QString describe(const QSqlError &error) const;

    /// Why this write corrects what was recorded: every change the
    /// transaction makes from here on carries the reason in the change log,
    /// where the record's history (RecordHistory) shows it beside the author.
    Status giveReason(const QString &reason) const;

    /// Patients shown or changed besides the door's own (a board's rows, a
    /// group's members): each gets the visit's audit record too.
    void touched(qint64 patientId) const;
    void touched(const QList<qint64> &patientIds) const;

private:
    friend class Gate;
    friend class Journal;
    Scope(Journal &journal, qint64 patientId) : m_journal(journal), m_patientId(patientId) {}
    Journal &m_journal;
    qint64 m_patientId = 0;
};

/// The one door to a patient's data. A visit asks the access policy (care
/// team and emergency access included), writes its audit record once, and
/// for a write owns the transaction from before the first read a rule
/// depends on to the last write. A refusal is logged in its own transaction,
/// so it survives the rollback. A visit inside another (a use case calling
/// another) asks the policy only for data the visit was not yet granted, and
/// never logs again: the outermost visit's record covers it.
class Gate
{
public:
    /// Reads `data` of `patient`: body(scope) runs once access is granted,
    /// and the read is audited when it succeeds.
    template<typename Body>
    static auto read(Journal &journal, AccessPolicy::Data data, PatientRef patient, const QString &what, Body &&body)
        -> std::invoke_result_t<Body, Scope &>
    {
        return pass(journal, Door::read(data, patient, what), std::forward<Body>(body));
    }

    /// Writes `data` of `patient` in one transaction: body(scope) runs inside
    /// it once access is granted; the audit record and the commit follow when
    /// it succeeds, and a failure rolls everything back.
    template<typename Body>
    static auto write(Journal &journal, AccessPolicy::Data data, PatientRef patient, const QString &what, Body &&body)
        -> std::invoke_result_t<Body, Scope &>
    {
        return pass(journal, Door::write(data, patient, what), std::forward<Body>(body));
    }

    /// Signing in, the one door with no actor yet. check(scope) runs first,
    /// outside any transaction: it reads the password hash and checks the
    /// password, the slow part (one Argon2id hash), without holding the
    /// journal's write lock. body(scope) then runs inside one write
    /// transaction and decides from the account as it is now (disabled,
    /// locked, the failures so far), so failures are counted atomically
    /// however many try at once; the transaction commits whether the attempt
    /// succeeds or not, with an audit record of it ("signed in", "failed to
    /// sign in").
    static Result<Actor> signIn(Journal &journal, const QString &username, const std::function<Status(Scope &scope)> &check,
                                const std::function<Result<Actor>(Scope &scope)> &body);

    /// Whether the signed-in staff member may read or write `data` of a
    /// patient (care team and emergency access included), asked without a
    /// visit: for a screen that shows what it may and leaves out the rest
    /// without a refusal on record. Nothing is read through it.
    static Decision decide(Journal &journal, AccessPolicy::Data data, AccessPolicy::Action action, PatientRef patient);

    /// The role check alone, for a screen that must know whether to offer a door.
    static Decision allows(const Journal &journal, AccessPolicy::Data data, AccessPolicy::Action action);

private:
    static Result<qint64> resolve(Journal &journal, const PatientRef &ref);

    class Visit
    {
    public:
        Visit(Journal &journal, const Door &door);
        ~Visit();
        Visit(const Visit &) = delete;
        Visit &operator=(const Visit &) = delete;

        Status enter();
        Status leave();
        Scope &scope() { return m_scope; }

    private:
        Journal &m_journal;
        const Door &m_door;
        Scope m_scope;
        bool m_outermost = false;
        bool m_entered = false;
        // Statements lent from the journal's cache before this visit began.
        qsizetype m_lentBefore = 0;
        std::unique_ptr<WriteTransaction> m_transaction;
    };

    template<typename Body>
    static auto pass(Journal &journal, const Door &door, Body &&body) -> std::invoke_result_t<Body, Scope &>
    {
        using R = std::invoke_result_t<Body, Scope &>;
        Visit visit(journal, door);
        if (Status entered = visit.enter(); !entered)
            return R(Error{entered.error()});
        R result = body(visit.scope());
        if (!result)
            return result;
        if (Status left = visit.leave(); !left)
            return R(Error{left.error()});
        return result;
    }
};

} // namespace trinn
