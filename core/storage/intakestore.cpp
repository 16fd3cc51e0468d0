#include "intakestore.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "patients/nationalid.h"
#include "patients/patientrules.h"
#include "storage/episodestore.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::dateOf;
using trinn::sqlvalues::text;

namespace trinn {

using Data = AccessPolicy::Data;

namespace {

// A referral as it stands: the referral row as received, overlaid with its
// newest decision (none while only received).
const QString referralSelect =
    u"SELECT r.id, COALESCE(d.patient_id, r.patient_id), r.person_name, r.source, r.received_on, r.requested_service, "
    "r.documents, COALESCE(d.status, 'received'), COALESCE(d.reason, ''), COALESCE(d.priority, r.priority), d.assessed_on, "
    "d.care_deadline, d.planned_admission, d.decided_at, d.decided_by_staff_id, d.decided_by_name, "
    "(SELECT p.service FROM program_template p WHERE p.code = r.requested_service), r.national_id, COALESCE(d.care_right, '') FROM referral r "
    "LEFT JOIN referral_decision d ON d.id = (SELECT MAX(x.id) FROM referral_decision x WHERE x.referral_id = r.id)"_s;

QVariant nullableId(qint64 id)
{
    return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

Referral referralFrom(const QSqlQuery &q)
{
    Referral r;
    r.id = q.value(0).toLongLong();
    r.patientId = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
    r.personName = q.value(2).toString();
    r.source = q.value(3).toString();
    r.receivedOn = dateOf(q.value(4));
    r.requestedService = q.value(5).toString();
    r.documents = q.value(6).toString();
    r.status = Referral::statusFromCode(q.value(7).toString());
    r.statusReason = q.value(8).toString();
    r.priority = q.value(9).toInt();
    r.assessedOn = dateOf(q.value(10));
    r.careDeadline = dateOf(q.value(11));
    r.plannedAdmission = dateOf(q.value(12));
    if (!q.value(13).isNull())
        r.decidedAt = clinictime::fromStorage(q.value(13).toLongLong());
    r.decidedByStaffId = q.value(14).isNull() ? 0 : q.value(14).toLongLong();
    r.decidedByName = q.value(15).toString();
    r.assessmentRight = ReferralRules::assessmentRightApplies(q.value(16).toString());
    r.nationalId = q.value(17).toString();
    r.careRight = Referral::careRightFromCode(q.value(18).toString());
    return r;
}

// The referral's state, to carry into the next decision.
ReferralDecision stateOf(const Referral &r)
{
    ReferralDecision d;
    d.referralId = r.id;
    d.status = r.status;
    d.priority = r.priority;
    d.assessedOn = r.assessedOn;
    d.careDeadline = r.careDeadline;
    d.plannedAdmission = r.plannedAdmission;
    d.careRight = r.careRight;
    d.patientId = r.patientId;
    return d;
}

void sortByDeadline(QList<Referral> &list)
{
    std::stable_sort(list.begin(), list.end(), [](const Referral &a, const Referral &b) {
        const QDate da = ReferralRules::currentDeadline(a);
        const QDate db = ReferralRules::currentDeadline(b);
        if (da != db)
            return da < db;
        return a.priority < b.priority;
    });
}

} // namespace

Result<qint64> ReferralStore::receive(const Referral &r)
{
    if (r.personName.trimmed().isEmpty() && r.patientId == 0)
        return Error{tr("Name the person referred.")};
    if (!ReferralRules::sources().contains(r.source))
        return Error{tr("\"%1\" is not a referral source; use one of: %2.").arg(r.source, ReferralRules::sources().join(u", "_s))};
    if (!r.receivedOn.isValid() || r.receivedOn > clinictime::today())
        return Error{tr("Give the day the referral was received (not in the future).")};
    if (r.requestedService.trimmed().isEmpty())
        return Error{tr("Say which service is asked for.")};
    if (r.priority < 1 || r.priority > 3)
        return Error{tr("Priority is 1 (urgent), 2 (normal) or 3 (can wait).")};
    // A national id given is checked as a registration would check it.
    QString nationalId = r.nationalId;
    nationalId.remove(u' ');
    if (!nationalId.isEmpty()) {
        const Result<NationalId> id = NationalId::parse(nationalId);
        if (!id)
            return Error{tr("The national id of the person referred is not valid: %1").arg(id.error())};
        if (Decision accepted = PatientRules::acceptsId(*id, m_journal.kind()); !accepted)
            return Error{accepted.reason};
        nationalId = id->digits();
    }
    // No referral number yet: the patient, if the person is registered already.
    return Gate::write(m_journal, Data::Referrals, PatientRef::patient(r.patientId), u"received a referral"_s,
                       [&](Scope &scope) -> Result<qint64> {
        // A referral asks for a program the clinic has, by its code.
        Result<QSqlQuery> programs = scope.run(u"SELECT code FROM program_template ORDER BY code"_s);
        if (!programs)
            return Error{programs.error()};
        QStringList codes;
        while (programs->next())
            codes << programs->value(0).toString();
        programs->finish();
        if (!codes.contains(r.requestedService.trimmed()))
            return Error{tr("There is no program \"%1\" to refer to; the programs are: %2.")
                             .arg(r.requestedService.trimmed(), codes.join(u", "_s))};
        // A person registered already by that national id: the referral is theirs from the start.
        qint64 patientId = r.patientId;
        if (patientId == 0 && !nationalId.isEmpty()) {
            Result<QSqlQuery> known = scope.run(u"SELECT id FROM patient WHERE national_id = ?"_s, {nationalId});
            if (!known)
                return Error{known.error()};
            if (known->next())
                patientId = known->value(0).toLongLong();
            known->finish();
            scope.touched(patientId);
        }
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO referral (patient_id, person_name, source, received_on, requested_service, documents, status, priority, "
            "created_at, national_id) VALUES (?, ?, ?, ?, ?, ?, 'received', ?, ?, ?) RETURNING id"_s,
            {nullableId(patientId), text(r.personName), r.source, clinictime::dateToStorage(r.receivedOn),
             r.requestedService.trimmed(), text(r.documents), r.priority, clinictime::toStorage(clinictime::now()), text(nationalId)});
        if (!row || !row->next())
            return Error{row ? tr("The journal did not return the new referral's number.") : row.error()};
        return row->value(0).toLongLong();
    });
}

Result<Referral> ReferralStore::referralIn(const Scope &scope, qint64 referralId)
{
    Result<QSqlQuery> row = scope.run(referralSelect + u" WHERE r.id = ?"_s, {referralId});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{tr("There is no referral number %1 in this journal.").arg(referralId)};
    Referral r = referralFrom(*row);
    row->finish();
    return r;
}

Result<Referral> ReferralStore::referral(qint64 referralId) const
{
    return Gate::read(m_journal, Data::Referrals, PatientRef::referral(referralId), u"referral"_s,
                      [&](Scope &scope) { return referralIn(scope, referralId); });
}

Result<QList<ReferralDecision>> ReferralStore::history(qint64 referralId) const
{
    return Gate::read(m_journal, Data::Referrals, PatientRef::referral(referralId), u"referral history"_s,
                      [&](Scope &scope) -> Result<QList<ReferralDecision>> {
        Result<QSqlQuery> rows = scope.run(
            u"SELECT id, referral_id, status, priority, assessed_on, care_deadline, planned_admission, patient_id, reason, "
            "decided_at, decided_by_staff_id, decided_by_name, verified, care_right FROM referral_decision WHERE referral_id = ? ORDER BY id"_s,
            {referralId});
        if (!rows)
            return Error{rows.error()};
        QList<ReferralDecision> list;
        while (rows->next()) {
            ReferralDecision d;
            d.id = rows->value(0).toLongLong();
            d.referralId = rows->value(1).toLongLong();
            d.status = Referral::statusFromCode(rows->value(2).toString());
            d.priority = rows->value(3).toInt();
            d.assessedOn = dateOf(rows->value(4));
            d.careDeadline = dateOf(rows->value(5));
            d.plannedAdmission = dateOf(rows->value(6));
            d.patientId = rows->value(7).isNull() ? 0 : rows->value(7).toLongLong();
            d.reason = rows->value(8).toString();
            d.decidedAt = clinictime::fromStorage(rows->value(9).toLongLong());
            d.decidedByStaffId = rows->value(10).isNull() ? 0 : rows->value(10).toLongLong();
            d.decidedByName = rows->value(11).toString();
            d.verified = rows->value(12).toInt() != 0;
            d.careRight = Referral::careRightFromCode(rows->value(13).toString());
            list << d;
        }
        return list;
    });
}

Status ReferralStore::decide(const Scope &scope, const ReferralDecision &d)
{
    // Signed by whoever is signed in: never a name typed in or taken from the workstation.
    const Actor &actor = scope.actor();
    const QString author = actor.fullName.trimmed().isEmpty() ? actor.username : actor.fullName.trimmed();
    Result<QSqlQuery> done = scope.run(
        u"INSERT INTO referral_decision (referral_id, status, priority, assessed_on, care_deadline, planned_admission, patient_id, "
        "reason, decided_at, decided_by_staff_id, decided_by_name, verified, care_right) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)"_s,
        {d.referralId, Referral::statusCode(d.status), d.priority, sqlvalues::date(d.assessedOn), sqlvalues::date(d.careDeadline),
         sqlvalues::date(d.plannedAdmission), nullableId(d.patientId), text(d.reason), clinictime::toStorage(clinictime::now()),
         nullableId(actor.staffId), author, text(Referral::careRightCode(d.careRight))});
    if (!done)
        return Error{done.error()};
    return {};
}

Status ReferralStore::assess(qint64 referralId, QDate assessedOn, QDate careDeadline, int priority, const QString &reason,
                             Referral::CareRight careRight)
{
    if (priority < 1 || priority > 3)
        return Error{tr("Priority is 1 (urgent), 2 (normal) or 3 (can wait).")};
    return Gate::write(m_journal, Data::Referrals, PatientRef::referral(referralId), u"assessed a referral"_s,
                       [&](Scope &scope) -> Status {
        Result<Referral> r = referralIn(scope, referralId);
        if (!r)
            return Error{r.error()};
        if (Decision decision = ReferralRules::canAssess(*r, assessedOn, careDeadline, reason, careRight); !decision)
            return Error{decision.reason};
        ReferralDecision d = stateOf(*r);
        // Assessed again while waiting: the planned admission stands.
        d.status = r->status == Referral::Status::Waiting ? Referral::Status::Waiting : Referral::Status::Assessed;
        if (r->status == Referral::Status::Rejected)
            d.plannedAdmission = QDate();
        d.assessedOn = assessedOn;
        d.careDeadline = careDeadline;
        d.careRight = careRight;
        d.priority = priority;
        d.reason = reason;
        return decide(scope, d);
    });
}

Status ReferralStore::planAdmission(qint64 referralId, QDate plannedAdmission, const QString &reason)
{
    return Gate::write(m_journal, Data::Referrals, PatientRef::referral(referralId), u"planned an admission"_s,
                       [&](Scope &scope) -> Status {
        Result<Referral> r = referralIn(scope, referralId);
        if (!r)
            return Error{r.error()};
        if (Decision decision = ReferralRules::canPlanAdmission(*r, plannedAdmission, reason); !decision)
            return Error{decision.reason};
        ReferralDecision d = stateOf(*r);
        d.status = Referral::Status::Waiting;
        d.plannedAdmission = plannedAdmission;
        d.reason = reason;
        return decide(scope, d);
    });
}

Status ReferralStore::admit(qint64 referralId, qint64 patientId)
{
    return Gate::write(m_journal, Data::Referrals, PatientRef::referral(referralId), u"admitted a referral"_s,
                       [&](Scope &scope) -> Status {
        Result<Referral> r = referralIn(scope, referralId);
        if (!r)
            return Error{r.error()};
        if (Decision decision = ReferralRules::canAdmit(*r, patientId); !decision)
            return Error{decision.reason};
        Result<QSqlQuery> patient = scope.run(u"SELECT 1 FROM patient WHERE id = ?"_s, {patientId});
        if (!patient)
            return Error{patient.error()};
        if (!patient->next())
            return Error{tr("There is no patient number %1 in this journal.").arg(patientId)};
        patient->finish();
        // A referral received before the person was registered gets its patient
        // once; a patient already named is never replaced (canAdmit).
        if (Result<QSqlQuery> linked = scope.run(u"UPDATE referral SET patient_id = ? WHERE id = ? AND patient_id IS NULL"_s,
                                                 {patientId, referralId});
            !linked)
            return Error{linked.error()};
        scope.touched(patientId);
        ReferralDecision d = stateOf(*r);
        d.status = Referral::Status::Admitted;
        d.patientId = patientId;
        return decide(scope, d);
    });
}

Status ReferralStore::reject(qint64 referralId, const QString &reason)
{
    return Gate::write(m_journal, Data::Referrals, PatientRef::referral(referralId), u"rejected a referral"_s,
                       [&](Scope &scope) -> Status {
        Result<Referral> r = referralIn(scope, referralId);
        if (!r)
            return Error{r.error()};
        if (Decision decision = ReferralRules::canReject(*r, reason); !decision)
            return Error{decision.reason};
        ReferralDecision d = stateOf(*r);
        d.status = Referral::Status::Rejected;
        d.reason = reason;
        return decide(scope, d);
    });
}

Result<QList<Referral>> ReferralStore::openIn(const Scope &scope)
{
    Result<QSqlQuery> rows = scope.run(referralSelect + u" WHERE COALESCE(d.status, 'received') IN ('received', 'assessed', 'waiting')"_s);
    if (!rows)
        return Error{rows.error()};
    QList<Referral> list;
    while (rows->next()) {
        list << referralFrom(*rows);
        scope.touched(list.constLast().patientId);
    }
    sortByDeadline(list);
    return list;
}

Result<QList<Referral>> ReferralStore::open() const
{
    return Gate::read(m_journal, Data::Referrals, PatientRef::none(), u"referrals"_s, [&](Scope &scope) { return openIn(scope); });
}

Result<QList<Referral>> ReferralStore::closedSince(QDate since) const
{
    return Gate::read(m_journal, Data::Referrals, PatientRef::none(), u"referrals decided"_s, [&](Scope &scope) -> Result<QList<Referral>> {
        Result<QSqlQuery> rows = scope.run(referralSelect + u" WHERE d.status IN ('admitted', 'rejected') AND d.decided_at >= ? "
                                                            "ORDER BY d.decided_at DESC, r.id DESC"_s,
                                           {clinictime::toStorage(clinictime::at(since, QTime(0, 0)))});
        if (!rows)
            return Error{rows.error()};
        QList<Referral> list;
        while (rows->next()) {
            list << referralFrom(*rows);
            scope.touched(list.constLast().patientId);
        }
        return list;
    });
}

Result<QList<Referral>> ReferralStore::waitingList() const
{
    return Gate::read(m_journal, Data::Referrals, PatientRef::none(), u"waiting list"_s, [&](Scope &scope) -> Result<QList<Referral>> {
        Result<QList<Referral>> all = openIn(scope);
        if (!all)
            return all;
        QList<Referral> waiting;
        for (const Referral &r : std::as_const(*all)) {
            if (r.status != Referral::Status::Received)
                waiting << r;
        }
        return waiting;
    });
}

Result<qint64> BedStore::addBed(const Bed &bed)
{
    if (bed.site.trimmed().isEmpty() || bed.room.trimmed().isEmpty() || bed.label.trimmed().isEmpty())
        return Error{tr("A bed needs a site, a room and a label.")};
    return Gate::write(m_journal, Data::Beds, PatientRef::none(), u"added a bed"_s, [&](Scope &scope) -> Result<qint64> {
        Result<QSqlQuery> taken = scope.run(u"SELECT 1 FROM bed WHERE site = ? AND room = ? AND label = ?"_s,
                                            {bed.site.trimmed(), bed.room.trimmed(), bed.label.trimmed()});
        if (!taken)
            return Error{taken.error()};
        if (taken->next())
            return Error{tr("Bed %1 in room %2 at %3 exists already.").arg(bed.label, bed.room, bed.site)};
        taken->finish();
        Result<QSqlQuery> row = scope.run(u"INSERT INTO bed (site, room, label) VALUES (?, ?, ?) RETURNING id"_s,
                                          {bed.site.trimmed(), bed.room.trimmed(), bed.label.trimmed()});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("The journal did not return the new bed's number.")};
        return row->value(0).toLongLong();
    });
}

Result<QList<Bed>> BedStore::bedsIn(const Scope &scope)
{
    Result<QSqlQuery> rows = scope.run(u"SELECT id, site, room, label FROM bed ORDER BY site, room, label"_s);
    if (!rows)
        return Error{rows.error()};
    QList<Bed> list;
    while (rows->next())
        list.append({rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString()});
    return list;
}

Result<QList<Bed>> BedStore::beds() const
{
    return Gate::read(m_journal, Data::Beds, PatientRef::none(), u"beds"_s, [&](Scope &scope) { return bedsIn(scope); });
}

Result<QList<BedStay>> BedStore::staysIn(const Scope &scope, QDate from, QDate to, qint64 bedId, qint64 patientId)
{
    // Found by the end date: the stays not over by `from` are few however many
    // years of stays lie behind. The start is compared through substr() so that
    // neither planner walks the start-date index through all of those years.
    QString sql = u"SELECT s.id, s.bed_id, s.patient_id, p.given_names, p.family_name, s.start_date, s.end_date, s.episode_id "
                  "FROM bed_stay s JOIN patient p ON p.id = s.patient_id WHERE s.end_date > ? AND substr(s.start_date, 1, 10) < ?"_s;
    QVariantList bindings{clinictime::dateToStorage(from), clinictime::dateToStorage(to)};
    if (bedId != 0 || patientId != 0) {
        sql += u" AND (s.bed_id = ? OR s.patient_id = ?)"_s;
        bindings << bedId << patientId;
    }
    Result<QSqlQuery> rows = scope.run(sql, bindings);
    if (!rows)
        return Error{rows.error()};
    QList<BedStay> list;
    while (rows->next())
        list.append({rows->value(0).toLongLong(), rows->value(1).toLongLong(), rows->value(2).toLongLong(),
                     rows->value(3).toString() + u' ' + rows->value(4).toString(), dateOf(rows->value(5)), dateOf(rows->value(6)),
                     rows->value(7).isNull() ? 0 : rows->value(7).toLongLong()});
    std::stable_sort(list.begin(), list.end(), [](const BedStay &a, const BedStay &b) { return a.start < b.start; });
    return list;
}

Result<QList<BedStay>> BedStore::staysBetween(QDate from, QDate to) const
{
    return Gate::read(m_journal, Data::Beds, PatientRef::none(), u"bed stays"_s, [&](Scope &scope) -> Result<QList<BedStay>> {
        Result<QList<BedStay>> stays = staysIn(scope, from, to);
        if (!stays)
            return stays;
        for (const BedStay &stay : std::as_const(*stays))
            scope.touched(stay.patientId);
        return stays;
    });
}

Result<qint64> BedStore::book(qint64 bedId, qint64 patientId, QDate start, QDate end, qint64 episodeId)
{
    // Everything the rule reads (the bed, the episode's plan, the nights taken)
    // is read inside the gate's write transaction: a second workstation
    // booking the same night waits, then sees this booking.
    return Gate::write(m_journal, Data::Beds, PatientRef::patient(patientId), u"booked a bed"_s, [&](Scope &scope) -> Result<qint64> {
        Result<QSqlQuery> bedRow = scope.run(u"SELECT id, site, room, label FROM bed WHERE id = ?"_s, {bedId});
        if (!bedRow)
            return Error{bedRow.error()};
        if (!bedRow->next())
            return Error{tr("There is no bed number %1 in this journal.").arg(bedId)};
        const Bed bed{bedRow->value(0).toLongLong(), bedRow->value(1).toString(), bedRow->value(2).toString(), bedRow->value(3).toString()};
        bedRow->finish();
        QDate until = end;
        if (!until.isValid() && episodeId != 0) {
            Result<Episode> episode = EpisodeStore(scope.journal()).episode(episodeId);
            if (!episode)
                return Error{episode.error()};
            for (const Phase &phase : episode->phases) {
                if (phase.residential && phase.kind != u"gathering" && phase.status != Phase::Status::Cancelled
                    && phase.status != Phase::Status::Skipped)
                    until = std::max(until, phase.end());
            }
        }
        if (!until.isValid())
            return Error{tr("Give the last night of the stay, or the episode whose phases plan it.")};
        // This bed's stays and this patient's, whichever bed: no one else's are needed.
        Result<QList<BedStay>> stays = staysIn(scope, start, until, bedId, patientId);
        if (!stays)
            return Error{stays.error()};
        if (Decision free = BedRules::canBook(bed, patientId, start, until, *stays); !free)
            return Error{free.reason};
        for (const BedStay &s : std::as_const(*stays)) {
            if (s.patientId == patientId && s.overlaps(start, until))
                return Error{tr("%1 has another bed then (%2–%3).").arg(s.patientName, clinictime::formatDate(s.start), clinictime::formatDate(s.end))};
        }
        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO bed_stay (bed_id, patient_id, start_date, end_date, episode_id) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
            {bedId, patientId, clinictime::dateToStorage(start), clinictime::dateToStorage(until), nullableId(episodeId)});
        if (!row || !row->next())
            return Error{row ? tr("The journal did not return the new stay's number.") : row.error()};
        const qint64 id = row->value(0).toLongLong();
        row->finish();
        return id;
    });
}

Status BedStore::followPhase(const Scope &scope, qint64 episodeId, QDate oldEnd, QDate newEnd)
{
    Result<QSqlQuery> rows = scope.run(
        u"SELECT s.id, s.bed_id, s.patient_id, s.start_date, b.site, b.room, b.label FROM bed_stay s JOIN bed b ON b.id = s.bed_id "
        "WHERE s.episode_id = ? AND s.end_date = ?"_s,
        {episodeId, clinictime::dateToStorage(oldEnd)});
    if (!rows)
        return Error{rows.error()};
    struct Following
    {
        qint64 stayId;
        qint64 patientId;
        QDate start;
        Bed bed;
    };
    QList<Following> following;
    while (rows->next())
        following.append({rows->value(0).toLongLong(), rows->value(2).toLongLong(), dateOf(rows->value(3)),
                          Bed{rows->value(1).toLongLong(), rows->value(4).toString(), rows->value(5).toString(), rows->value(6).toString()}});
    rows->finish();
    for (const Following &f : std::as_const(following)) {
        if (newEnd <= f.start)
            return Error{tr("The stay in bed %1 starts %2: the phase cannot end before it.").arg(f.bed.label, clinictime::formatDate(f.start))};
        if (newEnd > oldEnd) {
            // The nights added must be free: this bed's stays then, this one left out.
            Result<QList<BedStay>> stays = staysIn(scope, oldEnd, newEnd, f.bed.id);
            if (!stays)
                return Error{stays.error()};
            QList<BedStay> others;
            for (const BedStay &s : std::as_const(*stays)) {
                if (s.id != f.stayId)
                    others << s;
            }
            if (Decision free = BedRules::canBook(f.bed, f.patientId, oldEnd, newEnd, others); !free)
                return Error{tr("The stay cannot be extended: %1 Move that booking first.").arg(free.reason)};
        }
        if (Result<QSqlQuery> moved = scope.run(u"UPDATE bed_stay SET end_date = ? WHERE id = ?"_s,
                                                {clinictime::dateToStorage(newEnd), f.stayId});
            !moved)
            return Error{moved.error()};
    }
    return {};
}

Status BedStore::freeBedsOf(const Scope &scope, qint64 episodeId, QDate day)
{
    const QVariant on = clinictime::dateToStorage(day);
    // Running on `day`: out that morning. Not yet begun: no nights at all.
    if (Result<QSqlQuery> ended = scope.run(u"UPDATE bed_stay SET end_date = ? WHERE episode_id = ? AND start_date < ? AND end_date > ?"_s,
                                            {on, episodeId, on, on});
        !ended)
        return Error{ended.error()};
    if (Result<QSqlQuery> dropped = scope.run(u"UPDATE bed_stay SET end_date = start_date WHERE episode_id = ? AND start_date >= ?"_s,
                                              {episodeId, on});
        !dropped)
        return Error{dropped.error()};
    return {};
}

Result<QList<BedRules::BoardRow>> BedStore::board(QDate day) const
{
    return Gate::read(m_journal, Data::Beds, PatientRef::none(), u"bed board"_s, [&](Scope &scope) -> Result<QList<BedRules::BoardRow>> {
        Result<QList<Bed>> all = bedsIn(scope);
        if (!all)
            return Error{all.error()};
        Result<QList<BedStay>> stays = staysIn(scope, day, day.addYears(2));
        if (!stays)
            return Error{stays.error()};
        // Each bed looks at its own stays only: the board grows with the beds, not beds × stays.
        QHash<qint64, QList<BedStay>> staysOf;
        for (const BedStay &stay : std::as_const(*stays))
            staysOf[stay.bedId].append(stay);
        QList<BedRules::BoardRow> rows;
        rows.reserve(all->size());
        for (const Bed &bed : std::as_const(*all)) {
            rows << BedRules::boardRow(bed, staysOf.value(bed.id), day);
            // The board names today's occupant and the next one: each is audited.
            scope.touched(rows.constLast().occupant.patientId);
            scope.touched(rows.constLast().next.patientId);
        }
        return rows;
    });
}

Result<QList<BedRules::WeekLoad>> BedStore::forecast(QDate from, int weeks) const
{
    // Counts only: no patient is shown.
    return Gate::read(m_journal, Data::Beds, PatientRef::none(), u"occupancy forecast"_s,
                      [&](Scope &scope) -> Result<QList<BedRules::WeekLoad>> {
        Result<QList<Bed>> all = bedsIn(scope);
        if (!all)
            return Error{all.error()};
        Result<QList<BedStay>> stays = staysIn(scope, from.addDays(-7), from.addDays(7 * (weeks + 1)));
        if (!stays)
            return Error{stays.error()};
        return BedRules::forecast(*all, *stays, from, weeks);
    });
}

} // namespace trinn
