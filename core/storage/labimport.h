#pragma once

#include "common/result.h"

#include <QCoreApplication>

namespace trinn {

class Journal;

/// Imports a lab's results from CSV, one row per analyte:
///   national_id;sample_date;analyte;result;value;unit;cutoff;lab_reference
/// Each row confirms (or refutes) the screen of the patient's test of that
/// day, kept beside it. Every row is checked first; one bad row and nothing
/// is imported, and the error names each bad row's line and why.
class LabImport
{
    Q_DECLARE_TR_FUNCTIONS(LabImport)
public:
    static QStringList columns();
    /// The number of rows imported, or every problem found (one per line).
    static Result<int> importText(Journal &journal, const QString &csvText);
    static Result<int> importFile(Journal &journal, const QString &path);
    /// A lab file's text: UTF-8 (with or without a byte order mark), or
    /// Latin-1 when the whole file reads as such; a mix is refused with the
    /// line it starts on.
    static Result<QString> decode(QByteArray bytes);
};

} // namespace trinn
