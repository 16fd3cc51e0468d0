-- What valid data looks like, stated in the schema so that the database
-- itself finds a value that damage changed: SQLite's integrity_check and
-- quick_check report a row that breaks a CHECK constraint, and `trinnctl
-- check` names its table and row (PostgreSQL refuses such a row outright).
-- SQLite cannot add a constraint to a table, so the journal runs each
-- ALTER TABLE … ADD CONSTRAINT … CHECK there as a rebuild of the table (a
-- new table with the constraints, the rows copied, the old one dropped);
-- the rules are the same text on both backends. Existing rows must pass.
-- {{date:COLUMN}} is "COLUMN has the shape YYYY-MM-DD" (GLOB on SQLite, a
-- regular expression on PostgreSQL); a NULL date passes, as CHECK lets it.
-- Only values Trinn has always written this way are constrained.

ALTER TABLE patient ADD CONSTRAINT patient_birth_date_is_date CHECK ({{date:birth_date}});
ALTER TABLE patient ADD CONSTRAINT patient_id_kind_known CHECK (id_kind IN ('F', 'D', 'H'));

ALTER TABLE episode ADD CONSTRAINT episode_status_known
    CHECK (status IN ('planned', 'active', 'completed', 'discharged', 'cancelled'));
ALTER TABLE episode ADD CONSTRAINT episode_start_date_is_date CHECK ({{date:start_date}});
ALTER TABLE episode ADD CONSTRAINT episode_end_date_is_date CHECK ({{date:end_date}});

ALTER TABLE phase ADD CONSTRAINT phase_status_known
    CHECK (status IN ('planned', 'active', 'completed', 'skipped', 'cancelled'));
ALTER TABLE phase ADD CONSTRAINT phase_planned_start_is_date CHECK ({{date:planned_start}});
ALTER TABLE phase ADD CONSTRAINT phase_planned_end_is_date CHECK ({{date:planned_end}});
ALTER TABLE phase ADD CONSTRAINT phase_actual_start_is_date CHECK ({{date:actual_start}});
ALTER TABLE phase ADD CONSTRAINT phase_actual_end_is_date CHECK ({{date:actual_end}});
ALTER TABLE phase ADD CONSTRAINT phase_residential_is_flag CHECK (residential IN (0, 1));
ALTER TABLE phase ADD CONSTRAINT phase_days_not_negative CHECK (min_days >= 0 AND max_days >= 0 AND max_months >= 0);

ALTER TABLE medication ADD CONSTRAINT medication_start_date_is_date CHECK ({{date:start_date}});
ALTER TABLE medication ADD CONSTRAINT medication_stop_date_is_date CHECK ({{date:stop_date}});

ALTER TABLE substance_test ADD CONSTRAINT substance_test_sample_day_is_date CHECK ({{date:sample_day}});
ALTER TABLE substance_test ADD CONSTRAINT substance_test_sample_type_known
    CHECK (sample_type IN ('urine', 'breath', 'saliva', 'blood'));
ALTER TABLE substance_test ADD CONSTRAINT substance_test_lab_status_known
    CHECK (lab_status IN ('none', 'pending', 'confirmed'));
ALTER TABLE substance_test ADD CONSTRAINT substance_test_change_kind_known
    CHECK (change_kind IN ('recorded', 'corrected', 'lab'));

ALTER TABLE group_member ADD CONSTRAINT group_member_enrolled_on_is_date CHECK ({{date:enrolled_on}});
ALTER TABLE group_member ADD CONSTRAINT group_member_status_known CHECK (status IN ('active', 'completed', 'left'));

ALTER TABLE group_session ADD CONSTRAINT group_session_status_known CHECK (status IN ('planned', 'held', 'cancelled'));

ALTER TABLE attendance ADD CONSTRAINT attendance_status_known
    CHECK (status IN ('present', 'absent-notice', 'absent', 'late'));
ALTER TABLE attendance_version ADD CONSTRAINT attendance_version_status_known
    CHECK (status IN ('present', 'absent-notice', 'absent', 'late'));

ALTER TABLE referral ADD CONSTRAINT referral_received_on_is_date CHECK ({{date:received_on}});
ALTER TABLE referral ADD CONSTRAINT referral_assessed_on_is_date CHECK ({{date:assessed_on}});
ALTER TABLE referral ADD CONSTRAINT referral_status_known
    CHECK (status IN ('received', 'assessed', 'waiting', 'admitted', 'rejected'));
ALTER TABLE referral ADD CONSTRAINT referral_priority_in_range CHECK (priority BETWEEN 1 AND 3);

ALTER TABLE referral_decision ADD CONSTRAINT referral_decision_status_known
    CHECK (status IN ('received', 'assessed', 'waiting', 'admitted', 'rejected'));
ALTER TABLE referral_decision ADD CONSTRAINT referral_decision_assessed_on_is_date CHECK ({{date:assessed_on}});

ALTER TABLE bed_stay ADD CONSTRAINT bed_stay_start_date_is_date CHECK ({{date:start_date}});
ALTER TABLE bed_stay ADD CONSTRAINT bed_stay_end_date_is_date CHECK ({{date:end_date}});
ALTER TABLE bed_stay ADD CONSTRAINT bed_stay_nights_in_order CHECK (end_date >= start_date);
