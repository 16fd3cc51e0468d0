-- Referral decisions are never overwritten, and an appointment's staff member
-- comes from the staff register (issue 13).

-- Every decision on a referral (assessed, admission planned, admitted,
-- rejected) is a row of its own, carrying the referral's whole state after it
-- and who took it. A decision is changed only by a newer one, so the newest
-- row is the referral's current state and the older rows are its history.
-- A referral with no decision is as it was received (the referral row).
CREATE TABLE referral_decision (
    id {{id}},
    referral_id BIGINT NOT NULL REFERENCES referral (id),
    status TEXT NOT NULL,
    priority INTEGER NOT NULL,
    assessed_on TEXT,
    care_deadline TEXT,
    planned_admission TEXT,
    patient_id BIGINT REFERENCES patient (id),
    reason TEXT NOT NULL DEFAULT '',
    decided_at BIGINT NOT NULL,
    -- NULL for the system (trinnctl, the demo generator) and for decisions
    -- taken before this schema, whose author was never recorded.
    decided_by_staff_id BIGINT REFERENCES staff (id),
    decided_by_name TEXT NOT NULL,
    -- 0: carried over from an earlier schema; the author is not known.
    verified INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX referral_decision_referral ON referral_decision (referral_id, id);

-- The state earlier versions kept on the referral row becomes its first
-- decision, with no author. The referral row's status columns are not written
-- any more.
INSERT INTO referral_decision (referral_id, status, priority, assessed_on, care_deadline, planned_admission, patient_id,
                               reason, decided_at, decided_by_staff_id, decided_by_name, verified)
SELECT id, status, priority, assessed_on, care_deadline, planned_admission, patient_id, status_reason, created_at, NULL, '', 0
FROM referral WHERE status <> 'received';

-- The staff member an appointment is with. Earlier versions kept free text
-- in staff_name; a value that names exactly one staff member (by full name or
-- user name) is linked to that member, any other is kept as written with no
-- staff_id: unverified.
ALTER TABLE appointment ADD COLUMN staff_id BIGINT REFERENCES staff (id);
UPDATE appointment SET staff_id = (
    SELECT s.id FROM staff s WHERE s.full_name = appointment.staff_name OR s.username = appointment.staff_name)
WHERE (SELECT COUNT(*) FROM staff s WHERE s.full_name = appointment.staff_name OR s.username = appointment.staff_name) = 1;
CREATE INDEX appointment_staff ON appointment (staff_id, starts_at);
