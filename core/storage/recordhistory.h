#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trinn {

class Journal;
class Scope;

/// The versions of a record whose state moves on in place: an episode and its
/// phases, a prescription, a step, the treatment plan and its areas, a day of
/// day treatment, a group membership, a session's time, a follow-up. Nothing
/// is lost when such a row changes: the change log keeps every earlier state
/// with its author, time and (for a correction) reason; this reads them back
/// as versions for the history dialog (Ctrl+H where the record is shown).
class RecordHistory
{
    Q_DECLARE_TR_FUNCTIONS(RecordHistory)
public:
    enum class Record { Episode, Phase, Medication, StepProgress, TreatmentPlan, PlanArea, DayAttendance, GroupMember, FollowUp };

    struct FieldChange
    {
        QString field; // the column, e.g. planned_end
        QString label; // in the user's language, e.g. "Planned end"
        QString before;
        QString after;
    };

    struct Version
    {
        qint64 rowId = 0;
        QString row;           // which record, e.g. "3" for step 3 or a day's date; empty when it has no name
        QDateTime at;
        QString author;        // the staff member's name, or the database user for a write outside Trinn
        qint64 authorStaffId = 0;
        bool outsideTrinn = false;
        QString operation;     // INSERT, UPDATE, DELETE
        QString reason;        // empty unless the change was a correction with a reason
        QList<FieldChange> changes; // for an UPDATE the fields that changed; for an INSERT every field set
    };

    /// Every version of one record of this patient, oldest first. A read of
    /// the patient's data of the record's kind, access-checked and audited.
    static Result<QList<Version>> of(Journal &journal, Record record, qint64 rowId, qint64 patientId);
    /// Every version of every record of this kind of the patient (all steps,
    /// all days of day treatment …), by record and then oldest first.
    static Result<QList<Version>> ofPatient(Journal &journal, Record record, qint64 patientId);

    static QString tableOf(Record record);
    /// "the phases", "the prescriptions": for a dialog's title.
    static QString nameOf(Record record);
    /// "Planned end" for planned_end; the column itself when it has no label.
    static QString labelOf(const QString &column);

private:
    static Result<QList<Version>> read(const Scope &scope, Record record, const QList<qint64> &rowIds, qint64 patientId);
};

} // namespace trinn
