#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace trinn {

class Journal;
class StaffAccountsPanel;
class WorkspaceRefresh;

/// What the administrator keeps an eye on: which journal this is, its schema,
/// its size, a full integrity check on demand, backups now and daily.
class AdministrationWorkspace : public QWidget
{
    Q_OBJECT
public:
    explicit AdministrationWorkspace(Journal &journal, QWidget *parent = nullptr);

    void refresh();
    void runIntegrityCheck();
    /// Administration → Back up now: a file chosen, the backup made and checked.
    void backUpNow();
    void saveDailyBackup();
    /// The daily backup, when one is due in an administrator's session (at
    /// start and every hour, so a session that spans midnight makes one too).
    void backUpIfDue();

private:
    Journal &m_journal;
    WorkspaceRefresh *m_refresh = nullptr;
    QLabel *m_summary;
    QPlainTextEdit *m_checkReport;
    QLineEdit *m_dailyFolder;
    QSpinBox *m_dailyKeep;
    QLabel *m_backupStatus;
    StaffAccountsPanel *m_staff = nullptr;
    /// The day a failed daily backup was last told in a message (once a day, not hourly).
    QDate m_warnedOn;
};

} // namespace trinn
