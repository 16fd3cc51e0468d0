-- The services as the seeds describe them (issue 16): values stored as words
-- become codes, so a journal reads the same in every language and a rule
-- can tell a known value from a misspelt one.

-- Coercion: the legal basis as its code (hol-10-2, hol-10-3, hol-10-4) and
-- the deciding body as its code. A text that names no known basis or body
-- stays as written (shown as it is).
UPDATE coercion SET legal_basis = 'hol-10-2' WHERE legal_basis LIKE '%10-2%';
UPDATE coercion SET legal_basis = 'hol-10-3' WHERE legal_basis LIKE '%10-3%';
UPDATE coercion SET legal_basis = 'hol-10-4' WHERE legal_basis LIKE '%10-4%';
UPDATE coercion SET decided_by = 'county-board'
    WHERE LOWER(decided_by) LIKE '%fylkesnemnd%' OR LOWER(decided_by) LIKE '%county board%';
UPDATE coercion SET decided_by = 'municipality'
    WHERE LOWER(decided_by) LIKE '%kommune%' OR LOWER(decided_by) LIKE '%municipality%';
UPDATE coercion SET decided_by = 'institution'
    WHERE LOWER(decided_by) LIKE '%institusjon%' OR LOWER(decided_by) LIKE '%institution%';
