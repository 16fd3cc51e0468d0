#pragma once

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
    QStringList leaders;
    QList<Criterion> criteria;
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

    static QString statusCode(Status status);
    static Status statusFromCode(const QString &code);
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
    QString note;
    QString noteAuthor;
    QList<Attendance> attendance;

    static QString statusCode(Status status);
    static Status statusFromCode(const QString &code);
};

struct Outing
{
    qint64 id = 0;
    QString kind; // "AA" or "NA"
    QString place;
    QDateTime startsAt;
    bool atClinic = false;
    QStringList escorts;
    QList<qint64> participants;
};

} // namespace trinn
