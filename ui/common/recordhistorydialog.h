#pragma once

#include "storage/recordhistory.h"

#include <QDialog>

#include <functional>

class QTreeWidget;

namespace trinn {

class Journal;

/// Every version of a record that moves on in place (a phase, a prescription,
/// a step …): when, by whom, what changed from what, and why. Opened with
/// Ctrl+H where the record is shown.
class RecordHistoryDialog : public QDialog
{
    Q_OBJECT
public:
    /// One record (rowId), or every record of this kind of the patient (rowId 0).
    RecordHistoryDialog(Journal &journal, RecordHistory::Record record, qint64 rowId, qint64 patientId, QWidget *parent = nullptr);
    /// The rows shown, one per version, as a screen reader or a test reads them.
    QStringList shownLines() const;

    /// Opens the dialog on Ctrl+H within `owner`; `which` says, at the time of
    /// the key, which record (its id, or 0 for all of the patient's).
    static void bindShortcut(QWidget *owner, Journal &journal, RecordHistory::Record record, std::function<qint64()> which,
                             std::function<qint64()> patient);

private:
    QTreeWidget *m_versions;
};

} // namespace trinn
