#include "fhirexport.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "export/fhirsource.h"
#include "storage/journal.h"
#include "storage/postgresroles.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QSaveFile>
#include <QSet>

#include <map>
#include <memory>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

using namespace fhir;

Context contextOf(const Journal &journal, bool bundle)
{
    // Ids are tied to this journal, so two clinics' exports never collide.
    const QUuid trinn(u"6f1c1f0e-5b7e-4c52-9d0e-7a8f3c2b9e41"_s);
    return {QUuid::createUuidV5(trinn, QString::number(clinictime::toStorage(journal.createdAt()))), bundle, clinictime::today()};
}

// Reads every record the source has and hands each resource to `give`, in
// the order a reader meets them: the patient first, then what refers to it.
// Staff members named by a record are collected in `staff`.
Status readAll(const Source &source, const Context &context, const QHash<qint64, QString> &names,
               const std::function<void(const QJsonObject &)> &give, QList<qint64> &patients, QSet<qint64> &staff)
{
    const auto named = [&](By by) {
        if (by.staffId != 0 && names.contains(by.staffId)) {
            by.name = names.value(by.staffId);
            staff.insert(by.staffId);
        } else {
            by.staffId = 0; // not in the register: the name alone
        }
        return by;
    };
    Status read = source.patients([&](const Patient &p) {
        patients.append(p.id);
        give(fhir::patient(context, p));
        for (const NextOfKin &k : p.nextOfKin) {
            give(relatedPerson(context, p.id, k));
            if (k.consentToShare)
                give(consent(context, p.id, k));
        }
    });
    if (read)
        read = source.episodes([&](const Episode &e) {
            give(episodeOfCare(context, e));
            for (const Phase &phase : e.phases)
                give(phaseEncounter(context, e, phase));
        });
    if (read)
        read = source.plans([&](const PlanRecord &plan) { give(carePlan(context, plan)); });
    if (read)
        read = source.medications([&](const Medication &m) { give(medicationStatement(context, m)); });
    if (read)
        read = source.tests([&](SubstanceTest t) {
            const By taker = named(By{t.takenById, t.takenBy});
            t.takenById = taker.staffId;
            t.takenBy = taker.name;
            for (const QJsonValue &o : observations(context, t))
                give(o.toObject());
        });
    if (read)
        read = source.sessions([&](const SessionAttended &s) { give(sessionEncounter(context, s)); });
    if (read)
        read = source.appointments([&](AppointmentRecord a) {
            a.staff = named(a.staff);
            give(appointmentEncounter(context, a));
        });
    if (read)
        read = source.notes([&](SignedNote n) {
            n.author = named(n.author);
            n.signer = named(n.signer);
            give(documentReference(context, n));
        });
    return read;
}

// On a PostgreSQL server that enforces the roles, a staff member's own login
// sees rows only through the server's checks (and note texts only through
// its functions), so an export read through it would leave records out
// without saying so. Such an export is refused; the login that owns the
// journal's database reads it whole.
Status wholeJournalVisible(const Scope &scope)
{
    if (!PostgresRoles::enforced(scope))
        return {};
    Result<QSqlQuery> staff = scope.runFixed(u"SELECT trinn_is_staff_session()"_s);
    if (!staff)
        return Error{staff.error()};
    if (staff->next() && !staff->value(0).toBool())
        return {};
    return Error{FhirExport::tr("This PostgreSQL server shows your own login only what your role may see, so an export "
                                "through it would leave records out; nothing was exported. Export with the login that "
                                "owns the journal's database.")};
}

} // namespace

Result<FhirExport::Counts> FhirExport::bulk(Journal &journal, const QString &folder)
{
    const QDir dir(folder);
    if (!dir.exists() && !QDir().mkpath(folder))
        return Error{tr("Could not make the folder %1; nothing was exported.").arg(QDir::toNativeSeparators(folder))};
    return Gate::read(journal, AccessPolicy::Data::Export, PatientRef::none(), u"exported the journal as FHIR"_s,
                      [&](Scope &scope) -> Result<Counts> {
        if (Status visible = wholeJournalVisible(scope); !visible)
            return Error{visible.error()};
        const Context context = contextOf(journal, false);
        const Source source(scope, 0);
        Result<QHash<qint64, QString>> names = source.staff();
        if (!names)
            return Error{names.error()};
        // One file per type, written beside the final name and put in place
        // only when the whole export succeeded.
        std::map<QString, std::unique_ptr<QSaveFile>> files;
        Counts counts;
        QString failed;
        const auto give = [&](const QJsonObject &resource) {
            const QString type = resource.value(u"resourceType"_s).toString();
            std::unique_ptr<QSaveFile> &file = files[type];
            if (!file) {
                file = std::make_unique<QSaveFile>(dir.filePath(type + u".ndjson"_s));
                if (!file->open(QIODevice::WriteOnly))
                    failed = file->errorString();
            }
            if (file->write(QJsonDocument(resource).toJson(QJsonDocument::Compact) + '\n') < 0)
                failed = file->errorString();
            ++counts[type];
        };
        QList<qint64> patients;
        QSet<qint64> staff;
        if (Status read = readAll(source, context, *names, give, patients, staff); !read)
            return Error{read.error()};
        for (auto it = names->cbegin(); it != names->cend(); ++it)
            give(practitioner(context, it.key(), it.value()));
        QJsonArray output;
        for (auto &[type, file] : files) {
            if (!file->commit() && failed.isEmpty())
                failed = file->errorString();
            output.append(QJsonObject{{u"type"_s, type}, {u"url"_s, QString(type + u".ndjson"_s)}, {u"count"_s, counts.value(type)}});
        }
        if (!failed.isEmpty())
            return Error{tr("Could not write the export in %1 (%2); the files there are incomplete.")
                             .arg(QDir::toNativeSeparators(folder), failed)};
        // The Bulk Data manifest, with the files named relative to it.
        const QJsonObject manifest{{u"transactionTime"_s, dateTime(clinictime::now())},
                                   {u"request"_s, u"trinnctl export fhir"_s},
                                   {u"requiresAccessToken"_s, false},
                                   {u"output"_s, output},
                                   {u"error"_s, QJsonArray()}};
        QSaveFile manifestFile(dir.filePath(u"manifest.json"_s));
        if (!manifestFile.open(QIODevice::WriteOnly) || manifestFile.write(QJsonDocument(manifest).toJson()) < 0
            || !manifestFile.commit())
            return Error{tr("Could not write the export in %1 (%2); the files there are incomplete.")
                             .arg(QDir::toNativeSeparators(folder), manifestFile.errorString())};
        scope.touched(patients);
        return counts;
    });
}

Result<QJsonObject> FhirExport::patientBundle(Journal &journal, qint64 patientId)
{
    return Gate::read(journal, AccessPolicy::Data::Export, PatientRef::patient(patientId), u"exported the patient's journal as FHIR"_s,
                      [&](Scope &scope) -> Result<QJsonObject> {
        if (Status visible = wholeJournalVisible(scope); !visible)
            return Error{visible.error()};
        const Context context = contextOf(journal, true);
        const Source source(scope, patientId);
        Result<QHash<qint64, QString>> names = source.staff();
        if (!names)
            return Error{names.error()};
        QJsonArray entries;
        const auto give = [&](const QJsonObject &resource) {
            entries.append(QJsonObject{{u"fullUrl"_s, QString(u"urn:uuid:"_s + resource.value(u"id"_s).toString())}, {u"resource"_s, resource}});
        };
        QList<qint64> patients;
        QSet<qint64> staff;
        if (Status read = readAll(source, context, *names, give, patients, staff); !read)
            return Error{read.error()};
        if (patients.isEmpty())
            return Error{tr("There is no patient number %1 in this journal.").arg(patientId)};
        QList<qint64> sorted(staff.cbegin(), staff.cend());
        std::sort(sorted.begin(), sorted.end());
        for (qint64 id : std::as_const(sorted))
            give(practitioner(context, id, names->value(id)));
        return QJsonObject{{u"resourceType"_s, u"Bundle"_s},
                           {u"id"_s, context.id(u"Bundle/"_s + QString::number(patientId) + u'/'
                                                + QString::number(clinictime::toStorage(clinictime::now())))},
                           {u"type"_s, u"collection"_s},
                           {u"timestamp"_s, dateTime(clinictime::now())},
                           {u"entry"_s, entries}};
    });
}

} // namespace trinn
