#pragma once

#include "print/printjob.h"

namespace trinn {

/// A group session's attendance list: the group, time, room and leaders,
/// every active member with the attendance recorded (blank for a session
/// not yet held, to be ticked on paper) and a line to sign on; the leaders
/// sign at the foot.
class AttendancePrint
{
    Q_DECLARE_TR_FUNCTIONS(AttendancePrint)
public:
    static Result<PrintJob> build(Journal &journal, qint64 sessionId);
};

} // namespace trinn
