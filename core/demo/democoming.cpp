#include "democoming.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/historywriter.h"
#include "programs/builtinprograms.h"
#include "programs/programtemplate.h"
#include "storage/calendarstore.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/staffweek.h"

#include <QRandomGenerator>
#include <QSet>

namespace trinn {
namespace {

using LivedPhase = HistoryWriter::LivedPhase;

bool runsOn(const LivedPhase &phase, QDate day)
{
    return phase.start <= day && (!phase.end.isValid() || phase.end >= day);
}

} // namespace

Result<DemoComing::Counts> DemoComing::add(Journal &journal, QRandomGenerator &random, QDate today)
{
    Result<QList<LivedPhase>> lived = Gate::read(journal, AccessPolicy::Data::Programs, PatientRef::none(),
                                                 QStringLiteral("phases for the demo's coming weeks"),
                                                 [](Scope &scope) { return HistoryWriter(scope).livedPhases(); });
    if (!lived)
        return Error{lived.error()};
    const QList<LivedPhase> &phases = *lived;
    Counts counts;

    // About one in twenty-five of those in Phase 2 relapsed lately and came
    // back: assessed first, then a stay of the length the assessment gives.
    int inPhase2 = 0;
    for (const LivedPhase &phase : phases) {
        if (phase.kind != phasekind::phase2 || !runsOn(phase, today) || inPhase2++ % 25 != 0)
            continue;
        const bool serious = random.bounded(5) == 0;
        const Result<RelapseAssessment> assessed = CareRecordStore(journal).assessRelapse(
            phase.episodeId, int(random.bounded(30, 300)), tr("Drank again after a conflict in the family."),
            tr("Called the clinic the next day; the family asks for help."), serious);
        if (!assessed)
            return Error{assessed.error()};
        const QDate start = today.addDays(-qint64(random.bounded(0, 8)));
        // A refusal by a program rule (a stay already planned) leaves this patient at home.
        if (EpisodeStore(journal).enrol({phase.patientId, BuiltinPrograms::relapse, start, {}, {}}))
            ++counts.relapseStays;
    }

    // The admitted patients' individual sessions in the coming two weeks,
    // with the therapist (a slot already taken is passed over).
    const Result<QList<StaffRef>> staff = StaffRegister::active(journal);
    if (!staff)
        return Error{staff.error()};
    qint64 therapist = 0;
    for (const StaffRef &member : *staff)
        if (member.name.contains(QStringLiteral("Terapeut")))
            therapist = member.staffId;
    if (therapist == 0)
        return counts;
    QSet<qint64> booked;
    AppointmentStore calendar(journal);
    const QList<int> hours{9, 10, 11, 13, 14};
    int slot = int(random.bounded(hours.size()));
    for (const LivedPhase &phase : phases) {
        if (!phase.residential || !runsOn(phase, today) || booked.contains(phase.patientId) || counts.sessions >= 40)
            continue;
        for (int tries = 0; tries < 10; ++tries, ++slot) {
            QDate day = today.addDays(1 + slot / hours.size() % 14);
            while (day.dayOfWeek() > 5)
                day = day.addDays(1);
            Appointment appointment;
            appointment.patientId = phase.patientId;
            appointment.staffId = therapist;
            appointment.startsAt = clinictime::at(day, QTime(hours.at(slot % hours.size()), 0));
            appointment.minutes = 45;
            appointment.room = tr("Counselling room");
            appointment.note = tr("Individual session");
            if (calendar.book(appointment)) {
                booked.insert(phase.patientId);
                ++counts.sessions;
                ++slot;
                break;
            }
        }
    }
    return counts;
}

} // namespace trinn
