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

-- Course criteria: each has a code; an assessment names the criterion by it.
-- The built-in criteria are known by their text in English, Bokmål and
-- Nynorsk (the journal stored them in its language); a criterion an
-- administrator wrote keeps its text as its code.
ALTER TABLE program_criterion ADD COLUMN code TEXT NOT NULL DEFAULT '';
ALTER TABLE group_criterion ADD COLUMN code TEXT NOT NULL DEFAULT '';
UPDATE program_criterion SET code = CASE
    WHEN text IN ('major life crisis', 'stor livskrise') THEN 'life-crisis'
    WHEN text IN ('serious self-harm', 'alvorleg sjølvskading', 'alvorlig selvskading') THEN 'self-harm'
    WHEN text IN ('serious substance use', 'alvorleg rusbruk', 'alvorlig rusbruk') THEN 'substance-use'
    WHEN text IN ('suicidality', 'suicidalitet') THEN 'suicidality'
    WHEN text IN ('acute admissions', 'akutte innleggelser', 'akutte innleggingar') THEN 'acute-admissions'
    WHEN text IN ('great difficulty attending (more than 3 absences in the course)', 'store vanskar med å møte (meir enn 3 fråvær i kurset)', 'store vansker med å møte (mer enn 3 fravær i kurset)') THEN 'attendance'
    WHEN text IN ('personality problems with much acting out and low reflective functioning', 'personlegdomsproblem med mykje utagering og låg refleksjonsevne', 'personlighetsproblemer med mye utagering og lav refleksjonsevne') THEN 'acting-out'
    WHEN text IN ('not using substances now', 'brukar ikkje rusmiddel no', 'bruker ikke rusmidler nå') THEN 'no-current-use'
    WHEN text IN ('motivated', 'motivert') THEN 'motivated'
    WHEN text IN ('can attend regularly and on time', 'kan møte jamleg og presis', 'kan møte jevnlig og presis') THEN 'attends-regularly'
    WHEN text IN ('ongoing serious or acute mental illness or suicide risk', 'pågåande alvorleg eller akutt psykisk liding eller sjølvmordsrisiko', 'pågående alvorlig eller akutt psykisk lidelse eller selvmordsrisiko') THEN 'mental-illness'
    WHEN text IN ('ongoing life crisis or lack of stability', 'pågåande livskrise eller manglande stabilitet', 'pågående livskrise eller manglende stabilitet') THEN 'instability'
    ELSE text END;
UPDATE group_criterion SET code = CASE
    WHEN text IN ('major life crisis', 'stor livskrise') THEN 'life-crisis'
    WHEN text IN ('serious self-harm', 'alvorleg sjølvskading', 'alvorlig selvskading') THEN 'self-harm'
    WHEN text IN ('serious substance use', 'alvorleg rusbruk', 'alvorlig rusbruk') THEN 'substance-use'
    WHEN text IN ('suicidality', 'suicidalitet') THEN 'suicidality'
    WHEN text IN ('acute admissions', 'akutte innleggelser', 'akutte innleggingar') THEN 'acute-admissions'
    WHEN text IN ('great difficulty attending (more than 3 absences in the course)', 'store vanskar med å møte (meir enn 3 fråvær i kurset)', 'store vansker med å møte (mer enn 3 fravær i kurset)') THEN 'attendance'
    WHEN text IN ('personality problems with much acting out and low reflective functioning', 'personlegdomsproblem med mykje utagering og låg refleksjonsevne', 'personlighetsproblemer med mye utagering og lav refleksjonsevne') THEN 'acting-out'
    WHEN text IN ('not using substances now', 'brukar ikkje rusmiddel no', 'bruker ikke rusmidler nå') THEN 'no-current-use'
    WHEN text IN ('motivated', 'motivert') THEN 'motivated'
    WHEN text IN ('can attend regularly and on time', 'kan møte jamleg og presis', 'kan møte jevnlig og presis') THEN 'attends-regularly'
    WHEN text IN ('ongoing serious or acute mental illness or suicide risk', 'pågåande alvorleg eller akutt psykisk liding eller sjølvmordsrisiko', 'pågående alvorlig eller akutt psykisk lidelse eller selvmordsrisiko') THEN 'mental-illness'
    WHEN text IN ('ongoing life crisis or lack of stability', 'pågåande livskrise eller manglande stabilitet', 'pågående livskrise eller manglende stabilitet') THEN 'instability'
    ELSE text END;
UPDATE criteria_assessment SET criterion = CASE
    WHEN criterion IN ('major life crisis', 'stor livskrise') THEN 'life-crisis'
    WHEN criterion IN ('serious self-harm', 'alvorleg sjølvskading', 'alvorlig selvskading') THEN 'self-harm'
    WHEN criterion IN ('serious substance use', 'alvorleg rusbruk', 'alvorlig rusbruk') THEN 'substance-use'
    WHEN criterion IN ('suicidality', 'suicidalitet') THEN 'suicidality'
    WHEN criterion IN ('acute admissions', 'akutte innleggelser', 'akutte innleggingar') THEN 'acute-admissions'
    WHEN criterion IN ('great difficulty attending (more than 3 absences in the course)', 'store vanskar med å møte (meir enn 3 fråvær i kurset)', 'store vansker med å møte (mer enn 3 fravær i kurset)') THEN 'attendance'
    WHEN criterion IN ('personality problems with much acting out and low reflective functioning', 'personlegdomsproblem med mykje utagering og låg refleksjonsevne', 'personlighetsproblemer med mye utagering og lav refleksjonsevne') THEN 'acting-out'
    WHEN criterion IN ('not using substances now', 'brukar ikkje rusmiddel no', 'bruker ikke rusmidler nå') THEN 'no-current-use'
    WHEN criterion IN ('motivated', 'motivert') THEN 'motivated'
    WHEN criterion IN ('can attend regularly and on time', 'kan møte jamleg og presis', 'kan møte jevnlig og presis') THEN 'attends-regularly'
    WHEN criterion IN ('ongoing serious or acute mental illness or suicide risk', 'pågåande alvorleg eller akutt psykisk liding eller sjølvmordsrisiko', 'pågående alvorlig eller akutt psykisk lidelse eller selvmordsrisiko') THEN 'mental-illness'
    WHEN criterion IN ('ongoing life crisis or lack of stability', 'pågåande livskrise eller manglande stabilitet', 'pågående livskrise eller manglende stabilitet') THEN 'instability'
    ELSE criterion END;
UPDATE member_assessment SET criterion = CASE
    WHEN criterion IN ('major life crisis', 'stor livskrise') THEN 'life-crisis'
    WHEN criterion IN ('serious self-harm', 'alvorleg sjølvskading', 'alvorlig selvskading') THEN 'self-harm'
    WHEN criterion IN ('serious substance use', 'alvorleg rusbruk', 'alvorlig rusbruk') THEN 'substance-use'
    WHEN criterion IN ('suicidality', 'suicidalitet') THEN 'suicidality'
    WHEN criterion IN ('acute admissions', 'akutte innleggelser', 'akutte innleggingar') THEN 'acute-admissions'
    WHEN criterion IN ('great difficulty attending (more than 3 absences in the course)', 'store vanskar med å møte (meir enn 3 fråvær i kurset)', 'store vansker med å møte (mer enn 3 fravær i kurset)') THEN 'attendance'
    WHEN criterion IN ('personality problems with much acting out and low reflective functioning', 'personlegdomsproblem med mykje utagering og låg refleksjonsevne', 'personlighetsproblemer med mye utagering og lav refleksjonsevne') THEN 'acting-out'
    WHEN criterion IN ('not using substances now', 'brukar ikkje rusmiddel no', 'bruker ikke rusmidler nå') THEN 'no-current-use'
    WHEN criterion IN ('motivated', 'motivert') THEN 'motivated'
    WHEN criterion IN ('can attend regularly and on time', 'kan møte jamleg og presis', 'kan møte jevnlig og presis') THEN 'attends-regularly'
    WHEN criterion IN ('ongoing serious or acute mental illness or suicide risk', 'pågåande alvorleg eller akutt psykisk liding eller sjølvmordsrisiko', 'pågående alvorlig eller akutt psykisk lidelse eller selvmordsrisiko') THEN 'mental-illness'
    WHEN criterion IN ('ongoing life crisis or lack of stability', 'pågåande livskrise eller manglande stabilitet', 'pågående livskrise eller manglende stabilitet') THEN 'instability'
    ELSE criterion END;

-- The residential 12-step clinic: tapering is part of Phase 1 (at the clinic
-- when decided with the patient and the referrer), so its template phase
-- moves after Phase 1 and is residential; detox stays before admission.
-- Episodes already planned keep their phases; the rules no longer let a
-- tapering phase hold admission back.
UPDATE phase_template SET position = position + 100
    WHERE program_id IN (SELECT id FROM program_template WHERE code = 'residential-12-step')
      AND code IN ('tapering', 'detox', 'phase1', 'phase2');
UPDATE phase_template SET position = CASE code
        WHEN 'detox' THEN 1 WHEN 'phase1' THEN 2 WHEN 'tapering' THEN 3 WHEN 'phase2' THEN 4 END
    WHERE program_id IN (SELECT id FROM program_template WHERE code = 'residential-12-step')
      AND code IN ('tapering', 'detox', 'phase1', 'phase2');
UPDATE phase_template SET residential = 1
    WHERE program_id IN (SELECT id FROM program_template WHERE code = 'residential-12-step') AND code = 'tapering';
UPDATE phase_template SET
        description = 'Tapering in Phase 1 when needed: talks, medication, acupuncture, relaxation and vitamins, at the clinic when decided with the patient and the referrer.'
    WHERE program_id IN (SELECT id FROM program_template WHERE code = 'residential-12-step') AND code = 'tapering'
      AND description IN ('Tapering of medication before admission, when needed.',
                          'Nedtrapping av legemidler før innleggelse, ved behov.',
                          'Nedtrapping av legemiddel før innlegging, ved behov.');

-- The full-time program: several places offer medical detox, not all; it is
-- planned when asked for.
UPDATE phase_template SET optional = 1
    WHERE program_id IN (SELECT id FROM program_template WHERE code = 'full-time-program') AND code = 'detox';
