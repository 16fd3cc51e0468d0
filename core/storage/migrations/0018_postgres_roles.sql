-- postgresql only
-- PostgreSQL enforces Trinn's roles itself (issue 14). SQLite has no roles:
-- there this step does nothing (the file's first line says so).
--
-- Who is who: every staff account is a LOGIN role of the same name (SCRAM,
-- made by trinn_create_login when an administrator adds the account), member
-- of trinn_staff and of one group per Trinn role (trinn_nurse,
-- trinn_therapist, trinn_coordinator, trinn_admin). The tables belong to the
-- role that ran this step (the journal's owner, never used on a workstation).
-- The policies name the staff member by session_user mapped to staff.username
-- and take the roles from this journal's staff row, so one server may hold
-- several journals. A session that is no staff login (the owner, a superuser)
-- is the system.
--
-- What is enforced: row-level security on every table of a patient's data
-- mirrors core/access/accesspolicy.cpp (care team and emergency access
-- included); the audit log and the change log take only INSERTs from staff;
-- signed notes, note versions, tests and other kept versions refuse UPDATE
-- and DELETE from every staff role; the text of notes and the analyte results
-- of tests are readable only through functions that check the policy and
-- write an audit record on the server.

-- The group roles (cluster-wide; another journal on the server may have made them).
DO $roles$
DECLARE
    name text;
BEGIN
    FOREACH name IN ARRAY ARRAY['trinn_staff', 'trinn_nurse', 'trinn_therapist', 'trinn_coordinator', 'trinn_admin'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = name) THEN
            BEGIN
                EXECUTE format('CREATE ROLE %I NOLOGIN', name);
            EXCEPTION WHEN duplicate_object OR unique_violation THEN
                NULL; -- made meanwhile by another journal's migration
            END;
        END IF;
    END LOOP;
END
$roles$;

-- Only Trinn's staff (and the owner) connect to this database; nobody but the
-- owner creates objects in its schema.
DO $connect$
BEGIN
    EXECUTE format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database());
    EXECUTE format('GRANT CONNECT ON DATABASE %I TO trinn_staff', current_database());
    EXECUTE format('REVOKE CREATE ON SCHEMA %I FROM PUBLIC', current_schema());
    EXECUTE format('GRANT USAGE ON SCHEMA %I TO trinn_staff', current_schema());
END
$connect$;

-- Emergency access of a staff member's session: written by
-- trinn_begin_emergency (with an audit record on the server), read by the
-- policies. Keyed by the server process and its start, so it ends with the session.
CREATE TABLE trinn_emergency (
    id {{id}},
    staff_id BIGINT NOT NULL REFERENCES staff (id),
    backend_pid INTEGER NOT NULL,
    backend_start TIMESTAMPTZ NOT NULL,
    reason TEXT NOT NULL,
    began_at BIGINT NOT NULL,
    ended_at BIGINT
);
CREATE INDEX trinn_emergency_backend ON trinn_emergency (backend_pid, backend_start);

-- True when this session is a staff member's login (a direct member of
-- trinn_staff); false for the owner and superusers, who are the system.
CREATE FUNCTION trinn_is_staff_session() RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS $f$
    SELECT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid
                   JOIN pg_roles u ON u.oid = m.member
                   WHERE g.rolname = 'trinn_staff' AND u.rolname = session_user)
$f$;

-- The staff member of this session (active accounts only), or NULL.
CREATE FUNCTION trinn_staff_id() RETURNS bigint LANGUAGE sql STABLE SECURITY DEFINER AS $f$
    SELECT id FROM staff WHERE username = session_user::text AND active = 1
$f$;

CREATE FUNCTION trinn_has_role(role_code text) RETURNS boolean LANGUAGE sql STABLE SECURITY DEFINER AS $f$
    SELECT COALESCE((SELECT role_code = ANY (string_to_array(roles, ','))
                     FROM staff WHERE username = session_user::text AND active = 1), false)
$f$;

-- The reason of this session's emergency access, or ''.
CREATE FUNCTION trinn_emergency_reason() RETURNS text LANGUAGE sql STABLE SECURITY DEFINER AS $f$
    SELECT COALESCE((SELECT e.reason FROM trinn_emergency e
                     WHERE e.backend_pid = pg_backend_pid() AND e.ended_at IS NULL
                       AND e.staff_id = (SELECT s.id FROM staff s WHERE s.username = session_user::text AND s.active = 1)
                       AND e.backend_start = (SELECT a.backend_start FROM pg_stat_activity a WHERE a.pid = pg_backend_pid())
                     ORDER BY e.id DESC LIMIT 1), '')
$f$;

-- The role matrix of core/access/accesspolicy.cpp (roleAllows) without the
-- care team, which trinn_may_note adds for therapy notes. Data codes:
-- patient, tests, medication, therapy_notes, care_notes, programs, groups,
-- referrals, beds, staff, audit; action: read or write.
CREATE FUNCTION trinn_role_allows(role_code text, data text, action text) RETURNS boolean LANGUAGE sql IMMUTABLE AS $f$
    SELECT CASE role_code
        WHEN 'nurse' THEN data IN ('patient', 'tests', 'medication', 'care_notes', 'groups')
                          OR (data IN ('programs', 'beds') AND action = 'read')
        WHEN 'therapist' THEN data IN ('patient', 'therapy_notes', 'care_notes', 'programs', 'groups')
                              OR (data IN ('tests', 'medication', 'beds', 'referrals') AND action = 'read')
        WHEN 'coordinator' THEN data IN ('patient', 'referrals', 'beds', 'programs')
                                OR (data = 'groups' AND action = 'read')
        WHEN 'administrator' THEN data IN ('staff', 'audit', 'programs', 'patient', 'beds')
                                  OR (data = 'referrals' AND action = 'read')
        ELSE false END
$f$;

-- AccessPolicy::allows for the session's staff member: the system may do
-- anything; staff what one of their roles allows; emergency access opens
-- patient data, never staff accounts or the audit log.
CREATE FUNCTION trinn_may(data text, action text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER AS $f$
DECLARE
    codes text[];
    code text;
BEGIN
    IF NOT trinn_is_staff_session() THEN
        RETURN true;
    END IF;
    SELECT string_to_array(roles, ',') INTO codes FROM staff WHERE username = session_user::text AND active = 1;
    IF codes IS NULL THEN
        RETURN false;
    END IF;
    IF data = 'directory' THEN
        RETURN action = 'read';
    END IF;
    FOREACH code IN ARRAY codes LOOP
        IF trinn_role_allows(code, data, action) THEN
            RETURN true;
        END IF;
    END LOOP;
    RETURN data NOT IN ('staff', 'audit', 'directory') AND trinn_emergency_reason() <> '';
END
$f$;

-- A note of this type of this patient: therapy notes (individual sessions,
-- group notes) also for a nurse on the patient's care team.
CREATE FUNCTION trinn_may_note(note_type text, patient bigint, action text) RETURNS boolean LANGUAGE plpgsql STABLE SECURITY DEFINER AS $f$
BEGIN
    IF note_type NOT IN ('individual-session', 'group') THEN
        RETURN trinn_may('care_notes', action);
    END IF;
    IF trinn_may('therapy_notes', action) THEN
        RETURN true;
    END IF;
    RETURN trinn_has_role('nurse')
        AND EXISTS (SELECT 1 FROM care_team c WHERE c.patient_id = patient AND c.staff_id = trinn_staff_id());
END
$f$;

-- Every table of a patient's data (and the schedule and templates around it):
-- the staff roles get the table privileges, which emergency access needs, and
-- row-level security decides by the matrix. 'schedule' tables are read by
-- everyone who reads patients (the clinic calendar) and written as groups.
DO $tables$
DECLARE
    t record;
    read_data text;
    write_data text;
BEGIN
    FOR t IN SELECT * FROM (VALUES
        ('patient', 'patient'), ('patient_term', 'patient'), ('next_of_kin', 'patient'), ('care_team', 'patient'),
        ('appointment', 'patient'),
        ('substance_test', 'tests'), ('test_result', 'tests'),
        ('medication', 'medication'),
        ('episode', 'programs'), ('phase', 'programs'), ('criteria_assessment', 'programs'), ('step_progress', 'programs'),
        ('coercion', 'programs'), ('relative_advice', 'programs'), ('family_stay', 'programs'), ('follow_up', 'programs'),
        ('relapse_assessment', 'programs'), ('day_attendance', 'programs'), ('treatment_plan', 'programs'),
        ('plan_area', 'programs'), ('program_template', 'programs'), ('phase_template', 'programs'),
        ('program_criterion', 'programs'),
        ('therapy_group', 'schedule'), ('group_leader', 'schedule'), ('group_session', 'schedule'),
        ('outing', 'schedule'), ('outing_escort', 'schedule'),
        ('group_criterion', 'groups'), ('group_member', 'groups'), ('member_assessment', 'groups'),
        ('attendance', 'groups'), ('group_session_version', 'groups'), ('attendance_version', 'groups'),
        ('outing_participant', 'groups'),
        ('referral', 'referrals'), ('referral_decision', 'referrals'),
        ('bed', 'beds'), ('bed_stay', 'beds')) AS m(tbl, data)
    LOOP
        read_data := CASE WHEN t.data = 'schedule' THEN 'patient' ELSE t.data END;
        write_data := CASE WHEN t.data = 'schedule' THEN 'groups' ELSE t.data END;
        EXECUTE format('REVOKE ALL ON %I FROM PUBLIC', t.tbl);
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO trinn_staff', t.tbl);
        EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t.tbl);
        EXECUTE format('CREATE POLICY trinn_read ON %I FOR SELECT USING ((SELECT trinn_may(%L, ''read'')))', t.tbl, read_data);
        EXECUTE format('CREATE POLICY trinn_insert ON %I FOR INSERT WITH CHECK ((SELECT trinn_may(%L, ''write'')))', t.tbl, write_data);
        EXECUTE format('CREATE POLICY trinn_update ON %I FOR UPDATE USING ((SELECT trinn_may(%L, ''write''))) '
                       'WITH CHECK ((SELECT trinn_may(%L, ''write'')))', t.tbl, write_data, write_data);
        EXECUTE format('CREATE POLICY trinn_delete ON %I FOR DELETE USING ((SELECT trinn_may(%L, ''write'')))', t.tbl, write_data);
    END LOOP;
END
$tables$;

-- Analyte results: their values only through trinn_test_results (audited).
REVOKE SELECT ON test_result FROM trinn_staff;
GRANT SELECT (id, test_id) ON test_result TO trinn_staff;

-- Journal notes by their type, with the care team; their text only through
-- trinn_note_versions (audited).
REVOKE ALL ON journal_note, note_version FROM PUBLIC;
GRANT SELECT, INSERT, UPDATE ON journal_note TO trinn_staff;
GRANT SELECT (id, note_id, version, reason, author, author_staff_id, author_unverified, written_at) ON note_version TO trinn_staff;
GRANT INSERT, UPDATE (body, written_at) ON note_version TO trinn_staff;
ALTER TABLE journal_note ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON journal_note FOR SELECT USING (trinn_may_note(note_type, patient_id, 'read'));
CREATE POLICY trinn_insert ON journal_note FOR INSERT WITH CHECK (trinn_may_note(note_type, patient_id, 'write'));
CREATE POLICY trinn_update ON journal_note FOR UPDATE USING (trinn_may_note(note_type, patient_id, 'write'))
    WITH CHECK (trinn_may_note(note_type, patient_id, 'write'));
ALTER TABLE note_version ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON note_version FOR SELECT USING (EXISTS (SELECT 1 FROM journal_note n WHERE n.id = note_id));
CREATE POLICY trinn_insert ON note_version FOR INSERT
    WITH CHECK (EXISTS (SELECT 1 FROM journal_note n WHERE n.id = note_id AND trinn_may_note(n.note_type, n.patient_id, 'write')));
CREATE POLICY trinn_update ON note_version FOR UPDATE
    USING (EXISTS (SELECT 1 FROM journal_note n WHERE n.id = note_id AND trinn_may_note(n.note_type, n.patient_id, 'write')));

-- Staff accounts: everyone reads the register (never the password hashes);
-- administrators add and change accounts; a sign-in resets its own count.
REVOKE ALL ON staff FROM PUBLIC;
GRANT SELECT (id, username, full_name, roles, active, failed_logins, locked_until, created_at) ON staff TO trinn_staff;
GRANT UPDATE (failed_logins, locked_until) ON staff TO trinn_staff;
GRANT INSERT, UPDATE ON staff TO trinn_admin;
ALTER TABLE staff ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON staff FOR SELECT USING ((SELECT trinn_may('directory', 'read')));
CREATE POLICY trinn_insert ON staff FOR INSERT WITH CHECK ((SELECT trinn_may('staff', 'write')));
CREATE POLICY trinn_update ON staff FOR UPDATE USING (username = session_user::text OR (SELECT trinn_may('staff', 'write')));

-- The audit log and the change log: staff only append. Administrators read
-- the audit log; a staff member reads back the change log rows of their own
-- writes (to seal them into the audit chain at commit).
REVOKE ALL ON audit_log, audit_patient, audit_patient_day, audit_seal, audit_seal_key, change_log, trinn_meta, schema_version, write_actor,
    trinn_emergency FROM PUBLIC;
GRANT SELECT ON audit_log, audit_patient, audit_patient_day, audit_seal TO trinn_admin;
GRANT SELECT, INSERT ON change_log TO trinn_staff;
GRANT SELECT ON trinn_meta, schema_version TO trinn_staff;
ALTER TABLE audit_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON audit_log FOR SELECT USING ((SELECT trinn_may('audit', 'read')));
ALTER TABLE audit_patient ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON audit_patient FOR SELECT USING ((SELECT trinn_may('audit', 'read')));
ALTER TABLE audit_patient_day ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON audit_patient_day FOR SELECT USING ((SELECT trinn_may('audit', 'read')));
ALTER TABLE audit_seal ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON audit_seal FOR SELECT USING ((SELECT trinn_may('audit', 'read')));
-- Every workstation seals what it appends, so every staff login reads the
-- sealing key (the key of the epoch to come, as in a SQLite journal: it
-- cannot seal an epoch sealed before). It changes only through trinn_audit_seal.
GRANT SELECT ON audit_seal_key TO trinn_staff;
ALTER TABLE audit_seal_key ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON audit_seal_key FOR SELECT USING (true);
ALTER TABLE change_log ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON change_log FOR SELECT USING (actor_name = session_user::text OR (SELECT trinn_may('audit', 'read')));
CREATE POLICY trinn_insert ON change_log FOR INSERT WITH CHECK (true);

-- The audit chain on the server. Staff append only through trinn_audit_append
-- (or the reading functions below), never by INSERT: a record is chained here,
-- under the lock Trinn's writers queue on, given the next id, and named after
-- the session's staff member, whatever the client said. The formula is
-- AuditLog::hashOf's (core/storage/auditlog.cpp): a record for many patients
-- also hashes their ids, ascending and comma separated, which `shown` carries
-- for the hash; audit_patient holds the same list, where the check reads it.
-- The owner's own records (hash given, e.g. a repair) are kept as written.
ALTER TABLE audit_log ADD COLUMN shown TEXT NOT NULL DEFAULT '';
CREATE FUNCTION trinn_audit_chain() RETURNS trigger LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
BEGIN
    IF NOT trinn_is_staff_session() AND NEW.hash <> '' THEN
        RETURN NEW;
    END IF;
    PERFORM pg_advisory_xact_lock(7470357);
    IF trinn_is_staff_session() THEN
        NEW.actor := session_user::text;
    END IF;
    NEW.id := COALESCE((SELECT MAX(a.id) FROM audit_log a), 0) + 1;
    NEW.previous_hash := COALESCE((SELECT a.hash FROM audit_log a ORDER BY a.id DESC LIMIT 1), repeat('0', 64));
    NEW.hash := encode(sha256(convert_to(concat_ws(chr(31), NEW.previous_hash, NEW.at::text, NEW.actor, NEW.workstation,
                                                   COALESCE(NEW.patient_id, 0)::text, NEW.action, NEW.what,
                                                   NEW.emergency_reason, NULLIF(NEW.shown, '')), 'UTF8')), 'hex');
    RETURN NEW;
END
$f$;
CREATE TRIGGER trinn_audit_chain BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE FUNCTION trinn_audit_chain();

-- One audit record, with its patients when it is for many: one patient (or
-- none) is the record's patient_id, several are listed in audit_patient, as
-- AuditLog::appendMany does it. Returns the record's id and hash.
CREATE FUNCTION trinn_audit_write(at_ms bigint, actor text, workstation text, patients bigint[], action text, what text, emergency text,
                                  OUT record_id bigint, OUT record_hash text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
DECLARE
    listed bigint[];
    single bigint;
BEGIN
    IF cardinality(patients) > 1 THEN
        SELECT array_agg(DISTINCT p ORDER BY p) INTO listed FROM unnest(patients) p WHERE p <> 0;
        IF cardinality(listed) = 1 THEN
            single := listed[1];
            listed := NULL;
        END IF;
    ELSIF cardinality(patients) = 1 THEN
        single := NULLIF(patients[1], 0);
    END IF;
    INSERT INTO audit_log (at, actor, workstation, patient_id, action, what, emergency_reason, shown, previous_hash, hash)
    VALUES (at_ms, actor, workstation, single, action, what, emergency, COALESCE(array_to_string(listed, ','), ''), '', '')
    RETURNING id, hash INTO record_id, record_hash;
    IF listed IS NOT NULL THEN
        INSERT INTO audit_patient (audit_id, patient_id) SELECT record_id, p FROM unnest(listed) p;
        -- The days by which each patient's audit log finds it (migration 15).
        INSERT INTO audit_patient_day (patient_id, day) SELECT p, at_ms / 86400000 FROM unnest(listed) p ON CONFLICT DO NOTHING;
    END IF;
END
$f$;
REVOKE EXECUTE ON FUNCTION trinn_audit_write(bigint, text, text, bigint[], text, text, text) FROM PUBLIC;

-- A workstation's audit record (AuditLog::appendMany on PostgreSQL); a staff
-- login's record names the login, whatever `actor` says.
CREATE FUNCTION trinn_audit_append(at_ms bigint, actor text, workstation text, patients bigint[], action text, what text, emergency text,
                                   OUT record_id bigint, OUT record_hash text)
    LANGUAGE sql VOLATILE SECURITY DEFINER AS $f$
    SELECT w.record_id, w.record_hash FROM trinn_audit_write(at_ms, actor, workstation, patients, action, what, emergency) w
$f$;

-- The records after the last seal, which the next seal covers (with those the
-- server wrote itself), and the head of the log; for staff, who cannot read it.
CREATE FUNCTION trinn_audit_unsealed(OUT first_id bigint, OUT last_id bigint, OUT record_count bigint, OUT head_id bigint,
                                     OUT head_hash text)
    LANGUAGE sql STABLE SECURITY DEFINER AS $f$
    SELECT COALESCE(MIN(a.id), 0), COALESCE(MAX(a.id), 0), COUNT(*),
           COALESCE((SELECT MAX(h.id) FROM audit_log h), 0),
           COALESCE((SELECT h.hash FROM audit_log h ORDER BY h.id DESC LIMIT 1), repeat('0', 64))
    FROM audit_log a WHERE a.id > COALESCE((SELECT k.sealed_up_to FROM audit_seal_key k WHERE k.slot = 1), 0)
$f$;

-- The one way a seal is written and the sealing key moves on: the seal must
-- be of the key's epoch and cover exactly the records after the last seal, up
-- to the head. Sealing starts (epoch 0, no key yet) only for an administrator
-- or the system. Seals are never changed afterwards (trinn_kept).
CREATE FUNCTION trinn_audit_seal(seal_epoch bigint, first_id bigint, last_id bigint, records bigint, head text, at_ms bigint,
                                 key_check text, seal_mac text, next_key text)
    RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
DECLARE
    key_epoch bigint;
    pending record;
BEGIN
    PERFORM pg_advisory_xact_lock(7470357);
    SELECT k.epoch INTO key_epoch FROM audit_seal_key k WHERE k.slot = 1;
    IF key_epoch IS NULL THEN
        IF seal_epoch <> 0 OR EXISTS (SELECT 1 FROM audit_seal)
                OR (trinn_is_staff_session() AND NOT trinn_may('audit', 'read')) THEN
            RAISE EXCEPTION 'Only an administrator starts sealing the audit log.' USING ERRCODE = 'insufficient_privilege';
        END IF;
    ELSIF key_epoch <> seal_epoch THEN
        RAISE EXCEPTION 'The seal is of epoch %, the sealing key of epoch %.', seal_epoch, key_epoch
            USING ERRCODE = 'serialization_failure';
    END IF;
    SELECT * INTO pending FROM trinn_audit_unsealed();
    IF pending.record_count <> records OR (records > 0 AND (pending.first_id <> first_id OR pending.last_id <> last_id
                                                            OR pending.head_hash <> head)) THEN
        RAISE EXCEPTION 'The seal does not cover the audit records after the last seal.' USING ERRCODE = 'integrity_constraint_violation';
    END IF;
    INSERT INTO audit_seal (epoch, first_audit_id, last_audit_id, record_count, head_hash, sealed_at, next_key_check, mac)
    VALUES (seal_epoch, first_id, last_id, records, head, at_ms, key_check, seal_mac);
    IF key_epoch IS NULL THEN
        INSERT INTO audit_seal_key (slot, epoch, sealing_key, sealed_up_to) VALUES (1, seal_epoch + 1, next_key, last_id);
    ELSE
        UPDATE audit_seal_key SET epoch = seal_epoch + 1, sealing_key = next_key, sealed_up_to = last_id WHERE slot = 1;
    END IF;
END
$f$;

-- A staff member's change log row names them, whatever the transaction's settings say.
CREATE FUNCTION trinn_log_actor() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $f$
BEGIN
    IF trinn_is_staff_session() THEN
        NEW.actor_name := session_user::text;
        NEW.actor_staff_id := trinn_staff_id();
    END IF;
    RETURN NEW;
END
$f$;
CREATE TRIGGER trinn_log_actor BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION trinn_log_actor();

-- Records that are never changed: refused for every staff role, whatever its
-- grants (the owner may still repair or migrate).
CREATE FUNCTION trinn_refuse_change() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $f$
BEGIN
    IF trinn_is_staff_session() THEN
        RAISE EXCEPTION 'Trinn keeps % as written: % is refused.', TG_TABLE_NAME, TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$f$;
DO $kept$
DECLARE
    tbl text;
BEGIN
    FOREACH tbl IN ARRAY ARRAY['audit_log', 'audit_patient', 'audit_seal', 'change_log', 'test_result', 'group_session_version', 'attendance_version',
                                'referral_decision'] LOOP
        EXECUTE format('CREATE TRIGGER trinn_kept BEFORE UPDATE OR DELETE ON %I FOR EACH ROW EXECUTE FUNCTION trinn_refuse_change()', tbl);
        EXECUTE format('REVOKE UPDATE, DELETE, TRUNCATE ON %I FROM trinn_staff', tbl);
    END LOOP;
    FOREACH tbl IN ARRAY ARRAY['audit_log', 'audit_patient', 'audit_seal', 'audit_seal_key', 'change_log'] LOOP
        EXECUTE format('CREATE TRIGGER trinn_kept_truncate BEFORE TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION trinn_refuse_change()', tbl);
    END LOOP;
END
$kept$;

-- A test is corrected by a new version: the old one is only marked replaced.
REVOKE UPDATE, DELETE ON substance_test FROM trinn_staff;
GRANT UPDATE (is_current) ON substance_test TO trinn_staff;
CREATE FUNCTION trinn_keep_test() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $f$
BEGIN
    IF trinn_is_staff_session() AND (TG_OP = 'DELETE' OR NEW.is_current <> 0
            OR (to_jsonb(NEW) - 'is_current') <> (to_jsonb(OLD) - 'is_current')) THEN
        RAISE EXCEPTION 'Trinn keeps substance tests as written: % is refused; record a correction.', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END
$f$;
CREATE TRIGGER trinn_kept BEFORE UPDATE OR DELETE ON substance_test FOR EACH ROW EXECUTE FUNCTION trinn_keep_test();

-- A signed note keeps its text and signature: only the pointer to its newest
-- correction moves. A note's versions are never deleted; a draft's one
-- version is rewritten only while the note is an unsigned, kept draft.
CREATE FUNCTION trinn_keep_note() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $f$
BEGIN
    IF NOT trinn_is_staff_session() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'Trinn keeps journal notes: DELETE is refused.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF OLD.signed_at IS NOT NULL
            AND ((to_jsonb(NEW) - 'current_version') <> (to_jsonb(OLD) - 'current_version')
                 OR NEW.current_version < OLD.current_version) THEN
        RAISE EXCEPTION 'A signed note is never changed: write a correction.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$f$;
CREATE TRIGGER trinn_kept BEFORE UPDATE OR DELETE ON journal_note FOR EACH ROW EXECUTE FUNCTION trinn_keep_note();
CREATE FUNCTION trinn_keep_note_version() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER AS $f$
BEGIN
    IF NOT trinn_is_staff_session() THEN
        RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
    END IF;
    IF TG_OP = 'DELETE' OR OLD.version <> 1 OR NEW.version <> 1 OR NEW.note_id <> OLD.note_id
            OR EXISTS (SELECT 1 FROM journal_note n WHERE n.id = OLD.note_id
                       AND (n.signed_at IS NOT NULL OR n.discarded_at IS NOT NULL)) THEN
        RAISE EXCEPTION 'A signed note version is never changed: % is refused.', TG_OP USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN NEW;
END
$f$;
CREATE TRIGGER trinn_kept BEFORE UPDATE OR DELETE ON note_version FOR EACH ROW EXECUTE FUNCTION trinn_keep_note_version();

-- One audit record on the server for the patients whose data a staff
-- member's session read through the functions below, chained by
-- trinn_audit_chain (several patients: one record listing them, as Trinn's
-- own). It is also written to the server's log, which a client cannot roll back.
CREATE FUNCTION trinn_audit_read(patients bigint[], what text) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
DECLARE
    at_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
    workstation text := 'server: pid ' || pg_backend_pid() || COALESCE(' from ' || host(inet_client_addr()), '');
BEGIN
    IF NOT trinn_is_staff_session() THEN
        RETURN;
    END IF;
    RAISE LOG 'trinn: % read % of patients %', session_user, what, patients;
    PERFORM trinn_audit_write(at_ms, session_user::text, workstation, patients, 'read', what || ' (server)', trinn_emergency_reason());
END
$f$;
REVOKE EXECUTE ON FUNCTION trinn_audit_read(bigint[], text) FROM PUBLIC;

-- The versions of these notes that the session's staff member may read, with
-- their text; audited per patient.
CREATE FUNCTION trinn_note_versions(note_ids bigint[])
    RETURNS TABLE (note_id bigint, version integer, body text, reason text, written_at bigint, author text,
                   author_staff_id bigint, author_unverified integer, author_name text)
    LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
DECLARE
    readable bigint[];
    patients bigint[];
BEGIN
    SELECT array_agg(n.id), array_agg(DISTINCT n.patient_id) INTO readable, patients FROM journal_note n
        WHERE n.id = ANY (note_ids) AND trinn_may_note(n.note_type, n.patient_id, 'read');
    IF readable IS NULL THEN
        RETURN;
    END IF;
    PERFORM trinn_audit_read(patients, 'the text of journal notes');
    RETURN QUERY SELECT v.note_id, v.version, v.body, v.reason, v.written_at, v.author, v.author_staff_id,
                        v.author_unverified, sv.full_name
        FROM note_version v LEFT JOIN staff sv ON sv.id = v.author_staff_id
        WHERE v.note_id = ANY (readable) ORDER BY v.note_id, v.version;
END
$f$;

-- The analyte results of these tests, when the staff member may read tests; audited per patient.
CREATE FUNCTION trinn_test_results(test_ids bigint[])
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
        FROM test_result r WHERE r.test_id = ANY (test_ids) ORDER BY r.id;
END
$f$;

-- Emergency access with its reason, recorded on the server, for this session.
CREATE FUNCTION trinn_begin_emergency(reason text) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
DECLARE
    me bigint := trinn_staff_id();
    at_ms bigint := (extract(epoch FROM clock_timestamp()) * 1000)::bigint;
BEGIN
    IF me IS NULL OR btrim(reason) = '' THEN
        RETURN;
    END IF;
    UPDATE trinn_emergency SET ended_at = at_ms WHERE backend_pid = pg_backend_pid() AND ended_at IS NULL;
    INSERT INTO trinn_emergency (staff_id, backend_pid, backend_start, reason, began_at)
        SELECT me, pg_backend_pid(), a.backend_start, btrim(reason), at_ms FROM pg_stat_activity a WHERE a.pid = pg_backend_pid();
    RAISE LOG 'trinn: % began emergency access: %', session_user, reason;
    INSERT INTO audit_log (at, actor, workstation, patient_id, action, what, emergency_reason, previous_hash, hash)
    VALUES (at_ms, session_user::text, 'server: pid ' || pg_backend_pid(), NULL, 'emergency', 'began emergency access (server)',
            btrim(reason), '', '');
END
$f$;
CREATE FUNCTION trinn_end_emergency() RETURNS void LANGUAGE sql VOLATILE SECURITY DEFINER AS $f$
    UPDATE trinn_emergency SET ended_at = (extract(epoch FROM clock_timestamp()) * 1000)::bigint
    WHERE backend_pid = pg_backend_pid() AND ended_at IS NULL
$f$;

-- A staff member's password hash for signing in: only to themselves, or to the system.
CREATE FUNCTION trinn_password_hash(account text) RETURNS text LANGUAGE sql STABLE SECURITY DEFINER AS $f$
    SELECT password_hash FROM staff
    WHERE username = account AND (account = session_user::text OR NOT trinn_is_staff_session())
$f$;

-- The login role of a staff account that is in the register: made (or, when
-- another journal of the server made it, given the new password), with the
-- groups of the account's roles. `verifier` is a SCRAM-SHA-256 verifier, so
-- no password reaches the server. For administrators and the system only.
CREATE FUNCTION trinn_create_login(account text, verifier text) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
DECLARE
    codes text[];
    code text;
BEGIN
    IF trinn_is_staff_session() AND NOT trinn_may('staff', 'write') THEN
        RAISE EXCEPTION 'Only an administrator makes staff logins.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF verifier NOT LIKE 'SCRAM-SHA-256$%' THEN
        RAISE EXCEPTION 'A staff login takes a SCRAM-SHA-256 verifier.' USING ERRCODE = 'invalid_parameter_value';
    END IF;
    SELECT string_to_array(roles, ',') INTO codes FROM staff WHERE username = account;
    IF codes IS NULL THEN
        RAISE EXCEPTION 'There is no staff account %.', account USING ERRCODE = 'no_data_found';
    END IF;
    -- Never take over a role that is not a staff login (the owner, postgres, …).
    IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = account)
            AND NOT EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
                            WHERE g.rolname = 'trinn_staff' AND u.rolname = account) THEN
        RAISE EXCEPTION 'The database has a role % that is not a Trinn staff login.', account
            USING ERRCODE = 'invalid_role_specification';
    END IF;
    -- Roles are the server's, not one database's: another journal may be
    -- making the same login at this moment. Its change wins, and this one is
    -- made again once it is in.
    FOR attempt IN 1..20 LOOP
        BEGIN
            IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = account) THEN
                EXECUTE format('ALTER ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L', account, verifier);
            ELSE
                EXECUTE format('CREATE ROLE %I LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD %L', account, verifier);
            END IF;
            EXECUTE format('GRANT trinn_staff TO %I', account);
            FOREACH code IN ARRAY codes LOOP
                EXECUTE format('GRANT %I TO %I', CASE code WHEN 'nurse' THEN 'trinn_nurse' WHEN 'therapist' THEN 'trinn_therapist'
                                                           WHEN 'coordinator' THEN 'trinn_coordinator' ELSE 'trinn_admin' END, account);
            END LOOP;
            RETURN;
        EXCEPTION WHEN unique_violation OR duplicate_object OR internal_error OR serialization_failure THEN
            IF attempt = 20 THEN
                RAISE;
            END IF;
            PERFORM pg_sleep(0.01 * attempt);
        END;
    END LOOP;
END
$f$;
REVOKE EXECUTE ON FUNCTION trinn_create_login(text, text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trinn_create_login(text, text) TO trinn_admin;

-- A disabled account cannot log in to the server either.
CREATE FUNCTION trinn_disable_login(account text) RETURNS void LANGUAGE plpgsql VOLATILE SECURITY DEFINER AS $f$
BEGIN
    IF trinn_is_staff_session() AND NOT trinn_may('staff', 'write') THEN
        RAISE EXCEPTION 'Only an administrator disables staff logins.' USING ERRCODE = 'insufficient_privilege';
    END IF;
    IF EXISTS (SELECT 1 FROM pg_auth_members m JOIN pg_roles g ON g.oid = m.roleid JOIN pg_roles u ON u.oid = m.member
               WHERE g.rolname = 'trinn_staff' AND u.rolname = account) THEN
        EXECUTE format('ALTER ROLE %I NOLOGIN', account);
    END IF;
END
$f$;
REVOKE EXECUTE ON FUNCTION trinn_disable_login(text) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION trinn_disable_login(text) TO trinn_admin;

-- Functions that run as the owner find only the journal's own tables: a
-- staff member's temporary table cannot stand in for one of them.
DO $path$
DECLARE
    f record;
BEGIN
    FOR f IN SELECT p.oid::regprocedure AS signature FROM pg_proc p
             WHERE p.pronamespace = current_schema()::regnamespace AND p.proname LIKE 'trinn\_%' AND p.prosecdef LOOP
        EXECUTE format('ALTER FUNCTION %s SET search_path = %I, pg_temp', f.signature, current_schema());
    END LOOP;
END
$path$
