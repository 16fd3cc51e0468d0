-- One audit record for a screen that shows many patients (issue 13): the
-- test board, the bed board and the calendar week each used to write one
-- hashed record per patient shown, hundreds per view. Now such a view is one
-- record in audit_log (patient_id NULL) and the patients it showed are rows
-- here, hashed into that record (see AuditLog), so "who looked at this
-- patient" still finds it and a removed or added row breaks the chain.
CREATE TABLE audit_patient (
    audit_id BIGINT NOT NULL REFERENCES audit_log (id),
    patient_id BIGINT NOT NULL
);
CREATE INDEX audit_patient_patient ON audit_patient (patient_id, audit_id);
