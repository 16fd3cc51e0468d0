#include "episode.h"

#include <QCoreApplication>

namespace trinn {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Episode)
};
} // namespace

QString Phase::statusCode(Status status)
{
    switch (status) {
    case Status::Planned: return QStringLiteral("planned");
    case Status::Active: return QStringLiteral("active");
    case Status::Completed: return QStringLiteral("completed");
    case Status::Skipped: return QStringLiteral("skipped");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("planned");
}

Phase::Status Phase::statusFromCode(const QString &code)
{
    for (Status s : {Status::Planned, Status::Active, Status::Completed, Status::Skipped, Status::Cancelled}) {
        if (statusCode(s) == code)
            return s;
    }
    return Status::Planned;
}

QString Phase::statusName(Status status)
{
    switch (status) {
    case Status::Planned: return Text::tr("planned");
    case Status::Active: return Text::tr("ongoing");
    case Status::Completed: return Text::tr("completed");
    case Status::Skipped: return Text::tr("skipped");
    case Status::Cancelled: return Text::tr("cancelled");
    }
    return {};
}

const Phase *Episode::phaseByCode(const QString &code) const
{
    for (const Phase &phase : phases) {
        if (phase.code == code)
            return &phase;
    }
    return nullptr;
}

const Phase *Episode::phaseByKind(const QString &kind) const
{
    for (const Phase &phase : phases) {
        if (phase.kind == kind)
            return &phase;
    }
    return nullptr;
}

const Phase *Episode::currentPhase(QDate day) const
{
    for (const Phase &phase : phases) {
        if (phase.status == Phase::Status::Active)
            return &phase;
    }
    for (const Phase &phase : phases) {
        if (phase.status == Phase::Status::Planned && phase.end() >= day)
            return &phase;
    }
    return nullptr;
}

QString Episode::statusCode(Status status)
{
    switch (status) {
    case Status::Planned: return QStringLiteral("planned");
    case Status::Active: return QStringLiteral("active");
    case Status::Completed: return QStringLiteral("completed");
    case Status::Discharged: return QStringLiteral("discharged");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("planned");
}

Episode::Status Episode::statusFromCode(const QString &code)
{
    for (Status s : {Status::Planned, Status::Active, Status::Completed, Status::Discharged, Status::Cancelled}) {
        if (statusCode(s) == code)
            return s;
    }
    return Status::Planned;
}

QString Episode::statusName(Status status)
{
    switch (status) {
    case Status::Planned: return Text::tr("planned");
    case Status::Active: return Text::tr("ongoing");
    case Status::Completed: return Text::tr("completed");
    case Status::Discharged: return Text::tr("discharged early");
    case Status::Cancelled: return Text::tr("cancelled");
    }
    return {};
}

} // namespace trinn
