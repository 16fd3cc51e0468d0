#pragma once

#include <QDialog>

class QComboBox;
class QPushButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;
class QTreeWidget;

namespace trinn {

class Journal;

/// A patient's journal notes: write a draft (saved as you type, so a killed
/// program loses nothing), sign it or discard it, correct a signed note with
/// a reason, and see a note's history (Ctrl+H). A colleague's draft can be
/// read, never saved or signed: the dialog says why.
class NotesDialog : public QDialog
{
    Q_OBJECT
public:
    NotesDialog(Journal &journal, qint64 patientId, QWidget *parent = nullptr);
    ~NotesDialog() override;

    void newNote();
    void saveDraft();
    void signNote();
    void correctNote();
    void discardNote();
    void showHistory();
    QString problem() const;
    QPlainTextEdit *editor() const { return m_editor; }

private:
    void reload();
    void showNote();
    qint64 currentNote() const;

    Journal &m_journal;
    qint64 m_patientId;
    QTreeWidget *m_list;
    QComboBox *m_type;
    QPlainTextEdit *m_editor;
    QLineEdit *m_reason;
    QLabel *m_problem;
    QPushButton *m_sign = nullptr;
    QPushButton *m_discard = nullptr;
    QPushButton *m_correct = nullptr;
    /// Whether the note shown may be changed by who is signed in (their own draft).
    bool m_ownDraft = false;
    QTimer *m_autosave;
    bool m_dirty = false;
};

} // namespace trinn
