#include "outingstore.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/calendarstore.h"
#include "storage/sqlvalues.h"
#include "storage/staffweek.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace trinn {

using Data = AccessPolicy::Data;

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
    QStringList names;
    for (const QString &e : o.escorts) {
        if (!e.trimmed().isEmpty())
            names << e.trimmed();
    }
    if (!o.atClinic && names.isEmpty() && o.escortStaff.isEmpty())
        return Error{tr("An outing to %1 needs at least one escort.").arg(o.place.trimmed())};

    return Gate::write(m_journal, Data::Groups, PatientRef::none(), u"planned an outing to "_s + o.place.trimmed(),
                       [&](Scope &scope) -> Result<qint64> {
        scope.touched(o.participants);
        Result<QList<StaffRef>> escorts = StaffRegister::choose(scope, o.escortStaff, names);
        if (!escorts)
            return Error{escorts.error()};
        QStringList escortNames;
        for (const StaffRef &e : std::as_const(*escorts))
            escortNames << e.name;

        CalendarStore calendar(m_journal);
        Booking candidate{tr("the %1 meeting").arg(o.kind), QString(), escortNames, o.participants, o.startsAt, 120, {}};
        // AA and NA meet on public holidays too, and admitted patients go.
        candidate.goesOnOnHolidays = true;
        Result<QList<Booking>> others = calendar.between(candidate.start, candidate.end());
        if (!others)
            return Error{others.error()};
        Result<QHash<qint64, QString>> patientNames = calendar.patientNames(o.participants);
        if (Decision free = ConflictRules::check(candidate, *others, patientNames ? *patientNames : QHash<qint64, QString>()); !free)
            return Error{free.reason};

        Result<QSqlQuery> row = scope.run(
            u"INSERT INTO outing (kind, place, starts_at, at_clinic) VALUES (?, ?, ?, ?) RETURNING id"_s,
            {o.kind, o.place.trimmed(), clinictime::toStorage(o.startsAt), o.atClinic ? 1 : 0});
        if (!row || !row->next())
            return Error{row ? tr("The journal did not return the new outing's number.") : row.error()};
        const qint64 id = row->value(0).toLongLong();
        row->finish();
        for (const StaffRef &escort : std::as_const(*escorts)) {
            if (Result<QSqlQuery> done = scope.run(
                    u"INSERT INTO outing_escort (outing_id, staff_name, staff_id, unverified) VALUES (?, ?, ?, 0) "
                    "ON CONFLICT DO NOTHING"_s,
                    {id, escort.name, escort.staffId});
                !done)
                return Error{done.error()};
        }
        for (qint64 patient : o.participants) {
            if (Result<QSqlQuery> done = scope.run(
                    u"INSERT INTO outing_participant (outing_id, patient_id) VALUES (?, ?) ON CONFLICT DO NOTHING"_s, {id, patient});
                !done)
                return Error{done.error()};
        }
        return id;
    });
}

Result<QList<Outing>> OutingStore::between(const QDateTime &from, const QDateTime &to) const
{
    return Gate::read(m_journal, Data::Groups, PatientRef::none(), u"outings"_s, [&](Scope &scope) -> Result<QList<Outing>> {
        Result<QSqlQuery> rows = scope.run(
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
            Result<QSqlQuery> escorts = scope.run(
                u"SELECT staff_name, staff_id, unverified FROM outing_escort WHERE outing_id = ? ORDER BY staff_name"_s, {o.id});
            if (!escorts)
                return Error{escorts.error()};
            while (escorts->next()) {
                o.escorts << escorts->value(0).toString();
                o.escortStaff.append({escorts->value(1).toLongLong(), escorts->value(0).toString(), escorts->value(2).toInt() != 0});
            }
            escorts->finish();
            Result<QSqlQuery> participants = scope.run(u"SELECT patient_id FROM outing_participant WHERE outing_id = ?"_s, {o.id});
            if (!participants)
                return Error{participants.error()};
            while (participants->next())
                o.participants << participants->value(0).toLongLong();
            scope.touched(o.participants);
        }
        return list;
    });
}

Result<QList<OutingStore::Due>> OutingStore::dueIn(const Scope &scope, QDate day) const
{
    const qint64 endOfDay = clinictime::toStorage(clinictime::at(day.addDays(1), QTime(0, 0)));
    Result<QSqlQuery> rows = scope.run(
        u"SELECT p.id, p.given_names, p.family_name, MIN(ph.actual_start), "
        // Meetings held at the clinic come in addition: only an outing to a
        // group nearby resets the 14 days.
        "(SELECT MAX(o.starts_at) FROM outing_participant op JOIN outing o ON o.id = op.outing_id "
        " WHERE op.patient_id = p.id AND o.starts_at < ? AND o.at_clinic = 0) "
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
        if (d.days >= averageDaysBetweenOutings) {
            list << d;
            scope.touched(d.patientId);
        }
    }
    std::stable_sort(list.begin(), list.end(), [](const Due &a, const Due &b) { return a.days > b.days; });
    return list;
}

Result<QList<OutingStore::Due>> OutingStore::due(QDate day) const
{
    return Gate::read(m_journal, Data::Groups, PatientRef::none(), u"patients due an outing"_s,
                      [&](Scope &scope) { return dueIn(scope, day); });
}

Result<qint64> OutingStore::planForDue(QDate day, const QString &kind, const QString &place, QTime time,
                                       const QList<StaffRef> &escorts, bool atClinic)
{
    return Gate::write(m_journal, Data::Groups, PatientRef::none(), u"planned an outing to "_s + place.trimmed(),
                       [&](Scope &scope) -> Result<qint64> {
        // Who is due is read inside the write that plans their outing.
        Result<QList<Due>> dueNow = dueIn(scope, day);
        if (!dueNow)
            return Error{dueNow.error()};
        if (dueNow->isEmpty())
            return Error{tr("Nobody is due an outing on %1.").arg(clinictime::formatDate(day))};
        Outing o;
        o.kind = kind;
        o.place = place;
        o.startsAt = clinictime::at(day, time).toUTC();
        o.escortStaff = escorts;
        o.atClinic = atClinic;
        for (const Due &d : std::as_const(*dueNow))
            o.participants << d.patientId;
        return create(o);
    });
}

} // namespace trinn
