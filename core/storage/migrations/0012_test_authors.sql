-- Substance tests name their authors from the staff register: who took the
-- sample, who wrote each version, who entered the lab's answer, by staff id
-- and name. What made a version (recorded, corrected, the lab's answer) is
-- kept with it, since the lab's answer is now a new version too.
ALTER TABLE substance_test ADD COLUMN taken_by_id BIGINT REFERENCES staff (id);
ALTER TABLE substance_test ADD COLUMN taken_by_verified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE substance_test ADD COLUMN recorded_by_id BIGINT REFERENCES staff (id);
ALTER TABLE substance_test ADD COLUMN recorded_by_verified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE substance_test ADD COLUMN confirmed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE substance_test ADD COLUMN confirmed_by_id BIGINT REFERENCES staff (id);
ALTER TABLE substance_test ADD COLUMN change_kind TEXT NOT NULL DEFAULT 'recorded';
UPDATE substance_test SET change_kind = 'corrected' WHERE version > 1;
-- Earlier versions of Trinn stored free text (often the operating-system
-- login). A name that is a staff member's full name or user name is linked
-- to them; any other name is kept as written and stays unverified.
UPDATE substance_test SET taken_by_id = (SELECT MIN(s.id) FROM staff s
    WHERE s.full_name = substance_test.taken_by OR s.username = substance_test.taken_by);
UPDATE substance_test SET taken_by_verified = 1 WHERE taken_by_id IS NOT NULL;
UPDATE substance_test SET recorded_by_id = (SELECT MIN(s.id) FROM staff s
    WHERE s.full_name = substance_test.recorded_by OR s.username = substance_test.recorded_by);
UPDATE substance_test SET recorded_by_verified = 1 WHERE recorded_by_id IS NOT NULL;
