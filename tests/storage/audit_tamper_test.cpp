// The audit log against someone who holds the journal: each way of tampering
// with it, done with raw SQL as an attacker would (the record hash formula
// copied from auditlog.cpp, the seal layout from auditlogseals.cpp), must be
// found by AuditLog::examine with the record or epoch named.
#include "support/testjournals.h"

#include "storage/auditlog.h"
#include "storage/auditseal.h"
#include "storage/auditwitness.h"
#include "storage/patientstore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QSqlQuery>
#include <QThread>

#include <barrier>

#include <functional>

using namespace trinn;
using trinn::test::Backend;

namespace {

void exec(Journal &journal, const QString &sql, const QVariantList &bindings = {})
{
    auto done = RawSqlForTests::run(journal, sql, bindings);
    INFO(sql.toStdString() << ": " << done.error().toStdString());
    REQUIRE(done.ok());
}

// A sealed journal with some days' work in it: patients registered and read.
struct Sealed
{
    std::unique_ptr<Journal> journal;
    QString verificationKey;
    QString location;
};

Sealed sealedJournal(Backend backend)
{
    Sealed sealed;
    sealed.location = test::freshLocation(backend);
    Journal::Options create;
    create.mode = Journal::OpenMode::CreateIfMissing;
    create.kindIfCreated = JournalKind::Demo;
    Result<std::unique_ptr<Journal>> made = Journal::open(sealed.location, create);
    INFO(made.error().toStdString());
    REQUIRE(made.ok());
    sealed.journal = std::move(*made);
    const Result<QString> key = AuditLog::startSealing(*sealed.journal);
    INFO(key.error().toStdString());
    REQUIRE(key.ok());
    sealed.verificationKey = *key;
    const QStringList ids{test::ids::born1985, test::ids::born1990a, test::ids::born1990b, test::ids::born1990c};
    for (const QString &id : ids) {
        NewPatient patient;
        patient.nationalId = id;
        patient.givenNames = QStringLiteral("Kari");
        patient.familyName = QStringLiteral("Nordmann");
        const Result<qint64> added = PatientStore(*sealed.journal).add(patient);
        REQUIRE(added.ok());
        for (int i = 0; i < 5; ++i)
            REQUIRE(PatientStore(*sealed.journal).get(*added).ok());
    }
    return sealed;
}

// The attacker's copy of the record hash formula in core/storage/auditlog.cpp.
QString attackerHash(const QString &previous, const QSqlQuery &row)
{
    const QString content = QStringList{previous, row.value(1).toString(), row.value(2).toString(), row.value(3).toString(),
                                        row.value(4).isNull() ? QStringLiteral("0") : row.value(4).toString(), row.value(5).toString(),
                                        row.value(6).toString(), row.value(7).toString()}
                                .join(QChar(0x1f));
    return QString::fromLatin1(QCryptographicHash::hash(content.toUtf8(), QCryptographicHash::Sha256).toHex());
}

// Makes the whole chain consistent again, as an attacker would after a change.
void rechain(Journal &journal)
{
    QList<std::pair<qint64, QString>> hashes;
    {
        auto rows = RawSqlForTests::run(journal, QStringLiteral("SELECT id, at, actor, workstation, patient_id, action, what, "
                                                                "emergency_reason FROM audit_log ORDER BY id"));
        REQUIRE(rows.ok());
        QString previous(64, QLatin1Char('0'));
        while (rows->next()) {
            previous = attackerHash(previous, *rows);
            hashes.append({rows->value(0).toLongLong(), previous});
        }
    }
    // On SQLite the hash is stored as bytes and there is no previous_hash
    // (migration 38); on PostgreSQL both are hex.
    QString previous(64, QLatin1Char('0'));
    for (const auto &[id, hash] : hashes) {
        if (AuditLog::keepsHashesAsBytes(journal))
            exec(journal, QStringLiteral("UPDATE audit_log SET hash = ? WHERE id = ?"), {QByteArray::fromHex(hash.toLatin1()), id});
        else
            exec(journal, QStringLiteral("UPDATE audit_log SET previous_hash = ?, hash = ? WHERE id = ?"), {previous, hash, id});
        previous = hash;
    }
}

QString headHash(Journal &journal, qint64 id)
{
    auto row = RawSqlForTests::run(journal, QStringLiteral("SELECT %1 FROM audit_log WHERE id = ?").arg(AuditLog::hashColumn(journal)), {id});
    REQUIRE(row.ok());
    REQUIRE(row->next());
    return row->value(0).toString();
}

// The attacker's copy of the seal layout: they hold the journal's current
// sealing key and use it to seal their version of the log.
void forgeSeal(Journal &journal, qint64 epoch, qint64 first, qint64 last, qint64 count)
{
    auto stored = RawSqlForTests::run(journal, QStringLiteral("SELECT sealing_key FROM audit_seal_key"));
    REQUIRE(stored.ok());
    REQUIRE(stored->next());
    const std::optional<auditseal::Key> key = auditseal::Key::fromBytes(QByteArray::fromHex(stored->value(0).toString().toLatin1()));
    REQUIRE(key);
    stored->finish();
    const auditseal::Key next = key->next();
    const QString head = headHash(journal, last);
    const QByteArray message = QStringList{QStringLiteral("trinn-audit-seal 1"), QString::number(epoch), QString::number(first),
                                           QString::number(last), QString::number(count), head, QStringLiteral("1"), next.check()}
                                   .join(QChar(0x1f))
                                   .toUtf8();
    exec(journal, QStringLiteral("DELETE FROM audit_seal WHERE epoch >= ?"), {epoch});
    exec(journal, QStringLiteral("INSERT INTO audit_seal (epoch, first_audit_id, last_audit_id, record_count, head_hash, sealed_at, "
                                 "next_key_check, mac) VALUES (?, ?, ?, ?, ?, 1, ?, ?)"),
         {epoch, first, last, count, head, next.check(), key->mac(message)});
    exec(journal, QStringLiteral("UPDATE audit_seal_key SET epoch = ?, sealing_key = ?, sealed_up_to = ?"), {epoch + 1, next.toHex(), last});
}

qint64 epochOf(Journal &journal, qint64 auditId)
{
    return test::sqlNumber(journal, QStringLiteral("SELECT epoch FROM audit_seal WHERE first_audit_id <= ? AND last_audit_id >= ?"), {auditId, auditId});
}

// A record in the middle that a seal of its own covers (one patient read).
qint64 singlySealedRecord(Journal &journal)
{
    return test::sqlNumber(journal, QStringLiteral("SELECT MIN(a.id) FROM audit_log a JOIN audit_seal s ON s.first_audit_id = a.id "
                                                   "AND s.last_audit_id = a.id WHERE a.action = 'read' AND a.id > 10"));
}

std::string joined(const QStringList &lines)
{
    return lines.join(QStringLiteral("\n")).toStdString();
}

struct Case
{
    const char *name;
    // Tampers with the journal; returns what the first problem must say.
    std::function<QString(Journal &)> tamper;
    // Whether a check without the verification key finds it too.
    bool foundWithoutKey;
};

const QList<Case> &cases()
{
    static const QList<Case> list{
        {"delete the last record", [](Journal &j) {
             const qint64 last = test::sqlNumber(j, QStringLiteral("SELECT MAX(id) FROM audit_log"));
             exec(j, QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {last});
             return QStringLiteral("Audit record %1 is missing").arg(last);
         }, true},
        {"delete the last 5 records", [](Journal &j) {
             const qint64 last = test::sqlNumber(j, QStringLiteral("SELECT MAX(id) FROM audit_log"));
             exec(j, QStringLiteral("DELETE FROM audit_log WHERE id > ?"), {last - 5});
             return QStringLiteral("Audit record %1 is missing").arg(last - 4);
         }, true},
        {"delete the last half", [](Journal &j) {
             const qint64 last = test::sqlNumber(j, QStringLiteral("SELECT MAX(id) FROM audit_log"));
             exec(j, QStringLiteral("DELETE FROM audit_log WHERE id > ?"), {last / 2});
             return QStringLiteral("Audit record %1 is missing").arg(last / 2 + 1);
         }, true},
        {"delete every record", [](Journal &j) {
             const qint64 first = test::sqlNumber(j, QStringLiteral("SELECT MIN(first_audit_id) FROM audit_seal WHERE record_count > 0"));
             exec(j, QStringLiteral("DELETE FROM audit_log"));
             return QStringLiteral("Audit record %1 is missing").arg(first);
         }, true},
        {"edit a record", [](Journal &j) {
             const qint64 id = singlySealedRecord(j);
             exec(j, QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = ?"), {id});
             return QStringLiteral("Audit record %1 was changed after it was written.").arg(id);
         }, true},
        {"edit a record and recompute every later hash", [](Journal &j) {
             const qint64 id = singlySealedRecord(j);
             exec(j, QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = ?"), {id});
             rechain(j);
             return QStringLiteral("Audit record %1 is not the record sealed in epoch %2").arg(id).arg(epochOf(j, id));
         }, true},
        {"delete a record and re-chain", [](Journal &j) {
             const qint64 id = singlySealedRecord(j);
             exec(j, QStringLiteral("DELETE FROM audit_log WHERE id = ?"), {id});
             rechain(j);
             return QStringLiteral("Audit record %1 is missing: the seal of epoch").arg(id);
         }, true},
        {"remove one patient's records and re-chain", [](Journal &j) {
             const qint64 patient = test::sqlNumber(j, QStringLiteral("SELECT MAX(patient_id) FROM audit_log"));
             const qint64 first = test::sqlNumber(j, QStringLiteral("SELECT MIN(id) FROM audit_log WHERE patient_id = ?"), {patient});
             exec(j, QStringLiteral("DELETE FROM audit_log WHERE patient_id = ?"), {patient});
             rechain(j);
             return QStringLiteral("Audit record %1 is missing").arg(first);
         }, true},
        {"append a forged, correctly chained record", [](Journal &j) {
             const qint64 last = test::sqlNumber(j, QStringLiteral("SELECT MAX(id) FROM audit_log"));
             exec(j, AuditLog::keepsHashesAsBytes(j)
                         ? QStringLiteral("INSERT INTO audit_log (id, at, actor, workstation, patient_id, action, what, emergency_reason, "
                                          "hash) SELECT id + 1, at, 'admin', workstation, patient_id, action, what, "
                                          "emergency_reason, hash FROM audit_log WHERE id = ?")
                         : QStringLiteral("INSERT INTO audit_log (id, at, actor, workstation, patient_id, action, what, emergency_reason, "
                                          "previous_hash, hash) SELECT id + 1, at, 'admin', workstation, patient_id, action, what, "
                                          "emergency_reason, hash, hash FROM audit_log WHERE id = ?"),
                  {last});
             rechain(j);
             return QStringLiteral("Audit record %1 comes after the last seal").arg(last + 1);
         }, true},
        {"edit a record, re-chain, and fix the seals' head hashes", [](Journal &j) {
             const qint64 id = singlySealedRecord(j);
             exec(j, QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = ?"), {id});
             rechain(j);
             exec(j, QStringLiteral("UPDATE audit_seal SET head_hash = (SELECT %1 FROM audit_log WHERE id = last_audit_id) "
                                    "WHERE last_audit_id >= ?")
                         .arg(AuditLog::hashColumn(j)),
                  {id});
             return QStringLiteral("The seal of epoch %1 (audit records %2-%2) was not made with this journal's sealing key")
                 .arg(epochOf(j, id))
                 .arg(id);
         }, false},
        {"delete a seal", [](Journal &j) {
             const qint64 id = singlySealedRecord(j);
             const qint64 epoch = epochOf(j, id);
             exec(j, QStringLiteral("DELETE FROM audit_seal WHERE epoch = ?"), {epoch});
             return QStringLiteral("The seal of epoch %1 is missing").arg(epoch);
         }, true},
        {"delete the last records with their seals", [](Journal &j) {
             const qint64 last = test::sqlNumber(j, QStringLiteral("SELECT MAX(id) FROM audit_log"));
             const qint64 epoch = epochOf(j, last - 2);
             const qint64 first = test::sqlNumber(j, QStringLiteral("SELECT first_audit_id FROM audit_seal WHERE epoch = ?"), {epoch});
             const qint64 keyEpoch = test::sqlNumber(j, QStringLiteral("SELECT epoch FROM audit_seal_key"));
             exec(j, QStringLiteral("DELETE FROM audit_seal WHERE epoch >= ?"), {epoch});
             exec(j, QStringLiteral("DELETE FROM audit_log WHERE id >= ?"), {first});
             return QStringLiteral("The seals of epochs %1-%2 are missing").arg(epoch).arg(keyEpoch - 1);
         }, true},
        {"replace the sealing key", [](Journal &j) {
             const qint64 epoch = test::sqlNumber(j, QStringLiteral("SELECT epoch FROM audit_seal_key"));
             exec(j, QStringLiteral("UPDATE audit_seal_key SET sealing_key = ?"), {auditseal::Key::random().toHex()});
             return QStringLiteral("The sealing key (epoch %1) does not follow the seal of epoch %2").arg(epoch).arg(epoch - 1);
         }, true},
        {"replace the sealing key and the last seal's check value", [](Journal &j) {
             const qint64 epoch = test::sqlNumber(j, QStringLiteral("SELECT epoch FROM audit_seal_key"));
             const auditseal::Key mine = auditseal::Key::random();
             exec(j, QStringLiteral("UPDATE audit_seal_key SET sealing_key = ?"), {mine.toHex()});
             exec(j, QStringLiteral("UPDATE audit_seal SET next_key_check = ? WHERE epoch = ?"), {mine.check(), epoch - 1});
             return QStringLiteral("The seal of epoch %1").arg(epoch - 1);
         }, false},
        {"edit a record, re-chain and seal it all anew with the journal's key", [](Journal &j) {
             const qint64 id = singlySealedRecord(j);
             const qint64 epoch = epochOf(j, id);
             exec(j, QStringLiteral("UPDATE audit_log SET actor = 'someone else' WHERE id = ?"), {id});
             rechain(j);
             const qint64 last = test::sqlNumber(j, QStringLiteral("SELECT MAX(id) FROM audit_log"));
             forgeSeal(j, epoch, id, last, last - id + 1);
             return QStringLiteral("The seal of epoch %1 (audit records %2-%3) was not made").arg(epoch).arg(id).arg(last);
         }, false},
        {"remove every seal and the sealing key", [](Journal &j) {
             exec(j, QStringLiteral("DELETE FROM audit_seal"));
             exec(j, QStringLiteral("DELETE FROM audit_seal_key"));
             return QStringLiteral("The journal has no seals, but a verification key was given");
         }, false},
        {"remove every seal and start sealing anew with a key of one's own", [](Journal &j) {
             exec(j, QStringLiteral("DELETE FROM audit_seal"));
             exec(j, QStringLiteral("DELETE FROM audit_seal_key"));
             REQUIRE(AuditLog::startSealing(j).ok());
             return QStringLiteral("The seal of epoch 0");
         }, false},
        {"change a change-log row", [](Journal &j) {
             const qint64 row = test::sqlNumber(j, QStringLiteral("SELECT MAX(id) FROM change_log"));
             exec(j, QStringLiteral("UPDATE change_log SET new_values = '{}' WHERE id = ?"), {row});
             return QStringLiteral("Change log row %1").arg(row);
         }, true},
    };
    return list;
}

} // namespace

TEST_CASE("A sealed audit log passes its check, with and without the verification key", "[storage][audit][seal]")
{
    Sealed sealed = sealedJournal(TRINN_BOTH_BACKENDS());
    const Result<AuditLog::Findings> withKey = AuditLog::examine(*sealed.journal, sealed.verificationKey);
    REQUIRE(withKey.ok());
    INFO(joined(withKey->problems));
    CHECK(withKey->problems.isEmpty());
    CHECK(withKey->sealed);
    CHECK(withKey->seals > 20);
    CHECK_THAT(joined(withKey->notes), Catch::Contains("checked against the verification key"));
    const Result<AuditLog::Findings> withoutKey = AuditLog::examine(*sealed.journal);
    REQUIRE(withoutKey.ok());
    CHECK(withoutKey->problems.isEmpty());
    CHECK_THAT(joined(withoutKey->notes), Catch::Contains("not for authenticity"));
    // The journal holds the key of the next epoch only, never the verification key.
    const std::optional<auditseal::Key> verification = auditseal::parseVerificationKey(sealed.verificationKey);
    REQUIRE(verification);
    auto stored = RawSqlForTests::run(*sealed.journal, QStringLiteral("SELECT sealing_key, epoch FROM audit_seal_key"));
    REQUIRE(stored.ok());
    REQUIRE(stored->next());
    CHECK(stored->value(0).toString() != verification->toHex());
    CHECK(stored->value(1).toLongLong() == withKey->seals);
    // Someone else's key does not fit.
    const Result<AuditLog::Findings> otherKey =
        AuditLog::examine(*sealed.journal, auditseal::formatVerificationKey(auditseal::Key::random()));
    REQUIRE(otherKey.ok());
    CHECK_THAT(joined(otherKey->problems), Catch::Contains("The seal of epoch 0") && Catch::Contains("No seal matches"));
    CHECK_FALSE(AuditLog::examine(*sealed.journal, QStringLiteral("not a key")).ok());
    CHECK_FALSE(AuditLog::startSealing(*sealed.journal).ok());
}

TEST_CASE("Every kind of tampering with a sealed audit log is found, naming the record or epoch", "[storage][audit][seal]")
{
    const Backend backend = TRINN_BOTH_BACKENDS();
    for (const Case &tampering : cases()) {
        DYNAMIC_SECTION(tampering.name)
        {
            Sealed sealed = sealedJournal(backend);
            const QString expected = tampering.tamper(*sealed.journal);
            const Result<AuditLog::Findings> withKey = AuditLog::examine(*sealed.journal, sealed.verificationKey);
            REQUIRE(withKey.ok());
            INFO(joined(withKey->problems));
            REQUIRE_FALSE(withKey->problems.isEmpty());
            CHECK_THAT(withKey->problems.constFirst().toStdString(), Catch::Contains(expected.toStdString()));
            const Result<AuditLog::Findings> withoutKey = AuditLog::examine(*sealed.journal);
            REQUIRE(withoutKey.ok());
            INFO("without the key: " << joined(withoutKey->problems));
            CHECK(withoutKey->problems.isEmpty() == !tampering.foundWithoutKey);
        }
    }
}

TEST_CASE("A journal put back from an older copy has lost writes this workstation saw", "[storage][audit][seal]")
{
    Sealed sealed = sealedJournal(Backend::SQLite);
    const QString path = sealed.journal->location().filePath;
    test::rawExec(*sealed.journal, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    const QString older = path + QStringLiteral(".older");
    REQUIRE(QFile::copy(path, older));
    // Work after the copy was taken: a patient opened again.
    const qint64 patient = test::sqlNumber(*sealed.journal, QStringLiteral("SELECT MIN(id) FROM patient"));
    REQUIRE(PatientStore(*sealed.journal).get(patient).ok());
    REQUIRE(AuditLog::rememberHead(*sealed.journal).ok());
    const qint64 seen = test::sqlNumber(*sealed.journal, QStringLiteral("SELECT MAX(id) FROM audit_log"));
    CHECK(AuditLog::compareWithWitness(*sealed.journal)->isEmpty());
    sealed.journal.reset();

    for (const QString &suffix : {QStringLiteral(""), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(path + suffix);
    REQUIRE(QFile::rename(older, path));
    Result<std::unique_ptr<Journal>> reopened = Journal::open(path);
    REQUIRE(reopened.ok());
    Journal &journal = **reopened;
    // The older copy is consistent in itself, seals and all ...
    const Result<AuditLog::Findings> findings = AuditLog::examine(journal, sealed.verificationKey);
    REQUIRE(findings.ok());
    CHECK(findings->problems.isEmpty());
    // ... but it no longer holds the head this workstation saw.
    const Result<QString> lost = AuditLog::compareWithWitness(journal);
    REQUIRE(lost.ok());
    CHECK_THAT(lost->toStdString(), Catch::Contains(QStringLiteral("This workstation saw audit record %1").arg(seen).toStdString())
                                        && Catch::Contains("lost committed writes"));
}

TEST_CASE("Stripping the seals is noticed by the workstation that saw them", "[storage][audit][seal]")
{
    Sealed sealed = sealedJournal(Backend::SQLite);
    REQUIRE(AuditLog::rememberHead(*sealed.journal).ok());
    test::rawExec(*sealed.journal, QStringLiteral("DELETE FROM audit_seal"));
    test::rawExec(*sealed.journal, QStringLiteral("DELETE FROM audit_seal_key"));
    const Result<QString> lost = AuditLog::compareWithWitness(*sealed.journal);
    REQUIRE(lost.ok());
    CHECK_THAT(lost->toStdString(), Catch::Contains("saw the audit log sealed up to epoch") && Catch::Contains("seals were lost"));
}

TEST_CASE("An unsealed journal says what its check could not see", "[storage][audit][seal]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    NewPatient patient;
    patient.nationalId = test::ids::born1985;
    patient.givenNames = QStringLiteral("Kari");
    patient.familyName = QStringLiteral("Nordmann");
    REQUIRE(PatientStore(*journal).add(patient).ok());
    const Result<AuditLog::Findings> findings = AuditLog::examine(*journal);
    REQUIRE(findings.ok());
    CHECK(findings->problems.isEmpty());
    CHECK_FALSE(findings->sealed);
    CHECK_THAT(joined(findings->notes), Catch::Contains("not sealed"));
    // Sealing it later seals what is there as epoch 0.
    const Result<QString> key = AuditLog::startSealing(*journal);
    REQUIRE(key.ok());
    test::rawExec(*journal, QStringLiteral("DELETE FROM audit_log WHERE id = 1"));
    const Result<AuditLog::Findings> after = AuditLog::examine(*journal, *key);
    REQUIRE(after.ok());
    REQUIRE_FALSE(after->problems.isEmpty());
    CHECK_THAT(after->problems.constFirst().toStdString(), Catch::Contains("Audit record 1 is missing: the seal of epoch 0"));
}

TEST_CASE("Two workstations appending at once keep one sealed chain", "[storage][audit][seal][race]")
{
    Sealed sealed = sealedJournal(TRINN_BOTH_BACKENDS());
    const qint64 patient = test::sqlNumber(*sealed.journal, QStringLiteral("SELECT MIN(id) FROM patient"));
    const qint64 sealsBefore = test::sqlNumber(*sealed.journal, QStringLiteral("SELECT COUNT(*) FROM audit_seal"));
    constexpr int rounds = 40;
    std::barrier<> start(2);
    QStringList errors[2];
    const auto work = [&](int which) {
        Result<std::unique_ptr<Journal>> own = Journal::open(sealed.location);
        if (!own) {
            errors[which] << own.error();
            start.arrive_and_drop();
            return;
        }
        for (int round = 0; round < rounds; ++round) {
            start.arrive_and_wait();
            const Status read = PatientStore(**own).get(patient).ok() ? Status() : Status(Error{QStringLiteral("read failed")});
            const Status written = AuditLog::append(**own, patient, QStringLiteral("write"), QStringLiteral("racer %1").arg(which));
            if (!read || !written)
                errors[which] << (read ? written.error() : read.error());
        }
    };
    std::unique_ptr<QThread> a(QThread::create(work, 0));
    std::unique_ptr<QThread> b(QThread::create(work, 1));
    a->start();
    b->start();
    REQUIRE(a->wait(std::chrono::minutes(4)));
    REQUIRE(b->wait(std::chrono::minutes(4)));
    INFO(joined(errors[0] + errors[1]));
    CHECK(errors[0].isEmpty());
    CHECK(errors[1].isEmpty());
    CHECK(test::sqlNumber(*sealed.journal, QStringLiteral("SELECT COUNT(*) FROM audit_seal")) == sealsBefore + 4 * rounds);
    const Result<AuditLog::Findings> findings = AuditLog::examine(*sealed.journal, sealed.verificationKey);
    REQUIRE(findings.ok());
    INFO(joined(findings->problems));
    CHECK(findings->problems.isEmpty());
}
