#pragma once

#include <QString>

namespace trinn {

class Journal;

/// "Kari Nordmann · national id 15858510055": whose journal a dialog is
/// about, for its title line (the reason when the patient cannot be read).
QString patientHeader(Journal &journal, qint64 patientId);

} // namespace trinn
