-- The calendar asks for Phase 2 gatherings and admissions by date: index them,
-- so that a week costs the same in a ten-year journal as in a new one.
CREATE INDEX phase_kind_end ON phase (kind, planned_end);
CREATE INDEX bed_stay_start ON bed_stay (start_date);
CREATE INDEX family_stay_start ON family_stay (start_date);
