#pragma once

#include "calendar/booking.h"
#include "common/result.h"

#include <QCoreApplication>

namespace trinn {

class Journal;
class Scope;

/// A staff member as the staff register names them: whom a booking is with.
struct StaffMember
{
    qint64 id = 0;
    QString username;
    QString fullName;
};

/// The clinic calendar as bookings: group sessions (with leaders and members),
/// individual appointments and outings (with escorts and participants).
/// Its entry points pass the Gate as reads of patient data
/// (AccessPolicy::Data::Patient, which every clinical role may read), and
/// each patient in what they return is audited.
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
    /// The active staff members, by name: whom a booking can be with.
    Result<QList<StaffMember>> staffRegister() const;

    /// The same bookings, for a use case's rule inside its own gate visit
    /// (a clash check shows none of them): audits no one.
    static Result<QList<Booking>> bookings(const Scope &scope, const QDateTime &from, const QDateTime &to,
                                           qint64 exceptSession = 0, qint64 exceptAppointment = 0);
    static Result<QHash<qint64, QString>> namesOf(const Scope &scope, const QList<qint64> &ids);

private:
    Journal &m_journal;
};

/// An individual appointment with a patient.
struct Appointment
{
    qint64 id = 0;
    qint64 patientId = 0;
    /// The staff member from the staff register; booking with 0 books with the
    /// signed-in staff member. 0 when read back: a free-text name kept from an
    /// earlier version that names no staff member (unverified).
    qint64 staffId = 0;
    /// The staff member's name when booked (as written, for an unverified one).
    QString staffName;
    QDateTime startsAt;
    int minutes = 45;
    QString room;
    QString note;

    bool staffVerified() const { return staffId != 0; }
};

/// Appointments are patient data (AccessPolicy::Data::Patient: nurses,
/// therapists and coordinators all book them today).
class AppointmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AppointmentStore)
public:
    explicit AppointmentStore(Journal &journal) : m_journal(journal) {}
    /// Books it unless the room, the staff member or the patient is elsewhere
    /// then; the calendar is read inside the write, so two workstations never
    /// both take one slot.
    Result<qint64> book(const Appointment &appointment);
    Result<QList<Appointment>> between(const QDateTime &from, const QDateTime &to) const;

private:
    Journal &m_journal;
};

} // namespace trinn
