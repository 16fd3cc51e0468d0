-- The change log: every INSERT, UPDATE and DELETE of a patient's data, written
-- by triggers that Trinn generates from the schema (core/storage/changelog.cpp)
-- and reinstalls whenever a migration runs. The audit chain covers its rows.
CREATE TABLE change_log (
    id {{id}},
    at BIGINT NOT NULL,
    table_name TEXT NOT NULL,
    -- The row's id, or its primary key's values joined by '/'.
    row_id TEXT,
    -- No foreign key: the log outlives the rows it describes.
    patient_id BIGINT,
    operation TEXT NOT NULL,
    -- The whole row as JSON before and after (NULL for an INSERT's old values
    -- and a DELETE's new values).
    old_values TEXT,
    new_values TEXT,
    actor_staff_id BIGINT,
    -- NULL (SQLite) or the database user (PostgreSQL) when the write came from
    -- outside Trinn; then outside_trinn is 1.
    actor_name TEXT,
    workstation TEXT,
    outside_trinn INTEGER NOT NULL DEFAULT 0
);
-- No index beyond the id: the log is only appended to (one page at a time,
-- at its end) and read in id order by AuditLog::verify. An index on
-- patient_id would cost a scattered page write per row on bulk writes.

-- SQLite only: who is writing, for the triggers to read. Trinn fills its one
-- row at the start of each write transaction and empties it before COMMIT,
-- so a write from any other connection finds it empty. PostgreSQL uses
-- per-transaction settings instead.
CREATE TABLE write_actor (
    slot INTEGER PRIMARY KEY CHECK (slot = 1),
    staff_id BIGINT,
    name TEXT NOT NULL,
    workstation TEXT,
    at BIGINT NOT NULL
);
