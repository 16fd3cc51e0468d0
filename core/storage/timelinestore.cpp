#include "timelinestore.h"

#include "access/gate.h"

#include "common/clinictime.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"
#include "storage/groupstore.h"
#include "storage/journal.h"
#include "storage/notestore.h"
#include "storage/recoverystore.h"

#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

QDateTime morning(QDate day)
{
    return clinictime::at(day, QTime(8, 0));
}

} // namespace

using Data = AccessPolicy::Data;

Result<QList<TimelineEntry>> TimelineStore::timeline(qint64 patientId) const
{
    return timeline(patientId, nullptr);
}

Result<QList<TimelineEntry>> TimelineStore::timeline(const Patient &patient) const
{
    return timeline(patient.id, &patient);
}

Result<QList<TimelineEntry>> TimelineStore::timeline(qint64 patientId, const Patient *known) const
{
    // The access check and the audit record are this visit's either way.
    return Gate::read(m_journal, Data::Patient, PatientRef::patient(patientId), u"the journal timeline"_s,
                       [&](Scope &scope) -> Result<QList<TimelineEntry>> {
        Result<Patient> patient = known ? Result<Patient>(*known) : PatientStore(m_journal).get(patientId);
        if (!patient)
            return Error{patient.error()};
        QList<TimelineEntry> entries;
        entries.append({patient->createdAt, TimelineEntry::Kind::Registration, tr("Registered in Trinn"),
                        tr("National id %1, born %2").arg(patient->nationalId, clinictime::formatDate(patient->birthDate))});
        for (const NextOfKin &person : std::as_const(patient->nextOfKin)) {
            if (person.consentToShare)
                entries.append({person.consentRecordedAt, TimelineEntry::Kind::NextOfKin,
                                tr("Consent to share information with %1").arg(person.name), person.relation});
        }

        Result<QList<Episode>> episodes = EpisodeStore(m_journal).episodesOf(patientId);
        if (!episodes)
            return Error{episodes.error()};
        for (const Episode &episode : std::as_const(*episodes)) {
            for (const Phase &phase : episode.phases) {
                const QString title = tr("%1: %2").arg(episode.programName, phase.name);
                switch (phase.status) {
                case Phase::Status::Planned:
                    entries.append({morning(phase.plannedStart), TimelineEntry::Kind::Phase, title,
                                    tr("planned %1–%2").arg(clinictime::formatDate(phase.plannedStart),
                                                             clinictime::formatDate(phase.plannedEnd))});
                    break;
                case Phase::Status::Active:
                    entries.append({morning(phase.actualStart), TimelineEntry::Kind::Phase, title,
                                    tr("started; planned to end %1").arg(clinictime::formatDate(phase.plannedEnd))});
                    break;
                case Phase::Status::Completed:
                    entries.append({morning(phase.actualStart), TimelineEntry::Kind::Phase, title, tr("started")});
                    entries.append({morning(phase.actualEnd), TimelineEntry::Kind::Phase, title,
                                    tr("completed after %1 days").arg(phase.actualStart.daysTo(phase.actualEnd))});
                    break;
                case Phase::Status::Skipped:
                case Phase::Status::Cancelled:
                    entries.append({morning(phase.plannedStart), TimelineEntry::Kind::Phase, title,
                                    Phase::statusName(phase.status) + (phase.note.isEmpty() ? QString() : QStringLiteral(": ") + phase.note)});
                    break;
                }
            }
            if (episode.status == Episode::Status::Discharged)
                entries.append({morning(episode.endDate), TimelineEntry::Kind::Phase,
                                tr("Discharged from %1").arg(episode.programName), episode.dischargeReason});
            Result<QList<EpisodeStore::FollowUpRecord>> calls = EpisodeStore(m_journal).followUps(episode.id);
            if (calls) {
                for (const auto &call : std::as_const(*calls)) {
                    if (call.doneOn.isValid())
                        entries.append({morning(call.doneOn), TimelineEntry::Kind::Phase,
                                        call.kind == QStringLiteral("phone") ? tr("Follow-up phone call") : tr("Follow-up letter"),
                                        call.note});
                }
            }
        }

        // A part the role may not see is left out, not refused: the timeline
        // shows what the signed-in staff member may see.
        const auto mayRead = [&](Data data) { return bool(Gate::allows(m_journal, data, AccessPolicy::Action::Read)); };
        CareRecordStore care(m_journal);
        if (Result<QList<Medication>> medication = mayRead(Data::Medication) ? care.medications(patientId)
                                                                             : Result<QList<Medication>>(QList<Medication>())) {
            for (const Medication &m : std::as_const(*medication)) {
                entries.append({morning(m.start), TimelineEntry::Kind::Phase, tr("%1 started").arg(m.drug), m.dose});
                if (m.stop.isValid())
                    entries.append({morning(m.stop), TimelineEntry::Kind::Phase, tr("%1 stopped").arg(m.drug), QString()});
            }
        }
        if (Result<QList<FamilyStay>> family = care.familyStays(patientId)) {
            for (const FamilyStay &f : std::as_const(*family))
                entries.append({morning(f.start), TimelineEntry::Kind::Phase, tr("Family program: %1").arg(f.relativeName),
                                tr("%1, %2–%3").arg(f.relation, clinictime::formatDate(f.start), clinictime::formatDate(f.end))});
        }
        if (Result<QList<StepProgress>> steps = RecoveryStore(m_journal).steps(patientId)) {
            for (const StepProgress &s : std::as_const(*steps)) {
                if (s.completedOn.isValid())
                    entries.append({morning(s.completedOn), TimelineEntry::Kind::Phase, tr("Step %1 completed").arg(s.step),
                                    tr("confirmed by %1").arg(s.confirmedBy)});
                else if (s.startedOn.isValid())
                    entries.append({morning(s.startedOn), TimelineEntry::Kind::Phase, tr("Step %1 started").arg(s.step), s.note});
            }
        }
        if (mayRead(Data::Groups)) {
            if (Status added = addGroupsAndOutings(patientId, entries); !added)
                return Error{added.error()};
        }
        std::stable_sort(entries.begin(), entries.end(),
                         [](const TimelineEntry &a, const TimelineEntry &b) { return a.when > b.when; });
        return entries;
    });
}

Status TimelineStore::addGroupsAndOutings(qint64 patientId, QList<TimelineEntry> &entries) const
{
    return Gate::read(m_journal, Data::Groups, PatientRef::patient(patientId), u"groups and outings"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> sessions = scope.run(
            u"SELECT g.name, s.starts_at, a.status, a.line, s.note FROM attendance a JOIN group_session s ON s.id = a.session_id "
            "JOIN therapy_group g ON g.id = s.group_id WHERE a.patient_id = ? ORDER BY s.starts_at"_s,
            {patientId});
        if (!sessions)
            return Error{sessions.error()};
        while (sessions->next()) {
            const QString status = Attendance::statusName(Attendance::statusFromCode(sessions->value(2).toString()));
            const QString line = sessions->value(3).toString();
            entries.append({clinictime::fromStorage(sessions->value(1).toLongLong()), TimelineEntry::Kind::Group,
                            tr("%1 (%2)").arg(sessions->value(0).toString(), status),
                            line.isEmpty() ? sessions->value(4).toString() : line});
        }
        sessions->finish();

        // The patient's own memberships with their absences, in one query:
        // reading each group's whole member list (and auditing every other
        // member as shown) only to pick this patient's row cost more than
        // the rest of the timeline.
        Result<QSqlQuery> memberships = scope.run(
            u"SELECT g.name, g.max_absences, p.given_names, p.family_name, "
            "(SELECT COUNT(*) FROM attendance a JOIN group_session s ON s.id = a.session_id "
            " WHERE s.group_id = m.group_id AND a.patient_id = m.patient_id AND a.status IN ('absent', 'absent-notice')) "
            "FROM group_member m JOIN therapy_group g ON g.id = m.group_id JOIN patient p ON p.id = m.patient_id "
            "WHERE m.patient_id = ? ORDER BY m.id"_s,
            {patientId});
        if (!memberships)
            return Error{memberships.error()};
        while (memberships->next()) {
            TherapyGroup group;
            group.name = memberships->value(0).toString();
            group.maxAbsences = memberships->value(1).toInt();
            const QString name = memberships->value(2).toString() + u' ' + memberships->value(3).toString();
            if (Decision within = GroupRules::absences(group, name, memberships->value(4).toInt()); !within)
                entries.append({clinictime::now(), TimelineEntry::Kind::Group, tr("Absence limit passed"), within.reason});
        }
        memberships->finish();

        int hidden = 0;
        const auto mayReadNotes = [&](Data data) {
            return bool(Gate::decide(m_journal, data, AccessPolicy::Action::Read, PatientRef::patient(patientId)));
        };
        const bool anyNotes = mayReadNotes(Data::CareNotes) || mayReadNotes(Data::TherapyNotes);
        if (Result<QList<JournalNote>> notes = anyNotes ? NoteStore(m_journal).notes(patientId, &hidden)
                                                        : Result<QList<JournalNote>>(QList<JournalNote>())) {
            for (const JournalNote &n : std::as_const(*notes))
                entries.append({n.createdAt, TimelineEntry::Kind::Note,
                                n.isSigned() ? tr("%1 (signed by %2)").arg(NoteTypes::name(n.type), n.signedBy)
                                             : tr("%1 (draft)").arg(NoteTypes::name(n.type)),
                                n.currentText().left(120)});
        }

        Result<QSqlQuery> outings = scope.run(
            u"SELECT o.kind, o.place, o.starts_at FROM outing_participant op JOIN outing o ON o.id = op.outing_id "
            "WHERE op.patient_id = ? ORDER BY o.starts_at"_s,
            {patientId});
        if (!outings)
            return Error{outings.error()};
        while (outings->next())
            entries.append({clinictime::fromStorage(outings->value(2).toLongLong()), TimelineEntry::Kind::Group,
                            tr("%1 meeting").arg(outings->value(0).toString()), outings->value(1).toString()});
        return {};
    });
}

} // namespace trinn
