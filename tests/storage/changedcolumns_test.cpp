#include "support/testjournals.h"

#include "storage/auditlog.h"
#include "storage/carerecordstore.h"
#include "storage/changelog.h"
#include "storage/patientstore.h"
#include "storage/recordhistory.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace trinn;
using trinn::test::Backend;

// Migration 33: an UPDATE's change log row keeps, before and after, only the
// columns it changed; an older journal's rows are rewritten so and the log is
// sealed again; the history of a record reads the same before and after.

namespace {

QVariant valueOf(Journal &journal, const QString &sql, const QVariantList &bindings = {})
{
    auto q = RawSqlForTests::run(journal, sql, bindings);
    INFO(q.error().toStdString());
    REQUIRE(q.ok());
    REQUIRE(q->next());
    return q->value(0);
}

QStringList keysOf(const QVariant &json)
{
    QStringList keys = QJsonDocument::fromJson(json.toString().toUtf8()).object().keys();
    keys.sort();
    return keys;
}

struct Prescription
{
    qint64 patient = 0;
    qint64 medication = 0;
};

// Metadon prescribed, then stopped: an UPDATE of one column.
Prescription prescribeAndStop(Journal &journal)
{
    NewPatient p;
    p.nationalId = test::ids::born1985;
    p.givenNames = QStringLiteral("Kari");
    p.familyName = QStringLiteral("Kolonne");
    const auto patient = PatientStore(journal).add(p);
    INFO(patient.error().toStdString());
    REQUIRE(patient.ok());
    CareRecordStore care(journal);
    const auto added = care.addMedication({0, *patient, QStringLiteral("Metadon"), QStringLiteral("80 mg"), QDate(2025, 3, 1), QDate(), {}, {}});
    INFO(added.error().toStdString());
    REQUIRE(added.ok());
    REQUIRE(care.stopMedication(*added, QDate(2025, 6, 1), QStringLiteral("tapered off")).ok());
    return {*patient, *added};
}

// What a reader of the history sees: each version's record name, operation,
// reason and changed fields with their values before and after.
QStringList historyText(Journal &journal, const Prescription &p)
{
    const auto history = RecordHistory::of(journal, RecordHistory::Record::Medication, p.medication, p.patient);
    INFO(history.error().toStdString());
    REQUIRE(history.ok());
    QStringList lines;
    for (const RecordHistory::Version &v : *history) {
        QStringList changes;
        for (const RecordHistory::FieldChange &c : v.changes)
            changes << c.field + QLatin1Char('=') + c.before + QStringLiteral("->") + c.after;
        lines << v.row + QLatin1Char(' ') + v.operation + QLatin1Char(' ') + v.reason + QLatin1Char(' ') + changes.join(QLatin1Char(','));
    }
    return lines;
}

} // namespace

TEST_CASE("An UPDATE logs only the columns it changed and the history still names the record", "[storage][history][changelog]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    std::unique_ptr<Journal> journal = test::createJournal(backend);
    const Prescription p = prescribeAndStop(*journal);
    const QString updates = QStringLiteral("SELECT %1 FROM change_log WHERE table_name = 'medication' AND operation = 'UPDATE' ORDER BY id");
    auto rows = RawSqlForTests::run(*journal, updates.arg(QStringLiteral("old_values, new_values")));
    REQUIRE(rows.ok());
    REQUIRE(rows->next());
    CHECK(keysOf(rows->value(0)) == QStringList{QStringLiteral("stop_date")});
    CHECK(keysOf(rows->value(1)) == QStringList{QStringLiteral("stop_date")});
    CHECK_FALSE(rows->next());
    rows->finish();

    const QStringList history = historyText(*journal, p);
    REQUIRE(history.size() == 2);
    // The name comes from the INSERT: the UPDATE's row holds the stop date only.
    CHECK(history.at(1).toStdString() == "Metadon UPDATE tapered off stop_date=->01.06.2025");
    const auto intact = AuditLog::verify(*journal);
    REQUIRE(intact.ok());
    CHECK(intact->toStdString() == "");
}

TEST_CASE("Migration 33 keeps each older UPDATE's changed columns only and seals the log again", "[storage][history][migrations]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    const QString location = test::freshLocation(backend);
    Prescription p;
    QStringList before;
    {
        auto old = Journal::open(location, test::optionsUpTo(32, Journal::OpenMode::CreateIfMissing));
        INFO(old.error().toStdString());
        REQUIRE(old.ok());
        Journal &j = **old;
        p = prescribeAndStop(j);
        // Before migration 33 the whole row, before and after.
        CHECK(keysOf(valueOf(j, QStringLiteral("SELECT old_values FROM change_log WHERE table_name = 'medication' AND operation = 'UPDATE'")))
                  .size() == 8);
        before = historyText(j, p);
        const auto intact = AuditLog::verify(j);
        REQUIRE(intact.ok());
        REQUIRE(intact->isEmpty());
    }
    auto current = Journal::open(location);
    INFO(current.error().toStdString());
    REQUIRE(current.ok());
    Journal &j = **current;
    CHECK(keysOf(valueOf(j, QStringLiteral("SELECT old_values FROM change_log WHERE table_name = 'medication' AND operation = 'UPDATE'")))
          == QStringList{QStringLiteral("stop_date")});
    CHECK(keysOf(valueOf(j, QStringLiteral("SELECT new_values FROM change_log WHERE table_name = 'medication' AND operation = 'UPDATE'")))
          == QStringList{QStringLiteral("stop_date")});
    // Migration 34 after it: the INSERT of a versioned record keeps no copy;
    // the history walks back to it from the row now.
    CHECK(valueOf(j, QStringLiteral("SELECT new_values FROM change_log WHERE table_name = 'medication' AND operation = 'INSERT'")).isNull());
    CHECK(historyText(j, p) == before);

    CHECK(valueOf(j, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'resealed' AND what LIKE '%migration 33%'")).toInt() == 1);
    CHECK(valueOf(j, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'resealed' AND what LIKE '%migration 34%'")).toInt() == 1);
    const auto intact = AuditLog::verify(j);
    REQUIRE(intact.ok());
    CHECK(intact->toStdString() == "");
    // A change to a rewritten row after the new seals is found.
    const qint64 row = valueOf(j, QStringLiteral("SELECT id FROM change_log WHERE table_name = 'medication' AND operation = 'UPDATE'")).toLongLong();
    test::rawExec(j, QStringLiteral("UPDATE change_log SET old_values = '{}' WHERE id = %1").arg(row));
    const auto broken = ChangeLog::verify(j);
    REQUIRE(broken.ok());
    REQUIRE_FALSE(broken->isEmpty());
    CHECK_THAT(broken->first().toStdString(), Catch::Contains("was changed"));
}

TEST_CASE("Migration 33 leaves a change log that fails its check whole and says why", "[storage][history][migrations]")
{
    const QString location = test::freshLocation(Backend::SQLite);
    qint64 tampered = 0;
    {
        auto old = Journal::open(location, test::optionsUpTo(32, Journal::OpenMode::CreateIfMissing));
        REQUIRE(old.ok());
        Journal &j = **old;
        prescribeAndStop(j);
        tampered = valueOf(j, QStringLiteral("SELECT MAX(id) FROM change_log WHERE table_name = 'medication' AND operation = 'UPDATE'")).toLongLong();
        test::rawExec(j, QStringLiteral("UPDATE change_log SET reason = 'forged' WHERE id = %1").arg(tampered));
    }
    auto current = Journal::open(location);
    INFO(current.error().toStdString());
    REQUIRE(current.ok());
    Journal &j = **current;
    CHECK(valueOf(j, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'not compacted' AND what LIKE '%migration 33%'")).toInt() == 1);
    CHECK(valueOf(j, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'resealed'")).toInt() == 0);
    // Left as it was: the UPDATE rows whole, the tampered one still named.
    CHECK(keysOf(valueOf(j, QStringLiteral("SELECT old_values FROM change_log WHERE id = ?"), {tampered})).size() == 8);
    const auto problem = AuditLog::verify(j);
    REQUIRE(problem.ok());
    CHECK_THAT(problem->toStdString(), Catch::Contains(std::to_string(tampered)));
}
