#include "outingstore.h"

#include "common/clinictime.h"
#include "storage/calendarstore.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace trinn {

Result<qint64> OutingStore::create(const Outing &o)
{
    if (o.kind != u"AA" && o.kind != u"NA")
        return Error{tr("An outing goes to an AA or an NA meeting, not \"%1\".").arg(o.kind)};
    if (o.place.trimmed().isEmpty())
        return Error{tr("Say where the meeting is.")};
    if (!o.startsAt.isValid())
        return Error{tr("Say when the meeting starts.")};
    if (o.participants.isEmpty())
        return Error{tr("An outing needs participants.")};
    QStringList escorts;
    for (const QString &e : o.escorts) {
        if (!e.trimmed().isEmpty())
            escorts << e.trimmed();
    }
    if (!o.atClinic && escorts.isEmpty())
        return Error{tr("An outing to %1 needs at least one escort.").arg(o.place.trimmed())};

    CalendarStore calendar(m_journal);
    const Booking candidate{tr("the %1 meeting").arg(o.kind), QString(), escorts, o.participants, o.startsAt, 120, {}};
    Result<QList<Booking>> others = calendar.between(candidate.start, candidate.end());
    if (!others)
        return Error{others.error()};
    Result<QHash<qint64, QString>> names = calendar.patientNames(o.participants);
    if (Decision free = ConflictRules::check(candidate, *others, names ? *names : QHash<qint64, QString>()); !free)
        return Error{free.reason};

    WriteTransaction transaction(m_journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    Result<QSqlQuery> row = m_journal.run(
        u"INSERT INTO outing (kind, place, starts_at, at_clinic) VALUES (?, ?, ?, ?) RETURNING id"_s,
        {o.kind, o.place.trimmed(), clinictime::toStorage(o.startsAt), o.atClinic ? 1 : 0});
    if (!row || !row->next())
        return Error{row ? tr("The journal did not return the new outing's number.") : row.error()};
    const qint64 id = row->value(0).toLongLong();
    row->finish();
    for (const QString &escort : std::as_const(escorts)) {
        if (Result<QSqlQuery> done = m_journal.run(
                u"INSERT INTO outing_escort (outing_id, staff_name) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, {id, escort});
            !done)
            return Error{done.error()};
    }
    for (qint64 patient : o.participants) {
        if (Result<QSqlQuery> done = m_journal.run(
                u"INSERT INTO outing_participant (outing_id, patient_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, {id, patient});
            !done)
            return Error{done.error()};
    }
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
}

Result<QList<Outing>> OutingStore::between(const QDateTime &from, const QDateTime &to) const
{
    Result<QSqlQuery> rows = m_journal.run(
        u"SELECT id, kind, place, starts_at, at_clinic FROM outing WHERE starts_at >= ? AND starts_at < ? ORDER BY starts_at"_s,
        {clinictime::toStorage(from), clinictime::toStorage(to)});
    if (!rows)
        return Error{rows.error()};
    QList<Outing> list;
    while (rows->next()) {
        Outing o;
        o.id = rows->value(0).toLongLong();
        o.kind = rows->value(1).toString();
        o.place = rows->value(2).toString();
        o.startsAt = clinictime::fromStorage(rows->value(3).toLongLong());
        o.atClinic = rows->value(4).toInt() != 0;
        list << o;
    }
    rows->finish();
    for (Outing &o : list) {
        Result<QSqlQuery> escorts = m_journal.run(u"SELECT staff_name FROM outing_escort WHERE outing_id = ? ORDER BY staff_name"_s, {o.id});
        if (!escorts)
            return Error{escorts.error()};
        while (escorts->next())
            o.escorts << escorts->value(0).toString();
        Result<QSqlQuery> participants = m_journal.run(u"SELECT patient_id FROM outing_participant WHERE outing_id = ?"_s, {o.id});
        if (!participants)
            return Error{participants.error()};
        while (participants->next())
            o.participants << participants->value(0).toLongLong();
    }
    return list;
}

Result<QList<OutingStore::Due>> OutingStore::due(QDate day) const
{
    const qint64 endOfDay = clinictime::toStorage(clinictime::at(day.addDays(1), QTime(0, 0)));
    Result<QSqlQuery> rows = m_journal.run(
        u"SELECT p.id, p.given_names, p.family_name, MIN(ph.actual_start), "
        "(SELECT MAX(o.starts_at) FROM outing_participant op JOIN outing o ON o.id = op.outing_id "
        " WHERE op.patient_id = p.id AND o.starts_at < ?) "
        "FROM phase ph JOIN episode e ON e.id = ph.episode_id JOIN patient p ON p.id = e.patient_id "
        "WHERE ph.status = 'active' AND ph.residential = 1 AND ph.actual_start <= ? "
        "GROUP BY p.id, p.given_names, p.family_name, p.sort_key ORDER BY p.sort_key"_s,
        {endOfDay, clinictime::dateToStorage(day)});
    if (!rows)
        return Error{rows.error()};
    QList<Due> list;
    while (rows->next()) {
        Due d;
        d.patientId = rows->value(0).toLongLong();
        d.name = rows->value(1).toString() + u' ' + rows->value(2).toString();
        const QDate admitted = sqlvalues::dateOf(rows->value(3));
        if (!rows->value(4).isNull())
            d.lastOuting = clinictime::local(clinictime::fromStorage(rows->value(4).toLongLong())).date();
        d.days = int((d.lastOuting.isValid() ? d.lastOuting : admitted).daysTo(day));
        if (d.days >= averageDaysBetweenOutings)
            list << d;
    }
    std::stable_sort(list.begin(), list.end(), [](const Due &a, const Due &b) { return a.days > b.days; });
    return list;
}

Result<qint64> OutingStore::planForDue(QDate day, const QString &kind, const QString &place, QTime time, const QStringList &escorts,
                                       bool atClinic)
{
    Result<QList<Due>> dueNow = due(day);
    if (!dueNow)
        return Error{dueNow.error()};
    if (dueNow->isEmpty())
        return Error{tr("Nobody is due an outing on %1.").arg(clinictime::formatDate(day))};
    Outing o;
    o.kind = kind;
    o.place = place;
    o.startsAt = clinictime::at(day, time).toUTC();
    o.escorts = escorts;
    o.atClinic = atClinic;
    for (const Due &d : std::as_const(*dueNow))
        o.participants << d.patientId;
    return create(o);
}

} // namespace trinn
