-- sqlite only
-- Inside Trinn an INSERT into a table that is not versioned and has an
-- integer id no longer writes a change log row of its own (about 56 bytes:
-- which row, whose, when, by whom, all of it in the row itself or in the
-- transaction's audit records). Its trigger adds the id to the transaction's
-- range for its table here, and the transaction's seal names the ranges
-- ("inserted substance_test 1201-1201, test_result 880-881"), so the audit
-- chain still says which rows each transaction wrote. Emptied at every seal,
-- like write_actor. An INSERT from outside Trinn is logged row by row as
-- before. PostgreSQL, where workstations write at once, keeps a row each.
CREATE TABLE write_inserted (
    table_name TEXT PRIMARY KEY,
    first_id BIGINT NOT NULL,
    last_id BIGINT NOT NULL,
    rows BIGINT NOT NULL CHECK (rows > 0)
);
