#include "journalchooser.h"

#include "storage/auditlog.h"
#include "storage/journal.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

namespace trinn {
namespace {
const QString lastJournalKey = QStringLiteral("journal/last");
}

QString JournalChooser::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.trinn");
}

QString JournalChooser::lastLocation()
{
    return QSettings().value(lastJournalKey).toString();
}

void JournalChooser::rememberLocation(const QString &location)
{
    QSettings().setValue(lastJournalKey, location);
}

// A journal made here is sealed from its first record on, and its
// verification key is shown this once (it is not kept in the journal).
void JournalChooser::sealNewJournal(Journal &journal, QWidget *dialogParent)
{
    const Result<QString> key = AuditLog::startSealing(journal);
    QMessageBox box(dialogParent);
    box.setWindowTitle(tr("Verification key of the audit log"));
    if (!key) {
        box.setIcon(QMessageBox::Warning);
        box.setText(tr("The new journal was made, but its audit log could not be sealed: %1").arg(key.error()));
    } else {
        box.setIcon(QMessageBox::Information);
        box.setText(tr("Trinn made a new journal and seals its audit log. This is its verification key, shown only now:\n\n%1\n\n"
                       "Write it down and keep it offline, away from the workstations: with it, \"trinnctl check JOURNAL "
                       "--verification-key KEY\" proves that no audit record was removed, changed or added.")
                        .arg(*key));
        box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    // Under automation (TRINN_USER) no one answers a dialog: the key goes to standard error.
    if (qEnvironmentVariableIsEmpty("TRINN_USER"))
        box.exec();
    else
        QTextStream(stderr) << box.text() << Qt::endl;
}

std::unique_ptr<Journal> JournalChooser::open(const QString &requested, QWidget *dialogParent)
{
    QString location = requested;
    Journal::Options options;
    if (location.isEmpty())
        location = lastLocation();
    if (location.isEmpty()) {
        location = defaultLocation();
        options.mode = Journal::OpenMode::CreateIfMissing;
    }

    for (;;) {
        const bool making = options.mode == Journal::OpenMode::CreateIfMissing && !QFileInfo::exists(location);
        Result<std::unique_ptr<Journal>> journal = Journal::open(location, options);
        if (journal) {
            rememberLocation(location);
            if (making)
                sealNewJournal(**journal, dialogParent);
            return std::move(*journal);
        }
        QMessageBox::critical(dialogParent, tr("Trinn cannot open the journal"),
                              tr("%1\n\nChoose another journal file, or cancel to quit.").arg(journal.error()));
        location = QFileDialog::getOpenFileName(dialogParent, tr("Open a Trinn journal"), QString(),
                                                tr("Trinn journals (*.trinn);;All files (*)"));
        if (location.isEmpty())
            return nullptr;
        options.mode = Journal::OpenMode::OpenExisting;
    }
}

} // namespace trinn
