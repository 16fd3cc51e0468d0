#include "support/accessmatrix.h"

#include "storage/patientstore.h"
#include "storage/staffstore.h"

#include <QSqlQuery>

namespace trinn::test {
namespace {

const QString password = QStringLiteral("et langt passord");

struct AuditRow
{
    QString actor;
    qint64 patientId = 0;
    QString action;
    QString what;
};

qint64 lastAuditId(Journal &journal)
{
    auto row = RawSqlForTests::run(journal, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM audit_log"));
    REQUIRE(row.ok());
    REQUIRE(row->next());
    return row->value(0).toLongLong();
}

QList<AuditRow> auditSince(Journal &journal, qint64 id)
{
    auto rows = RawSqlForTests::run(journal,
                                    // A record for many patients counts once for each.
                                    QStringLiteral("SELECT a.actor, COALESCE(s.patient_id, a.patient_id, 0), a.action, a.what "
                                                   "FROM audit_log a LEFT JOIN audit_patient s ON s.audit_id = a.id "
                                                   "WHERE a.id > ? ORDER BY a.id, s.patient_id"),
                                    {id});
    REQUIRE(rows.ok());
    QList<AuditRow> list;
    while (rows->next())
        list.append({rows->value(0).toString(), rows->value(1).toLongLong(), rows->value(2).toString(),
                     rows->value(3).toString()});
    return list;
}

std::string describe(const QList<AuditRow> &rows)
{
    QStringList lines;
    for (const AuditRow &r : rows)
        lines << QStringLiteral("%1 %2 patient %3: %4").arg(r.actor, r.action).arg(r.patientId).arg(r.what);
    return lines.join(QStringLiteral("; ")).toStdString();
}

} // namespace

void MatrixClinic::asSystem(const std::function<void()> &make)
{
    const Actor caller = journal->actor();
    journal->setActor(Actor{});
    make();
    journal->setActor(caller);
}

MatrixClinic makeMatrixClinic(Backend backend)
{
    MatrixClinic clinic;
    clinic.journal = createJournal(backend);
    Journal &journal = *clinic.journal;
    NewPatient kari;
    kari.nationalId = ids::born1985;
    kari.givenNames = QStringLiteral("Kari");
    kari.familyName = QStringLiteral("Nordmann");
    const Result<qint64> added = PatientStore(journal).add(kari);
    REQUIRE(added.ok());
    clinic.patient = *added;

    StaffStore staff(journal);
    const QList<std::tuple<QString, QString, Role, bool>> people{
        {QStringLiteral("nurse"), QStringLiteral("Nina Sykepleier"), Role::Nurse, false},
        {QStringLiteral("teamnurse"), QStringLiteral("Tone Sykepleier"), Role::Nurse, true},
        {QStringLiteral("therapist"), QStringLiteral("Terje Terapeut"), Role::Therapist, false},
        {QStringLiteral("teamtherapist"), QStringLiteral("Tove Terapeut"), Role::Therapist, true},
        {QStringLiteral("coordinator"), QStringLiteral("Inger Inntak"), Role::Coordinator, false},
        {QStringLiteral("admin"), QStringLiteral("Arne Admin"), Role::Administrator, false},
        {QStringLiteral("emergency"), QStringLiteral("Erik Sykepleier"), Role::Nurse, false},
    };
    for (const auto &[username, name, role, onTeam] : people) {
        REQUIRE(staff.add(username, name, {role}, password).ok());
        if (onTeam)
            REQUIRE(staff.addToCareTeam(clinic.patient, username).ok());
    }
    for (const auto &[username, name, role, onTeam] : people) {
        Result<Actor> actor = staff.signIn(username, password);
        REQUIRE(actor.ok());
        if (username == QStringLiteral("emergency"))
            actor->emergencyReason = QStringLiteral("Akutt innleggelse om natten");
        clinic.callers.append({username, *actor});
        clinic.onCareTeam.insert(username, onTeam);
    }
    journal.setActor(Actor{});
    return clinic;
}

void checkAccessMatrix(MatrixClinic &clinic, const QList<EntryPoint> &entries)
{
    Journal &journal = *clinic.journal;
    for (const EntryPoint &entry : entries) {
        for (const auto &[name, actor] : std::as_const(clinic.callers)) {
            const bool onTeam = clinic.onCareTeam.value(name) && entry.patientData;
            const Decision expected = AccessPolicy::allows(actor, entry.data, entry.action, onTeam);
            qint64 arranged = 0;
            journal.setActor(Actor{});
            if (entry.arrange)
                arranged = entry.arrange(clinic);
            journal.setActor(actor);
            const qint64 mark = lastAuditId(journal);
            const Status result = entry.call(clinic, arranged);
            journal.setActor(Actor{});
            const QList<AuditRow> records = auditSince(journal, mark);

            INFO(entry.name.toStdString() << " as " << name.toStdString() << ": " << result.error().toStdString());
            INFO("audit: " << describe(records));
            if (!expected) {
                CHECK_FALSE(result.ok());
                CHECK(result.error() == expected.reason);
                REQUIRE(records.size() == 1);
                CHECK(records.first().action == QStringLiteral("refused"));
                CHECK(records.first().actor == actor.username);
                if (entry.patientData && entry.recordsForPatient != 0)
                    CHECK(records.first().patientId == clinic.patient);
                continue;
            }
            CHECK(result.ok());
            int forPatient = 0;
            for (const AuditRow &record : records) {
                CHECK(record.action != QStringLiteral("refused"));
                CHECK(record.actor == actor.username);
                // A write leaves its record and the seal of the rows it changed
                // (on SQLite "inserted" when it only inserted rows: migration 37).
                if (entry.action == AccessPolicy::Action::Write)
                    CHECK((record.action == QStringLiteral("write") || record.action == QStringLiteral("changes")
                           || record.action == QStringLiteral("inserted")));
                if (record.patientId == clinic.patient)
                    ++forPatient;
            }
            if (entry.recordsForPatient < 0)
                CHECK(forPatient >= 1);
            else
                CHECK(forPatient == entry.recordsForPatient);
            if (entry.action == AccessPolicy::Action::Write)
                CHECK(!records.isEmpty());
        }
    }
}

} // namespace trinn::test
