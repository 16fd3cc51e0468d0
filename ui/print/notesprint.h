#pragma once

#include "print/printjob.h"

namespace trinn {

/// A patient's journal notes as a copy for the patient (the right to see
/// one's journal): every note the one printing may read, newest first, with
/// its kind, author, dates, state and text, and each correction with its
/// reason. Read with NoteStore::notesToPrint, so the audit record says the
/// notes left the journal on paper or as PDF.
class NotesPrint
{
    Q_DECLARE_TR_FUNCTIONS(NotesPrint)
public:
    static Result<PrintJob> build(Journal &journal, qint64 patientId);
};

} // namespace trinn
