#include "demotests.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/carerecordstore.h"
#include "storage/journal.h"
#include "storage/substanceteststore.h"

#include <QRandomGenerator>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

const QStringList commonFindings{QStringLiteral("thc"), QStringLiteral("amp"), QStringLiteral("etg"), QStringLiteral("bzd"),
                                 QStringLiteral("coc")};

} // namespace

Result<QList<SubstanceTestStore::Taker>> DemoTests::nurses(Journal &journal)
{
    Result<QList<SubstanceTestStore::Taker>> staff = SubstanceTestStore(journal).takers();
    if (!staff)
        return staff;
    QList<SubstanceTestStore::Taker> nurses;
    for (const SubstanceTestStore::Taker &taker : std::as_const(*staff)) {
        if (taker.nurse)
            nurses.append(taker);
    }
    return nurses;
}

Result<int> DemoTests::add(Journal &journal, QRandomGenerator &random, QDate today, int days)
{
    SubstanceTestStore tests(journal);
    CareRecordStore care(journal);
    Result<QList<SubstanceTestStore::Taker>> takers = nurses(journal);
    if (!takers)
        return Error{takers.error()};
    int written = 0;
    const QDateTime now = clinictime::now();
    for (int back = days; back >= 0; --back) {
        const QDate day = today.addDays(-back);
        // One visit of the Gate a day: the calls inside neither check nor log
        // again; each patient tested gets the day's audit record.
        Status done = Gate::write(journal, AccessPolicy::Data::Tests, PatientRef::none(), u"wrote the demo's tests"_s,
                                  [&](Scope &scope) -> Status {
            Result<QList<SubstanceTestStore::BoardRow>> due = tests.board(day);
            if (!due)
                return Error{due.error()};
            for (const SubstanceTestStore::BoardRow &row : std::as_const(*due)) {
                // Today's round is under way: about half are done.
                if (random.bounded(100) < (back == 0 ? 55 : 4))
                    continue;
                Result<QList<Medication>> medication = care.activeMedications(row.patientId, day);
                if (!medication)
                    return Error{medication.error()};
                const SubstanceTest t = take(random, row.patientId, day, *medication, *takers);
                if (t.sampledAt > now)
                    continue;
                Result<qint64> id = tests.record(t);
                if (!id)
                    return Error{id.error()};
                scope.touched(row.patientId);
                ++written;
            }
            return {};
        });
        if (!done)
            return Error{done.error()};
    }
    return written;
}

SubstanceTest DemoTests::take(QRandomGenerator &random, qint64 patientId, QDate day, const QList<Medication> &activeMedication,
                              const QList<SubstanceTestStore::Taker> &nurses)
{
    SubstanceTest t;
    t.patientId = patientId;
    t.sampledAt = clinictime::at(day, QTime(7, 30).addSecs(60 * random.bounded(120)));
    if (nurses.isEmpty()) {
        t.takenBy = u"system"_s;
    } else {
        const SubstanceTestStore::Taker &nurse = nurses.at(random.bounded(int(nurses.size())));
        t.takenById = nurse.staffId;
        t.takenBy = nurse.fullName;
    }
    t.supervised = random.bounded(10) > 0;
    const int roll = random.bounded(100);
    if (roll < 3) {
        t.refused = true;
        t.refusalReason = tr("Would not give a sample");
        return t;
    }
    t.sampleType = random.bounded(10) == 0 ? SubstanceTest::SampleType::Breath : SubstanceTest::SampleType::Urine;
    const bool breath = t.sampleType == SubstanceTest::SampleType::Breath;
    QStringList found;
    if (!breath) {
        for (const Medication &m : activeMedication) {
            if (const auto analyte = Analytes::forDrug(m.drug); analyte && random.bounded(100) < 96)
                found << *analyte;
        }
    }
    if (roll < 9)
        found << (breath ? QStringLiteral("etg") : commonFindings.at(random.bounded(int(commonFindings.size()))));
    for (const QString &code : Analytes::panel(breath)) {
        AnalyteResult r;
        r.analyte = code;
        r.positive = found.contains(code);
        t.results.append(r);
    }
    if (roll >= 6 && roll < 9)
        t.labStatus = SubstanceTest::LabStatus::Pending;
    return t;
}

} // namespace trinn
