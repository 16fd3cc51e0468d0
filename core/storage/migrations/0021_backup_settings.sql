-- postgresql only
-- The daily backup's settings (core/storage/backup.cpp) live in trinn_meta
-- under two keys. On PostgreSQL staff only read trinn_meta (migration 18);
-- administrators may now write those two keys and no other, so the journal's
-- kind and the testing secret stay the owner's. SQLite has no roles: there
-- this step does nothing.
ALTER TABLE trinn_meta ENABLE ROW LEVEL SECURITY;
CREATE POLICY trinn_read ON trinn_meta FOR SELECT USING (true);
CREATE POLICY trinn_backup_insert ON trinn_meta FOR INSERT
    WITH CHECK (key IN ('backup_daily_folder', 'backup_daily_keep') AND (SELECT trinn_has_role('administrator')));
CREATE POLICY trinn_backup_delete ON trinn_meta FOR DELETE
    USING (key IN ('backup_daily_folder', 'backup_daily_keep') AND (SELECT trinn_has_role('administrator')));
GRANT INSERT, DELETE ON trinn_meta TO trinn_admin;
