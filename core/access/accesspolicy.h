#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>

namespace trinn {

enum class Role { Nurse, Therapist, Coordinator, Administrator };

/// Who is at the keyboard: a signed-in staff member, or the system itself
/// (trinnctl run by an administrator on the server, the demo generator).
struct Actor
{
    qint64 staffId = 0;
    QString username = QStringLiteral("system");
    QString fullName;
    QSet<Role> roles;
    /// Set when the actor has asked for emergency access, with the written reason.
    QString emergencyReason;

    bool isSystem() const { return staffId == 0; }
    /// The name a record is signed with.
    QString displayName() const { return isSystem() || fullName.isEmpty() ? username : fullName; }
    bool has(Role role) const { return roles.contains(role); }
};

/// What each role may see and do, decided in one place. The storage API asks
/// it before reading or writing a patient's data.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(AccessPolicy)
public:
    /// Directory: the names and roles of active staff, for choosing who took a
    /// test or leads a group; Staff: the accounts themselves. Export: all of
    /// a patient's journal at once, written out of Trinn (FHIR): the whole
    /// journal (no patient) or one patient's copy. Backup: the whole journal
    /// at once (backups, restores and their settings).
    enum class Data { Patient, Tests, Medication, TherapyNotes, CareNotes, Programs, Groups, Referrals, Beds, Staff, Audit, Directory, Export, Backup };
    enum class Action { Read, Write };

    /// Allowed, or refused with the reason ("A nurse may not read therapy
    /// notes unless on the patient's care team."). Emergency access opens
    /// patient data outside one's role, but never staff accounts or the audit log.
    static Decision allows(const Actor &actor, Data data, Action action, bool onCareTeam);

    static QString roleCode(Role role);
    static std::optional<Role> roleFromCode(const QString &code);
    static QString roleName(Role role);
    static QString dataName(Data data);
};

} // namespace trinn
