#include "fhirresources.h"

#include "groups/therapygroup.h"

using namespace Qt::StringLiterals;

namespace trinn::fhir {
namespace {

QJsonObject ambulatory()
{
    return coding(u"http://terminology.hl7.org/CodeSystem/v3-ActCode"_s, u"AMB"_s, u"ambulatory"_s);
}

void putTimes(QJsonObject &r, const QDateTime &start, int minutes)
{
    r.insert(u"period"_s, period(dateTime(start), dateTime(start.addSecs(qint64(minutes) * 60))));
    if (minutes > 0)
        r.insert(u"length"_s, QJsonObject{{u"value"_s, minutes}, {u"unit"_s, u"minutes"_s},
                                          {u"system"_s, u"http://unitsofmeasure.org"_s}, {u"code"_s, u"min"_s}});
}

void putRoom(QJsonObject &r, const QString &room)
{
    if (!room.trimmed().isEmpty())
        r.insert(u"location"_s, QJsonArray{QJsonObject{{u"location"_s, QJsonObject{{u"display"_s, room.trimmed()}}}}});
}

} // namespace

QJsonObject sessionEncounter(const Context &context, const SessionAttended &s)
{
    QJsonObject r = resource(context, u"Encounter"_s,
                             u"attendance/"_s + QString::number(s.sessionId) + u'/' + QString::number(s.patientId));
    const Attendance::Status attendance = Attendance::statusFromCode(s.attendance);
    const bool came = attendance == Attendance::Status::Present || attendance == Attendance::Status::Late;
    // A session the patient did not come to did not happen for them; the
    // attendance (with or without notice) is its reason.
    r.insert(u"status"_s, came ? u"finished"_s : u"cancelled"_s);
    r.insert(u"class"_s, ambulatory());
    r.insert(u"type"_s, QJsonArray{codeable(u"Group session: "_s + s.groupName)});
    r.insert(u"serviceType"_s, codeable(GroupKinds::name(s.groupKind)));
    r.insert(u"subject"_s, context.reference(u"Patient"_s, s.patientId));
    putTimes(r, s.startsAt, s.minutes);
    r.insert(u"reasonCode"_s, QJsonArray{codeable(Attendance::statusName(attendance)
                                                 + (s.line.trimmed().isEmpty() ? QString() : u": "_s + s.line.trimmed()))});
    putRoom(r, s.room);
    return r;
}

QJsonObject appointmentEncounter(const Context &context, const AppointmentRecord &a)
{
    QJsonObject r = resource(context, u"Encounter"_s, u"appointment/"_s + QString::number(a.id));
    // As the journal has it: booking never says whether it took place.
    const QString status = a.status == u"cancelled"_s                      ? u"cancelled"_s
        : a.status == u"planned"_s                                         ? u"planned"_s
        : (a.status == u"held"_s || a.status == u"completed"_s)            ? u"finished"_s
                                                                           : u"unknown"_s;
    r.insert(u"status"_s, status);
    r.insert(u"class"_s, ambulatory());
    r.insert(u"type"_s, QJsonArray{codeable(u"Individual session"_s)});
    r.insert(u"subject"_s, context.reference(u"Patient"_s, a.patientId));
    r.insert(u"participant"_s, QJsonArray{QJsonObject{{u"individual"_s, staffReference(context, a.staff)}}});
    putTimes(r, a.startsAt, a.minutes);
    if (!a.note.trimmed().isEmpty())
        r.insert(u"reasonCode"_s, QJsonArray{codeable(a.note)});
    putRoom(r, a.room);
    return r;
}

} // namespace trinn::fhir
