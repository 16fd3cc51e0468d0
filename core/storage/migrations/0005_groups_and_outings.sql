-- Therapy groups, their members and sessions with attendance, and AA/NA outings.
CREATE TABLE therapy_group (
    id {{id}},
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    program_code TEXT NOT NULL DEFAULT '',
    site TEXT NOT NULL DEFAULT '',
    room TEXT NOT NULL DEFAULT '',
    capacity INTEGER NOT NULL DEFAULT 0,
    min_leaders INTEGER NOT NULL DEFAULT 1,
    max_leaders INTEGER NOT NULL DEFAULT 0,
    weekday INTEGER NOT NULL,
    start_time TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    weeks INTEGER NOT NULL,
    start_date TEXT NOT NULL,
    max_absences INTEGER NOT NULL DEFAULT -1,
    prerequisite_group_kind TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);

CREATE TABLE group_leader (
    group_id BIGINT NOT NULL REFERENCES therapy_group (id) ON DELETE CASCADE,
    staff_name TEXT NOT NULL,
    PRIMARY KEY (group_id, staff_name)
);

CREATE TABLE group_criterion (
    id {{id}},
    group_id BIGINT NOT NULL REFERENCES therapy_group (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    text TEXT NOT NULL
);

CREATE TABLE group_member (
    id {{id}},
    group_id BIGINT NOT NULL REFERENCES therapy_group (id) ON DELETE CASCADE,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    enrolled_on TEXT NOT NULL,
    status TEXT NOT NULL,
    assessed_by TEXT NOT NULL DEFAULT '',
    assessed_at BIGINT NOT NULL,
    UNIQUE (group_id, patient_id)
);
CREATE INDEX group_member_patient ON group_member (patient_id);

CREATE TABLE member_assessment (
    id {{id}},
    member_id BIGINT NOT NULL REFERENCES group_member (id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    kind TEXT NOT NULL,
    met INTEGER NOT NULL
);

CREATE TABLE group_session (
    id {{id}},
    group_id BIGINT NOT NULL REFERENCES therapy_group (id) ON DELETE CASCADE,
    starts_at BIGINT NOT NULL,
    minutes INTEGER NOT NULL,
    room TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    moved_from BIGINT,
    note TEXT NOT NULL DEFAULT '',
    note_author TEXT NOT NULL DEFAULT '',
    note_at BIGINT
);
CREATE INDEX group_session_group ON group_session (group_id, starts_at);
CREATE INDEX group_session_time ON group_session (starts_at);

CREATE TABLE attendance (
    session_id BIGINT NOT NULL REFERENCES group_session (id) ON DELETE CASCADE,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    status TEXT NOT NULL,
    line TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (session_id, patient_id)
);
CREATE INDEX attendance_patient ON attendance (patient_id);

CREATE TABLE outing (
    id {{id}},
    kind TEXT NOT NULL,
    place TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    at_clinic INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX outing_time ON outing (starts_at);

CREATE TABLE outing_escort (
    outing_id BIGINT NOT NULL REFERENCES outing (id) ON DELETE CASCADE,
    staff_name TEXT NOT NULL,
    PRIMARY KEY (outing_id, staff_name)
);

CREATE TABLE outing_participant (
    outing_id BIGINT NOT NULL REFERENCES outing (id) ON DELETE CASCADE,
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    PRIMARY KEY (outing_id, patient_id)
);
CREATE INDEX outing_participant_patient ON outing_participant (patient_id);
