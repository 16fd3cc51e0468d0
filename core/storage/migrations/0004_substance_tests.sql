-- Substance tests: one row per sample (a refusal is a result too), one row per
-- analyte. A correction is a new version; the old one stays, marked replaced.
CREATE TABLE substance_test (
    id {{id}},
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    sampled_at BIGINT NOT NULL,
    sample_day TEXT NOT NULL,
    sample_type TEXT NOT NULL,
    supervised INTEGER NOT NULL,
    refused INTEGER NOT NULL,
    refusal_reason TEXT NOT NULL DEFAULT '',
    taken_by TEXT NOT NULL,
    lab_status TEXT NOT NULL,
    lab_reference TEXT NOT NULL DEFAULT '',
    outcome TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1,
    supersedes BIGINT REFERENCES substance_test (id),
    is_current INTEGER NOT NULL DEFAULT 1,
    correction_reason TEXT NOT NULL DEFAULT '',
    recorded_by TEXT NOT NULL,
    recorded_at BIGINT NOT NULL
);
CREATE INDEX substance_test_day ON substance_test (sample_day, patient_id);
CREATE INDEX substance_test_patient ON substance_test (patient_id, sampled_at);

CREATE TABLE test_result (
    id {{id}},
    test_id BIGINT NOT NULL REFERENCES substance_test (id) ON DELETE CASCADE,
    analyte TEXT NOT NULL,
    screen_positive INTEGER NOT NULL,
    value REAL,
    unit TEXT NOT NULL DEFAULT '',
    cutoff REAL,
    confirmed TEXT NOT NULL DEFAULT '',
    UNIQUE (test_id, analyte)
);

CREATE INDEX phase_status ON phase (status, episode_id);
CREATE INDEX test_result_test ON test_result (test_id);
