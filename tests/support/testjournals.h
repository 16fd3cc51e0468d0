#pragma once

#include "common/clinictime.h"
#include "patients/patient.h"
#include "storage/episodestore.h"
#include "storage/journal.h"
#include "testing/substancetest.h"

#include <catch2/catch.hpp>

#include <QLocale>
#include <QString>

#include <memory>

namespace trinn {
/// SQL past the Gate, for tests that must damage a journal or look under it.
struct RawSqlForTests
{
    static Result<QSqlQuery> run(Journal &journal, const QString &sql, const QVariantList &bindings = {})
    {
        return journal.run(sql, bindings);
    }
    static Result<QSqlQuery> runFixed(Journal &journal, const QString &sql) { return journal.runFixed(sql); }
    /// The connection itself, for a test that needs the database's own words for a fault.
    static QSqlDatabase database(Journal &journal) { return journal.database(); }
};
} // namespace trinn

namespace trinn::test {

enum class Backend { SQLite, PostgreSQL };

/// A new, empty place for a journal: a file in a temporary folder, or a new
/// database on the throwaway PostgreSQL server (started on first use, or the
/// one CTest's fixture started; see throwaway-postgres.sh).
QString freshLocation(Backend backend);

/// Options that build or open a journal with the built-in migrations up to
/// `version` only: a journal as an older Trinn made it, to migrate later.
Journal::Options optionsUpTo(int version, Journal::OpenMode mode = Journal::OpenMode::OpenExisting);

/// Opens (creating) a journal at a fresh location, failing the test on error.
std::unique_ptr<Journal> createJournal(Backend backend, JournalKind kind = JournalKind::Demo);

/// Raw SQL for tests that must reach past the storage API (to damage a
/// journal, or to stage an old schema). Fails the test on error.
void rawExec(Journal &journal, const QString &sql);
/// A patient as the LAR group offers take them (migration 24): in LAR
/// (methadone prescribed since 2020) with an individual therapist on the
/// care team. Written past the gate, as set-up; idempotent.
void makeLarReady(Journal &journal, qint64 patientId);

/// A therapist in the staff register, with no password (tests set the actor
/// themselves): the Actor they would be once signed in.
Actor therapistInRegister(Journal &journal, const QString &username, const QString &fullName);

/// PostgreSQL: a login name no other test process uses (login roles belong
/// to the whole server, not to one journal's database).
QString uniqueLogin(const QString &base);

/// PostgreSQL: the journal at `journal`'s database opened as a staff
/// member's own database login, as the desktop program opens it.
Result<std::unique_ptr<Journal>> openAs(const Journal &journal, const QString &login, const QString &password);

/// PostgreSQL: a bare libpq connection (Qt's QPSQL) to the journal's
/// database as a login role, as psql would make it: no Trinn code in between.
QSqlDatabase connectAs(const Journal &journal, const QString &login, const QString &password);

/// The folder that holds this test run's temporary files.
QString tempFolder();

/// Synthetic national ids (month + 80) computed outside Trinn's code.
namespace ids {
inline const QString born1985 = QStringLiteral("15858510055");
inline const QString born1990a = QStringLiteral("01819010001");
inline const QString born1990b = QStringLiteral("01819011067");
inline const QString born1990c = QStringLiteral("01819012012");
/// `count` more, each with both mod-11 check digits, for tests that register many.
QStringList synthetic(int count);
} // namespace ids

// Checks and records that many tests share (one copy here: the test files are
// compiled in batches, where two files' helpers of one name would clash).

/// Fails the test, showing its error, unless `result` is ok.
template<typename T>
void requireOk(const Result<T> &result)
{
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
}

/// The value of `result`; fails the test, showing its error, if there is none.
template<typename T>
T requireValue(Result<T> result)
{
    INFO(result.error().toStdString());
    REQUIRE(result.ok());
    return std::move(*result);
}

/// The first column of the first row `sql` gives (raw SQL past the Gate);
/// fails the test on an error or no row.
QVariant sqlValue(Journal &journal, const QString &sql, const QVariantList &bindings = {});
/// sqlValue as a number: a count, an id.
qint64 sqlNumber(Journal &journal, const QString &sql, const QVariantList &bindings = {});

/// The password the tests give the staff they register.
inline const QString staffPassword = QStringLiteral("et langt passord");

/// `username`, registered with staffPassword, signed in (the Actor is
/// returned, not set on the journal). Fails the test if sign-in fails.
Actor signIn(Journal &journal, const QString &username);

/// A patient as a person would type one in.
NewPatient newPatient(const QString &nationalId, const QString &givenNames, const QString &familyName);

/// Registers a patient through PatientStore (as the journal's actor); fails
/// the test on error. Returns the patient's id.
qint64 addPatient(Journal &journal, const QString &nationalId = ids::born1985,
                  const QString &givenNames = QStringLiteral("Kari"), const QString &familyName = QStringLiteral("Nordmann"));

/// Patient number `n` of a test that registers several: given names
/// "Pasient<n>", born 41 × n days after `bornFrom`, with a national id of
/// their own. Fails the test on error; returns the patient's id.
qint64 addNumberedPatient(Journal &journal, int n, const QString &familyName, QDate bornFrom = QDate(1975, 1, 1));
/// addNumberedPatient, as the LAR group offers take a patient: in LAR, with an
/// individual therapist (makeLarReady).
qint64 addLarPatient(Journal &journal, int n, const QString &familyName);

/// Enrols a patient (EpisodeStore::enrol), failing the test with the rule's
/// reason if it refuses. Returns the episode's id.
qint64 enrol(EpisodeStore &episodes, const EpisodeStore::Enrolment &enrolment);

/// The id of phase `code` of an episode; fails the test if there is none.
qint64 phaseId(EpisodeStore &episodes, qint64 episodeId, const QString &code);

/// A urine sample of the standard panel, positive for `positives` (analyte
/// codes) and negative for the rest, taken at `sampledAt` (ten minutes ago
/// unless told).
SubstanceTest urine(qint64 patientId, const QStringList &positives = {},
                    const QDateTime &sampledAt = clinictime::now().addSecs(-600));

/// Whatever a test case installs of a language (installTranslations keeps
/// its translators for the program's life) is given back at the end of the
/// scope: the translators installed since are removed and the default
/// locale put back, so the next case in the same process runs in English.
class LanguageGivenBack
{
public:
    LanguageGivenBack();
    ~LanguageGivenBack();
    LanguageGivenBack(const LanguageGivenBack &) = delete;
    LanguageGivenBack &operator=(const LanguageGivenBack &) = delete;

private:
    QList<QObject *> m_before;
    QLocale m_locale;
};

} // namespace trinn::test

namespace Catch {
template<>
struct StringMaker<trinn::test::Backend>
{
    static std::string convert(trinn::test::Backend backend)
    {
        return backend == trinn::test::Backend::SQLite ? "SQLite" : "PostgreSQL";
    }
};
template<>
struct StringMaker<QString>
{
    static std::string convert(const QString &text) { return '"' + text.toStdString() + '"'; }
};
} // namespace Catch

#define TRINN_BOTH_BACKENDS() GENERATE(trinn::test::Backend::SQLite, trinn::test::Backend::PostgreSQL)
