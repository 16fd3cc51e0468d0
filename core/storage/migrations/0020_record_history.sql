-- postgresql only
-- The versions of a record that moves on in place (migration 19), for staff
-- who may read that kind of the patient's data: staff read other people's
-- change log rows only through this function, which checks and audits the
-- read on the server. SQLite has no roles: there this step does nothing.
CREATE FUNCTION trinn_record_history(tbl text, records text[], patient bigint)
    RETURNS TABLE (at bigint, operation text, old_values text, new_values text, actor_staff_id bigint, author text,
                   outside_trinn integer, reason text, row_id text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
DECLARE
    data text := CASE tbl WHEN 'medication' THEN 'medication' WHEN 'group_member' THEN 'groups' ELSE 'programs' END;
BEGIN
    IF tbl NOT IN ('episode', 'phase', 'medication', 'step_progress', 'treatment_plan', 'plan_area',
                   'day_attendance', 'group_member', 'follow_up') OR NOT trinn_may(data, 'read') THEN
        RETURN;
    END IF;
    PERFORM trinn_audit_read(ARRAY[patient], 'the history of a record (' || tbl || ')');
    RETURN QUERY SELECT c.at, c.operation, c.old_values, c.new_values, c.actor_staff_id, COALESCE(s.full_name, c.actor_name),
                        c.outside_trinn, c.reason, c.row_id
        FROM change_log c LEFT JOIN staff s ON s.id = c.actor_staff_id
        WHERE c.table_name IN ('episode', 'phase', 'medication', 'step_progress', 'treatment_plan', 'plan_area',
                               'day_attendance', 'group_member', 'follow_up')
          AND c.table_name = tbl AND c.row_id = ANY (records) AND c.patient_id = patient ORDER BY c.id;
END
$f$;
REVOKE EXECUTE ON FUNCTION trinn_record_history(text, text[], bigint) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trinn_record_history(text, text[], bigint) TO trinn_staff;
-- As every function of migration 18 that runs as the owner: only the journal's own tables.
DO $path$
BEGIN
    EXECUTE format('ALTER FUNCTION trinn_record_history(text, text[], bigint) SET search_path = %I, pg_temp', current_schema());
END
$path$;
