#pragma once

#include <QWidget>

class QLabel;
class QPlainTextEdit;

namespace trinn {

class Journal;
class WorkspaceRefresh;

/// What the administrator keeps an eye on: which journal this is, its schema,
/// its size, and a full integrity check on demand.
class AdministrationWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationWorkspace(Journal &journal, QWidget *parent = nullptr);

    void refresh();
    void runIntegrityCheck();

private:
    Journal &m_journal;
    WorkspaceRefresh *m_refresh = nullptr;
    QLabel *m_summary;
    QPlainTextEdit *m_checkReport;
};

} // namespace trinn
