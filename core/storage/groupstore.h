#pragma once

#include "common/result.h"
#include "groups/grouprules.h"
#include "groups/therapygroup.h"

#include <QCoreApplication>

#include <optional>

namespace trinn {

class Journal;
class Scope;

/// Therapy groups: the group and its leaders, enrolment with the criteria
/// assessment, sessions from the weekly slot (moved or added ad hoc), and
/// attendance with one group note per session, recorded once and then
/// corrected as new versions. Every entry point passes the Gate (Data::Groups).
class GroupStore
{
    Q_DECLARE_TR_FUNCTIONS(GroupStore)
public:
    explicit GroupStore(Journal &journal) : m_journal(journal) {}

    /// Creates a group and plans its sessions; refuses too few or too many
    /// leaders, leaders not in the staff register, no name, no room.
    /// `skipped` gets the holidays passed over.
    Result<qint64> create(const TherapyGroup &group, QStringList *skipped = nullptr);
    Result<TherapyGroup> group(qint64 groupId) const;
    Result<QList<TherapyGroup>> groups() const;

    /// Enrols a patient with the criteria assessment ("MBRP is full (12 of
    /// 12)."), counted inside the enrolling write so two workstations cannot
    /// both take the last place. The criteria are assessed by the signed-in
    /// staff member.
    Result<qint64> enrol(qint64 groupId, qint64 patientId, const QList<std::pair<QString, bool>> &assessment, QDate on);
    /// A LAR course's run is a group with the course's program code and
    /// first day: one set of places however the patient is enrolled, through
    /// the program (EpisodeStore::enrol) or the group (enrol above, which
    /// hands a patient not yet in the course to EpisodeStore::enrol). These
    /// run inside that one use case's scope.
    static Result<std::optional<TherapyGroup>> courseRun(const Scope &scope, const QString &programCode, QDate start);
    /// Patients holding a place in the run: an open episode of the course
    /// from that day or an active membership of its group, each counted once.
    static Result<int> placesTaken(const Scope &scope, const QString &programCode, QDate start);
    /// Adds the member and the criteria assessment by the signed-in staff
    /// member; the rules have been asked already.
    static Result<qint64> addMember(const Scope &scope, const TherapyGroup &group, qint64 patientId,
                                    const QList<std::pair<QString, bool>> &assessment, QDate on);
    Status setMemberStatus(qint64 groupId, qint64 patientId, GroupMember::Status status, const QString &reason = {});
    /// Members with their absences so far.
    Result<QList<GroupMember>> members(qint64 groupId) const;

    Result<QList<GroupSession>> sessions(qint64 groupId) const;
    Result<GroupSession> session(qint64 sessionId) const;
    /// Sessions of every group between two instants (for a week view).
    Result<QList<GroupSession>> sessionsBetween(const QDateTime &from, const QDateTime &to) const;
    Result<qint64> addSession(qint64 groupId, const QDateTime &start, int minutes, const QString &room);
    /// Moving a planned session says why (kept with its history).
    Status moveSession(qint64 sessionId, const QDateTime &start, const QString &reason);
    Status cancelSession(qint64 sessionId);

    /// Records the whole group's attendance and the group note at once, the
    /// first time: the signed-in staff member must lead the group and is the
    /// note's author. The returned warnings name members past the group's
    /// absence limit. A held session is refused: correct it instead.
    Result<QStringList> recordSession(qint64 sessionId, const QList<Attendance> &attendance, const QString &note);
    /// Corrects a held session: a new version of its attendance and note,
    /// by the signed-in leader, with the reason. Earlier versions are kept.
    Result<QStringList> correctSession(qint64 sessionId, const QList<Attendance> &attendance, const QString &note,
                                       const QString &reason);
    /// Every version of a held session's record, oldest first.
    Result<QList<GroupSessionVersion>> sessionVersions(qint64 sessionId) const;

private:
    Result<QStringList> writeSession(qint64 sessionId, const QList<Attendance> &attendance, const QString &note,
                                     const QString &reason, bool correcting);
    /// Whether the group can meet then: its room, leaders and members free, no holiday.
    Decision conflicts(const TherapyGroup &group, const QString &room, const QDateTime &start, int minutes,
                       qint64 exceptSession) const;
    static Status insertSession(const Scope &scope, qint64 groupId, const QDateTime &start, int minutes, const QString &room);
    static Result<TherapyGroup> loadGroup(const Scope &scope, qint64 groupId);
    static Result<GroupSession> loadSession(const Scope &scope, qint64 sessionId);
    static Result<QList<GroupMember>> loadMembers(const Scope &scope, qint64 groupId);

    Journal &m_journal;
};

} // namespace trinn
