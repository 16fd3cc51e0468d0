-- Every "by" of groups, outings and journal notes names a staff member of the
-- register by id. A value from an earlier version that names no staff member
-- (exactly one with that full name or user name; for notes, "Full Name
-- (username)") is kept as written and marked unverified. A held group
-- session's record (note and attendance) is kept as versions: the first
-- record, then corrections with their reasons. Drafts are discarded, not deleted.

ALTER TABLE group_leader ADD COLUMN staff_id BIGINT REFERENCES staff (id);
ALTER TABLE group_leader ADD COLUMN unverified INTEGER NOT NULL DEFAULT 0;
UPDATE group_leader SET staff_id = (SELECT MIN(s.id) FROM staff s
    WHERE s.full_name = group_leader.staff_name OR s.username = group_leader.staff_name HAVING COUNT(*) = 1);
UPDATE group_leader SET unverified = 1 WHERE staff_id IS NULL;

ALTER TABLE group_member ADD COLUMN assessed_by_staff_id BIGINT REFERENCES staff (id);
ALTER TABLE group_member ADD COLUMN assessed_by_unverified INTEGER NOT NULL DEFAULT 0;
UPDATE group_member SET assessed_by_staff_id = (SELECT MIN(s.id) FROM staff s
    WHERE s.full_name = group_member.assessed_by OR s.username = group_member.assessed_by HAVING COUNT(*) = 1)
    WHERE assessed_by <> '';
UPDATE group_member SET assessed_by_unverified = 1 WHERE assessed_by <> '' AND assessed_by_staff_id IS NULL;

ALTER TABLE group_session ADD COLUMN note_author_staff_id BIGINT REFERENCES staff (id);
ALTER TABLE group_session ADD COLUMN note_author_unverified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE group_session ADD COLUMN current_version INTEGER NOT NULL DEFAULT 0;
UPDATE group_session SET note_author_staff_id = (SELECT MIN(s.id) FROM staff s
    WHERE s.full_name = group_session.note_author OR s.username = group_session.note_author HAVING COUNT(*) = 1)
    WHERE note_author <> '';
UPDATE group_session SET note_author_unverified = 1 WHERE note_author <> '' AND note_author_staff_id IS NULL;
UPDATE group_session SET current_version = 1 WHERE status = 'held';

CREATE TABLE group_session_version (
    id {{id}},
    session_id BIGINT NOT NULL REFERENCES group_session (id),
    version INTEGER NOT NULL,
    note TEXT NOT NULL,
    author TEXT NOT NULL,
    author_staff_id BIGINT REFERENCES staff (id),
    author_unverified INTEGER NOT NULL DEFAULT 0,
    reason TEXT NOT NULL DEFAULT '',
    written_at BIGINT NOT NULL,
    UNIQUE (session_id, version)
);

CREATE TABLE attendance_version (
    version_id BIGINT NOT NULL REFERENCES group_session_version (id),
    patient_id BIGINT NOT NULL REFERENCES patient (id),
    status TEXT NOT NULL,
    line TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (version_id, patient_id)
);
CREATE INDEX attendance_version_patient ON attendance_version (patient_id);

INSERT INTO group_session_version (session_id, version, note, author, author_staff_id, author_unverified, written_at)
    SELECT id, 1, note, note_author, note_author_staff_id, note_author_unverified, COALESCE(note_at, starts_at)
    FROM group_session WHERE status = 'held';
INSERT INTO attendance_version (version_id, patient_id, status, line)
    SELECT v.id, a.patient_id, a.status, a.line FROM attendance a JOIN group_session_version v ON v.session_id = a.session_id;

ALTER TABLE outing_escort ADD COLUMN staff_id BIGINT REFERENCES staff (id);
ALTER TABLE outing_escort ADD COLUMN unverified INTEGER NOT NULL DEFAULT 0;
UPDATE outing_escort SET staff_id = (SELECT MIN(s.id) FROM staff s
    WHERE s.full_name = outing_escort.staff_name OR s.username = outing_escort.staff_name HAVING COUNT(*) = 1);
UPDATE outing_escort SET unverified = 1 WHERE staff_id IS NULL;

ALTER TABLE journal_note ADD COLUMN author_staff_id BIGINT REFERENCES staff (id);
ALTER TABLE journal_note ADD COLUMN author_unverified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE journal_note ADD COLUMN signed_by_staff_id BIGINT REFERENCES staff (id);
ALTER TABLE journal_note ADD COLUMN signed_by_unverified INTEGER NOT NULL DEFAULT 0;
ALTER TABLE journal_note ADD COLUMN discarded_at BIGINT;
ALTER TABLE journal_note ADD COLUMN discarded_by TEXT NOT NULL DEFAULT '';
ALTER TABLE journal_note ADD COLUMN discarded_by_staff_id BIGINT REFERENCES staff (id);
UPDATE journal_note SET author_staff_id = (SELECT MIN(s.id) FROM staff s
    WHERE s.full_name || ' (' || s.username || ')' = journal_note.author HAVING COUNT(*) = 1);
UPDATE journal_note SET author_unverified = 1 WHERE author_staff_id IS NULL AND author <> 'system';
UPDATE journal_note SET signed_by_staff_id = (SELECT MIN(s.id) FROM staff s
    WHERE s.full_name || ' (' || s.username || ')' = journal_note.signed_by HAVING COUNT(*) = 1)
    WHERE signed_by <> '';
UPDATE journal_note SET signed_by_unverified = 1
    WHERE signed_by <> '' AND signed_by <> 'system' AND signed_by_staff_id IS NULL;

ALTER TABLE note_version ADD COLUMN author_staff_id BIGINT REFERENCES staff (id);
ALTER TABLE note_version ADD COLUMN author_unverified INTEGER NOT NULL DEFAULT 0;
UPDATE note_version SET author_staff_id = (SELECT MIN(s.id) FROM staff s
    WHERE s.full_name || ' (' || s.username || ')' = note_version.author HAVING COUNT(*) = 1);
UPDATE note_version SET author_unverified = 1 WHERE author_staff_id IS NULL AND author <> 'system'
