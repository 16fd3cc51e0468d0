#include "nextofkinstore.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "storage/journal.h"
#include "storage/patientstore.h"
#include "storage/sqlvalues.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;
using trinn::sqlvalues::text;

namespace trinn {

Decision NextOfKinStore::valid(const NextOfKin &person)
{
    if (person.name.trimmed().isEmpty())
        return Decision::deny(tr("The next of kin needs a name; nothing was saved."));
    if (person.relation.trimmed().isEmpty())
        return Decision::deny(tr("Say how %1 is related to the patient; nothing was saved.").arg(person.name.trimmed()));
    return Decision::allow();
}

Result<QList<NextOfKin>> NextOfKinStore::of(qint64 patientId) const
{
    Result<Patient> patient = PatientStore(m_journal).get(patientId);
    if (!patient)
        return Error{patient.error()};
    return patient->nextOfKin;
}

Result<qint64> NextOfKinStore::add(qint64 patientId, const NextOfKin &person)
{
    if (Decision ok = valid(person); !ok)
        return Error{ok.reason};
    return PatientStore(m_journal).addNextOfKin(patientId, person);
}

Status NextOfKinStore::update(qint64 patientId, const NextOfKin &person)
{
    if (Decision ok = valid(person); !ok)
        return Error{ok.reason};
    return Gate::write(m_journal, AccessPolicy::Data::Patient, PatientRef::patient(patientId), u"changed next of kin"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> row = scope.run(u"SELECT consent_to_share, consent_recorded_at FROM next_of_kin WHERE id = ? AND patient_id = ?"_s,
                                          {person.id, patientId});
        if (!row)
            return Error{row.error()};
        if (!row->next())
            return Error{tr("The patient has no next of kin number %1; nothing was saved.").arg(person.id)};
        const bool consentBefore = row->value(0).toInt() != 0;
        const QVariant recordedBefore = row->value(1);
        row->finish();
        // The time of consent is when it was given: kept while it stands, new when given again.
        QVariant consentAt = QVariant(QMetaType::fromType<qint64>());
        if (person.consentToShare)
            consentAt = consentBefore && !recordedBefore.isNull() ? recordedBefore : QVariant(clinictime::toStorage(clinictime::now()));
        Result<QSqlQuery> done = scope.run(
            u"UPDATE next_of_kin SET name = ?, relation = ?, phone = ?, consent_to_share = ?, consent_recorded_at = ? "
            "WHERE id = ? AND patient_id = ?"_s,
            {person.name.simplified(), person.relation.simplified(), text(person.phone), person.consentToShare ? 1 : 0, consentAt,
             person.id, patientId});
        if (!done)
            return Error{done.error()};
        return {};
    });
}

Status NextOfKinStore::remove(qint64 patientId, qint64 nextOfKinId)
{
    return Gate::write(m_journal, AccessPolicy::Data::Patient, PatientRef::patient(patientId), u"removed next of kin"_s,
                       [&](Scope &scope) -> Status {
        Result<QSqlQuery> done = scope.run(u"DELETE FROM next_of_kin WHERE id = ? AND patient_id = ?"_s, {nextOfKinId, patientId});
        if (!done)
            return Error{done.error()};
        if (done->numRowsAffected() != 1)
            return Error{tr("The patient has no next of kin number %1; nothing was removed.").arg(nextOfKinId)};
        return {};
    });
}

} // namespace trinn
