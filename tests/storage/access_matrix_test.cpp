// The access matrix: every entry point of core that touches a patient's data,
// called as each role on and off the care team and with emergency access, on
// both backends. Allowed or refused exactly as AccessPolicy says, with the
// audit records that should follow and no others.

#include "support/accessmatrix.h"

#include "common/clinictime.h"
#include "programs/builtinprograms.h"
#include "reports/episodereport.h"
#include "storage/auditlog.h"
#include "storage/groupstore.h"
#include "storage/intakestore.h"
#include "storage/notestore.h"
#include "storage/substanceteststore.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"
#include "storage/programstore.h"
#include "storage/recordhistory.h"
#include "storage/recoverystore.h"
#include "storage/staffstore.h"
#include "storage/timelinestore.h"

#include <memory>

using namespace trinn;
using namespace trinn::test;
using Data = AccessPolicy::Data;
using Action = AccessPolicy::Action;

namespace {

const Action R = Action::Read;
const Action W = Action::Write;

template<typename T>
Status statusOf(const Result<T> &result)
{
    if (result)
        return {};
    return Error{result.error()};
}

// As the system: ends Kari's open episodes and enrols her afresh.
qint64 freshEpisode(MatrixClinic &clinic, const QString &program, const QStringList &optional = {})
{
    EpisodeStore episodes(*clinic.journal);
    const auto open = episodes.episodesOf(clinic.patient);
    REQUIRE(open.ok());
    for (const Episode &e : *open) {
        if (e.isOpen())
            REQUIRE(episodes.discharge(e.id, clinictime::today(), QStringLiteral("ny runde"), false).ok());
    }
    EpisodeStore::Enrolment enrolment;
    enrolment.patientId = clinic.patient;
    enrolment.program = program;
    enrolment.start = clinictime::today();
    enrolment.optionalPhases = optional;
    const auto id = episodes.enrol(enrolment);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 phaseOf(MatrixClinic &clinic, qint64 episodeId, const QString &code)
{
    const auto e = EpisodeStore(*clinic.journal).episode(episodeId);
    REQUIRE(e.ok());
    const Phase *p = e->phaseByCode(code);
    REQUIRE(p);
    return p->id;
}

QList<EntryPoint> patientsAndPrograms()
{
    auto serial = std::make_shared<int>(0);
    auto kariId = std::make_shared<QString>(ids::born1985);
    auto phaseEnd = std::make_shared<QDate>();
    auto username = std::make_shared<QString>();
    const QDate today = clinictime::today();
    return {
        {QStringLiteral("PatientStore::add"), Data::Patient, W,
         [serial](MatrixClinic &c, qint64) {
             NewPatient p;
             // Not every serial number has valid check digits: take the next that has.
             Result<NationalId> id = Error{};
             while (!id)
                 id = NationalId::make(QDate(1980, 2, 1).addDays(++*serial * 7), 200 + *serial, NationalId::Kind::BirthNumber, true);
             p.nationalId = id->digits();
             p.givenNames = QStringLiteral("Ny");
             p.familyName = QStringLiteral("Pasient");
             return statusOf(PatientStore(*c.journal).add(p));
         },
         {}, 0, false},
        {QStringLiteral("PatientStore::addNextOfKin"), Data::Patient, W,
         [](MatrixClinic &c, qint64) {
             return statusOf(PatientStore(*c.journal).addNextOfKin(c.patient, {0, QStringLiteral("Inger"), QStringLiteral("mother"), {}, true, {}}));
         }},
        {QStringLiteral("PatientStore::get"), Data::Patient, R,
         [](MatrixClinic &c, qint64) { return statusOf(PatientStore(*c.journal).get(c.patient)); }},
        {QStringLiteral("PatientStore::findByNationalId"), Data::Patient, R,
         [kariId](MatrixClinic &c, qint64) { return statusOf(PatientStore(*c.journal).findByNationalId(*kariId)); }},
        {QStringLiteral("PatientStore::count"), Data::Patient, R,
         [](MatrixClinic &c, qint64) { return statusOf(PatientStore(*c.journal).count()); }, {}, 0, false},
        {QStringLiteral("PatientStore::searchPage"), Data::Patient, R,
         [](MatrixClinic &c, qint64) { return statusOf(PatientStore(*c.journal).searchPage(QStringLiteral("Kari"), 20, 0)); },
         {}, 0, false},

        {QStringLiteral("ProgramStore::list"), Data::Programs, R,
         [](MatrixClinic &c, qint64) { return statusOf(ProgramStore(*c.journal).list()); }, {}, 0, false},
        {QStringLiteral("ProgramStore::update"), Data::Programs, W,
         [](MatrixClinic &c, qint64) {
             auto program = ProgramStore(*c.journal).find(BuiltinPrograms::evening);
             if (!program)
                 return Status(Error{program.error()});
             program->description += QStringLiteral(" ");
             return ProgramStore(*c.journal).update(*program);
         },
         {}, 0, false},

        {QStringLiteral("EpisodeStore::enrol"), Data::Programs, W,
         [](MatrixClinic &c, qint64) {
             EpisodeStore::Enrolment e;
             e.patientId = c.patient;
             e.program = BuiltinPrograms::evening;
             e.start = clinictime::today();
             return statusOf(EpisodeStore(*c.journal).enrol(e));
         },
         [](MatrixClinic &c) {
             // No open evening episode and no alternative to it (the full-time
             // program is one), so the enrolment's own rules allow it.
             const qint64 id = freshEpisode(c, BuiltinPrograms::municipalDay);
             return id;
         }},
        {QStringLiteral("EpisodeStore::episode"), Data::Programs, R,
         [](MatrixClinic &c, qint64 e) { return statusOf(EpisodeStore(*c.journal).episode(e)); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::evening); }},
        {QStringLiteral("EpisodeStore::episodesOf"), Data::Programs, R,
         [](MatrixClinic &c, qint64) { return statusOf(EpisodeStore(*c.journal).episodesOf(c.patient)); }},
        {QStringLiteral("EpisodeStore::currentProgram"), Data::Programs, R,
         [today](MatrixClinic &c, qint64) { return statusOf(EpisodeStore(*c.journal).currentProgram(c.patient, today)); }},
        {QStringLiteral("EpisodeStore::openEpisodes"), Data::Programs, R,
         [](MatrixClinic &c, qint64) { return statusOf(EpisodeStore(*c.journal).openEpisodes(BuiltinPrograms::evening)); },
         {}, 0, false},
        {QStringLiteral("EpisodeStore::startPhase"), Data::Programs, W,
         [today](MatrixClinic &c, qint64 phase) { return EpisodeStore(*c.journal).startPhase(phase, today); },
         [](MatrixClinic &c) { return phaseOf(c, freshEpisode(c, BuiltinPrograms::evening), QStringLiteral("program")); }},
        {QStringLiteral("EpisodeStore::completePhase"), Data::Programs, W,
         [today](MatrixClinic &c, qint64 phase) { return EpisodeStore(*c.journal).completePhase(phase, today); },
         [today](MatrixClinic &c) {
             const qint64 phase = phaseOf(c, freshEpisode(c, BuiltinPrograms::evening), QStringLiteral("program"));
             REQUIRE(EpisodeStore(*c.journal).startPhase(phase, today).ok());
             return phase;
         }},
        {QStringLiteral("EpisodeStore::skipPhase"), Data::Programs, W,
         [](MatrixClinic &c, qint64 phase) { return EpisodeStore(*c.journal).skipPhase(phase, QStringLiteral("ikke nødvendig")); },
         [](MatrixClinic &c) {
             return phaseOf(c, freshEpisode(c, BuiltinPrograms::residential, {QStringLiteral("detox")}), QStringLiteral("detox"));
         }},
        {QStringLiteral("EpisodeStore::replanPhaseEnd"), Data::Programs, W,
         [phaseEnd](MatrixClinic &c, qint64 phase) { return EpisodeStore(*c.journal).replanPhaseEnd(phase, phaseEnd->addDays(7), QStringLiteral("forlenget")); },
         [phaseEnd](MatrixClinic &c) {
             const qint64 episode = freshEpisode(c, BuiltinPrograms::evening);
             const auto e = EpisodeStore(*c.journal).episode(episode);
             REQUIRE(e.ok());
             *phaseEnd = e->phaseByCode(QStringLiteral("program"))->plannedEnd;
             return e->phaseByCode(QStringLiteral("program"))->id;
         }},
        {QStringLiteral("EpisodeStore::discharge"), Data::Programs, W,
         [today](MatrixClinic &c, qint64 e) { return EpisodeStore(*c.journal).discharge(e, today, QStringLiteral("flyttet"), false); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::evening); }},
        {QStringLiteral("EpisodeStore::followUps"), Data::Programs, R,
         [](MatrixClinic &c, qint64 e) { return statusOf(EpisodeStore(*c.journal).followUps(e)); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::residential); }},
        {QStringLiteral("EpisodeStore::recordFollowUp"), Data::Programs, W,
         [today](MatrixClinic &c, qint64 call) { return EpisodeStore(*c.journal).recordFollowUp(call, today, QStringLiteral("Ringte")); },
         [](MatrixClinic &c) {
             const qint64 episode = freshEpisode(c, BuiltinPrograms::residential);
             const auto calls = EpisodeStore(*c.journal).followUps(episode);
             REQUIRE(calls.ok());
             REQUIRE_FALSE(calls->isEmpty());
             return calls->first().id;
         }},
        {QStringLiteral("EpisodeStore::assessment"), Data::Programs, R,
         [](MatrixClinic &c, qint64 e) { return statusOf(EpisodeStore(*c.journal).assessment(e)); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::evening); }},

        {QStringLiteral("CareRecordStore::addMedication"), Data::Medication, W,
         [today](MatrixClinic &c, qint64) {
             return statusOf(CareRecordStore(*c.journal).addMedication(
                 {0, c.patient, QStringLiteral("metadon"), QStringLiteral("80 mg"), today, {}, QStringLiteral("LAR"), {}}));
         }},
        {QStringLiteral("CareRecordStore::stopMedication"), Data::Medication, W,
         [today](MatrixClinic &c, qint64 m) { return CareRecordStore(*c.journal).stopMedication(m, today.addDays(1), QStringLiteral("avsluttet")); },
         [today](MatrixClinic &c) {
             const auto m = CareRecordStore(*c.journal).addMedication(
                 {0, c.patient, QStringLiteral("disulfiram"), QStringLiteral("200 mg"), today, {}, {}, {}});
             REQUIRE(m.ok());
             return *m;
         }},
        {QStringLiteral("CareRecordStore::medications"), Data::Medication, R,
         [](MatrixClinic &c, qint64) { return statusOf(CareRecordStore(*c.journal).medications(c.patient)); }},
        {QStringLiteral("RecordHistory::of"), Data::Medication, R,
         [](MatrixClinic &c, qint64) { return statusOf(RecordHistory::of(*c.journal, RecordHistory::Record::Medication, 1, c.patient)); }},
        {QStringLiteral("RecordHistory::ofPatient"), Data::Programs, R,
         [](MatrixClinic &c, qint64) { return statusOf(RecordHistory::ofPatient(*c.journal, RecordHistory::Record::Phase, c.patient)); }},
        {QStringLiteral("CareRecordStore::activeMedications"), Data::Medication, R,
         [today](MatrixClinic &c, qint64) { return statusOf(CareRecordStore(*c.journal).activeMedications(c.patient, today)); }},
        {QStringLiteral("CareRecordStore::addCoercion"), Data::Programs, W,
         [today](MatrixClinic &c, qint64 e) {
             return statusOf(CareRecordStore(*c.journal).addCoercion(
                 {0, e, QStringLiteral("hol. § 10-2"), QStringLiteral("fylkesnemnda"), today, today.addMonths(3), {}}));
         },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::specialist); }},
        {QStringLiteral("CareRecordStore::coercions"), Data::Programs, R,
         [](MatrixClinic &c, qint64 e) { return statusOf(CareRecordStore(*c.journal).coercions(e)); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::specialist); }},
        {QStringLiteral("CareRecordStore::addRelativeAdvice"), Data::Programs, W,
         [today](MatrixClinic &c, qint64 e) {
             return statusOf(CareRecordStore(*c.journal).addRelativeAdvice({0, e, QStringLiteral("Inger"), today, true, {}}));
         },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::specialist); }},
        {QStringLiteral("CareRecordStore::relativeAdvice"), Data::Programs, R,
         [](MatrixClinic &c, qint64 e) { return statusOf(CareRecordStore(*c.journal).relativeAdvice(e)); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::specialist); }},
        {QStringLiteral("CareRecordStore::familyStays"), Data::Programs, R,
         [](MatrixClinic &c, qint64) { return statusOf(CareRecordStore(*c.journal).familyStays(c.patient)); }},
        {QStringLiteral("CareRecordStore::assessRelapse"), Data::Programs, W,
         [](MatrixClinic &c, qint64 e) {
             return statusOf(CareRecordStore(*c.journal).assessRelapse(e, 120, QStringLiteral("Stress"), {}, false));
         },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::evening); }},
        {QStringLiteral("CareRecordStore::relapseAssessments"), Data::Programs, R,
         [](MatrixClinic &c, qint64 e) { return statusOf(CareRecordStore(*c.journal).relapseAssessments(e)); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::evening); }},
        {QStringLiteral("CareRecordStore::dayTreatment"), Data::Programs, R,
         [](MatrixClinic &c, qint64 e) { return statusOf(CareRecordStore(*c.journal).dayTreatment(e)); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::municipalDay); }},
        {QStringLiteral("CareRecordStore::checkDayTreatment"), Data::Programs, R,
         [today](MatrixClinic &c, qint64 e) { return statusOf(CareRecordStore(*c.journal).checkDayTreatment(e, today)); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::municipalDay); }},

        {QStringLiteral("RecoveryStore::recordStep"), Data::Programs, W,
         [today](MatrixClinic &c, qint64) { return RecoveryStore(*c.journal).recordStep(c.patient, {1, today, {}, {}, {}}); }},
        {QStringLiteral("RecoveryStore::steps"), Data::Programs, R,
         [](MatrixClinic &c, qint64) { return statusOf(RecoveryStore(*c.journal).steps(c.patient)); }},
        {QStringLiteral("RecoveryStore::plan"), Data::Programs, R,
         [](MatrixClinic &c, qint64 e) { return statusOf(RecoveryStore(*c.journal).plan(e)); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::specialist); }},
        {QStringLiteral("RecoveryStore::savePlan"), Data::Programs, W,
         [today](MatrixClinic &c, qint64 e) {
             TreatmentPlan plan;
             plan.episodeId = e;
             plan.reviewDate = today.addMonths(1);
             for (const QString &code : LifeAreas::codes())
                 plan.areas.append({code, QStringLiteral("Mål"), QStringLiteral("Tiltak"), {}});
             return RecoveryStore(*c.journal).savePlan(plan);
         },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::specialist); }},

        {QStringLiteral("TimelineStore::timeline"), Data::Patient, R,
         [](MatrixClinic &c, qint64) { return statusOf(TimelineStore(*c.journal).timeline(c.patient)); }},
        {QStringLiteral("EpisodeReport::build"), Data::Programs, R,
         [today](MatrixClinic &c, qint64 e) { return statusOf(EpisodeReport::build(*c.journal, e, today)); },
         [](MatrixClinic &c) { return freshEpisode(c, BuiltinPrograms::evening); }},

        {QStringLiteral("SubstanceTestStore::history"), Data::Tests, R,
         [](MatrixClinic &c, qint64) { return statusOf(SubstanceTestStore(*c.journal).history(c.patient)); }},
        {QStringLiteral("NoteStore::createDraft (progress note)"), Data::CareNotes, W,
         [](MatrixClinic &c, qint64) {
             return statusOf(NoteStore(*c.journal).createDraft(c.patient, QStringLiteral("progress"), QStringLiteral("Rolig natt")));
         }},
        {QStringLiteral("NoteStore::createDraft (individual session)"), Data::TherapyNotes, W,
         [](MatrixClinic &c, qint64) {
             return statusOf(NoteStore(*c.journal).createDraft(c.patient, QStringLiteral("individual-session"), QStringLiteral("Samtale")));
         }},
        {QStringLiteral("ReferralStore::open"), Data::Referrals, R,
         [](MatrixClinic &c, qint64) { return statusOf(ReferralStore(*c.journal).open()); }, {}, 0, false},
        {QStringLiteral("BedStore::beds"), Data::Beds, R,
         [](MatrixClinic &c, qint64) { return statusOf(BedStore(*c.journal).beds()); }, {}, 0, false},
        {QStringLiteral("GroupStore::groups"), Data::Groups, R,
         [](MatrixClinic &c, qint64) { return statusOf(GroupStore(*c.journal).groups()); }, {}, 0, false},

        {QStringLiteral("AuditLog::forPatient"), Data::Audit, R,
         [](MatrixClinic &c, qint64) { return statusOf(AuditLog::forPatient(*c.journal, c.patient)); }},

        {QStringLiteral("StaffStore::add"), Data::Staff, W,
         [serial](MatrixClinic &c, qint64) {
             return statusOf(StaffStore(*c.journal).add(QStringLiteral("ny%1").arg(++*serial), QStringLiteral("Ny Ansatt"),
                                                        {Role::Nurse}, QStringLiteral("et langt passord")));
         },
         {}, 0, false},
        {QStringLiteral("StaffStore::list"), Data::Staff, R,
         [](MatrixClinic &c, qint64) { return statusOf(StaffStore(*c.journal).list()); }, {}, 0, false},
        {QStringLiteral("StaffStore::directory"), Data::Directory, R,
         [](MatrixClinic &c, qint64) { return statusOf(StaffStore(*c.journal).directory()); }, {}, 0, false},
        {QStringLiteral("StaffStore::disable"), Data::Staff, W,
         [username](MatrixClinic &c, qint64) { return StaffStore(*c.journal).disable(*username); },
         [serial, username](MatrixClinic &c) {
             *username = QStringLiteral("vikar%1").arg(++*serial);
             REQUIRE(StaffStore(*c.journal).add(*username, QStringLiteral("Vikar"), {Role::Nurse}, QStringLiteral("et langt passord")).ok());
             return qint64(0);
         },
         0, false},
        {QStringLiteral("StaffStore::resetPassword"), Data::Staff, W,
         [](MatrixClinic &c, qint64) { return StaffStore(*c.journal).resetPassword(QStringLiteral("nurse"), QStringLiteral("et langt passord")); },
         {}, 0, false},
        {QStringLiteral("StaffStore::addToCareTeam"), Data::Programs, W,
         [](MatrixClinic &c, qint64) { return StaffStore(*c.journal).addToCareTeam(c.patient, QStringLiteral("teamnurse")); }},
    };
}

} // namespace

TEST_CASE("Access matrix: patients, programs, episodes, care records, recovery, tests, notes, intake, groups, the audit log, staff", "[storage][access][matrix]")
{
    MatrixClinic clinic = makeMatrixClinic(TRINN_BOTH_BACKENDS());
    checkAccessMatrix(clinic, patientsAndPrograms());
}
