#include "substanceteststore.h"

#include "access/gate.h"

#include "common/clinictime.h"
#include "storage/auditlog.h"
#include "storage/carerecordstore.h"
#include "storage/journal.h"
#include "storage/sqlvalues.h"
#include "storage/testrowwriter.h"
#include "testing/testingschedule.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::number;
using trinn::sqlvalues::placeholders;
using trinn::sqlvalues::text;

namespace trinn {
namespace {

const QString testColumns = u"id, patient_id, sampled_at, sample_type, supervised, refused, refusal_reason, taken_by, "
                            "lab_status, lab_reference, outcome, version, supersedes, is_current, correction_reason, "
                            "recorded_by, recorded_at"_s;

SubstanceTest testFrom(const QSqlQuery &q)
{
    SubstanceTest t;
    t.id = q.value(0).toLongLong();
    t.patientId = q.value(1).toLongLong();
    t.sampledAt = clinictime::fromStorage(q.value(2).toLongLong());
    t.sampleType = SubstanceTest::sampleTypeFromCode(q.value(3).toString());
    t.supervised = q.value(4).toInt() != 0;
    t.refused = q.value(5).toInt() != 0;
    t.refusalReason = q.value(6).toString();
    t.takenBy = q.value(7).toString();
    t.labStatus = SubstanceTest::labStatusFromCode(q.value(8).toString());
    t.labReference = q.value(9).toString();
    t.outcome = q.value(10).toString();
    t.version = q.value(11).toInt();
    t.supersedes = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
    t.current = q.value(13).toInt() != 0;
    t.correctionReason = q.value(14).toString();
    t.recordedBy = q.value(15).toString();
    t.recordedAt = clinictime::fromStorage(q.value(16).toLongLong());
    return t;
}

} // namespace

Status SubstanceTestStore::installSecret(const Scope &journal)
{
    Result<QSqlQuery> existing = journal.run(u"SELECT value FROM trinn_meta WHERE key = 'testing_secret'"_s);
    if (!existing)
        return Error{existing.error()};
    const bool present = existing->next();
    existing->finish();
    if (present)
        return {};
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    Result<QSqlQuery> written = journal.run(u"INSERT INTO trinn_meta (key, value) VALUES ('testing_secret', ?)"_s,
                                            {QString::fromLatin1(secret.toHex())});
    if (!written)
        return Error{written.error()};
    return {};
}

Result<QByteArray> SubstanceTestStore::secret() const
{
    Result<QSqlQuery> row = m_journal.run(u"SELECT value FROM trinn_meta WHERE key = 'testing_secret'"_s);
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{tr("The journal has no secret for random testing days.")};
    return QByteArray::fromHex(row->value(0).toString().toLatin1());
}

Status SubstanceTestStore::validate(const SubstanceTest &t) const
{
    Result<QSqlQuery> patient = m_journal.run(u"SELECT 1 FROM patient WHERE id = ?"_s, {t.patientId});
    if (!patient)
        return Error{patient.error()};
    if (!patient->next())
        return Error{tr("There is no patient number %1 in this journal.").arg(t.patientId)};
    if (!t.sampledAt.isValid())
        return Error{tr("Give the time the sample was taken.")};
    if (t.sampledAt > clinictime::now().addSecs(10 * 60))
        return Error{tr("The sample time %1 is in the future.").arg(clinictime::formatDateTime(t.sampledAt))};
    if (t.takenBy.trimmed().isEmpty())
        return Error{tr("Say who took the sample.")};
    if (t.refused) {
        if (t.refusalReason.trimmed().isEmpty())
            return Error{tr("A refusal is recorded with its reason.")};
        return {};
    }
    if (t.results.isEmpty())
        return Error{tr("The test has no results.")};
    QSet<QString> seen;
    for (const AnalyteResult &r : t.results) {
        if (!Analytes::find(r.analyte))
            return Error{tr("\"%1\" is not a substance Trinn tests for.").arg(r.analyte)};
        if (seen.contains(r.analyte))
            return Error{tr("%1 is listed twice.").arg(Analytes::find(r.analyte)->name)};
        seen.insert(r.analyte);
        if (t.sampleType == SubstanceTest::SampleType::Breath && r.analyte != u"etg")
            return Error{tr("A breath test measures ethanol only, not %1.").arg(Analytes::find(r.analyte)->name)};
        if (r.value && *r.value < 0)
            return Error{tr("A measured value cannot be negative (%1).").arg(Analytes::find(r.analyte)->name)};
    }
    return {};
}

Result<TestInterpretation::Reading> SubstanceTestStore::interpret(const SubstanceTest &test) const
{
    const QDate day = clinictime::local(test.sampledAt).date();
    Result<QList<Medication>> medication = CareRecordStore(m_journal).activeMedications(test.patientId, day);
    if (!medication)
        return Error{medication.error()};
    return TestInterpretation::interpret(test, *medication);
}

Result<qint64> SubstanceTestStore::insert(const SubstanceTest &t, int version, qint64 supersedes, const QString &reason)
{
    Result<TestInterpretation::Reading> reading = interpret(t);
    if (!reading)
        return Error{reading.error()};
    TestRowWriter::Row row;
    row.outcome = TestInterpretation::outcomeCode(reading->outcome);
    row.version = version;
    row.supersedes = supersedes;
    row.correctionReason = reason;
    row.recordedAt = clinictime::toStorage(clinictime::now());
    return TestRowWriter(m_journal).write(t, row);
}

Result<qint64> SubstanceTestStore::record(const SubstanceTest &test)
{
    if (Status allowed = Access::check(m_journal, AccessPolicy::Data::Tests, AccessPolicy::Action::Write, test.patientId,
                                       u"recorded a substance test"_s);
        !allowed)
        return Error{allowed.error()};
    if (Status valid = validate(test); !valid)
        return Error{valid.error()};
    WriteTransaction transaction(m_journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    Result<qint64> id = insert(test, 1, 0, QString());
    if (!id)
        return id;
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
}

Result<qint64> SubstanceTestStore::correct(qint64 testId, const SubstanceTest &corrected, const QString &reason, const QString &author)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("A correction needs its reason.")};
    if (author.trimmed().isEmpty())
        return Error{tr("Say who makes the correction.")};
    Result<SubstanceTest> old = test(testId);
    if (!old)
        return Error{old.error()};
    if (!old->current)
        return Error{tr("This version has been replaced already; correct the newest one.")};
    SubstanceTest next = corrected;
    next.patientId = old->patientId;
    next.recordedBy = author;
    if (Status valid = validate(next); !valid)
        return Error{valid.error()};
    WriteTransaction transaction(m_journal);
    if (!transaction.started())
        return Error{transaction.started().error()};
    if (Result<QSqlQuery> replaced = m_journal.run(u"UPDATE substance_test SET is_current = 0 WHERE id = ?"_s, {testId}); !replaced)
        return Error{replaced.error()};
    Result<qint64> id = insert(next, old->version + 1, testId, reason.trimmed());
    if (!id)
        return id;
    if (Status committed = transaction.commit(); !committed)
        return Error{committed.error()};
    return id;
}

Status SubstanceTestStore::confirm(qint64 testId, const QString &analyte, bool positive, const QString &labReference,
                                  std::optional<double> value, const QString &unit, std::optional<double> cutoff)
{
    const auto info = Analytes::find(analyte);
    if (!info)
        return Error{tr("\"%1\" is not a substance Trinn tests for.").arg(analyte)};
    Result<SubstanceTest> t = test(testId);
    if (!t)
        return Error{t.error()};
    if (!t->current)
        return Error{tr("This version of the test has been replaced; the lab's answer goes to the newest one.")};
    if (t->refused)
        return Error{tr("The test was refused; there is nothing for the lab to confirm.")};
    WriteTransaction transaction(m_journal);
    if (!transaction.started())
        return transaction.started();
    Result<QSqlQuery> updated = m_journal.run(
        u"UPDATE test_result SET confirmed = ? WHERE test_id = ? AND analyte = ?"_s,
        {positive ? u"positive"_s : u"negative"_s, testId, info->code});
    if (!updated)
        return Error{updated.error()};
    if (updated->numRowsAffected() == 0) {
        // The lab measured something the screen did not: keep it beside the screen's results.
        if (Result<QSqlQuery> added = m_journal.run(
                u"INSERT INTO test_result (test_id, analyte, screen_positive, unit, confirmed) VALUES (?, ?, 0, ?, ?)"_s,
                {testId, info->code, info->unit, positive ? u"positive"_s : u"negative"_s});
            !added)
            return Error{added.error()};
    }
    if (value) {
        if (Result<QSqlQuery> measured = m_journal.run(
                u"UPDATE test_result SET value = ?, unit = ?, cutoff = ? WHERE test_id = ? AND analyte = ?"_s,
                {*value, unit.trimmed().isEmpty() ? info->unit : unit.trimmed(), number(cutoff), testId, info->code});
            !measured)
            return Error{measured.error()};
    }
    Result<QSqlQuery> stillOpen = m_journal.run(
        u"SELECT COUNT(*) FROM test_result WHERE test_id = ? AND screen_positive = 1 AND confirmed = ''"_s, {testId});
    if (!stillOpen || !stillOpen->next())
        return Error{stillOpen ? tr("The journal did not answer.") : stillOpen.error()};
    const bool allConfirmed = stillOpen->value(0).toInt() == 0;
    stillOpen->finish();
    if (Result<QSqlQuery> status = m_journal.run(
            u"UPDATE substance_test SET lab_status = ?, lab_reference = ? WHERE id = ?"_s,
            {SubstanceTest::labStatusCode(allConfirmed ? SubstanceTest::LabStatus::Confirmed : SubstanceTest::LabStatus::Pending),
             text(labReference), testId});
        !status)
        return Error{status.error()};
    if (Status refreshed = refreshOutcome(testId); !refreshed)
        return refreshed;
    return transaction.commit();
}

Status SubstanceTestStore::refreshOutcome(qint64 testId)
{
    Result<SubstanceTest> t = test(testId);
    if (!t)
        return Error{t.error()};
    Result<TestInterpretation::Reading> reading = interpret(*t);
    if (!reading)
        return Error{reading.error()};
    Result<QSqlQuery> done = m_journal.run(u"UPDATE substance_test SET outcome = ? WHERE id = ?"_s,
                                           {TestInterpretation::outcomeCode(reading->outcome), testId});
    if (!done)
        return Error{done.error()};
    return {};
}

Status SubstanceTestStore::loadResults(QList<SubstanceTest> &tests, QDate day) const
{
    if (tests.isEmpty())
        return {};
    QVariantList ids;
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < tests.size(); ++i) {
        ids << tests.at(i).id;
        index.insert(tests.at(i).id, i);
    }
    // A day's results come by the day's index; a few tests by their ids.
    Result<QSqlQuery> rows = day.isValid()
        ? m_journal.run(u"SELECT r.test_id, r.analyte, r.screen_positive, r.value, r.unit, r.cutoff, r.confirmed FROM substance_test t "
                        "JOIN test_result r ON r.test_id = t.id WHERE t.sample_day = ? AND t.is_current = 1 ORDER BY r.id"_s,
                        {clinictime::dateToStorage(day)})
        : m_journal.run(u"SELECT test_id, analyte, screen_positive, value, unit, cutoff, confirmed FROM test_result WHERE test_id IN ("_s
                            + placeholders(ids.size()) + u") ORDER BY id"_s,
                        ids);
    if (!rows)
        return Error{rows.error()};
    while (rows->next()) {
        const auto at = index.constFind(rows->value(0).toLongLong());
        if (at == index.constEnd())
            continue;
        AnalyteResult r;
        r.analyte = rows->value(1).toString();
        r.positive = rows->value(2).toInt() != 0;
        if (!rows->value(3).isNull())
            r.value = rows->value(3).toDouble();
        r.unit = rows->value(4).toString();
        if (!rows->value(5).isNull())
            r.cutoff = rows->value(5).toDouble();
        r.confirmed = rows->value(6).toString();
        tests[*at].results.append(r);
    }
    return {};
}

Result<SubstanceTest> SubstanceTestStore::test(qint64 testId) const
{
    Result<QSqlQuery> row = m_journal.run(u"SELECT "_s + testColumns + u" FROM substance_test WHERE id = ?"_s, {testId});
    if (!row)
        return Error{row.error()};
    if (!row->next())
        return Error{tr("There is no test number %1 in this journal.").arg(testId)};
    QList<SubstanceTest> tests{testFrom(*row)};
    row->finish();
    if (Status loaded = loadResults(tests); !loaded)
        return Error{loaded.error()};
    return tests.first();
}

Result<QList<SubstanceTest>> SubstanceTestStore::history(qint64 patientId, int limit) const
{
    if (Status allowed = Access::check(m_journal, AccessPolicy::Data::Tests, AccessPolicy::Action::Read, patientId,
                                       u"test history"_s);
        !allowed)
        return Error{allowed.error()};
    Result<QSqlQuery> rows = m_journal.run(
        u"SELECT "_s + testColumns + u" FROM substance_test WHERE patient_id = ? AND is_current = 1 "
                                     "ORDER BY sampled_at DESC, id DESC LIMIT ?"_s,
        {patientId, limit});
    if (!rows)
        return Error{rows.error()};
    QList<SubstanceTest> tests;
    while (rows->next())
        tests.append(testFrom(*rows));
    rows->finish();
    if (Status loaded = loadResults(tests); !loaded)
        return Error{loaded.error()};
    return tests;
}

Result<QList<SubstanceTest>> SubstanceTestStore::versions(qint64 testId) const
{
    QList<SubstanceTest> chain;
    qint64 id = testId;
    // Walk back to the first version, then forward along the replacements.
    while (id != 0) {
        Result<SubstanceTest> t = test(id);
        if (!t)
            return Error{t.error()};
        chain.prepend(*t);
        id = t->supersedes;
    }
    for (;;) {
        Result<QSqlQuery> next = m_journal.run(u"SELECT id FROM substance_test WHERE supersedes = ?"_s, {chain.constLast().id});
        if (!next)
            return Error{next.error()};
        if (!next->next())
            break;
        const qint64 nextId = next->value(0).toLongLong();
        next->finish();
        Result<SubstanceTest> t = test(nextId);
        if (!t)
            return Error{t.error()};
        chain.append(*t);
    }
    return chain;
}

Result<QList<QDate>> SubstanceTestStore::abstinenceBreaks(qint64 patientId, QDate from) const
{
    QList<QDate> days;
    if (!from.isValid())
        return days;
    Result<QSqlQuery> rows = m_journal.run(
        u"SELECT sample_day FROM substance_test WHERE patient_id = ? AND is_current = 1 AND sample_day >= ? "
        "AND outcome IN ('positive', 'refused') ORDER BY sample_day"_s,
        {patientId, clinictime::dateToStorage(from)});
    if (!rows)
        return Error{rows.error()};
    while (rows->next())
        days.append(clinictime::dateFromStorage(rows->value(0).toString()));
    return days;
}

Result<QList<SubstanceTestStore::BoardRow>> SubstanceTestStore::board(QDate day) const
{
    if (Status allowed = Access::allowed(m_journal, AccessPolicy::Data::Tests, AccessPolicy::Action::Read); !allowed)
        return Error{allowed.error()};
    // Read before the board's query: PostgreSQL streams a query's rows, and a
    // second query in between would drop the rest of them.
    Result<QByteArray> key = secret();
    if (!key)
        return Error{key.error()};
    const bool today = day == clinictime::today();
    // Today the ongoing phases are found by status (indexed); another day by dates.
    const QString when = today ? u"ph.status = 'active'"_s
                               : u"ph.actual_start <= ? AND (ph.actual_end IS NULL OR ph.actual_end > ?)"_s;
    QVariantList bindings;
    if (!today)
        bindings << clinictime::dateToStorage(day) << clinictime::dateToStorage(day);
    const QStringList scheduled = TestingSchedule::scheduledPhaseKinds();
    for (const QString &kind : scheduled)
        bindings << kind;
    Result<QSqlQuery> due = m_journal.run(
        u"SELECT e.id, e.patient_id, e.program_name, pt.testing, ph.name, ph.residential, p.given_names, p.family_name, "
        "p.national_id FROM phase ph JOIN episode e ON e.id = ph.episode_id "
        "JOIN program_template pt ON pt.id = e.program_id JOIN patient p ON p.id = e.patient_id WHERE "_s
            + when + u" AND (ph.residential = 1 OR ph.kind IN ("_s + placeholders(scheduled.size())
            + u")) ORDER BY p.sort_key, p.id, ph.residential DESC"_s,
        bindings);
    if (!due)
        return Error{due.error()};

    QList<BoardRow> rows;
    QHash<qint64, qsizetype> rowOf;
    QHash<QString, TestingSchedule> schedules;
    while (due->next()) {
        const qint64 patientId = due->value(1).toLongLong();
        if (rowOf.contains(patientId))
            continue;
        const bool residential = due->value(5).toInt() != 0;
        const QString testing = due->value(3).toString();
        if (!residential) {
            if (!schedules.contains(testing)) {
                Result<TestingSchedule> parsed = TestingSchedule::parse(testing);
                schedules.insert(testing, parsed ? *parsed : TestingSchedule());
            }
            if (!schedules.value(testing).isTestDay(*key, due->value(0).toLongLong(), day))
                continue;
        }
        BoardRow row;
        row.patientId = patientId;
        row.episodeId = due->value(0).toLongLong();
        row.program = due->value(2).toString() + u" · "_s + due->value(4).toString();
        row.residential = residential;
        row.name = due->value(7).toString() + u", "_s + due->value(6).toString();
        row.nationalId = due->value(8).toString();
        rowOf.insert(patientId, rows.size());
        rows.append(row);
    }
    due->finish();
    if (rows.isEmpty())
        return rows;

    Result<QSqlQuery> tested = m_journal.run(
        u"SELECT "_s + testColumns + u" FROM substance_test WHERE sample_day = ? AND is_current = 1 ORDER BY sampled_at"_s,
        {clinictime::dateToStorage(day)});
    if (!tested)
        return Error{tested.error()};
    QList<SubstanceTest> tests;
    while (tested->next()) {
        SubstanceTest t = testFrom(*tested);
        if (rowOf.contains(t.patientId))
            tests.append(t);
    }
    tested->finish();
    if (Status loaded = loadResults(tests, day); !loaded)
        return Error{loaded.error()};

    QVariantList patientIds;
    for (const SubstanceTest &t : std::as_const(tests))
        patientIds << t.patientId;
    QHash<qint64, QList<Medication>> medication;
    if (!patientIds.isEmpty()) {
        Result<QSqlQuery> meds = m_journal.run(
            u"SELECT patient_id, drug, dose FROM medication WHERE start_date <= ? AND (stop_date IS NULL OR stop_date >= ?) "
            "AND patient_id IN ("_s + placeholders(patientIds.size()) + u")"_s,
            QVariantList{clinictime::dateToStorage(day), clinictime::dateToStorage(day)} + patientIds);
        if (!meds)
            return Error{meds.error()};
        while (meds->next()) {
            Medication m;
            m.patientId = meds->value(0).toLongLong();
            m.drug = meds->value(1).toString();
            m.dose = meds->value(2).toString();
            medication[m.patientId].append(m);
        }
    }
    QList<qint64> shown;
    for (const BoardRow &row : std::as_const(rows))
        shown << row.patientId;
    if (Status logged = AuditLog::appendMany(m_journal, shown, u"read"_s, u"test board of "_s + clinictime::dateToStorage(day)); !logged)
        return Error{logged.error()};
    for (const SubstanceTest &t : std::as_const(tests)) {
        BoardRow &row = rows[rowOf.value(t.patientId)];
        const TestInterpretation::Reading reading = TestInterpretation::interpret(t, medication.value(t.patientId));
        row.outcome = TestInterpretation::outcomeCode(reading.outcome);
        row.testId = t.id;
        row.sampledAt = t.sampledAt;
        row.reasons = reading.reasons;
    }
    return rows;
}

} // namespace trinn
