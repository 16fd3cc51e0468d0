#pragma once

/// Fault injection under SQLite, as SQLite's own tests do it: a VFS that
/// wraps the default one and fails the n-th write, sync or read of a journal
/// file (the database, its write-ahead log or rollback journal).
///
/// Qt's QSQLITE driver on Debian links the system libsqlite3.so.0 (it is not
/// built with a bundled copy: `ldd libqsqlite.so` names libsqlite3.so.0), and
/// the tests link the same library (SQLite::SQLite3), so a VFS registered
/// here as the default is the one every QSQLITE connection opened afterwards
/// uses. Were the driver to bundle its own SQLite, this would register on
/// the wrong library and no fault would ever fire: the tests check that
/// faults do fire.
namespace trinn::test::faultvfs {

enum class Op { Write, Sync, Read };

/// Registers the VFS as the default (once per process).
void install();
/// From now on, the n-th operation `op` (1 = the next) fails with `code`
/// (an SQLite result code: SQLITE_IOERR_WRITE, SQLITE_FULL, …).
void arm(Op op, int n, int code);
void disarm();
/// Whether the armed fault fired, and how many `op`s were seen since arming.
bool fired();
int seen();

} // namespace trinn::test::faultvfs
