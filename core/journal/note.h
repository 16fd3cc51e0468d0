#pragma once

#include "access/accesspolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trinn {

/// A "by" in the journal: a staff member of the register (staffId and the
/// name they had then), or a name an earlier version of Trinn kept as free
/// text that names no staff member (unverified; staffId 0). The system
/// (trinnctl, the demo generator) has staffId 0 and is not unverified.
struct StaffRef
{
    Q_DECLARE_TR_FUNCTIONS(StaffRef)
public:
    qint64 staffId = 0;
    QString name;
    bool unverified = false;

    static StaffRef of(const Actor &actor);
    /// "Terje Terapeut", or "Per Hansen (unverified)".
    QString display() const;
};

/// A journal note. Drafts may change, by their author only; a signed note
/// never does: a correction is a new version with its reason, and every
/// version is kept. A discarded draft is kept too, marked discarded.
struct JournalNote
{
    struct Version
    {
        int number = 1;
        QString text;
        QString reason;
        QString author;
        QDateTime writtenAt;
        StaffRef by;
    };

    qint64 id = 0;
    qint64 patientId = 0;
    QString type;
    /// The author as recorded ("Terje Terapeut (terje)"); `by` names the staff member.
    QString author;
    StaffRef by;
    QDateTime createdAt;
    QDateTime signedAt;
    QString signedBy;
    StaffRef signer;
    QDateTime discardedAt;
    QList<Version> versions; // oldest first

    bool isSigned() const { return signedAt.isValid(); }
    bool isDiscarded() const { return discardedAt.isValid(); }
    QString currentText() const { return versions.isEmpty() ? QString() : versions.constLast().text; }
};

class NoteTypes
{
    Q_DECLARE_TR_FUNCTIONS(NoteTypes)
public:
    static QStringList codes();
    static QString name(const QString &code);
    /// Individual sessions and group notes are therapy notes; the rest are care notes.
    static AccessPolicy::Data dataOf(const QString &code);
};

/// Who may do what with a note beyond what their role allows.
class NoteRules
{
    Q_DECLARE_TR_FUNCTIONS(NoteRules)
public:
    /// A draft belongs to its author: only they save, sign or discard it
    /// ("Only Terje Terapeut, who wrote this draft, may change or sign it.").
    /// A signed or discarded note is refused with its own reason.
    static Decision canChangeDraft(const JournalNote &note, const Actor &actor);
    /// The author may discard their own draft; a signed note is never discarded.
    static Decision canDiscard(const JournalNote &note, const Actor &actor);
};

} // namespace trinn
