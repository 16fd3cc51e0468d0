#include "intakestore.h"

#include "common/clinictime.h"
#include "storage/auditlog.h"
#include "storage/episodestore.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::dateOf;
using trinn::sqlvalues::text;

namespace trinn {
namespace {

const QString referralColumns = u"id, patient_id, person_name, source, received_on, requested_service, documents, status, "
                                "status_reason, priority, assessed_on, care_deadline, planned_admission"_s;

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
    return r;
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
    if (Status allowed = Access::check(m_journal, AccessPolicy::Data::Referrals, AccessPolicy::Action::Write, r.patientId,
                                       u"received a referral"_s);
        !allowed)
        return Error{allowed.error()};
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
    Result<QSqlQuery> row = m_journal.run(
        u"INSERT INTO referral (patient_id, person_name, source, received_on, requested_service, documents, status, priority, "
        "created_at) VALUES (?, ?, ?, ?, ?, ?, 'received', ?, ?) RETURNING id"_s,
        {r.patientId ? QVariant(r.patientId) : QVariant(QMetaType::fromType<qint64>()), text(r.personName), r.source,
         clinictime::dateToStorage(r.receivedOn), r.requestedService.trimmed(), text(r.documents), r.priority,
         clinictime::toStorage(clinictime::now())});
    if (!row || !row->next())
        return Error{row ? tr("The journal did not return the new referral's number.") : row.error()};
    return row->value(0).toLongLong();
}

Result<Referral> ReferralStore::referral(qint64 referralId) const
{
    Result<QSqlQuery> row = m_journal.run(u"SELECT "_s + referralColumns + u" FROM referral WHERE id = ?"_s, {referralId});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{tr("There is no referral number %1 in this journal.").arg(referralId)};
    return referralFrom(*row);
}

Status ReferralStore::assess(qint64 referralId, QDate assessedOn, QDate careDeadline, int priority)
{
    Result<Referral> r = referral(referralId);
    if (!r)
        return Error{r.error()};
    if (Decision decision = ReferralRules::canAssess(*r, assessedOn, careDeadline); !decision)
        return Error{decision.reason};
    Result<QSqlQuery> done = m_journal.run(
        u"UPDATE referral SET status = 'assessed', assessed_on = ?, care_deadline = ?, priority = ? WHERE id = ?"_s,
        {clinictime::dateToStorage(assessedOn), clinictime::dateToStorage(careDeadline), std::clamp(priority, 1, 3), referralId});
    if (!done)
        return Error{done.error()};
    return {};
}

Status ReferralStore::planAdmission(qint64 referralId, QDate plannedAdmission)
{
    Result<Referral> r = referral(referralId);
    if (!r)
        return Error{r.error()};
    if (r->status != Referral::Status::Assessed && r->status != Referral::Status::Waiting)
        return Error{tr("Assess the referral before planning the admission.")};
    if (!plannedAdmission.isValid() || plannedAdmission < r->assessedOn)
        return Error{tr("The admission cannot be planned before the assessment (%1).").arg(clinictime::formatDate(r->assessedOn))};
    Result<QSqlQuery> done = m_journal.run(
        u"UPDATE referral SET status = 'waiting', planned_admission = ? WHERE id = ?"_s,
        {clinictime::dateToStorage(plannedAdmission), referralId});
    if (!done)
        return Error{done.error()};
    return {};
}

Status ReferralStore::setStatus(qint64 referralId, Referral::Status status, const QString &reason)
{
    Result<QSqlQuery> done = m_journal.run(u"UPDATE referral SET status = ?, status_reason = ? WHERE id = ?"_s,
                                           {Referral::statusCode(status), text(reason), referralId});
    if (!done)
        return Error{done.error()};
    return {};
}

Status ReferralStore::admit(qint64 referralId, qint64 patientId)
{
    Result<Referral> r = referral(referralId);
    if (!r)
        return Error{r.error()};
    if (r->status == Referral::Status::Received)
        return Error{tr("Assess the referral before admitting the patient.")};
    if (r->status == Referral::Status::Admitted || r->status == Referral::Status::Rejected)
        return Error{tr("The referral is %1 already.").arg(Referral::statusName(r->status))};
    if (Result<QSqlQuery> linked = m_journal.run(u"UPDATE referral SET patient_id = ? WHERE id = ?"_s, {patientId, referralId}); !linked)
        return Error{linked.error()};
    return setStatus(referralId, Referral::Status::Admitted, QString());
}

Status ReferralStore::reject(qint64 referralId, const QString &reason)
{
    Result<Referral> r = referral(referralId);
    if (!r)
        return Error{r.error()};
    if (Decision decision = ReferralRules::canReject(*r, reason); !decision)
        return Error{decision.reason};
    return setStatus(referralId, Referral::Status::Rejected, reason);
}

Result<QList<Referral>> ReferralStore::open() const
{
    if (Status allowed = Access::check(m_journal, AccessPolicy::Data::Referrals, AccessPolicy::Action::Read, 0, u"referrals"_s); !allowed)
        return Error{allowed.error()};
    Result<QSqlQuery> rows = m_journal.run(
        u"SELECT "_s + referralColumns + u" FROM referral WHERE status IN ('received', 'assessed', 'waiting')"_s);
    if (!rows)
        return Error{rows.error()};
    QList<Referral> list;
    while (rows->next())
        list << referralFrom(*rows);
    sortByDeadline(list);
    return list;
}

Result<QList<Referral>> ReferralStore::waitingList() const
{
    Result<QList<Referral>> all = open();
    if (!all)
        return all;
    QList<Referral> waiting;
    for (const Referral &r : std::as_const(*all)) {
        if (r.status != Referral::Status::Received)
            waiting << r;
    }
    return waiting;
}

Result<qint64> BedStore::addBed(const Bed &bed)
{
    if (bed.site.trimmed().isEmpty() || bed.room.trimmed().isEmpty() || bed.label.trimmed().isEmpty())
        return Error{tr("A bed needs a site, a room and a label.")};
    Result<QSqlQuery> row = m_journal.run(
        u"INSERT INTO bed (site, room, label) VALUES (?, ?, ?) RETURNING id"_s,
        {bed.site.trimmed(), bed.room.trimmed(), bed.label.trimmed()});
    if (!row) {
        return Error{row.error().contains(u"UNIQUE"_s, Qt::CaseInsensitive) || row.error().contains(u"duplicate"_s)
                         ? tr("Bed %1 in room %2 at %3 exists already.").arg(bed.label, bed.room, bed.site)
                         : row.error()};
    }
    if (!row->next())
        return Error{tr("The journal did not return the new bed's number.")};
    return row->value(0).toLongLong();
}

Result<QList<Bed>> BedStore::beds() const
{
    Result<QSqlQuery> rows = m_journal.run(u"SELECT id, site, room, label FROM bed ORDER BY site, room, label"_s);
    if (!rows)
        return Error{rows.error()};
    QList<Bed> list;
    while (rows->next())
        list.append({rows->value(0).toLongLong(), rows->value(1).toString(), rows->value(2).toString(), rows->value(3).toString()});
    return list;
}

Result<QList<BedStay>> BedStore::staysBetween(QDate from, QDate to) const
{
    // Found by the end date: the stays not over by `from` are few however many
    // years of stays lie behind. The start is compared through substr() so that
    // neither planner walks the start-date index through all of those years.
    Result<QSqlQuery> rows = m_journal.run(
        u"SELECT s.id, s.bed_id, s.patient_id, p.given_names, p.family_name, s.start_date, s.end_date, s.episode_id "
        "FROM bed_stay s JOIN patient p ON p.id = s.patient_id WHERE s.end_date > ? AND substr(s.start_date, 1, 10) < ?"_s,
        {clinictime::dateToStorage(from), clinictime::dateToStorage(to)});
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

Result<qint64> BedStore::book(qint64 bedId, qint64 patientId, QDate start, QDate end, qint64 episodeId)
{
    if (Status allowed = Access::check(m_journal, AccessPolicy::Data::Beds, AccessPolicy::Action::Write, patientId, u"booked a bed"_s);
        !allowed)
        return Error{allowed.error()};
    Result<QList<Bed>> all = beds();
    if (!all)
        return Error{all.error()};
    const auto bed = std::find_if(all->begin(), all->end(), [&](const Bed &b) { return b.id == bedId; });
    if (bed == all->end())
        return Error{tr("There is no bed number %1 in this journal.").arg(bedId)};
    QDate until = end;
    if (!until.isValid() && episodeId != 0) {
        Result<Episode> episode = EpisodeStore(m_journal).episode(episodeId);
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
    WriteTransaction transaction(m_journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    Result<QList<BedStay>> stays = staysBetween(start, until);
    if (!stays)
        return Error{stays.error()};
    if (Decision free = BedRules::canBook(*bed, patientId, start, until, *stays); !free)
        return Error{free.reason};
    for (const BedStay &s : std::as_const(*stays)) {
        if (s.patientId == patientId && s.overlaps(start, until))
            return Error{tr("%1 has another bed then (%2–%3).").arg(s.patientName, clinictime::formatDate(s.start), clinictime::formatDate(s.end))};
    }
    Result<QSqlQuery> row = m_journal.run(
        u"INSERT INTO bed_stay (bed_id, patient_id, start_date, end_date, episode_id) VALUES (?, ?, ?, ?, ?) RETURNING id"_s,
        {bedId, patientId, clinictime::dateToStorage(start), clinictime::dateToStorage(until),
         episodeId ? QVariant(episodeId) : QVariant(QMetaType::fromType<qint64>())});
    if (!row || !row->next())
        return Error{row ? tr("The journal did not return the new stay's number.") : row.error()};
    const qint64 id = row->value(0).toLongLong();
    row->finish();
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
}

Result<QList<BedRules::BoardRow>> BedStore::board(QDate day) const
{
    if (Status allowed = Access::check(m_journal, AccessPolicy::Data::Beds, AccessPolicy::Action::Read, 0, u"bed board"_s); !allowed)
        return Error{allowed.error()};
    Result<QList<Bed>> all = beds();
    if (!all)
        return Error{all.error()};
    Result<QList<BedStay>> stays = staysBetween(day, day.addYears(2));
    if (!stays)
        return Error{stays.error()};
    // Each bed looks at its own stays only: the board grows with the beds, not beds × stays.
    QHash<qint64, QList<BedStay>> staysOf;
    for (const BedStay &stay : std::as_const(*stays))
        staysOf[stay.bedId].append(stay);
    QList<BedRules::BoardRow> rows;
    rows.reserve(all->size());
    for (const Bed &bed : std::as_const(*all))
        rows << BedRules::boardRow(bed, staysOf.value(bed.id), day);
    return rows;
}

Result<QList<BedRules::WeekLoad>> BedStore::forecast(QDate from, int weeks) const
{
    Result<QList<Bed>> all = beds();
    if (!all)
        return Error{all.error()};
    Result<QList<BedStay>> stays = staysBetween(from.addDays(-7), from.addDays(7 * (weeks + 1)));
    if (!stays)
        return Error{stays.error()};
    return BedRules::forecast(*all, *stays, from, weeks);
}

} // namespace trinn
