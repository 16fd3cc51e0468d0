-- sqlite only
-- A test row kept its day as ten characters and four enumerations as words:
-- 45 of its 105 bytes on a ten-year journal, and the day again in its index.
-- Now the day is yyyymmdd as one number (20261202: ordered as days are, and
-- still readable in the table) and each enumeration the position of its word
-- in the column's list (storage/teststoredcodes.cpp, the one mapping in code):
--   sample_type  0 urine, 1 breath, 2 saliva, 3 blood
--   lab_status   0 none, 1 pending, 2 confirmed
--   outcome      0 negative, 1 expected, 2 positive, 3 missing, 4 refused, 5 pending
--   change_kind  0 recorded, 1 corrected, 2 lab
-- SQLite changes a column's type by copying the table; a word the list does
-- not know becomes NULL and stops the step (the column is NOT NULL), so the
-- journal is left as it was. Migration 40 does the same on PostgreSQL.
CREATE TABLE substance_test_coded (
    id INTEGER PRIMARY KEY,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    sampled_at BIGINT NOT NULL,
    sample_day INTEGER NOT NULL,
    sample_type INTEGER NOT NULL,
    supervised INTEGER NOT NULL,
    refused INTEGER NOT NULL,
    refusal_reason TEXT NOT NULL DEFAULT '',
    taken_by TEXT NOT NULL,
    lab_status INTEGER NOT NULL,
    lab_reference TEXT NOT NULL DEFAULT '',
    outcome INTEGER NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    supersedes BIGINT REFERENCES substance_test (id),
    is_current INTEGER NOT NULL DEFAULT 1,
    correction_reason TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL,
    taken_by_id BIGINT REFERENCES staff (id),
    taken_by_verified INTEGER NOT NULL DEFAULT 0,
    recorded_by_id BIGINT REFERENCES staff (id),
    recorded_by_verified INTEGER NOT NULL DEFAULT 0,
    confirmed_by TEXT NOT NULL DEFAULT '',
    confirmed_by_id BIGINT REFERENCES staff (id),
    change_kind INTEGER NOT NULL DEFAULT 0,
    panel_id BIGINT REFERENCES test_panel (id),
    CONSTRAINT substance_test_sample_day_is_date CHECK (sample_day BETWEEN 19000101 AND 29991231
        AND sample_day / 100 % 100 BETWEEN 1 AND 12 AND sample_day % 100 BETWEEN 1 AND 31),
    CONSTRAINT substance_test_sample_type_known CHECK (sample_type BETWEEN 0 AND 3),
    CONSTRAINT substance_test_lab_status_known CHECK (lab_status BETWEEN 0 AND 2),
    CONSTRAINT substance_test_outcome_known CHECK (outcome BETWEEN 0 AND 5),
    CONSTRAINT substance_test_change_kind_known CHECK (change_kind BETWEEN 0 AND 2)
);
INSERT INTO substance_test_coded
SELECT id, patient_id, sampled_at, CAST(replace(sample_day, '-', '') AS INTEGER),
       CASE sample_type WHEN 'urine' THEN 0 WHEN 'breath' THEN 1 WHEN 'saliva' THEN 2 WHEN 'blood' THEN 3 END,
       supervised, refused, refusal_reason, taken_by,
       CASE lab_status WHEN 'none' THEN 0 WHEN 'pending' THEN 1 WHEN 'confirmed' THEN 2 END,
       lab_reference,
       CASE outcome WHEN 'negative' THEN 0 WHEN 'expected' THEN 1 WHEN 'positive' THEN 2 WHEN 'missing' THEN 3
                    WHEN 'refused' THEN 4 WHEN 'pending' THEN 5 END,
       version, supersedes, is_current, correction_reason, recorded_by, recorded_at, taken_by_id, taken_by_verified,
       recorded_by_id, recorded_by_verified, confirmed_by, confirmed_by_id,
       CASE change_kind WHEN 'recorded' THEN 0 WHEN 'corrected' THEN 1 WHEN 'lab' THEN 2 END,
       panel_id
FROM substance_test ORDER BY id;
-- The view names the table; SQLite checks every view when a table is renamed.
DROP VIEW analyte_result;
DROP TABLE substance_test;
ALTER TABLE substance_test_coded RENAME TO substance_test;
CREATE INDEX substance_test_day ON substance_test (sample_day, patient_id);
CREATE INDEX substance_test_patient ON substance_test (patient_id, sampled_at);
CREATE VIEW analyte_result AS
    SELECT t.id AS test_id, p.ordinal AS ordinal, p.analyte AS analyte,
           COALESCE(r.screen_positive, 0) AS screen_positive, r.value AS value,
           COALESCE(r.unit, p.unit) AS unit, r.cutoff AS cutoff, COALESCE(r.confirmed, '') AS confirmed
    FROM substance_test t
    JOIN test_panel_analyte p ON p.panel_id = t.panel_id
    LEFT JOIN test_result r ON r.test_id = t.id AND r.analyte = p.analyte;
