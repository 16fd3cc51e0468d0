-- Who a program is for (issue 16, item 12): an adult (the clinic's services
-- are specialist and municipal services for adults), and for the LAR group
-- offers a patient in LAR (an opioid agonist prescribed now) who has an
-- individual therapist (the groups come in addition to individual therapy).
-- Kept beside the template, one row per program code, so earlier schema
-- steps that install the built-in templates stay as they were.
CREATE TABLE program_eligibility (
    program_code TEXT PRIMARY KEY,
    min_age INTEGER NOT NULL DEFAULT 0 CHECK (min_age BETWEEN 0 AND 120),
    in_lar INTEGER NOT NULL DEFAULT 0 CHECK (in_lar IN (0, 1)),
    individual_therapist INTEGER NOT NULL DEFAULT 0 CHECK (individual_therapist IN (0, 1))
);
INSERT INTO program_eligibility (program_code, min_age, in_lar, individual_therapist)
SELECT code, 18,
       CASE WHEN code IN ('lar-trauma-1', 'lar-trauma-2', 'lar-mbrp') THEN 1 ELSE 0 END,
       CASE WHEN code IN ('lar-trauma-1', 'lar-trauma-2', 'lar-mbrp') THEN 1 ELSE 0 END
FROM program_template;
