#include "note.h"

namespace trinn {

QStringList NoteTypes::codes()
{
    return {QStringLiteral("admission"), QStringLiteral("progress"), QStringLiteral("individual-session"), QStringLiteral("group"),
            QStringLiteral("phone-follow-up"), QStringLiteral("letter"), QStringLiteral("discharge-summary")};
}

QString NoteTypes::name(const QString &code)
{
    if (code == u"admission") return tr("Admission note");
    if (code == u"progress") return tr("Progress note");
    if (code == u"individual-session") return tr("Individual session");
    if (code == u"group") return tr("Group note");
    if (code == u"phone-follow-up") return tr("Phone follow-up");
    if (code == u"letter") return tr("Letter");
    if (code == u"discharge-summary") return tr("Discharge summary");
    return code;
}

AccessPolicy::Data NoteTypes::dataOf(const QString &code)
{
    return code == u"individual-session" || code == u"group" ? AccessPolicy::Data::TherapyNotes : AccessPolicy::Data::CareNotes;
}

} // namespace trinn
