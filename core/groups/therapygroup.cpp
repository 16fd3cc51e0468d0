#include "therapygroup.h"

namespace trinn {
namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Attendance)
};
} // namespace

bool TherapyGroup::isLedBy(qint64 staffId) const
{
    if (staffId == 0)
        return false;
    for (const StaffRef &leader : leaderStaff) {
        if (leader.staffId == staffId && !leader.unverified)
            return true;
    }
    return false;
}

QStringList GroupKinds::codes()
{
    return {QStringLiteral("psychoeducational"), QStringLiteral("dynamic"), QStringLiteral("trauma-1"),
            QStringLiteral("trauma-2"), QStringLiteral("mbrp"), QStringLiteral("motivation"),
            QStringLiteral("family"), QStringLiteral("aftercare"), QStringLiteral("phase2-gathering")};
}

QString GroupKinds::name(const QString &code)
{
    if (code == u"psychoeducational") return tr("Psychoeducational group");
    if (code == u"dynamic") return tr("Dynamic group therapy");
    if (code == u"trauma-1") return tr("Trauma group level 1");
    if (code == u"trauma-2") return tr("Trauma group level 2");
    if (code == u"mbrp") return tr("MBRP");
    if (code == u"motivation") return tr("Motivation group");
    if (code == u"family") return tr("Family program group");
    if (code == u"aftercare") return tr("Aftercare group");
    if (code == u"phase2-gathering") return tr("Phase 2 gathering");
    return code;
}

QString GroupMember::statusCode(Status status)
{
    switch (status) {
    case Status::Active: return QStringLiteral("active");
    case Status::Completed: return QStringLiteral("completed");
    case Status::Left: return QStringLiteral("left");
    }
    return QStringLiteral("active");
}

GroupMember::Status GroupMember::statusFromCode(const QString &code)
{
    if (code == u"completed") return Status::Completed;
    if (code == u"left") return Status::Left;
    return Status::Active;
}

QString Attendance::statusCode(Status status)
{
    switch (status) {
    case Status::Present: return QStringLiteral("present");
    case Status::AbsentWithNotice: return QStringLiteral("absent-notice");
    case Status::AbsentWithoutNotice: return QStringLiteral("absent");
    case Status::Late: return QStringLiteral("late");
    }
    return QStringLiteral("present");
}

Attendance::Status Attendance::statusFromCode(const QString &code)
{
    if (code == u"absent-notice") return Status::AbsentWithNotice;
    if (code == u"absent") return Status::AbsentWithoutNotice;
    if (code == u"late") return Status::Late;
    return Status::Present;
}

QString GroupMember::statusName(Status status)
{
    switch (status) {
    case Status::Active: return Text::tr("active");
    case Status::Completed: return Text::tr("completed");
    case Status::Left: return Text::tr("left the group");
    }
    return {};
}

QString Attendance::statusName(Status status)
{
    switch (status) {
    case Status::Present: return Text::tr("present");
    case Status::AbsentWithNotice: return Text::tr("absent with notice");
    case Status::AbsentWithoutNotice: return Text::tr("absent without notice");
    case Status::Late: return Text::tr("late");
    }
    return {};
}

QString GroupSession::statusCode(Status status)
{
    switch (status) {
    case Status::Planned: return QStringLiteral("planned");
    case Status::Held: return QStringLiteral("held");
    case Status::Cancelled: return QStringLiteral("cancelled");
    }
    return QStringLiteral("planned");
}

GroupSession::Status GroupSession::statusFromCode(const QString &code)
{
    if (code == u"held") return Status::Held;
    if (code == u"cancelled") return Status::Cancelled;
    return Status::Planned;
}

} // namespace trinn
