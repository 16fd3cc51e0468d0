-- One audit record for a screen that shows many patients (issue 13): the
-- test board, the bed board and the calendar week each used to write one
-- hashed record per patient shown, hundreds per view. Now such a view is one
-- record in audit_log (patient_id NULL) and the patients it showed are rows
-- here, hashed into that record (see AuditLog), so a removed or added row
-- breaks the chain.
CREATE TABLE audit_patient (
    audit_id BIGINT NOT NULL REFERENCES audit_log (id),
    patient_id BIGINT NOT NULL,
    PRIMARY KEY (audit_id, patient_id)
);
-- "Who looked at this patient" without an index by patient on every row
-- (a board's hundreds of patients would each dirty a page of it at every
-- view): the days, as `at` / 86 400 000, on which a record for many showed
-- the patient. Written once per patient and day; AuditLog::forPatient reads
-- those days' records, and the integrity check finds a row missing here.
CREATE TABLE audit_patient_day (
    patient_id BIGINT NOT NULL,
    day BIGINT NOT NULL,
    PRIMARY KEY (patient_id, day)
);
CREATE INDEX audit_log_at ON audit_log (at);
