#include "fhirsource.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/sqlvalues.h"
#include "storage/teststoredcodes.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using trinn::teststored::Column;

namespace trinn::fhir {
namespace {

QDateTime instant(const QVariant &value)
{
    return value.isNull() ? QDateTime() : clinictime::fromStorage(value.toLongLong());
}

By by(const QVariant &staffId, const QVariant &name)
{
    return {staffId.isNull() ? 0 : staffId.toLongLong(), name.toString()};
}

std::optional<double> number(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

} // namespace

using sqlvalues::dateOf;

// Every query filters on "? = 0 OR patient = ?": one patient, or all.

Status Source::patients(const std::function<void(const Patient &)> &each) const
{
    Result<QSqlQuery> kin = m_scope.run(
        u"SELECT patient_id, id, name, relation, phone, consent_to_share, consent_recorded_at FROM next_of_kin "
        "WHERE ? = 0 OR patient_id = ? ORDER BY patient_id, id"_s,
        {m_patientId, m_patientId});
    if (!kin)
        return Error{kin.error()};
    QHash<qint64, QList<NextOfKin>> kinOf;
    while (kin->next()) {
        NextOfKin k{kin->value(1).toLongLong(), kin->value(2).toString(), kin->value(3).toString(), kin->value(4).toString(),
                    kin->value(5).toInt() != 0, instant(kin->value(6))};
        kinOf[kin->value(0).toLongLong()].append(k);
    }
    kin->finish();
    Result<QSqlQuery> q = m_scope.run(
        u"SELECT id, national_id, id_kind, birth_date, given_names, family_name, phone, email, address, gp_name, gp_practice, "
        "created_at FROM patient WHERE ? = 0 OR id = ? ORDER BY id"_s,
        {m_patientId, m_patientId});
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        Patient p;
        p.id = q->value(0).toLongLong();
        p.nationalId = q->value(1).toString();
        p.idKind = NationalId::kindFromCode(q->value(2).toString());
        p.birthDate = dateOf(q->value(3));
        p.givenNames = q->value(4).toString();
        p.familyName = q->value(5).toString();
        p.phone = q->value(6).toString();
        p.email = q->value(7).toString();
        p.address = q->value(8).toString();
        p.gpName = q->value(9).toString();
        p.gpPractice = q->value(10).toString();
        p.createdAt = instant(q->value(11));
        p.nextOfKin = kinOf.value(p.id);
        each(p);
    }
    return {};
}

Status Source::episodes(const std::function<void(const Episode &)> &each) const
{
    Result<QSqlQuery> q = m_scope.run(
        u"SELECT e.id, e.patient_id, e.program_code, e.program_name, e.status, e.start_date, e.end_date, e.discharge_reason, "
        "p.id, p.position, p.code, p.name, p.kind, p.residential, p.planned_start, p.planned_end, p.actual_start, p.actual_end, "
        "p.status, p.note FROM episode e LEFT JOIN phase p ON p.episode_id = e.id "
        "WHERE ? = 0 OR e.patient_id = ? ORDER BY e.id, p.position, p.id"_s,
        {m_patientId, m_patientId});
    if (!q)
        return Error{q.error()};
    Episode episode;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id != episode.id) {
            if (episode.id != 0)
                each(episode);
            episode = Episode{};
            episode.id = id;
            episode.patientId = q->value(1).toLongLong();
            episode.programCode = q->value(2).toString();
            episode.programName = q->value(3).toString();
            episode.status = Episode::statusFromCode(q->value(4).toString());
            episode.startDate = dateOf(q->value(5));
            episode.endDate = dateOf(q->value(6));
            episode.dischargeReason = q->value(7).toString();
        }
        if (q->value(8).isNull())
            continue;
        Phase p;
        p.id = q->value(8).toLongLong();
        p.episodeId = id;
        p.position = q->value(9).toInt();
        p.code = q->value(10).toString();
        p.name = q->value(11).toString();
        p.kind = q->value(12).toString();
        p.residential = q->value(13).toInt() != 0;
        p.plannedStart = dateOf(q->value(14));
        p.plannedEnd = dateOf(q->value(15));
        p.actualStart = dateOf(q->value(16));
        p.actualEnd = dateOf(q->value(17));
        p.status = Phase::statusFromCode(q->value(18).toString());
        p.note = q->value(19).toString();
        episode.phases.append(p);
    }
    if (episode.id != 0)
        each(episode);
    return {};
}

Status Source::plans(const std::function<void(const PlanRecord &)> &each) const
{
    Result<QSqlQuery> q = m_scope.run(
        u"SELECT t.id, t.episode_id, t.review_date, e.patient_id, e.program_name, a.area, a.goals, a.measures, a.review_date "
        "FROM treatment_plan t JOIN episode e ON e.id = t.episode_id LEFT JOIN plan_area a ON a.plan_id = t.id "
        "WHERE ? = 0 OR e.patient_id = ? ORDER BY t.id, a.id"_s,
        {m_patientId, m_patientId});
    if (!q)
        return Error{q.error()};
    PlanRecord record;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id != record.plan.id) {
            if (record.plan.id != 0)
                each(record);
            record = PlanRecord{};
            record.plan.id = id;
            record.plan.episodeId = q->value(1).toLongLong();
            record.plan.reviewDate = dateOf(q->value(2));
            record.patientId = q->value(3).toLongLong();
            record.programName = q->value(4).toString();
        }
        if (!q->value(5).isNull())
            record.plan.areas.append({q->value(5).toString(), q->value(6).toString(), q->value(7).toString(), dateOf(q->value(8))});
    }
    if (record.plan.id != 0)
        each(record);
    return {};
}

Status Source::medications(const std::function<void(const Medication &)> &each) const
{
    Result<QSqlQuery> q = m_scope.run(
        u"SELECT id, patient_id, drug, dose, start_date, stop_date, prescriber, note FROM medication "
        "WHERE ? = 0 OR patient_id = ? ORDER BY id"_s,
        {m_patientId, m_patientId});
    if (!q)
        return Error{q.error()};
    while (q->next())
        each(Medication{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                        dateOf(q->value(4)), dateOf(q->value(5)), q->value(6).toString(), q->value(7).toString()});
    return {};
}

Status Source::tests(const std::function<void(const SubstanceTest &)> &each) const
{
    Result<QSqlQuery> q = m_scope.run(
        u"SELECT t.id, t.patient_id, t.sampled_at, t.sample_type, t.supervised, t.refused, t.refusal_reason, t.taken_by_id, "
        "t.taken_by, t.lab_status, t.lab_reference, t.version, t.change_kind, t.recorded_at, t.outcome, "
        "p.analyte, COALESCE(r.screen_positive, 0), r.value, COALESCE(r.unit, p.unit), r.cutoff, COALESCE(r.confirmed, '') "
        // analyte_result's joins spelled out: SQLite would build the whole view for a LEFT JOIN to it.
        "FROM substance_test t LEFT JOIN test_panel_analyte p ON p.panel_id = t.panel_id "
        "LEFT JOIN test_result r ON r.test_id = t.id AND r.analyte = p.analyte "
        "WHERE t.is_current = 1 AND (? = 0 OR t.patient_id = ?) ORDER BY t.id, p.ordinal"_s,
        {m_patientId, m_patientId});
    if (!q)
        return Error{q.error()};
    SubstanceTest test;
    while (q->next()) {
        const qint64 id = q->value(0).toLongLong();
        if (id != test.id) {
            if (test.id != 0)
                each(test);
            test = SubstanceTest{};
            test.id = id;
            test.patientId = q->value(1).toLongLong();
            test.sampledAt = instant(q->value(2));
            test.sampleType = SubstanceTest::sampleTypeFromCode(teststored::code(Column::SampleType, q->value(3).toLongLong()));
            test.supervised = q->value(4).toInt() != 0;
            test.refused = q->value(5).toInt() != 0;
            test.refusalReason = q->value(6).toString();
            test.takenById = q->value(7).isNull() ? 0 : q->value(7).toLongLong();
            test.takenBy = q->value(8).toString();
            test.labStatus = SubstanceTest::labStatusFromCode(teststored::code(Column::LabStatus, q->value(9).toLongLong()));
            test.labReference = q->value(10).toString();
            test.version = q->value(11).toInt();
            test.change = SubstanceTest::changeFromCode(teststored::code(Column::Change, q->value(12).toLongLong()));
            test.recordedAt = instant(q->value(13));
            test.outcome = teststored::code(Column::Outcome, q->value(14).toLongLong());
        }
        if (q->value(15).isNull())
            continue;
        AnalyteResult r;
        r.analyte = q->value(15).toString();
        r.positive = q->value(16).toInt() != 0;
        r.value = number(q->value(17));
        r.unit = q->value(18).toString();
        r.cutoff = number(q->value(19));
        r.confirmed = q->value(20).toString();
        test.results.append(r);
    }
    if (test.id != 0)
        each(test);
    return {};
}

Status Source::sessions(const std::function<void(const SessionAttended &)> &each) const
{
    Result<QSqlQuery> q = m_scope.run(
        u"SELECT s.id, a.patient_id, g.name, g.kind, s.starts_at, s.minutes, s.room, a.status, a.line, g.room "
        "FROM attendance a JOIN group_session s ON s.id = a.session_id JOIN therapy_group g ON g.id = s.group_id "
        "WHERE ? = 0 OR a.patient_id = ? ORDER BY s.starts_at, s.id, a.patient_id"_s,
        {m_patientId, m_patientId});
    if (!q)
        return Error{q.error()};
    while (q->next()) {
        const QString room = q->value(6).toString().isEmpty() ? q->value(9).toString() : q->value(6).toString();
        each(SessionAttended{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), q->value(3).toString(),
                             instant(q->value(4)), q->value(5).toInt(), room, q->value(7).toString(), q->value(8).toString()});
    }
    return {};
}

Status Source::appointments(const std::function<void(const AppointmentRecord &)> &each) const
{
    Result<QSqlQuery> q = m_scope.run(
        u"SELECT id, patient_id, staff_id, staff_name, starts_at, minutes, room, note, status FROM appointment "
        "WHERE ? = 0 OR patient_id = ? ORDER BY starts_at, id"_s,
        {m_patientId, m_patientId});
    if (!q)
        return Error{q.error()};
    while (q->next())
        each(AppointmentRecord{q->value(0).toLongLong(), q->value(1).toLongLong(), by(q->value(2), q->value(3)), instant(q->value(4)),
                               q->value(5).toInt(), q->value(6).toString(), q->value(7).toString(), q->value(8).toString()});
    return {};
}

Status Source::notes(const std::function<void(const SignedNote &)> &each) const
{
    Result<QSqlQuery> q = m_scope.run(
        u"SELECT n.id, n.patient_id, n.note_type, n.signed_at, n.signed_by_staff_id, n.signed_by, n.author_staff_id, n.author, "
        "v.version, v.body, v.written_at FROM journal_note n JOIN note_version v ON v.note_id = n.id AND v.version = n.current_version "
        "WHERE n.signed_at IS NOT NULL AND n.discarded_at IS NULL AND (? = 0 OR n.patient_id = ?) ORDER BY n.id"_s,
        {m_patientId, m_patientId});
    if (!q)
        return Error{q.error()};
    while (q->next())
        each(SignedNote{q->value(0).toLongLong(), q->value(1).toLongLong(), q->value(2).toString(), instant(q->value(3)),
                        by(q->value(4), q->value(5)), by(q->value(6), q->value(7)), q->value(8).toInt(), q->value(9).toString(),
                        instant(q->value(10))});
    return {};
}

Result<QHash<qint64, QString>> Source::staff() const
{
    Result<QSqlQuery> q = m_scope.runFixed(u"SELECT id, full_name FROM staff ORDER BY id"_s);
    if (!q)
        return Error{q.error()};
    QHash<qint64, QString> names;
    while (q->next())
        names.insert(q->value(0).toLongLong(), q->value(1).toString());
    return names;
}

} // namespace trinn::fhir
