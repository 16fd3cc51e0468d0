#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace trinn {

/// One planned or lived phase of an episode. Its name, kind and limits are
/// copied from the template at enrolment, so editing a template never rewrites
/// what was planned or lived.
struct Phase
{
    enum class Status { Planned, Active, Completed, Skipped, Cancelled };

    qint64 id = 0;
    qint64 episodeId = 0;
    int position = 0;
    QString code;
    QString name;
    QString kind;
    bool residential = false;
    int minDays = 0;
    int maxDays = 0;
    int maxMonths = 0;
    QDate plannedStart;
    QDate plannedEnd;
    QDate actualStart;
    QDate actualEnd;
    Status status = Status::Planned;
    QString note;

    QDate start() const { return actualStart.isValid() ? actualStart : plannedStart; }
    QDate end() const { return actualEnd.isValid() ? actualEnd : plannedEnd; }
    static QString statusCode(Status status);
    static Status statusFromCode(const QString &code);
    static QString statusName(Status status);
};

/// A patient's stay in one program (patient × program).
struct Episode
{
    enum class Status { Planned, Active, Completed, Discharged, Cancelled };

    qint64 id = 0;
    qint64 patientId = 0;
    qint64 programId = 0;
    QString programCode;
    QString programName;
    int programRevision = 0;
    Status status = Status::Planned;
    QDate startDate;
    QDate endDate;
    QString dischargeReason;
    QList<Phase> phases;

    const Phase *phaseByCode(const QString &code) const;
    const Phase *phaseByKind(const QString &kind) const;
    /// The phase going on at `day`, or the next planned one.
    const Phase *currentPhase(QDate day) const;
    bool isOpen() const { return status == Status::Planned || status == Status::Active; }
    static QString statusCode(Status status);
    static Status statusFromCode(const QString &code);
    static QString statusName(Status status);
};

} // namespace trinn
