#pragma once

#include "groups/therapygroup.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTableWidget;

namespace trinn {

class Journal;

/// Takes a group session's attendance and its note, keyboard first: in the
/// list, P present, N absent with notice, U absent without notice, L late
/// (each moves to the next member), F2 writes a member's line; Tab to the
/// group note; Ctrl+Enter saves. The note's author is the signed-in leader.
/// A held session opens as a correction: Tab on to the reason (required);
/// Ctrl+H shows every version.
class SessionDialog : public QDialog
{
    Q_OBJECT
public:
    SessionDialog(Journal &journal, qint64 sessionId, QWidget *parent = nullptr);

    void accept() override;
    QString problem() const;
    /// Every version of the session's record, in a dialog of its own.
    void showVersions();
    bool isCorrection() const { return m_correcting; }
    /// Members past the absence limit after saving.
    const QStringList &warnings() const { return m_warnings; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void setStatus(int row, Attendance::Status status);

    Journal &m_journal;
    qint64 m_sessionId;
    QList<GroupMember> m_members;
    QTableWidget *m_table;
    QPlainTextEdit *m_note;
    QLabel *m_author;
    QLineEdit *m_reason;
    QLabel *m_problem;
    bool m_correcting = false;
    QStringList m_warnings;
};

} // namespace trinn
