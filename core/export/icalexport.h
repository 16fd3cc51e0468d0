#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>

namespace trinn {

class Journal;

/// The clinic calendar as iCalendar (RFC 5545), written with libical: events
/// in Europe/Oslo time with the zone included, and UIDs that stay the same
/// from one export to the next. The feeds name no patients.
class IcalExport
{
    Q_DECLARE_TR_FUNCTIONS(IcalExport)
public:
    enum class Scope { Clinic, Staff, Room };

    static Result<QByteArray> calendar(Journal &journal, Scope scope, const QString &who, const QDateTime &from,
                                       const QDateTime &to);
};

} // namespace trinn
