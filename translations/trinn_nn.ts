<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nn_NO">
<context>
    <name>AccessPolicy</name>
    <message>
        <source>Someone with no role</source>
        <translation>Nokon utan rolle</translation>
    </message>
    <message>
        <source> and </source>
        <translation> og </translation>
    </message>
    <message>
        <source>A nurse may not read therapy notes unless on the patient&apos;s care team.</source>
        <translation>Ein sjukepleiar kan ikkje lese terapinotat utan å vere i behandlingsteamet til pasienten.</translation>
    </message>
    <message>
        <source>%1 may not see %2.</source>
        <translation>%1 kan ikkje sjå %2.</translation>
    </message>
    <message>
        <source>%1 may not change %2.</source>
        <translation>%1 kan ikkje endre %2.</translation>
    </message>
    <message>
        <source>nurse</source>
        <translation>sjukepleiar</translation>
    </message>
    <message>
        <source>therapist</source>
        <translation>terapeut</translation>
    </message>
    <message>
        <source>intake coordinator</source>
        <translation>inntakskoordinator</translation>
    </message>
    <message>
        <source>administrator</source>
        <translation>administrator</translation>
    </message>
    <message>
        <source>patient details</source>
        <translation>pasientopplysningar</translation>
    </message>
    <message>
        <source>substance tests</source>
        <translation>rustestar</translation>
    </message>
    <message>
        <source>medication</source>
        <translation>legemiddel</translation>
    </message>
    <message>
        <source>therapy notes</source>
        <translation>terapinotat</translation>
    </message>
    <message>
        <source>care notes</source>
        <translation>behandlingsnotat</translation>
    </message>
    <message>
        <source>programs and episodes</source>
        <translation>program og forløp</translation>
    </message>
    <message>
        <source>groups</source>
        <translation>grupper</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>tilvisingar</translation>
    </message>
    <message>
        <source>the bed board</source>
        <translation>sengeoversikta</translation>
    </message>
    <message>
        <source>staff accounts</source>
        <translation>brukarkontoar</translation>
    </message>
    <message>
        <source>the audit log</source>
        <translation>tilgangsloggen</translation>
    </message>
    <message>
        <source>Staff with the role %1</source>
        <translation>Tilsette med rolla %1</translation>
    </message>
    <message>
        <source>the staff register</source>
        <translation>personalregisteret</translation>
    </message>
    <message>
        <source>a whole journal for export</source>
        <translation>ein heil journal for eksport</translation>
    </message>
    <message>
        <source>backups of the journal</source>
        <translation>tryggleikskopiar av journalen</translation>
    </message>
</context>
<context>
    <name>Analytes</name>
    <message>
        <source>ethanol/EtG</source>
        <translation>etanol/EtG</translation>
    </message>
    <message>
        <source>amphetamine</source>
        <translation>amfetamin</translation>
    </message>
    <message>
        <source>methamphetamine</source>
        <translation>metamfetamin</translation>
    </message>
    <message>
        <source>benzodiazepines</source>
        <translation>benzodiazepiner</translation>
    </message>
    <message>
        <source>cannabis/THC</source>
        <translation>cannabis/THC</translation>
    </message>
    <message>
        <source>cocaine</source>
        <translation>kokain</translation>
    </message>
    <message>
        <source>opiates</source>
        <translation>opiater</translation>
    </message>
    <message>
        <source>methadone</source>
        <translation>metadon</translation>
    </message>
    <message>
        <source>buprenorphine</source>
        <translation>buprenorfin</translation>
    </message>
    <message>
        <source>fentanyl</source>
        <translation>fentanyl</translation>
    </message>
    <message>
        <source>GHB</source>
        <translation>GHB</translation>
    </message>
</context>
<context>
    <name>AppointmentStore</name>
    <message>
        <source>An appointment needs a time and a length.</source>
        <translation>Ein avtale treng tidspunkt og varigheit.</translation>
    </message>
    <message>
        <source>There is no patient number %1 in this journal.</source>
        <translation>Det finst ingen pasient nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>an individual session</source>
        <translation>ein individualsamtale</translation>
    </message>
    <message>
        <source>The journal did not return the new appointment&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye avtalen.</translation>
    </message>
    <message>
        <source>Choose from the staff register whom the patient will see.</source>
        <translation>Vel i personalregisteret kven pasienten skal møte.</translation>
    </message>
    <message>
        <source>There is no staff member number %1 in the staff register.</source>
        <translation>Det finst ingen tilsett med nummer %1 i personalregisteret.</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: choose someone else.</source>
        <translation>Kontoen til %1 er deaktivert: vel ein annan.</translation>
    </message>
    <message>
        <source>The journal did not answer.</source>
        <translation>Journalen svarte ikkje.</translation>
    </message>
</context>
<context>
    <name>AssessmentLetter</name>
    <message>
        <source>The referral of %1 is not assessed yet: there is no decision to write to them about.</source>
        <translation>Tilvisinga til %1 er ikkje vurdert enno: det finst inga avgjerd å skrive til vedkomande om.</translation>
    </message>
    <message>
        <source>Answer to the referral of %1</source>
        <translation>Svar på tilvisinga til %1</translation>
    </message>
    <message>
        <source>Referral received %1 from %2, for %3.</source>
        <translation>Tilvising motteken %1 frå %2, gjeld %3.</translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation>Til: %1</translation>
    </message>
    <message>
        <source>To: %1, national id %2</source>
        <translation>Til: %1, fødselsnummer %2</translation>
    </message>
    <message>
        <source>Copy to the referrer: %1</source>
        <translation>Kopi til tilvisar: %1</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Your referral was assessed on %1.</source>
        <translation>Tilvisinga di vart vurdert %1.</translation>
    </message>
    <message>
        <source>You have the right to necessary health care from the specialist health service. Treatment starts at the latest on %1.</source>
        <translation>Du har rett til naudsynt helsehjelp frå spesialisthelsetenesta. Behandlinga byrjar seinast %1.</translation>
    </message>
    <message>
        <source>You do not have the right to necessary health care from the specialist health service. You may complain about the decision to the State Administrator (Statsforvalteren); send the complaint to us, and we forward it.</source>
        <translation>Du har ikkje rett til naudsynt helsehjelp frå spesialisthelsetenesta. Du kan klage på avgjerda til Statsforvaltaren; send klaga til oss, så sender vi ho vidare.</translation>
    </message>
    <message>
        <source>We plan to start no later than %1.</source>
        <translation>Vi planlegg å starte seinast %1.</translation>
    </message>
    <message>
        <source>You are welcome on %1.</source>
        <translation>Du er velkomen %1.</translation>
    </message>
    <message>
        <source>The referral is rejected: %1</source>
        <translation>Tilvisinga er avslått: %1</translation>
    </message>
    <message>
        <source>Decided by %1, %2.</source>
        <translation>Avgjort av %1, %2.</translation>
    </message>
    <message>
        <source>Date and signature, for the clinic</source>
        <translation>Dato og signatur, for klinikken</translation>
    </message>
    <message>
        <source>referral-answer-%1.pdf</source>
        <translation>tilvisingssvar-%1.pdf</translation>
    </message>
</context>
<context>
    <name>Attendance</name>
    <message>
        <source>present</source>
        <translation>til stades</translation>
    </message>
    <message>
        <source>absent with notice</source>
        <translation>meldt fråvær</translation>
    </message>
    <message>
        <source>absent without notice</source>
        <translation>fråvær utan melding</translation>
    </message>
    <message>
        <source>late</source>
        <translation>kom for seint</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>left the group</source>
        <translation>gjekk ut av gruppa</translation>
    </message>
</context>
<context>
    <name>AttendancePrint</name>
    <message>
        <source>Attendance: %1, %2</source>
        <translation>Oppmøte: %1, %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Rom: %1</translation>
    </message>
    <message>
        <source>Leaders: %1</source>
        <translation>Leiarar: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minutt</numerusform>
            <numerusform>%n minutt</numerusform>
        </translation>
    </message>
    <message>
        <source>held</source>
        <translation>halden</translation>
    </message>
    <message>
        <source>not yet held: mark each member&apos;s attendance</source>
        <translation>ikkje halden enno: registrer oppmøtet for kvart medlem</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Absences so far</source>
        <translation>Fråvær så langt</translation>
    </message>
    <message>
        <source>Line for the member&apos;s journal</source>
        <translation>Line til journalen til medlemmet</translation>
    </message>
    <message>
        <source>Member&apos;s signature</source>
        <translation>Signaturen til medlemmet</translation>
    </message>
    <message>
        <source>Group note (by %1)</source>
        <translation>Gruppenotat (av %1)</translation>
    </message>
    <message>
        <source>Signature, %1</source>
        <translation>Signatur, %1</translation>
    </message>
    <message>
        <source>Signature, group leader</source>
        <translation>Signatur, gruppeleiar</translation>
    </message>
    <message>
        <source>attendance-%1.pdf</source>
        <translation>oppmøte-%1.pdf</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>Audit record %1 does not follow the one before it: a record was removed or changed.</source>
        <translation>Loggpost %1 følgjer ikkje posten før: ein post er fjerna eller endra.</translation>
    </message>
    <message>
        <source>Audit record %1 was changed after it was written.</source>
        <translation>Loggpost %1 vart endra etter at han vart skriven.</translation>
    </message>
    <message>
        <source>The audit record just written cannot be read back: nothing was saved.</source>
        <translation>Loggposten som nettopp vart skriven, kan ikkje lesast tilbake: ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The sealing key is at epoch %1, but the journal has no seals: every seal was removed.</source>
        <translation>Forseglingsnøkkelen er på epoke %1, men journalen har ingen forseglingar: alle forseglingane er fjerna.</translation>
    </message>
    <message>
        <source>The sealing key was removed from the journal (the last seal is of epoch %1).</source>
        <translation>Forseglingsnøkkelen er fjerna frå journalen (den siste forseglinga er for epoke %1).</translation>
    </message>
    <message>
        <source>The seals of epochs %1-%2 are missing: the sealing key is at epoch %3, so the audit records sealed after record %4 were removed with their seals.</source>
        <translation>Forseglingane for epoke %1-%2 manglar: forseglingsnøkkelen er på epoke %3, så loggpostane som vart forsegla etter post %4, er fjerna saman med forseglingane sine.</translation>
    </message>
    <message>
        <source>The sealing key (epoch %1) does not follow the seal of epoch %2: it was replaced.</source>
        <translation>Forseglingsnøkkelen (epoke %1) følgjer ikkje forseglinga for epoke %2: han er bytt ut.</translation>
    </message>
    <message>
        <source>The sealing key (epoch %1) is not the one the verification key gives for that epoch: it was replaced.</source>
        <translation>Forseglingsnøkkelen (epoke %1) er ikkje den som kontrollnøkkelen gjev for den epoken: han er bytt ut.</translation>
    </message>
    <message>
        <source>The sealing key says audit records up to %1 were sealed, but the last seal (epoch %2) ends at record %3.</source>
        <translation>Ifølgje forseglingsnøkkelen er loggpostane til og med %1 forsegla, men den siste forseglinga (epoke %2) sluttar ved post %3.</translation>
    </message>
    <message>
        <source>after audit record %1</source>
        <translation>etter loggpost %1</translation>
    </message>
    <message>
        <source>from the first audit record</source>
        <translation>frå den første loggposten</translation>
    </message>
    <message>
        <source>The seal of epoch %1 is missing: it sealed the audit records %2 up to record %3.</source>
        <translation>Forseglinga for epoke %1 manglar: ho forsegla loggpostane %2 til og med post %3.</translation>
    </message>
    <message>
        <source>The seals of epochs %1-%2 are missing: they sealed the audit records %3 up to record %4.</source>
        <translation>Forseglingane for epoke %1-%2 manglar: dei forsegla loggpostane %3 til og med post %4.</translation>
    </message>
    <message>
        <source>The seal of epoch %1 covers audit records %2-%3, which an earlier seal covers.</source>
        <translation>Forseglinga for epoke %1 dekkjer loggpostane %2-%3, som ei tidlegare forsegling alt dekkjer.</translation>
    </message>
    <message>
        <source>The seal of epoch %1 (audit records %2-%3) was not made with this journal&apos;s sealing key: it was changed or forged.</source>
        <translation>Forseglinga for epoke %1 (loggpostane %2-%3) vart ikkje laga med forseglingsnøkkelen til denne journalen: ho er endra eller forfalska.</translation>
    </message>
    <message>
        <source>Audit record %1 is not the record sealed in epoch %2: it was changed, and the records after it chained anew.</source>
        <translation>Loggpost %1 er ikkje posten som vart forsegla i epoke %2: han er endra, og postane etter han er kjeda saman på nytt.</translation>
    </message>
    <message>
        <source>Audit records %1-%2 do not match their seal (epoch %3): one of them was changed, or the chain was made anew from there.</source>
        <translation>Loggpostane %1-%2 samsvarar ikkje med forseglinga si (epoke %3): ein av dei er endra, eller kjeden er laga på nytt derifrå.</translation>
    </message>
    <message>
        <source>Audit record %1 is missing: the seal of epoch %2 covers records %3-%4.</source>
        <translation>Loggpost %1 manglar: forseglinga for epoke %2 dekkjer postane %3-%4.</translation>
    </message>
    <message>
        <source>The seal of epoch %1 covers %2 audit records between %3 and %4, but %5 are there: records were removed.</source>
        <translation>Forseglinga for epoke %1 dekkjer %2 loggpostar mellom %3 og %4, men det finst %5: postar er fjerna.</translation>
    </message>
    <message>
        <source>The seal of epoch %1 covers %2 audit records between %3 and %4, but %5 are there: records were added.</source>
        <translation>Forseglinga for epoke %1 dekkjer %2 loggpostar mellom %3 og %4, men det finst %5: det er lagt til postar.</translation>
    </message>
    <message>
        <source>Audit record %1, the last that epoch %2 sealed, is missing.</source>
        <translation>Loggpost %1, den siste som vart forsegla i epoke %2, manglar.</translation>
    </message>
    <message>
        <source>In all, %1 sealed audit records are missing, from %2 seals.</source>
        <translation>I alt manglar %1 forsegla loggpostar, frå %2 forseglingar.</translation>
    </message>
    <message>
        <source>In all, %1 seals no longer match the records they sealed.</source>
        <translation>I alt samsvarar %1 forseglingar ikkje lenger med postane dei forsegla.</translation>
    </message>
    <message>
        <source>No seal matches the verification key: it is not this journal&apos;s key, or every seal was made anew.</source>
        <translation>Inga forsegling samsvarar med kontrollnøkkelen: han er ikkje nøkkelen til denne journalen, eller alle forseglingane er laga på nytt.</translation>
    </message>
    <message>
        <source>In all, %1 of %2 seals do not match the verification key.</source>
        <translation>I alt samsvarar %1 av %2 forseglingar ikkje med kontrollnøkkelen.</translation>
    </message>
    <message>
        <source>Audit record %1 comes after the last seal (epoch %2): it was written outside Trinn, or its seal was removed.</source>
        <translation>Loggpost %1 kjem etter den siste forseglinga (epoke %2): han vart skriven utanfor Trinn, eller forseglinga er fjerna.</translation>
    </message>
    <message>
        <source>Audit record %1 is covered by no seal: it was written outside Trinn, or its seal was removed.</source>
        <translation>Loggpost %1 er ikkje dekt av noka forsegling: han vart skriven utanfor Trinn, eller forseglinga er fjerna.</translation>
    </message>
    <message>
        <source>%1 records in all, up to record %2, are covered by no seal.</source>
        <translation>I alt %1 postar, til og med post %2, er ikkje dekte av noka forsegling.</translation>
    </message>
    <message>
        <source>This journal&apos;s schema has no audit seals; open it with this Trinn first.</source>
        <translation>Skjemaet til denne journalen har inga forsegling av tilgangsloggen; opne han med denne Trinn først.</translation>
    </message>
    <message>
        <source>The audit log of this journal is sealed already; nothing was changed.</source>
        <translation>Tilgangsloggen til denne journalen er alt forsegla; ingenting vart endra.</translation>
    </message>
    <message>
        <source>That is not a verification key: it has 64 hexadecimal digits, in groups or not.</source>
        <translation>Det er ikkje ein kontrollnøkkel: han har 64 heksadesimale siffer, gruppert eller ikkje.</translation>
    </message>
    <message>
        <source>The journal has no seals, but a verification key was given: its seals and sealing key were removed (or the key is another journal&apos;s).</source>
        <translation>Journalen har ingen forseglingar, men ein kontrollnøkkel vart oppgjeven: forseglingane og forseglingsnøkkelen er fjerna (eller nøkkelen høyrer til ein annan journal).</translation>
    </message>
    <message>
        <source>The audit log is not sealed, so its hash chain alone was checked: someone holding the journal could remove its last records, or rewrite it, unseen. An administrator can start sealing with &quot;trinnctl check JOURNAL --start-sealing&quot;.</source>
        <translation>Tilgangsloggen er ikkje forsegla, så berre hashkjeden vart kontrollert: den som har journalen, kan fjerne dei siste postane eller skrive loggen om utan at det blir merka. Ein administrator kan starte forseglinga med «trinnctl check JOURNAL --start-sealing».</translation>
    </message>
    <message>
        <source>%1 seals were checked for order, count and the sealing key, not for authenticity: without the verification key, someone holding the journal could have rewritten the log and sealed it anew. Check with --verification-key to be sure.</source>
        <translation>%1 forseglingar vart kontrollerte for rekkjefølgje, tal og forseglingsnøkkel, ikkje for ektheit: utan kontrollnøkkelen kan den som har journalen, ha skrive om loggen og forsegla han på nytt. Kontroller med --verification-key for å vere sikker.</translation>
    </message>
    <message>
        <source>%1 seals checked against the verification key, up to audit record %2.</source>
        <translation>%1 forseglingar kontrollerte mot kontrollnøkkelen, til og med loggpost %2.</translation>
    </message>
    <message>
        <source>Audit record %1 was removed: patients it showed are still listed.</source>
        <translation>Loggpost %1 er fjerna: pasientane han viste, står framleis oppførte.</translation>
    </message>
    <message>
        <source>Audit record %1 no longer shows in the audit log of a patient it showed: its day was removed from audit_patient_day.</source>
        <translation>Loggpost %1 blir ikkje lenger vist i tilgangsloggen til ein pasient han viste: dagen er fjerna frå audit_patient_day.</translation>
    </message>
    <message>
        <source>This workstation saw audit record %1, but the journal now ends at record %2: it lost committed writes (an older copy was put back, or the last records were removed).</source>
        <translation>Denne arbeidsstasjonen har sett loggpost %1, men journalen sluttar no ved post %2: han har mista lagra endringar (ein eldre kopi er lagd tilbake, eller dei siste postane er fjerna).</translation>
    </message>
    <message>
        <source>Audit record %1 is not the one this workstation saw: the journal was rewritten, or another copy put in its place.</source>
        <translation>Loggpost %1 er ikkje den denne arbeidsstasjonen såg: journalen er skriven om, eller ein annan kopi er sett inn i staden.</translation>
    </message>
    <message>
        <source>This workstation saw the audit log sealed up to epoch %1, but the journal&apos;s sealing key is at epoch %2: seals were lost.</source>
        <translation>Denne arbeidsstasjonen såg tilgangsloggen forsegla til og med epoke %1, men forseglingsnøkkelen til journalen er på epoke %2: forseglingar har gått tapt.</translation>
    </message>
    <message>
        <source>The audit records to seal cannot be read: nothing was saved.</source>
        <translation>Loggpostane som skal forseglast, kan ikkje lesast: ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Audit record %1&apos;s hash is not a SHA-256 hash in hex; the audit log was not converted.</source>
        <translation>Hashen i loggpost %1 er ikkje ein SHA-256-hash i heksadesimal; revisjonsloggen vart ikkje gjord om.</translation>
    </message>
</context>
<context>
    <name>Backup</name>
    <message>
        <source>(no record)</source>
        <translation>(ingen post)</translation>
    </message>
    <message>
        <source>%1 is a folder; a backup is written to a file. Nothing was written.</source>
        <translation>%1 er ei mappe; ein tryggleikskopi blir skriven til ei fil. Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>%1 exists already. Nothing was written: choose another name, or replace it.</source>
        <translation>%1 finst alt. Ingenting vart skrive: vel eit anna namn, eller erstatt ho.</translation>
    </message>
    <message>
        <source>%1 is the journal itself. Nothing was written.</source>
        <translation>%1 er sjølve journalen. Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>There is no folder %1 for the backup. Nothing was written.</source>
        <translation>Mappa %1 for tryggleikskopien finst ikkje. Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>The folder %1 cannot be written (no permission, or a read-only disk). Nothing was written.</source>
        <translation>Mappa %1 kan ikkje skrivast til (manglar løyve, eller disken er skriveverna). Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>The backup could not be made: %1 Nothing was kept.</source>
        <translation>Tryggleikskopien kunne ikkje lagast: %1 Ingenting vart teke vare på.</translation>
    </message>
    <message>
        <source>The backup failed its check: %1 Nothing was kept.</source>
        <translation>Tryggleikskopien bestod ikkje kontrollen: %1 Ingenting vart teke vare på.</translation>
    </message>
    <message>
        <source>The backup cannot be written in %1: %2 Nothing was written.</source>
        <translation>Tryggleikskopien kan ikkje skrivast i %1: %2 Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk for the backup in %1. Nothing was kept; free some space or choose another disk.</source>
        <translation>Det er ikkje nok plass på disken til tryggleikskopien i %1. Ingenting vart teke vare på; frigjer litt plass eller vel ein annan disk.</translation>
    </message>
    <message>
        <source>The backup could not be written to %1: %2 Nothing was kept.</source>
        <translation>Tryggleikskopien kunne ikkje skrivast til %1: %2 Ingenting vart teke vare på.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk for the backup in %1. Nothing was kept.</source>
        <translation>Det er ikkje nok plass på disken til tryggleikskopien i %1. Ingenting vart teke vare på.</translation>
    </message>
    <message>
        <source>The backup could not be written to the disk at %1. Nothing was kept.</source>
        <translation>Tryggleikskopien kunne ikkje skrivast til disken i %1. Ingenting vart teke vare på.</translation>
    </message>
    <message>
        <source>The new backup could not be checked: %1 Nothing was kept.</source>
        <translation>Den nye tryggleikskopien kunne ikkje kontrollerast: %1 Ingenting vart teke vare på.</translation>
    </message>
    <message>
        <source>The new backup failed its check: %1 Nothing was kept.</source>
        <translation>Den nye tryggleikskopien bestod ikkje kontrollen: %1 Ingenting vart teke vare på.</translation>
    </message>
    <message>
        <source>The backup could not be put in place at %1. Nothing was kept.</source>
        <translation>Tryggleikskopien kunne ikkje setjast på plass i %1. Ingenting vart teke vare på.</translation>
    </message>
    <message>
        <source>%1 is newer than the backup: it holds %2 changes made after the backup was taken (%3), the last on %4 by %5%6. Restoring would lose them. Nothing was changed.</source>
        <translation>%1 er nyare enn tryggleikskopien: han har %2 endringar som vart gjorde etter at tryggleikskopien vart teken (%3), den siste %4 av %5%6. Ei gjenoppretting ville miste dei. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>%1 is not an older or newer state of this backup: their audit logs differ (the journal&apos;s last record is number %2, on %3; the backup&apos;s is number %4, on %5), so the journal may hold records the backup lacks. Nothing was changed.</source>
        <translation>%1 er ikkje ein eldre eller nyare tilstand av denne tryggleikskopien: tilgangsloggane deira er ulike (den siste posten i journalen er nummer %2, %3; den i tryggleikskopien er nummer %4, %5), så journalen kan ha postar som tryggleikskopien manglar. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The backup cannot be used: %1 Nothing was changed.</source>
        <translation>Tryggleikskopien kan ikkje brukast: %1 Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The audit log of %1 cannot be read (%2), so Trinn cannot tell whether it holds records the backup lacks. Nothing was changed.</source>
        <translation>Tilgangsloggen til %1 kan ikkje lesast (%2), så Trinn kan ikkje sjå om han har postar som tryggleikskopien manglar. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The journal to be replaced could not be kept: %1 Nothing was changed.</source>
        <translation>Journalen som skal erstattast, kunne ikkje takast vare på: %1 Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The journal %1 cannot be opened (%2), so Trinn cannot tell whether it holds records the backup lacks. Nothing was changed.</source>
        <translation>Journalen %1 kan ikkje opnast (%2), så Trinn kan ikkje sjå om han har postar som tryggleikskopien manglar. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The backup could not be restored: %1 The database was left as it was.</source>
        <translation>Tryggleikskopien kunne ikkje gjenopprettast: %1 Databasen vart latt vere som han var.</translation>
    </message>
    <message>
        <source>The backup was restored to %1, but it cannot be opened: %2</source>
        <translation>Tryggleikskopien vart gjenoppretta til %1, men han kan ikkje opnast: %2</translation>
    </message>
    <message>
        <source>There is no backup file %1. Nothing was changed.</source>
        <translation>Tryggleikskopifila %1 finst ikkje. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>%1 is the backup itself. Nothing was changed.</source>
        <translation>%1 er sjølve tryggleikskopien. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be used: %2 Nothing was changed.</source>
        <translation>Tryggleikskopien %1 kan ikkje brukast: %2 Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The backup %1 failed its check: %2 Nothing was changed.</source>
        <translation>Tryggleikskopien %1 bestod ikkje kontrollen: %2 Ingenting vart endra.</translation>
    </message>
    <message>
        <source>There is not enough space on the disk in %1 for the restored journal. Nothing was changed.</source>
        <translation>Det er ikkje nok plass på disken i %1 til den gjenoppretta journalen. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The backup could not be copied to %1: %2 Nothing was changed.</source>
        <translation>Tryggleikskopien kunne ikkje kopierast til %1: %2 Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The journal %1 could not be moved aside to %2. Nothing was changed.</source>
        <translation>Journalen %1 kunne ikkje flyttast til sides som %2. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The restored journal could not be put in place at %1. Nothing was changed.</source>
        <translation>Den gjenoppretta journalen kunne ikkje setjast på plass i %1. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The backup was put in place at %1, but it cannot be opened: %2</source>
        <translation>Tryggleikskopien vart sett på plass i %1, men han kan ikkje opnast: %2</translation>
    </message>
    <message>
        <source>Keep between 1 and %1 daily backups. Nothing was saved.</source>
        <translation>Ta vare på mellom 1 og %1 daglege tryggleikskopiar. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Give the folder for daily backups as a whole path (%1 is not). Nothing was saved.</source>
        <translation>Oppgje mappa for daglege tryggleikskopiar som ein fullstendig sti (%1 er ikkje det). Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The folder %1 for daily backups cannot be made. No backup was made.</source>
        <translation>Mappa %1 for daglege tryggleikskopiar kan ikkje opprettast. Ingen tryggleikskopi vart teken.</translation>
    </message>
    <message>
        <source>The server refused the password of %1 (give it in PGPASSWORD or ~/.pgpass).</source>
        <translation>Tenaren avviste passordet til %1 (oppgje det i PGPASSWORD eller ~/.pgpass).</translation>
    </message>
    <message>
        <source>The server at %1 cannot be reached.</source>
        <translation>Får ikkje kontakt med tenaren på %1.</translation>
    </message>
    <message>
        <source>The login %1 may not read or replace the whole journal: run it as the journal&apos;s owner role (postgresql://OWNER@host/database).</source>
        <translation>Innlogginga %1 har ikkje lov til å lese eller erstatte heile journalen: køyr det som eigarrolla til journalen (postgresql://OWNER@host/database).</translation>
    </message>
    <message>
        <source>(none given)</source>
        <translation>(ikkje oppgitt)</translation>
    </message>
    <message>
        <source>There is not enough space on the disk for %1.</source>
        <translation>Det er ikkje nok plass på disken til %1.</translation>
    </message>
    <message>
        <source>%1 is not a whole PostgreSQL backup (custom format).</source>
        <translation>%1 er ikkje ein fullstendig PostgreSQL-tryggleikskopi (custom-format).</translation>
    </message>
    <message>
        <source>%1 failed (exit status %2).</source>
        <translation>%1 mislukkast (avslutningsstatus %2).</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s pg_dump is not installed on this workstation (Debian package postgresql-client).</source>
        <translation>pg_dump frå PostgreSQL er ikkje installert på denne arbeidsstasjonen (Debian-pakken postgresql-client).</translation>
    </message>
    <message>
        <source>pg_dump could not be started.</source>
        <translation>pg_dump kunne ikkje startast.</translation>
    </message>
    <message>
        <source>PostgreSQL&apos;s pg_restore is not installed on this workstation (Debian package postgresql-client).</source>
        <translation>pg_restore frå PostgreSQL er ikkje installert på denne arbeidsstasjonen (Debian-pakken postgresql-client).</translation>
    </message>
    <message>
        <source>pg_restore could not be started.</source>
        <translation>pg_restore kunne ikkje startast.</translation>
    </message>
</context>
<context>
    <name>BedRules</name>
    <message>
        <source>A bed is booked for at least one night: %1 to %2 is none.</source>
        <translation>Ei seng blir bestilt for minst éi natt: %1 til %2 er inga.</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>The patient already has bed %1 in room %2 %3.</source>
        <translation>Pasienten har alt seng %1 på rom %2 %3.</translation>
    </message>
    <message>
        <source>Bed %1 in room %2 is taken by another patient %3.</source>
        <translation>Seng %1 på rom %2 er oppteken av ein annan pasient %3.</translation>
    </message>
</context>
<context>
    <name>BedStore</name>
    <message>
        <source>A bed needs a site, a room and a label.</source>
        <translation>Ei seng treng stad, rom og nemning.</translation>
    </message>
    <message>
        <source>Bed %1 in room %2 at %3 exists already.</source>
        <translation>Seng %1 på rom %2 ved %3 finst alt.</translation>
    </message>
    <message>
        <source>The journal did not return the new bed&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye senga.</translation>
    </message>
    <message>
        <source>There is no bed number %1 in this journal.</source>
        <translation>Det finst inga seng nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>Give the last night of the stay, or the episode whose phases plan it.</source>
        <translation>Oppgje siste natt for opphaldet, eller forløpet som planlegg det.</translation>
    </message>
    <message>
        <source>%1 has another bed then (%2–%3).</source>
        <translation>%1 har ei anna seng då (%2–%3).</translation>
    </message>
    <message>
        <source>The journal did not return the new stay&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til det nye opphaldet.</translation>
    </message>
    <message>
        <source>The stay in bed %1 starts %2: the phase cannot end before it.</source>
        <translation>Opphaldet i seng %1 byrjar %2: fasen kan ikkje slutte før det.</translation>
    </message>
    <message>
        <source>The stay cannot be extended: %1 Move that booking first.</source>
        <translation>Opphaldet kan ikkje forlengjast: %1 Flytt den bestillinga først.</translation>
    </message>
</context>
<context>
    <name>BuiltinPrograms</name>
    <message>
        <source>Residential 12-step treatment</source>
        <translation>Døgnbehandling etter 12-trinnsmodellen</translation>
    </message>
    <message>
        <source>Tapering</source>
        <translation>Nedtrapping</translation>
    </message>
    <message>
        <source>Detox</source>
        <translation>Avrusing</translation>
    </message>
    <message>
        <source>Detox, finished before admission.</source>
        <translation>Avrusing, fullført før innlegging.</translation>
    </message>
    <message>
        <source>Phase 1</source>
        <translation>Fase 1</translation>
    </message>
    <message>
        <source>Residential treatment, usually 10–12 weeks, at most 6 months; steps 1–4.</source>
        <translation>Døgnbehandling, vanlegvis 10–12 veker, høgst 6 månader; trinn 1–4.</translation>
    </message>
    <message>
        <source>Phase 2</source>
        <translation>Fase 2</translation>
    </message>
    <message>
        <source>Follow-up at home in the first year after discharge, with six gatherings at the clinic.</source>
        <translation>Oppfølging heime det første året etter utskriving, med seks samlingar på klinikken.</translation>
    </message>
    <message>
        <source>Stabilization stay</source>
        <translation>Stabiliseringsopphold</translation>
    </message>
    <message>
        <source>A short intensive stay of more than 3 days, only for patients who are and have been totally abstinent since Phase 1.</source>
        <translation>Eit kort, intensivt opphald på meir enn 3 døgn, berre for pasientar som er og har vore totalfråhaldande sidan fase 1.</translation>
    </message>
    <message>
        <source>Group therapy and individual sessions.</source>
        <translation>Gruppeterapi og individualsamtalar.</translation>
    </message>
    <message>
        <source>Relapse treatment</source>
        <translation>Tilbakefallsbehandling</translation>
    </message>
    <message>
        <source>Intensive residential care for patients in or after Phase 2 whose relapse needs it; its length follows from the time sober, the cause and the circumstances.</source>
        <translation>Intensiv døgnbehandling for pasientar i eller etter fase 2 som treng det etter eit tilbakefall; lengda følgjer av tida rusfri, årsaka og tilhøva.</translation>
    </message>
    <message>
        <source>Length set from the relapse assessment.</source>
        <translation>Lengda blir sett ut frå vurderinga av tilbakefallet.</translation>
    </message>
    <message>
        <source>Evening program</source>
        <translation>Kveldsprogram</translation>
    </message>
    <message>
        <source>The patient keeps working and comes in the evenings: a longer program and a shorter aftercare. Tested daily.</source>
        <translation>Pasienten held fram i jobb og kjem på kveldstid: lengre program og kortare etterbehandling. Blir testa dagleg.</translation>
    </message>
    <message>
        <source>Therapy and group sessions in the evenings.</source>
        <translation>Terapi og gruppesamlingar på kveldstid.</translation>
    </message>
    <message>
        <source>Aftercare</source>
        <translation>Etterbehandling</translation>
    </message>
    <message>
        <source>Shorter aftercare.</source>
        <translation>Kortare etterbehandling.</translation>
    </message>
    <message>
        <source>Full-time program</source>
        <translation>Fulltidsprogram</translation>
    </message>
    <message>
        <source>Medical detox</source>
        <translation>Medisinsk avrusing</translation>
    </message>
    <message>
        <source>Round-the-clock treatment.</source>
        <translation>Behandling heile døgnet.</translation>
    </message>
    <message>
        <source>Aftercare and follow-up for up to a year.</source>
        <translation>Etterbehandling og oppfølging i inntil eitt år.</translation>
    </message>
    <message>
        <source>Specialist pathway</source>
        <translation>Spesialisthelsetenesta</translation>
    </message>
    <message>
        <source>Referral to specialist care, detox as the first step of residential care, then residential treatment; medication-assisted treatment, coercion with its legal basis and advice to relatives are recorded.</source>
        <translation>Tilvising til spesialisthelsetenesta, avrusing som første steg i døgnbehandlinga, deretter døgnbehandling; legemiddelassistert behandling, tvang med heimel og råd til pårørande blir registrert.</translation>
    </message>
    <message>
        <source>Referral assessment</source>
        <translation>Vurdering av tilvising</translation>
    </message>
    <message>
        <source>Assessment of the referral.</source>
        <translation>Vurdering av tilvisinga.</translation>
    </message>
    <message>
        <source>Detox as the first step of residential care.</source>
        <translation>Avrusing som første steg i døgnbehandlinga.</translation>
    </message>
    <message>
        <source>Residential treatment</source>
        <translation>Døgnbehandling</translation>
    </message>
    <message>
        <source>Treatment plan across the life areas.</source>
        <translation>Behandlingsplan på tvers av livsområda.</translation>
    </message>
    <message>
        <source>major life crisis</source>
        <translation>stor livskrise</translation>
    </message>
    <message>
        <source>serious self-harm</source>
        <translation>alvorleg sjølvskading</translation>
    </message>
    <message>
        <source>serious substance use</source>
        <translation>alvorleg rusbruk</translation>
    </message>
    <message>
        <source>suicidality</source>
        <translation>suicidalitet</translation>
    </message>
    <message>
        <source>acute admissions</source>
        <translation>akutte innleggingar</translation>
    </message>
    <message>
        <source>great difficulty attending (more than 3 absences in the course)</source>
        <translation>store vanskar med å møte (meir enn 3 fråvær i kurset)</translation>
    </message>
    <message>
        <source>personality problems with much acting out and low reflective functioning</source>
        <translation>personlegdomsproblem med mykje utagering og låg refleksjonsevne</translation>
    </message>
    <message>
        <source>Trauma group level %1</source>
        <translation>Traumegruppe nivå %1</translation>
    </message>
    <message>
        <source>Chapters 1–10 of the course book: teaching and homework, beside individual therapy.</source>
        <translation>Kapittel 1–10 i kursboka: undervisning og heimeoppgåver, i tillegg til individuell terapi.</translation>
    </message>
    <message>
        <source>Chapters 11–20 of the course book; level 1 must be completed first.</source>
        <translation>Kapittel 11–20 i kursboka; nivå 1 må vere fullført først.</translation>
    </message>
    <message>
        <source>MBRP</source>
        <translation>MBRP</translation>
    </message>
    <message>
        <source>Mindfulness-based relapse prevention: 8 weeks, one session of 1 h 45 min a week.</source>
        <translation>Mindfulnessbasert tilbakefallsførebygging: 8 veker, éi samling på 1 t 45 min i veka.</translation>
    </message>
    <message>
        <source>not using substances now</source>
        <translation>brukar ikkje rusmiddel no</translation>
    </message>
    <message>
        <source>motivated</source>
        <translation>motivert</translation>
    </message>
    <message>
        <source>can attend regularly and on time</source>
        <translation>kan møte jamleg og presis</translation>
    </message>
    <message>
        <source>ongoing serious or acute mental illness or suicide risk</source>
        <translation>pågåande alvorleg eller akutt psykisk liding eller sjølvmordsrisiko</translation>
    </message>
    <message>
        <source>ongoing life crisis or lack of stability</source>
        <translation>pågåande livskrise eller manglande stabilitet</translation>
    </message>
    <message>
        <source>Municipal 12-step day treatment</source>
        <translation>Kommunal dagbehandling etter 12-trinnsmodellen</translation>
    </message>
    <message>
        <source>Information meeting or pre-talk, a weekly motivation group of 2 hours, then day treatment at least 3 days a week, 4–5 hours a day: 100 days in all while living at home; then weekly aftercare for 6–18 months. AA/NA participation expected.</source>
        <translation>Informasjonsmøte eller førsamtale, vekentleg motivasjonsgruppe på 2 timar, deretter dagbehandling minst 3 dagar i veka, 4–5 timar om dagen: 100 dagar i alt medan ein bur heime; så vekentleg ettervern i 6–18 månader. Deltaking i AA/NA er venta.</translation>
    </message>
    <message>
        <source>Information meeting or pre-talk</source>
        <translation>Informasjonsmøte eller førsamtale</translation>
    </message>
    <message>
        <source>Before treatment starts.</source>
        <translation>Før behandlinga startar.</translation>
    </message>
    <message>
        <source>Motivation group</source>
        <translation>Motivasjonsgruppe</translation>
    </message>
    <message>
        <source>Weekly, 2 hours: an introduction to the program and preparation.</source>
        <translation>Vekentleg, 2 timar: introduksjon til programmet og førebuingar.</translation>
    </message>
    <message>
        <source>Day treatment</source>
        <translation>Dagbehandling</translation>
    </message>
    <message>
        <source>At least 3 days a week, 4–5 hours a day, 100 day-treatment days in all.</source>
        <translation>Minst 3 dagar i veka, 4–5 timar om dagen, 100 dagbehandlingsdagar i alt.</translation>
    </message>
    <message>
        <source>Weekly, for 6–18 months.</source>
        <translation>Vekentleg, i 6–18 månader.</translation>
    </message>
    <message>
        <source>Detox finished before admission; Phase 1 residential (steps 1–4, intensive on weekdays, lighter at weekends), with tapering in it when needed, at the clinic when that is decided with the patient and the referrer; Phase 2 usually in the first year after discharge: six gatherings of three days with letters and phone calls between them. Goal: total abstinence.</source>
        <translation>Avrusing fullført før innlegging; fase 1 i døgnbehandling (trinn 1–4, intensivt på kvardagar, lettare i helgane), med nedtrapping undervegs ved behov, på klinikken når det er avtalt med pasienten og tilvisaren; fase 2 vanlegvis i det første året etter utskriving: seks samlingar à tre døgn med brev og telefonsamtalar imellom. Mål: totalfråhald.</translation>
    </message>
    <message>
        <source>Tapering in Phase 1 when needed: talks, medication, acupuncture, relaxation and vitamins, at the clinic when decided with the patient and the referrer.</source>
        <translation>Nedtrapping i fase 1 ved behov: samtalar, legemiddel, akupunktur, avspenning og vitamin, på klinikken når det er avtalt med pasienten og tilvisaren.</translation>
    </message>
    <message>
        <source>Round-the-clock follow-up, with detox under medical staff where the place offers it, a shorter program, then aftercare and follow-up for up to a year. Tested daily.</source>
        <translation>Oppfølging heile døgnet, med avrusing under medisinsk personale der staden tilbyr det, kortare program, deretter etterbehandling og oppfølging i inntil eitt år. Blir testa dagleg.</translation>
    </message>
    <message>
        <source>Detox with medical staff present, where offered.</source>
        <translation>Avrusing med medisinsk personale til stades, der det blir tilbode.</translation>
    </message>
</context>
<context>
    <name>CalendarStore</name>
    <message>
        <source>an individual session</source>
        <translation>ein individualsamtale</translation>
    </message>
    <message>
        <source>the %1 meeting at %2</source>
        <translation>%1-møtet på %2</translation>
    </message>
    <message>
        <source>Family program</source>
        <translation>Familieprogram</translation>
    </message>
    <message>
        <source>Admission, bed %1</source>
        <translation>Innlegging, seng %1</translation>
    </message>
    <message>
        <source>Phase 2 gathering</source>
        <translation>Fase 2-samling</translation>
    </message>
</context>
<context>
    <name>CareRecordStore</name>
    <message>
        <source>Name the drug.</source>
        <translation>Oppgje legemiddelet.</translation>
    </message>
    <message>
        <source>Give the dose of %1.</source>
        <translation>Oppgje dosen av %1.</translation>
    </message>
    <message>
        <source>Give the day %1 starts.</source>
        <translation>Oppgje dagen %1 startar.</translation>
    </message>
    <message>
        <source>%1 cannot stop (%2) before it starts (%3).</source>
        <translation>%1 kan ikkje stoppe (%2) før det startar (%3).</translation>
    </message>
    <message>
        <source>There is no medication number %1 in this journal.</source>
        <translation>Det finst inga medisinering nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>%1 cannot stop before it starts (%2).</source>
        <translation>%1 kan ikkje stoppe før det startar (%2).</translation>
    </message>
    <message>
        <source>Name the relative who was offered advice.</source>
        <translation>Oppgje den pårørande som fekk tilbod om råd.</translation>
    </message>
    <message>
        <source>Give the day the advice was offered.</source>
        <translation>Oppgje dagen rådet vart tilbode.</translation>
    </message>
    <message>
        <source>Name the relative in the family program.</source>
        <translation>Oppgje den pårørande i familieprogrammet.</translation>
    </message>
    <message>
        <source>The time sober before the relapse cannot be negative.</source>
        <translation>Tida rusfri før tilbakefallet kan ikkje vere negativ.</translation>
    </message>
    <message>
        <source>Say why the relapse happened.</source>
        <translation>Oppgje kvifor tilbakefallet skjedde.</translation>
    </message>
    <message>
        <source>%1 has no day treatment.</source>
        <translation>%1 har inga dagbehandling.</translation>
    </message>
    <message>
        <source>%1 has not started.</source>
        <translation>%1 har ikkje starta.</translation>
    </message>
    <message>
        <source>%1 is outside %2 (from %3).</source>
        <translation>%1 er utanfor %2 (frå %3).</translation>
    </message>
    <message>
        <source>A day-treatment day of %1 minutes is not possible.</source>
        <translation>Ein dagbehandlingsdag på %1 minutt er ikkje mogleg.</translation>
    </message>
    <message>
        <source>Say why %1 is stopped: the reason is kept with the prescription&apos;s history.</source>
        <translation>Oppgje kvifor %1 blir stoppa: grunngjevinga blir lagra i historikken til føreskrivinga.</translation>
    </message>
    <message>
        <source>the day of %1</source>
        <translation>dagen %1</translation>
    </message>
</context>
<context>
    <name>CareTeamStore</name>
    <message>
        <source>There is no staff member number %1; nothing was saved.</source>
        <translation>Det finst ingen tilsett med nummer %1; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: a disabled account cannot join a care team; nothing was saved.</source>
        <translation>Kontoen til %1 er deaktivert: ein deaktivert konto kan ikkje vere med i eit behandlingsteam; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>%1 is on the care team already.</source>
        <translation>%1 er alt i behandlingsteamet.</translation>
    </message>
    <message>
        <source>That staff member is not on the care team; nothing was removed.</source>
        <translation>Den tilsette er ikkje i behandlingsteamet; ingenting vart fjerna.</translation>
    </message>
</context>
<context>
    <name>ChangeLog</name>
    <message>
        <source>The change log finds the patient of table %1 through its column %2, which it does not have.</source>
        <translation>Endringsloggen finn pasienten i tabell %1 gjennom kolonnen %2, som tabellen ikkje har.</translation>
    </message>
    <message>
        <source>The change log finds the patient of table %1 through table %2, which this journal does not have.</source>
        <translation>Endringsloggen finn pasienten i tabell %1 gjennom tabell %2, som denne journalen ikkje har.</translation>
    </message>
    <message>
        <source>The change log cannot find the patient of table %1.</source>
        <translation>Endringsloggen finn ikkje pasienten i tabell %1.</translation>
    </message>
    <message>
        <source>Table %1 has no change log trigger for %2: such changes to it are not recorded.</source>
        <translation>Tabell %1 har ingen endringslogg-trigger for %2: slike endringar i tabellen blir ikkje registrerte.</translation>
    </message>
    <message>
        <source>The change log trigger %1 of table %2 is not the one Trinn made: it was changed outside Trinn.</source>
        <translation>Endringslogg-triggeren %1 i tabell %2 er ikkje den Trinn laga: han er endra utanfor Trinn.</translation>
    </message>
    <message>
        <source>Could not make the change log trigger of table %1: %2</source>
        <translation>Kunne ikkje lage endringslogg-triggeren for tabell %1: %2</translation>
    </message>
    <message>
        <source>The journal did not name the change log&apos;s actor.</source>
        <translation>Journalen oppgav ikkje aktøren for endringsloggen.</translation>
    </message>
    <message>
        <source>Audit record %1 does not say which change log rows it covers.</source>
        <translation>Loggpost %1 seier ikkje kva rader i endringsloggen han dekkjer.</translation>
    </message>
    <message>
        <source>Audit record %1 covers change log rows %2-%3 that an earlier record covers.</source>
        <translation>Loggpost %1 dekkjer radene %2-%3 i endringsloggen, som ein tidlegare post alt dekkjer.</translation>
    </message>
    <message>
        <source>Change log row %1 (table %2) was changed after it was written (audit record %3 covers it).</source>
        <translation>Rad %1 i endringsloggen (tabell %2) vart endra etter at ho vart skriven (loggpost %3 dekkjer ho).</translation>
    </message>
    <message>
        <source>Change log row %1 was removed (audit record %2 covers it).</source>
        <translation>Rad %1 i endringsloggen er fjerna (loggpost %2 dekkjer ho).</translation>
    </message>
    <message>
        <source>One of change log rows %1-%2 was changed or removed after it was written (audit record %3 covers them).</source>
        <translation>Ei av radene %1-%2 i endringsloggen vart endra eller fjerna etter at ho vart skriven (loggpost %3 dekkjer dei).</translation>
    </message>
    <message>
        <source>Audit record %1 covers %2 change log rows between %3 and %4, but %5 are there.</source>
        <translation>Loggpost %1 dekkjer %2 rader i endringsloggen mellom %3 og %4, men det finst %5.</translation>
    </message>
    <message>
        <source>Audit record %1 does not match change log rows %2-%3.</source>
        <translation>Loggpost %1 samsvarar ikkje med radene %2-%3 i endringsloggen.</translation>
    </message>
    <message>
        <source>no actor</source>
        <translation>ingen aktør</translation>
    </message>
    <message>
        <source>actor %1</source>
        <translation>aktør %1</translation>
    </message>
    <message>
        <source>Change log row %1 (%2 of table %3, row %4, %5) was written outside Trinn: no audit record covers it.</source>
        <translation>Rad %1 i endringsloggen (%2 i tabell %3, rad %4, %5) vart skriven utanfor Trinn: ingen loggpost dekkjer ho.</translation>
    </message>
    <message>
        <source>%1 rows in all are not covered.</source>
        <translation>I alt %1 rader er ikkje dekte.</translation>
    </message>
</context>
<context>
    <name>CheckConstraints</name>
    <message>
        <source>There is no table %1 to add its rules to.</source>
        <translation>Det finst ingen tabell %1 å leggje reglane til i.</translation>
    </message>
    <message>
        <source>The table %1 has a definition Trinn cannot add rules to.</source>
        <translation>Tabellen %1 har ein definisjon som Trinn ikkje kan leggje reglar til.</translation>
    </message>
    <message>
        <source>Table %1 row %2 breaks the rule %3: its data was changed outside Trinn or damaged.</source>
        <translation>Tabell %1, rad %2 bryt regelen %3: innhaldet er endra utanfor Trinn eller skadd.</translation>
    </message>
</context>
<context>
    <name>CoercionBasis</name>
    <message>
        <source>helse- og omsorgstjenesteloven § 10-2, retention without consent</source>
        <translation>helse- og omsorgstenestelova § 10-2, tilbakehalding utan samtykke</translation>
    </message>
    <message>
        <source>helse- og omsorgstjenesteloven § 10-3, retention during pregnancy</source>
        <translation>helse- og omsorgstenestelova § 10-3, tilbakehalding under graviditet</translation>
    </message>
    <message>
        <source>helse- og omsorgstjenesteloven § 10-4, retention on own consent</source>
        <translation>helse- og omsorgstenestelova § 10-4, tilbakehalding etter eige samtykke</translation>
    </message>
    <message>
        <source>the rest of the pregnancy (at most %1 months)</source>
        <translation>resten av svangerskapet (høgst %1 månader)</translation>
    </message>
    <message>
        <source>at most %1 months</source>
        <translation>høgst %1 månader</translation>
    </message>
    <message>
        <source>at most %1 weeks</source>
        <translation>høgst %1 veker</translation>
    </message>
    <message>
        <source>the county board (fylkesnemnda)</source>
        <translation>fylkesnemnda</translation>
    </message>
    <message>
        <source>the institution, on the patient&apos;s own consent</source>
        <translation>institusjonen, etter eige samtykke frå pasienten</translation>
    </message>
    <message>
        <source>the municipality</source>
        <translation>kommunen</translation>
    </message>
</context>
<context>
    <name>ConflictRules</name>
    <message>
        <source>%1 %2–%3 on %4</source>
        <translation>%1 %2–%3 den %4</translation>
    </message>
    <message>
        <source>%1 is a public holiday (%2).</source>
        <translation>%1 er ein heilagdag (%2).</translation>
    </message>
    <message>
        <source>Room %1 is taken by %2.</source>
        <translation>Rom %1 er oppteke av %2.</translation>
    </message>
    <message>
        <source>%1 is busy with %2.</source>
        <translation>%1 er oppteken med %2.</translation>
    </message>
    <message>
        <source>%1 is in %2.</source>
        <translation>%1 er i %2.</translation>
    </message>
    <message>
        <source>The patient</source>
        <translation>Pasienten</translation>
    </message>
</context>
<context>
    <name>Correction</name>
    <message>
        <source>Say why %1 is changed: the reason is kept with the new version.</source>
        <translation>Oppgje kvifor %1 blir endra: grunngjevinga blir lagra saman med den nye versjonen.</translation>
    </message>
</context>
<context>
    <name>CsvExport</name>
    <message>
        <source>not tested</source>
        <translation>ikkje testa</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>National id</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Sampled at</source>
        <translation>Prøvetidspunkt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Kvifor</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Prøve</translation>
    </message>
    <message>
        <source>Supervised</source>
        <translation>Overvaka</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Positive for</source>
        <translation>Positiv for</translation>
    </message>
    <message>
        <source>Refusal reason</source>
        <translation>Årsak til nekting</translation>
    </message>
    <message>
        <source>Lab reference</source>
        <translation>Laboratoriereferanse</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Teken av</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Deltakar</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>Tilvist av</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Motteken</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tilbod</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Vurdert</translation>
    </message>
    <message>
        <source>Start of care by</source>
        <translation>Behandlingsstart innan</translation>
    </message>
    <message>
        <source>Planned admission</source>
        <translation>Planlagd innlegging</translation>
    </message>
</context>
<context>
    <name>CsvSave</name>
    <message>
        <source>Export CSV</source>
        <translation>Eksporter CSV</translation>
    </message>
    <message>
        <source>CSV for spreadsheets (*.csv)</source>
        <translation>CSV for rekneark (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be written: %2.</source>
        <translation>%1 kunne ikkje skrivast: %2.</translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>Saved %1. It holds patient data: keep it as safe as the journal.</source>
        <translation>Lagra %1. Fila inneheld pasientopplysningar: oppbevar ho like trygt som journalen.</translation>
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
    <message>
        <source>%1 of %2 patients written</source>
        <translation>%1 av %2 pasientar skrivne</translation>
    </message>
    <message>
        <source>group rounds</source>
        <translation>grupperundar</translation>
    </message>
</context>
<context>
    <name>DemoComing</name>
    <message>
        <source>Drank again after a conflict in the family.</source>
        <translation>Drakk igjen etter ein konflikt i familien.</translation>
    </message>
    <message>
        <source>Counselling room</source>
        <translation>Samtalerom</translation>
    </message>
    <message>
        <source>Individual session</source>
        <translation>Individuell samtale</translation>
    </message>
    <message>
        <source>Called the clinic the next day; the family asks for help.</source>
        <translation>Ringde klinikken dagen etter; familien ber om hjelp.</translation>
    </message>
</context>
<context>
    <name>DemoEpisodes</name>
    <message>
        <source>Left treatment against advice</source>
        <translation>Avbraut behandlinga mot råd</translation>
    </message>
    <message>
        <source>Could not come</source>
        <translation>Kunne ikkje kome</translation>
    </message>
    <message>
        <source>Completed; the days are kept in the municipality&apos;s own records.</source>
        <translation>Fullført; dagane er registrerte i kommunen sine eigne journalar.</translation>
    </message>
</context>
<context>
    <name>DemoGroups</name>
    <message>
        <source>Psychoeducation: what addiction does</source>
        <translation>Psykoedukasjon: kva avhengnad gjer</translation>
    </message>
    <message>
        <source>Dynamic group A</source>
        <translation>Dynamisk gruppe A</translation>
    </message>
    <message>
        <source>Dynamic group B</source>
        <translation>Dynamisk gruppe B</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>Klinikken</translation>
    </message>
    <message>
        <source>Session held as planned; the group worked with the week&apos;s theme.</source>
        <translation>Samlinga vart halden som planlagt; gruppa arbeidde med tema for veka.</translation>
    </message>
    <message>
        <source>Community hall</source>
        <translation>Grendehuset</translation>
    </message>
</context>
<context>
    <name>DemoHistory</name>
    <message>
        <source>Admitted as planned after the intake assessment.</source>
        <translation>Innlagd som planlagt etter inntaksvurderinga.</translation>
    </message>
    <message>
        <source>Arrived with a relative; belongings checked together with staff.</source>
        <translation>Kom saman med ein pårørande; eigedelar gått gjennom saman med personalet.</translation>
    </message>
    <message>
        <source>Describes daily use over the last months and wants to stop.</source>
        <translation>Skildrar dagleg bruk dei siste månadene og ønskjer å slutte.</translation>
    </message>
    <message>
        <source>Informed about house rules, daily testing and the group schedule.</source>
        <translation>Informert om husreglar, dagleg testing og gruppeplanen.</translation>
    </message>
    <message>
        <source>Consent to share information with the GP given.</source>
        <translation>Samtykke til å dele opplysningar med fastlegen er gitt.</translation>
    </message>
    <message>
        <source>Sleep and appetite poor the last weeks; follow up.</source>
        <translation>Dårleg søvn og matlyst dei siste vekene; blir følgt opp.</translation>
    </message>
    <message>
        <source>Calm week. Took part in the groups and the house duties.</source>
        <translation>Roleg veke. Deltok i gruppene og husoppgåvene.</translation>
    </message>
    <message>
        <source>Talks about cravings in the evenings and uses the plan made with the contact person.</source>
        <translation>Fortel om sug om kveldane og bruker planen laga med kontaktpersonen.</translation>
    </message>
    <message>
        <source>Slept better this week.</source>
        <translation>Sove betre denne veka.</translation>
    </message>
    <message>
        <source>Tests this week as expected.</source>
        <translation>Prøvene denne veka som venta.</translation>
    </message>
    <message>
        <source>Conflict with another patient at dinner, resolved in the community meeting.</source>
        <translation>Konflikt med ein annan pasient ved middagen, løyst i husmøtet.</translation>
    </message>
    <message>
        <source>Worked on step work with the sponsor.</source>
        <translation>Arbeidde med stegarbeid saman med sponsor.</translation>
    </message>
    <message>
        <source>Visit from family on Sunday went well.</source>
        <translation>Besøk av familien sundag gjekk bra.</translation>
    </message>
    <message>
        <source>Some low mood; talked with the nurse on duty.</source>
        <translation>Noko nedstemd; snakka med sjukepleiar på vakt.</translation>
    </message>
    <message>
        <source>Individual session about the life story and what led to the use.</source>
        <translation>Individualsamtale om livshistoria og kva som førte til bruken.</translation>
    </message>
    <message>
        <source>Worked with the treatment plan: work and housing after discharge.</source>
        <translation>Arbeidde med behandlingsplanen: arbeid og bustad etter utskriving.</translation>
    </message>
    <message>
        <source>Talked about shame and about contact with the children.</source>
        <translation>Snakka om skam og om kontakten med borna.</translation>
    </message>
    <message>
        <source>Went through the relapse prevention plan; warning signs named.</source>
        <translation>Gjekk gjennom tilbakefallsplanen; varselsignal namngitt.</translation>
    </message>
    <message>
        <source>Motivation is good; wants to continue in the aftercare group.</source>
        <translation>God motivasjon; ønskjer å halde fram i ettervernsgruppa.</translation>
    </message>
    <message>
        <source>Shared openly in the group about the first weeks.</source>
        <translation>Delte ope i gruppa om dei første vekene.</translation>
    </message>
    <message>
        <source>Quiet in the group today, but listened well.</source>
        <translation>Stille i gruppa i dag, men lytta godt.</translation>
    </message>
    <message>
        <source>Gave feedback to the others with warmth.</source>
        <translation>Gav tilbakemeldingar til dei andre med varme.</translation>
    </message>
    <message>
        <source>Phone follow-up: is going to meetings twice a week.</source>
        <translation>Telefonoppfølging: går på møte to gonger i veka.</translation>
    </message>
    <message>
        <source>Phone follow-up: working again part time.</source>
        <translation>Telefonoppfølging: i deltidsarbeid igjen.</translation>
    </message>
    <message>
        <source>Phone follow-up: a slip last week, talked it through; has contacted the sponsor.</source>
        <translation>Telefonoppfølging: ein sprekk førre veke, snakka gjennom det; har kontakta sponsor.</translation>
    </message>
    <message>
        <source>Phone follow-up: no answer; message left.</source>
        <translation>Telefonoppfølging: ikkje svar; beskjed lagd igjen.</translation>
    </message>
    <message>
        <source>Completed the residential phase as planned.</source>
        <translation>Fullførte døgnfasen som planlagt.</translation>
    </message>
    <message>
        <source>Goals in the treatment plan mostly reached.</source>
        <translation>Måla i behandlingsplanen er stort sett nådde.</translation>
    </message>
    <message>
        <source>Continues in Phase 2 with gatherings and a local group.</source>
        <translation>Held fram i fase 2 med samlingar og ei lokal gruppe.</translation>
    </message>
    <message>
        <source>The GP has been sent a discharge letter.</source>
        <translation>Fastlegen har fått tilsendt epikrise.</translation>
    </message>
    <message>
        <source>history written up to %1: %2 tests, %3 notes</source>
        <translation>historikk skriven fram til %1: %2 prøver, %3 notat</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>Klinikken</translation>
    </message>
    <message>
        <source>%1 tests and %2 notes written; now referrals and bed stays</source>
        <translation>%1 prøver og %2 notat skrivne; no tilvisingar og sengeopphald</translation>
    </message>
    <message>
        <source>Letter sent with the dates of the next gathering.</source>
        <translation>Brev sendt med datoane for neste samling.</translation>
    </message>
    <message>
        <source>Doing well at home; goes to meetings twice a week.</source>
        <translation>Har det bra heime; går på møte to gonger i veka.</translation>
    </message>
    <message>
        <source>Did not answer; a letter follows.</source>
        <translation>Svarte ikkje; eit brev kjem.</translation>
    </message>
</context>
<context>
    <name>DemoIntake</name>
    <message>
        <source>The clinic</source>
        <translation>Klinikken</translation>
    </message>
</context>
<context>
    <name>DemoTests</name>
    <message>
        <source>Would not give a sample</source>
        <translation>Ville ikkje gje prøve</translation>
    </message>
</context>
<context>
    <name>Drugs</name>
    <message>
        <source>methadone</source>
        <translation>metadon</translation>
    </message>
    <message>
        <source>buprenorphine</source>
        <translation>buprenorfin</translation>
    </message>
    <message>
        <source>naltrexone</source>
        <translation>naltrekson</translation>
    </message>
    <message>
        <source>disulfiram</source>
        <translation>disulfiram</translation>
    </message>
    <message>
        <source>acamprosate</source>
        <translation>akamprosat</translation>
    </message>
    <message>
        <source>lisdexamfetamine</source>
        <translation>lisdeksamfetamin</translation>
    </message>
    <message>
        <source>methylphenidate</source>
        <translation>metylfenidat</translation>
    </message>
    <message>
        <source>oxazepam</source>
        <translation>oksazepam</translation>
    </message>
</context>
<context>
    <name>Episode</name>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>ongoing</source>
        <translation>pågår</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>fullført</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>hoppa over</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avlyst</translation>
    </message>
    <message>
        <source>discharged early</source>
        <translation>skriven ut tidleg</translation>
    </message>
</context>
<context>
    <name>EpisodePrint</name>
    <message>
        <source>Episode report: %1</source>
        <translation>Forløpsrapport: %1</translation>
    </message>
    <message>
        <source>Date and signature, clinician responsible</source>
        <translation>Dato og signatur, ansvarleg behandlar</translation>
    </message>
    <message>
        <source>episode-report-%1.pdf</source>
        <translation>forløpsrapport-%1.pdf</translation>
    </message>
</context>
<context>
    <name>EpisodeReport</name>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Status: %1, from %2%3</source>
        <translation>Status: %1, frå %2%3</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> til %1</translation>
    </message>
    <message>
        <source>Discharge reason: %1</source>
        <translation>Årsak til utskriving: %1</translation>
    </message>
    <message>
        <source>Phases:</source>
        <translation>Fasar:</translation>
    </message>
    <message>
        <source>%1: ongoing from %2, day %3, planned to end %4</source>
        <translation>%1: pågår frå %2, dag %3, planlagt slutt %4</translation>
    </message>
    <message>
        <source>%1: %2 %3–%4</source>
        <translation>%1: %2 %3–%4</translation>
    </message>
    <message>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <source>next: %1 %2</source>
        <translation>neste: %1 %2</translation>
    </message>
    <message>
        <source>phone call</source>
        <translation>telefonsamtale</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brev</translation>
    </message>
    <message>
        <source>Follow-ups: %1 of %2 done%3</source>
        <translation>Oppfølging: %1 av %2 gjort%3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>Criteria assessment: %1</source>
        <translation>Vurdering av kriterium: %1</translation>
    </message>
    <message>
        <source>Day treatment: %1 of %2 days</source>
        <translation>Dagbehandling: %1 av %2 dagar</translation>
    </message>
    <message>
        <source>Medication: %1 %2 from %3%4</source>
        <translation>Legemiddel: %1 %2 frå %3%4</translation>
    </message>
    <message>
        <source>Advice offered to %1 on %2 (%3)</source>
        <translation>Råd tilbode %1 den %2 (%3)</translation>
    </message>
    <message>
        <source>accepted</source>
        <translation>takka ja</translation>
    </message>
    <message>
        <source>declined</source>
        <translation>takka nei</translation>
    </message>
    <message>
        <source>Family program: %1 (%2) %3–%4</source>
        <translation>Familieprogram: %1 (%2) %3–%4</translation>
    </message>
    <message>
        <source>Relapse assessment: sober %1 days; cause: %2; suggested length %3 days</source>
        <translation>Vurdering av tilbakefall: rusfri %1 dagar; årsak: %2; føreslått lengd %3 dagar</translation>
    </message>
    <message>
        <source>Treatment plan: goals in %1 of %2 life areas, review %3</source>
        <translation>Behandlingsplan: mål på %1 av %2 livsområde, blir revidert %3</translation>
    </message>
    <message>
        <source>step %1 completed %2</source>
        <translation>trinn %1 fullført %2</translation>
    </message>
    <message>
        <source>step %1 started %2</source>
        <translation>trinn %1 starta %2</translation>
    </message>
    <message>
        <source>12-step progress: %1</source>
        <translation>12-trinnsarbeid: %1</translation>
    </message>
    <message>
        <source>%1: completed %2–%3 (%4 days; planned to end %5)</source>
        <translation>%1: fullført %2–%3 (%4 dagar; planlagt slutt %5)</translation>
    </message>
    <message>
        <source>Coercion: %1, decided by %2 on %3, valid until %4</source>
        <translation>Tvang: %1, vedteke av %2 den %3, gyldig til %4</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>ingen dato</translation>
    </message>
</context>
<context>
    <name>EpisodeStore</name>
    <message>
        <source>%1 is already enrolled in %2 (from %3).</source>
        <translation>%1 er alt innskriven i %2 (frå %3).</translation>
    </message>
    <message>
        <source>%1 has no phases to plan.</source>
        <translation>%1 har ingen fasar å planleggje.</translation>
    </message>
    <message>
        <source>The journal did not return the new episode&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til det nye forløpet.</translation>
    </message>
    <message>
        <source>Sober living and social network</source>
        <translation>Rusfritt liv og sosialt nettverk</translation>
    </message>
    <message>
        <source>The whole 12-step program</source>
        <translation>Heile 12-trinnsprogrammet</translation>
    </message>
    <message>
        <source>Phase 2 gathering %1</source>
        <translation>Fase 2-samling %1</translation>
    </message>
    <message>
        <source>There is no episode number %1 in this journal.</source>
        <translation>Det finst ikkje noko forløp nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>%1 · %2, day %3 of %4</source>
        <translation>%1 · %2, dag %3 av %4</translation>
    </message>
    <message>
        <source>%1 · %2 planned from %3</source>
        <translation>%1 · %2 planlagt frå %3</translation>
    </message>
    <message>
        <source>There is no phase number %1 in this journal.</source>
        <translation>Det finst ingen fase nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>%1 has not started, so it cannot be completed.</source>
        <translation>%1 har ikkje starta og kan difor ikkje fullførast.</translation>
    </message>
    <message>
        <source>%1 cannot end (%2) before it started (%3).</source>
        <translation>%1 kan ikkje slutte (%2) før han starta (%3).</translation>
    </message>
    <message>
        <source>Say why the phase is skipped.</source>
        <translation>Oppgje kvifor fasen blir hoppa over.</translation>
    </message>
    <message>
        <source>%1 is %2; only a planned phase can be skipped.</source>
        <translation>%1 er %2; berre ein planlagd fase kan hoppast over.</translation>
    </message>
    <message>
        <source>%1 is %2 and can no longer be replanned.</source>
        <translation>%1 er %2 og kan ikkje lenger planleggjast på nytt.</translation>
    </message>
    <message>
        <source>The episode in %1 is already %2.</source>
        <translation>Forløpet i %1 er alt %2.</translation>
    </message>
    <message>
        <source>Say why the patient is discharged before the program is completed.</source>
        <translation>Oppgje kvifor pasienten blir skriven ut før programmet er fullført.</translation>
    </message>
    <message>
        <source>The journal did not return the new gathering&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye samlinga.</translation>
    </message>
    <message>
        <source>There is no follow-up number %1 in this journal.</source>
        <translation>Det finst inga oppfølging nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>The journal did not answer.</source>
        <translation>Journalen svarte ikkje.</translation>
    </message>
    <message>
        <source>the planned end of %1</source>
        <translation>planlagd slutt for %1</translation>
    </message>
</context>
<context>
    <name>FhirExport</name>
    <message>
        <source>This PostgreSQL server shows your own login only what your role may see, so an export through it would leave records out; nothing was exported. Export with the login that owns the journal&apos;s database.</source>
        <translation>Denne PostgreSQL-tenaren viser innlogginga di berre det rolla di har lov til å sjå, så ein eksport gjennom han ville utelate postar; ingenting vart eksportert. Eksporter med innlogginga som eig databasen til journalen.</translation>
    </message>
    <message>
        <source>Could not make the folder %1; nothing was exported.</source>
        <translation>Kunne ikkje opprette mappa %1; ingenting vart eksportert.</translation>
    </message>
    <message>
        <source>Could not write the export in %1 (%2); the files there are incomplete.</source>
        <translation>Kunne ikkje skrive eksporten i %1 (%2); filene der er ufullstendige.</translation>
    </message>
    <message>
        <source>There is no patient number %1 in this journal.</source>
        <translation>Det finst ingen pasient nummer %1 i denne journalen.</translation>
    </message>
</context>
<context>
    <name>FollowUpStore</name>
    <message>
        <source>phone call</source>
        <translation>telefonsamtale</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>brev</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>nådd</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>ikkje nådd</translation>
    </message>
    <message>
        <source>letter sent</source>
        <translation>brev sendt</translation>
    </message>
    <message>
        <source>Give the day the follow-up was done (not in the future); nothing was saved.</source>
        <translation>Oppgje dagen oppfølginga vart gjord (ikkje fram i tid); ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Say what was tried when the patient was not reached; nothing was saved.</source>
        <translation>Oppgje kva som vart prøvd då pasienten ikkje vart nådd; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>There is no follow-up number %1 in this journal.</source>
        <translation>Det finst inga oppfølging nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>This follow-up was recorded as done on %1 already; nothing was saved.</source>
        <translation>Denne oppfølginga er alt registrert som gjord %1; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Gate</name>
    <message>
        <source>There is no episode number %1 in this journal.</source>
        <translation>Det finst ikkje noko forløp nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no phase number %1 in this journal.</source>
        <translation>Det finst ingen fase nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no medication number %1 in this journal.</source>
        <translation>Det finst inga medisinering nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no test number %1 in this journal.</source>
        <translation>Det finst ingen test nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no note number %1 in this journal.</source>
        <translation>Det finst ikkje noko notat nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no referral number %1 in this journal.</source>
        <translation>Det finst inga tilvising nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no follow-up number %1 in this journal.</source>
        <translation>Det finst inga oppfølging nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no appointment number %1 in this journal.</source>
        <translation>Det finst ingen avtale nummer %1 i denne journalen.</translation>
    </message>
</context>
<context>
    <name>GatheringStore</name>
    <message>
        <source>Choose the day the gathering starts. Nothing was saved.</source>
        <translation>Vel dagen samlinga byrjar. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Name the room the gathering is in. Nothing was saved.</source>
        <translation>Oppgje rommet samlinga blir halden i. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Choose the patients who come to the gathering. Nothing was saved.</source>
        <translation>Vel pasientane som kjem på samlinga. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Choose from the staff register who holds the gathering. Nothing was saved.</source>
        <translation>Vel i personalregisteret kven som held samlinga. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>There is no staff member number %1 in the staff register. Nothing was saved.</source>
        <translation>Det finst ingen tilsett med nummer %1 i personalregisteret. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>%1&apos;s account is disabled: choose someone else. Nothing was saved.</source>
        <translation>Kontoen til %1 er deaktivert: vel ein annan. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>%1 is not in Phase 2 of the residential program.</source>
        <translation>%1 er ikkje i fase 2 av døgnprogrammet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing was saved.</source>
        <translation>Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The journal did not return the new gathering&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye samlinga.</translation>
    </message>
</context>
<context>
    <name>GroupKinds</name>
    <message>
        <source>Psychoeducational group</source>
        <translation>Psykoedukativ gruppe</translation>
    </message>
    <message>
        <source>Dynamic group therapy</source>
        <translation>Dynamisk gruppeterapi</translation>
    </message>
    <message>
        <source>Trauma group level 1</source>
        <translation>Traumegruppe nivå 1</translation>
    </message>
    <message>
        <source>Trauma group level 2</source>
        <translation>Traumegruppe nivå 2</translation>
    </message>
    <message>
        <source>MBRP</source>
        <translation>MBRP</translation>
    </message>
    <message>
        <source>Motivation group</source>
        <translation>Motivasjonsgruppe</translation>
    </message>
    <message>
        <source>Family program group</source>
        <translation>Familieprogramgruppe</translation>
    </message>
    <message>
        <source>Aftercare group</source>
        <translation>Ettervernsgruppe</translation>
    </message>
    <message>
        <source>Phase 2 gathering</source>
        <translation>Fase 2-samling</translation>
    </message>
</context>
<context>
    <name>GroupRules</name>
    <message>
        <source>%1 is full (%2 of %3).</source>
        <translation>%1 er full (%2 av %3).</translation>
    </message>
    <message>
        <source>%1 needs %2 completed.</source>
        <translation>%1 krev at %2 er fullført.</translation>
    </message>
    <message>
        <source>%1: the criterion &quot;%2&quot; has not been assessed.</source>
        <translation>%1: kriteriet «%2» er ikkje vurdert.</translation>
    </message>
    <message>
        <source>Excluded from %1: %2.</source>
        <translation>Utelukka frå %1: %2.</translation>
    </message>
    <message>
        <source>%1 needs: %2.</source>
        <translation>%1 krev: %2.</translation>
    </message>
    <message>
        <source>%1 needs at least %2 leaders (%3 set).</source>
        <translation>%1 treng minst %2 leiarar (%3 sette opp).</translation>
    </message>
    <message>
        <source>%1 needs %2 leaders (%3 set).</source>
        <translation>%1 treng %2 leiarar (%3 sette opp).</translation>
    </message>
    <message>
        <source>%1 needs %2–%3 leaders (%4 set).</source>
        <translation>%1 treng %2–%3 leiarar (%4 sette opp).</translation>
    </message>
    <message>
        <source>%1 has been absent %2 times in %3 (at most %4).</source>
        <translation>%1 har hatt %2 fråvær i %3 (høgst %4).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A group note is written by a leader of %1, signed in (%2).</source>
        <translation>Eit gruppenotat blir skrive av ein leiar av %1 som er innlogga (%2).</translation>
    </message>
    <message>
        <source>Only a leader of %1 (%2) may write its group note.</source>
        <translation>Berre ein leiar av %1 (%2) kan skrive gruppenotatet.</translation>
    </message>
    <message>
        <source>The session was cancelled.</source>
        <translation>Samlinga vart avlyst.</translation>
    </message>
    <message>
        <source>The session was recorded already: correct it, with the reason, instead.</source>
        <translation>Samlinga er alt registrert: rett ho heller, med grunngjeving.</translation>
    </message>
    <message>
        <source>Only a held session can be corrected; record it first.</source>
        <translation>Berre ei gjennomførd samling kan rettast; registrer ho først.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>Ei retting treng ei grunngjeving.</translation>
    </message>
    <message>
        <source>%1 has no criteria; &quot;%2&quot; is not one.</source>
        <translation>%1 har ingen kriterium; «%2» er ikkje eitt av dei.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a criterion of %2; its criteria are: %3.</source>
        <translation>«%1» er ikkje eit kriterium for %2; kriteria er: %3.</translation>
    </message>
</context>
<context>
    <name>GroupStore</name>
    <message>
        <source>A group needs a name.</source>
        <translation>Ei gruppe treng eit namn.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a kind of group.</source>
        <translation>«%1» er ikkje ein gruppetype.</translation>
    </message>
    <message>
        <source>%1 needs a room.</source>
        <translation>%1 treng eit rom.</translation>
    </message>
    <message>
        <source>%1 needs a weekday, a start time and a length.</source>
        <translation>%1 treng vekedag, starttid og varigheit.</translation>
    </message>
    <message>
        <source>%1 needs a first day.</source>
        <translation>%1 treng ein første dag.</translation>
    </message>
    <message>
        <source>The journal did not return the new group&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye gruppa.</translation>
    </message>
    <message>
        <source>%1 cannot meet weekly as planned: %2</source>
        <translation>%1 kan ikkje møtast vekentleg som planlagt: %2</translation>
    </message>
    <message>
        <source>There is no group number %1 in this journal.</source>
        <translation>Det finst inga gruppe nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no patient number %1 in this journal.</source>
        <translation>Det finst ingen pasient nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>%1 is in %2 already.</source>
        <translation>%1 er alt med i %2.</translation>
    </message>
    <message>
        <source>The journal did not answer.</source>
        <translation>Journalen svarte ikkje.</translation>
    </message>
    <message>
        <source>The journal did not return the new member&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til det nye medlemmet.</translation>
    </message>
    <message>
        <source>The patient is not a member of group %1.</source>
        <translation>Pasienten er ikkje medlem av gruppe %1.</translation>
    </message>
    <message>
        <source>There is no group session number %1 in this journal.</source>
        <translation>Det finst inga gruppesamling nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>The journal did not return the new session&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye samlinga.</translation>
    </message>
    <message>
        <source>Only a planned session can be moved.</source>
        <translation>Berre ei planlagd samling kan flyttast.</translation>
    </message>
    <message>
        <source>Only a planned session can be cancelled.</source>
        <translation>Berre ei planlagd samling kan avlysast.</translation>
    </message>
    <message>
        <source>Write the group note before saving the session.</source>
        <translation>Skriv gruppenotatet før samlinga blir lagra.</translation>
    </message>
    <message>
        <source>Patient %1 is not a member of %2.</source>
        <translation>Pasient %1 er ikkje medlem av %2.</translation>
    </message>
    <message>
        <source>The criteria for %1 are assessed by a staff member signed in.</source>
        <translation>Kriteria for %1 blir vurderte av ein innlogga tilsett.</translation>
    </message>
    <message>
        <source>The session was changed meanwhile: open it again.</source>
        <translation>Samlinga er endra i mellomtida: opne ho på nytt.</translation>
    </message>
    <message>
        <source>The journal did not return the new version&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye versjonen.</translation>
    </message>
    <message>
        <source>the time of this session</source>
        <translation>tidspunktet for denne samlinga</translation>
    </message>
</context>
<context>
    <name>HistoryWriter</name>
    <message>
        <source>The journal did not return the new note&apos;s number.</source>
        <translation>Journalen returnerte ikkje nummeret på det nye notatet.</translation>
    </message>
</context>
<context>
    <name>IcalExport</name>
    <message>
        <source>Name the staff member or the room to export.</source>
        <translation>Oppgje den tilsette eller rommet som skal eksporterast.</translation>
    </message>
    <message>
        <source>The time zone Europe/Oslo is not known on this workstation (Debian package tzdata).</source>
        <translation>Tidssona Europe/Oslo er ukjend på denne arbeidsstasjonen (Debian-pakken tzdata).</translation>
    </message>
</context>
<context>
    <name>IntegrityCheck</name>
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
    <message>
        <source>A row breaks a rule of the journal (SQLite reports: %1).</source>
        <translation>Ei rad bryt ein regel i journalen (SQLite melder: %1).</translation>
    </message>
    <message>
        <source>The journal file is damaged inside (SQLite reports: %1). Restore it from a backup.</source>
        <translation>Journalfila er skadd innvendig (SQLite melder: %1). Gjenopprett ho frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>The journal was never finished: %1 stopped before it was complete. Make it again.</source>
        <translation>Journalen vart aldri ferdig: %1 stoppa før han var fullført. Lag han på nytt.</translation>
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
        <source>Could not bring the journal up to schema %1 (%2): %3 The journal was left as it was.</source>
        <translation>Kunne ikkje oppgradere journalen til skjema %1 (%2): %3 Journalen vart ståande som han var.</translation>
    </message>
    <message>
        <source>The change was undone because one of its parts failed.</source>
        <translation>Endringa vart angra fordi ein del av ho mislukkast.</translation>
    </message>
    <message>
        <source>Could not bring the journal up to schema %1: %2 The journal was left as it was.</source>
        <translation>Kunne ikkje oppgradere journalen til skjema %1: %2 Journalen vart ståande som han var.</translation>
    </message>
    <message>
        <source>%1 is damaged: %2. It was left untouched; restore it from a backup.</source>
        <translation>%1 er skadd: %2. Ingenting vart rørt; gjenopprett frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (a pipe, socket or device), so it is not a journal. It was left untouched.</source>
        <translation>%1 er ikkje ei vanleg fil (men ein pipe, ein socket eller ei eining), så det er ikkje ein journal. Ingenting vart rørt.</translation>
    </message>
    <message>
        <source>%1 is not a regular file, so the journal %2 cannot be opened. Both were left untouched.</source>
        <translation>%1 er ikkje ei vanleg fil, så journalen %2 kan ikkje opnast. Ingen av dei vart rørte.</translation>
    </message>
    <message>
        <source>Cannot reach the journal at %1: the database server did not answer or refused the connection (check the address, the password and the network).</source>
        <translation>Får ikkje kontakt med journalen i %1: databasetenaren svarte ikkje eller avviste tilkoplinga (kontroller adressa, passordet og nettverket).</translation>
    </message>
    <message>
        <source>%1 is damaged: SQLite&apos;s quick check found a damaged page or a value that breaks a rule of the journal. It was left untouched; run &quot;trinnctl check&quot; on it to see where, and restore it from a backup.</source>
        <translation>%1 er skadd: hurtigkontrollen i SQLite fann ei skadd side eller ein verdi som bryt ein regel i journalen. Ingenting vart rørt; køyr «trinnctl check» på journalen for å sjå kvar, og gjenopprett han frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>The connection to the journal at %1 was lost while the change was being saved: it may or may not have been saved. Look at the journal before doing it again.</source>
        <translation>Sambandet til journalen i %1 vart brote medan endringa vart lagra: ho kan vere lagra eller ikkje. Sjå i journalen før du gjer det på nytt.</translation>
    </message>
    <message>
        <source>The journal server at %1 refused the user name or password of %2. Nothing was opened.</source>
        <translation>Journaltenaren på %1 avviste brukarnamnet eller passordet til %2. Ingenting vart opna.</translation>
    </message>
    <message>
        <source>The journal at %1 was never finished: %2 stopped before it was complete. Nothing was opened; make it again in an empty database.</source>
        <translation>Journalen i %1 vart aldri ferdig: %2 stoppa før han var fullført. Ingenting vart opna; lag han på nytt i ein tom database.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked for %1 minutes. Nothing was opened.</source>
        <translation>For mange mislukka forsøk: kontoen er låst i %1 minutt. Ingenting vart opna.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked until %1. Nothing was opened.</source>
        <translation>For mange mislukka forsøk: kontoen er låst til %1. Ingenting vart opna.</translation>
    </message>
    <message>
        <source>The journal was brought up to schema %1, but could not be made smaller: %2</source>
        <translation>Journalen vart oppgradert til skjema %1, men kunne ikkje gjerast mindre: %2</translation>
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
    <message>
        <source>Verification key of the audit log</source>
        <translation>Kontrollnøkkel for tilgangsloggen</translation>
    </message>
    <message>
        <source>The new journal was made, but its audit log could not be sealed: %1</source>
        <translation>Den nye journalen vart oppretta, men tilgangsloggen kunne ikkje forseglast: %1</translation>
    </message>
    <message>
        <source>Trinn made a new journal and seals its audit log. This is its verification key, shown only now:

%1

Write it down and keep it offline, away from the workstations: with it, &quot;trinnctl check JOURNAL --verification-key KEY&quot; proves that no audit record was removed, changed or added.</source>
        <translation>Trinn har oppretta ein ny journal og forseglar tilgangsloggen. Dette er kontrollnøkkelen, som berre blir vist no:

%1

Skriv han ned og ta vare på han utan nettilgang, borte frå arbeidsstasjonane: med han provar «trinnctl check JOURNAL --verification-key KEY» at ingen loggpost er fjerna, endra eller lagd til.</translation>
    </message>
    <message>
        <source>Trinn does not take a database password in the address: every user of this computer can read a program&apos;s command line. Leave the password out; Trinn then asks for it, or reads it from ~/.pgpass. Nothing was opened.</source>
        <translation>Trinn tek ikkje imot eit databasepassord i adressa: alle brukarar av denne datamaskina kan lese kommandolinja til eit program. Utelat passordet; Trinn spør då etter det eller les det frå ~/.pgpass. Ingenting vart opna.</translation>
    </message>
    <message>
        <source>The database at %1 asks for the password of %2:</source>
        <translation>Databasen i %1 ber om passordet til %2:</translation>
    </message>
    <message>
        <source>The password was not accepted. The password of %2 at %1:</source>
        <translation>Passordet vart ikkje godteke. Passordet til %2 i %1:</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Databasepassord</translation>
    </message>
    <message>
        <source>Trinn cannot open the journal: %1</source>
        <translation>Trinn kan ikkje opne journalen: %1</translation>
    </message>
</context>
<context>
    <name>JournalFiles</name>
    <message>
        <source>Cannot create the folder %1 for the journal.</source>
        <translation>Kan ikkje opprette mappa %1 for journalen.</translation>
    </message>
    <message>
        <source>Cannot create the journal %1: %2</source>
        <translation>Kan ikkje opprette journalen %1: %2</translation>
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
    <name>JournalOverviewReader</name>
    <message numerus="yes">
        <source>%n test day(s) without a test in the last %1 days, the last on %2.</source>
        <translation>
            <numerusform>%n testdag utan prøve dei siste %1 dagane, den siste %2.</numerusform>
            <numerusform>%n testdagar utan prøve dei siste %1 dagane, den siste %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no patient number %1 in this journal.</source>
        <translation>Det finst ingen pasient nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Individual session with %1</source>
        <translation>Individualsamtale med %1</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes</source>
        <translation>
            <numerusform>%n minutt</numerusform>
            <numerusform>%n minutt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minutes, room %1</source>
        <translation>
            <numerusform>%n minutt, rom %1</numerusform>
            <numerusform>%n minutt, rom %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2, day %3 of %4</source>
        <translation>%1 · %2, dag %3 av %4</translation>
    </message>
    <message>
        <source>%1 · %2 planned from %3</source>
        <translation>%1 · %2 planlagt frå %3</translation>
    </message>
    <message numerus="yes">
        <source>%1 was planned to end %2, %n day(s) ago.</source>
        <translation>
            <numerusform>%1 skulle etter planen slutte %2, for %n dag sidan.</numerusform>
            <numerusform>%1 skulle etter planen slutte %2, for %n dagar sidan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 ends %2, in %n day(s).</source>
        <translation>
            <numerusform>%1 sluttar %2, om %n dag.</numerusform>
            <numerusform>%1 sluttar %2, om %n dagar.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>planned %1–%2</source>
        <translation>planlagt %1–%2</translation>
    </message>
    <message>
        <source>Follow-up phone call</source>
        <translation>Oppfølgingssamtale på telefon</translation>
    </message>
    <message>
        <source>Follow-up letter</source>
        <translation>Oppfølgingsbrev</translation>
    </message>
    <message>
        <source>%1 was due %2 and is not recorded.</source>
        <translation>%1 hadde frist %2 og er ikkje registrert.</translation>
    </message>
    <message>
        <source>%1 is due %2.</source>
        <translation>%1 har frist %2.</translation>
    </message>
    <message>
        <source>since %1</source>
        <translation>sidan %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, prescribed by %2</source>
        <translation>%1, føreskrive av %2</translation>
    </message>
    <message>
        <source>Now %1; the test before: %2</source>
        <translation>No %1; prøva før: %2</translation>
    </message>
    <message numerus="yes">
        <source>The last %n test(s) in a row: %1, since %2</source>
        <translation>
            <numerusform>Siste %n prøve på rad: %1, sidan %2</numerusform>
            <numerusform>Siste %n prøver på rad: %1, sidan %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n positive test(s) in the last %1 days, the last on %2.</source>
        <translation>
            <numerusform>%n positiv prøve dei siste %1 dagane, den siste %2.</numerusform>
            <numerusform>%n positive prøver dei siste %1 dagane, den siste %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) without the expected medication in the last %1 days, the last on %2.</source>
        <translation>
            <numerusform>%n prøve utan venta legemiddel dei siste %1 dagane, den siste %2.</numerusform>
            <numerusform>%n prøver utan venta legemiddel dei siste %1 dagane, den siste %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n test(s) refused in the last %1 days, the last on %2.</source>
        <translation>
            <numerusform>%n prøve nekta dei siste %1 dagane, den siste %2.</numerusform>
            <numerusform>%n prøver nekta dei siste %1 dagane, den siste %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signert av %1</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message numerus="yes">
        <source>%n note(s) not signed.</source>
        <translation>
            <numerusform>%n notat er ikkje signert.</numerusform>
            <numerusform>%n notat er ikkje signerte.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LabImport</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan ikkje lese %1: %2</translation>
    </message>
    <message>
        <source>The file is empty: the first line must name the columns %1.</source>
        <translation>Fila er tom: første line må namngje kolonnane %1.</translation>
    </message>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>Line %1: eit felt i hermeteikn blir aldri lukka.</translation>
    </message>
    <message>
        <source>Line 1: the columns must be %1, not %2.</source>
        <translation>Line 1: kolonnane må vere %1, ikkje %2.</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>Line %1: %2</translation>
    </message>
    <message>
        <source>%1 fields, but there must be %2.</source>
        <translation>%1 felt, men det må vere %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (use 2027-03-14 or 14.03.2027).</source>
        <translation>«%1» er ikkje ein dato (bruk 2027-03-14 eller 14.03.2027).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a substance Trinn tests for.</source>
        <translation>«%1» er ikkje eit stoff Trinn testar for.</translation>
    </message>
    <message>
        <source>the result must be positive or negative, not &quot;%1&quot;.</source>
        <translation>resultatet må vere positive eller negative, ikkje «%1».</translation>
    </message>
    <message>
        <source>the value and the cut-off must be numbers.</source>
        <translation>verdien og grenseverdien må vere tal.</translation>
    </message>
    <message>
        <source>the lab&apos;s reference is missing.</source>
        <translation>referansen til laboratoriet manglar.</translation>
    </message>
    <message>
        <source>no patient has national id %1.</source>
        <translation>ingen pasient har fødselsnummer %1.</translation>
    </message>
    <message>
        <source>patient %1 has no test of %2 to confirm.</source>
        <translation>pasient %1 har ingen test frå %2 å stadfeste.</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Ingenting vart importert.</translation>
    </message>
    <message>
        <source>The file has no rows after the column names.</source>
        <translation>Fila har ingen rader etter kolonnenamna.</translation>
    </message>
    <message>
        <source>Line %1: the file is UTF-8 up to here, but this line has a byte that is not UTF-8 (another encoding mixed in). Nothing was imported; save the file as UTF-8 and try again.</source>
        <translation>Linje %1: fila er UTF-8 fram til hit, men denne linja har ein byte som ikkje er UTF-8 (ei anna teiknkoding er blanda inn). Ingenting vart importert; lagre fila som UTF-8 og prøv igjen.</translation>
    </message>
    <message>
        <source>Line %1: the file is neither UTF-8 nor Latin-1 (byte 0x%2). Nothing was imported; save the file as UTF-8 and try again.</source>
        <translation>Linje %1: fila er verken UTF-8 eller Latin-1 (byte 0x%2). Ingenting vart importert; lagre fila som UTF-8 og prøv igjen.</translation>
    </message>
</context>
<context>
    <name>LifeAreas</name>
    <message>
        <source>Control of intake</source>
        <translation>Kontroll over inntak</translation>
    </message>
    <message>
        <source>Guilt and shame</source>
        <translation>Skyld og skam</translation>
    </message>
    <message>
        <source>Mental health (depression, anxiety, trauma, ADHD, psychosis)</source>
        <translation>Psykisk helse (depresjon, angst, traume, ADHD, psykose)</translation>
    </message>
    <message>
        <source>Somatic health (hepatitis, malnutrition, cirrhosis, nerve damage)</source>
        <translation>Somatisk helse (hepatitt, feilernæring, skrumplever, nerveskadar)</translation>
    </message>
    <message>
        <source>Housing</source>
        <translation>Bustad</translation>
    </message>
    <message>
        <source>Work</source>
        <translation>Arbeid</translation>
    </message>
    <message>
        <source>Sober network</source>
        <translation>Rusfritt nettverk</translation>
    </message>
    <message>
        <source>Skills and education</source>
        <translation>Ferdigheiter og utdanning</translation>
    </message>
    <message>
        <source>Craving</source>
        <translation>Rustrang</translation>
    </message>
    <message>
        <source>The treatment plan needs a review date.</source>
        <translation>Behandlingsplanen treng ein revideringsdato.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a life area of the treatment plan.</source>
        <translation>«%1» er ikkje eit livsområde i behandlingsplanen.</translation>
    </message>
    <message>
        <source>%1 has goals but no measures.</source>
        <translation>%1 har mål, men ingen tiltak.</translation>
    </message>
    <message>
        <source>The treatment plan needs goals in at least one life area.</source>
        <translation>Behandlingsplanen treng mål på minst eitt livsområde.</translation>
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
    <name>NextOfKinStore</name>
    <message>
        <source>The next of kin needs a name; nothing was saved.</source>
        <translation>Den pårørande må ha eit namn; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Say how %1 is related to the patient; nothing was saved.</source>
        <translation>Oppgje korleis %1 er i slekt med pasienten; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The patient has no next of kin number %1; nothing was saved.</source>
        <translation>Pasienten har ingen pårørande nummer %1; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The patient has no next of kin number %1; nothing was removed.</source>
        <translation>Pasienten har ingen pårørande nummer %1; ingenting vart fjerna.</translation>
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
    <name>NoteRules</name>
    <message>
        <source>A signed note is never edited: write a correction with its reason.</source>
        <translation>Eit signert notat blir aldri endra: skriv ei retting med grunngjeving.</translation>
    </message>
    <message>
        <source>The draft was discarded on %1.</source>
        <translation>Utkastet vart forkasta %1.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this draft, may change or sign it.</source>
        <translation>Berre %1, som skreiv dette utkastet, kan endre eller signere det.</translation>
    </message>
    <message>
        <source>A signed note is never discarded: write a correction with its reason.</source>
        <translation>Eit signert notat blir aldri forkasta: skriv ei retting med grunngjeving.</translation>
    </message>
    <message>
        <source>Only %1, who wrote this draft, may discard it.</source>
        <translation>Berre %1, som skreiv dette utkastet, kan forkaste det.</translation>
    </message>
</context>
<context>
    <name>NoteStore</name>
    <message>
        <source>&quot;%1&quot; is not a kind of journal note.</source>
        <translation>«%1» er ikkje ein notattype.</translation>
    </message>
    <message>
        <source>The journal did not return the new note&apos;s number.</source>
        <translation>Journalen returnerte ikkje nummeret på det nye notatet.</translation>
    </message>
    <message>
        <source>There is no note number %1 in this journal.</source>
        <translation>Det finst ikkje noko notat nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>The note was signed already, on %1.</source>
        <translation>Notatet vart alt signert %1.</translation>
    </message>
    <message>
        <source>An empty note cannot be signed.</source>
        <translation>Eit tomt notat kan ikkje signerast.</translation>
    </message>
    <message>
        <source>The note is still a draft: edit it instead of correcting it.</source>
        <translation>Notatet er framleis eit utkast: endre det i staden for å rette det.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>Ei retting treng ei grunngjeving.</translation>
    </message>
    <message>
        <source>A correction needs the corrected text.</source>
        <translation>Ei retting treng den retta teksten.</translation>
    </message>
    <message>
        <source>The note was changed meanwhile: open it again.</source>
        <translation>Notatet er endra i mellomtida: opne det på nytt.</translation>
    </message>
    <message>
        <source>The journal did not answer.</source>
        <translation>Journalen svarte ikkje.</translation>
    </message>
</context>
<context>
    <name>NoteTypes</name>
    <message>
        <source>Admission note</source>
        <translation>Innkomstnotat</translation>
    </message>
    <message>
        <source>Progress note</source>
        <translation>Forløpsnotat</translation>
    </message>
    <message>
        <source>Individual session</source>
        <translation>Individualsamtale</translation>
    </message>
    <message>
        <source>Group note</source>
        <translation>Gruppenotat</translation>
    </message>
    <message>
        <source>Phone follow-up</source>
        <translation>Telefonoppfølging</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Brev</translation>
    </message>
    <message>
        <source>Discharge summary</source>
        <translation>Epikrise</translation>
    </message>
</context>
<context>
    <name>NotesPrint</name>
    <message>
        <source>Journal notes: %1</source>
        <translation>Journalnotat: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n notes are not included: the one who printed this may not read them.</source>
        <translation>
            <numerusform>%n notat er ikkje med: den som skreiv ut dette, har ikkje tilgang til å lese det.</numerusform>
            <numerusform>%n notat er ikkje med: den som skreiv ut dette, har ikkje tilgang til å lese dei.</numerusform>
        </translation>
    </message>
    <message>
        <source>signed %1 by %2</source>
        <translation>signert %1 av %2</translation>
    </message>
    <message>
        <source>draft, not signed</source>
        <translation>utkast, ikkje signert</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Written by %1 · %2</source>
        <translation>Skrive av %1 · %2</translation>
    </message>
    <message>
        <source>Version %1, %2 by %3: %4</source>
        <translation>Versjon %1, %2 av %3: %4</translation>
    </message>
    <message>
        <source>journal-notes-%1.pdf</source>
        <translation>journalnotat-%1.pdf</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notat: %1</translation>
    </message>
</context>
<context>
    <name>OutingStore</name>
    <message>
        <source>An outing goes to an AA or an NA meeting, not &quot;%1&quot;.</source>
        <translation>Ein tur går til eit AA- eller NA-møte, ikkje «%1».</translation>
    </message>
    <message>
        <source>Say where the meeting is.</source>
        <translation>Oppgje kvar møtet er.</translation>
    </message>
    <message>
        <source>Say when the meeting starts.</source>
        <translation>Oppgje når møtet startar.</translation>
    </message>
    <message>
        <source>An outing needs participants.</source>
        <translation>Ein tur treng deltakarar.</translation>
    </message>
    <message>
        <source>An outing to %1 needs at least one escort.</source>
        <translation>Ein tur til %1 treng minst éin følgjeperson.</translation>
    </message>
    <message>
        <source>The journal did not return the new outing&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye turen.</translation>
    </message>
    <message>
        <source>Nobody is due an outing on %1.</source>
        <translation>Ingen skal på tur %1.</translation>
    </message>
    <message>
        <source>the %1 meeting</source>
        <translation>%1-møtet</translation>
    </message>
</context>
<context>
    <name>PatientHeader</name>
    <message>
        <source>%1 · national id %2</source>
        <translation>%1 · fødselsnummer %2</translation>
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
    <name>PlanPrint</name>
    <message>
        <source>Treatment plan: %1</source>
        <translation>Behandlingsplan: %1</translation>
    </message>
    <message>
        <source>The plan is reviewed by %1.</source>
        <translation>Planen skal reviderast innan %1.</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revidering</translation>
    </message>
    <message>
        <source>Date and signature, patient</source>
        <translation>Dato og signatur, pasient</translation>
    </message>
    <message>
        <source>Date and signature, clinician</source>
        <translation>Dato og signatur, behandlar</translation>
    </message>
    <message>
        <source>treatment-plan-%1.pdf</source>
        <translation>behandlingsplan-%1.pdf</translation>
    </message>
</context>
<context>
    <name>PostgresRoles</name>
    <message>
        <source>The password library (libsodium) could not start.</source>
        <translation>Passordbiblioteket (libsodium) kunne ikkje starte.</translation>
    </message>
    <message>
        <source>The database server has a role called %1 that is not a Trinn staff login (the owner&apos;s, for one): choose another user name. Nothing was saved.</source>
        <translation>Databasetenaren har ei rolle som heiter %1 og som ikkje er ei innlogging for ein tilsett i Trinn (til dømes eigaren si): vel eit anna brukarnamn. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>This connection may not make database logins: add staff as an administrator, or as the journal&apos;s owner, who needs the CREATEROLE right. Nothing was saved.</source>
        <translation>Dette sambandet kan ikkje lage databaseinnloggingar: legg til tilsette som administrator, eller som eigaren av journalen, som treng retten CREATEROLE. Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The database login of %1 could not be made: %2 Nothing was saved.</source>
        <translation>Databaseinnlogginga til %1 kunne ikkje lagast: %2 Ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The database login of %1 could not be disabled: %2 Nothing was saved.</source>
        <translation>Databaseinnlogginga til %1 kunne ikkje sperrast: %2 Ingenting vart lagra.</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message numerus="yes">
        <source>born %1 (%n years)</source>
        <translation>
            <numerusform>fødd %1 (%n år)</numerusform>
            <numerusform>fødd %1 (%n år)</numerusform>
        </translation>
    </message>
    <message>
        <source>national id %1</source>
        <translation>fødselsnummer %1</translation>
    </message>
    <message>
        <source>Printed %1 by %2 from Trinn. Confidential: health information about a patient.</source>
        <translation>Skrive ut %1 av %2 frå Trinn. Underlagt teieplikt: helseopplysningar om ein pasient.</translation>
    </message>
    <message>
        <source>The PDF could not be written to %1. Nothing was saved; choose another folder.</source>
        <translation>PDF-en kunne ikkje skrivast til %1. Ingenting vart lagra; vel ei anna mappe.</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lagre som &amp;PDF…</translation>
    </message>
    <message>
        <source>Nothing to print</source>
        <translation>Ingenting å skrive ut</translation>
    </message>
    <message>
        <source>The document could not be made: %1</source>
        <translation>Dokumentet kunne ikkje lagast: %1</translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation>Førehandsvising: %1</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Lagre som PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>PDF not saved</source>
        <translation>PDF ikkje lagra</translation>
    </message>
</context>
<context>
    <name>ProgramRules</name>
    <message>
        <source>1 month</source>
        <translation>1 månad</translation>
    </message>
    <message>
        <source>%1 months</source>
        <translation>%1 månader</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 dag</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 dagar</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 og %2</translation>
    </message>
    <message>
        <source>%1 needs both a start and an end date.</source>
        <translation>%1 treng både start- og sluttdato.</translation>
    </message>
    <message>
        <source>%1 cannot end (%2) before it starts (%3).</source>
        <translation>%1 kan ikkje slutte (%2) før han startar (%3).</translation>
    </message>
    <message>
        <source>%1 cannot exceed %2 months: planned end %3 is %4 after admission.</source>
        <translation>%1 kan ikkje vare meir enn %2 månader: planlagt slutt %3 er %4 etter innlegging.</translation>
    </message>
    <message>
        <source>%1 cannot last more than %2 days: %3 to %4 is %5 days.</source>
        <translation>%1 kan ikkje vare meir enn %2 dagar: %3 til %4 er %5 dagar.</translation>
    </message>
    <message>
        <source>%1 usually lasts at least %2 days; %3 are planned.</source>
        <translation>%1 varer vanlegvis minst %2 dagar; %3 er planlagde.</translation>
    </message>
    <message>
        <source>%1 is %2, not planned.</source>
        <translation>%1 er %2, ikkje planlagd.</translation>
    </message>
    <message>
        <source>The episode in %1 is %2.</source>
        <translation>Forløpet i %1 er %2.</translation>
    </message>
    <message>
        <source>Admission to %1 needs detox finished first: %2 is %3, planned to end %4.</source>
        <translation>Innlegging i %1 krev at avrusinga er fullført: %2 er %3, planlagt slutt %4.</translation>
    </message>
    <message>
        <source>%1 cannot start before %2 is completed.</source>
        <translation>%1 kan ikkje starte før %2 er fullført.</translation>
    </message>
    <message>
        <source>%1 comes after discharge from %2.</source>
        <translation>%1 kjem etter utskriving frå %2.</translation>
    </message>
    <message>
        <source>A stabilization stay is for patients who have completed Phase 1.</source>
        <translation>Eit stabiliseringsopphald er for pasientar som har fullført fase 1.</translation>
    </message>
    <message>
        <source>A stabilization stay lasts more than 3 days; %1 to %2 is %3.</source>
        <translation>Eit stabiliseringsopphald varer meir enn 3 døgn; %1 til %2 er %3.</translation>
    </message>
    <message>
        <source>Stabilization stay needs abstinence since Phase 1: positive test on %1.</source>
        <translation>Stabiliseringsopphald krev totalfråhald sidan fase 1: positiv test %1.</translation>
    </message>
    <message>
        <source>Relapse treatment is for patients in or after Phase 2; this patient has not started Phase 2.</source>
        <translation>Tilbakefallsbehandling er for pasientar i eller etter fase 2; denne pasienten har ikkje starta fase 2.</translation>
    </message>
    <message>
        <source>Sober for %1 days before the relapse: %2 days.</source>
        <translation>Rusfri i %1 dagar før tilbakefallet: %2 dagar.</translation>
    </message>
    <message>
        <source>Serious circumstances: 14 days more, %1 in all.</source>
        <translation>Alvorlege tilhøve: 14 dagar til, %1 i alt.</translation>
    </message>
    <message>
        <source>The family program lasts %1 days; %2 to %3 is %4.</source>
        <translation>Familieprogrammet varer %1 døgn; %2 til %3 er %4.</translation>
    </message>
    <message>
        <source>The family program is for relatives of an admitted patient; the patient is not admitted %1–%2.</source>
        <translation>Familieprogrammet er for pårørande til ein innlagd pasient; pasienten er ikkje innlagd %1–%2.</translation>
    </message>
    <message>
        <source>Phase 2 gatherings come after discharge from Phase 1, and the patient has not been discharged.</source>
        <translation>Fase 2-samlingar kjem etter utskriving frå fase 1, og pasienten er ikkje skriven ut.</translation>
    </message>
    <message>
        <source>Phase 2 has %1 gatherings, and all are planned.</source>
        <translation>Fase 2 har %1 samlingar, og alle er planlagde.</translation>
    </message>
    <message>
        <source>A Phase 2 gathering lasts %1 days; %2 to %3 is %4.</source>
        <translation>Ei fase 2-samling varer %1 døgn; %2 til %3 er %4.</translation>
    </message>
    <message>
        <source>A Phase 2 gathering cannot start (%1) before discharge from Phase 1 (%2).</source>
        <translation>Ei fase 2-samling kan ikkje starte (%1) før utskriving frå fase 1 (%2).</translation>
    </message>
    <message>
        <source>On %1 the day lasted %2 h %3 min; a day-treatment day is 4–5 hours.</source>
        <translation>Den %1 varte dagen %2 t %3 min; ein dagbehandlingsdag er 4–5 timar.</translation>
    </message>
    <message>
        <source>Week %1 (from %2) had %3 day-treatment days; at least %4 are expected.</source>
        <translation>Veke %1 (frå %2) hadde %3 dagbehandlingsdagar; minst %4 er venta.</translation>
    </message>
    <message>
        <source>%1: the planned length (%2 days) is longer than the most allowed (%3 days).</source>
        <translation>%1: planlagd lengd (%2 dagar) er lengre enn det høgste tillatne (%3 dagar).</translation>
    </message>
    <message>
        <source>%1: the planned length (%2 days) is longer than %3 months (%4 days from some days of the year).</source>
        <translation>%1: planlagd lengd (%2 dagar) er lengre enn %3 månader (%4 dagar frå enkelte dagar i året).</translation>
    </message>
    <message>
        <source>%1 cannot exceed %2 months: completed on %3 it would be %4 after admission (%5).</source>
        <translation>%1 kan ikkje vare meir enn %2 månader: fullført %3 ville det vere %4 etter innlegginga (%5).</translation>
    </message>
    <message>
        <source>%1 is part of %2: it starts once %2 has started (%2 is %3).</source>
        <translation>%1 er ein del av %2 og startar når %2 har starta (%2 er %3).</translation>
    </message>
    <message>
        <source>%1 from %2 is full (%3 of %4).</source>
        <translation>%1 frå %2 er full (%3 av %4).</translation>
    </message>
    <message>
        <source>The evening and the full-time program are alternatives: the patient is in %1 (from %2). End that episode before enrolling in %3.</source>
        <translation>Kveldsprogrammet og fulltidsprogrammet er alternativ: pasienten er i %1 (frå %2). Avslutt det forløpet før innskriving i %3.</translation>
    </message>
    <message>
        <source>A patient stays in one residential program at a time: %1 in %2 (%3–%4) overlaps %5 (%6–%7).</source>
        <translation>Ein pasient er i eitt døgnprogram om gongen: %1 i %2 (%3–%4) overlappar %5 (%6–%7).</translation>
    </message>
    <message>
        <source>Phase 2 gatherings usually take place within the first year after discharge (by %1); %2 is later: give the reason.</source>
        <translation>Fase 2-samlingar blir vanlegvis haldne innan det første året etter utskriving (innan %1); %2 er seinare: oppgje grunngjevinga.</translation>
    </message>
    <message>
        <source>Later than the first year after discharge (%1): %2</source>
        <translation>Seinare enn det første året etter utskriving (%1): %2</translation>
    </message>
    <message>
        <source>Coercion needs its legal basis recorded: one of %1 of helse- og omsorgstjenesteloven.</source>
        <translation>Tvang krev at heimelen blir registrert: ein av %1 i helse- og omsorgstenestelova.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a legal basis for coercion; use one of %2 of helse- og omsorgstjenesteloven.</source>
        <translation>«%1» er ikkje ein heimel for tvang; bruk ein av %2 i helse- og omsorgstenestelova.</translation>
    </message>
    <message>
        <source>Coercion needs the body that decided it recorded: under %1, %2.</source>
        <translation>Tvang krev at det blir registrert kven som vedtok han: etter %1 er det %2.</translation>
    </message>
    <message>
        <source>Under %1 coercion is decided by %2, not by %3.</source>
        <translation>Etter %1 blir tvang vedteken av %2, ikkje av %3.</translation>
    </message>
    <message>
        <source>Give the day the coercion was decided.</source>
        <translation>Oppgje dagen tvangen vart vedteken.</translation>
    </message>
    <message>
        <source>Give the last day the coercion is valid: %1 allows %2.</source>
        <translation>Oppgje siste dagen tvangen gjeld: %1 tillèt %2.</translation>
    </message>
    <message>
        <source>Coercion cannot end (%1) before it was decided (%2).</source>
        <translation>Tvangen kan ikkje avsluttast (%1) før han vart vedteken (%2).</translation>
    </message>
    <message>
        <source>%1 allows %2: %3 to %4 is %5.</source>
        <translation>%1 tillèt %2: %3 til %4 er %5.</translation>
    </message>
    <message>
        <source>Day treatment has %1 of %2 days: give the reason for completing it early.</source>
        <translation>Dagbehandlinga har %1 av %2 dagar: oppgje grunngjevinga for å fullføre ho tidleg.</translation>
    </message>
    <message>
        <source>On %1 the day lasted %2 h %3 min; a day-treatment day is 4–5 hours, so it does not count.</source>
        <translation>Den %1 varte dagen %2 t %3 min; ein dagbehandlingsdag er 4–5 timar, så han tel ikkje.</translation>
    </message>
    <message>
        <source>%1 is for patients from %2 years: %3 is %4.</source>
        <translation>%1 er for pasientar frå %2 år: %3 er %4.</translation>
    </message>
    <message>
        <source>%1 is for patients in LAR: %2 has no opioid agonist (methadone, buprenorphine) prescribed now.</source>
        <translation>%1 er for pasientar i LAR: %2 har ingen opioidagonist (metadon, buprenorfin) føreskriven no.</translation>
    </message>
    <message>
        <source>%1 comes in addition to individual therapy: %2 has no therapist on the care team.</source>
        <translation>%1 kjem i tillegg til individuell terapi: %2 har ingen terapeut i behandlingsteamet.</translation>
    </message>
</context>
<context>
    <name>ProgramStore</name>
    <message>
        <source>The journal did not return the new program&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til det nye programmet.</translation>
    </message>
    <message>
        <source>There is no program number %1 in this journal.</source>
        <translation>Det finst ikkje noko program nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no program called &quot;%1&quot;. The programs are: %2.</source>
        <translation>Det finst ikkje noko program som heiter «%1». Programma er: %2.</translation>
    </message>
    <message>
        <source>A program needs a name.</source>
        <translation>Eit program treng eit namn.</translation>
    </message>
    <message>
        <source>%1 needs at least one phase.</source>
        <translation>%1 treng minst éin fase.</translation>
    </message>
    <message>
        <source>Every phase of %1 needs a name and a length of at least one day.</source>
        <translation>Kvar fase i %1 treng eit namn og ei lengd på minst éin dag.</translation>
    </message>
</context>
<context>
    <name>RecordHistory</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Planlagd start</translation>
    </message>
    <message>
        <source>Planned end</source>
        <translation>Planlagd slutt</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Starta</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Avslutta</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Slutt</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Stoppa</translation>
    </message>
    <message>
        <source>Discharge reason</source>
        <translation>Årsak til utskriving</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notat</translation>
    </message>
    <message>
        <source>Medication</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>Prescriber</source>
        <translation>Føreskrivar</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Started on</source>
        <translation>Starta den</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Fullført den</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutt</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Revideringsdato</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Startar</translation>
    </message>
    <message>
        <source>Moved from</source>
        <translation>Flytta frå</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Done on</source>
        <translation>Utført den</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>the episodes</source>
        <translation>forløpa</translation>
    </message>
    <message>
        <source>the phases</source>
        <translation>fasane</translation>
    </message>
    <message>
        <source>the prescriptions</source>
        <translation>føreskrivingane</translation>
    </message>
    <message>
        <source>the 12 steps</source>
        <translation>dei 12 trinna</translation>
    </message>
    <message>
        <source>the treatment plan</source>
        <translation>behandlingsplanen</translation>
    </message>
    <message>
        <source>the treatment plan&apos;s life areas</source>
        <translation>livsområda i behandlingsplanen</translation>
    </message>
    <message>
        <source>the days of day treatment</source>
        <translation>dagane i dagbehandlinga</translation>
    </message>
    <message>
        <source>the group memberships</source>
        <translation>gruppemedlemskapa</translation>
    </message>
    <message>
        <source>the follow-ups</source>
        <translation>oppfølgingane</translation>
    </message>
</context>
<context>
    <name>RecordHistoryDialog</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 was %2</source>
        <translation>%1 var %2</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Registrert</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Fjerna</translation>
    </message>
    <message>
        <source>Emptied</source>
        <translation>Tømt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Endra</translation>
    </message>
</context>
<context>
    <name>RecoveryStore</name>
    <message>
        <source>The journal did not return the plan&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til planen.</translation>
    </message>
    <message>
        <source>step %1</source>
        <translation>trinn %1</translation>
    </message>
</context>
<context>
    <name>ReferralAdmission</name>
    <message>
        <source>Give the day of admission.</source>
        <translation>Oppgje dagen for innlegginga.</translation>
    </message>
</context>
<context>
    <name>ReferralRules</name>
    <message>
        <source>received</source>
        <translation>motteken</translation>
    </message>
    <message>
        <source>assessed</source>
        <translation>vurdert</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>ventar</translation>
    </message>
    <message>
        <source>admitted</source>
        <translation>innlagd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>avslått</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>fastlege</translation>
    </message>
    <message>
        <source>psychologist</source>
        <translation>psykolog</translation>
    </message>
    <message>
        <source>municipal service</source>
        <translation>kommunal teneste</translation>
    </message>
    <message>
        <source>DPS</source>
        <translation>DPS</translation>
    </message>
    <message>
        <source>NAV</source>
        <translation>NAV</translation>
    </message>
    <message>
        <source>ACT/FACT team</source>
        <translation>ACT/FACT-team</translation>
    </message>
    <message>
        <source>workplace program</source>
        <translation>arbeidslivsprogram</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>vurdering</translation>
    </message>
    <message>
        <source>start of care</source>
        <translation>behandlingsstart</translation>
    </message>
    <message>
        <source>Overdue since %1: %2</source>
        <translation>Fristen gjekk ut %1: %2</translation>
    </message>
    <message>
        <source>Due this week (%1): %2</source>
        <translation>Frist denne veka (%1): %2</translation>
    </message>
    <message>
        <source>Due %1: %2</source>
        <translation>Frist %1: %2</translation>
    </message>
    <message>
        <source>The assessment cannot come before the referral was received (%1).</source>
        <translation>Vurderinga kan ikkje kome før tilvisinga vart motteken (%1).</translation>
    </message>
    <message>
        <source>Set a start-of-care deadline on or after the assessment (%1).</source>
        <translation>Set ein frist for behandlingsstart på eller etter vurderinga (%1).</translation>
    </message>
    <message>
        <source>The referral is %1 already.</source>
        <translation>Tilvisinga er alt %1.</translation>
    </message>
    <message>
        <source>A rejection needs its reason.</source>
        <translation>Eit avslag treng ei grunngjeving.</translation>
    </message>
    <message>
        <source>The referral is %1 already: give the reason for assessing it again.</source>
        <translation>Tilvisinga er alt %1: oppgje grunngjevinga for å vurdere ho på nytt.</translation>
    </message>
    <message>
        <source>Assess the referral before planning the admission.</source>
        <translation>Vurder tilvisinga før innlegginga blir planlagd.</translation>
    </message>
    <message>
        <source>The admission cannot be planned before the assessment (%1).</source>
        <translation>Innlegginga kan ikkje planleggjast før vurderinga (%1).</translation>
    </message>
    <message>
        <source>The admission is planned for %1: give the reason for moving it.</source>
        <translation>Innlegginga er planlagd %1: oppgje grunngjevinga for å flytte ho.</translation>
    </message>
    <message>
        <source>Assess the referral before admitting the patient.</source>
        <translation>Vurder tilvisinga før pasienten blir lagd inn.</translation>
    </message>
    <message>
        <source>Register the patient before admitting them.</source>
        <translation>Registrer pasienten før innlegginga.</translation>
    </message>
    <message>
        <source>This referral is for another registered patient (number %1).</source>
        <translation>Denne tilvisinga gjeld ein annan registrert pasient (nummer %1).</translation>
    </message>
    <message>
        <source>has the right to necessary health care</source>
        <translation>har rett til naudsynt helsehjelp</translation>
    </message>
    <message>
        <source>does not have the right to necessary health care</source>
        <translation>har ikkje rett til naudsynt helsehjelp</translation>
    </message>
    <message>
        <source>right to necessary health care not decided</source>
        <translation>rett til naudsynt helsehjelp ikkje avgjort</translation>
    </message>
    <message>
        <source>The right to necessary health care is decided for referrals to the specialist health service; this service is not one. Nothing was saved.</source>
        <translation>Rett til naudsynt helsehjelp blir avgjord for tilvisingar til spesialisthelsetenesta, og dette tilbodet høyrer ikkje til ho. Ingenting vart lagra.</translation>
    </message>
</context>
<context>
    <name>ReferralStore</name>
    <message>
        <source>Name the person referred.</source>
        <translation>Oppgje personen som er tilvist.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a referral source; use one of: %2.</source>
        <translation>«%1» er ikkje ein tilvisar; bruk ein av: %2.</translation>
    </message>
    <message>
        <source>Give the day the referral was received (not in the future).</source>
        <translation>Oppgje dagen tilvisinga vart motteken (ikkje fram i tid).</translation>
    </message>
    <message>
        <source>Say which service is asked for.</source>
        <translation>Oppgje kva tilbod det blir søkt om.</translation>
    </message>
    <message>
        <source>Priority is 1 (urgent), 2 (normal) or 3 (can wait).</source>
        <translation>Prioritet er 1 (hastar), 2 (normal) eller 3 (kan vente).</translation>
    </message>
    <message>
        <source>The journal did not return the new referral&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye tilvisinga.</translation>
    </message>
    <message>
        <source>There is no referral number %1 in this journal.</source>
        <translation>Det finst inga tilvising nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no patient number %1 in this journal.</source>
        <translation>Det finst ingen pasient nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>There is no program &quot;%1&quot; to refer to; the programs are: %2.</source>
        <translation>Det finst ikkje noko program «%1» å tilvise til; programma er: %2.</translation>
    </message>
    <message>
        <source>The national id of the person referred is not valid: %1</source>
        <translation>Fødselsnummeret til den tilviste er ikkje gyldig: %1</translation>
    </message>
</context>
<context>
    <name>SameDayRule</name>
    <message>
        <source>%1 has no test that day to correct.</source>
        <translation>%1 har ingen test den dagen som kan rettast.</translation>
    </message>
    <message>
        <source>%1 already has a test on %2 (%3). Is this a correction of it (give the reason) or a second sample?</source>
        <translation>%1 har alt ein test %2 (%3). Er dette ei retting av han (oppgje grunngjeving) eller ei ny prøve?</translation>
    </message>
    <message>
        <source>A correction of %1&apos;s test on %2 needs its reason.</source>
        <translation>Ei retting av testen til %1 frå %2 treng ei grunngjeving.</translation>
    </message>
</context>
<context>
    <name>SqliteFile</name>
    <message>
        <source>the file ends inside its 100-byte header</source>
        <translation>fila sluttar inne i filhovudet på 100 byte</translation>
    </message>
    <message>
        <source>its header gives a page size of %1 bytes, which SQLite never writes</source>
        <translation>filhovudet oppgjev ein sidestorleik på %1 byte, som SQLite aldri skriv</translation>
    </message>
    <message>
        <source>its header&apos;s file format version bytes are %1 and %2 (only 1 and 2 exist)</source>
        <translation>versjonsbytane for filformatet i filhovudet er %1 og %2 (berre 1 og 2 finst)</translation>
    </message>
    <message>
        <source>its header&apos;s payload fractions are %1, %2 and %3 (they must be 64, 32 and 32)</source>
        <translation>nyttelastbrøkane i filhovudet er %1, %2 og %3 (dei må vere 64, 32 og 32)</translation>
    </message>
    <message>
        <source>its header reserves %1 bytes of every %2-byte page</source>
        <translation>filhovudet reserverer %1 byte av kvar side på %2 byte</translation>
    </message>
    <message>
        <source>its header gives schema format %1 (only 1 to 4 exist)</source>
        <translation>filhovudet oppgjev skjemaformat %1 (berre 1 til 4 finst)</translation>
    </message>
    <message>
        <source>its header gives text encoding %1 (only 1 to 3 exist)</source>
        <translation>filhovudet oppgjev teiknkoding %1 (berre 1 til 3 finst)</translation>
    </message>
    <message>
        <source>byte %1 of its header, reserved and always 0, is %2</source>
        <translation>byte %1 i filhovudet, som er reservert og alltid 0, er %2</translation>
    </message>
    <message>
        <source>its size is not a whole number of pages, so it was cut short</source>
        <translation>storleiken er ikkje eit heilt tal på sider, så fila er avkorta</translation>
    </message>
    <message>
        <source>its header says it has %1 pages, but the file holds %2, so it was cut short</source>
        <translation>filhovudet seier at fila har %1 sider, men ho inneheld %2, så ho er avkorta</translation>
    </message>
    <message>
        <source>its header gives text encoding %1, but Trinn journals are UTF-8 (1)</source>
        <translation>filhovudet oppgjev teiknkoding %1, men Trinn-journalar er UTF-8 (1)</translation>
    </message>
    <message>
        <source>bytes %1 to %2 of its header hold %3 where Trinn always leaves 0</source>
        <translation>byte %1 til %2 i filhovudet inneheld %3 der Trinn alltid lèt det stå 0</translation>
    </message>
    <message>
        <source>its write-ahead log ends inside its header</source>
        <translation>WAL-fila sluttar inne i filhovudet sitt</translation>
    </message>
    <message>
        <source>its write-ahead log has no valid header, so SQLite would ignore what it holds</source>
        <translation>WAL-fila har ikkje noko gyldig filhovud, så SQLite ville ha oversett innhaldet</translation>
    </message>
    <message>
        <source>its write-ahead log&apos;s header fails its checksum, so SQLite would ignore what it holds</source>
        <translation>filhovudet til WAL-fila har feil sjekksum, så SQLite ville ha oversett innhaldet</translation>
    </message>
    <message>
        <source>its write-ahead log gives a page size of %1 bytes</source>
        <translation>WAL-fila oppgjev ein sidestorleik på %1 byte</translation>
    </message>
    <message>
        <source>frame %1 of its write-ahead log, which commits a transaction, fails its checksum</source>
        <translation>ramme %1 i WAL-fila, som fullfører ein transaksjon, har feil sjekksum</translation>
    </message>
    <message>
        <source>frame %1 of its write-ahead log is damaged, and SQLite would drop the transactions committed after it (up to frame %2)</source>
        <translation>ramme %1 i WAL-fila er skadd, og SQLite ville ha forkasta transaksjonane som er fullførte seinare (til og med ramme %2)</translation>
    </message>
</context>
<context>
    <name>StaffRef</name>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (ikkje verifisert)</translation>
    </message>
</context>
<context>
    <name>StaffRegister</name>
    <message>
        <source>Staff member number %1 is not in the staff register.</source>
        <translation>Tilsett nummer %1 finst ikkje i personalregisteret.</translation>
    </message>
    <message>
        <source>%1 is not in the staff register: choose from it.</source>
        <translation>%1 finst ikkje i personalregisteret: vel frå registeret.</translation>
    </message>
    <message>
        <source>%1 names more than one staff member: choose from the register.</source>
        <translation>%1 passar til fleire tilsette: vel frå registeret.</translation>
    </message>
</context>
<context>
    <name>StaffStore</name>
    <message>
        <source>The password library (libsodium) could not start.</source>
        <translation>Passordbiblioteket (libsodium) kunne ikkje starte.</translation>
    </message>
    <message>
        <source>Not enough memory to hash the password.</source>
        <translation>Ikkje nok minne til å hashe passordet.</translation>
    </message>
    <message>
        <source>A password needs at least 10 characters.</source>
        <translation>Eit passord må ha minst 10 teikn.</translation>
    </message>
    <message>
        <source>A user name is one word.</source>
        <translation>Eit brukarnamn er eitt ord.</translation>
    </message>
    <message>
        <source>Give the person&apos;s full name.</source>
        <translation>Oppgje det fulle namnet til personen.</translation>
    </message>
    <message>
        <source>Give the account at least one role.</source>
        <translation>Gje kontoen minst éi rolle.</translation>
    </message>
    <message>
        <source>There is a user called %1 already.</source>
        <translation>Det finst alt ein brukar som heiter %1.</translation>
    </message>
    <message>
        <source>The journal did not return the new account&apos;s number.</source>
        <translation>Journalen gav ikkje attende nummeret til den nye kontoen.</translation>
    </message>
    <message>
        <source>The journal did not answer.</source>
        <translation>Journalen svarte ikkje.</translation>
    </message>
    <message>
        <source>There is no user called %1.</source>
        <translation>Det finst ingen brukar som heiter %1.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Feil brukarnamn eller passord.</translation>
    </message>
    <message>
        <source>The account %1 is disabled; ask an administrator.</source>
        <translation>Kontoen %1 er deaktivert; spør ein administrator.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked until %1.</source>
        <translation>For mange mislukka forsøk: kontoen er låst til %1.</translation>
    </message>
    <message>
        <source>Too many failed attempts: the account is locked for %1 minutes.</source>
        <translation>For mange mislukka forsøk: kontoen er låst i %1 minutt.</translation>
    </message>
    <message>
        <source>The account %1 is not locked; nothing was changed.</source>
        <translation>Kontoen %1 er ikkje låst; ingenting vart endra.</translation>
    </message>
    <message>
        <source>The account %1 is not disabled; nothing was changed.</source>
        <translation>Kontoen %1 er ikkje deaktivert; ingenting vart endra.</translation>
    </message>
    <message>
        <source>Give the account at least one role; nothing was changed.</source>
        <translation>Gje kontoen minst éi rolle; ingenting vart endra.</translation>
    </message>
    <message>
        <source>You cannot take the administrator role from your own account; nothing was changed.</source>
        <translation>Du kan ikkje ta administratorrolla frå din eigen konto; ingenting vart endra.</translation>
    </message>
</context>
<context>
    <name>StaffWeek</name>
    <message>
        <source>%1 meeting (escort, %2 patients)</source>
        <translation>%1-møte (følgjeperson, %2 pasientar)</translation>
    </message>
    <message>
        <source>Individual session with %1</source>
        <translation>Individualsamtale med %1</translation>
    </message>
</context>
<context>
    <name>StepRules</name>
    <message>
        <source>There are 12 steps; %1 is not one of them.</source>
        <translation>Det er 12 trinn; %1 er ikkje eitt av dei.</translation>
    </message>
    <message>
        <source>Step %1 needs a start date before it can be completed.</source>
        <translation>Trinn %1 treng ein startdato før det kan fullførast.</translation>
    </message>
    <message>
        <source>Step %1 cannot be completed (%2) before it was started (%3).</source>
        <translation>Trinn %1 kan ikkje fullførast (%2) før det vart starta (%3).</translation>
    </message>
    <message>
        <source>Say who confirmed that step %1 is completed.</source>
        <translation>Oppgje kven som stadfesta at trinn %1 er fullført.</translation>
    </message>
    <message>
        <source>Step %1 cannot be completed before step %2.</source>
        <translation>Trinn %1 kan ikkje fullførast før trinn %2.</translation>
    </message>
</context>
<context>
    <name>StorageFailure</name>
    <message>
        <source>The disk holding the journal at %1 is full: nothing was saved. Free some space and try again.</source>
        <translation>Disken med journalen i %1 er full: ingenting vart lagra. Frigjer plass og prøv igjen.</translation>
    </message>
    <message>
        <source>The journal at %1 cannot be written on this workstation (a read-only disk, folder or file): nothing was saved.</source>
        <translation>Journalen i %1 kan ikkje skrivast på denne arbeidsstasjonen (disken, mappa eller fila er skriveverna): ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The journal at %1 is busy with another workstation: nothing was saved. Try again in a moment.</source>
        <translation>Journalen i %1 er oppteken av ein annan arbeidsstasjon: ingenting vart lagra. Prøv igjen om litt.</translation>
    </message>
    <message>
        <source>The connection to the journal at %1 was lost: nothing was saved. Check the network and the database server, then try again.</source>
        <translation>Sambandet til journalen i %1 vart brote: ingenting vart lagra. Kontroller nettverket og databasetenaren, og prøv igjen.</translation>
    </message>
    <message>
        <source>That is in the journal at %1 already (another workstation may have saved it just now): nothing was saved.</source>
        <translation>Dette finst alt i journalen i %1 (ein annan arbeidsstasjon kan ha lagra det akkurat no): ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The journal at %1 refused a value that is not valid there: nothing was saved. This is a fault in Trinn; please report it.</source>
        <translation>Journalen i %1 avviste ein verdi som ikkje er gyldig der: ingenting vart lagra. Dette er ein feil i Trinn; meld gjerne frå om han.</translation>
    </message>
    <message>
        <source>The journal at %1 is damaged: nothing was saved. Run &quot;trinnctl check&quot; on it and restore it from a backup.</source>
        <translation>Journalen i %1 er skadd: ingenting vart lagra. Køyr «trinnctl check» på han og gjenopprett han frå ein tryggleikskopi.</translation>
    </message>
    <message>
        <source>A part of this change failed, so the journal at %1 undid all of it: nothing was saved.</source>
        <translation>Ein del av denne endringa mislukkast, så journalen i %1 angra heile endringa: ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The disk holding the journal at %1 could not be read or written: nothing was saved. Check the disk and try again.</source>
        <translation>Disken med journalen i %1 kunne ikkje lesast eller skrivast: ingenting vart lagra. Kontroller disken og prøv igjen.</translation>
    </message>
    <message>
        <source>The journal at %1 could not do that (error %2): nothing was saved.</source>
        <translation>Journalen i %1 kunne ikkje gjere det (feil %2): ingenting vart lagra.</translation>
    </message>
</context>
<context>
    <name>SubstanceTest</name>
    <message>
        <source>Urine</source>
        <translation>Urin</translation>
    </message>
    <message>
        <source>Breath</source>
        <translation>Utandingsluft</translation>
    </message>
    <message>
        <source>Saliva</source>
        <translation>Spytt</translation>
    </message>
    <message>
        <source>Blood</source>
        <translation>Blod</translation>
    </message>
</context>
<context>
    <name>SubstanceTestStore</name>
    <message>
        <source>&quot;%1&quot; is not a substance Trinn tests for.</source>
        <translation>«%1» er ikkje eit stoff Trinn testar for.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>Ei retting treng ei grunngjeving.</translation>
    </message>
    <message>
        <source>The test was refused; there is nothing for the lab to confirm.</source>
        <translation>Testen vart nekta; det er ingenting for laboratoriet å stadfeste.</translation>
    </message>
    <message>
        <source>The lab&apos;s answer names no substance.</source>
        <translation>Svaret frå laboratoriet oppgjev ikkje noko stoff.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>The journal has no secret for random testing days.</source>
        <translation>Journalen har ingen løyndom for tilfeldige testdagar.</translation>
    </message>
    <message>
        <source>There is no patient number %1 in this journal.</source>
        <translation>Det finst ingen pasient nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>Give the time the sample was taken.</source>
        <translation>Oppgje når prøva vart teken.</translation>
    </message>
    <message>
        <source>The sample time %1 is in the future.</source>
        <translation>Prøvetidspunktet %1 er fram i tid.</translation>
    </message>
    <message>
        <source>A refusal is recorded with its reason.</source>
        <translation>Ei nekta prøve blir registrert med grunngjeving.</translation>
    </message>
    <message>
        <source>The test has no results.</source>
        <translation>Testen har ingen resultat.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 står to gonger.</translation>
    </message>
    <message>
        <source>A breath test measures ethanol only, not %1.</source>
        <translation>Ei utandingsprøve måler berre etanol, ikkje %1.</translation>
    </message>
    <message>
        <source>A measured value cannot be negative (%1).</source>
        <translation>Ein målt verdi kan ikkje vere negativ (%1).</translation>
    </message>
    <message>
        <source>There is no staff member number %1 to have taken the sample.</source>
        <translation>Det finst ingen tilsett med nummer %1 som kan ha teke prøva.</translation>
    </message>
    <message>
        <source>%1 no longer works here and cannot be named as the one who took the sample.</source>
        <translation>%1 arbeider ikkje her lenger og kan ikkje førast opp som den som tok prøva.</translation>
    </message>
    <message>
        <source>This version has been replaced already; correct the newest one.</source>
        <translation>Denne versjonen er alt erstatta; rett den nyaste.</translation>
    </message>
    <message>
        <source>There is no test number %1 in this journal.</source>
        <translation>Det finst ingen test nummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>A test of today is not entered late; record it as usual.</source>
        <translation>Ei prøve frå i dag blir ikkje etterregistrert; registrer ho som vanleg.</translation>
    </message>
    <message>
        <source>The sample was taken on %1, an earlier day: say why it is entered late.</source>
        <translation>Prøva vart teken %1, ein tidlegare dag: oppgje kvifor ho blir registrert for seint.</translation>
    </message>
    <message>
        <source>sample type</source>
        <translation>prøvetype</translation>
    </message>
    <message>
        <source>lab status</source>
        <translation>laboratoriestatus</translation>
    </message>
    <message>
        <source>outcome</source>
        <translation>resultat</translation>
    </message>
    <message>
        <source>kind of change</source>
        <translation>endringstype</translation>
    </message>
    <message>
        <source>Test %1 has the %2 &quot;%3&quot;, which Trinn does not know (it knows %4). Correct the test&apos;s row, then open the journal again.</source>
        <translation>Prøve %1 har %2 «%3», som Trinn ikkje kjenner (Trinn kjenner %4). Rett rada til prøva, og opna journalen att.</translation>
    </message>
</context>
<context>
    <name>TestInterpretation</name>
    <message>
        <source>Refused the test</source>
        <translation>Nekta testen</translation>
    </message>
    <message>
        <source>Refused the test: %1</source>
        <translation>Nekta testen: %1</translation>
    </message>
    <message>
        <source>%1 expected (prescribed %2)</source>
        <translation>%1 venta (føreskrive %2)</translation>
    </message>
    <message>
        <source>%1 expected but not found</source>
        <translation>%1 venta, men ikkje funne</translation>
    </message>
    <message>
        <source>%1: screen positive, lab negative</source>
        <translation>%1: hurtigtest positiv, laboratoriet negativ</translation>
    </message>
    <message>
        <source>%1: screen positive, awaiting the lab</source>
        <translation>%1: hurtigtest positiv, ventar på laboratoriet</translation>
    </message>
    <message>
        <source>Positive for %1</source>
        <translation>Positiv for %1</translation>
    </message>
    <message>
        <source>Positive for %1, confirmed by the lab</source>
        <translation>Positiv for %1, stadfesta av laboratoriet</translation>
    </message>
    <message>
        <source>negative</source>
        <translation>negativ</translation>
    </message>
    <message>
        <source>expected medication</source>
        <translation>venta legemiddel</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>medication missing</source>
        <translation>legemiddel manglar</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>nekta</translation>
    </message>
    <message>
        <source>pending lab</source>
        <translation>ventar på laboratoriet</translation>
    </message>
    <message>
        <source>%1 expected (prescribed %2 %3: %4, %5)</source>
        <translation>%1 venta (føreskrive %2 %3: %4, %5)</translation>
    </message>
</context>
<context>
    <name>TestListPrint</name>
    <message>
        <source>Test list %1</source>
        <translation>Testliste %1</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>National id</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Teken av</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Signaturen til pasienten</translation>
    </message>
    <message>
        <source>Date and signature, nurse responsible</source>
        <translation>Dato og signatur, ansvarleg sjukepleiar</translation>
    </message>
    <message>
        <source>test-list-%1.pdf</source>
        <translation>testliste-%1.pdf</translation>
    </message>
    <message>
        <source>Patients to test: %1</source>
        <translation>Pasientar som skal testast: %1</translation>
    </message>
</context>
<context>
    <name>TestPanels</name>
    <message>
        <source>The journal did not keep the test&apos;s panel.</source>
        <translation>Journalen tok ikkje vare på analysepanelet til prøva.</translation>
    </message>
</context>
<context>
    <name>TestRowWriter</name>
    <message>
        <source>The journal did not return the new test&apos;s number.</source>
        <translation>Journalen returnerte ikkje nummeret på den nye prøva.</translation>
    </message>
</context>
<context>
    <name>TestingSchedule</name>
    <message>
        <source>&quot;%1&quot; is not a weekday number (1 = Monday … 7 = Sunday).</source>
        <translation>«%1» er ikkje eit vekedagsnummer (1 = måndag … 7 = sundag).</translation>
    </message>
    <message>
        <source>Name at least one weekday to test on.</source>
        <translation>Oppgje minst éin vekedag å teste på.</translation>
    </message>
    <message>
        <source>A random testing rate is a number above 0 and at most 1, not &quot;%1&quot;.</source>
        <translation>Ein tilfeldig testrate er eit tal over 0 og høgst 1, ikkje «%1».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a testing schedule: use daily, weekdays:1,3,5 or random:0.3.</source>
        <translation>«%1» er ikkje ein testplan: bruk daily, weekdays:1,3,5 eller random:0.3.</translation>
    </message>
    <message>
        <source>no testing</source>
        <translation>ingen testing</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>kvar dag</translation>
    </message>
    <message>
        <source>on %1</source>
        <translation>på %1</translation>
    </message>
    <message>
        <source>random days, %1% of them</source>
        <translation>tilfeldige dagar, %1 % av dei</translation>
    </message>
</context>
<context>
    <name>TimelineStore</name>
    <message>
        <source>Registered in Trinn</source>
        <translation>Registrert i Trinn</translation>
    </message>
    <message>
        <source>National id %1, born %2</source>
        <translation>Fødselsnummer %1, fødd %2</translation>
    </message>
    <message>
        <source>Consent to share information with %1</source>
        <translation>Samtykke til å dele informasjon med %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>planned %1–%2</source>
        <translation>planlagt %1–%2</translation>
    </message>
    <message>
        <source>started; planned to end %1</source>
        <translation>starta; planlagt slutt %1</translation>
    </message>
    <message>
        <source>started</source>
        <translation>starta</translation>
    </message>
    <message>
        <source>completed after %1 days</source>
        <translation>fullført etter %1 dagar</translation>
    </message>
    <message>
        <source>Discharged from %1</source>
        <translation>Skriven ut frå %1</translation>
    </message>
    <message>
        <source>Follow-up phone call</source>
        <translation>Oppfølgingssamtale på telefon</translation>
    </message>
    <message>
        <source>Follow-up letter</source>
        <translation>Oppfølgingsbrev</translation>
    </message>
    <message>
        <source>%1 started</source>
        <translation>%1 starta</translation>
    </message>
    <message>
        <source>%1 stopped</source>
        <translation>%1 stoppa</translation>
    </message>
    <message>
        <source>Family program: %1</source>
        <translation>Familieprogram: %1</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>Step %1 completed</source>
        <translation>Trinn %1 fullført</translation>
    </message>
    <message>
        <source>confirmed by %1</source>
        <translation>stadfesta av %1</translation>
    </message>
    <message>
        <source>Step %1 started</source>
        <translation>Trinn %1 starta</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Absence limit passed</source>
        <translation>Fråværsgrensa er overskriden</translation>
    </message>
    <message>
        <source>%1 meeting</source>
        <translation>%1-møte</translation>
    </message>
    <message>
        <source>%1 (signed by %2)</source>
        <translation>%1 (signert av %2)</translation>
    </message>
    <message>
        <source>%1 (draft)</source>
        <translation>%1 (utkast)</translation>
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
        <translation>Start i dette arbeidsområdet (1 = Pasientar … 6 = Administrasjon).</translation>
    </message>
    <message>
        <source>number</source>
        <translation>nummer</translation>
    </message>
    <message>
        <source>Trinn cannot sign in as %1: %2</source>
        <translation>Trinn kan ikkje logge inn som %1: %2</translation>
    </message>
    <message>
        <source>Trinn</source>
        <translation>Trinn</translation>
    </message>
    <message>
        <source>Show the calendar as a day, week or month.</source>
        <translation>Vis kalenderen som ein dag, ei veke eller ein månad.</translation>
    </message>
    <message>
        <source>view</source>
        <translation>visning</translation>
    </message>
    <message>
        <source>Show the calendar at this date (YYYY-MM-DD).</source>
        <translation>Vis kalenderen på denne datoen (ÅÅÅÅ-MM-DD).</translation>
    </message>
    <message>
        <source>date</source>
        <translation>dato</translation>
    </message>
</context>
<context>
    <name>trinn::AccessReportDialog</name>
    <message>
        <source>Access report for %1 (%2)</source>
        <translation>Tilgangsrapport for %1 (%2)</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kven</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbeidsstasjon</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Naudtilgang</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Lagre som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the access report</source>
        <translation>Lagre tilgangsrapporten</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-filer (*.pdf)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Kunne ikkje skrive %1.</translation>
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
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Ta tryggleikskopi no…</translation>
    </message>
    <message>
        <source>Daily backup</source>
        <translation>Dagleg tryggleikskopi</translation>
    </message>
    <message>
        <source>No daily backup (choose a folder to start)</source>
        <translation>Ingen dagleg tryggleikskopi (vel ei mappe for å starte)</translation>
    </message>
    <message>
        <source>Folder for daily backups</source>
        <translation>Mappe for daglege tryggleikskopiar</translation>
    </message>
    <message>
        <source>Daily backups to keep</source>
        <translation>Talet på daglege tryggleikskopiar som blir tekne vare på</translation>
    </message>
    <message>
        <source>&amp;Save daily backup</source>
        <translation>&amp;Lagre dagleg tryggleikskopiering</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Mappe:</translation>
    </message>
    <message>
        <source>Copies to keep:</source>
        <translation>Kopiar som blir tekne vare på:</translation>
    </message>
    <message>
        <source>Back up the journal</source>
        <translation>Ta tryggleikskopi av journalen</translation>
    </message>
    <message>
        <source>PostgreSQL backups (*.pgdump)</source>
        <translation>PostgreSQL-tryggleikskopiar (*.pgdump)</translation>
    </message>
    <message>
        <source>Trinn journals (*.trinn)</source>
        <translation>Trinn-journalar (*.trinn)</translation>
    </message>
    <message>
        <source>Backing up to %1…</source>
        <translation>Tek tryggleikskopi til %1…</translation>
    </message>
    <message>
        <source>%1: backed up to %2 (%3 MB), checked, readable by you only.</source>
        <translation>%1: tryggleikskopiert til %2 (%3 MB), kontrollert, kan berre lesast av deg.</translation>
    </message>
    <message>
        <source>No daily backup.</source>
        <translation>Ingen dagleg tryggleikskopi.</translation>
    </message>
    <message>
        <source>A backup is made each day in %1; the newest %2 are kept.</source>
        <translation>Det blir teke ein tryggleikskopi kvar dag i %1; dei %2 nyaste blir tekne vare på.</translation>
    </message>
    <message>
        <source>Today&apos;s backup could not be made: %1</source>
        <translation>Dagens tryggleikskopi kunne ikkje takast: %1</translation>
    </message>
    <message>
        <source>%1: today&apos;s backup is %2.</source>
        <translation>%1: dagens tryggleikskopi er %2.</translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation>V&amp;el…</translation>
    </message>
</context>
<context>
    <name>trinn::AdmitReferralDialog</name>
    <message>
        <source>Admit a referred person</source>
        <translation>Legg inn ein tilvist person</translation>
    </message>
    <message>
        <source>%1 (national id %2)</source>
        <translation>%1 (fødselsnummer %2)</translation>
    </message>
    <message>
        <source>Admit %1</source>
        <translation>Legg inn %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; is registered already. Admit them to &lt;b&gt;%2&lt;/b&gt;, as the referral of %3 asks.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; er alt registrert. Legg vedkomande inn i &lt;b&gt;%2&lt;/b&gt;, slik tilvisinga av %3 ber om.</translation>
    </message>
    <message>
        <source>Register and admit %1</source>
        <translation>Registrer og legg inn %1</translation>
    </message>
    <message>
        <source>Register &lt;b&gt;%1&lt;/b&gt;, referred %2, as a patient and admit them to &lt;b&gt;%3&lt;/b&gt;. The form is filled in from the referral: check the name and the national id.</source>
        <translation>Registrer &lt;b&gt;%1&lt;/b&gt;, tilvist %2, som pasient og legg vedkomande inn i &lt;b&gt;%3&lt;/b&gt;. Skjemaet er fylt ut frå tilvisinga: kontroller namnet og fødselsnummeret.</translation>
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
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>A&amp;dmitted on:</source>
        <translation>Innlagd &amp;den:</translation>
    </message>
    <message>
        <source>Program:</source>
        <translation>Program:</translation>
    </message>
    <message>
        <source>Optional phases</source>
        <translation>Valfrie fasar</translation>
    </message>
    <message>
        <source>Criteria (tick those that apply to the patient)</source>
        <translation>Kriterium (kryss av for dei som gjeld pasienten)</translation>
    </message>
    <message>
        <source>Excludes: %1</source>
        <translation>Utelukkar: %1</translation>
    </message>
    <message>
        <source>Requires: %1</source>
        <translation>Krev: %1</translation>
    </message>
    <message>
        <source>&amp;Admit</source>
        <translation>&amp;Legg inn</translation>
    </message>
    <message>
        <source>Register and &amp;admit</source>
        <translation>Registrer og &amp;legg inn</translation>
    </message>
    <message>
        <source>Not admitted, nothing was saved: %1</source>
        <translation>Ikkje lagd inn, ingenting vart lagra: %1</translation>
    </message>
    <message>
        <source>%1 admitted to %2 on %3; the referral is marked admitted.</source>
        <translation>%1 er lagd inn i %2 %3; tilvisinga er merkt som innlagd.</translation>
    </message>
</context>
<context>
    <name>trinn::AppointmentDialog</name>
    <message>
        <source>Book an individual session</source>
        <translation>Bestill individualsamtale</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>&amp;With:</source>
        <translation>&amp;Med:</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Startar:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Varigheit:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Rom:</translation>
    </message>
    <message>
        <source>Choose from the staff register whom the patient will see.</source>
        <translation>Vel i personalregisteret kven pasienten skal møte.</translation>
    </message>
</context>
<context>
    <name>trinn::BookBedDialog</name>
    <message>
        <source>Book a bed</source>
        <translation>Bestill seng</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Name or the start of the national id</source>
        <translation>Namn eller starten av fødselsnummeret</translation>
    </message>
    <message>
        <source>No patient chosen.</source>
        <translation>Ingen pasient vald.</translation>
    </message>
    <message>
        <source>last night %1, out the morning of %2</source>
        <translation>siste natt %1, ut om morgonen %2</translation>
    </message>
    <message>
        <source>&amp;Bed:</source>
        <translation>&amp;Seng:</translation>
    </message>
    <message>
        <source>&amp;Patient:</source>
        <translation>&amp;Pasient:</translation>
    </message>
    <message>
        <source>&amp;First night:</source>
        <translation>&amp;Første natt:</translation>
    </message>
    <message>
        <source>&amp;Nights:</source>
        <translation>&amp;Netter:</translation>
    </message>
    <message>
        <source>B&amp;ook</source>
        <translation>&amp;Bestill</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>For %1</source>
        <translation>For %1</translation>
    </message>
    <message>
        <source>&amp;Until the residential phases end (%1); the stay moves with them</source>
        <translation>&amp;Til døgnfasane sluttar (%1); opphaldet blir flytta med dei</translation>
    </message>
    <message>
        <source>Choose the patient first: type a name; nothing was booked.</source>
        <translation>Vel pasienten først: skriv eit namn; ingenting vart bestilt.</translation>
    </message>
    <message>
        <source>Not booked: %1</source>
        <translation>Ikkje bestilt: %1</translation>
    </message>
    <message>
        <source>%1 booked in %2 from %3 until the residential phases end.</source>
        <translation>%1 har fått plass i %2 frå %3 til døgnfasane sluttar.</translation>
    </message>
    <message>
        <source>%1 booked in %2, %3–%4.</source>
        <translation>%1 har fått plass i %2, %3–%4.</translation>
    </message>
</context>
<context>
    <name>trinn::CalendarGrid</name>
    <message numerus="yes">
        <source>(%n participant(s))</source>
        <translation>
            <numerusform>(%n deltakar)</numerusform>
            <numerusform>(%n deltakarar)</numerusform>
        </translation>
    </message>
    <message>
        <source>No staff member</source>
        <translation>Utan tilsett</translation>
    </message>
    <message>
        <source>No room</source>
        <translation>Utan rom</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n til</numerusform>
            <numerusform>%n til</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trinn::CalendarWorkspace</name>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Week</source>
        <translation>Veke</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Whole clinic</source>
        <translation>Heile klinikken</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>Tilsett</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>E&amp;xport iCalendar…</source>
        <translation>E&amp;ksporter iCalendar…</translation>
    </message>
    <message>
        <source>Export iCalendar</source>
        <translation>Eksporter iCalendar</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>iCalendar-filer (*.ics)</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan ikkje skrive %1: %2</translation>
    </message>
    <message>
        <source>Eight weeks exported to %1.</source>
        <translation>Åtte veker eksporterte til %1.</translation>
    </message>
    <message>
        <source>Plan a &amp;gathering…</source>
        <translation>Planlegg ei &amp;samling…</translation>
    </message>
    <message>
        <source>D, W or M in the calendar</source>
        <translation>D, W eller M i kalenderen</translation>
    </message>
    <message>
        <source>Rooms as columns</source>
        <translation>Rom som kolonnar</translation>
    </message>
    <message>
        <source>Staff as columns</source>
        <translation>Tilsette som kolonnar</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Patient&apos;s name or national id</source>
        <translation>Namnet eller fødselsnummeret til pasienten</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>I da&amp;g</translation>
    </message>
    <message>
        <source>T or Home in the calendar</source>
        <translation>T eller Home i kalenderen</translation>
    </message>
    <message>
        <source>No patient matches &quot;%1&quot;</source>
        <translation>Ingen pasient passar med «%1»</translation>
    </message>
    <message numerus="yes">
        <source>Choose one of %n patient(s)</source>
        <translation>
            <numerusform>Vel mellom %n pasient</numerusform>
            <numerusform>Vel éin av %n pasientar</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · born %2 · %3</source>
        <translation>%1 · fødd %2 · %3</translation>
    </message>
    <message>
        <source>Find the patient by name or national id, then press Enter.</source>
        <translation>Finn pasienten med namn eller fødselsnummer, og trykk Enter.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) from %1 to %2.</source>
        <translation>
            <numerusform>%n hending frå %1 til %2.</numerusform>
            <numerusform>%n hendingar frå %1 til %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation>Frå %1 til %2</translation>
    </message>
    <message>
        <source>Room: %1</source>
        <translation>Rom: %1</translation>
    </message>
    <message>
        <source>none given</source>
        <translation>ikkje oppgjeve</translation>
    </message>
    <message>
        <source>Staff: %1</source>
        <translation>Tilsette: %1</translation>
    </message>
    <message>
        <source>patient %1</source>
        <translation>pasient %1</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s):</source>
        <translation>
            <numerusform>%n deltakar:</numerusform>
            <numerusform>%n deltakarar:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trinn::CareRecordsDialog</name>
    <message>
        <source>Accepted</source>
        <translation>Takka ja</translation>
    </message>
    <message>
        <source>Serious circumstances (overdose, violence, no home …)</source>
        <translation>Alvorlege tilhøve (overdose, vald, utan bustad …)</translation>
    </message>
    <message>
        <source>Completed on</source>
        <translation>Fullført den</translation>
    </message>
    <message>
        <source>Care records</source>
        <translation>Behandlingsopplysningar</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Coercion</source>
        <translation>Tvang</translation>
    </message>
    <message>
        <source>Legal basis:</source>
        <translation>Heimel:</translation>
    </message>
    <message>
        <source>Decided by:</source>
        <translation>Vedteke av:</translation>
    </message>
    <message>
        <source>Decided on:</source>
        <translation>Vedteke den:</translation>
    </message>
    <message>
        <source>Advice to relatives</source>
        <translation>Råd til pårørande</translation>
    </message>
    <message>
        <source>Relative:</source>
        <translation>Pårørande:</translation>
    </message>
    <message>
        <source>Family program</source>
        <translation>Familieprogram</translation>
    </message>
    <message>
        <source>Relation:</source>
        <translation>Relasjon:</translation>
    </message>
    <message>
        <source>First day:</source>
        <translation>Første dag:</translation>
    </message>
    <message>
        <source>Relapse</source>
        <translation>Tilbakefall</translation>
    </message>
    <message>
        <source>Days sober before:</source>
        <translation>Dagar rusfri før:</translation>
    </message>
    <message>
        <source>Why it happened:</source>
        <translation>Kvifor det skjedde:</translation>
    </message>
    <message>
        <source>Circumstances:</source>
        <translation>Tilhøve:</translation>
    </message>
    <message>
        <source>Day treatment</source>
        <translation>Dagbehandling</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <source>Length:</source>
        <translation>Varigheit:</translation>
    </message>
    <message>
        <source>12-step progress</source>
        <translation>12-trinnsarbeid</translation>
    </message>
    <message>
        <source>Step:</source>
        <translation>Trinn:</translation>
    </message>
    <message>
        <source>Started on:</source>
        <translation>Starta den:</translation>
    </message>
    <message>
        <source>Confirmed by:</source>
        <translation>Stadfesta av:</translation>
    </message>
    <message>
        <source>Enrol the patient in a program first.</source>
        <translation>Skriv inn pasienten i eit program først.</translation>
    </message>
    <message>
        <source>Coercion recorded.</source>
        <translation>Tvang registrert.</translation>
    </message>
    <message>
        <source>Advice recorded.</source>
        <translation>Råd registrert.</translation>
    </message>
    <message>
        <source>Family program planned.</source>
        <translation>Familieprogram planlagt.</translation>
    </message>
    <message>
        <source>Enrol the patient in relapse treatment first.</source>
        <translation>Skriv inn pasienten i tilbakefallsbehandling først.</translation>
    </message>
    <message>
        <source>Suggested length: %1 days.</source>
        <translation>Føreslått lengd: %1 dagar.</translation>
    </message>
    <message>
        <source>Enrol the patient in day treatment first.</source>
        <translation>Skriv inn pasienten i dagbehandling først.</translation>
    </message>
    <message>
        <source>%1 day-treatment days so far.</source>
        <translation>%1 dagbehandlingsdagar så langt.</translation>
    </message>
    <message>
        <source>Step %1 recorded.</source>
        <translation>Trinn %1 registrert.</translation>
    </message>
    <message>
        <source>§ 10-2, § 10-3 or § 10-4</source>
        <translation>§ 10-2, § 10-3 eller § 10-4</translation>
    </message>
    <message>
        <source>the county board (§ 10-2, § 10-3), the institution (§ 10-4)</source>
        <translation>fylkesnemnda (§ 10-2, § 10-3), institusjonen (§ 10-4)</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Gyldig til:</translation>
    </message>
    <message>
        <source>only when you change a day already recorded</source>
        <translation>berre når du endrar ein dag som alt er registrert</translation>
    </message>
    <message>
        <source>only when you change a date already recorded</source>
        <translation>berre når du endrar ein dato som alt er registrert</translation>
    </message>
    <message>
        <source>Reason for a correction:</source>
        <translation>Grunngjeving for retting:</translation>
    </message>
    <message>
        <source>Record &amp;coercion</source>
        <translation>Registrer &amp;tvang</translation>
    </message>
    <message>
        <source>Record advice &amp;offered</source>
        <translation>Registrer &amp;rådet som vart gjeve</translation>
    </message>
    <message>
        <source>Plan the &amp;five days</source>
        <translation>Planlegg dei f&amp;em dagane</translation>
    </message>
    <message>
        <source>Assess the &amp;relapse</source>
        <translation>Vurder tilb&amp;akefallet</translation>
    </message>
    <message>
        <source>Record the &amp;day</source>
        <translation>Registrer &amp;dagen</translation>
    </message>
    <message>
        <source>Record the &amp;step</source>
        <translation>Registrer tr&amp;innet</translation>
    </message>
</context>
<context>
    <name>trinn::CareTeamDialog</name>
    <message>
        <source>Care team — %1</source>
        <translation>Behandlingsteam — %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Staff member:</source>
        <translation>&amp;Tilsett:</translation>
    </message>
    <message>
        <source>&amp;Add to the team</source>
        <translation>&amp;Legg til i teamet</translation>
    </message>
    <message>
        <source>&amp;Remove from the team</source>
        <translation>&amp;Fjern frå teamet</translation>
    </message>
    <message>
        <source>Staff on the care team read what their role reads for this patient only (a nurse the therapy notes).</source>
        <translation>Tilsette i behandlingsteamet les det rolla deira gir tilgang til, berre for denne pasienten (ein sjukepleiar også terapinotata).</translation>
    </message>
    <message>
        <source>%1 (account disabled)</source>
        <translation>%1 (konto deaktivert)</translation>
    </message>
    <message>
        <source>Choose a staff member first.</source>
        <translation>Vel ein tilsett først.</translation>
    </message>
    <message>
        <source>%1 is on the care team.</source>
        <translation>%1 er i behandlingsteamet.</translation>
    </message>
    <message>
        <source>Choose the member to remove in the list first.</source>
        <translation>Vel først i lista kven som skal fjernast.</translation>
    </message>
    <message>
        <source>%1 is no longer on the care team.</source>
        <translation>%1 er ikkje lenger i behandlingsteamet.</translation>
    </message>
</context>
<context>
    <name>trinn::EmergencyBanner</name>
    <message>
        <source>&amp;End emergency access</source>
        <translation>Avsl&amp;utt naudtilgang</translation>
    </message>
    <message>
        <source>Emergency access is on</source>
        <translation>Naudtilgang er på</translation>
    </message>
    <message>
        <source>Emergency access is on: you can open patient data outside your role, and every access is marked for review. Reason: %1</source>
        <translation>Naudtilgang er på: du kan opne pasientopplysningar utanfor rolla di, og kvart oppslag blir merkt for gjennomgang. Grunngjeving: %1</translation>
    </message>
</context>
<context>
    <name>trinn::EnrolDialog</name>
    <message>
        <source>Optional phases</source>
        <translation>Valfrie fasar</translation>
    </message>
    <message>
        <source>Criteria assessment: tick what applies to the patient</source>
        <translation>Vurdering av kriterium: kryss av for det som gjeld pasienten</translation>
    </message>
    <message>
        <source>Enrol in a program</source>
        <translation>Skriv inn i eit program</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagar</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Første dag:</translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation>&amp;Skriv inn</translation>
    </message>
    <message>
        <source>Planned phases:</source>
        <translation>Planlagde fasar:</translation>
    </message>
    <message>
        <source>%1 (%2 days)</source>
        <translation>%1 (%2 dagar)</translation>
    </message>
    <message>
        <source>Exclusion: %1</source>
        <translation>Eksklusjon: %1</translation>
    </message>
    <message>
        <source>Inclusion: %1</source>
        <translation>Inklusjon: %1</translation>
    </message>
    <message>
        <source>Assessed by: %1</source>
        <translation>Vurdert av: %1</translation>
    </message>
</context>
<context>
    <name>trinn::EpisodeDialog</name>
    <message>
        <source>Episodes and phases</source>
        <translation>Forløp og fasar</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Faktisk</translation>
    </message>
    <message>
        <source>E&amp;pisode:</source>
        <translation>&amp;Forløp:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Dato:</translation>
    </message>
    <message>
        <source>&amp;Reason or note:</source>
        <translation>&amp;Årsak eller merknad:</translation>
    </message>
    <message>
        <source>&amp;Start phase</source>
        <translation>&amp;Start fase</translation>
    </message>
    <message>
        <source>&amp;Complete phase</source>
        <translation>&amp;Fullfør fase</translation>
    </message>
    <message>
        <source>Move &amp;end to date</source>
        <translation>Flytt &amp;slutt til dato</translation>
    </message>
    <message>
        <source>S&amp;kip phase</source>
        <translation>&amp;Hopp over fase</translation>
    </message>
    <message>
        <source>Dischar&amp;ge</source>
        <translation>Skriv &amp;ut</translation>
    </message>
    <message>
        <source>%1 from %2 (%3)</source>
        <translation>%1 frå %2 (%3)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Ctrl+H shows the selected phase&apos;s history: every change with who, when and why.</source>
        <translation>Ctrl+H viser historikken til den valde fasen: kvar endring med kven, når og kvifor.</translation>
    </message>
    <message>
        <source>Pr&amp;int report… (Ctrl+P)</source>
        <translation>Skriv ut &amp;rapport… (Ctrl+P)</translation>
    </message>
    <message>
        <source>The patient has no episode to print.</source>
        <translation>Pasienten har ikkje noko forløp å skrive ut.</translation>
    </message>
</context>
<context>
    <name>trinn::FirstStartWizard</name>
    <message>
        <source>&amp;Make a new journal for this clinic</source>
        <translation>&amp;Lag ein ny journal for denne klinikken</translation>
    </message>
    <message>
        <source>&amp;Open a journal that exists (a file, or a postgresql:// address)</source>
        <translation>&amp;Opne ein journal som finst (ei fil eller ei postgresql://-adresse)</translation>
    </message>
    <message>
        <source>The clinic</source>
        <translation>Klinikken</translation>
    </message>
    <message>
        <source>Welcome to Trinn</source>
        <translation>Velkomen til Trinn</translation>
    </message>
    <message>
        <source>Which journal?</source>
        <translation>Kva journal?</translation>
    </message>
    <message>
        <source>Trinn keeps the clinic&apos;s journal in one file on this computer, or on a PostgreSQL server that every workstation uses. This computer has not opened a journal yet.</source>
        <translation>Trinn lagrar journalen til klinikken i éi fil på denne datamaskina, eller på ein PostgreSQL-tenar som alle arbeidsstasjonane bruker. Denne datamaskina har ikkje opna nokon journal enno.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bla &amp;gjennom…</translation>
    </message>
    <message>
        <source>A new Trinn journal</source>
        <translation>Ein ny Trinn-journal</translation>
    </message>
    <message>
        <source>Trinn journals (*.trinn)</source>
        <translation>Trinn-journalar (*.trinn)</translation>
    </message>
    <message>
        <source>Open a Trinn journal</source>
        <translation>Opne ein Trinn-journal</translation>
    </message>
    <message>
        <source>Trinn journals (*.trinn);;All files (*)</source>
        <translation>Trinn-journalar (*.trinn);;Alle filer (*)</translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation>&amp;Journal:</translation>
    </message>
    <message>
        <source>Name the journal&apos;s file.</source>
        <translation>Gje journalfila eit namn.</translation>
    </message>
    <message>
        <source>A journal on a PostgreSQL server is made by its owner with &quot;trinnctl init&quot;; here choose to open it.</source>
        <translation>Ein journal på ein PostgreSQL-tenar blir oppretta av eigaren med «trinnctl init»; her vel du å opne han.</translation>
    </message>
    <message>
        <source>%1 exists already. Choose to open it, or name a new file.</source>
        <translation>%1 finst alt. Vel å opne ho, eller oppgje ei ny fil.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Det finst inga fil %1.</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>Den første administratoren</translation>
    </message>
    <message>
        <source>The administrator makes the other staff accounts (Administration, or &quot;trinnctl user add&quot;). A password needs at least 10 characters.</source>
        <translation>Administratoren opprettar dei andre brukarkontoane (Administrasjon, eller «trinnctl user add»). Eit passord må ha minst 10 teikn.</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>Fullt n&amp;amn:</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Br&amp;ukarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pa&amp;ssord:</translation>
    </message>
    <message>
        <source>&amp;Repeat the password:</source>
        <translation>&amp;Gjenta passordet:</translation>
    </message>
    <message>
        <source>Give the administrator&apos;s full name.</source>
        <translation>Oppgje det fulle namnet til administratoren.</translation>
    </message>
    <message>
        <source>A user name is one word.</source>
        <translation>Eit brukarnamn er eitt ord.</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Dei to passorda er ulike. Skriv det same passordet to gonger.</translation>
    </message>
    <message>
        <source>Sites, rooms and beds</source>
        <translation>Stader, rom og senger</translation>
    </message>
    <message>
        <source>Where the clinic&apos;s patients sleep: the bed board and admissions use them.</source>
        <translation>Der pasientane til klinikken søv: sengeoversikta og innleggingane bruker dei.</translation>
    </message>
    <message>
        <source>One line for each room with beds: its name, a colon and how many beds (&quot;Room 1: 2&quot;). A room at another site: the site first, then a slash (&quot;Annex / Room 5: 1&quot;). Leave it empty for a clinic without beds; more can be added later.</source>
        <translation>Éi linje for kvart rom med senger: namnet, eit kolon og kor mange senger («Rom 1: 2»). Eit rom på ein annan stad: staden først, deretter ein skråstrek («Annekset / Rom 5: 1»). La feltet stå tomt for ein klinikk utan senger; fleire kan leggjast til seinare.</translation>
    </message>
    <message>
        <source>Room 1: 2
Room 2: 1</source>
        <translation>Rom 1: 2
Rom 2: 1</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>&amp;Rooms and beds:</source>
        <translation>&amp;Rom og senger:</translation>
    </message>
    <message>
        <source>&amp;Make the journal</source>
        <translation>&amp;Lag journalen</translation>
    </message>
    <message>
        <source>The journal is ready</source>
        <translation>Journalen er klar</translation>
    </message>
    <message>
        <source>Line %1 (&quot;%2&quot;) is not a room: write its name, a colon and how many beds, as &quot;Room 1: 2&quot;.</source>
        <translation>Linje %1 («%2») er ikkje eit rom: skriv namnet, eit kolon og kor mange senger, som «Rom 1: 2».</translation>
    </message>
    <message>
        <source>Name the site of the rooms.</source>
        <translation>Oppgje staden romma ligg på.</translation>
    </message>
    <message>
        <source>Line %1: a room has between 1 and 50 beds.</source>
        <translation>Linje %1: eit rom har mellom 1 og 50 senger.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal; nothing was saved.</source>
        <translation>Kan ikkje opprette mappa %1 for journalen; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The journal could not be made: %1</source>
        <translation>Journalen kunne ikkje opprettast: %1</translation>
    </message>
    <message>
        <source>The journal was not made: %1 Nothing was kept.</source>
        <translation>Journalen vart ikkje oppretta: %1 Ingenting vart teke vare på.</translation>
    </message>
    <message>
        <source>the first-start assistant</source>
        <translation>oppstartsassistenten</translation>
    </message>
    <message>
        <source>Trinn made the journal %1. Its administrator is %2, and you are signed in as %2. Beds: %4.

Its audit log is sealed. This is its verification key, shown only now:

%3

Write it down and keep it offline, away from the workstations: with it, &quot;trinnctl check JOURNAL --verification-key KEY&quot; proves that no audit record was removed, changed or added.</source>
        <translation>Trinn har oppretta journalen %1. Administratoren er %2, og du er logga inn som %2. Senger: %4.

Tilgangsloggen er forsegla. Dette er kontrollnøkkelen, som berre blir vist no:

%3

Skriv han ned og ta vare på han utan nettilgang, borte frå arbeidsstasjonane: med han provar «trinnctl check JOURNAL --verification-key KEY» at ingen loggpost er fjerna, endra eller lagd til.</translation>
    </message>
</context>
<context>
    <name>trinn::FollowUpsPanel</name>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>National id</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source> days ahead</source>
        <translation> dagar fram</translation>
    </message>
    <message>
        <source>How it went, what was agreed</source>
        <translation>Korleis det gjekk, kva som vart avtalt</translation>
    </message>
    <message>
        <source>Mark &amp;done</source>
        <translation>Merk som &amp;utført</translation>
    </message>
    <message>
        <source>Due today and overdue, and</source>
        <translation>Frist i dag eller passert, og</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>&amp;Resultat:</translation>
    </message>
    <message>
        <source>Done on:</source>
        <translation>Utført den:</translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation>&amp;Notat:</translation>
    </message>
    <message>
        <source>Choose a follow-up first.</source>
        <translation>Vel ei oppfølging først.</translation>
    </message>
    <message>
        <source>The %1 to %2 is recorded as done.</source>
        <translation>%1 til %2 er registrert som utført.</translation>
    </message>
</context>
<context>
    <name>trinn::GroupsWorkspace</name>
    <message>
        <source>&amp;Groups</source>
        <translation>&amp;Grupper</translation>
    </message>
    <message>
        <source>AA/NA &amp;outings</source>
        <translation>AA/NA-&amp;turar</translation>
    </message>
    <message>
        <source>A staff member&apos;s &amp;week</source>
        <translation>Ein tilsett si v&amp;eke</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Absences</source>
        <translation>Fråvær</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Samling</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>Rom</translation>
    </message>
    <message>
        <source>national id</source>
        <translation>fødselsnummer</translation>
    </message>
    <message>
        <source>Add &amp;member</source>
        <translation>Legg til &amp;medlem</translation>
    </message>
    <message>
        <source>&amp;Attendance and note (Enter)</source>
        <translation>&amp;Oppmøte og notat (Enter)</translation>
    </message>
    <message>
        <source>&amp;New group…</source>
        <translation>&amp;Ny gruppe…</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Medlemer</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Samlingar</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>Days without an outing</source>
        <translation>Dagar utan tur</translation>
    </message>
    <message>
        <source>Meeting:</source>
        <translation>Møte:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Stad:</translation>
    </message>
    <message>
        <source>Day:</source>
        <translation>Dag:</translation>
    </message>
    <message>
        <source>Time:</source>
        <translation>Tid:</translation>
    </message>
    <message>
        <source>Admitted patients without an outing in the last %1 days</source>
        <translation>Innlagde pasientar utan tur dei siste %1 dagane</translation>
    </message>
    <message>
        <source>&amp;Plan an outing for them</source>
        <translation>Planlegg ein tu&amp;r for dei</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Kvar</translation>
    </message>
    <message>
        <source>Staff member:</source>
        <translation>Tilsett:</translation>
    </message>
    <message>
        <source>Week of:</source>
        <translation>Veka med:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>V&amp;is</translation>
    </message>
    <message>
        <source>%1 · %2 %3 · %4</source>
        <translation>%1 · %2 %3 · %4</translation>
    </message>
    <message>
        <source> (moved from %1)</source>
        <translation> (flytta frå %1)</translation>
    </message>
    <message>
        <source>held</source>
        <translation>halden</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>avlyst</translation>
    </message>
    <message>
        <source>planned</source>
        <translation>planlagt</translation>
    </message>
    <message>
        <source>No patient has national id %1.</source>
        <translation>Ingen pasient har fødselsnummer %1.</translation>
    </message>
    <message>
        <source>Criteria assessment</source>
        <translation>Vurdering av kriterium</translation>
    </message>
    <message>
        <source>%1: does this apply to the patient?

%2</source>
        <translation>%1: gjeld dette pasienten?

%2</translation>
    </message>
    <message>
        <source>Exclusion</source>
        <translation>Eksklusjon</translation>
    </message>
    <message>
        <source>Inclusion</source>
        <translation>Inklusjon</translation>
    </message>
    <message>
        <source>Absence limit</source>
        <translation>Fråværsgrense</translation>
    </message>
    <message>
        <source>Outing planned.</source>
        <translation>Turen er planlagt.</translation>
    </message>
    <message>
        <source>The meeting is held at the clinic</source>
        <translation>Møtet blir halde på klinikken</translation>
    </message>
    <message>
        <source>&amp;Escorts (Space checks):</source>
        <translation>F&amp;ølgjepersonar (mellomrom kryssar av):</translation>
    </message>
    <message>
        <source>why it moves</source>
        <translation>kvifor ho blir flytta</translation>
    </message>
    <message>
        <source>Why the session moves</source>
        <translation>Kvifor samlinga blir flytta</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Eksporter CSV…</translation>
    </message>
    <message>
        <source>attendance.csv</source>
        <translation>oppmøte.csv</translation>
    </message>
    <message>
        <source>Move &amp;session here</source>
        <translation>Flytt &amp;samlinga hit</translation>
    </message>
    <message>
        <source>Add a session h&amp;ere</source>
        <translation>&amp;Legg til ei samling her</translation>
    </message>
</context>
<context>
    <name>trinn::IntakeWorkspace</name>
    <message>
        <source>&amp;Referrals and waiting list</source>
        <translation>&amp;Tilvisingar og venteliste</translation>
    </message>
    <message>
        <source>&amp;Bed board</source>
        <translation>&amp;Sengeoversikt</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Motteken</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tilbod</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Prioritet</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Planned admission</source>
        <translation>Planlagd innlegging</translation>
    </message>
    <message>
        <source>Person:</source>
        <translation>Person:</translation>
    </message>
    <message>
        <source>Referred by:</source>
        <translation>Tilvist av:</translation>
    </message>
    <message>
        <source>Service:</source>
        <translation>Tilbod:</translation>
    </message>
    <message>
        <source>Received:</source>
        <translation>Motteken:</translation>
    </message>
    <message>
        <source>Priority (1 urgent, 3 can wait):</source>
        <translation>Prioritet (1 hastar, 3 kan vente):</translation>
    </message>
    <message>
        <source>Re&amp;ceive referral</source>
        <translation>&amp;Ta imot tilvising</translation>
    </message>
    <message>
        <source>Date:</source>
        <translation>Dato:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Årsak:</translation>
    </message>
    <message>
        <source>&amp;Assess (care deadline = date)</source>
        <translation>V&amp;urder (frist for behandlingsstart = dato)</translation>
    </message>
    <message>
        <source>Re&amp;ject</source>
        <translation>&amp;Avslå</translation>
    </message>
    <message>
        <source>Bed</source>
        <translation>Seng</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>Free from</source>
        <translation>Ledig frå</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Neste</translation>
    </message>
    <message>
        <source>Week from</source>
        <translation>Veke frå</translation>
    </message>
    <message>
        <source>Beds taken</source>
        <translation>Opptekne senger</translation>
    </message>
    <message>
        <source>Occupancy</source>
        <translation>Belegg</translation>
    </message>
    <message>
        <source>Site:</source>
        <translation>Stad:</translation>
    </message>
    <message>
        <source>Room:</source>
        <translation>Rom:</translation>
    </message>
    <message>
        <source>Bed:</source>
        <translation>Seng:</translation>
    </message>
    <message>
        <source>Add &amp;bed</source>
        <translation>Legg til &amp;seng</translation>
    </message>
    <message>
        <source>Occupancy, the next 12 weeks</source>
        <translation>Belegg dei neste 12 vekene</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>%1 (to %2)</source>
        <translation>%1 (til %2)</translation>
    </message>
    <message>
        <source>free</source>
        <translation>ledig</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 frå %2</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 av %2</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Received; assessment due %1.</source>
        <translation>Motteken; vurderingsfrist %1.</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Avgjort av</translation>
    </message>
    <message>
        <source>Decisions are signed by the system (nobody is signed in).</source>
        <translation>Avgjerder blir signerte av systemet (ingen er innlogga).</translation>
    </message>
    <message>
        <source>Decisions are signed by %1.</source>
        <translation>Avgjerder blir signerte av %1.</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Choose a referral first.</source>
        <translation>Vel ei tilvising først.</translation>
    </message>
    <message>
        <source>Decisions on the referral of %1</source>
        <translation>Avgjerder om tilvisinga til %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Avgjerd</translation>
    </message>
    <message>
        <source>Care deadline</source>
        <translation>Frist for behandlingsstart</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>unknown (recorded before authors were kept)</source>
        <translation>ukjend (registrert før forfattar vart lagra)</translation>
    </message>
    <message>
        <source>received, no decision yet</source>
        <translation>motteken, inga avgjerd enno</translation>
    </message>
    <message>
        <source>Export waiting list as CSV…</source>
        <translation>Eksporter ventelista som CSV…</translation>
    </message>
    <message>
        <source>waiting-list.csv</source>
        <translation>venteliste.csv</translation>
    </message>
    <message>
        <source>Received; no assessment deadline (not a referral to the specialist health service).</source>
        <translation>Motteken; ingen vurderingsfrist (ikkje ei tilvising til spesialisthelsetenesta).</translation>
    </message>
    <message>
        <source>F&amp;ollow-ups after discharge</source>
        <translation>&amp;Oppfølging etter utskriving</translation>
    </message>
    <message>
        <source>National id</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>11 digits, if the referral gives it</source>
        <translation>11 siffer, om tilvisinga oppgjev det</translation>
    </message>
    <message>
        <source>National id:</source>
        <translation>Fødselsnummer:</translation>
    </message>
    <message>
        <source>Ad&amp;mit…</source>
        <translation>&amp;Legg inn…</translation>
    </message>
    <message>
        <source>Register the referred person as a patient and admit them to the program asked for</source>
        <translation>Registrer den tilviste som pasient og legg vedkomande inn i programmet det blir bede om</translation>
    </message>
    <message>
        <source>Sho&amp;w those admitted or rejected in the last 30 days</source>
        <translation>Vis &amp;dei som er lagde inn eller avviste dei siste 30 dagane</translation>
    </message>
    <message>
        <source>Boo&amp;k the bed…</source>
        <translation>&amp;Bestill senga…</translation>
    </message>
    <message>
        <source>Recorded with the assessment; with the right granted, the date is the latest start of care</source>
        <translation>Blir registrert med vurderinga; når retten er innvilga, er datoen seinaste behandlingsstart</translation>
    </message>
    <message>
        <source>Plan a&amp;dmission on date</source>
        <translation>Planlegg &amp;innlegging på dato</translation>
    </message>
    <message>
        <source>Ri&amp;ght:</source>
        <translation>R&amp;ett:</translation>
    </message>
    <message>
        <source>&amp;Letter…</source>
        <translation>B&amp;rev…</translation>
    </message>
    <message>
        <source>The answer to the referral, to the person and the referrer, printed or saved as PDF</source>
        <translation>Svaret på tilvisinga, til personen og tilvisaren, skrive ut eller lagra som PDF</translation>
    </message>
    <message>
        <source>Histor&amp;y…</source>
        <translation>Histori&amp;kk…</translation>
    </message>
    <message>
        <source>Right to necessary health care</source>
        <translation>Rett til naudsynt helsehjelp</translation>
    </message>
</context>
<context>
    <name>trinn::JournalOverviewPanel</name>
    <message>
        <source>Needs attention</source>
        <translation>Treng merksemd</translation>
    </message>
    <message>
        <source>Current medication</source>
        <translation>Noverande legemiddel</translation>
    </message>
    <message>
        <source>Last tests</source>
        <translation>Siste prøver</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Kommande</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Behandlingsteam</translation>
    </message>
    <message>
        <source>Latest notes</source>
        <translation>Siste notat</translation>
    </message>
    <message>
        <source>The overview could not be read: %1</source>
        <translation>Oversikta kunne ikkje lesast: %1</translation>
    </message>
    <message>
        <source>No current medication.</source>
        <translation>Ingen noverande legemiddel.</translation>
    </message>
    <message>
        <source>No tests yet.</source>
        <translation>Ingen prøver enno.</translation>
    </message>
    <message>
        <source>Nothing booked.</source>
        <translation>Ingenting bestilt.</translation>
    </message>
    <message>
        <source>No care team recorded.</source>
        <translation>Ikkje noko behandlingsteam registrert.</translation>
    </message>
    <message>
        <source>(no text)</source>
        <translation>(ingen tekst)</translation>
    </message>
    <message>
        <source>No notes yet.</source>
        <translation>Ingen notat enno.</translation>
    </message>
    <message>
        <source>Not shown for your role: %1.</source>
        <translation>Ikkje vist for rolla di: %1.</translation>
    </message>
</context>
<context>
    <name>trinn::LabImportProblemsDialog</name>
    <message>
        <source>Lab results not imported</source>
        <translation>Laboratoriesvar ikkje importert</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n problems found. Nothing was imported; correct the rows and import the file again.</source>
        <translation>
            <numerusform>%1: %n problem funne. Ingenting vart importert; rett radene og importer fila på nytt.</numerusform>
            <numerusform>%1: %n problem funne. Ingenting vart importert; rett radene og importer fila på nytt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trinn::LoginDialog</name>
    <message>
        <source>Trinn: the first administrator</source>
        <translation>Trinn: den første administratoren</translation>
    </message>
    <message>
        <source>Sign in to Trinn</source>
        <translation>Logg inn i Trinn</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation>&amp;Fullt namn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
    <message>
        <source>This journal has no staff accounts yet. Create the first administrator; add the others with &quot;trinnctl user add&quot;.</source>
        <translation>Denne journalen har ingen brukarkontoar enno. Opprett den første administratoren; legg til dei andre med «trinnctl user add».</translation>
    </message>
    <message>
        <source>Demo journal: sign in as sykepleier, terapeut, inntak or admin, password demo-passord.</source>
        <translation>Demojournal: logg inn som sykepleier, terapeut, inntak eller admin, passord demo-passord.</translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation>Logg inn med brukarnamn og passord.</translation>
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
        <source>Intake</source>
        <translation>Inntak</translation>
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
        <translation>&amp;Pasient</translation>
    </message>
    <message>
        <source>&amp;Enrol in a program…</source>
        <translation>&amp;Skriv inn i eit program…</translation>
    </message>
    <message>
        <source>Episodes and &amp;phases…</source>
        <translation>Forløp og &amp;fasar…</translation>
    </message>
    <message>
        <source>&amp;Treatment plan…</source>
        <translation>&amp;Behandlingsplan…</translation>
    </message>
    <message>
        <source>&amp;Book an individual session…</source>
        <translation>&amp;Bestill individualsamtale…</translation>
    </message>
    <message>
        <source>&amp;Medication…</source>
        <translation>&amp;Legemiddel…</translation>
    </message>
    <message>
        <source>%1 · signed in as %2</source>
        <translation>%1 · innlogga som %2</translation>
    </message>
    <message>
        <source>Journal &amp;notes…</source>
        <translation>Journal&amp;notat…</translation>
    </message>
    <message>
        <source>&amp;Access report…</source>
        <translation>&amp;Tilgangsrapport…</translation>
    </message>
    <message>
        <source>E&amp;mergency access…</source>
        <translation>N&amp;audtilgang…</translation>
    </message>
    <message>
        <source>&amp;Care records…</source>
        <translation>&amp;Behandlingsopplysningar…</translation>
    </message>
    <message>
        <source>Next of &amp;kin and consent…</source>
        <translation>Pårø&amp;rande og samtykke…</translation>
    </message>
    <message>
        <source>Care t&amp;eam…</source>
        <translation>Behandlingst&amp;eam…</translation>
    </message>
    <message>
        <source>&amp;Open journal…</source>
        <translation>Opne &amp;journal…</translation>
    </message>
    <message>
        <source>S&amp;witch user…</source>
        <translation>&amp;Byt brukar…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Logg &amp;ut</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Brukarrettleiing</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Snøggtastar</translation>
    </message>
</context>
<context>
    <name>trinn::MedicationDialog</name>
    <message>
        <source>Medication-assisted treatment</source>
        <translation>Legemiddelassistert behandling</translation>
    </message>
    <message>
        <source>Drug</source>
        <translation>Legemiddel</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dose</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Frå</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Til</translation>
    </message>
    <message>
        <source>methadone, buprenorphine, disulfiram, ADHD medication …</source>
        <translation>metadon, buprenorfin, disulfiram, ADHD-medisin …</translation>
    </message>
    <message>
        <source>&amp;Drug:</source>
        <translation>&amp;Legemiddel:</translation>
    </message>
    <message>
        <source>D&amp;ose:</source>
        <translation>D&amp;ose:</translation>
    </message>
    <message>
        <source>&amp;From, or stop on:</source>
        <translation>&amp;Frå, eller stopp den:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Legg til</translation>
    </message>
    <message>
        <source>&amp;Stop the selected</source>
        <translation>&amp;Stopp det valde</translation>
    </message>
    <message>
        <source>Select the drug to stop.</source>
        <translation>Vel legemiddelet som skal stoppast.</translation>
    </message>
    <message>
        <source>&amp;Why it is stopped:</source>
        <translation>&amp;Kvifor det blir stoppa:</translation>
    </message>
</context>
<context>
    <name>trinn::NewGroupDialog</name>
    <message>
        <source>New group</source>
        <translation>Ny gruppe</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>inga grense</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type:</translation>
    </message>
    <message>
        <source>&amp;Site:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Rom:</translation>
    </message>
    <message>
        <source>&amp;Weekday:</source>
        <translation>&amp;Vekedag:</translation>
    </message>
    <message>
        <source>S&amp;tarts at:</source>
        <translation>S&amp;tartar:</translation>
    </message>
    <message>
        <source>&amp;Length:</source>
        <translation>&amp;Varigheit:</translation>
    </message>
    <message>
        <source>W&amp;eeks:</source>
        <translation>&amp;Veker:</translation>
    </message>
    <message>
        <source>&amp;First week from:</source>
        <translation>&amp;Første veke frå:</translation>
    </message>
    <message>
        <source>&amp;Places:</source>
        <translation>&amp;Plassar:</translation>
    </message>
    <message>
        <source>&amp;Absences allowed:</source>
        <translation>&amp;Tillate fråvær:</translation>
    </message>
    <message>
        <source>Public holidays</source>
        <translation>Heilagdagar</translation>
    </message>
    <message>
        <source>Lea&amp;ders (Space checks):</source>
        <translation>&amp;Leiarar (mellomrom kryssar av):</translation>
    </message>
    <message>
        <source>No session on %1; the course keeps its sessions and ends a week later for each.</source>
        <translation>Inga samling %1; kurset held på alle samlingane og sluttar ei veke seinare for kvar av dei.</translation>
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
    <name>trinn::NextOfKinDialog</name>
    <message>
        <source>Next of kin and consent — %1</source>
        <translation>Pårørande og samtykke — %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Relation</source>
        <translation>Relasjon</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Consent to share</source>
        <translation>Samtykke til deling</translation>
    </message>
    <message>
        <source>mother, partner, friend …</source>
        <translation>mor, partnar, ven …</translation>
    </message>
    <message>
        <source>The patient &amp;consents to the clinic sharing information with this person</source>
        <translation>Pasienten &amp;samtykkjer til at klinikken deler opplysningar med denne personen</translation>
    </message>
    <message>
        <source>N&amp;ame:</source>
        <translation>&amp;Namn:</translation>
    </message>
    <message>
        <source>Re&amp;lation:</source>
        <translation>&amp;Relasjon:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Lagre</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>N&amp;y</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>F&amp;jern</translation>
    </message>
    <message>
        <source>yes, since %1</source>
        <translation>ja, sidan %1</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nei</translation>
    </message>
    <message>
        <source>%1 is saved.</source>
        <translation>%1 er lagra.</translation>
    </message>
    <message>
        <source>Choose the next of kin to remove first.</source>
        <translation>Vel først den pårørande som skal fjernast.</translation>
    </message>
    <message>
        <source>%1 is removed.</source>
        <translation>%1 er fjerna.</translation>
    </message>
</context>
<context>
    <name>trinn::NotesDialog</name>
    <message>
        <source>Journal notes</source>
        <translation>Journalnotat</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Skrive</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>reason for the correction</source>
        <translation>grunngjeving for rettinga</translation>
    </message>
    <message>
        <source>&amp;New note</source>
        <translation>&amp;Nytt notat</translation>
    </message>
    <message>
        <source>&amp;Sign</source>
        <translation>&amp;Signer</translation>
    </message>
    <message>
        <source>&amp;Correct</source>
        <translation>&amp;Rett</translation>
    </message>
    <message>
        <source>&amp;History (Ctrl+H)</source>
        <translation>&amp;Historikk (Ctrl+H)</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>utkast</translation>
    </message>
    <message>
        <source>signed, corrected (version %1)</source>
        <translation>signert, retta (versjon %1)</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>signert</translation>
    </message>
    <message>
        <source>%1 notes are not shown: your role does not give access to them.</source>
        <translation>%1 notat blir ikkje viste: rolla di gjev ikkje tilgang til dei.</translation>
    </message>
    <message>
        <source>Draft saved.</source>
        <translation>Utkast lagra.</translation>
    </message>
    <message>
        <source>Signed.</source>
        <translation>Signert.</translation>
    </message>
    <message>
        <source>Saved as version %1.</source>
        <translation>Lagra som versjon %1.</translation>
    </message>
    <message>
        <source>Version %1, %2, %3%4:
%5</source>
        <translation>Versjon %1, %2, %3%4:
%5</translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation> (grunngjeving: %1)</translation>
    </message>
    <message>
        <source>History of the note</source>
        <translation>Historikken til notatet</translation>
    </message>
    <message>
        <source>&amp;Discard draft</source>
        <translation>&amp;Forkast utkast</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grunngjeving:</translation>
    </message>
    <message>
        <source>Draft discarded: it is kept in the journal, marked discarded.</source>
        <translation>Utkastet er forkasta: det blir teke vare på i journalen, merkt som forkasta.</translation>
    </message>
    <message>
        <source>Pr&amp;int notes… (Ctrl+P)</source>
        <translation>Skriv &amp;ut notat… (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>trinn::OpenJournalDialog</name>
    <message>
        <source>Open a journal</source>
        <translation>Opne ein journal</translation>
    </message>
    <message>
        <source>/path/to/clinic.trinn or postgresql://server/database</source>
        <translation>/sti/til/klinikk.trinn eller postgresql://tenar/database</translation>
    </message>
    <message>
        <source>A journal file, or the address of a journal on a PostgreSQL server. A password does not belong in the address: Trinn asks for it.</source>
        <translation>Ei journalfil, eller adressa til ein journal på ein PostgreSQL-tenar. Eit passord høyrer ikkje heime i adressa: Trinn spør etter det.</translation>
    </message>
    <message>
        <source>&amp;Journal:</source>
        <translation>&amp;Journal:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Bla &amp;gjennom…</translation>
    </message>
    <message>
        <source>Open a Trinn journal</source>
        <translation>Opne ein Trinn-journal</translation>
    </message>
    <message>
        <source>Trinn journals (*.trinn);;All files (*)</source>
        <translation>Trinn-journalar (*.trinn);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Name a journal file or a postgresql:// address.</source>
        <translation>Oppgje ei journalfil eller ei postgresql://-adresse.</translation>
    </message>
    <message>
        <source>Leave the password out of the address: Trinn asks for it, or reads it from ~/.pgpass.</source>
        <translation>Utelat passordet frå adressa: Trinn spør etter det eller les det frå ~/.pgpass.</translation>
    </message>
    <message>
        <source>There is no file %1.</source>
        <translation>Det finst inga fil %1.</translation>
    </message>
</context>
<context>
    <name>trinn::PatientBanner</name>
    <message>
        <source>Patient unknown</source>
        <translation>Ukjend pasient</translation>
    </message>
    <message>
        <source>%1 %2 · born %3 · %4 years</source>
        <translation>%1 %2 · fødd %3 · %4 år</translation>
    </message>
    <message>
        <source>Patient: %1</source>
        <translation>Pasient: %1</translation>
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
    <message>
        <source>Journal overview</source>
        <translation>Journaloversikt</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historikk</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Planlagt</translation>
    </message>
    <message>
        <source>Sh&amp;ow:</source>
        <translation>V&amp;is:</translation>
    </message>
    <message numerus="yes">
        <source>Planned (%n)</source>
        <translation>
            <numerusform>Planlagt (%n)</numerusform>
            <numerusform>Planlagt (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>History (%n)</source>
        <translation>
            <numerusform>Historikk (%n)</numerusform>
            <numerusform>Historikk (%n)</numerusform>
        </translation>
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
    <message>
        <source>Another patient has the same name: check the birth date and national id.</source>
        <translation>Ein annan pasient har same namn: kontroller fødselsdatoen og fødselsnummeret.</translation>
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
        <translation>Ingen pasient open</translation>
    </message>
    <message>
        <source>Open a patient first: search, then press Enter.</source>
        <translation>Opne ein pasient først: søk, og trykk Enter.</translation>
    </message>
    <message>
        <source>No program</source>
        <translation>Ingen program</translation>
    </message>
    <message>
        <source>A treatment plan belongs to a program: enrol the patient first.</source>
        <translation>Ein behandlingsplan høyrer til eit program: skriv inn pasienten først.</translation>
    </message>
    <message>
        <source>Emergency access</source>
        <translation>Naudtilgang</translation>
    </message>
    <message>
        <source>Emergency access has ended.</source>
        <translation>Naudtilgangen er avslutta.</translation>
    </message>
    <message>
        <source>Why do you need access outside your role? The reason marks every access in the audit log for review.</source>
        <translation>Kvifor treng du tilgang utanfor rolla di? Grunngjevinga markerer kvar tilgang i loggen for gjennomgang.</translation>
    </message>
    <message>
        <source>Write the reason in a sentence (at least 10 characters).</source>
        <translation>Skriv grunngjevinga i ei setning (minst 10 teikn).</translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) share a name with another: check the birth date and national id.</source>
        <translation>
            <numerusform>%n pasient har same namn som ein annan: kontroller fødselsdatoen og fødselsnummeret.</numerusform>
            <numerusform>%n pasientar har same namn som ein annan: kontroller fødselsdatoen og fødselsnummeret.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s) match &quot;%1&quot;: choose one with the arrow keys and press Enter.</source>
        <translation>
            <numerusform>%n pasient passar til «%1»: vel med piltastane og trykk Enter.</numerusform>
            <numerusform>%n pasientar passar til «%1»: vel ein med piltastane og trykk Enter.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some have the same name: check the birth date and national id.</source>
        <translation>Nokre har same namn: kontroller fødselsdatoen og fødselsnummeret.</translation>
    </message>
</context>
<context>
    <name>trinn::PlanEditorDialog</name>
    <message>
        <source>Treatment plan</source>
        <translation>Behandlingsplan</translation>
    </message>
    <message>
        <source>Life area</source>
        <translation>Livsområde</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Mål</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Tiltak</translation>
    </message>
    <message>
        <source>Review (dd.mm.yyyy)</source>
        <translation>Revidering (dd.mm.åååå)</translation>
    </message>
    <message>
        <source>Plan &amp;review date:</source>
        <translation>&amp;Revideringsdato for planen:</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a date like 14.09.2027.</source>
        <translation>%1: «%2» er ikkje ein dato som 14.09.2027.</translation>
    </message>
    <message>
        <source>What changed and &amp;why (optional):</source>
        <translation>Kva som er endra, og &amp;kvifor (valfritt):</translation>
    </message>
    <message>
        <source>Pr&amp;int… (Ctrl+P)</source>
        <translation>Skriv &amp;ut… (Ctrl+P)</translation>
    </message>
</context>
<context>
    <name>trinn::PlanGatheringDialog</name>
    <message>
        <source>Plan a Phase 2 gathering</source>
        <translation>Planlegg ei fase 2-samling</translation>
    </message>
    <message>
        <source>Only for a gathering later than the first year after discharge</source>
        <translation>Berre for ei samling seinare enn det første året etter utskriving</translation>
    </message>
    <message>
        <source>&amp;First day (three days):</source>
        <translation>Første &amp;dag (tre døgn):</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>&amp;Rom:</translation>
    </message>
    <message>
        <source>&amp;Held by:</source>
        <translation>Blir halden &amp;av:</translation>
    </message>
    <message>
        <source>&amp;Patients in Phase 2:</source>
        <translation>Pasie&amp;ntar i fase 2:</translation>
    </message>
    <message>
        <source>Reason if &amp;late:</source>
        <translation>Grunngjeving om for &amp;seint:</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Planlegg</translation>
    </message>
    <message>
        <source>%1 (discharged %2)</source>
        <translation>%1 (skriven ut %2)</translation>
    </message>
    <message>
        <source>Already has a gathering on these days.</source>
        <translation>Har alt ei samling desse dagane.</translation>
    </message>
    <message>
        <source>No patient is in Phase 2 of the residential program.</source>
        <translation>Ingen pasient er i fase 2 av døgnprogrammet.</translation>
    </message>
    <message numerus="yes">
        <source>Phase 2 gathering planned from %1 in room %2 for %n patient(s).</source>
        <translation>
            <numerusform>Fase 2-samling planlagd frå %1 i rom %2 for %n pasient.</numerusform>
            <numerusform>Fase 2-samling planlagd frå %1 i rom %2 for %n pasientar.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>trinn::RecordHistoryDialog</name>
    <message>
        <source>History of %1</source>
        <translation>Historikk for %1</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Når</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Av</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Endringar</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>%1 (outside Trinn)</source>
        <translation>%1 (utanfor Trinn)</translation>
    </message>
    <message>
        <source>Nothing recorded yet.</source>
        <translation>Ingenting er registrert enno.</translation>
    </message>
</context>
<context>
    <name>trinn::SameDayDialog</name>
    <message>
        <source>A &amp;correction of it</source>
        <translation>Ei &amp;retting av den første</translation>
    </message>
    <message>
        <source>A &amp;second sample, kept beside it</source>
        <translation>Ei &amp;ny prøve, lagra ved sida av den første</translation>
    </message>
    <message>
        <source>A second test today</source>
        <translation>Endå ein test i dag</translation>
    </message>
    <message>
        <source>why the first is corrected</source>
        <translation>kvifor den første blir retta</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Grunngjeving:</translation>
    </message>
    <message>
        <source>Say whether it is a correction of the first test or a second sample.</source>
        <translation>Oppgje om det er ei retting av den første testen eller ei ny prøve.</translation>
    </message>
    <message>
        <source>A correction needs its reason.</source>
        <translation>Ei retting treng ei grunngjeving.</translation>
    </message>
</context>
<context>
    <name>trinn::ServerLoginDialog</name>
    <message>
        <source>Sign in to Trinn</source>
        <translation>Logg inn i Trinn</translation>
    </message>
    <message>
        <source>The journal is on the server %1. Sign in with your own user name and password.</source>
        <translation>Journalen ligg på tenaren %1. Logg inn med ditt eige brukarnamn og passord.</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passord:</translation>
    </message>
</context>
<context>
    <name>trinn::SessionDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Medlem</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Oppmøte</translation>
    </message>
    <message>
        <source>Absences so far</source>
        <translation>Fråvær så langt</translation>
    </message>
    <message>
        <source>Line for the member&apos;s journal (F2)</source>
        <translation>Line til journalen til medlemmet (F2)</translation>
    </message>
    <message>
        <source>The group note: what the session was about, for every member&apos;s journal.</source>
        <translation>Gruppenotatet: kva samlinga handla om, til journalen til kvart medlem.</translation>
    </message>
    <message>
        <source>Group &amp;note:</source>
        <translation>Gruppe&amp;notat:</translation>
    </message>
    <message>
        <source>&amp;Save (Ctrl+Enter)</source>
        <translation>&amp;Lagre (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>P present · N absent with notice · U absent without notice · L late · F2 a line · Tab to the note · Ctrl+Enter saves</source>
        <translation>P til stades · N meldt fråvær · U fråvær utan melding · L for seint · F2 ei line · Tab til notatet · Ctrl+Enter lagrar</translation>
    </message>
    <message>
        <source>Correct %1, %2</source>
        <translation>Rett %1, %2</translation>
    </message>
    <message>
        <source>what was wrong in the version before</source>
        <translation>kva som var feil i førre versjon</translation>
    </message>
    <message>
        <source>Written by:</source>
        <translation>Skrive av:</translation>
    </message>
    <message>
        <source>&amp;Reason for the correction:</source>
        <translation>&amp;Grunngjeving for rettinga:</translation>
    </message>
    <message>
        <source>&amp;Save the correction (Ctrl+Enter)</source>
        <translation>&amp;Lagre rettinga (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>&amp;History (Ctrl+H)</source>
        <translation>&amp;Historikk (Ctrl+H)</translation>
    </message>
    <message>
        <source>A correction: the version before is kept. P present · N absent with notice · U absent without notice · L late · F2 a line · Tab to the note, Tab to the reason · Ctrl+Enter saves · Ctrl+H the versions</source>
        <translation>Ei retting: førre versjon blir teken vare på. P til stades · N meldt fråvær · U fråvær utan melding · L for seint · F2 ei line · Tab til notatet, Tab til grunngjevinga · Ctrl+Enter lagrar · Ctrl+H versjonane</translation>
    </message>
    <message>
        <source>The session has not been recorded yet: there is no history.</source>
        <translation>Samlinga er ikkje registrert enno: det finst ingen historikk.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
    <message>
        <source>Version %1, %2, by %3%4:
%5
%6</source>
        <translation>Versjon %1, %2, av %3%4:
%5
%6</translation>
    </message>
    <message>
        <source> (reason: %1)</source>
        <translation> (grunngjeving: %1)</translation>
    </message>
    <message>
        <source>History of the session</source>
        <translation>Historikken til samlinga</translation>
    </message>
    <message>
        <source>Pr&amp;int list… (Ctrl+P)</source>
        <translation>Skriv &amp;ut liste… (Ctrl+P)</translation>
    </message>
    <message>
        <source>opened a group session</source>
        <translation>opna ei gruppesamling</translation>
    </message>
</context>
<context>
    <name>trinn::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Snøggtastar</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tastar</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Kva</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Meny</translation>
    </message>
    <message>
        <source>Inside a workspace or a dialog, its buttons name their own keys too (Ctrl+H: history, Ctrl+P: print).</source>
        <translation>I eit arbeidsområde eller ein dialog viser knappane òg sine eigne tastar (Ctrl+H: historikk, Ctrl+P: skriv ut).</translation>
    </message>
</context>
<context>
    <name>trinn::StaffAccountsPanel</name>
    <message>
        <source>Staff accounts</source>
        <translation>Brukarkontoar</translation>
    </message>
    <message>
        <source>Only administrators see and change staff accounts.</source>
        <translation>Berre administratorar ser og endrar brukarkontoar.</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Brukarnamn</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Roller</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Tilstand</translation>
    </message>
    <message>
        <source>Dis&amp;able</source>
        <translation>De&amp;aktiver</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>Lås &amp;opp</translation>
    </message>
    <message>
        <source>Reset pass&amp;word</source>
        <translation>Tilbakestill pa&amp;ssord</translation>
    </message>
    <message>
        <source>Sets the password typed below for the account chosen</source>
        <translation>Set passordet som er skrive inn nedanfor, for den valde kontoen</translation>
    </message>
    <message>
        <source>Add accoun&amp;t</source>
        <translation>Legg til &amp;konto</translation>
    </message>
    <message>
        <source>User na&amp;me:</source>
        <translation>&amp;Brukarnamn:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Fullt &amp;namn:</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roller:</translation>
    </message>
    <message>
        <source>Passwor&amp;d:</source>
        <translation>Passor&amp;d:</translation>
    </message>
    <message>
        <source>R&amp;epeat password:</source>
        <translation>&amp;Gjenta passord:</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktivert</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>låst til %1</translation>
    </message>
    <message numerus="yes">
        <source>active, %n failed sign-in(s)</source>
        <translation>
            <numerusform>aktiv, %n mislukka innlogging</numerusform>
            <numerusform>aktiv, %n mislukka innloggingar</numerusform>
        </translation>
    </message>
    <message>
        <source>The two passwords differ; nothing was saved.</source>
        <translation>Dei to passorda er ulike; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Type the new password twice; nothing was saved.</source>
        <translation>Skriv det nye passordet to gonger; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Ikkje lagt til: %1</translation>
    </message>
    <message>
        <source>%1 can sign in as %2.</source>
        <translation>%1 kan logge inn som %2.</translation>
    </message>
    <message>
        <source>Choose an account in the list first.</source>
        <translation>Vel ein konto i lista først.</translation>
    </message>
    <message>
        <source>You cannot disable your own account; nothing was changed.</source>
        <translation>Du kan ikkje deaktivere din eigen konto; ingenting vart endra.</translation>
    </message>
    <message>
        <source>%1 can no longer sign in.</source>
        <translation>%1 kan ikkje lenger logge inn.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 har fått nytt passord.</translation>
    </message>
    <message>
        <source>Not changed: %1</source>
        <translation>Ikkje endra: %1</translation>
    </message>
    <message>
        <source>%1 may sign in again.</source>
        <translation>%1 kan logge inn igjen.</translation>
    </message>
    <message>
        <source>Enab&amp;le again</source>
        <translation>Aktiver &amp;igjen</translation>
    </message>
    <message>
        <source>Lets the chosen disabled account sign in again, with the password typed below</source>
        <translation>Lèt den valde deaktiverte kontoen logge inn igjen, med passordet som er skrive inn nedanfor</translation>
    </message>
    <message>
        <source>Set &amp;roles</source>
        <translation>Set &amp;roller</translation>
    </message>
    <message>
        <source>Gives the account chosen the roles ticked below</source>
        <translation>Gjev den valde kontoen rollene som er kryssa av nedanfor</translation>
    </message>
    <message>
        <source>%1 may sign in again, with the new password.</source>
        <translation>%1 kan logge inn igjen, med det nye passordet.</translation>
    </message>
    <message>
        <source>Not enabled: %1</source>
        <translation>Ikkje aktivert: %1</translation>
    </message>
    <message>
        <source>%1 has the roles ticked now.</source>
        <translation>%1 har no rollene som er kryssa av.</translation>
    </message>
</context>
<context>
    <name>trinn::StaffComboBox</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>trinn::TestBoardModel</name>
    <message>
        <source>not tested</source>
        <translation>ikkje testa</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pasient</translation>
    </message>
    <message>
        <source>National id</source>
        <translation>Fødselsnummer</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Residential</source>
        <translation>Døgnbehandling</translation>
    </message>
    <message>
        <source>Evening program</source>
        <translation>Kveldsprogram</translation>
    </message>
    <message>
        <source>Full-time program</source>
        <translation>Fulltidsprogram</translation>
    </message>
    <message>
        <source>Specialist pathway</source>
        <translation>Spesialisthelsetenesta</translation>
    </message>
    <message>
        <source>LAR outpatient</source>
        <translation>LAR poliklinisk</translation>
    </message>
    <message>
        <source>Municipal day treatment</source>
        <translation>Kommunal dagbehandling</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>trinn::TestBoardWorkspace</name>
    <message>
        <source>Test board</source>
        <translation>Testtavle</translation>
    </message>
    <message>
        <source>&amp;Import lab results… (Ctrl+I)</source>
        <translation>&amp;Importer laboratoriesvar… (Ctrl+I)</translation>
    </message>
    <message>
        <source>Type a name to find a patient · Enter: record · Enter: save and next · Escape: back to the list</source>
        <translation>Skriv eit namn for å finne ein pasient · Enter: registrer · Enter: lagre og neste · Escape: tilbake til lista</translation>
    </message>
    <message>
        <source>Import lab results</source>
        <translation>Importer laboratoriesvar</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-filer (*.csv *.txt);;Alle filer (*)</translation>
    </message>
    <message>
        <source>Lab results imported</source>
        <translation>Laboratoriesvar importert</translation>
    </message>
    <message>
        <source>%1 results imported.</source>
        <translation>%1 svar importert.</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <source>test-board-%1.csv</source>
        <translation>testtavle-%1.csv</translation>
    </message>
    <message>
        <source>Pri&amp;nt list… (Ctrl+P)</source>
        <translation>Skriv ut &amp;liste… (Ctrl+P)</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Dag:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Eining:</translation>
    </message>
    <message>
        <source>Sit&amp;e:</source>
        <translation>&amp;Stad:</translation>
    </message>
    <message>
        <source>T&amp;oday</source>
        <translation>I da&amp;g</translation>
    </message>
    <message>
        <source>All units</source>
        <translation>Alle einingar</translation>
    </message>
    <message>
        <source>All sites</source>
        <translation>Alle stader</translation>
    </message>
    <message>
        <source>%1 — %2 to test (of %6 on the board) · %3 tested · &lt;b&gt;%4 missing&lt;/b&gt; · %5 flagged</source>
        <translation>%1 — %2 skal testast (av %6 på tavla) · %3 testa · &lt;b&gt;%4 manglar&lt;/b&gt; · %5 flagga</translation>
    </message>
    <message>
        <source>%1 — %2 to test · %3 tested · &lt;b&gt;%4 missing&lt;/b&gt; · %5 flagged%6</source>
        <translation>%1 — %2 skal testast · %3 testa · &lt;b&gt;%4 manglar&lt;/b&gt; · %5 flagga%6</translation>
    </message>
    <message>
        <source>Type a name to find a patient · Ctrl+H: the patient&apos;s test history</source>
        <translation>Skriv eit namn for å finne ein pasient · Ctrl+H: testhistorikken til pasienten</translation>
    </message>
    <message>
        <source>Test histor&amp;y (Ctrl+H)</source>
        <translation>Testhisto&amp;rikk (Ctrl+H)</translation>
    </message>
</context>
<context>
    <name>trinn::TestEntryForm</name>
    <message>
        <source>Super&amp;vised</source>
        <translation>Overv&amp;aka</translation>
    </message>
    <message>
        <source>Send to the &amp;lab for confirmation</source>
        <translation>Send til &amp;laboratoriet for stadfesting</translation>
    </message>
    <message>
        <source>empty = all negative; or %1</source>
        <translation>tomt = alt negativt; eller %1</translation>
    </message>
    <message>
        <source>reason, if the patient refused</source>
        <translation>årsak, om pasienten nekta</translation>
    </message>
    <message>
        <source>&amp;Sample:</source>
        <translation>Pr&amp;øve:</translation>
    </message>
    <message>
        <source>&amp;Positive for:</source>
        <translation>P&amp;ositiv for:</translation>
    </message>
    <message>
        <source>&amp;Refused:</source>
        <translation>&amp;Nekta:</translation>
    </message>
    <message>
        <source>&amp;Taken by:</source>
        <translation>&amp;Teken av:</translation>
    </message>
    <message>
        <source>Test for %1</source>
        <translation>Test for %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a substance code; use one of: %2.</source>
        <translation>«%1» er ikkje ein stoffkode; bruk ein av: %2.</translation>
    </message>
    <message>
        <source>A breath test measures ethanol only.</source>
        <translation>Ei utandingsprøve måler berre etanol.</translation>
    </message>
    <message>
        <source>system (no one signed in)</source>
        <translation>systemet (ingen er innlogga)</translation>
    </message>
    <message>
        <source>why this earlier day&apos;s test is entered now</source>
        <translation>kvifor prøva frå ein tidlegare dag blir registrert no</translation>
    </message>
    <message>
        <source>Sample ti&amp;me:</source>
        <translation>Prøvetidspun&amp;kt:</translation>
    </message>
    <message>
        <source>Test for %1 on %2</source>
        <translation>Prøve for %1 %2</translation>
    </message>
    <message>
        <source>This test is for %1, an earlier day: say why it is entered late.</source>
        <translation>Denne prøva gjeld %1, ein tidlegare dag: oppgje kvifor ho blir registrert for seint.</translation>
    </message>
    <message>
        <source>Late &amp;because:</source>
        <translation>Gr&amp;unngjeving for sein registrering:</translation>
    </message>
</context>
<context>
    <name>trinn::TestHistoryDialog</name>
    <message>
        <source>Test history: %1</source>
        <translation>Testhistorikk: %1</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Teken</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Prøve</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Funn</translation>
    </message>
    <message>
        <source>Lab</source>
        <translation>Laboratorium</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Versjon</translation>
    </message>
    <message>
        <source>Substances found per test</source>
        <translation>Stoff funne per test</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ventar</translation>
    </message>
    <message>
        <source>confirmed (%1)</source>
        <translation>stadfesta (%1)</translation>
    </message>
    <message>
        <source>, not supervised</source>
        <translation>, ikkje overvaka</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dato</translation>
    </message>
    <message>
        <source>Substances</source>
        <translation>Stoff</translation>
    </message>
    <message>
        <source>Taken by</source>
        <translation>Teken av</translation>
    </message>
    <message>
        <source>Written by</source>
        <translation>Skrive av</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Skrive</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grunngjeving</translation>
    </message>
    <message>
        <source>%1 (unverified)</source>
        <translation>%1 (ikkje verifisert)</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>registrert</translation>
    </message>
    <message>
        <source>corrected</source>
        <translation>retta</translation>
    </message>
    <message>
        <source>lab&apos;s answer</source>
        <translation>svar frå laboratoriet</translation>
    </message>
    <message>
        <source>%1: %2, replaced</source>
        <translation>%1: %2, erstatta</translation>
    </message>
    <message>
        <source>Lab reference %1, entered by %2</source>
        <translation>Laboratoriereferanse %1, registrert av %2</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Eksporter &amp;CSV…</translation>
    </message>
    <message>
        <source>test-history.csv</source>
        <translation>testhistorikk.csv</translation>
    </message>
    <message>
        <source>entered late: %1</source>
        <translation>etterregistrert: %1</translation>
    </message>
</context>
<context>
    <name>trinn::UserGuideDialog</name>
    <message>
        <source>Trinn user guide</source>
        <translation>Brukarrettleiing for Trinn</translation>
    </message>
</context>
<context>
    <name>trinnctl</name>
    <message>
        <source>The journal to check.</source>
        <translation>Journalen som skal kontrollerast.</translation>
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
        <source>%1 already holds %2 patients; a demo clinic goes into a new journal.</source>
        <translation>%1 har alt %2 pasientar; ein demoklinikk skal i ein ny journal.</translation>
    </message>
    <message>
        <source>Make a demo journal (synthetic national ids only).</source>
        <translation>Lag ein demojournal (berre syntetiske fødselsnummer).</translation>
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
        <source>Enrol a patient in a program, with every rule checked.</source>
        <translation>Skriv inn ein pasient i eit program, med alle reglar kontrollerte.</translation>
    </message>
    <message>
        <source>Report a patient&apos;s episodes of care.</source>
        <translation>Rapporter forløpa til ein pasient.</translation>
    </message>
    <message>
        <source>No patient has national id %1 in this journal.</source>
        <translation>Ingen pasient har fødselsnummer %1 i denne journalen.</translation>
    </message>
    <message>
        <source>--%1 takes a date as 2027-03-14 or 14.03.2027, not &quot;%2&quot;.</source>
        <translation>--%1 tek ein dato som 2027-03-14 eller 14.03.2027, ikkje «%2».</translation>
    </message>
    <message>
        <source>The patient&apos;s national id.</source>
        <translation>Fødselsnummeret til pasienten.</translation>
    </message>
    <message>
        <source>The program&apos;s name or code.</source>
        <translation>Namnet eller koden til programmet.</translation>
    </message>
    <message>
        <source>First day (default today).</source>
        <translation>Første dag (standard i dag).</translation>
    </message>
    <message>
        <source>Include an optional phase (tapering, detox); repeatable.</source>
        <translation>Ta med ein valfri fase (tapering, detox); kan gjentakast.</translation>
    </message>
    <message>
        <source>Both --patient and --program are needed.</source>
        <translation>Både --patient og --program trengst.</translation>
    </message>
    <message>
        <source>Enrolled in %1 from %2.</source>
        <translation>Skriven inn i %1 frå %2.</translation>
    </message>
    <message>
        <source>%1 %2 d</source>
        <translation>%1 %2 d</translation>
    </message>
    <message>
        <source> (optional)</source>
        <translation> (valfri)</translation>
    </message>
    <message>
        <source>code %1; service %2; phases: %3</source>
        <translation>kode %1; teneste %2; fasar: %3</translation>
    </message>
    <message>
        <source>; %1 places</source>
        <translation>; %1 plassar</translation>
    </message>
    <message>
        <source>; %1 weeks of %2 min</source>
        <translation>; %1 veker à %2 min</translation>
    </message>
    <message>
        <source>; after %1</source>
        <translation>; etter %1</translation>
    </message>
    <message>
        <source>; testing %1</source>
        <translation>; testing %1</translation>
    </message>
    <message>
        <source>trinnctl report JOURNAL --patient ID</source>
        <translation>trinnctl report JOURNAL --patient ID</translation>
    </message>
    <message>
        <source>--patient is needed.</source>
        <translation>--patient trengst.</translation>
    </message>
    <message>
        <source>The patient has not been enrolled in any program.</source>
        <translation>Pasienten er ikkje skriven inn i noko program.</translation>
    </message>
    <message>
        <source>The day (default today).</source>
        <translation>Dagen (standard i dag).</translation>
    </message>
    <message>
        <source>trinnctl board JOURNAL [--date DATE]</source>
        <translation>trinnctl board JOURNAL [--date DATE]</translation>
    </message>
    <message>
        <source>not tested</source>
        <translation>ikkje testa</translation>
    </message>
    <message>
        <source>%1: %2 to test, %3 not tested yet.</source>
        <translation>%1: %2 skal testast, %3 er ikkje testa enno.</translation>
    </message>
    <message>
        <source>Print the day&apos;s test board.</source>
        <translation>Skriv ut testtavla for dagen.</translation>
    </message>
    <message>
        <source>Import lab results from CSV (lab-results).</source>
        <translation>Importer laboratoriesvar frå CSV (lab-results).</translation>
    </message>
    <message>
        <source>trinnctl import lab-results JOURNAL FILE</source>
        <translation>trinnctl import lab-results JOURNAL FILE</translation>
    </message>
    <message>
        <source>FILE is CSV with the columns %1 (separated by ; or ,).</source>
        <translation>FILE er CSV med kolonnane %1 (skilde med ; eller ,).</translation>
    </message>
    <message>
        <source>The lab&apos;s CSV file.</source>
        <translation>CSV-fila frå laboratoriet.</translation>
    </message>
    <message>
        <source>Imported %1 lab results.</source>
        <translation>Importerte %1 laboratoriesvar.</translation>
    </message>
    <message>
        <source>trinnctl medication add JOURNAL --patient ID --drug DRUG --dose DOSE [--start DATE] [--stop DATE] [--prescriber NAME] | list JOURNAL --patient ID</source>
        <translation>trinnctl medication add JOURNAL --patient ID --drug DRUG --dose DOSE [--start DATE] [--stop DATE] [--prescriber NAME] | list JOURNAL --patient ID</translation>
    </message>
    <message>
        <source>The drug (methadone, buprenorphine, disulfiram, ADHD medication …).</source>
        <translation>Legemiddelet (metadon, buprenorfin, disulfiram, ADHD-medisin …).</translation>
    </message>
    <message>
        <source>The dose, e.g. &quot;80 mg daily&quot;.</source>
        <translation>Dosen, t.d. «80 mg dagleg».</translation>
    </message>
    <message>
        <source>Last day, if known.</source>
        <translation>Siste dag, om han er kjend.</translation>
    </message>
    <message>
        <source>Who prescribed it.</source>
        <translation>Kven som føreskreiv det.</translation>
    </message>
    <message>
        <source>Recorded %1 %2 from %3.</source>
        <translation>Registrerte %1 %2 frå %3.</translation>
    </message>
    <message>
        <source>The step, 1 to 12.</source>
        <translation>Trinnet, 1 til 12.</translation>
    </message>
    <message>
        <source>The day the step was started.</source>
        <translation>Dagen trinnet vart starta.</translation>
    </message>
    <message>
        <source>The day the step was completed.</source>
        <translation>Dagen trinnet vart fullført.</translation>
    </message>
    <message>
        <source>--step is needed.</source>
        <translation>--step trengst.</translation>
    </message>
    <message>
        <source>Step %1 recorded.</source>
        <translation>Trinn %1 registrert.</translation>
    </message>
    <message>
        <source>A new name.</source>
        <translation>Eit nytt namn.</translation>
    </message>
    <message>
        <source>Testing: daily, weekdays:1,3,5 or random:0.3.</source>
        <translation>Testing: daily, weekdays:1,3,5 eller random:0.3.</translation>
    </message>
    <message>
        <source>Places (0: no limit).</source>
        <translation>Plassar (0: inga grense).</translation>
    </message>
    <message>
        <source>A phase&apos;s planned length: CODE=DAYS; repeatable.</source>
        <translation>Planlagd lengd for ein fase: KODE=DAGAR; kan gjentakast.</translation>
    </message>
    <message>
        <source>trinnctl program edit JOURNAL PROGRAM [--name NAME] [--testing SCHEDULE] [--capacity N] [--phase-days CODE=DAYS]</source>
        <translation>trinnctl program edit JOURNAL PROGRAM [--name NAME] [--testing SCHEDULE] [--capacity N] [--phase-days CODE=DAYS]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names no phase of %2 with a number of days.</source>
        <translation>«%1» oppgjev ingen fase i %2 med eit tal på dagar.</translation>
    </message>
    <message>
        <source>%1 saved as revision %2; episodes already planned keep their phases.</source>
        <translation>%1 lagra som revisjon %2; forløp som alt er planlagde, held på fasane sine.</translation>
    </message>
    <message>
        <source>List (list) or edit (edit) the program templates.</source>
        <translation>Vis (list) eller endre (edit) programmalane.</translation>
    </message>
    <message>
        <source>Record (add) or list medication-assisted treatment.</source>
        <translation>Registrer (add) eller vis (list) legemiddelassistert behandling.</translation>
    </message>
    <message>
        <source>Record a patient&apos;s 12-step progress.</source>
        <translation>Registrer arbeidet til ein pasient med dei 12 trinna.</translation>
    </message>
    <message>
        <source>trinnctl program list JOURNAL | edit JOURNAL PROGRAM …</source>
        <translation>trinnctl program list JOURNAL | edit JOURNAL PROGRAM …</translation>
    </message>
    <message>
        <source>Receive (add) or list referrals with their deadlines.</source>
        <translation>Ta imot (add) eller vis (list) tilvisingar med fristar.</translation>
    </message>
    <message>
        <source>Only this staff member&apos;s calendar.</source>
        <translation>Berre kalenderen til denne tilsette.</translation>
    </message>
    <message>
        <source>Only this room&apos;s calendar.</source>
        <translation>Berre kalenderen til dette rommet.</translation>
    </message>
    <message>
        <source>How many weeks (default 8).</source>
        <translation>Kor mange veker (standard 8).</translation>
    </message>
    <message>
        <source>Choose --staff or --room, not both.</source>
        <translation>Vel --staff eller --room, ikkje begge.</translation>
    </message>
    <message>
        <source>trinnctl referral add JOURNAL --name NAME --source SOURCE --service PROGRAM [--received DATE] [--priority 1-3] | list JOURNAL</source>
        <translation>trinnctl referral add JOURNAL --name NAME --source SOURCE --service PROGRAM [--received DATE] [--priority 1-3] | list JOURNAL</translation>
    </message>
    <message>
        <source>The person referred.</source>
        <translation>Personen som er tilvist.</translation>
    </message>
    <message>
        <source>Who referred: %1.</source>
        <translation>Kven som tilviste: %1.</translation>
    </message>
    <message>
        <source>The program asked for.</source>
        <translation>Programmet det blir søkt om.</translation>
    </message>
    <message>
        <source>The day it came (default today).</source>
        <translation>Dagen ho kom (standard i dag).</translation>
    </message>
    <message>
        <source>1 urgent, 2 normal, 3 can wait (default 2).</source>
        <translation>1 hastar, 2 normal, 3 kan vente (standard 2).</translation>
    </message>
    <message>
        <source>Referral received; assessment due %1.</source>
        <translation>Tilvising motteken; vurderingsfrist %1.</translation>
    </message>
    <message>
        <source>Staff accounts: add, list, disable, reset-password.</source>
        <translation>Brukarkontoar: add, list, disable, reset-password.</translation>
    </message>
    <message>
        <source>A patient&apos;s access report (report).</source>
        <translation>Tilgangsrapporten til ein pasient (report).</translation>
    </message>
    <message>
        <source>The user name.</source>
        <translation>Brukarnamnet.</translation>
    </message>
    <message>
        <source>The person&apos;s full name.</source>
        <translation>Det fulle namnet til personen.</translation>
    </message>
    <message>
        <source>Roles, separated by commas.</source>
        <translation>Roller, skilde med komma.</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>disabled</source>
        <translation>deaktivert</translation>
    </message>
    <message>
        <source>locked until %1</source>
        <translation>låst til %1</translation>
    </message>
    <message>
        <source>--username is needed.</source>
        <translation>--username trengst.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a role: use nurse, therapist, coordinator or administrator.</source>
        <translation>«%1» er ikkje ei rolle: bruk nurse, therapist, coordinator eller administrator.</translation>
    </message>
    <message>
        <source>Done: %1 %2.</source>
        <translation>Utført: %1 %2.</translation>
    </message>
    <message>
        <source>trinnctl audit report JOURNAL --patient ID</source>
        <translation>trinnctl audit report JOURNAL --patient ID</translation>
    </message>
    <message>
        <source>Who has looked at or changed the journal of %1</source>
        <translation>Kven som har sett eller endra journalen til %1</translation>
    </message>
    <message>
        <source>EMERGENCY ACCESS: %1</source>
        <translation>NAUDTILGANG: %1</translation>
    </message>
    <message>
        <source>--size is one of %1, not &quot;%2&quot;.</source>
        <translation>--size er ein av %1, ikkje «%2».</translation>
    </message>
    <message>
        <source>%1 s: %2</source>
        <translation>%1 s: %2</translation>
    </message>
    <message>
        <source>trinnctl step JOURNAL --patient ID --step N --started DATE [--completed DATE]</source>
        <translation>trinnctl step JOURNAL --patient ID --step N --started DATE [--completed DATE]</translation>
    </message>
    <message>
        <source>trinnctl enrol JOURNAL --patient ID --program NAME [--start DATE] [--with PHASE] [--meets CRITERION]</source>
        <translation>trinnctl enrol JOURNAL --patient ID --program NAME [--start DATE] [--with PHASE] [--meets CRITERION]</translation>
    </message>
    <message>
        <source>Verification key of the audit log (shown this once, and not kept in the journal):</source>
        <translation>Kontrollnøkkel for tilgangsloggen (blir vist berre denne eine gongen og blir ikkje lagra i journalen):</translation>
    </message>
    <message>
        <source>Write it down and keep it offline, away from the workstations. &quot;trinnctl check JOURNAL --verification-key KEY&quot; proves with it that no sealed audit record was removed, changed or added; whoever has it can also make seals, so keep it as you would the journal&apos;s backups.</source>
        <translation>Skriv han ned og ta vare på han utan nettilgang, borte frå arbeidsstasjonane. Med han provar «trinnctl check JOURNAL --verification-key KEY» at ingen forsegla loggpost er fjerna, endra eller lagd til; den som har nøkkelen, kan òg lage forseglingar, så ta vare på han like trygt som tryggleikskopiane av journalen.</translation>
    </message>
    <message>
        <source>The audit log&apos;s verification key, shown when the journal was made (&quot;-&quot;: read it from standard input). With it every seal is checked.</source>
        <translation>Kontrollnøkkelen for tilgangsloggen, som vart vist då journalen vart oppretta («-»: les han frå standard inn). Med han blir kvar forsegling kontrollert.</translation>
    </message>
    <message>
        <source>Start sealing the audit log of a journal that is not sealed yet, once it is found intact, and show its verification key.</source>
        <translation>Start forseglinga av tilgangsloggen i ein journal som ikkje er forsegla enno, når han er funnen intakt, og vis kontrollnøkkelen.</translation>
    </message>
    <message>
        <source>trinnctl check JOURNAL [--verification-key KEY] [--start-sealing]</source>
        <translation>trinnctl check JOURNAL [--verification-key KEY] [--start-sealing]</translation>
    </message>
    <message>
        <source>--verification-key needs the key; nothing was checked.</source>
        <translation>--verification-key treng nøkkelen; ingenting vart kontrollert.</translation>
    </message>
    <message>
        <source>Warning: other users of this computer may read %1. Make the journal its owner&apos;s only: chmod 600 on the journal and its -wal and -shm files.</source>
        <translation>Åtvaring: andre brukarar av denne datamaskina kan lese %1. Gjer journalen tilgjengeleg berre for eigaren: chmod 600 på journalen og -wal- og -shm-filene.</translation>
    </message>
    <message>
        <source>The audit log is sealed already; its verification key was shown when sealing started.</source>
        <translation>Tilgangsloggen er alt forsegla; kontrollnøkkelen vart vist då forseglinga starta.</translation>
    </message>
    <message>
        <source>The audit log could not be sealed: %1</source>
        <translation>Tilgangsloggen kunne ikkje forseglast: %1</translation>
    </message>
    <message>
        <source>Warning: the password in the address can be read by every user of this computer while trinnctl runs (ps). Leave it out and put it in ~/.pgpass (or PGPASSWORD) instead.</source>
        <translation>Åtvaring: passordet i adressa kan lesast av alle brukarar av denne datamaskina medan trinnctl køyrer (ps). Utelat det, og legg det i ~/.pgpass (eller PGPASSWORD) i staden.</translation>
    </message>
    <message>
        <source>%1 is a Trinn journal already; a demo clinic goes into a new journal. Nothing was changed.</source>
        <translation>%1 er alt ein Trinn-journal; ein demoklinikk blir lagd i ein ny journal. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The first administrator&apos;s full name (else the user name).</source>
        <translation>Fullt namn på den første administratoren (elles brukarnamnet).</translation>
    </message>
    <message>
        <source>trinnctl init JOURNAL [--demo] -u USER [--name NAME] [--password-stdin]</source>
        <translation>trinnctl init JOURNAL [--demo] -u USER [--name NAME] [--password-stdin]</translation>
    </message>
    <message>
        <source>%1 Nothing was created.</source>
        <translation>%1 Ingenting vart oppretta.</translation>
    </message>
    <message>
        <source>The journal at %1 was not made: its first administrator could not be: %2</source>
        <translation>Journalen i %1 vart ikkje oppretta: den første administratoren kunne ikkje opprettast: %2</translation>
    </message>
    <message>
        <source>The journal at %1 was not made: its audit log could not be sealed: %2</source>
        <translation>Journalen i %1 vart ikkje oppretta: tilgangsloggen kunne ikkje forseglast: %2</translation>
    </message>
    <message>
        <source>Its first administrator is %1.</source>
        <translation>Den første administratoren er %1.</translation>
    </message>
    <message>
        <source>Verbs that read or change patients or staff accounts act as a staff member: -u USER (or TRINN_USER), and the password asked without echo, on standard input with --password-stdin, or in TRINN_PASSWORD. init makes the first administrator the same way; demo and check need no one.</source>
        <translation>Kommandoar som les eller endrar pasientar eller brukarkontoar, blir utførte som ein tilsett: -u USER (eller TRINN_USER) og passordet, anten spurt om utan at det blir vist på skjermen, frå standard inn med --password-stdin eller i TRINN_PASSWORD. init opprettar den første administratoren på same måten; demo og check treng ingen tilsett.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1 for the journal; nothing was saved.</source>
        <translation>Kan ikkje opprette mappa %1 for journalen; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>The new journal could not be written out completely (is the disk full?); nothing was saved at %1.</source>
        <translation>Den nye journalen kunne ikkje skrivast ferdig (er disken full?); ingenting vart lagra i %1.</translation>
    </message>
    <message>
        <source>The new journal could not be put in place at %1; nothing was saved.</source>
        <translation>Den nye journalen kunne ikkje setjast på plass i %1; ingenting vart lagra.</translation>
    </message>
    <message>
        <source>Give your user name with --user NAME (or TRINN_USER) and your password when asked, on standard input with --password-stdin, or in TRINN_PASSWORD; never as an argument.</source>
        <translation>Oppgje brukarnamnet med --user NAME (eller TRINN_USER) og passordet når du blir spurd, på standard inn med --password-stdin eller i TRINN_PASSWORD; aldri som argument.</translation>
    </message>
    <message>
        <source>Act as this staff member (else TRINN_USER).</source>
        <translation>Handle som denne tilsette (elles TRINN_USER).</translation>
    </message>
    <message>
        <source>Read your password from the first line of standard input (else TRINN_PASSWORD, else it is asked without echo).</source>
        <translation>Les passordet frå første linja på standard inn (elles TRINN_PASSWORD, elles blir du spurd om det utan at det blir vist på skjermen).</translation>
    </message>
    <message>
        <source>trinnctl acts as a staff member, and no user name was given. %1 Nothing was done.</source>
        <translation>trinnctl handlar som ein tilsett, og ikkje noko brukarnamn vart oppgjeve. %1 Ingenting vart gjort.</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passord for %1: </translation>
    </message>
    <message>
        <source>No password for %1. %2 Nothing was done.</source>
        <translation>Ikkje noko passord for %1. %2 Ingenting vart gjort.</translation>
    </message>
    <message>
        <source>Could not sign in as %1: %2 Nothing was done.</source>
        <translation>Kunne ikkje logge inn som %1: %2 Ingenting vart gjort.</translation>
    </message>
    <message>
        <source>No new password for %1 on standard input. Nothing was changed.</source>
        <translation>Ikkje noko nytt passord for %1 på standard inn. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>New password for %1: </source>
        <translation>Nytt passord for %1: </translation>
    </message>
    <message>
        <source>The same password again: </source>
        <translation>Same passordet ein gong til: </translation>
    </message>
    <message>
        <source>No new password for %1. Nothing was changed.</source>
        <translation>Ikkje noko nytt passord for %1. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The two passwords differ. Nothing was changed.</source>
        <translation>Dei to passorda er ulike. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>trinnctl user add JOURNAL --username U --name NAME --roles nurse,therapist,coordinator,administrator | list JOURNAL | disable JOURNAL --username U | reset-password JOURNAL --username U  (signed in as an administrator with -u; the new password is asked twice, or read from the next line of standard input)</source>
        <translation>trinnctl user add JOURNAL --username U --name NAME --roles nurse,therapist,coordinator,administrator | list JOURNAL | disable JOURNAL --username U | reset-password JOURNAL --username U  (innlogga som administrator med -u; du blir spurd om det nye passordet to gonger, eller det blir lese frå neste linja på standard inn)</translation>
    </message>
    <message>
        <source>Staff accounts need an administrator: %1 is not one. Nothing was changed.</source>
        <translation>Brukarkontoar krev ein administrator: %1 er ikkje administrator. Ingenting vart endra.</translation>
    </message>
    <message>
        <source>The database user of the address must own the database and may create roles (createuser --createrole); see the README.</source>
        <translation>Databasebrukaren i adressa må eige databasen og ha lov til å lage roller (createuser --createrole); sjå README.</translation>
    </message>
    <message>
        <source>The server enforces the staff roles (groups trinn_nurse, trinn_therapist, trinn_coordinator, trinn_admin). Add each staff member with &quot;trinnctl user add&quot;: they sign in with their own database login. Keep %1 off the workstations; their address names no user.</source>
        <translation>Tenaren handhevar rollene til dei tilsette (gruppene trinn_nurse, trinn_therapist, trinn_coordinator, trinn_admin). Legg til kvar tilsett med «trinnctl user add»: dei loggar inn med si eiga databaseinnlogging. Hald %1 borte frå arbeidsstasjonane; adressa deira nemner ingen brukar.</translation>
    </message>
    <message>
        <source>%1 signs in to the server as the database login %1, with the same password.</source>
        <translation>%1 loggar inn på tenaren som databaseinnlogginga %1, med det same passordet.</translation>
    </message>
    <message>
        <source>The database login %1 can no longer connect.</source>
        <translation>Databaseinnlogginga %1 kan ikkje lenger kople til.</translation>
    </message>
    <message>
        <source>Replace FILE if it exists.</source>
        <translation>Erstatt FILE viss ho finst.</translation>
    </message>
    <message>
        <source>The journal to back up (it may be in use).</source>
        <translation>Journalen det skal takast tryggleikskopi av (han kan vere i bruk).</translation>
    </message>
    <message>
        <source>The backup file to write.</source>
        <translation>Tryggleikskopifila som skal skrivast.</translation>
    </message>
    <message>
        <source>trinnctl backup JOURNAL FILE [--force]</source>
        <translation>trinnctl backup JOURNAL FILE [--force]</translation>
    </message>
    <message>
        <source>Give --force to replace it.</source>
        <translation>Oppgje --force for å erstatte ho.</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 (%3 KiB), checked, readable by its owner only.</source>
        <translation>Tok tryggleikskopi av %1 til %2 (%3 KiB), kontrollert, kan berre lesast av eigaren.</translation>
    </message>
    <message>
        <source>Replace the journal even when it holds records the backup lacks (it is kept).</source>
        <translation>Erstatt journalen sjølv om han har postar som tryggleikskopien manglar (han blir teken vare på).</translation>
    </message>
    <message>
        <source>The backup to restore.</source>
        <translation>Tryggleikskopien som skal gjenopprettast.</translation>
    </message>
    <message>
        <source>The journal to put it in place of (closed on every workstation).</source>
        <translation>Journalen han skal erstatte (lukka på alle arbeidsstasjonar).</translation>
    </message>
    <message>
        <source>trinnctl restore FILE JOURNAL [--force]</source>
        <translation>trinnctl restore FILE JOURNAL [--force]</translation>
    </message>
    <message>
        <source>Give --force to restore anyway; the journal it replaces is kept beside it.</source>
        <translation>Oppgje --force for å gjenopprette likevel; journalen han erstattar, blir teken vare på ved sida av.</translation>
    </message>
    <message>
        <source>Restored %1 from %2 (its last audit record is from %3).</source>
        <translation>Gjenoppretta %1 frå %2 (den siste loggposten er frå %3).</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ingen)</translation>
    </message>
    <message>
        <source>The journal it replaced is kept as %1.</source>
        <translation>Journalen han erstatta, er teken vare på som %1.</translation>
    </message>
    <message>
        <source>Back up a journal, in use or not, to a checked, owner-only file.</source>
        <translation>Ta tryggleikskopi av ein journal, i bruk eller ikkje, til ei kontrollert fil som berre eigaren kan lese.</translation>
    </message>
    <message>
        <source>Put a backup in a journal&apos;s place; refuses to lose newer records.</source>
        <translation>Set ein tryggleikskopi i staden for ein journal; nektar å miste nyare postar.</translation>
    </message>
    <message>
        <source>Export the calendar as iCalendar (ical) to standard output, lists as CSV for spreadsheets (csv), or the journal as FHIR R4 (fhir).</source>
        <translation>Eksporter kalenderen som iCalendar (ical) til standard ut, lister som CSV for rekneark (csv), eller journalen som FHIR R4 (fhir).</translation>
    </message>
    <message>
        <source>The code of a criterion that applies to the patient (e.g. self-harm); repeatable. Unnamed criteria do not apply; an unknown code is refused with the valid ones.</source>
        <translation>Koden for eit kriterium som gjeld pasienten (t.d. self-harm); kan gjentakast. Kriterium som ikkje er nemnde, gjeld ikkje; ein ukjend kode blir avvist saman med dei gyldige.</translation>
    </message>
    <message>
        <source>trinnctl export csv board|tests|attendance|waiting JOURNAL FILE [--date DATE] [--patient ID] [--group NAME] [--force]</source>
        <translation>trinnctl export csv board|tests|attendance|waiting JOURNAL FILE [--date DATE] [--patient ID] [--group NAME] [--force]</translation>
    </message>
    <message>
        <source>board: the day (default today).</source>
        <translation>board: dagen (standard i dag).</translation>
    </message>
    <message>
        <source>tests: the patient&apos;s national id.</source>
        <translation>tests: fødselsnummeret til pasienten.</translation>
    </message>
    <message>
        <source>attendance: the group&apos;s name.</source>
        <translation>attendance: namnet på gruppa.</translation>
    </message>
    <message>
        <source>The CSV file to write (&quot;-&quot;: standard output).</source>
        <translation>CSV-fila som skal skrivast («-»: standard ut).</translation>
    </message>
    <message>
        <source>tests needs --patient ID. Nothing was written.</source>
        <translation>tests treng --patient ID. Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>attendance needs --group NAME. Nothing was written.</source>
        <translation>attendance treng --group NAME. Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>%1 exists already. Nothing was written; give --force to replace it.</source>
        <translation>%1 finst alt. Ingenting vart skrive; oppgje --force for å erstatte ho.</translation>
    </message>
    <message>
        <source>There is no group named %1.</source>
        <translation>Det finst inga gruppe som heiter %1.</translation>
    </message>
    <message>
        <source>%1 Nothing was written.</source>
        <translation>%1 Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>%1 could not be written: %2. Nothing was written.</source>
        <translation>%1 kunne ikkje skrivast: %2. Ingenting vart skrive.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>Skreiv %1.</translation>
    </message>
    <message>
        <source>trinnctl export fhir JOURNAL FOLDER [--patient ID]</source>
        <translation>trinnctl export fhir JOURNAL FOLDER [--patient ID]</translation>
    </message>
    <message>
        <source>Only this patient (national id): their journal as one FHIR Bundle, Bundle.json.</source>
        <translation>Berre denne pasienten (fødselsnummer): journalen som éin FHIR Bundle, Bundle.json.</translation>
    </message>
    <message>
        <source>Where the files go (made if missing).</source>
        <translation>Mappa filene skal liggje i (blir oppretta viss ho manglar).</translation>
    </message>
    <message>
        <source>%1.ndjson: %2 resources</source>
        <translation>%1.ndjson: %2 ressursar</translation>
    </message>
    <message>
        <source>Could not make the folder %1; nothing was exported.</source>
        <translation>Kunne ikkje opprette mappa %1; ingenting vart eksportert.</translation>
    </message>
    <message>
        <source>Could not write %1 (%2); nothing was exported.</source>
        <translation>Kunne ikkje skrive %1 (%2); ingenting vart eksportert.</translation>
    </message>
    <message>
        <source>%1: %2 resources</source>
        <translation>%1: %2 ressursar</translation>
    </message>
    <message>
        <source>trinnctl export ical JOURNAL [--staff NAME | --room NAME] [--from DATE] [--weeks N]
       trinnctl export csv board|tests|attendance|waiting JOURNAL FILE [options]
       trinnctl export fhir JOURNAL FOLDER [--patient ID]</source>
        <translation>trinnctl export ical JOURNAL [--staff NAME | --room NAME] [--from DATE] [--weeks N]
       trinnctl export csv board|tests|attendance|waiting JOURNAL FILE [options]
       trinnctl export fhir JOURNAL FOLDER [--patient ID]</translation>
    </message>
    <message>
        <source>small (200 patients, 1 year; the default), clinic (400 patients, 3 years, whole history: the README&apos;s demo), year (2,000 patients, 1 year, whole history) or large (20,000 patients, 10 years, whole history: about 2 million tests and 500,000 notes). --patients and --years change a size.</source>
        <translation>small (200 pasientar, 1 år; standard), clinic (400 pasientar, 3 år, heile historikken: demoen i README), year (2 000 pasientar, 1 år, heile historikken) eller large (20 000 pasientar, 10 år, heile historikken: om lag 2 millionar prøver og 500 000 notat). --patients og --years endrar ein storleik.</translation>
    </message>
    <message>
        <source>trinnctl demo JOURNAL [--size small|clinic|year|large] [--patients N] [--years Y] [--seed S]</source>
        <translation>trinnctl demo JOURNAL [--size small|clinic|year|large] [--patients N] [--years Y] [--seed S]</translation>
    </message>
    <message>
        <source>Demo clinic in %1: %2 patients, %3 next of kin, %4 episodes of care, %5 tests, %6 notes, %7 referrals, %8 bed stays, %9 relapse stays, %10 individual sessions booked, %11 years, seed %12 (%13 s).</source>
        <translation>Demoklinikk i %1: %2 pasientar, %3 pårørande, %4 behandlingsforløp, %5 prøver, %6 notat, %7 tilvisingar, %8 sengeopphald, %9 tilbakefallsopphald, %10 individuelle samtalar avtalte, %11 år, frø %12 (%13 s).</translation>
    </message>
</context>
</TS>
