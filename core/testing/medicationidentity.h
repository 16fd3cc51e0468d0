#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace trinn {

/// What a prescribed medication is, whatever name it was written with: its
/// active substance, its ATC code, and the analytes of a substance test it
/// explains (on Elvanse, lisdexamfetamine, an amphetamine positive is
/// expected). One small table, so an exporter can ask for the ATC code of a
/// medication by its name too.
struct MedicationIdentity
{
    QString substance;   // the active substance, in English: "buprenorphine"
    QString atc;         // "N07BC01"
    QStringList names;   // brand names and spellings it is written with
    QStringList explains; // analyte codes (see Analytes) it shows up as
};

/// The identity of a medication named by its substance (Norwegian or English
/// spelling), brand name or ATC code, case-insensitive; a dose after the name
/// ("Subutex 8 mg") is allowed. None for a name the table does not know.
std::optional<MedicationIdentity> medicationIdentityOf(const QString &name);

/// Every identity the table knows, for a screen that offers them.
const QList<MedicationIdentity> &knownMedications();

} // namespace trinn
