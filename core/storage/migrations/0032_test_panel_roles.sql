-- postgresql only
-- Panels name no patient: every staff member who records a test may add one,
-- and nobody changes or removes one, since every test of that panel reads
-- its negatives from it. analyte_result runs with its owner's rights, so
-- staff do not read it: they read results through trinn_test_results, which
-- checks and audits the read as before.
REVOKE ALL ON test_panel, test_panel_analyte, analyte_result FROM PUBLIC;
GRANT SELECT, INSERT ON test_panel, test_panel_analyte TO trinn_staff;
ALTER TABLE test_panel ENABLE ROW LEVEL SECURITY;
ALTER TABLE test_panel_analyte ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON test_panel FOR SELECT USING ((SELECT trinn_may('tests', 'read')));
CREATE POLICY trinn_insert ON test_panel FOR INSERT WITH CHECK ((SELECT trinn_may('tests', 'write')));
CREATE POLICY trinn_read ON test_panel_analyte FOR SELECT USING ((SELECT trinn_may('tests', 'read')));
CREATE POLICY trinn_insert ON test_panel_analyte FOR INSERT WITH CHECK ((SELECT trinn_may('tests', 'write')));
CREATE TRIGGER trinn_kept BEFORE UPDATE OR DELETE ON test_panel FOR EACH ROW EXECUTE FUNCTION trinn_refuse_change();
CREATE TRIGGER trinn_kept BEFORE UPDATE OR DELETE ON test_panel_analyte FOR EACH ROW EXECUTE FUNCTION trinn_refuse_change();

CREATE OR REPLACE FUNCTION trinn_test_results(test_ids bigint[])
    RETURNS TABLE (test_id bigint, analyte text, screen_positive integer, value real, unit text, cutoff real, confirmed text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
DECLARE
    patients bigint[];
BEGIN
    IF NOT trinn_may('tests', 'read') THEN
        RETURN;
    END IF;
    SELECT array_agg(DISTINCT t.patient_id) INTO patients FROM substance_test t WHERE t.id = ANY (test_ids);
    IF patients IS NULL THEN
        RETURN;
    END IF;
    PERFORM trinn_audit_read(patients, 'substance test results');
    RETURN QUERY SELECT r.test_id, r.analyte, r.screen_positive, r.value, r.unit, r.cutoff, r.confirmed
        FROM analyte_result r WHERE r.test_id = ANY (test_ids) ORDER BY r.test_id, r.ordinal;
END
$f$;
