#include "testrowwriter.h"

#include "common/clinictime.h"
#include "access/gate.h"
#include "storage/sqlvalues.h"
#include "storage/testpanels.h"
#include "storage/teststoredcodes.h"
#include "testing/substancetest.h"

using namespace Qt::StringLiterals;
using trinn::sqlvalues::number;
using trinn::sqlvalues::text;
using trinn::teststored::Column;

namespace trinn {
Result<qint64> TestRowWriter::write(const SubstanceTest &t, const Row &row)
{
    if (!m_test) {
        Result<QSqlQuery> prepared = m_scope.prepare(
            u"INSERT INTO substance_test (patient_id, sampled_at, sample_day, sample_type, supervised, refused, refusal_reason, "
            "taken_by, taken_by_id, taken_by_verified, lab_status, lab_reference, outcome, version, supersedes, is_current, "
            "correction_reason, change_kind, recorded_by, recorded_by_id, recorded_by_verified, recorded_at, confirmed_by, "
            "confirmed_by_id, panel_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"_s);
        if (!prepared)
            return Error{prepared.error()};
        m_test = *prepared;
    }
    // The panel: every analyte tested, with its unit. Only findings get a row
    // of their own; a plain negative is its analyte in the panel.
    QList<TestPanels::Analyte> analytes;
    QList<AnalyteResult> findings;
    if (!t.refused) {
        for (const AnalyteResult &r : t.results) {
            const std::optional<Analytes::Info> info = Analytes::find(r.analyte);
            AnalyteResult stored = r;
            stored.analyte = info ? info->code : r.analyte;
            stored.unit = sqlvalues::text(r.unit.isEmpty() && info ? info->unit : r.unit);
            analytes.append({stored.analyte, stored.unit});
            if (!TestPanels::isPlainNegative(stored))
                findings.append(stored);
        }
    }
    QVariant panel(QMetaType::fromType<qint64>());
    if (!analytes.isEmpty()) {
        Result<qint64> id = TestPanels::idOf(m_scope, analytes, m_panels);
        if (!id)
            return Error{id.error()};
        panel = *id;
    }
    const QDateTime local = clinictime::local(t.sampledAt);
    // A staff id of 0 is the system or a name from an older journal: no reference.
    const auto staff = [](qint64 id) { return id ? QVariant(id) : QVariant(QMetaType::fromType<qint64>()); };
    if (Status done = m_scope.execPrepared(
            *m_test, {t.patientId, clinictime::toStorage(t.sampledAt), teststored::day(local.date()),
                      teststored::number(Column::SampleType, SubstanceTest::sampleTypeCode(t.sampleType)), t.supervised ? 1 : 0, t.refused ? 1 : 0,
                      text(t.refusalReason), text(t.takenBy), staff(t.takenById), t.takenByVerified ? 1 : 0,
                      teststored::number(Column::LabStatus, SubstanceTest::labStatusCode(t.labStatus)), text(t.labReference),
                      teststored::number(Column::Outcome, row.outcome), row.version,
                      staff(row.supersedes), text(row.correctionReason), teststored::number(Column::Change, SubstanceTest::changeCode(t.change)),
                      text(t.recordedBy), staff(t.recordedById), t.recordedByVerified ? 1 : 0, row.recordedAt,
                      text(t.confirmedBy), staff(t.confirmedById), panel});
        !done)
        return Error{done.error()};
    if (!m_test->next())
        return Error{tr("The journal did not return the new test's number.")};
    const qint64 id = m_test->value(0).toLongLong();
    m_test->finish();
    if (findings.isEmpty())
        return id;

    const qsizetype count = findings.size();
    auto prepared = m_results.find(count);
    if (prepared == m_results.end()) {
        Result<QSqlQuery> query = m_scope.prepare(
            u"INSERT INTO test_result (test_id, analyte, screen_positive, value, unit, cutoff, confirmed) VALUES "_s
            + sqlvalues::rowPlaceholders(7, count));
        if (!query)
            return Error{query.error()};
        prepared = m_results.insert(count, *query);
    }
    QVariantList bindings;
    bindings.reserve(count * 7);
    for (const AnalyteResult &r : std::as_const(findings))
        bindings << id << r.analyte << (r.positive ? 1 : 0) << number(r.value) << r.unit << number(r.cutoff) << text(r.confirmed);
    if (Status done = m_scope.execPrepared(*prepared, bindings); !done)
        return Error{done.error()};
    prepared->finish();
    return id;
}

} // namespace trinn
