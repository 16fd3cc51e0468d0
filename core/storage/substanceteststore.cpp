#include "substanceteststore.h"
#include "common/journalwords.h"

#include "access/gate.h"

#include "common/clinictime.h"
#include "storage/carerecordstore.h"
#include "storage/journal.h"
#include "storage/postgresroles.h"
#include "storage/sqlvalues.h"
#include "storage/testrowwriter.h"
#include "storage/teststoredcodes.h"
#include "testing/testingschedule.h"

#include <QRandomGenerator>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::placeholders;
using trinn::sqlvalues::text;
using trinn::teststored::Column;

namespace trinn {
namespace {

using Data = AccessPolicy::Data;

const QString testColumns = u"id, patient_id, sampled_at, sample_type, supervised, refused, refusal_reason, taken_by, "
                            "lab_status, lab_reference, outcome, version, supersedes, is_current, correction_reason, "
                            "recorded_by, recorded_at, taken_by_id, taken_by_verified, recorded_by_id, recorded_by_verified, "
                            "confirmed_by, confirmed_by_id, change_kind"_s;

// An analyte result from a row of (test id, analyte, screen_positive, value, unit, cutoff, confirmed).
AnalyteResult analyteFrom(const QSqlQuery &q)
{
    AnalyteResult r;
    r.analyte = q.value(1).toString();
    r.positive = q.value(2).toInt() != 0;
    if (!q.value(3).isNull())
        r.value = q.value(3).toDouble();
    r.unit = q.value(4).toString();
    if (!q.value(5).isNull())
        r.cutoff = q.value(5).toDouble();
    r.confirmed = q.value(6).toString();
    return r;
}

SubstanceTest testFrom(const QSqlQuery &q)
{
    SubstanceTest t;
    t.id = q.value(0).toLongLong();
    t.patientId = q.value(1).toLongLong();
    t.sampledAt = clinictime::fromStorage(q.value(2).toLongLong());
    t.sampleType = SubstanceTest::sampleTypeFromCode(teststored::code(Column::SampleType, q.value(3).toLongLong()));
    t.supervised = q.value(4).toInt() != 0;
    t.refused = q.value(5).toInt() != 0;
    t.refusalReason = q.value(6).toString();
    t.takenBy = q.value(7).toString();
    t.labStatus = SubstanceTest::labStatusFromCode(teststored::code(Column::LabStatus, q.value(8).toLongLong()));
    t.labReference = q.value(9).toString();
    t.outcome = teststored::code(Column::Outcome, q.value(10).toLongLong());
    t.version = q.value(11).toInt();
    t.supersedes = q.value(12).isNull() ? 0 : q.value(12).toLongLong();
    t.current = q.value(13).toInt() != 0;
    t.correctionReason = q.value(14).toString();
    t.recordedBy = q.value(15).toString();
    t.recordedAt = clinictime::fromStorage(q.value(16).toLongLong());
    t.takenById = q.value(17).isNull() ? 0 : q.value(17).toLongLong();
    t.takenByVerified = q.value(18).toInt() != 0;
    t.recordedById = q.value(19).isNull() ? 0 : q.value(19).toLongLong();
    t.recordedByVerified = q.value(20).toInt() != 0;
    t.confirmedBy = q.value(21).toString();
    t.confirmedById = q.value(22).isNull() ? 0 : q.value(22).toLongLong();
    t.change = SubstanceTest::changeFromCode(teststored::code(Column::Change, q.value(23).toLongLong()));
    return t;
}

// The name the journal keeps for the one signed in: the full name from the
// register, or "system" for trinnctl and the demo generator.
QString nameOf(const Actor &actor)
{
    if (actor.isSystem())
        return u"system"_s;
    return actor.fullName.trimmed().isEmpty() ? actor.username : actor.fullName.trimmed();
}

// Seriousness of an outcome on the board: a flag outweighs a clean sample.
int seriousness(const QString &outcome)
{
    static const QStringList order{u"negative"_s, u"expected"_s, u"pending"_s, u"missing"_s, u"refused"_s, u"positive"_s};
    return int(order.indexOf(outcome));
}

/// The SQL of the store, run inside a Gate visit through its Scope.
class Rows
{
public:
    explicit Rows(Scope &scope) : m_scope(scope) {}

    Result<QByteArray> secret() const
    {
        Result<QSqlQuery> row = m_scope.run(u"SELECT value FROM trinn_meta WHERE key = 'testing_secret'"_s);
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{SubstanceTestStore::tr("The journal has no secret for random testing days.")};
        return QByteArray::fromHex(row->value(0).toString().toLatin1());
    }

    /// The patient's name ("Kari Nordmann"), checking that there is such a patient.
    Result<QString> patientName(qint64 patientId) const
    {
        Result<QSqlQuery> row = m_scope.run(u"SELECT given_names, family_name FROM patient WHERE id = ?"_s, {patientId});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{SubstanceTestStore::tr("There is no patient number %1 in this journal.").arg(patientId)};
        return QString(row->value(0).toString() + u' ' + row->value(1).toString());
    }

    Status validate(const SubstanceTest &t) const
    {
        if (!t.sampledAt.isValid())
            return Error{SubstanceTestStore::tr("Give the time the sample was taken.")};
        if (t.sampledAt > clinictime::now().addSecs(10 * 60))
            return Error{SubstanceTestStore::tr("The sample time %1 is in the future.").arg(clinictime::formatDateTime(t.sampledAt))};
        if (t.refused) {
            if (t.refusalReason.trimmed().isEmpty())
                return Error{SubstanceTestStore::tr("A refusal is recorded with its reason.")};
            return {};
        }
        if (t.results.isEmpty())
            return Error{SubstanceTestStore::tr("The test has no results.")};
        QSet<QString> seen;
        for (const AnalyteResult &r : t.results) {
            if (!Analytes::find(r.analyte))
                return Error{SubstanceTestStore::tr("\"%1\" is not a substance Trinn tests for.").arg(r.analyte)};
            if (seen.contains(r.analyte))
                return Error{SubstanceTestStore::tr("%1 is listed twice.").arg(Analytes::find(r.analyte)->name)};
            seen.insert(r.analyte);
            if (t.sampleType == SubstanceTest::SampleType::Breath && r.analyte != u"etg")
                return Error{SubstanceTestStore::tr("A breath test measures ethanol only, not %1.").arg(Analytes::find(r.analyte)->name)};
            if (r.value && *r.value < 0)
                return Error{SubstanceTestStore::tr("A measured value cannot be negative (%1).").arg(Analytes::find(r.analyte)->name)};
        }
        return {};
    }

    /// Names the taker from the register (an active staff member), or the
    /// signed-in one when none is chosen; the signed-in one writes the version.
    Status nameAuthors(SubstanceTest &t) const
    {
        const Actor &actor = m_scope.actor();
        t.recordedById = actor.staffId;
        t.recordedBy = nameOf(actor);
        t.recordedByVerified = true;
        if (t.takenById == 0) {
            t.takenById = actor.staffId;
            t.takenBy = nameOf(actor);
            t.takenByVerified = true;
            return {};
        }
        Result<QSqlQuery> staff = m_scope.run(u"SELECT full_name, active FROM staff WHERE id = ?"_s, {t.takenById});
        if (!staff)
            return Error{staff.error()};
        if (!staff->next())
            return Error{SubstanceTestStore::tr("There is no staff member number %1 to have taken the sample.").arg(t.takenById)};
        if (staff->value(1).toInt() == 0)
            return Error{SubstanceTestStore::tr("%1 no longer works here and cannot be named as the one who took the sample.")
                             .arg(staff->value(0).toString())};
        t.takenBy = staff->value(0).toString();
        t.takenByVerified = true;
        return {};
    }

    Result<TestInterpretation::Reading> reading(const SubstanceTest &test) const
    {
        const QDate day = clinictime::local(test.sampledAt).date();
        Result<QList<Medication>> medication = CareRecordStore(m_scope.journal()).activeMedications(test.patientId, day);
        if (!medication)
            return Error{medication.error()};
        return TestInterpretation::interpret(test, *medication);
    }

    /// Writes a version: interpreted, timed now.
    Result<qint64> insert(const SubstanceTest &t, int version, qint64 supersedes, const QString &reason) const
    {
        Result<TestInterpretation::Reading> read = reading(t);
        if (!read)
            return Error{read.error()};
        TestRowWriter::Row row;
        row.outcome = TestInterpretation::outcomeCode(read->outcome);
        row.version = version;
        row.supersedes = supersedes;
        row.correctionReason = reason;
        row.recordedAt = clinictime::toStorage(clinictime::now());
        return TestRowWriter(m_scope).write(t, row);
    }

    /// `next` becomes the newest version of `old`, which is kept, marked replaced.
    Result<qint64> replace(const SubstanceTest &old, const SubstanceTest &next, const QString &reason) const
    {
        if (Result<QSqlQuery> replaced = m_scope.run(u"UPDATE substance_test SET is_current = 0 WHERE id = ?"_s, {old.id});
            !replaced)
            return Error{replaced.error()};
        return insert(next, old.version + 1, old.id, reason);
    }

    Result<qint64> correct(const SubstanceTest &old, const SubstanceTest &corrected, const QString &reason) const
    {
        if (!old.current)
            return Error{SubstanceTestStore::tr("This version has been replaced already; correct the newest one.")};
        SubstanceTest next = corrected;
        next.patientId = old.patientId;
        next.change = SubstanceTest::Change::Corrected;
        if (Status valid = validate(next); !valid)
            return Error{valid.error()};
        const bool keepTaker = next.takenById == 0;
        if (Status named = nameAuthors(next); !named)
            return Error{named.error()};
        if (keepTaker) {
            next.takenById = old.takenById;
            next.takenBy = old.takenBy;
            next.takenByVerified = old.takenByVerified;
        }
        return replace(old, next, reason.trimmed());
    }

    Status loadResults(QList<SubstanceTest> &tests, QDate day = {}) const
    {
        if (tests.isEmpty())
            return {};
        QVariantList ids;
        QHash<qint64, qsizetype> index;
        for (qsizetype i = 0; i < tests.size(); ++i) {
            ids << tests.at(i).id;
            index.insert(tests.at(i).id, i);
        }
        if (day.isValid() && !PostgresRoles::enforced(m_scope))
            return loadDayResults(tests, index, day);
        // On PostgreSQL the results come only through the server's audited
        // function; on SQLite a few tests' by their ids.
        QList<qint64> idList;
        for (const SubstanceTest &t : std::as_const(tests))
            idList << t.id;
        Result<QSqlQuery> rows = PostgresRoles::enforced(m_scope)
            ? m_scope.run(u"SELECT test_id, analyte, screen_positive, value, unit, cutoff, confirmed "
                          "FROM trinn_test_results(CAST(? AS bigint[]))"_s,
                          {sqlvalues::idArray(idList)})
            : m_scope.run(u"SELECT test_id, analyte, screen_positive, value, unit, cutoff, confirmed FROM analyte_result WHERE test_id IN ("_s
                              + placeholders(ids.size()) + u") ORDER BY test_id, ordinal"_s,
                          ids);
        if (!rows)
            return Error{rows.error()};
        while (rows->next()) {
            const auto at = index.constFind(rows->value(0).toLongLong());
            if (at == index.constEnd())
                continue;
            tests[*at].results.append(analyteFrom(*rows));
        }
        return {};
    }

    // A day's results as the board needs them: each test's panel, every
    // analyte in its order, with the finding where there is one (as the
    // analyte_result view gives them). Read as the day's panel ids, the few
    // distinct panels and the day's findings, and put together here: a board
    // of 216 tests is then about 300 rows instead of 2,058 (a row per analyte
    // per test), each of which costs more in QSqlQuery than in SQLite.
    Status loadDayResults(QList<SubstanceTest> &tests, const QHash<qint64, qsizetype> &index, QDate day) const
    {
        const int sampleDay = teststored::day(day);
        QHash<qint64, qint64> panelOfTest;
        {
            Result<QSqlQuery> rows = m_scope.run(
                u"SELECT id, panel_id FROM substance_test WHERE sample_day = ? AND is_current = 1 AND panel_id IS NOT NULL"_s, {sampleDay});
            if (!rows)
                return Error{rows.error()};
            while (rows->next())
                panelOfTest.insert(rows->value(0).toLongLong(), rows->value(1).toLongLong());
        }
        QHash<qint64, QList<AnalyteResult>> panels;
        {
            Result<QSqlQuery> rows = m_scope.run(
                u"SELECT panel_id, analyte, unit FROM test_panel_analyte WHERE panel_id IN "
                "(SELECT panel_id FROM substance_test WHERE sample_day = ? AND is_current = 1) ORDER BY panel_id, ordinal"_s,
                {sampleDay});
            if (!rows)
                return Error{rows.error()};
            while (rows->next()) {
                AnalyteResult negative;
                negative.analyte = rows->value(1).toString();
                negative.unit = rows->value(2).toString();
                panels[rows->value(0).toLongLong()].append(negative);
            }
        }
        QHash<qint64, QHash<QString, AnalyteResult>> findings;
        {
            Result<QSqlQuery> rows = m_scope.run(
                u"SELECT r.test_id, r.analyte, r.screen_positive, r.value, r.unit, r.cutoff, r.confirmed FROM substance_test t "
                "JOIN test_result r ON r.test_id = t.id WHERE t.sample_day = ? AND t.is_current = 1"_s,
                {sampleDay});
            if (!rows)
                return Error{rows.error()};
            while (rows->next()) {
                const AnalyteResult r = analyteFrom(*rows);
                findings[rows->value(0).toLongLong()].insert(r.analyte, r);
            }
        }
        for (auto test = panelOfTest.cbegin(); test != panelOfTest.cend(); ++test) {
            const auto at = index.constFind(test.key());
            if (at == index.constEnd())
                continue;
            // A finding keeps its own unit, as the view's COALESCE(r.unit, p.unit) does (unit is NOT NULL).
            const QHash<QString, AnalyteResult> found = findings.value(test.key());
            QList<AnalyteResult> &results = tests[*at].results;
            for (const AnalyteResult &negative : panels.value(test.value()))
                results.append(found.value(negative.analyte, negative));
        }
        return {};
    }

    Result<QList<SubstanceTest>> select(const QString &where, const QVariantList &bindings) const
    {
        Result<QSqlQuery> rows = m_scope.run(u"SELECT "_s + testColumns + u" FROM substance_test WHERE "_s + where, bindings);
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

    Result<SubstanceTest> test(qint64 testId) const
    {
        Result<QList<SubstanceTest>> found = select(u"id = ?"_s, {testId});
        if (!found)
            return Error{found.error()};
        if (found->isEmpty())
            return Error{SubstanceTestStore::tr("There is no test number %1 in this journal.").arg(testId)};
        return found->first();
    }

    Result<QList<SubstanceTest>> currentOn(qint64 patientId, QDate day) const
    {
        return select(u"sample_day = ? AND patient_id = ? AND is_current = 1 ORDER BY sampled_at, id"_s,
                      {teststored::day(day), patientId});
    }

    /// The version that replaced `testId`, if any.
    Result<qint64> successor(qint64 testId) const
    {
        Result<QSqlQuery> next = m_scope.run(u"SELECT id FROM substance_test WHERE supersedes = ?"_s, {testId});
        if (!next)
            return Error{next.error()};
        return next->next() ? next->value(0).toLongLong() : qint64(0);
    }

    Result<QList<SubstanceTest>> versions(qint64 testId) const
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
            Result<qint64> next = successor(chain.constLast().id);
            if (!next)
                return Error{next.error()};
            if (*next == 0)
                break;
            Result<SubstanceTest> t = test(*next);
            if (!t)
                return Error{t.error()};
            chain.append(*t);
        }
        return chain;
    }

private:
    Scope &m_scope;
};

} // namespace

Status SubstanceTestStore::checkWordsHaveNumbers(Scope &scope)
{
    // SQLite kept any word before migration 17's rules, and outcome had none:
    // one written by a tool outside Trinn would stop the conversion with only
    // "a value that is not valid".
    struct Kept
    {
        const char *column;
        Column codes;
        QString name;
    };
    const QList<Kept> columns{{"sample_type", Column::SampleType, tr("sample type")},
                              {"lab_status", Column::LabStatus, tr("lab status")},
                              {"outcome", Column::Outcome, tr("outcome")},
                              {"change_kind", Column::Change, tr("kind of change")}};
    for (const Kept &kept : columns) {
        const QStringList known = teststored::codes(kept.codes);
        QVariantList bindings;
        for (const QString &code : known)
            bindings << code;
        const QString column = QLatin1StringView(kept.column);
        Result<QSqlQuery> odd = scope.run(u"SELECT id, "_s + column + u" FROM substance_test WHERE "_s + column + u" NOT IN ("_s
                                              + placeholders(known.size()) + u") ORDER BY id LIMIT 1"_s,
                                          bindings);
        if (!odd)
            return Error{odd.error()};
        if (odd->next())
            return Error{tr("Test %1 has the %2 \"%3\", which Trinn does not know (it knows %4). Correct the test's row, "
                            "then open the journal again.")
                             .arg(odd->value(0).toLongLong())
                             .arg(kept.name, odd->value(1).toString(), known.join(u", "_s))};
    }
    return {};
}

Status SubstanceTestStore::installSecret(Scope &scope)
{
    Result<QSqlQuery> existing = scope.run(u"SELECT value FROM trinn_meta WHERE key = 'testing_secret'"_s);
    if (!existing)
        return Error{existing.error()};
    const bool present = existing->next();
    existing->finish();
    if (present)
        return {};
    QByteArray secret(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(secret.data()), secret.size() / 4);
    Result<QSqlQuery> written = scope.run(u"INSERT INTO trinn_meta (key, value) VALUES ('testing_secret', ?)"_s,
                                          {QString::fromLatin1(secret.toHex())});
    if (!written)
        return Error{written.error()};
    return {};
}

Result<QByteArray> SubstanceTestStore::secret() const
{
    return Gate::read(m_journal, Data::Tests, PatientRef::none(), u"testing days"_s,
                      [&](Scope &scope) { return Rows(scope).secret(); });
}

Result<QList<SubstanceTestStore::Taker>> SubstanceTestStore::takers() const
{
    return Gate::read(m_journal, Data::Tests, PatientRef::none(), u"staff who take tests"_s,
                      [&](Scope &scope) -> Result<QList<Taker>> {
        Result<QSqlQuery> rows = scope.run(u"SELECT id, full_name, roles FROM staff WHERE active = 1 ORDER BY full_name, id"_s);
        if (!rows)
            return Error{rows.error()};
        QList<Taker> takers;
        while (rows->next()) {
            const QStringList roles = rows->value(2).toString().split(u',', Qt::SkipEmptyParts);
            takers.append({rows->value(0).toLongLong(), rows->value(1).toString(),
                           roles.contains(AccessPolicy::roleCode(Role::Nurse))});
        }
        return takers;
    });
}

Result<qint64> SubstanceTestStore::record(const SubstanceTest &test, SameDay sameDay, const QString &reason)
{
    return recordIn(test, sameDay, reason, QString());
}

Result<qint64> SubstanceTestStore::recordLate(const SubstanceTest &test, const QString &lateReason, SameDay sameDay,
                                              const QString &reason)
{
    if (!test.sampledAt.isValid() || clinictime::local(test.sampledAt).date() >= clinictime::today())
        return Error{tr("A test of today is not entered late; record it as usual.")};
    if (lateReason.trimmed().isEmpty())
        return Error{tr("The sample was taken on %1, an earlier day: say why it is entered late.")
                         .arg(clinictime::formatDate(clinictime::local(test.sampledAt).date()))};
    return recordIn(test, sameDay, reason, lateReason.trimmed());
}

Result<qint64> SubstanceTestStore::recordIn(const SubstanceTest &test, SameDay sameDay, const QString &reason,
                                            const QString &lateReason)
{
    // A late entry says so in the audit record; its reason stays with the test.
    const QString what = lateReason.isEmpty() ? u"recorded a substance test"_s : u"recorded a substance test late"_s;
    return Gate::write(m_journal, Data::Tests, PatientRef::patient(test.patientId), what,
                       [&](Scope &scope) -> Result<qint64> {
        const Rows rows(scope);
        Result<QString> name = rows.patientName(test.patientId);
        if (!name)
            return Error{name.error()};
        if (Status valid = rows.validate(test); !valid)
            return Error{valid.error()};
        // Read inside the write transaction: two workstations cannot both
        // record "the first test of the day".
        Result<QList<SubstanceTest>> earlier = rows.currentOn(test.patientId, clinictime::local(test.sampledAt).date());
        if (!earlier)
            return Error{earlier.error()};
        QString findings;
        if (!earlier->isEmpty()) {
            Result<TestInterpretation::Reading> read = rows.reading(earlier->constLast());
            if (!read)
                return Error{read.error()};
            findings = TestInterpretation::findings(*read);
        }
        if (Decision decision = SameDayRule::decide(*earlier, sameDay, reason, *name, findings); !decision)
            return Error{decision.reason};
        if (sameDay == SameDay::Correction) {
            // The same sample, read again: its time stays.
            SubstanceTest corrected = test;
            corrected.sampledAt = earlier->constLast().sampledAt;
            return rows.correct(earlier->constLast(), corrected, reason);
        }
        SubstanceTest t = test;
        t.change = SubstanceTest::Change::Recorded;
        if (Status named = rows.nameAuthors(t); !named)
            return Error{named.error()};
        return rows.insert(t, 1, 0, lateReason);
    });
}

Result<QList<SubstanceTest>> SubstanceTestStore::testsOn(qint64 patientId, QDate day) const
{
    return Gate::read(m_journal, Data::Tests, PatientRef::patient(patientId), u"tests of a day"_s,
                      [&](Scope &scope) { return Rows(scope).currentOn(patientId, day); });
}

Result<qint64> SubstanceTestStore::correct(qint64 testId, const SubstanceTest &corrected, const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error{tr("A correction needs its reason.")};
    return Gate::write(m_journal, Data::Tests, PatientRef::test(testId), u"corrected a substance test"_s,
                       [&](Scope &scope) -> Result<qint64> {
        const Rows rows(scope);
        Result<SubstanceTest> old = rows.test(testId);
        if (!old)
            return Error{old.error()};
        return rows.correct(*old, corrected, reason);
    });
}

Result<qint64> SubstanceTestStore::confirm(qint64 testId, const QString &analyte, bool positive, const QString &labReference,
                                           std::optional<double> value, const QString &unit, std::optional<double> cutoff)
{
    return confirm(testId, {LabAnswer{analyte, positive, value, unit, cutoff}}, labReference);
}

Result<qint64> SubstanceTestStore::confirm(qint64 testId, const QList<LabAnswer> &answers, const QString &labReference)
{
    if (answers.isEmpty())
        return Error{tr("The lab's answer names no substance.")};
    for (const LabAnswer &answer : answers) {
        if (!Analytes::find(answer.analyte))
            return Error{tr("\"%1\" is not a substance Trinn tests for.").arg(answer.analyte)};
    }
    return Gate::write(m_journal, Data::Tests, PatientRef::test(testId), u"recorded the lab's answer"_s,
                       [&](Scope &scope) -> Result<qint64> {
        const Rows rows(scope);
        // The lab answers for the sample: its newest version takes the answer.
        qint64 newest = testId;
        for (;;) {
            Result<qint64> next = rows.successor(newest);
            if (!next)
                return Error{next.error()};
            if (*next == 0)
                break;
            newest = *next;
        }
        Result<SubstanceTest> old = rows.test(newest);
        if (!old)
            return Error{old.error()};
        if (old->refused)
            return Error{tr("The test was refused; there is nothing for the lab to confirm.")};

        SubstanceTest next = *old;
        for (const LabAnswer &answer : answers) {
            const Analytes::Info info = *Analytes::find(answer.analyte);
            const QString confirmed = answer.positive ? u"positive"_s : u"negative"_s;
            auto result = std::find_if(next.results.begin(), next.results.end(),
                                       [&](const AnalyteResult &r) { return r.analyte == info.code; });
            if (result == next.results.end()) {
                // The lab measured something the screen did not: kept beside the screen's results.
                next.results.append({info.code, false, std::nullopt, info.unit, std::nullopt, QString()});
                result = std::prev(next.results.end());
            }
            result->confirmed = confirmed;
            if (answer.value) {
                result->value = answer.value;
                result->unit = answer.unit.trimmed().isEmpty() ? info.unit : answer.unit.trimmed();
                result->cutoff = answer.cutoff;
            }
        }
        const bool allConfirmed = std::none_of(next.results.cbegin(), next.results.cend(),
                                               [](const AnalyteResult &r) { return r.positive && r.confirmed.isEmpty(); });
        next.labStatus = allConfirmed ? SubstanceTest::LabStatus::Confirmed : SubstanceTest::LabStatus::Pending;
        next.labReference = text(labReference);
        next.change = SubstanceTest::Change::LabResult;
        next.correctionReason.clear();
        // The taker stays; the one who enters the lab's answer writes and confirms this version.
        const qint64 takerId = next.takenById;
        const QString taker = next.takenBy;
        const bool takerVerified = next.takenByVerified;
        next.takenById = 0;
        if (Status named = rows.nameAuthors(next); !named)
            return Error{named.error()};
        next.takenById = takerId;
        next.takenBy = taker;
        next.takenByVerified = takerVerified;
        next.confirmedById = next.recordedById;
        next.confirmedBy = next.recordedBy;
        return rows.replace(*old, next, QString());
    });
}

Result<SubstanceTest> SubstanceTestStore::test(qint64 testId) const
{
    return Gate::read(m_journal, Data::Tests, PatientRef::test(testId), u"substance test"_s,
                      [&](Scope &scope) { return Rows(scope).test(testId); });
}

Result<QList<SubstanceTest>> SubstanceTestStore::history(qint64 patientId, int limit) const
{
    return Gate::read(m_journal, Data::Tests, PatientRef::patient(patientId), u"test history"_s, [&](Scope &scope) {
        return Rows(scope).select(u"patient_id = ? AND is_current = 1 ORDER BY sampled_at DESC, id DESC LIMIT ?"_s,
                                  {patientId, limit});
    });
}

Result<QList<QList<SubstanceTest>>> SubstanceTestStore::historyWithVersions(qint64 patientId, int limit) const
{
    return Gate::read(m_journal, Data::Tests, PatientRef::patient(patientId), u"test history"_s,
                      [&](Scope &scope) -> Result<QList<QList<SubstanceTest>>> {
        const Rows rows(scope);
        // Every version's head (cheap), then the results of the samples shown.
        Result<QSqlQuery> heads = scope.run(
            u"SELECT "_s + testColumns + u" FROM substance_test WHERE patient_id = ? ORDER BY sampled_at DESC, id DESC"_s,
            {patientId});
        if (!heads)
            return Error{heads.error()};
        QList<SubstanceTest> all;
        QHash<qint64, qsizetype> byId;
        while (heads->next()) {
            byId.insert(heads->value(0).toLongLong(), all.size());
            all.append(testFrom(*heads));
        }
        heads->finish();
        QList<QList<SubstanceTest>> samples;
        QList<SubstanceTest> shown;
        for (const SubstanceTest &t : std::as_const(all)) {
            if (!t.current)
                continue;
            if (samples.size() >= limit)
                break;
            QList<SubstanceTest> chain{t};
            for (qint64 back = t.supersedes; back != 0 && byId.contains(back);) {
                const SubstanceTest &older = all.at(byId.value(back));
                chain.prepend(older);
                back = older.supersedes;
            }
            shown += chain;
            samples.append(chain);
        }
        if (Status loaded = rows.loadResults(shown); !loaded)
            return Error{loaded.error()};
        QHash<qint64, SubstanceTest> loaded;
        for (const SubstanceTest &t : std::as_const(shown))
            loaded.insert(t.id, t);
        for (QList<SubstanceTest> &chain : samples) {
            for (SubstanceTest &t : chain)
                t = loaded.value(t.id);
        }
        return samples;
    });
}

Result<QList<SubstanceTest>> SubstanceTestStore::versions(qint64 testId) const
{
    return Gate::read(m_journal, Data::Tests, PatientRef::test(testId), u"versions of a substance test"_s,
                      [&](Scope &scope) { return Rows(scope).versions(testId); });
}

Result<QList<QDate>> SubstanceTestStore::abstinenceBreaks(qint64 patientId, QDate from) const
{
    return Gate::read(m_journal, Data::Tests, PatientRef::patient(patientId), u"abstinence from tests"_s,
                      [&](Scope &scope) -> Result<QList<QDate>> {
        QList<QDate> days;
        if (!from.isValid())
            return days;
        Result<QSqlQuery> rows = scope.run(
            u"SELECT sample_day FROM substance_test WHERE patient_id = ? AND is_current = 1 AND sample_day >= ? "
            "AND outcome IN (?, ?) ORDER BY sample_day"_s,
            QVariantList{patientId, teststored::day(from)} + teststored::numbers(Column::Outcome, {u"positive", u"refused"}));
        if (!rows)
            return Error{rows.error()};
        while (rows->next())
            days.append(teststored::dayFrom(rows->value(0).toLongLong()));
        return days;
    });
}

Result<TestInterpretation::Reading> SubstanceTestStore::interpret(const SubstanceTest &test) const
{
    return Gate::read(m_journal, Data::Tests, PatientRef::patient(test.patientId), u"test interpretation"_s,
                      [&](Scope &scope) { return Rows(scope).reading(test); });
}

Result<QList<SubstanceTestStore::BoardRow>> SubstanceTestStore::board(QDate day) const
{
    // Many patients: each one shown is touched, and gets the read's audit record.
    return Gate::read(m_journal, Data::Tests, PatientRef::none(), u"test board of "_s + clinictime::dateToStorage(day),
                      [&](Scope &scope) -> Result<QList<BoardRow>> {
        const Rows store(scope);
        // Read before the board's query: PostgreSQL streams a query's rows, and a
        // second query in between would drop the rest of them.
        Result<QByteArray> key = store.secret();
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
        Result<QSqlQuery> due = scope.run(
            u"SELECT e.id, e.patient_id, e.program_name, pt.testing, ph.name, ph.residential, p.given_names, p.family_name, "
            "p.national_id, pt.service FROM phase ph JOIN episode e ON e.id = ph.episode_id "
            "JOIN program_template pt ON pt.id = e.program_id JOIN patient p ON p.id = e.patient_id WHERE "_s
                + when + u" AND (ph.residential = 1 OR ph.kind IN ("_s + placeholders(scheduled.size())
                + u")) ORDER BY p.sort_key, p.id, ph.residential DESC"_s,
            bindings);
        if (!due)
            return Error{due.error()};

        QList<BoardRow> rows;
        QHash<qint64, qsizetype> rowOf;
        QHash<QString, TestingSchedule> schedules;
        // A few programs and phases name hundreds of rows: each name is
        // translated once per board, not twice on every row.
        QHash<QString, QString> shownNames;
        const auto shown = [&shownNames](const QString &stored) {
            auto found = shownNames.constFind(stored);
            if (found == shownNames.constEnd())
                found = shownNames.insert(stored, journalwords::program(stored));
            return *found;
        };
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
            row.program = shown(due->value(2).toString()) + u" · "_s + shown(due->value(4).toString());
            row.residential = residential;
            row.name = due->value(7).toString() + u", "_s + due->value(6).toString();
            row.fullName = due->value(6).toString() + u' ' + due->value(7).toString();
            row.nationalId = due->value(8).toString();
            row.service = due->value(9).toString();
            rowOf.insert(patientId, rows.size());
            rows.append(row);
        }
        due->finish();
        if (rows.isEmpty())
            return rows;

        // The newest version of each sample of the day.
        Result<QSqlQuery> tested = scope.run(
            u"SELECT "_s + testColumns + u" FROM substance_test WHERE sample_day = ? AND is_current = 1 ORDER BY sampled_at, id"_s,
            {teststored::day(day)});
        if (!tested)
            return Error{tested.error()};
        QList<SubstanceTest> tests;
        while (tested->next()) {
            SubstanceTest t = testFrom(*tested);
            if (rowOf.contains(t.patientId))
                tests.append(t);
        }
        tested->finish();
        if (Status loaded = store.loadResults(tests, day); !loaded)
            return Error{loaded.error()};

        QVariantList patientIds;
        for (const SubstanceTest &t : std::as_const(tests))
            patientIds << t.patientId;
        QHash<qint64, QList<Medication>> medication;
        if (!patientIds.isEmpty()) {
            Result<QSqlQuery> meds = scope.run(
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
        for (const BoardRow &row : std::as_const(rows))
            scope.touched(row.patientId);
        for (const SubstanceTest &t : std::as_const(tests)) {
            BoardRow &row = rows[rowOf.value(t.patientId)];
            const TestInterpretation::Reading reading = TestInterpretation::interpret(t, medication.value(t.patientId));
            row.samples.append({t.id, t.sampledAt, TestInterpretation::outcomeCode(reading.outcome), reading.reasons});
        }
        for (BoardRow &row : rows) {
            if (row.samples.isEmpty())
                continue;
            // A second sample never hides a flag on the first: the row shows the most serious.
            const BoardSample *shown = &row.samples.constFirst();
            for (const BoardSample &sample : std::as_const(row.samples)) {
                if (seriousness(sample.outcome) >= seriousness(shown->outcome))
                    shown = &sample;
            }
            row.outcome = shown->outcome;
            row.testId = shown->testId;
            row.sampledAt = shown->sampledAt;
            if (row.samples.size() == 1) {
                row.reasons = shown->reasons;
                continue;
            }
            for (const BoardSample &sample : std::as_const(row.samples)) {
                const QString time = clinictime::local(sample.sampledAt).toString(u"HH:mm"_s);
                const QString findings = sample.reasons.isEmpty()
                    ? TestInterpretation::outcomeName(TestInterpretation::outcomeFromCode(sample.outcome))
                    : sample.reasons.join(u", "_s);
                row.reasons << tr("%1: %2").arg(time, findings);
            }
        }
        return rows;
    });
}

Result<QHash<qint64, QString>> SubstanceTestStore::sitesOn(QDate day) const
{
    // One who may see the board but not the beds filters by unit only: no
    // refused visit (and its audit record) on every load of the board.
    if (!Gate::allows(m_journal, Data::Beds, AccessPolicy::Action::Read))
        return QHash<qint64, QString>();
    return Gate::read(m_journal, Data::Beds, PatientRef::none(), u"sites of the test board of "_s + clinictime::dateToStorage(day),
                      [&](Scope &scope) -> Result<QHash<qint64, QString>> {
        const QString iso = clinictime::dateToStorage(day);
        Result<QSqlQuery> rows = scope.run(
            u"SELECT s.patient_id, b.site FROM bed_stay s JOIN bed b ON b.id = s.bed_id "
            "WHERE s.end_date > ? AND substr(s.start_date, 1, 10) <= ?"_s,
            {iso, iso});
        if (!rows)
            return Error{rows.error()};
        QHash<qint64, QString> sites;
        while (rows->next())
            sites.insert(rows->value(0).toLongLong(), rows->value(1).toString());
        return sites;
    });
}

} // namespace trinn
