-- The journal itself: what it is, and which schema it has.
CREATE TABLE trinn_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE schema_version (
    version INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    applied_at BIGINT NOT NULL
);

CREATE TABLE patient (
    id {{id}},
    national_id {{text_c}} NOT NULL UNIQUE,
    id_kind TEXT NOT NULL,
    birth_date TEXT NOT NULL,
    given_names TEXT NOT NULL,
    family_name TEXT NOT NULL,
    sort_key {{text_c}} NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    email TEXT NOT NULL DEFAULT '',
    address TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE INDEX patient_sort ON patient (sort_key, id);

-- One row per word of a patient's name, so that a search by name part is an
-- index range scan on both backends.
CREATE TABLE patient_term (
    term {{text_c}} NOT NULL,
    patient_id BIGINT NOT NULL REFERENCES patient (id) ON DELETE CASCADE,
    field TEXT NOT NULL,
    PRIMARY KEY (term, patient_id, field)
);

CREATE INDEX patient_term_patient ON patient_term (patient_id);
