#include "fhir/fhirclinic.h"

#include "cli/trinnctlrun.h"
#include "common/clinictime.h"
#include "programs/treatmentplan.h"
#include "storage/calendarstore.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"
#include "storage/recoverystore.h"
#include "storage/substanceteststore.h"

namespace trinn::test::fhir {
namespace {

qint64 one(Journal &journal, const QString &sql, const QVariantList &bindings = {})
{
    auto row = RawSqlForTests::run(journal, sql, bindings);
    REQUIRE(row.ok());
    REQUIRE(row->next());
    return row->value(0).toLongLong();
}

} // namespace

Actor demoTherapist(qint64 staffId)
{
    Actor actor;
    actor.staffId = staffId;
    actor.username = QStringLiteral("terapeut");
    actor.fullName = QStringLiteral("Demo therapist");
    actor.roles = {Role::Therapist};
    return actor;
}

Clinic makeClinic(Backend backend)
{
    Clinic clinic;
    clinic.journal = freshLocation(backend);
    const cli::Run demo = cli::trinnctl(cli::args({QStringLiteral("demo"), clinic.journal, QStringLiteral("--size"), QStringLiteral("year"),
                                                   QStringLiteral("--patients"), QStringLiteral("12"), QStringLiteral("--seed"),
                                                   QStringLiteral("3")}));
    INFO(demo.err.toStdString());
    REQUIRE(demo.status == 0);

    Result<std::unique_ptr<Journal>> opened = Journal::open(clinic.journal);
    INFO(opened.error().toStdString());
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    clinic.patientId = one(journal, QStringLiteral(
        "SELECT p.id FROM patient p WHERE EXISTS (SELECT 1 FROM journal_note n WHERE n.patient_id = p.id AND n.signed_at IS NOT NULL) "
        "AND EXISTS (SELECT 1 FROM next_of_kin k WHERE k.patient_id = p.id AND k.consent_to_share = 1) "
        "ORDER BY (SELECT COUNT(*) FROM attendance a WHERE a.patient_id = p.id) DESC, p.id LIMIT 1"));
    Result<Patient> patient = PatientStore(journal).get(clinic.patientId);
    REQUIRE(patient.ok());
    clinic.nationalId = patient->nationalId;
    clinic.therapistId = one(journal, QStringLiteral("SELECT id FROM staff WHERE username = 'terapeut'"));
    rawExec(journal, QStringLiteral("INSERT INTO care_team (patient_id, staff_id) VALUES (%1, %2)")
                         .arg(clinic.patientId)
                         .arg(clinic.therapistId));

    // What the demo does not make, as the system (trinnctl) would write it.
    Medication methadone;
    methadone.patientId = clinic.patientId;
    methadone.drug = QStringLiteral("methadone");
    methadone.dose = QStringLiteral("80 mg daily");
    methadone.start = clinictime::today().addDays(-30);
    methadone.prescriber = QStringLiteral("Dr. Lege");
    const Result<qint64> medication = CareRecordStore(journal).addMedication(methadone);
    INFO(medication.error().toStdString());
    REQUIRE(medication.ok());

    Appointment appointment;
    appointment.patientId = clinic.patientId;
    appointment.staffId = clinic.therapistId;
    appointment.startsAt = clinictime::at(clinictime::today().addDays(3), QTime(13, 15));
    appointment.minutes = 45;
    appointment.room = QStringLiteral("Samtalerom 2");
    const Result<qint64> booked = AppointmentStore(journal).book(appointment);
    INFO(booked.error().toStdString());
    REQUIRE(booked.ok());

    const Result<QList<Episode>> episodes = EpisodeStore(journal).episodesOf(clinic.patientId);
    REQUIRE(episodes.ok());
    REQUIRE_FALSE(episodes->isEmpty());
    TreatmentPlan plan;
    plan.episodeId = episodes->constFirst().id;
    plan.reviewDate = clinictime::today().addDays(60);
    const QStringList areas = LifeAreas::codes();
    plan.areas.append({areas.value(0), QStringLiteral("No use of alcohol or drugs"), QStringLiteral("Daily tests, craving diary"), {}});
    plan.areas.append({areas.value(1), QStringLiteral("Sleep better"), QStringLiteral("Talks with the GP"), clinictime::today().addDays(30)});
    const Status saved = RecoveryStore(journal).savePlan(plan);
    INFO(saved.error().toStdString());
    REQUIRE(saved.ok());

    const qint64 signedNote = one(journal, QStringLiteral("SELECT MIN(id) FROM journal_note WHERE patient_id = ? AND signed_at IS NOT NULL"),
                                  {clinic.patientId});
    const Result<int> corrected = NoteStore(journal).correct(signedNote, QStringLiteral("Corrected: slept well, æøå."),
                                                             QStringLiteral("wrong day"));
    INFO(corrected.error().toStdString());
    REQUIRE(corrected.ok());

    // The lab's answer with a measured value, for the newest urine sample.
    const qint64 sample = one(journal, QStringLiteral("SELECT MAX(id) FROM substance_test WHERE patient_id = ? AND is_current = 1 "
                                                      "AND refused = 0 AND sample_type = 0"), // urine
                              {clinic.patientId});
    const Result<qint64> confirmed = SubstanceTestStore(journal).confirm(sample, QStringLiteral("amp"), true, QStringLiteral("LAB-1"), 720.5,
                                                                         QStringLiteral("ng/mL"), 500);
    INFO(confirmed.error().toStdString());
    REQUIRE(confirmed.ok());

    // A draft: the journal keeps it, the patient's copy does not hold it yet.
    const Result<qint64> draft = NoteStore(journal).createDraft(clinic.patientId, QStringLiteral("progress"),
                                                                QStringLiteral("Draft, not signed."));
    INFO(draft.error().toStdString());
    REQUIRE(draft.ok());
    return clinic;
}

} // namespace trinn::test::fhir
