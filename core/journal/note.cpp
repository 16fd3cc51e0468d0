#include "note.h"

#include "common/clinictime.h"

namespace trinn {

StaffRef StaffRef::of(const Actor &actor)
{
    return {actor.staffId, actor.isSystem() ? actor.username : actor.fullName, false};
}

QString StaffRef::display() const
{
    return unverified ? tr("%1 (unverified)").arg(name) : name;
}

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

Decision NoteRules::canChangeDraft(const JournalNote &note, const Actor &actor)
{
    if (note.isSigned())
        return Decision::deny(tr("A signed note is never edited: write a correction with its reason."));
    if (note.isDiscarded())
        return Decision::deny(tr("The draft was discarded on %1.").arg(clinictime::formatDateTime(note.discardedAt)));
    // A migrated draft whose author names no staff member belongs to nobody
    // who can sign in: it can be read, not changed.
    const bool ownDraft = !note.by.unverified && note.by.staffId == actor.staffId;
    if (!ownDraft)
        return Decision::deny(tr("Only %1, who wrote this draft, may change or sign it.").arg(note.by.display()));
    return Decision::allow();
}

Decision NoteRules::canDiscard(const JournalNote &note, const Actor &actor)
{
    if (note.isSigned())
        return Decision::deny(tr("A signed note is never discarded: write a correction with its reason."));
    if (note.isDiscarded())
        return Decision::deny(tr("The draft was discarded on %1.").arg(clinictime::formatDateTime(note.discardedAt)));
    if (note.by.unverified || note.by.staffId != actor.staffId)
        return Decision::deny(tr("Only %1, who wrote this draft, may discard it.").arg(note.by.display()));
    return Decision::allow();
}

} // namespace trinn
