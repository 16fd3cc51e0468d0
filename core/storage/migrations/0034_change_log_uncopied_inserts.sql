-- A versioned record's INSERT (an episode, a phase, a prescription, a step, a
-- plan and its areas, a day of day treatment, a group membership, a
-- follow-up) no longer copies the new row into the change log: the record as
-- inserted is the row as it is now, or as its DELETE logged it, with each
-- UPDATE's changed columns (migration 33) as they were before it, newest
-- first; RecordHistory walks back so. The triggers log so from this step on,
-- and the step's seed (ChangeLog::dropInsertCopies) clears the copies of an
-- older journal whose log checks out whole, then seals the log again.
INSERT INTO trinn_meta (key, value) VALUES ('change_log_inserts', 'no copy of the row');
