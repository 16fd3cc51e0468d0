-- Individual appointments between a patient and a staff member.
CREATE TABLE appointment (
    id {{id}},
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    staff_name TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    minutes INTEGER NOT NULL,
    room TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned'
);
CREATE INDEX appointment_time ON appointment (starts_at);
CREATE INDEX appointment_patient ON appointment (patient_id, starts_at);
