-- Staff accounts, journal notes with versions, and the tamper-evident audit log.
CREATE TABLE staff (
    id {{id}},
    username TEXT NOT NULL UNIQUE,
    full_name TEXT NOT NULL,
    roles TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    active INTEGER NOT NULL DEFAULT 1,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until BIGINT,
    created_at BIGINT NOT NULL
);

CREATE TABLE care_team (
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    staff_id BIGINT NOT NULL REFERENCES staff (id),
    PRIMARY KEY (patient_id, staff_id)
);

CREATE TABLE journal_note (
    id {{id}},
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    note_type TEXT NOT NULL,
    author TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    signed_at BIGINT,
    signed_by TEXT NOT NULL DEFAULT '',
    current_version INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX journal_note_patient ON journal_note (patient_id, created_at);

CREATE TABLE note_version (
    id {{id}},
    note_id BIGINT NOT NULL REFERENCES journal_note (id),
    version INTEGER NOT NULL,
    body TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL,
    written_at BIGINT NOT NULL,
    UNIQUE (note_id, version)
);

CREATE TABLE audit_log (
    id {{id}},
    at BIGINT NOT NULL,
    actor TEXT NOT NULL,
    workstation TEXT NOT NULL,
    patient_id BIGINT,
    action TEXT NOT NULL,
    what TEXT NOT NULL,
    emergency_reason TEXT NOT NULL DEFAULT '',
    previous_hash TEXT NOT NULL,
    hash TEXT NOT NULL
);
CREATE INDEX audit_log_patient ON audit_log (patient_id, at);
