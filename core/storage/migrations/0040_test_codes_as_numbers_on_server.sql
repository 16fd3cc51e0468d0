-- postgresql only
-- Migration 39 on PostgreSQL: a test's day as yyyymmdd and its four
-- enumerations as the positions of their words (the lists are in 39), so
-- both backends keep and query the same values. ALTER ... TYPE rewrites the
-- table and its indexes once; a word the lists do not know is NULL and stops
-- the step (NOT NULL), leaving the journal as it was.
ALTER TABLE substance_test
    DROP CONSTRAINT substance_test_sample_day_is_date,
    DROP CONSTRAINT substance_test_sample_type_known,
    DROP CONSTRAINT substance_test_lab_status_known,
    DROP CONSTRAINT substance_test_change_kind_known,
    ALTER COLUMN change_kind DROP DEFAULT;
ALTER TABLE substance_test
    ALTER COLUMN sample_day TYPE INTEGER USING replace(sample_day, '-', '')::integer,
    ALTER COLUMN sample_type TYPE SMALLINT USING
        CASE sample_type WHEN 'urine' THEN 0 WHEN 'breath' THEN 1 WHEN 'saliva' THEN 2 WHEN 'blood' THEN 3 END,
    ALTER COLUMN lab_status TYPE SMALLINT USING
        CASE lab_status WHEN 'none' THEN 0 WHEN 'pending' THEN 1 WHEN 'confirmed' THEN 2 END,
    ALTER COLUMN outcome TYPE SMALLINT USING
        CASE outcome WHEN 'negative' THEN 0 WHEN 'expected' THEN 1 WHEN 'positive' THEN 2 WHEN 'missing' THEN 3
                     WHEN 'refused' THEN 4 WHEN 'pending' THEN 5 END,
    ALTER COLUMN change_kind TYPE SMALLINT USING
        CASE change_kind WHEN 'recorded' THEN 0 WHEN 'corrected' THEN 1 WHEN 'lab' THEN 2 END;
ALTER TABLE substance_test ALTER COLUMN change_kind SET DEFAULT 0;
ALTER TABLE substance_test ADD CONSTRAINT substance_test_sample_day_is_date CHECK (sample_day BETWEEN 19000101 AND 29991231
    AND sample_day / 100 % 100 BETWEEN 1 AND 12 AND sample_day % 100 BETWEEN 1 AND 31);
ALTER TABLE substance_test ADD CONSTRAINT substance_test_sample_type_known CHECK (sample_type BETWEEN 0 AND 3);
ALTER TABLE substance_test ADD CONSTRAINT substance_test_lab_status_known CHECK (lab_status BETWEEN 0 AND 2);
ALTER TABLE substance_test ADD CONSTRAINT substance_test_outcome_known CHECK (outcome BETWEEN 0 AND 5);
ALTER TABLE substance_test ADD CONSTRAINT substance_test_change_kind_known CHECK (change_kind BETWEEN 0 AND 2);
