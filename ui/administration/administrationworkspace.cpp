#include "administrationworkspace.h"

#include "common/clinictime.h"
#include "common/loadonshow.h"
#include "common/workspacerefresh.h"
#include "storage/integritycheck.h"
#include "storage/journal.h"
#include "storage/patientstore.h"

#include <QApplication>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace trinn {

AdministrationWorkspace::AdministrationWorkspace(Journal &journal, QWidget *parent)
    : QWidget(parent)
    , m_journal(journal)
    , m_summary(new QLabel(this))
    , m_checkReport(new QPlainTextEdit(this))
{
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    m_checkReport->setReadOnly(true);
    m_checkReport->setPlaceholderText(tr("The integrity check reads the whole journal; its report appears here."));
    auto *check = new QPushButton(tr("&Check integrity"), this);
    connect(check, &QPushButton::clicked, this, &AdministrationWorkspace::runIntegrityCheck);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(check, 0, Qt::AlignLeft);
    layout->addWidget(m_checkReport, 1);
    new LoadOnShow(this, [this] { refresh(); });
    // The summary counts the patients; the integrity report stays as it was run.
    m_refresh = new WorkspaceRefresh(this, journal, {AccessPolicy::Data::Patient}, [this](const JournalChanges::Areas &) { refresh(); });
}

void AdministrationWorkspace::refresh()
{
    // Reads everything it shows: the changes announced so far need no refresh.
    if (m_refresh)
        m_refresh->markFresh();
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
