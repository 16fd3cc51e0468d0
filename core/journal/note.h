#pragma once

#include "access/accesspolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace trinn {

/// A journal note. Drafts may change; a signed note never does: a correction
/// is a new version with its reason, and every version is kept.
struct JournalNote
{
    struct Version
    {
        int number = 1;
        QString text;
        QString reason;
        QString author;
        QDateTime writtenAt;
    };

    qint64 id = 0;
    qint64 patientId = 0;
    QString type;
    QString author;
    QDateTime createdAt;
    QDateTime signedAt;
    QString signedBy;
    QList<Version> versions; // oldest first

    bool isSigned() const { return signedAt.isValid(); }
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

} // namespace trinn
