-- Program templates (editable by administrators) and what patients live
-- through in them: episodes, phases, and the records the services keep.
CREATE TABLE program_template (
    id {{id}},
    code TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    service TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    testing TEXT NOT NULL DEFAULT 'none',
    capacity INTEGER NOT NULL DEFAULT 0,
    min_leaders INTEGER NOT NULL DEFAULT 0,
    max_leaders INTEGER NOT NULL DEFAULT 0,
    weeks INTEGER NOT NULL DEFAULT 0,
    session_minutes INTEGER NOT NULL DEFAULT 0,
    max_absences INTEGER NOT NULL DEFAULT -1,
    prerequisite_code TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL DEFAULT 1,
    updated_at BIGINT NOT NULL
);

CREATE TABLE phase_template (
    id {{id}},
    program_id BIGINT NOT NULL REFERENCES program_template (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    default_days INTEGER NOT NULL,
    min_days INTEGER NOT NULL,
    max_days INTEGER NOT NULL,
    max_months INTEGER NOT NULL DEFAULT 0,
    residential INTEGER NOT NULL,
    optional INTEGER NOT NULL DEFAULT 0,
    description TEXT NOT NULL DEFAULT '',
    UNIQUE (program_id, position)
);

CREATE TABLE program_criterion (
    id {{id}},
    program_id BIGINT NOT NULL REFERENCES program_template (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL,
    text TEXT NOT NULL
);

CREATE TABLE episode (
    id {{id}},
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    program_id BIGINT NOT NULL REFERENCES program_template (id),
    program_code TEXT NOT NULL,
    program_name TEXT NOT NULL,
    program_revision INTEGER NOT NULL,
    status TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT,
    discharge_reason TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL
);
CREATE INDEX episode_patient ON episode (patient_id, start_date);
CREATE INDEX episode_program ON episode (program_code, status);

CREATE TABLE phase (
    id {{id}},
    episode_id BIGINT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    residential INTEGER NOT NULL,
    min_days INTEGER NOT NULL,
    max_days INTEGER NOT NULL,
    max_months INTEGER NOT NULL,
    planned_start TEXT NOT NULL,
    planned_end TEXT NOT NULL,
    actual_start TEXT,
    actual_end TEXT,
    status TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX phase_episode ON phase (episode_id, position);
CREATE INDEX phase_residential ON phase (residential, status, planned_end);

CREATE TABLE criteria_assessment (
    id {{id}},
    episode_id BIGINT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    criterion TEXT NOT NULL,
    kind TEXT NOT NULL,
    met INTEGER NOT NULL,
    assessed_by TEXT NOT NULL,
    assessed_at BIGINT NOT NULL
);
CREATE INDEX criteria_assessment_episode ON criteria_assessment (episode_id);

CREATE TABLE step_progress (
    id {{id}},
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    step INTEGER NOT NULL,
    started_on TEXT,
    completed_on TEXT,
    confirmed_by TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    UNIQUE (patient_id, step)
);

CREATE TABLE medication (
    id {{id}},
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    drug TEXT NOT NULL,
    dose TEXT NOT NULL,
    start_date TEXT NOT NULL,
    stop_date TEXT,
    prescriber TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX medication_patient ON medication (patient_id, start_date);

CREATE TABLE coercion (
    id {{id}},
    episode_id BIGINT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    legal_basis TEXT NOT NULL,
    decided_by TEXT NOT NULL,
    decided_on TEXT NOT NULL,
    valid_until TEXT,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE relative_advice (
    id {{id}},
    episode_id BIGINT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    relative_name TEXT NOT NULL,
    offered_on TEXT NOT NULL,
    accepted INTEGER NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE family_stay (
    id {{id}},
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    relative_name TEXT NOT NULL,
    relation TEXT NOT NULL,
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    referred_onward TEXT NOT NULL DEFAULT '',
    self_help_info_given INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX family_stay_patient ON family_stay (patient_id);

CREATE TABLE follow_up (
    id {{id}},
    episode_id BIGINT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    planned_on TEXT NOT NULL,
    done_on TEXT,
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX follow_up_episode ON follow_up (episode_id, planned_on);

CREATE TABLE relapse_assessment (
    id {{id}},
    episode_id BIGINT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    sober_days INTEGER NOT NULL,
    cause TEXT NOT NULL,
    circumstances TEXT NOT NULL,
    serious INTEGER NOT NULL,
    recommended_days INTEGER NOT NULL
);

CREATE TABLE day_attendance (
    id {{id}},
    episode_id BIGINT NOT NULL REFERENCES episode (id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    minutes INTEGER NOT NULL,
    UNIQUE (episode_id, day)
);

CREATE TABLE treatment_plan (
    id {{id}},
    episode_id BIGINT NOT NULL UNIQUE REFERENCES episode (id) ON DELETE CASCADE,
    review_date TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE plan_area (
    id {{id}},
    plan_id BIGINT NOT NULL REFERENCES treatment_plan (id) ON DELETE CASCADE,
    area TEXT NOT NULL,
    goals TEXT NOT NULL DEFAULT '',
    measures TEXT NOT NULL DEFAULT '',
    review_date TEXT,
    UNIQUE (plan_id, area)
);
