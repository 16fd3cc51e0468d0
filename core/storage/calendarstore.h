#pragma once

#include "calendar/booking.h"
#include "common/result.h"

#include <QCoreApplication>

namespace trinn {

class Journal;

/// The clinic calendar as bookings: group sessions (with leaders and members),
/// individual appointments and outings (with escorts and participants).
class CalendarStore
{
    Q_DECLARE_TR_FUNCTIONS(CalendarStore)
public:
    explicit CalendarStore(Journal &journal) : m_journal(journal) {}

    /// Everything overlapping [from, to), leaving out one group session or
    /// appointment (the one being moved). Cancelled sessions are free.
    Result<QList<Booking>> between(const QDateTime &from, const QDateTime &to, qint64 exceptSession = 0,
                                   qint64 exceptAppointment = 0) const;
    Result<QHash<qint64, QString>> patientNames(const QList<qint64> &ids) const;

private:
    Journal &m_journal;
};

/// An individual appointment with a patient.
struct Appointment
{
    qint64 id = 0;
    qint64 patientId = 0;
    QString staffName;
    QDateTime startsAt;
    int minutes = 45;
    QString room;
    QString note;
};

class AppointmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentStore)
public:
    explicit AppointmentStore(Journal &journal) : m_journal(journal) {}
    /// Books it unless the room, the staff member or the patient is elsewhere then.
    Result<qint64> book(const Appointment &appointment);
    Result<QList<Appointment>> between(const QDateTime &from, const QDateTime &to) const;

private:
    Journal &m_journal;
};

} // namespace trinn
