#include "support/testjournals.h"

#include "access/accesspolicy.h"

using namespace trinn;
using Data = AccessPolicy::Data;
using Action = AccessPolicy::Action;

namespace {

Actor actor(Role role)
{
    Actor a;
    a.staffId = 7;
    a.username = QStringLiteral("u");
    a.roles = {role};
    return a;
}

} // namespace

TEST_CASE("The role matrix: every role against every kind of data", "[access]")
{
    struct Row
    {
        Role role;
        Data data;
        bool read;
        bool write;
    };
    const QList<Row> matrix{
        {Role::Nurse, Data::Patient, true, true},          {Role::Nurse, Data::Tests, true, true},
        {Role::Nurse, Data::Medication, true, true},       {Role::Nurse, Data::TherapyNotes, false, false},
        {Role::Nurse, Data::CareNotes, true, true},        {Role::Nurse, Data::Programs, true, false},
        {Role::Nurse, Data::Groups, true, true},           {Role::Nurse, Data::Referrals, false, false},
        {Role::Nurse, Data::Beds, true, false},            {Role::Nurse, Data::Staff, false, false},
        {Role::Nurse, Data::Audit, false, false},
        {Role::Therapist, Data::Patient, true, true},      {Role::Therapist, Data::Tests, true, false},
        {Role::Therapist, Data::Medication, true, false},  {Role::Therapist, Data::TherapyNotes, true, true},
        {Role::Therapist, Data::CareNotes, true, true},    {Role::Therapist, Data::Programs, true, true},
        {Role::Therapist, Data::Groups, true, true},       {Role::Therapist, Data::Referrals, true, false},
        {Role::Therapist, Data::Beds, true, false},        {Role::Therapist, Data::Staff, false, false},
        {Role::Therapist, Data::Audit, false, false},
        {Role::Coordinator, Data::Patient, true, true},    {Role::Coordinator, Data::Tests, false, false},
        {Role::Coordinator, Data::Medication, false, false}, {Role::Coordinator, Data::TherapyNotes, false, false},
        {Role::Coordinator, Data::CareNotes, false, false}, {Role::Coordinator, Data::Programs, true, true},
        {Role::Coordinator, Data::Groups, true, false},    {Role::Coordinator, Data::Referrals, true, true},
        {Role::Coordinator, Data::Beds, true, true},       {Role::Coordinator, Data::Staff, false, false},
        {Role::Coordinator, Data::Audit, false, false},
        {Role::Administrator, Data::Patient, true, true},  {Role::Administrator, Data::Tests, false, false},
        {Role::Administrator, Data::Medication, false, false}, {Role::Administrator, Data::TherapyNotes, false, false},
        {Role::Administrator, Data::CareNotes, false, false}, {Role::Administrator, Data::Programs, true, true},
        {Role::Administrator, Data::Groups, false, false}, {Role::Administrator, Data::Referrals, true, false},
        {Role::Administrator, Data::Beds, true, true},     {Role::Administrator, Data::Staff, true, true},
        {Role::Administrator, Data::Audit, true, true},
    };
    CHECK(matrix.size() == 4 * 11);
    for (const Row &row : matrix) {
        CAPTURE(AccessPolicy::roleCode(row.role).toStdString(), AccessPolicy::dataName(row.data).toStdString());
        CHECK(AccessPolicy::allows(actor(row.role), row.data, Action::Read, false).allowed == row.read);
        CHECK(AccessPolicy::allows(actor(row.role), row.data, Action::Write, false).allowed == row.write);
    }
}

TEST_CASE("Care team, emergency access and the reasons given", "[access]")
{
    CHECK(AccessPolicy::allows(actor(Role::Nurse), Data::TherapyNotes, Action::Read, false).reason
          == QStringLiteral("A nurse may not read therapy notes unless on the patient's care team."));
    CHECK(AccessPolicy::allows(actor(Role::Nurse), Data::TherapyNotes, Action::Read, true).allowed);
    CHECK(AccessPolicy::allows(actor(Role::Coordinator), Data::TherapyNotes, Action::Read, false).reason
          == QStringLiteral("Staff with the role intake coordinator may not see therapy notes."));
    Actor emergency = actor(Role::Coordinator);
    emergency.emergencyReason = QStringLiteral("Patient collapsed; allergy list needed");
    CHECK(AccessPolicy::allows(emergency, Data::Medication, Action::Read, false).allowed);
    CHECK_FALSE(AccessPolicy::allows(emergency, Data::Staff, Action::Write, false).allowed);
    CHECK(AccessPolicy::allows(Actor{}, Data::Audit, Action::Write, false).allowed); // the system itself
    Actor both = actor(Role::Nurse);
    both.roles.insert(Role::Therapist);
    CHECK(AccessPolicy::allows(both, Data::TherapyNotes, Action::Write, false).allowed);
    CHECK(AccessPolicy::roleFromCode(QStringLiteral("Therapist")) == Role::Therapist);
    CHECK_FALSE(AccessPolicy::roleFromCode(QStringLiteral("janitor")));
}

TEST_CASE("Who may take a journal out of Trinn (FHIR export)", "[access]")
{
    // The whole journal (no patient, so no care team): administrators only.
    CHECK(AccessPolicy::allows(actor(Role::Administrator), Data::Export, Action::Read, false).allowed);
    for (Role role : {Role::Nurse, Role::Therapist, Role::Coordinator})
        CHECK_FALSE(AccessPolicy::allows(actor(role), Data::Export, Action::Read, false).allowed);
    // One patient's copy: also a nurse or therapist on the patient's care team.
    CHECK(AccessPolicy::allows(actor(Role::Nurse), Data::Export, Action::Read, true).allowed);
    CHECK(AccessPolicy::allows(actor(Role::Therapist), Data::Export, Action::Read, true).allowed);
    CHECK_FALSE(AccessPolicy::allows(actor(Role::Coordinator), Data::Export, Action::Read, true).allowed);
    // Nobody writes through an export, and emergency access does not open it.
    CHECK_FALSE(AccessPolicy::allows(actor(Role::Administrator), Data::Export, Action::Write, false).allowed);
    Actor emergency = actor(Role::Coordinator);
    emergency.emergencyReason = QStringLiteral("Patient collapsed");
    const Decision refused = AccessPolicy::allows(emergency, Data::Export, Action::Read, false);
    CHECK_FALSE(refused.allowed);
    CHECK(refused.reason == QStringLiteral("Staff with the role intake coordinator may not see a whole journal for export."));
}
