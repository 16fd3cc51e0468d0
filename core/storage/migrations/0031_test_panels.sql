-- A test's panel: the analytes it was tested for, in the order given, each
-- with its unit. Most analytes of most tests are plainly negative (no value,
-- no cut-off, no confirmation); such a result is the panel's analyte with no
-- row in test_result. test_result keeps only findings: a positive screen, a
-- value, a cut-off or the lab's confirmation. analyte_result gives every
-- analyte of every test again, negatives included, so nothing is lost: before
-- this step, a test of ten analytes wrote ten rows and ten change log rows.
CREATE TABLE test_panel (
    id {{id}},
    -- The panel's analytes as one key ("code unit" joined by '|'), so each
    -- distinct panel is stored once and found again by it.
    analytes TEXT NOT NULL UNIQUE CHECK (analytes <> '')
);
CREATE TABLE test_panel_analyte (
    panel_id BIGINT NOT NULL REFERENCES test_panel (id),
    ordinal INTEGER NOT NULL CHECK (ordinal >= 0),
    analyte TEXT NOT NULL CHECK (analyte <> ''),
    unit TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (panel_id, ordinal),
    UNIQUE (panel_id, analyte)
);
-- NULL for a refusal or a test with no analytes.
ALTER TABLE substance_test ADD COLUMN panel_id BIGINT REFERENCES test_panel (id);

-- Every analyte result of every test: the panel's analytes, each with its
-- finding or, without one, negative.
CREATE VIEW analyte_result AS
    SELECT t.id AS test_id, p.ordinal AS ordinal, p.analyte AS analyte,
           COALESCE(r.screen_positive, 0) AS screen_positive, r.value AS value,
           COALESCE(r.unit, p.unit) AS unit, r.cutoff AS cutoff, COALESCE(r.confirmed, '') AS confirmed
    FROM substance_test t
    JOIN test_panel_analyte p ON p.panel_id = t.panel_id
    LEFT JOIN test_result r ON r.test_id = t.id AND r.analyte = p.analyte;
