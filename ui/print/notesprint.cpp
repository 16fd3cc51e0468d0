#include "notesprint.h"

#include "common/clinictime.h"
#include "journal/note.h"
#include "patients/patient.h"
#include "storage/journal.h"
#include "storage/notestore.h"
#include "storage/patientstore.h"

namespace trinn {

Result<PrintJob> NotesPrint::build(Journal &journal, qint64 patientId)
{
    const Result<Patient> patient = PatientStore(journal).get(patientId);
    if (!patient)
        return Error{patient.error()};
    int hidden = 0;
    const Result<QList<JournalNote>> notes = NoteStore(journal).notesToPrint(patientId, &hidden);
    if (!notes)
        return Error{notes.error()};

    const QString title = tr("Journal notes: %1").arg(patient->fullName());
    QString body = Printing::heading(title, tr("Notes: %1").arg(notes->size()));
    body += Printing::patientLine(*patient);
    if (hidden > 0)
        body += Printing::text(tr("%n notes are not included: the one who printed this may not read them.", nullptr, hidden));
    for (const JournalNote &note : *notes) {
        const QString state = note.isSigned()
            ? tr("signed %1 by %2").arg(clinictime::formatDateTime(note.signedAt), note.signer.display())
            : tr("draft, not signed");
        body += Printing::section(tr("%1, %2").arg(NoteTypes::name(note.type), clinictime::formatDateTime(note.createdAt)));
        body += QStringLiteral("<p class=\"small\">")
            + tr("Written by %1 · %2").arg(note.by.display(), state).toHtmlEscaped() + QStringLiteral("</p>");
        body += Printing::text(note.currentText());
        // A correction keeps what was there before: the patient sees that it changed, and why.
        for (qsizetype v = note.versions.size() - 1; v >= 1; --v) {
            const JournalNote::Version &version = note.versions.at(v);
            body += QStringLiteral("<p class=\"small\">")
                + tr("Version %1, %2 by %3: %4")
                      .arg(version.number)
                      .arg(clinictime::formatDateTime(version.writtenAt), version.by.display(), version.reason)
                      .toHtmlEscaped()
                + QStringLiteral("</p>");
        }
    }
    body += Printing::printedBy(journal);
    return PrintJob{title, tr("journal-notes-%1.pdf").arg(patient->familyName.toLower()), Printing::document(title, body)};
}

} // namespace trinn
