#pragma once

#include <QDialog>

class QListWidget;

namespace trinn {

/// Why a lab file was not imported: every bad row on a line of its own, with
/// its line number ("Line 4: …"), to read and work through; nothing was
/// imported. The first problem alone would send the nurse back again and again.
class LabImportProblemsDialog : public QDialog
{
    Q_OBJECT
public:
    LabImportProblemsDialog(const QString &file, const QString &problems, QWidget *parent = nullptr);
    QListWidget *list() const { return m_list; }

private:
    QListWidget *m_list;
};

} // namespace trinn
