#pragma once

#include "common/result.h"
#include "calendar/booking.h"
#include "groups/therapygroup.h"
#include "programs/programtemplate.h"

#include <QCoreApplication>
#include <QDateTime>

namespace trinn {

/// What limits who may join a course: places, leaders, a prerequisite and
/// criteria. A LAR program template and a therapy group both have these.
struct CourseLimits
{
    QString name;
    int capacity = 0;
    int minLeaders = 0;
    int maxLeaders = 0;
    bool hasPrerequisite = false;
    QList<Criterion> criteria;
};

/// Facts about one patient's enrolment in a course.
struct CourseFacts
{
    int enrolled = 0;
    bool prerequisiteCompleted = false;
    QString prerequisiteName;
    /// Criterion code → whether it applies to the patient (met).
    QList<std::pair<QString, bool>> assessment;
};

class GroupRules
{
    Q_DECLARE_TR_FUNCTIONS(GroupRules)
public:
    /// "MBRP is full (12 of 12).", "Trauma group level 2 needs Trauma group
    /// level 1 completed.", "Excluded from …: …", "… needs: …".
    static Decision canEnrol(const CourseLimits &course, const CourseFacts &facts);
    /// "MBRP needs 2–3 leaders (1 set)."
    static Decision leaders(const CourseLimits &course, int leaderCount);
    static CourseLimits limitsOf(const TherapyGroup &group);

    /// Denied (as a warning to the leaders) when a member is past the limit:
    /// "Kari Nordmann has been absent 4 times in Trauma group level 1 (at most 3)."
    static Decision absences(const TherapyGroup &group, const QString &patientName, int absences);

    /// The group's sessions from its weekly slot, in clinic time (kept at the
    /// same local hour across daylight-saving changes). A course keeps its
    /// number of sessions: one that falls on a public holiday moves to the
    /// next free week (the course ends a week later), and the holiday is
    /// named in `skipped`.
    static QList<QDateTime> weeklySessions(const TherapyGroup &group, QStringList *skipped = nullptr);

    /// The group note is signed by the leader who wrote it: the signed-in
    /// staff member must lead the group ("Only a leader of MBRP (Terje
    /// Terapeut) may write its group note.").
    static Decision canWriteGroupNote(const TherapyGroup &group, const Actor &actor);
    /// A session is recorded once; a held session changes only by a
    /// correction with its reason; a cancelled one not at all.
    static Decision canRecord(const GroupSession &session);
    static Decision canCorrect(const GroupSession &session, const QString &reason);

    /// A session may be moved to a day that is no public holiday and to a
    /// room that is free then ("Room Fjell is taken by MBRP 14:00–15:45 on 03.03.2027.").
    static Decision canBook(const QString &room, const QDateTime &start, int minutes, const QList<Booking> &others);
};

} // namespace trinn
