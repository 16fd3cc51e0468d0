-- postgresql only
-- Who a program is for (migration 24) is read by every staff role, like the
-- templates; only the owner changes it. SQLite has no roles: there this step
-- does nothing.
REVOKE ALL ON program_eligibility FROM PUBLIC;
GRANT SELECT ON program_eligibility TO trinn_staff;
ALTER TABLE program_eligibility ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON program_eligibility FOR SELECT USING (true);
