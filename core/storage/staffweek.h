#pragma once

#include "common/result.h"
#include "journal/note.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace trinn {

class Journal;
class Scope;

/// A staff member's week: the group sessions they lead, their individual
/// sessions and the outings they escort, in time order.
class StaffWeek
{
    Q_DECLARE_TR_FUNCTIONS(StaffWeek)
public:
    struct Item
    {
        QDateTime start;
        int minutes = 0;
        QString what;
        QString where;
    };
    /// The week starting on the Monday on or before `day`.
    static Result<QList<Item>> build(Journal &journal, const QString &staffName, QDate day);
    /// Everyone whose week can be shown: the staff register, and names kept
    /// from earlier versions that lead a group or escort an outing.
    static Result<QStringList> staffNames(Journal &journal);
};

/// The staff register as the groups see it: whom to choose as a leader or an
/// escort. Only names and ids; the accounts themselves are StaffStore's.
class StaffRegister
{
    Q_DECLARE_TR_FUNCTIONS(StaffRegister)
public:
    /// Active staff members, by name, for choosing.
    static Result<QList<StaffRef>> active(Journal &journal);
    /// The staff members chosen (by staffId) or, when none are, the ones the
    /// names name (each exactly one active staff member by full name or user
    /// name). Refuses a name or an id that is not in the register. Runs
    /// inside a visit of the gate.
    static Result<QList<StaffRef>> choose(const Scope &scope, const QList<StaffRef> &chosen, const QStringList &names);
};

} // namespace trinn
