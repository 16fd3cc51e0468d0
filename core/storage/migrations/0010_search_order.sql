-- Patient search walks the matching words in the order it shows them (word,
-- family name before given names, then name) and stops at the page's end, so
-- a keystroke costs the same in a ten-year journal as in a new one. The name's sort key rides along in the
-- index for that; a patient's name is never rewritten, so it cannot go stale.
ALTER TABLE patient_term ADD COLUMN sort_key {{text_c}} NOT NULL DEFAULT '';
UPDATE patient_term SET sort_key = (SELECT p.sort_key FROM patient p WHERE p.id = patient_term.patient_id);
CREATE INDEX patient_term_order ON patient_term (term, field, sort_key, patient_id);
CREATE INDEX patient_term_words ON patient_term (patient_id, term);
DROP INDEX patient_term_patient;

-- UNIQUE (test_id, analyte) serves every lookup of a test's results already.
DROP INDEX test_result_test;
