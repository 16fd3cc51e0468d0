-- The decision on the right to necessary health care (pasient- og
-- brukerrettighetsloven § 2-1 b), taken at the assessment of a referral to
-- the specialist health service together with the latest start of care
-- (care_deadline): 'granted', 'refused', or '' when no such decision was
-- taken (only received, a service the right does not apply to, or decided
-- before this schema). Every decision row carries it, as it carries the rest
-- of the referral's state.
ALTER TABLE referral_decision ADD COLUMN care_right TEXT NOT NULL DEFAULT '' CHECK (care_right IN ('', 'granted', 'refused'));
