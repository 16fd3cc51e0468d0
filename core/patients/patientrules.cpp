#include "patientrules.h"

#include "common/clinictime.h"

namespace trinn {

Decision PatientRules::acceptsId(const NationalId &id, JournalKind journal)
{
    if (journal == JournalKind::Demo && !id.isSynthetic())
        return Decision::deny(tr("This is a demo journal: it takes synthetic national ids only "
                                 "(month + 80), and %1 is not one.")
                                  .arg(id.digits()));
    if (journal == JournalKind::Clinic && id.isSynthetic())
        return Decision::deny(tr("%1 is a synthetic test number (month + 80); only a demo journal takes those.")
                                  .arg(id.digits()));
    return Decision::allow();
}

Decision PatientRules::canRegister(const NewPatient &patient, JournalKind journal)
{
    const Result<NationalId> id = NationalId::parse(patient.nationalId);
    if (!id)
        return Decision::deny(id.error());
    if (Decision accepted = acceptsId(*id, journal); !accepted)
        return accepted;
    if (id->birthDate() > clinictime::today())
        return Decision::deny(tr("The national id gives a birth date in the future (%1).")
                                  .arg(clinictime::formatDate(id->birthDate())));
    if (patient.familyName.trimmed().isEmpty() && patient.givenNames.trimmed().isEmpty())
        return Decision::deny(tr("The patient needs a name."));
    if (patient.familyName.trimmed().isEmpty())
        return Decision::deny(tr("The patient needs a family name."));
    return Decision::allow();
}

void PatientRules::splitName(const QString &fullName, QString *givenNames, QString *familyName)
{
    const QString name = fullName.simplified();
    const qsizetype comma = name.indexOf(u',');
    if (comma >= 0) {
        *familyName = name.left(comma).trimmed();
        *givenNames = name.mid(comma + 1).trimmed();
        return;
    }
    const qsizetype lastSpace = name.lastIndexOf(u' ');
    if (lastSpace < 0) {
        *givenNames = QString();
        *familyName = name;
        return;
    }
    *givenNames = name.left(lastSpace);
    *familyName = name.mid(lastSpace + 1);
}

} // namespace trinn
