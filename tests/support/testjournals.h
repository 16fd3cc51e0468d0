#pragma once

#include "storage/journal.h"

#include <catch2/catch.hpp>

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
