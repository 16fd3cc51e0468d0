-- A referral names its person by national id too (issue 16), as the referrer
-- gave it; empty for referrals received before, or without one. Once the
-- person is registered the referral links to the patient (patient_id).
ALTER TABLE referral ADD COLUMN national_id TEXT NOT NULL DEFAULT '';
