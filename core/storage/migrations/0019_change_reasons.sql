-- Records whose state moves on (an episode and its phases, a prescription, a
-- step, the treatment plan, a day of day treatment, a group membership, a
-- follow-up) are changed in place: every earlier state is
-- kept in the change log, with who changed it and when. A correction gives its
-- reason there too (write_actor on SQLite, trinn.reason on PostgreSQL), and the
-- seal over the change log covers it.
ALTER TABLE change_log ADD COLUMN reason TEXT;
ALTER TABLE write_actor ADD COLUMN reason TEXT;

-- The versions of one such record, found without reading the whole log. Only
-- these tables: an index over every row would cost a scattered page write for
-- each of the many analyte results of a test. RecordHistory repeats the list
-- in its query, so both backends can prove the index covers it.
CREATE INDEX change_log_record ON change_log (table_name, row_id)
    WHERE table_name IN ('episode', 'phase', 'medication', 'step_progress', 'treatment_plan', 'plan_area',
                         'day_attendance', 'group_member', 'follow_up');
