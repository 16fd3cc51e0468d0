// A patient's FHIR Bundle holds every record the journal view shows for that
// patient: the journal's own doors (the timeline, the test history, notes,
// medication, episodes, appointments) against the Bundle's resources, as the
// therapist on the patient's care team sees both.

#include "fhir/fhirclinic.h"

#include "common/clinictime.h"
#include "export/fhirexport.h"
#include "storage/calendarstore.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"
#include "storage/recoverystore.h"
#include "storage/staffstore.h"
#include "storage/substanceteststore.h"
#include "storage/timelinestore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace trinn;
using namespace trinn::test;

namespace {

QString text(const QJsonObject &object, const QString &key)
{
    return object.value(key).toObject().value(QStringLiteral("text")).toString();
}

QString firstText(const QJsonObject &object, const QString &key)
{
    return object.value(key).toArray().first().toObject().value(QStringLiteral("text")).toString();
}

} // namespace

TEST_CASE("A patient's FHIR Bundle holds every record the journal view shows", "[fhir]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const fhir::Clinic clinic = fhir::makeClinic(backend);
    Result<std::unique_ptr<Journal>> opened = Journal::open(clinic.journal);
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    journal.setActor(fhir::demoTherapist(clinic.therapistId));

    const Result<QJsonObject> bundle = FhirExport::patientBundle(journal, clinic.patientId);
    INFO(bundle.error().toStdString());
    REQUIRE(bundle.ok());
    CHECK(bundle->value(QStringLiteral("type")).toString() == QStringLiteral("collection"));

    QMap<QString, QList<QJsonObject>> byType;
    QSet<QString> fullUrls;
    for (const QJsonValue &entry : bundle->value(QStringLiteral("entry")).toArray()) {
        const QJsonObject resource = entry.toObject().value(QStringLiteral("resource")).toObject();
        byType[resource.value(QStringLiteral("resourceType")).toString()].append(resource);
        fullUrls << entry.toObject().value(QStringLiteral("fullUrl")).toString();
    }
    // Every reference to another resource of the Bundle resolves inside it.
    const std::function<void(const QJsonValue &)> references = [&](const QJsonValue &value) {
        if (value.isArray()) {
            for (const QJsonValue &v : value.toArray())
                references(v);
        } else if (value.isObject()) {
            const QJsonObject object = value.toObject();
            if (object.value(QStringLiteral("reference")).isString()) {
                INFO(QJsonDocument(object).toJson().toStdString());
                CHECK(fullUrls.contains(object.value(QStringLiteral("reference")).toString()));
            }
            for (const QJsonValue &v : object)
                references(v);
        }
    };
    references(bundle->value(QStringLiteral("entry")));

    // The patient, and no one else.
    REQUIRE(byType.value(QStringLiteral("Patient")).size() == 1);
    const Result<Patient> patient = PatientStore(journal).get(clinic.patientId);
    REQUIRE(patient.ok());
    const QJsonObject fhirPatient = byType.value(QStringLiteral("Patient")).first();
    CHECK(fhirPatient.value(QStringLiteral("identifier")).toArray().first().toObject().value(QStringLiteral("value")).toString()
          == patient->nationalId);
    CHECK(firstText(fhirPatient, QStringLiteral("name")) == patient->fullName());

    // Next of kin, and the consents the timeline shows.
    const Result<QList<TimelineEntry>> timeline = TimelineStore(journal).timeline(clinic.patientId);
    REQUIRE(timeline.ok());
    const auto timelineCount = [&](TimelineEntry::Kind kind, const std::function<bool(const TimelineEntry &)> &also) {
        return std::count_if(timeline->cbegin(), timeline->cend(), [&](const TimelineEntry &e) { return e.kind == kind && also(e); });
    };
    CHECK(byType.value(QStringLiteral("RelatedPerson")).size() == patient->nextOfKin.size());
    const auto consents = timelineCount(TimelineEntry::Kind::NextOfKin, [](const TimelineEntry &) { return true; });
    CHECK(consents > 0);
    CHECK(byType.value(QStringLiteral("Consent")).size() == consents);

    // Episodes and every phase.
    const Result<QList<Episode>> episodes = EpisodeStore(journal).episodesOf(clinic.patientId);
    REQUIRE(episodes.ok());
    int phases = 0;
    for (const Episode &e : *episodes)
        phases += e.phases.size();
    CHECK(byType.value(QStringLiteral("EpisodeOfCare")).size() == episodes->size());
    int phaseEncounters = 0, sessionEncounters = 0, appointmentEncounters = 0;
    for (const QJsonObject &encounter : byType.value(QStringLiteral("Encounter"))) {
        const QString type = firstText(encounter, QStringLiteral("type"));
        if (encounter.contains(QStringLiteral("episodeOfCare")))
            ++phaseEncounters;
        else if (type.startsWith(QStringLiteral("Group session: ")))
            ++sessionEncounters;
        else if (type == QStringLiteral("Individual session") && encounter.value(QStringLiteral("status")) != QStringLiteral("cancelled"))
            ++appointmentEncounters;
    }
    CHECK(phases > 0);
    CHECK(phaseEncounters == phases);

    // Group sessions as the timeline lists them ("MBRP (present)"), outings
    // and absence warnings aside.
    const auto sessions = timelineCount(TimelineEntry::Kind::Group, [](const TimelineEntry &e) {
        return !e.title.endsWith(QStringLiteral(" meeting")) && e.title != QStringLiteral("Absence limit passed");
    });
    CHECK(sessions > 0);
    CHECK(sessionEncounters == sessions);

    // Individual appointments, as the calendar shows them.
    const Result<QList<Appointment>> appointments = AppointmentStore(journal).between(
        clinictime::at(QDate(2000, 1, 1), QTime(0, 0)), clinictime::at(QDate(2100, 1, 1), QTime(0, 0)));
    REQUIRE(appointments.ok());
    const auto own = std::count_if(appointments->cbegin(), appointments->cend(),
                                   [&](const Appointment &a) { return a.patientId == clinic.patientId; });
    CHECK(own > 0);
    CHECK(appointmentEncounters == own);

    // Every test and every analyte of the test history.
    const Result<QList<SubstanceTest>> tests = SubstanceTestStore(journal).history(clinic.patientId, 1000000);
    REQUIRE(tests.ok());
    int analytes = 0;
    for (const SubstanceTest &t : *tests)
        analytes += t.refused ? 0 : t.results.size();
    int samples = 0, results = 0;
    for (const QJsonObject &o : byType.value(QStringLiteral("Observation")))
        (text(o, QStringLiteral("code")).startsWith(QStringLiteral("Substance test")) ? samples : results)++;
    CHECK(tests->size() > 0);
    CHECK(samples == tests->size());
    CHECK(results == analytes);

    // Medication.
    const Result<QList<Medication>> medication = CareRecordStore(journal).medications(clinic.patientId);
    REQUIRE(medication.ok());
    CHECK(byType.value(QStringLiteral("MedicationStatement")).size() == medication->size());
    bool methadone = false;
    for (const QJsonObject &m : byType.value(QStringLiteral("MedicationStatement"))) {
        const QJsonObject drug = m.value(QStringLiteral("medicationCodeableConcept")).toObject();
        if (drug.value(QStringLiteral("text")) == QStringLiteral("methadone"))
            methadone = drug.value(QStringLiteral("coding")).toArray().first().toObject().value(QStringLiteral("code")) == QStringLiteral("N07BC02");
    }
    CHECK(methadone);

    // The treatment plans that hold anything.
    int plans = 0;
    for (const Episode &e : *episodes) {
        const Result<TreatmentPlan> plan = RecoveryStore(journal).plan(e.id);
        REQUIRE(plan.ok());
        plans += plan->id != 0 ? 1 : 0;
    }
    CHECK(plans > 0);
    CHECK(byType.value(QStringLiteral("CarePlan")).size() == plans);

    // Signed notes at their latest version; drafts stay in the journal.
    const Result<QList<JournalNote>> notes = NoteStore(journal).notes(clinic.patientId);
    REQUIRE(notes.ok());
    QHash<QString, QString> signedTexts; // latest text by type name, enough to tell them apart
    int signedNotes = 0;
    for (const JournalNote &n : *notes) {
        if (n.isSigned()) {
            ++signedNotes;
            signedTexts.insert(n.currentText(), NoteTypes::name(n.type));
        }
    }
    const auto signedOnTimeline = timelineCount(TimelineEntry::Kind::Note,
                                                [](const TimelineEntry &e) { return e.title.contains(QStringLiteral("(signed by")); });
    CHECK(signedNotes == signedOnTimeline);
    CHECK(byType.value(QStringLiteral("DocumentReference")).size() == signedNotes);
    bool corrected = false;
    for (const QJsonObject &d : byType.value(QStringLiteral("DocumentReference"))) {
        const QJsonObject attachment =
            d.value(QStringLiteral("content")).toArray().first().toObject().value(QStringLiteral("attachment")).toObject();
        const QString body = QString::fromUtf8(QByteArray::fromBase64(attachment.value(QStringLiteral("data")).toString().toLatin1()));
        CHECK(signedTexts.contains(body));
        if (body == QStringLiteral("Corrected: slept well, æøå."))
            corrected = d.value(QStringLiteral("docStatus")) == QStringLiteral("amended");
    }
    CHECK(corrected);
}

TEST_CASE("A FHIR export is audited once, naming every patient it wrote out", "[fhir]")
{
    const fhir::Clinic clinic = fhir::makeClinic(Backend::SQLite);
    Result<std::unique_ptr<Journal>> opened = Journal::open(clinic.journal);
    REQUIRE(opened.ok());
    Journal &journal = **opened;
    journal.setActor(fhir::demoTherapist(clinic.therapistId));
    REQUIRE(FhirExport::patientBundle(journal, clinic.patientId).ok());
    auto copy = RawSqlForTests::run(journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE what = ? AND patient_id = ?"),
                                    {QStringLiteral("exported the patient's journal as FHIR"), clinic.patientId});
    REQUIRE(copy.ok());
    REQUIRE(copy->next());
    CHECK(copy->value(0).toInt() == 1);

    // The whole journal: the administrator's export names every patient.
    auto adminRow = RawSqlForTests::run(journal, QStringLiteral("SELECT id FROM staff WHERE username = 'admin'"));
    REQUIRE(adminRow.ok());
    REQUIRE(adminRow->next());
    Actor admin;
    admin.staffId = adminRow->value(0).toLongLong();
    admin.username = QStringLiteral("admin");
    admin.roles = {Role::Administrator};
    journal.setActor(admin);
    const QString folder = tempFolder() + QStringLiteral("/fhir-audit");
    const Result<FhirExport::Counts> counts = FhirExport::bulk(journal, folder);
    INFO(counts.error().toStdString());
    REQUIRE(counts.ok());
    auto bulk = RawSqlForTests::run(journal, QStringLiteral("SELECT id FROM audit_log WHERE what = ?"),
                                    {QStringLiteral("exported the journal as FHIR")});
    REQUIRE(bulk.ok());
    REQUIRE(bulk->next());
    const qint64 record = bulk->value(0).toLongLong();
    CHECK_FALSE(bulk->next());
    auto named = RawSqlForTests::run(journal, QStringLiteral("SELECT COUNT(*) FROM audit_patient WHERE audit_id = ?"), {record});
    auto patients = RawSqlForTests::run(journal, QStringLiteral("SELECT COUNT(*) FROM patient"));
    REQUIRE(named.ok());
    REQUIRE(patients.ok());
    REQUIRE(named->next());
    REQUIRE(patients->next());
    CHECK(named->value(0).toInt() == patients->value(0).toInt());
    CHECK(counts->value(QStringLiteral("Patient")) == patients->value(0).toInt());

    // Refused: a therapist may not take the whole journal out.
    journal.setActor(fhir::demoTherapist(clinic.therapistId));
    CHECK_FALSE(FhirExport::bulk(journal, folder + QStringLiteral("-2")).ok());
}

TEST_CASE("PostgreSQL: an export through a staff member's own login is refused, not left incomplete", "[fhir][postgres]")
{
    // The server shows a staff login only what its role may see (and note
    // texts only through its functions): an export through it is refused
    // with the reason, and the owner's login exports the whole journal.
    std::unique_ptr<Journal> journal = createJournal(Backend::PostgreSQL);
    const QString login = uniqueLogin(QStringLiteral("fhiradmin"));
    const QString password = QStringLiteral("et langt passord");
    REQUIRE(StaffStore(*journal).add(login, QStringLiteral("Anne Admin"), {Role::Administrator}, password).ok());
    NewPatient kari;
    kari.nationalId = ids::born1985;
    kari.givenNames = QStringLiteral("Kari");
    kari.familyName = QStringLiteral("Nordmann");
    const Result<qint64> patient = PatientStore(*journal).add(kari);
    REQUIRE(patient.ok());

    auto own = openAs(*journal, login, password);
    INFO(own.error().toStdString());
    REQUIRE(own.ok());
    auto actor = StaffStore(**own).signIn(login, password);
    REQUIRE(actor.ok());
    (*own)->setActor(*actor);
    const QString folder = tempFolder() + QStringLiteral("/fhir-pg-login");
    const Result<FhirExport::Counts> refused = FhirExport::bulk(**own, folder);
    REQUIRE_FALSE(refused.ok());
    CHECK_THAT(refused.error().toStdString(), Catch::Contains("would leave records out; nothing was exported"));
    CHECK_FALSE(FhirExport::patientBundle(**own, *patient).ok());

    const Result<FhirExport::Counts> whole = FhirExport::bulk(*journal, folder);
    INFO(whole.error().toStdString());
    REQUIRE(whole.ok());
    CHECK(whole->value(QStringLiteral("Patient")) == 1);
}
