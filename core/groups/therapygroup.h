#pragma once

#include "journal/note.h"
#include "programs/programtemplate.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QTime>

namespace trinn {

/// The kinds of therapy group the services run.
class GroupKinds
{
    Q_DECLARE_TR_FUNCTIONS(GroupKinds)
public:
    static QStringList codes();
    static QString name(const QString &code);
};

struct TherapyGroup
{
    qint64 id = 0;
    QString name;
    QString kind;         // a GroupKinds code
    QString programCode;  // the LAR course template it runs, if any
    QString site;
    QString room;
    int capacity = 0;     // 0: no limit
    int minLeaders = 1;
    int maxLeaders = 0;   // 0: no limit
    int weekday = 1;      // 1 = Monday
    QTime startTime;
    int minutes = 90;
    int weeks = 0;        // 0: ongoing, sessions added as needed
    QDate startDate;
    int maxAbsences = -1; // -1: no limit
    /// A group of this kind must be completed first (trauma level 2 after level 1).
    QString prerequisiteKind;
    /// The leaders' names (as the calendar shows them).
    QStringList leaders;
    /// The leaders from the staff register, in the order of `leaders`. When
    /// creating a group, these (by staffId) are used if given; otherwise each
    /// name in `leaders` must name one staff member of the register.
    QList<StaffRef> leaderStaff;
    QList<Criterion> criteria;

    /// Whether the staff member leads the group.
    bool isLedBy(qint64 staffId) const;
};

struct GroupMember
{
    enum class Status { Active, Completed, Left };
    qint64 id = 0;
    qint64 groupId = 0;
    qint64 patientId = 0;
    QString patientName;
    QDate enrolledOn;
    Status status = Status::Active;
    int absences = 0;
    /// Who assessed the criteria when the patient was enrolled.
    StaffRef assessedBy;

    static QString statusCode(Status status);
    static Status statusFromCode(const QString &code);
    /// "active", "completed" or "left", in the reader's language.
    static QString statusName(Status status);
};

struct Attendance
{
    enum class Status { Present, AbsentWithNotice, AbsentWithoutNotice, Late };
    qint64 patientId = 0;
    QString patientName;
    Status status = Status::Present;
    /// A short line about this participant, shown in their journal.
    QString line;

    static QString statusCode(Status status);
    static Status statusFromCode(const QString &code);
    static QString statusName(Status status);
    bool isAbsence() const { return status == Status::AbsentWithNotice || status == Status::AbsentWithoutNotice; }
};

struct GroupSession
{
    enum class Status { Planned, Held, Cancelled };
    qint64 id = 0;
    qint64 groupId = 0;
    QString groupName;
    QDateTime startsAt; // UTC
    int minutes = 0;
    QString room;
    Status status = Status::Planned;
    QDateTime movedFrom;
    /// The current version of the note and attendance (0 until held).
    int version = 0;
    QString note;
    /// The current version's author, as shown ("Terje Terapeut").
    QString noteAuthor;
    StaffRef noteBy;
    QList<Attendance> attendance;

    static QString statusCode(Status status);
    static Status statusFromCode(const QString &code);
};

/// One version of a held session's record: the first record, or a
/// correction with its reason. Every version is kept.
struct GroupSessionVersion
{
    int number = 1;
    QString note;
    StaffRef by;
    QString reason;
    QDateTime writtenAt;
    QList<Attendance> attendance;
};

struct Outing
{
    qint64 id = 0;
    QString kind; // "AA" or "NA"
    QString place;
    QDateTime startsAt;
    bool atClinic = false;
    /// The escorts' names.
    QStringList escorts;
    /// The escorts from the staff register, in the order of `escorts`. When
    /// creating an outing these (by staffId) are used if given; otherwise
    /// each name in `escorts` must name one staff member of the register.
    QList<StaffRef> escortStaff;
    QList<qint64> participants;
};

} // namespace trinn
