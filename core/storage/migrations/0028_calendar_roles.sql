-- postgresql only
-- A gathering's room and staff (migration 27) are read with the calendar by
-- every role that reads patients' calendars, and changed by those who change
-- programs, as the gathering phases themselves. SQLite has no roles: there
-- this step does nothing. (With the calendar branch's 0027; renumber together.)
REVOKE ALL ON gathering_event FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE, DELETE ON gathering_event TO trinn_staff;
ALTER TABLE gathering_event ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON gathering_event FOR SELECT USING ((SELECT trinn_may('patient', 'read')));
CREATE POLICY trinn_insert ON gathering_event FOR INSERT WITH CHECK ((SELECT trinn_may('programs', 'write')));
CREATE POLICY trinn_update ON gathering_event FOR UPDATE USING ((SELECT trinn_may('programs', 'write')))
    WITH CHECK ((SELECT trinn_may('programs', 'write')));
CREATE POLICY trinn_delete ON gathering_event FOR DELETE USING ((SELECT trinn_may('programs', 'write')));
