-- postgresql only
-- A discharge (or the end of the last residential phase) frees the episode's
-- bed in the same write. Staff who change programs but do not book beds (a
-- therapist) may therefore shorten bed stays; without this policy row-level
-- security let their UPDATE of bed_stay touch no row, and the bed stayed taken.
CREATE POLICY trinn_update_discharge ON bed_stay FOR UPDATE
    USING ((SELECT trinn_may('programs', 'write')))
    WITH CHECK ((SELECT trinn_may('programs', 'write')));
