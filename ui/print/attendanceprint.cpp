#include "attendanceprint.h"

#include "common/clinictime.h"
#include "groups/therapygroup.h"
#include "storage/groupstore.h"
#include "storage/journal.h"

namespace trinn {

Result<PrintJob> AttendancePrint::build(Journal &journal, qint64 sessionId)
{
    GroupStore groups(journal);
    const Result<GroupSession> session = groups.session(sessionId);
    if (!session)
        return Error{session.error()};
    const Result<TherapyGroup> group = groups.group(session->groupId);
    if (!group)
        return Error{group.error()};
    const Result<QList<GroupMember>> members = groups.members(session->groupId);
    if (!members)
        return Error{members.error()};

    const bool held = session->status == GroupSession::Status::Held;
    QList<QStringList> rows;
    for (const GroupMember &m : *members) {
        if (m.status != GroupMember::Status::Active)
            continue;
        QString status;
        QString line;
        for (const Attendance &a : session->attendance) {
            if (a.patientId == m.patientId) {
                status = Attendance::statusName(a.status);
                line = a.line;
            }
        }
        rows.append({m.patientName, status, QString::number(m.absences), line, QString()});
    }
    const QString when = clinictime::formatDateTime(session->startsAt);
    const QString title = tr("Attendance: %1, %2").arg(session->groupName, when);
    QStringList facts{tr("Room: %1").arg(session->room.isEmpty() ? group->room : session->room)};
    if (!group->leaders.isEmpty())
        facts << tr("Leaders: %1").arg(group->leaders.join(QStringLiteral(", ")));
    facts << tr("%n minutes", nullptr, session->minutes);
    facts << (held ? tr("held") : tr("not yet held: mark each member's attendance"));
    QString body = Printing::heading(title, facts.join(QStringLiteral(" · ")));
    body += Printing::table({tr("Member"), tr("Attendance"), tr("Absences so far"), tr("Line for the member's journal"),
                             tr("Member's signature")},
                            rows, {24, 17, 14, 25, 20}, {0});
    if (held && !session->note.isEmpty()) {
        body += Printing::section(tr("Group note (by %1)").arg(session->noteAuthor));
        body += Printing::text(session->note);
    }
    QStringList signatures;
    for (const QString &leader : group->leaders)
        signatures << tr("Signature, %1").arg(leader);
    if (signatures.isEmpty())
        signatures << tr("Signature, group leader");
    body += Printing::signatureLines(signatures);
    body += Printing::printedBy(journal);
    return PrintJob{title, tr("attendance-%1.pdf").arg(clinictime::local(session->startsAt).date().toString(Qt::ISODate)),
                    Printing::document(title, body)};
}

} // namespace trinn
