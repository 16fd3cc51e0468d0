#include "administrationworkspace.h"

#include "administration/staffaccountspanel.h"

#include "common/clinictime.h"
#include "common/loadonshow.h"
#include "common/workspacerefresh.h"
#include "access/gate.h"
#include "storage/backup.h"
#include "storage/integritycheck.h"
#include "storage/journal.h"
#include "storage/patientstore.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSpinBox>
#include <QTimer>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trinn {

AdministrationWorkspace::AdministrationWorkspace(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_summary(new QLabel(this))
    , m_checkReport(new QPlainTextEdit(this))
    , m_dailyFolder(new QLineEdit(this))
    , m_dailyKeep(new QSpinBox(this))
    , m_backupStatus(new QLabel(this))
{
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_checkReport->setReadOnly(true);
    m_checkReport->setPlaceholderText(tr("The integrity check reads the whole journal; its report appears here."));
    auto *check = new QPushButton(tr("&Check integrity"), this);
    connect(check, &QPushButton::clicked, this, &AdministrationWorkspace::runIntegrityCheck);

    auto *backUp = new QPushButton(tr("&Back up now…"), this);
    connect(backUp, &QPushButton::clicked, this, &AdministrationWorkspace::backUpNow);

    // The daily backup: a folder and how many copies to keep, in the journal.
    auto *daily = new QGroupBox(tr("Daily backup"), this);
    m_dailyFolder->setPlaceholderText(tr("No daily backup (choose a folder to start)"));
    m_dailyFolder->setAccessibleName(tr("Folder for daily backups"));
    m_dailyKeep->setRange(1, 365);
    m_dailyKeep->setValue(7);
    m_dailyKeep->setAccessibleName(tr("Daily backups to keep"));
    auto *choose = new QPushButton(tr("Ch&oose…"), daily);
    connect(choose, &QPushButton::clicked, this, [this] {
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Folder for daily backups"), m_dailyFolder->text());
        if (!folder.isEmpty())
            m_dailyFolder->setText(folder);
    });
    auto *save = new QPushButton(tr("&Save daily backup"), daily);
    connect(save, &QPushButton::clicked, this, &AdministrationWorkspace::saveDailyBackup);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dailyFolder, 1);
    folderRow->addWidget(choose);
    auto *form = new QFormLayout(daily);
    form->addRow(tr("Folder:"), folderRow);
    form->addRow(tr("Copies to keep:"), m_dailyKeep);
    form->addRow(QString(), save);
    m_backupStatus->setWordWrap(true);
    m_backupStatus->setObjectName(QStringLiteral("backupStatus"));
    // A backup is an administrator's: others see the buttons greyed out.
    const bool administrator = Gate::allows(journal, AccessPolicy::Data::Backup, AccessPolicy::Action::Write).allowed;
    backUp->setEnabled(administrator);
    daily->setEnabled(administrator);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(check);
    buttons->addWidget(backUp);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(buttons);
    layout->addWidget(daily);
    layout->addWidget(m_backupStatus);
    // The integrity report beside the staff accounts (administrators only).
    auto *lower = new QHBoxLayout;
    lower->addWidget(m_checkReport, 2);
    m_staff = new StaffAccountsPanel(journal, this);
    lower->addWidget(m_staff, 3);
    layout->addLayout(lower, 1);
    if (administrator) {
        // After the window is up, not before: a backup takes a while.
        QTimer::singleShot(3000, this, &AdministrationWorkspace::backUpIfDue);
        auto *hourly = new QTimer(this);
        connect(hourly, &QTimer::timeout, this, &AdministrationWorkspace::backUpIfDue);
        hourly->start(60 * 60 * 1000);
    }
    new LoadOnShow(this, [this] { refresh(); });
    // The summary counts the patients; the integrity report stays as it was run.
    m_refresh = new WorkspaceRefresh(this, journal, {AccessPolicy::Data::Patient}, [this](const JournalChanges::Areas &) { refresh(); });
}

void AdministrationWorkspace::refresh()
{
    // Reads everything it shows: the changes announced so far need no refresh.
    if (m_refresh)
        m_refresh->markFresh();
    // Lock states change with every failed sign-in, anywhere: read again.
    if (m_staff)
        m_staff->reload();
    PatientStore patients(m_journal);
    const Result<qint64> count = patients.count();
    m_summary->setText(
        tr("<b>Journal:</b> %1<br><b>Kind:</b> %2<br><b>Storage:</b> %3, schema %4<br>"
           "<b>Created:</b> %5<br><b>Patients:</b> %6")
            .arg(m_journal.location().display().toHtmlEscaped(),
                 m_journal.kind() == JournalKind::Demo ? tr("demo journal (synthetic national ids only)")
                                                       : tr("clinic journal"),
                 m_journal.isPostgres() ? tr("PostgreSQL") : tr("SQLite file"))
            .arg(m_journal.schemaVersion())
            .arg(clinictime::formatDateTime(m_journal.createdAt()),
                 count ? QString::number(*count) : count.error()));
    if (Gate::allows(m_journal, AccessPolicy::Data::Backup, AccessPolicy::Action::Read)) {
        if (const Result<Backup::Daily> daily = Backup::daily(m_journal)) {
            m_dailyFolder->setText(daily->folder);
            m_dailyKeep->setValue(daily->keep);
        }
    }
}

void AdministrationWorkspace::backUpNow()
{
    const QString suggested = QDir::home().filePath(Backup::dailyFileName(clinictime::today(), m_journal.isPostgres()));
    const QString file = QFileDialog::getSaveFileName(this, tr("Back up the journal"), suggested,
                                                      m_journal.isPostgres() ? tr("PostgreSQL backups (*.pgdump)")
                                                                             : tr("Trinn journals (*.trinn)"));
    if (file.isEmpty())
        return;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_backupStatus->setText(tr("Backing up to %1…").arg(file));
    m_backupStatus->repaint();
    // The file dialog has asked already whether to replace an existing file.
    const Result<Backup::Made> made = Backup::take(m_journal, file, true);
    QApplication::restoreOverrideCursor();
    if (!made) {
        m_backupStatus->setText(made.error());
        QMessageBox::warning(this, tr("Back up the journal"), made.error());
        return;
    }
    const QString done = tr("%1: backed up to %2 (%3 MB), checked, readable by you only.")
                             .arg(clinictime::formatDateTime(clinictime::now()), made->file)
                             .arg(double(made->bytes) / (1024 * 1024), 0, 'f', 1);
    m_backupStatus->setText(done);
    QMessageBox::information(this, tr("Back up the journal"), done);
}

void AdministrationWorkspace::saveDailyBackup()
{
    const Status saved = Backup::setDaily(m_journal, {m_dailyFolder->text().trimmed(), m_dailyKeep->value()});
    if (!saved) {
        QMessageBox::warning(this, tr("Daily backup"), saved.error());
        return;
    }
    m_backupStatus->setText(m_dailyFolder->text().trimmed().isEmpty()
                                ? tr("No daily backup.")
                                : tr("A backup is made each day in %1; the newest %2 are kept.")
                                      .arg(m_dailyFolder->text().trimmed())
                                      .arg(m_dailyKeep->value()));
    backUpIfDue();
}

void AdministrationWorkspace::backUpIfDue()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<std::optional<Backup::Made>> made = Backup::dailyIfDue(m_journal, clinictime::today());
    QApplication::restoreOverrideCursor();
    if (!made) {
        // Told, not hidden: a daily backup that fails must be noticed.
        const QString text = tr("Today's backup could not be made: %1").arg(made.error());
        m_backupStatus->setText(text);
        if (m_warnedOn != clinictime::today()) {
            m_warnedOn = clinictime::today();
            QMessageBox::warning(this, tr("Daily backup"), text);
        }
        return;
    }
    if (made->has_value())
        m_backupStatus->setText(tr("%1: today's backup is %2.").arg(clinictime::formatDateTime(clinictime::now()), (*made)->file));
}

void AdministrationWorkspace::runIntegrityCheck()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<QStringList> problems = IntegrityCheck(m_journal).run();
    QApplication::restoreOverrideCursor();
    if (!problems)
        m_checkReport->setPlainText(tr("The check could not run: %1").arg(problems.error()));
    else if (problems->isEmpty())
        m_checkReport->setPlainText(tr("%1: the journal is intact.").arg(clinictime::formatDateTime(clinictime::now())));
    else
        m_checkReport->setPlainText(tr("%1: problems found: %2")
                                        .arg(clinictime::formatDateTime(clinictime::now()))
                                        .arg(problems->size())
                                    + QLatin1Char('\n') + problems->join(QLatin1Char('\n')));
}

} // namespace trinn
