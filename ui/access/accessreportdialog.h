#pragma once

#include <QDialog>

class QTableWidget;

namespace trinn {

class Journal;

/// Who has looked at or changed a patient's journal, and when: the report a
/// patient is entitled to, saved as PDF for printing.
class AccessReportDialog : public QDialog
{
    Q_OBJECT
public:
    AccessReportDialog(Journal &journal, qint64 patientId, QWidget *parent = nullptr);
    /// Writes the report as PDF; returns the error, or an empty string.
    QString saveAsPdf(const QString &file) const;

private:
    QString m_title;
    QTableWidget *m_table;
};

} // namespace trinn
