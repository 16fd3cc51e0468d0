#include "journalchooser.h"

#include "storage/journal.h"

#include <QFileDialog>
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

std::unique_ptr<Journal> JournalChooser::open(const QString &requested, QWidget *dialogParent, bool askUser)
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
        Result<std::unique_ptr<Journal>> journal = Journal::open(location, options);
        if (journal) {
            rememberLocation(location);
            return std::move(*journal);
        }
        if (!askUser) {
            QTextStream(stderr) << tr("Trinn cannot open the journal: %1").arg(journal.error()) << Qt::endl;
            return nullptr;
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
