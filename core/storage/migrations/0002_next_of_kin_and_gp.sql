-- The patient's GP and next of kin, with the patient's consent to share information.
ALTER TABLE patient ADD COLUMN gp_name TEXT NOT NULL DEFAULT '';
ALTER TABLE patient ADD COLUMN gp_practice TEXT NOT NULL DEFAULT '';

CREATE TABLE next_of_kin (
    id {{id}},
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    relation TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    consent_to_share INTEGER NOT NULL DEFAULT 0,
    consent_recorded_at BIGINT
);

CREATE INDEX next_of_kin_patient ON next_of_kin (patient_id);
