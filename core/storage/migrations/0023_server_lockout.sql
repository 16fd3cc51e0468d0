-- postgresql only
-- A wrong password on PostgreSQL is refused by the server before Trinn's own
-- sign-in runs, so Trinn's count of failures never saw it (issue 14). Now:
--
-- * The server enforces a lock: when an account's locked_until is set, its
--   login role's password stops being valid (VALID UNTIL in the past); when
--   the lock is lifted (it ran out, a password reset), the role takes its
--   password again. A trigger on staff keeps the two together, whoever locks.
-- * A refused workstation reports the failure: it connects as trinn_signin,
--   a login that may do one thing only, call trinn_gate.failed_sign_in. That
--   counts the failure atomically (the staff row is locked), locks the account
--   after 5 failures in all for 15 minutes (StaffStore::lockAfterFailures and
--   lockMinutes, which the sign-in race test checks on both backends), and
--   writes the refusal to the audit log on the server. trinn_signin has no
--   USAGE on the journal's schema and no table privileges: it cannot read or
--   write anything else. Its password is the same in every Trinn (the role
--   proves nothing); what it can do is what a guesser at the login prompt can
--   do anyway, lock an account by failing.
-- SQLite has no server logins: there this step does nothing.

DO $role$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'trinn_signin') THEN
        BEGIN
            CREATE ROLE trinn_signin LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT NOBYPASSRLS PASSWORD 'trinn-signin';
        EXCEPTION WHEN duplicate_object OR unique_violation THEN
            NULL; -- made meanwhile by another journal's migration
        END;
    END IF;
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO trinn_signin', current_database());
END
$role$;

-- The server's lock follows the journal's.
CREATE FUNCTION trinn_follow_lock() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $f$
DECLARE
    now_ms bigint := floor(extract(epoch FROM clock_timestamp()) * 1000);
BEGIN
    -- Only a staff login is touched, never the owner or postgres.
    IF NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                   WHERE g.rolname = 'trinn_staff' AND u.rolname = NEW.username) THEN
        RETURN NULL;
    END IF;
    IF NEW.locked_until IS NOT NULL AND NEW.locked_until > now_ms THEN
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', NEW.username, '1970-01-01 00:00:00+00');
    ELSIF OLD.locked_until IS NOT NULL THEN
        EXECUTE format('ALTER ROLE %I VALID UNTIL %L', NEW.username, 'infinity');
    END IF;
    RETURN NULL;
END
$f$;
CREATE TRIGGER trinn_follow_lock AFTER UPDATE OF locked_until ON staff FOR EACH ROW
    WHEN (OLD.locked_until IS DISTINCT FROM NEW.locked_until) EXECUTE FUNCTION trinn_follow_lock();

CREATE SCHEMA trinn_gate;
GRANT USAGE ON SCHEMA trinn_gate TO trinn_signin;

-- Answers 'refused', 'locked <ms>' (locked already, until then), 'locked-now
-- <ms>' (this failure locked it) or 'retry' (the lock had run out and is
-- lifted: the refusal may have been the lock's, so sign in again).
CREATE FUNCTION trinn_gate.failed_sign_in(account text, workstation text) RETURNS text
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
DECLARE
    now_ms bigint := floor(extract(epoch FROM clock_timestamp()) * 1000);
    staff_id bigint;
    locked bigint;
    failures integer;
    answer text := 'refused';
BEGIN
    SELECT id, locked_until INTO staff_id, locked FROM staff WHERE username = account FOR UPDATE;
    IF staff_id IS NOT NULL AND locked IS NOT NULL AND locked <= now_ms THEN
        UPDATE staff SET failed_logins = 0, locked_until = NULL WHERE id = staff_id;
        RETURN 'retry';
    END IF;
    IF staff_id IS NOT NULL AND locked IS NOT NULL THEN
        answer := 'locked ' || locked;
    ELSIF staff_id IS NOT NULL THEN
        UPDATE staff SET failed_logins = failed_logins + 1 WHERE id = staff_id RETURNING failed_logins INTO failures;
        IF failures >= 5 THEN
            locked := now_ms + 15 * 60000;
            UPDATE staff SET failed_logins = 0, locked_until = locked WHERE id = staff_id;
            answer := 'locked-now ' || locked;
        END IF;
    END IF;
    -- Named as on SQLite: the workstation (system) failed to sign in as the account.
    PERFORM trinn_audit_write(now_ms, 'system', left(workstation, 200), ARRAY[]::bigint[], 'refused',
                              'failed to sign in as ' || left(account, 200), '');
    RETURN answer;
END
$f$;
REVOKE EXECUTE ON FUNCTION trinn_gate.failed_sign_in(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trinn_gate.failed_sign_in(text, text) TO trinn_signin;

DO $path$
BEGIN
    EXECUTE format('ALTER FUNCTION trinn_gate.failed_sign_in(text, text) SET search_path = %I, pg_temp', current_schema());
    EXECUTE format('ALTER FUNCTION trinn_follow_lock() SET search_path = %I, pg_temp', current_schema());
END
$path$;
