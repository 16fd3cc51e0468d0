<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>Analytes</name>
    <message>
        <source>ethanol/EtG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amphetamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>methamphetamine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>benzodiazepines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannabis/THC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cocaine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>opiates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>methadone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>buprenorphine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fentanyl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GHB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppointmentStore</name>
    <message>
        <source>Say who the patient will see.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An appointment needs a time and a length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient number %1 in this journal.</source>
        <translation type="unfinished">Det finst ingen pasient nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>an individual session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not return the new appointment&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent with notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>absent without notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>late</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BuiltinPrograms</name>
    <message>
        <source>Residential 12-step treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapering when needed and detox finished before admission; Phase 1 residential (steps 1–4, intensive on weekdays, lighter at weekends); Phase 2 in the first year after discharge: six gatherings of three days with letters and phone calls between them. Goal: total abstinence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tapering of medication before admission, when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detox, finished before admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential treatment, usually 10–12 weeks, at most 6 months; steps 1–4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up at home in the first year after discharge, with six gatherings at the clinic.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabilization stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short intensive stay of more than 3 days, only for patients who are and have been totally abstinent since Phase 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group therapy and individual sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensive residential care for patients in or after Phase 2 whose relapse needs it; its length follows from the time sober, the cause and the circumstances.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length set from the relapse assessment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Evening program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient keeps working and comes in the evenings: a longer program and a shorter aftercare. Tested daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Therapy and group sessions in the evenings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shorter aftercare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full-time program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-the-clock follow-up with detox under medical staff, a shorter program, then aftercare and follow-up for up to a year. Tested daily.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medical detox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detox with medical staff present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round-the-clock treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare and follow-up for up to a year.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specialist pathway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral to specialist care, detox as the first step of residential care, then residential treatment; medication-assisted treatment, coercion with its legal basis and advice to relatives are recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referral assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessment of the referral.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detox as the first step of residential care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Residential treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan across the life areas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>major life crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious self-harm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>serious substance use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suicidality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acute admissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>great difficulty attending (more than 3 absences in the course)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personality problems with much acting out and low reflective functioning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trauma group level %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters 1–10 of the course book: teaching and homework, beside individual therapy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chapters 11–20 of the course book; level 1 must be completed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mindfulness-based relapse prevention: 8 weeks, one session of 1 h 45 min a week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not using substances now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>motivated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>can attend regularly and on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing serious or acute mental illness or suicide risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing life crisis or lack of stability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Municipal 12-step day treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information meeting or pre-talk, a weekly motivation group of 2 hours, then day treatment at least 3 days a week, 4–5 hours a day: 100 days in all while living at home; then weekly aftercare for 6–18 months. AA/NA participation expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information meeting or pre-talk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before treatment starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly, 2 hours: an introduction to the program and preparation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least 3 days a week, 4–5 hours a day, 100 day-treatment days in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly, for 6–18 months.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>an individual session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 meeting at %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CareRecordStore</name>
    <message>
        <source>Name the drug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the dose of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day %1 starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stop (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no medication number %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot stop before it starts (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the coercion was decided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the relative who was offered advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the day the advice was offered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the relative in the family program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time sober before the relapse cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the relapse happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no day treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2 (from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A day-treatment day of %1 minutes is not possible.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictRules</name>
    <message>
        <source>%1 %2–%3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a public holiday (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room %1 is taken by %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is busy with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoClinic</name>
    <message>
        <source>Demo patients go into a demo journal only; %1 is a clinic journal.</source>
        <translation>Demopasientar høyrer berre heime i ein demojournal; %1 er ein klinikkjournal.</translation>
    </message>
    <message>
        <source>The number of patients cannot be negative.</source>
        <translation>Talet på pasientar kan ikkje vere negativt.</translation>
    </message>
    <message>
        <source>A demo clinic covers 1 to 50 years, not %1.</source>
        <translation>Ein demoklinikk dekkjer 1 til 50 år, ikkje %1.</translation>
    </message>
    <message>
        <source>spouse</source>
        <translation>ektefelle</translation>
    </message>
    <message>
        <source>mother</source>
        <translation>mor</translation>
    </message>
    <message>
        <source>father</source>
        <translation>far</translation>
    </message>
    <message>
        <source>sister</source>
        <translation>syster</translation>
    </message>
    <message>
        <source>brother</source>
        <translation>bror</translation>
    </message>
    <message>
        <source>daughter</source>
        <translation>dotter</translation>
    </message>
    <message>
        <source>son</source>
        <translation>son</translation>
    </message>
    <message>
        <source>partner</source>
        <translation>sambuar</translation>
    </message>
</context>
<context>
    <name>DemoEpisodes</name>
    <message>
        <source>Left treatment against advice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not come</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoGroups</name>
    <message>
        <source>Psychoeducation: what addiction does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic group A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic group B</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session held as planned; the group worked with the week&apos;s theme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community hall</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoTests</name>
    <message>
        <source>Would not give a sample</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Episode</name>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discharged early</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeReport</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status: %1, from %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharge reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: ongoing from %2, day %3, planned to end %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups: %1 of %2 done%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria assessment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day treatment: %1 of %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medication: %1 %2 from %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coercion: %1, decided by %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice offered to %1 on %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>declined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family program: %1 (%2) %3–%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse assessment: sober %1 days; cause: %2; suggested length %3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment plan: goals in %1 of %2 life areas, review %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 completed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>step %1 started %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>12-step progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: completed %2–%3 (%4 days; planned to end %5)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EpisodeStore</name>
    <message>
        <source>%1 is already enrolled in %2 (from %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who assessed the criteria for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no phases to plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not return the new episode&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sober living and social network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole 12-step program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 gathering %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no episode number %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2, day %3 of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 planned from %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no phase number %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has not started, so it cannot be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot end (%2) before it started (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the phase is skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2; only a planned phase can be skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be replanned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode in %1 is already %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the patient is discharged before the program is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not return the new gathering&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no follow-up number %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupKinds</name>
    <message>
        <source>Psychoeducational group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic group therapy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trauma group level 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trauma group level 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MBRP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Motivation group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family program group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aftercare group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 gathering</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupRules</name>
    <message>
        <source>%1 is full (%2 of %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the criterion &quot;%2&quot; has not been assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excluded from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least %2 leaders (%3 set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2 leaders (%3 set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs %2–%3 leaders (%4 set).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has been absent %2 times in %3 (at most %4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>A group needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a weekday, a start time and a length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs a first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not return the new group&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot meet weekly as planned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group number %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient number %1 in this journal.</source>
        <translation type="unfinished">Det finst ingen pasient nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>%1 is in %2 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who assessed the criteria for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not return the new member&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient is not a member of group %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no group session number %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not return the new session&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned session can be moved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a planned session can be cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the group note before saving the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who wrote the group note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient %1 is not a member of %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
    <message>
        <source>Database: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <source>Table %1 row %2 points at a missing row in %3.</source>
        <translation>Tabell %1 rad %2 peikar på ei rad som manglar i %3.</translation>
    </message>
    <message>
        <source>The journal has schema %1, but this Trinn expects %2.</source>
        <translation>Journalen har skjema %1, men denne Trinn ventar %2.</translation>
    </message>
    <message>
        <source>Patient %1 has national id %2: %3</source>
        <translation>Pasient %1 har fødselsnummer %2: %3</translation>
    </message>
    <message>
        <source>Patient %1 (%2) cannot be found by name search: the search index has no words for them.</source>
        <translation>Pasient %1 (%2) kan ikkje finnast med namnesøk: søkjeindeksen har ingen ord for pasienten.</translation>
    </message>
</context>
<context>
    <name>Journal</name>
    <message>
        <source>%1 is a folder, not a journal file.</source>
        <translation>%1 er ei mappe, ikkje ei journalfil.</translation>
    </message>
    <message>
        <source>There is no journal at %1. Create one with &quot;trinnctl init&quot;.</source>
        <translation>Det finst ingen journal i %1. Opprett ein med «trinnctl init».</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal.</source>
        <translation>Kan ikkje opprette mappa %1 for journalen.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a Trinn journal.</source>
        <translation>%1 er ei tom fil, ikkje ein Trinn-journal.</translation>
    </message>
    <message>
        <source>%1 is not a Trinn journal: it is not an SQLite database. It was left untouched.</source>
        <translation>%1 er ikkje ein Trinn-journal: han er ikkje ein SQLite-database. Han vart ikkje rørt.</translation>
    </message>
    <message>
        <source>This workstation has no PostgreSQL driver for Qt (Debian package libqt6sql6-psql).</source>
        <translation>Denne arbeidsstasjonen manglar PostgreSQL-drivaren for Qt (Debian-pakken libqt6sql6-psql).</translation>
    </message>
    <message>
        <source>This workstation has no SQLite driver for Qt (Debian package libqt6sql6-sqlite).</source>
        <translation>Denne arbeidsstasjonen manglar SQLite-drivaren for Qt (Debian-pakken libqt6sql6-sqlite).</translation>
    </message>
    <message>
        <source>Cannot open the journal at %1: %2</source>
        <translation>Kan ikkje opne journalen i %1: %2</translation>
    </message>
    <message>
        <source>%1 is an empty database, not a Trinn journal yet. Create one with &quot;trinnctl init&quot;.</source>
        <translation>%1 er ein tom database, enno ikkje ein Trinn-journal. Opprett ein med «trinnctl init».</translation>
    </message>
    <message>
        <source>%1 is a database of another program, not a Trinn journal. It was left untouched.</source>
        <translation>%1 er ein database frå eit anna program, ikkje ein Trinn-journal. Han vart ikkje rørt.</translation>
    </message>
    <message>
        <source>%1 was written by a newer Trinn (schema %2; this Trinn knows up to %3). Update Trinn on this workstation; the journal was left untouched.</source>
        <translation>%1 er skriven av ein nyare Trinn (skjema %2; denne Trinn kjenner til og med %3). Oppdater Trinn på denne arbeidsstasjonen; journalen vart ikkje rørt.</translation>
    </message>
    <message>
        <source>The journal at %1 cannot use write-ahead logging here (is the folder read-only or on a network share?).</source>
        <translation>Journalen i %1 kan ikkje bruke WAL-logging her (er mappa skriveverna eller på ein nettverksdisk?).</translation>
    </message>
    <message>
        <source>%1 is damaged: its size is not a whole number of pages, so it was cut short. Restore it from a backup.</source>
        <translation>%1 er skadd: storleiken er ikkje eit heilt tal på sider, så fila er avkorta. Gjenopprett ho frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>%1 is damaged (%2). Restore it from a backup.</source>
        <translation>%1 er skadd (%2). Gjenopprett han frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>Could not bring the journal up to schema %1 (%2): %3 The journal was left as it was.</source>
        <translation>Kunne ikkje oppgradere journalen til skjema %1 (%2): %3 Journalen vart ståande som han var.</translation>
    </message>
    <message>
        <source>The disk holding the journal is full: nothing was saved. Free some space and try again.</source>
        <translation>Disken med journalen er full: ingenting vart lagra. Frigjer plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The journal is busy with another workstation: nothing was saved. Try again.</source>
        <translation>Journalen er oppteken av ein annan arbeidsstasjon: ingenting vart lagra. Prøv igjen.</translation>
    </message>
    <message>
        <source>The journal at %1 is damaged (%2). Restore it from a backup.</source>
        <translation>Journalen i %1 er skadd (%2). Gjenopprett han frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>The journal at %1 is read-only on this workstation.</source>
        <translation>Journalen i %1 er skriveverna på denne arbeidsstasjonen.</translation>
    </message>
    <message>
        <source>The journal at %1 could not be read or written (%2).</source>
        <translation>Journalen i %1 kunne ikkje lesast eller skrivast (%2).</translation>
    </message>
    <message>
        <source>The connection to the journal at %1 was lost (%2).</source>
        <translation>Sambandet til journalen i %1 vart broten (%2).</translation>
    </message>
    <message>
        <source>The journal could not do that: %1</source>
        <translation>Journalen kunne ikkje gjere det: %1</translation>
    </message>
    <message>
        <source>The change was undone because one of its parts failed.</source>
        <translation>Endringa vart angra fordi ein del av ho mislukkast.</translation>
    </message>
</context>
<context>
    <name>JournalChooser</name>
    <message>
        <source>Trinn cannot open the journal</source>
        <translation>Trinn kan ikkje opne journalen</translation>
    </message>
    <message>
        <source>%1

Choose another journal file, or cancel to quit.</source>
        <translation>%1

Vel ei anna journalfil, eller avbryt for å avslutte.</translation>
    </message>
    <message>
        <source>Open a Trinn journal</source>
        <translation>Opne ein Trinn-journal</translation>
    </message>
    <message>
        <source>Trinn journals (*.trinn);;All files (*)</source>
        <translation>Trinn-journalar (*.trinn);;Alle filer (*)</translation>
    </message>
</context>
<context>
    <name>JournalLocation</name>
    <message>
        <source>No journal was given: name a file or a postgresql:// address.</source>
        <translation>Ingen journal er oppgitt: oppgje ei fil eller ei postgresql://-adresse.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid PostgreSQL address: %2</source>
        <translation>«%1» er ikkje ei gyldig PostgreSQL-adresse: %2</translation>
    </message>
    <message>
        <source>The PostgreSQL address &quot;%1&quot; names no database.</source>
        <translation>PostgreSQL-adressa «%1» oppgjev ingen database.</translation>
    </message>
</context>
<context>
    <name>LabImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished">Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line 1: the columns must be %1, not %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 fields, but there must be %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2027-03-14 or 14.03.2027).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a substance Trinn tests for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the result must be positive or negative, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value and the cut-off must be numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the lab&apos;s reference is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no patient has national id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>patient %1 has no test of %2 to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has no rows after the column names.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifeAreas</name>
    <message>
        <source>Control of intake</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Guilt and shame</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental health (depression, anxiety, trauma, ADHD, psychosis)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Somatic health (hepatitis, malnutrition, cirrhosis, nerve damage)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Housing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sober network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skills and education</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Craving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment plan needs a review date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a life area of the treatment plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has goals but no measures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment plan needs goals in at least one life area.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NationalId</name>
    <message>
        <source>The national id is empty.</source>
        <translation>Fødselsnummeret er tomt.</translation>
    </message>
    <message>
        <source>The national id may hold digits only; &quot;%1&quot; is not a digit.</source>
        <translation>Fødselsnummeret kan berre innehalde siffer; «%1» er ikkje eit siffer.</translation>
    </message>
    <message numerus="yes">
        <source>The national id must have 11 digits; it has %n.</source>
        <translation>
            <numerusform>Fødselsnummeret må ha 11 siffer; det har %n.</numerusform>
            <numerusform>Fødselsnummeret må ha 11 siffer; det har %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>The national id cannot be both a D-number and an H-number.</source>
        <translation>Fødselsnummeret kan ikkje vere både D-nummer og H-nummer.</translation>
    </message>
    <message>
        <source>The individual number %1 is not given to anyone born in a year ending in %2.</source>
        <translation>Individnummeret %1 vert ikkje gjeve til nokon fødd i eit år som sluttar på %2.</translation>
    </message>
    <message>
        <source>The national id does not start with a real date: day %1, month %2, year %3.</source>
        <translation>Fødselsnummeret byrjar ikkje med ein verkeleg dato: dag %1, månad %2, år %3.</translation>
    </message>
    <message>
        <source>The first check digit does not match.</source>
        <translation>Det første kontrollsifferet stemmer ikkje.</translation>
    </message>
    <message>
        <source>The second check digit does not match.</source>
        <translation>Det andre kontrollsifferet stemmer ikkje.</translation>
    </message>
    <message>
        <source>No national id can be made from that birth date and individual number.</source>
        <translation>Ingen fødselsnummer kan lagast av den fødselsdatoen og det individnummeret.</translation>
    </message>
    <message>
        <source>A synthetic H-number cannot be written in two month digits.</source>
        <translation>Eit syntetisk H-nummer kan ikkje skrivast med to månadssiffer.</translation>
    </message>
    <message>
        <source>No valid national id has this individual number for this date.</source>
        <translation>Ingen gyldige fødselsnummer har dette individnummeret for denne datoen.</translation>
    </message>
    <message>
        <source>The individual number %1 does not belong to people born in %2.</source>
        <translation>Individnummeret %1 høyrer ikkje til personar fødde i %2.</translation>
    </message>
    <message>
        <source>birth number</source>
        <translation>fødselsnummer</translation>
    </message>
    <message>
        <source>D-number</source>
        <translation>D-nummer</translation>
    </message>
    <message>
        <source>H-number</source>
        <translation>H-nummer</translation>
    </message>
</context>
<context>
    <name>NorwegianHolidays</name>
    <message>
        <source>New Year&apos;s Day</source>
        <translation>Første nyttårsdag</translation>
    </message>
    <message>
        <source>Maundy Thursday</source>
        <translation>Skjærtorsdag</translation>
    </message>
    <message>
        <source>Good Friday</source>
        <translation>Langfredag</translation>
    </message>
    <message>
        <source>Easter Sunday</source>
        <translation>Første påskedag</translation>
    </message>
    <message>
        <source>Easter Monday</source>
        <translation>Andre påskedag</translation>
    </message>
    <message>
        <source>Labour Day</source>
        <translation>Arbeidarane sin dag</translation>
    </message>
    <message>
        <source>Constitution Day</source>
        <translation>Grunnlovsdagen</translation>
    </message>
    <message>
        <source>Ascension Day</source>
        <translation>Kristi himmelfartsdag</translation>
    </message>
    <message>
        <source>Whit Sunday</source>
        <translation>Første pinsedag</translation>
    </message>
    <message>
        <source>Whit Monday</source>
        <translation>Andre pinsedag</translation>
    </message>
    <message>
        <source>Christmas Day</source>
        <translation>Første juledag</translation>
    </message>
    <message>
        <source>Boxing Day</source>
        <translation>Andre juledag</translation>
    </message>
</context>
<context>
    <name>OutingStore</name>
    <message>
        <source>An outing goes to an AA or an NA meeting, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the meeting is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say when the meeting starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outing needs participants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An outing to %1 needs at least one escort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not return the new outing&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is due an outing on %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientRules</name>
    <message>
        <source>This is a demo journal: it takes synthetic national ids only (month + 80), and %1 is not one.</source>
        <translation>Dette er ein demojournal: han tek berre syntetiske fødselsnummer (månad + 80), og %1 er ikkje eit slikt.</translation>
    </message>
    <message>
        <source>%1 is a synthetic test number (month + 80); only a demo journal takes those.</source>
        <translation>%1 er eit syntetisk testnummer (månad + 80); berre ein demojournal tek slike.</translation>
    </message>
    <message>
        <source>The patient needs a name.</source>
        <translation>Pasienten må ha eit namn.</translation>
    </message>
    <message>
        <source>The patient needs a family name.</source>
        <translation>Pasienten må ha eit etternamn.</translation>
    </message>
    <message>
        <source>The national id gives a birth date in the future (%1).</source>
        <translation>Fødselsnummeret gjev ein fødselsdato fram i tid (%1).</translation>
    </message>
</context>
<context>
    <name>PatientStore</name>
    <message>
        <source>A patient with national id %1 is already registered (%2 %3).</source>
        <translation>Ein pasient med fødselsnummer %1 er alt registrert (%2 %3).</translation>
    </message>
    <message>
        <source>The journal did not return the new patient&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye pasienten.</translation>
    </message>
    <message>
        <source>The next of kin needs a name.</source>
        <translation>Den pårørande må ha eit namn.</translation>
    </message>
    <message>
        <source>Say how %1 is related to the patient.</source>
        <translation>Oppgje korleis %1 er i slekt med pasienten.</translation>
    </message>
    <message>
        <source>There is no patient number %1 in this journal.</source>
        <translation>Det finst ingen pasient nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>The journal did not return the new next of kin&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye pårørande.</translation>
    </message>
</context>
<context>
    <name>ProgramRules</name>
    <message>
        <source>1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs both a start and an end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot end (%2) before it starts (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot exceed %2 months: planned end %3 is %4 after admission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot last more than %2 days: %3 to %4 is %5 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 usually lasts at least %2 days; %3 are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is %2, not planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The episode in %1 is %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admission to %1 needs detox finished first: %2 is %3, planned to end %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot start before %2 is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 comes after discharge from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stabilization stay is for patients who have completed Phase 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A stabilization stay lasts more than 3 days; %1 to %2 is %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabilization stay needs abstinence since Phase 1: positive test on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relapse treatment is for patients in or after Phase 2; this patient has not started Phase 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sober for %1 days before the relapse: %2 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Serious circumstances: 14 days more, %1 in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family program lasts %1 days; %2 to %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The family program is for relatives of an admitted patient; the patient is not admitted %1–%2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 gatherings come after discharge from Phase 1, and the patient has not been discharged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 has %1 gatherings, and all are planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Phase 2 gathering lasts %1 days; %2 to %3 is %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A Phase 2 gathering cannot start (%1) before discharge from Phase 1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase 2 gatherings take place within the first year after discharge (by %1); %2 is later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coercion needs its legal basis recorded (the act and section of the decision).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coercion needs the body that decided it recorded (e.g. the municipality).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On %1 the day lasted %2 h %3 min; a day-treatment day is 4–5 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week %1 (from %2) had %3 day-treatment days; at least %4 are expected.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ProgramStore</name>
    <message>
        <source>The journal did not return the new program&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program number %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no program called &quot;%1&quot;. The programs are: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A program needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs at least one phase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every phase of %1 needs a name and a length of at least one day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the planned length (%2 days) is longer than the most allowed (%3 days).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>The journal did not return the plan&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffWeek</name>
    <message>
        <source>%1 meeting (escort, %2 patients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Individual session with %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StepRules</name>
    <message>
        <source>There are 12 steps; %1 is not one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 needs a start date before it can be completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot be completed (%2) before it was started (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who confirmed that step %1 is completed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 cannot be completed before step %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubstanceTest</name>
    <message>
        <source>Urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breath</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saliva</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blood</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubstanceTestStore</name>
    <message>
        <source>The journal has no secret for random testing days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no patient number %1 in this journal.</source>
        <translation type="unfinished">Det finst ingen pasient nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>Give the time the sample was taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sample time %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who took the sample.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refusal is recorded with its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test has no results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a substance Trinn tests for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breath test measures ethanol only, not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measured value cannot be negative (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not return the new test&apos;s number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who makes the correction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version has been replaced already; correct the newest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This version of the test has been replaced; the lab&apos;s answer goes to the newest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The test was refused; there is nothing for the lab to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The journal did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no test number %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestInterpretation</name>
    <message>
        <source>Refused the test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused the test: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expected (prescribed %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expected but not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: screen positive, lab negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: screen positive, awaiting the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive for %1, confirmed by the lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected medication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medication missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending lab</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TestingSchedule</name>
    <message>
        <source>&quot;%1&quot; is not a weekday number (1 = Monday … 7 = Sunday).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name at least one weekday to test on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A random testing rate is a number above 0 and at most 1, not &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a testing schedule: use daily, weekdays:1,3,5 or random:0.3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random days, %1% of them</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>Registered in Trinn</source>
        <translation type="unfinished">Registrert i Trinn</translation>
    </message>
    <message>
        <source>National id %1, born %2</source>
        <translation type="unfinished">Fødselsnummer %1, fødd %2</translation>
    </message>
    <message>
        <source>Consent to share information with %1</source>
        <translation type="unfinished">Samtykke til å dele informasjon med %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started; planned to end %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed after %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discharged from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up phone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family program: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence limit passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meeting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Trinn: patient journal and scheduler</source>
        <translation>Trinn: pasientjournal og planlegging</translation>
    </message>
    <message>
        <source>Open this journal (a file or a postgresql:// address).</source>
        <translation>Opne denne journalen (ei fil eller ei postgresql://-adresse).</translation>
    </message>
    <message>
        <source>journal</source>
        <translation>journal</translation>
    </message>
    <message>
        <source>Language: nb, nn or en (default: the system&apos;s).</source>
        <translation>Språk: nb, nn eller en (standard: systemet sitt).</translation>
    </message>
    <message>
        <source>code</source>
        <translation>kode</translation>
    </message>
    <message>
        <source>Start with this patient search typed in.</source>
        <translation>Start med dette pasientsøket skrive inn.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>Save a picture of the window to this PNG file and quit (for documentation).</source>
        <translation>Lagre eit bilete av vindauget i denne PNG-fila og avslutt (for dokumentasjon).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fil</translation>
    </message>
    <message>
        <source>Start in this workspace (1 = Patients … 6 = Administration).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::AdministrationWorkspace</name>
    <message>
        <source>The integrity check reads the whole journal; its report appears here.</source>
        <translation>Integritetskontrollen les heile journalen; rapporten blir vist her.</translation>
    </message>
    <message>
        <source>&amp;Check integrity</source>
        <translation>&amp;Kontroller integritet</translation>
    </message>
    <message>
        <source>&lt;b&gt;Journal:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Kind:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Storage:&lt;/b&gt; %3, schema %4&lt;br&gt;&lt;b&gt;Created:&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Patients:&lt;/b&gt; %6</source>
        <translation>&lt;b&gt;Journal:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Type:&lt;/b&gt; %2&lt;br&gt;&lt;b&gt;Lagring:&lt;/b&gt; %3, skjema %4&lt;br&gt;&lt;b&gt;Oppretta:&lt;/b&gt; %5&lt;br&gt;&lt;b&gt;Pasientar:&lt;/b&gt; %6</translation>
    </message>
    <message>
        <source>demo journal (synthetic national ids only)</source>
        <translation>demojournal (berre syntetiske fødselsnummer)</translation>
    </message>
    <message>
        <source>clinic journal</source>
        <translation>klinikkjournal</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>SQLite file</source>
        <translation>SQLite-fil</translation>
    </message>
    <message>
        <source>The check could not run: %1</source>
        <translation>Kontrollen kunne ikkje køyrast: %1</translation>
    </message>
    <message>
        <source>%1: the journal is intact.</source>
        <translation>%1: journalen er heil.</translation>
    </message>
    <message>
        <source>%1: problems found: %2</source>
        <translation>%1: funne problem: %2</translation>
    </message>
</context>
<context>
    <name>trinn::AppointmentDialog</name>
    <message>
        <source>Book an individual session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::ComingWorkspace</name>
    <message>
        <source>This workspace is not ready yet in this version of Trinn.</source>
        <translation>Dette arbeidsområdet er ikkje klart enno i denne versjonen av Trinn.</translation>
    </message>
</context>
<context>
    <name>trinn::EnrolDialog</name>
    <message>
        <source>Optional phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria assessment: tick what applies to the patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol in a program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assessed by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned phases:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusion: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::EpisodeDialog</name>
    <message>
        <source>Episodes and phases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;pisode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason or note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Complete phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;end to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip phase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dischar&amp;ge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::GroupsWorkspace</name>
    <message>
        <source>&amp;Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AA/NA &amp;outings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A staff member&apos;s &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>national id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attendance and note (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mo&amp;ve session here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days without an outing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escorts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Admitted patients without an outing in the last %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan an outing for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (moved from %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>planned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient has national id %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria assessment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: does this apply to the patient?

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the therapist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absence limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outing planned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a session &amp;here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::MainWindow</name>
    <message>
        <source>Trinn — %1</source>
        <translation>Trinn — %1</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Arbeidsområde</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pasientar</translation>
    </message>
    <message>
        <source>Test board</source>
        <translation>Testtavle</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupper</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>The clinic&apos;s calendar and each therapist&apos;s own week, without conflicts, with Norwegian public holidays.</source>
        <translation>Kalenderen til klinikken og kvar terapeut si eiga veke, utan konfliktar, med norske heilagdagar.</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Inntak</translation>
    </message>
    <message>
        <source>Referrals with their legal deadlines, the waiting list, the bed board and planned admissions.</source>
        <translation>Tilvisingar med lovpålagde fristar, ventelista, sengeoversikta og planlagde innleggingar.</translation>
    </message>
    <message>
        <source>Administration</source>
        <translation>Administrasjon</translation>
    </message>
    <message>
        <source>Demo journal: synthetic patients only</source>
        <translation>Demojournal: berre syntetiske pasientar</translation>
    </message>
    <message>
        <source>Clinic journal</source>
        <translation>Klinikkjournal</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fil</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Ny pasient…</translation>
    </message>
    <message>
        <source>&amp;Find patient</source>
        <translation>&amp;Finn pasient</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Avslutt</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Vis</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjelp</translation>
    </message>
    <message>
        <source>&amp;About Trinn</source>
        <translation>&amp;Om Trinn</translation>
    </message>
    <message>
        <source>About Trinn</source>
        <translation>Om Trinn</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trinn&lt;/b&gt; %1&lt;br&gt;A patient journal and scheduler for substance-use treatment services.&lt;br&gt;Licensed under the GNU GPL, version 3 or later.</source>
        <translation>&lt;b&gt;Trinn&lt;/b&gt; %1&lt;br&gt;Pasientjournal og planlegging for rusbehandling.&lt;br&gt;Lisensiert under GNU GPL, versjon 3 eller seinare.</translation>
    </message>
    <message>
        <source>&amp;Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol in a program…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Episodes and &amp;phases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Treatment plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Book an individual session…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;tarts at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W&amp;eeks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;First week from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lea&amp;ders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Absences allowed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session on: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::NewPatientDialog</name>
    <message>
        <source>New patient</source>
        <translation>Ny pasient</translation>
    </message>
    <message>
        <source>11 digits</source>
        <translation>11 siffer</translation>
    </message>
    <message>
        <source>&amp;National id:</source>
        <translation>&amp;Fødselsnummer:</translation>
    </message>
    <message>
        <source>&amp;Given names:</source>
        <translation>F&amp;ørenamn:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Etternamn:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>G&amp;P:</source>
        <translation>F&amp;astlege:</translation>
    </message>
    <message>
        <source>GP p&amp;ractice:</source>
        <translation>Le&amp;gekontor:</translation>
    </message>
</context>
<context>
    <name>trinn::PatientJournalView</name>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Hending</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Tidsline</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Next of kin:</source>
        <translation>Pårørande:</translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation>Ingen pasient open</translation>
    </message>
    <message>
        <source>Search for a patient by name or national id, then press Enter.</source>
        <translation>Søk etter ein pasient med namn eller fødselsnummer, og trykk Enter.</translation>
    </message>
    <message>
        <source>%1 %2 · born %3 · %4 years</source>
        <translation>%1 %2 · fødd %3 · %4 år</translation>
    </message>
    <message>
        <source>Not enrolled in a program</source>
        <translation>Ikkje innskriven i eit program</translation>
    </message>
    <message>
        <source>phone %1</source>
        <translation>telefon %1</translation>
    </message>
    <message>
        <source>GP %1, %2</source>
        <translation>fastlege %1, %2</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>ingen registrert</translation>
    </message>
    <message>
        <source>%1 (%2, %3): %4</source>
        <translation>%1 (%2, %3): %4</translation>
    </message>
    <message>
        <source>consent to share information</source>
        <translation>samtykke til å dele informasjon</translation>
    </message>
    <message>
        <source>no consent to share information</source>
        <translation>ikkje samtykke til å dele informasjon</translation>
    </message>
    <message>
        <source>The timeline could not be read</source>
        <translation>Tidslina kunne ikkje lesast</translation>
    </message>
</context>
<context>
    <name>trinn::PatientSearchModel</name>
    <message>
        <source>%1 (%2 years)</source>
        <translation>%1 (%2 år)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>National id</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Born</source>
        <translation>Fødd</translation>
    </message>
</context>
<context>
    <name>trinn::PatientsWorkspace</name>
    <message>
        <source>Name or national id (Ctrl+F)</source>
        <translation>Namn eller fødselsnummer (Ctrl+F)</translation>
    </message>
    <message>
        <source>Patient search</source>
        <translation>Pasientsøk</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Søkjeresultat</translation>
    </message>
    <message>
        <source>&amp;New patient…</source>
        <translation>&amp;Ny pasient…</translation>
    </message>
    <message>
        <source>Type a name or the start of a national id.</source>
        <translation>Skriv eit namn eller starten av eit fødselsnummer.</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation>Ingen pasient passar til «%1».</translation>
    </message>
    <message>
        <source>More than %1 patients match; type more to narrow it down.</source>
        <translation>Meir enn %1 pasientar passar; skriv meir for å snevre inn.</translation>
    </message>
    <message>
        <source>Matching patients: %1</source>
        <translation>Pasientar som passar: %1</translation>
    </message>
    <message>
        <source>No patient open</source>
        <translation type="unfinished">Ingen pasient open</translation>
    </message>
    <message>
        <source>Open a patient first: search, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A treatment plan belongs to a program: enrol the patient first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::PlanEditorDialog</name>
    <message>
        <source>Treatment plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (dd.mm.yyyy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan &amp;review date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date like 14.09.2027.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::SessionDialog</name>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Absences so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line for the member&apos;s journal (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group note: what the session was about, for every member&apos;s journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group &amp;note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P present · N absent with notice · U absent without notice · L late · F2 a line · Tab to the note · Ctrl+Enter saves</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::TestBoardModel</name>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>National id</source>
        <translation type="unfinished">Fødselsnummer</translation>
    </message>
    <message>
        <source>Program</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::TestBoardWorkspace</name>
    <message>
        <source>Test board</source>
        <translation type="unfinished">Testtavle</translation>
    </message>
    <message>
        <source>Test &amp;history (Ctrl+H)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import lab results… (Ctrl+I)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a name to find a patient · Enter: record · Enter: save and next · Escape: back to the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 to test · %3 tested · &lt;b&gt;%4 missing&lt;/b&gt; · %5 flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results not imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab results imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 results imported.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::TestEntryForm</name>
    <message>
        <source>Super&amp;vised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to the &amp;lab for confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty = all negative; or %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason, if the patient refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Positive for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Taken by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a substance code; use one of: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breath test measures ethanol only.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinn::TestHistoryDialog</name>
    <message>
        <source>Test history: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Substances found per test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>confirmed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, not supervised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished">Dato</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>trinnctl</name>
    <message>
        <source>The journal to check.</source>
        <translation>Journalen som skal kontrollerast.</translation>
    </message>
    <message>
        <source>trinnctl check JOURNAL</source>
        <translation>trinnctl check JOURNAL</translation>
    </message>
    <message>
        <source>%1: problems found: %2.</source>
        <translation>%1: funne problem: %2.</translation>
    </message>
    <message>
        <source>%1: intact (schema %2, %3 patients).</source>
        <translation>%1: heil (skjema %2, %3 pasientar).</translation>
    </message>
    <message>
        <source>Create a new, empty journal.</source>
        <translation>Opprett ein ny, tom journal.</translation>
    </message>
    <message>
        <source>Create a demo journal with a synthetic clinic.</source>
        <translation>Opprett ein demojournal med ein syntetisk klinikk.</translation>
    </message>
    <message>
        <source>Register (add) or search for (find) patients.</source>
        <translation>Registrer (add) eller søk etter (find) pasientar.</translation>
    </message>
    <message>
        <source>Check a journal&apos;s integrity; exit 1 on problems.</source>
        <translation>Kontroller integriteten til ein journal; avsluttar med 1 ved problem.</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Vis denne hjelpa.</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Bruk: %1</translation>
    </message>
    <message>
        <source>--%1 takes a whole number from %2 to %3, not &quot;%4&quot;.</source>
        <translation>--%1 tek eit heiltal frå %2 til %3, ikkje «%4».</translation>
    </message>
    <message>
        <source>How many patients (default 200).</source>
        <translation>Kor mange pasientar (standard 200).</translation>
    </message>
    <message>
        <source>How many years of history (default 1).</source>
        <translation>Kor mange års historikk (standard 1).</translation>
    </message>
    <message>
        <source>Random seed; the same seed gives the same clinic (default 1).</source>
        <translation>Tilfeldig frø; same frø gjev same klinikk (standard 1).</translation>
    </message>
    <message>
        <source>A new journal file or an empty PostgreSQL database.</source>
        <translation>Ei ny journalfil eller ein tom PostgreSQL-database.</translation>
    </message>
    <message>
        <source>trinnctl demo JOURNAL [--patients N] [--years Y] [--seed S]</source>
        <translation>trinnctl demo JOURNAL [--patients N] [--years Y] [--seed S]</translation>
    </message>
    <message>
        <source>%1 already holds %2 patients; a demo clinic goes into a new journal.</source>
        <translation>%1 har alt %2 pasientar; ein demoklinikk skal i ein ny journal.</translation>
    </message>
    <message>
        <source>%1 of %2 patients written</source>
        <translation>%1 av %2 pasientar skrivne</translation>
    </message>
    <message>
        <source>Make a demo journal (synthetic national ids only).</source>
        <translation>Lag ein demojournal (berre syntetiske fødselsnummer).</translation>
    </message>
    <message>
        <source>trinnctl init JOURNAL [--demo]</source>
        <translation>trinnctl init JOURNAL [--demo]</translation>
    </message>
    <message>
        <source>%1 is a Trinn journal already; nothing was changed.</source>
        <translation>%1 er alt ein Trinn-journal; ingenting vart endra.</translation>
    </message>
    <message>
        <source>Created a %1 journal at %2 (schema %3).</source>
        <translation>Oppretta ein %1 i %2 (skjema %3).</translation>
    </message>
    <message>
        <source>demo</source>
        <translation>demojournal</translation>
    </message>
    <message>
        <source>clinic</source>
        <translation>klinikkjournal</translation>
    </message>
    <message>
        <source>Usage: trinnctl VERB JOURNAL [options]</source>
        <translation>Bruk: trinnctl VERB JOURNAL [val]</translation>
    </message>
    <message>
        <source>JOURNAL is a journal file or a postgresql:// address.</source>
        <translation>JOURNAL er ei journalfil eller ei postgresql://-adresse.</translation>
    </message>
    <message>
        <source>Verbs:</source>
        <translation>Verb:</translation>
    </message>
    <message>
        <source>&quot;trinnctl VERB --help&quot; tells more about a verb. Exit status: 0 done, 1 problems found, 2 bad input.</source>
        <translation>«trinnctl VERB --help» fortel meir om eit verb. Avslutningsstatus: 0 utført, 1 problem funne, 2 ugyldig inndata.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a trinnctl verb.</source>
        <translation>«%1» er ikkje eit trinnctl-verb.</translation>
    </message>
    <message>
        <source>National id: 11 digits.</source>
        <translation>Fødselsnummer: 11 siffer.</translation>
    </message>
    <message>
        <source>Full name: &quot;Given Family&quot; or &quot;Family, Given&quot;.</source>
        <translation>Fullt namn: «Førenamn Etternamn» eller «Etternamn, Førenamn».</translation>
    </message>
    <message>
        <source>Phone number.</source>
        <translation>Telefonnummer.</translation>
    </message>
    <message>
        <source>Home address.</source>
        <translation>Heimeadresse.</translation>
    </message>
    <message>
        <source>The patient&apos;s GP.</source>
        <translation>Fastlegen til pasienten.</translation>
    </message>
    <message>
        <source>The journal.</source>
        <translation>Journalen.</translation>
    </message>
    <message>
        <source>trinnctl patient add JOURNAL --id ID --name NAME [--phone P] [--address A] [--gp G]</source>
        <translation>trinnctl patient add JOURNAL --id ID --name NAME [--phone P] [--address A] [--gp G]</translation>
    </message>
    <message>
        <source>Both --id and --name are needed.</source>
        <translation>Både --id og --name trengst.</translation>
    </message>
    <message>
        <source>Registered %1 %2 (%3).</source>
        <translation>Registrerte %1 %2 (%3).</translation>
    </message>
    <message>
        <source>Show at most this many (default 50).</source>
        <translation>Vis høgst så mange (standard 50).</translation>
    </message>
    <message>
        <source>Name parts or the start of a national id.</source>
        <translation>Delar av namnet eller starten av eit fødselsnummer.</translation>
    </message>
    <message>
        <source>trinnctl patient find JOURNAL TEXT [--limit N]</source>
        <translation>trinnctl patient find JOURNAL TEXT [--limit N]</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;.</source>
        <translation>Ingen pasient passar til «%1».</translation>
    </message>
    <message>
        <source>trinnctl patient add|find JOURNAL …  (&quot;trinnctl patient add --help&quot; for more)</source>
        <translation>trinnctl patient add|find JOURNAL …  (&quot;trinnctl patient add --help&quot; for more)</translation>
    </message>
    <message>
        <source>List the program templates (list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a patient in a program, with every rule checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a patient&apos;s episodes of care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No patient has national id %1 in this journal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a date as 2027-03-14 or 14.03.2027, not &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s national id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program&apos;s name or code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include an optional phase (tapering, detox); repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A criterion that applies to the patient; repeatable. Unnamed criteria do not apply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who assessed the criteria.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trinnctl enrol JOURNAL --patient ID --program NAME [--start DATE] [--with PHASE] [--meets CRITERION --assessed-by NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both --patient and --program are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled in %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trinnctl program list JOURNAL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code %1; service %2; phases: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 weeks of %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; testing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trinnctl report JOURNAL --patient ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--patient is needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient has not been enrolled in any program.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trinnctl board JOURNAL [--date DATE]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not tested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 to test, %3 not tested yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the day&apos;s test board.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import lab results from CSV (lab-results).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>trinnctl import lab-results JOURNAL FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE is CSV with the columns %1 (separated by ; or ,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lab&apos;s CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 lab results.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo clinic in %1: %2 patients, %3 next of kin, %4 episodes of care, %5 tests, %6 years, seed %7 (%8 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
