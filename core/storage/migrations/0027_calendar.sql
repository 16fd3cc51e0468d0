-- A Phase 2 gathering as the clinic holds it (issue 16): one event, with its
-- room and staff. Its participants are the patients whose gathering phase
-- (phase, kind 'gathering') is in the same program on the same days; the
-- event adds only where and with whom, and names no patient itself.
CREATE TABLE gathering_event (
    id {{id}},
    program_code TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    room TEXT NOT NULL DEFAULT '',
    staff_id BIGINT REFERENCES staff (id),
    staff_name TEXT NOT NULL DEFAULT '',
    UNIQUE (program_code, starts_on)
);
CREATE INDEX gathering_event_days ON gathering_event (starts_on);
