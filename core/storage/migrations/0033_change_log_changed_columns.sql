-- An UPDATE's change log row keeps, before and after, only the columns it
-- changed: the other columns are the same in both, and the row itself, an
-- earlier version or the DELETE that logs the row whole holds them. The
-- triggers log so from this step on (ChangeLog, changedColumnsMigration), and
-- the step's seed (ChangeLog::keepChangedColumnsOnly) rewrites the rows of an
-- older journal whose log checks out whole, then seals the log again.
INSERT INTO trinn_meta (key, value) VALUES ('change_log_updates', 'changed columns only');
