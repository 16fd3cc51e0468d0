#include "icalexport.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/calendarstore.h"
#include "storage/journal.h"

#include <libical/ical.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

struct ComponentDeleter
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};

const char *const zoneId = "Europe/Oslo";

// Clinic wall-clock time with a TZID parameter naming the zone (RFC 5545 §3.3.5, form 3).
icalproperty *localTime(icalproperty *(*make)(struct icaltimetype), const QDateTime &instant)
{
    const QDateTime local = clinictime::local(instant);
    struct icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    icalproperty *property = make(t);
    icalproperty_add_parameter(property, icalparameter_new_tzid(zoneId));
    return property;
}

} // namespace

Result<QByteArray> IcalExport::calendar(Journal &journal, Scope scope, const QString &who, const QDateTime &from,
                                        const QDateTime &to)
{
    if ((scope == Scope::Staff || scope == Scope::Room) && who.trimmed().isEmpty())
        return Error{tr("Name the staff member or the room to export.")};
    icaltimezone *oslo = icaltimezone_get_builtin_timezone("Europe/Oslo");
    if (!oslo)
        return Error{tr("The time zone Europe/Oslo is not known on this workstation (Debian package tzdata).")};
    // The feed names no patient, so nobody is audited; it still reads the
    // bookings, so it passes the gate like a group list does.
    Result<QList<Booking>> bookings = Gate::read(journal, AccessPolicy::Data::Groups, PatientRef::none(), u"exported the calendar"_s,
                                                 [&](trinn::Scope &gateScope) { return CalendarStore::bookings(gateScope, from, to); });
    if (!bookings)
        return Error{bookings.error()};

    // UIDs are tied to this journal, so two clinics' feeds never collide.
    const QString journalId = QString::number(clinictime::toStorage(journal.createdAt()));
    std::unique_ptr<icalcomponent, ComponentDeleter> calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Trinn//Trinn " TRINN_VERSION "//EN"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    // libical names its zones with its own prefix; calendar programs expect the plain Olson name.
    icalcomponent *zone = icalcomponent_new_clone(icaltimezone_get_component(oslo));
    if (icalproperty *tzid = icalcomponent_get_first_property(zone, ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(tzid, zoneId);
    icalcomponent_add_component(calendar.get(), zone);
    const struct icaltimetype stamp = icaltime_from_timet_with_zone(time_t(clinictime::now().toSecsSinceEpoch()), 0,
                                                                    icaltimezone_get_utc_timezone());
    for (const Booking &b : std::as_const(*bookings)) {
        if (b.start < from)
            continue;
        if (scope == Scope::Staff && !b.staff.contains(who.trimmed()))
            continue;
        if (scope == Scope::Room && b.room.compare(who.trimmed(), Qt::CaseInsensitive) != 0)
            continue;
        icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
        const QByteArray uid = (b.key + u'-' + journalId + QStringLiteral("@trinn")).toUtf8();
        icalcomponent_add_property(event, icalproperty_new_uid(uid.constData()));
        icalcomponent_add_property(event, icalproperty_new_dtstamp(stamp));
        icalcomponent_add_property(event, localTime(icalproperty_new_dtstart, b.start));
        icalcomponent_add_property(event, localTime(icalproperty_new_dtend, b.end()));
        const QByteArray summary = b.what.toUtf8();
        icalcomponent_add_property(event, icalproperty_new_summary(summary.constData()));
        if (!b.room.isEmpty()) {
            const QByteArray location = b.room.toUtf8();
            icalcomponent_add_property(event, icalproperty_new_location(location.constData()));
        }
        icalcomponent_add_component(calendar.get(), event);
    }
    char *text = icalcomponent_as_ical_string_r(calendar.get());
    QByteArray ics(text);
    icalmemory_free_buffer(text);
    return ics;
}

} // namespace trinn
