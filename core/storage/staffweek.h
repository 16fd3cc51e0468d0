#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

namespace trinn {

class Journal;

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
    /// Everyone who leads a group or escorts an outing, for choosing.
    static Result<QStringList> staffNames(Journal &journal);
};

} // namespace trinn
