#pragma once

#include "support/testjournals.h"

#include "access/accesspolicy.h"

#include <QList>
#include <QString>

#include <functional>

namespace trinn::test {

/// A small clinic to call core's entry points in: one patient (Kari) with a
/// care team, and the staff every role and case of the access policy needs.
struct MatrixClinic
{
    std::unique_ptr<Journal> journal;
    qint64 patient = 0;
    /// Who calls: each role on and off Kari's care team, and a nurse with
    /// emergency access. The system actor makes what the calls need.
    QList<std::pair<QString, Actor>> callers;
    QHash<QString, bool> onCareTeam; // caller name → on Kari's care team

    /// Runs `make` as the system (arranging what a call needs) and puts the
    /// caller back.
    void asSystem(const std::function<void()> &make);
};

MatrixClinic makeMatrixClinic(Backend backend);

/// One entry point of core that touches Kari's data: what it touches, and a
/// call of it. `arrange` (run as the system before each call) returns an id
/// the call may need (a fresh episode, a test …).
struct EntryPoint
{
    QString name;
    AccessPolicy::Data data;
    AccessPolicy::Action action;
    std::function<Status(MatrixClinic &clinic, qint64 arranged)> call;
    std::function<qint64(MatrixClinic &clinic)> arrange = {};
    /// Audit records an allowed call leaves for Kari; -1: at least one.
    int recordsForPatient = 1;
    /// False for a door whose data belongs to no patient (templates, staff).
    bool patientData = true;
};

/// Calls every entry point as every caller and checks that it is allowed or
/// refused exactly as AccessPolicy says, that a refusal gives the policy's
/// reason and leaves one "refused" record and nothing else, and that an
/// allowed call leaves the records it should, none of them a refusal.
void checkAccessMatrix(MatrixClinic &clinic, const QList<EntryPoint> &entries);

} // namespace trinn::test
