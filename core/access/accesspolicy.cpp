#include "accesspolicy.h"

namespace trinn {
namespace {

using Data = AccessPolicy::Data;
using Action = AccessPolicy::Action;

// The role matrix: which data each role reads and writes in its daily work.
bool roleAllows(Role role, Data data, Action action, bool onCareTeam)
{
    // Everyone signed in may see who works here; only administrators change it (Data::Staff).
    if (data == Data::Directory)
        return action == Action::Read;
    // Taking the journal out of Trinn: an administrator exports all of it;
    // a nurse or therapist on a patient's care team gives that patient a
    // copy of their journal. Nobody writes through an export.
    if (data == Data::Export) {
        if (action != Action::Read)
            return false;
        return role == Role::Administrator || ((role == Role::Nurse || role == Role::Therapist) && onCareTeam);
    }
    switch (role) {
    case Role::Nurse:
        switch (data) {
        case Data::Patient:
        case Data::Tests:
        case Data::Medication:
        case Data::CareNotes:
        case Data::Groups:
            return true;
        case Data::Programs:
        case Data::Beds:
            return action == Action::Read;
        case Data::TherapyNotes:
            return onCareTeam;
        default:
            return false;
        }
    case Role::Therapist:
        switch (data) {
        case Data::Patient:
        case Data::TherapyNotes:
        case Data::CareNotes:
        case Data::Programs:
        case Data::Groups:
            return true;
        case Data::Tests:
        case Data::Medication:
        case Data::Beds:
        case Data::Referrals:
            return action == Action::Read;
        default:
            return false;
        }
    case Role::Coordinator:
        switch (data) {
        case Data::Patient:
        case Data::Referrals:
        case Data::Beds:
        case Data::Programs:
            return true;
        case Data::Groups:
            return action == Action::Read;
        default:
            return false;
        }
    case Role::Administrator:
        // A backup holds every patient's whole journal: administrators only.
        return data == Data::Staff || data == Data::Audit || data == Data::Backup || data == Data::Programs || data == Data::Patient
            || (data == Data::Beds) || (data == Data::Referrals && action == Action::Read);
    }
    return false;
}

} // namespace

Decision AccessPolicy::allows(const Actor &actor, Data data, Action action, bool onCareTeam)
{
    if (actor.isSystem())
        return Decision::allow();
    for (Role role : actor.roles) {
        if (roleAllows(role, data, action, onCareTeam))
            return Decision::allow();
    }
    // Neither an export nor a backup is an emergency: they take the whole
    // journal out, they do not treat one patient.
    const bool patientData = data != Data::Staff && data != Data::Audit && data != Data::Directory && data != Data::Export
        && data != Data::Backup;
    if (patientData && !actor.emergencyReason.trimmed().isEmpty())
        return Decision::allow();
    QStringList roles;
    for (Role role : actor.roles)
        roles << roleName(role);
    const QString who = roles.isEmpty() ? tr("Someone with no role") : tr("Staff with the role %1").arg(roles.join(tr(" and ")));
    if (data == Data::TherapyNotes && actor.has(Role::Nurse))
        return Decision::deny(tr("A nurse may not read therapy notes unless on the patient's care team."));
    return Decision::deny(action == Action::Read ? tr("%1 may not see %2.").arg(who, dataName(data))
                                                 : tr("%1 may not change %2.").arg(who, dataName(data)));
}

QString AccessPolicy::roleCode(Role role)
{
    switch (role) {
    case Role::Nurse: return QStringLiteral("nurse");
    case Role::Therapist: return QStringLiteral("therapist");
    case Role::Coordinator: return QStringLiteral("coordinator");
    case Role::Administrator: return QStringLiteral("administrator");
    }
    return {};
}

std::optional<Role> AccessPolicy::roleFromCode(const QString &code)
{
    for (Role role : {Role::Nurse, Role::Therapist, Role::Coordinator, Role::Administrator}) {
        if (roleCode(role) == code.trimmed().toLower())
            return role;
    }
    return std::nullopt;
}

QString AccessPolicy::roleName(Role role)
{
    switch (role) {
    case Role::Nurse: return tr("nurse");
    case Role::Therapist: return tr("therapist");
    case Role::Coordinator: return tr("intake coordinator");
    case Role::Administrator: return tr("administrator");
    }
    return {};
}

QString AccessPolicy::dataName(Data data)
{
    switch (data) {
    case Data::Patient: return tr("patient details");
    case Data::Tests: return tr("substance tests");
    case Data::Medication: return tr("medication");
    case Data::TherapyNotes: return tr("therapy notes");
    case Data::CareNotes: return tr("care notes");
    case Data::Programs: return tr("programs and episodes");
    case Data::Groups: return tr("groups");
    case Data::Referrals: return tr("referrals");
    case Data::Beds: return tr("the bed board");
    case Data::Staff: return tr("staff accounts");
    case Data::Audit: return tr("the audit log");
    case Data::Directory: return tr("the staff register");
    case Data::Export: return tr("a whole journal for export");
    case Data::Backup: return tr("backups of the journal");
    }
    return {};
}

} // namespace trinn
