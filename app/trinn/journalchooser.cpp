#include "journalchooser.h"

#include "storage/journal.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>

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

std::unique_ptr<Journal> JournalChooser::open(const QString &requested, QWidget *dialogParent, const AskLogin &askLogin)
{
    QString location = requested;
    Journal::Options options;
    if (location.isEmpty())
        location = lastLocation();
    if (location.isEmpty()) {
        location = defaultLocation();
        options.mode = Journal::OpenMode::CreateIfMissing;
    }

    QString problem;
    for (;;) {
        // A journal on a server is opened as the staff member's own database
        // login, unless its address names a database user (the owner's, kept
        // off workstations, or an older shared one).
        const Result<JournalLocation> parsed = JournalLocation::parse(location);
        const bool asStaff = askLogin && parsed && parsed->backend == JournalLocation::Backend::PostgreSQL
            && parsed->userName.isEmpty();
        if (asStaff && !askLogin(parsed->display(), problem, &options.userName, &options.password))
            return nullptr;
        Result<std::unique_ptr<Journal>> journal = Journal::open(location, options);
        if (journal) {
            rememberLocation(location);
            return std::move(*journal);
        }
        if (asStaff) {
            problem = journal.error();
            continue;
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
