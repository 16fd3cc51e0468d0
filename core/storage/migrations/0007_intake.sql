-- Intake: referrals with their deadlines, beds and bed stays.
CREATE TABLE referral (
    id {{id}},
    patient_id BIGINT REFERENCES patient (id),
    person_name TEXT NOT NULL,
    source TEXT NOT NULL,
    received_on TEXT NOT NULL,
    requested_service TEXT NOT NULL,
    documents TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    status_reason TEXT NOT NULL DEFAULT '',
    priority INTEGER NOT NULL DEFAULT 2,
    assessed_on TEXT,
    care_deadline TEXT,
    planned_admission TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX referral_status ON referral (status, received_on);

CREATE TABLE bed (
    id {{id}},
    site TEXT NOT NULL,
    room TEXT NOT NULL,
    label TEXT NOT NULL,
    UNIQUE (site, room, label)
);

CREATE TABLE bed_stay (
    id {{id}},
    bed_id BIGINT NOT NULL REFERENCES bed (id),
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    start_date TEXT NOT NULL,
    end_date TEXT NOT NULL,
    episode_id BIGINT REFERENCES episode (id),
    note TEXT NOT NULL DEFAULT ''
);
CREATE INDEX bed_stay_bed ON bed_stay (bed_id, start_date);
CREATE INDEX bed_stay_dates ON bed_stay (end_date, start_date);
