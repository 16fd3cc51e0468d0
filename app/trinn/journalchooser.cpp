#include "journalchooser.h"

#include "storage/auditlog.h"
#include "storage/journal.h"
#include "storage/journallocation.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QTextStream>

namespace trinn {
namespace {
const QString lastJournalKey = QStringLiteral("journal/last");

// Trinn.conf names the journal: the owner's to read only.
void keepPrivate(QSettings &settings)
{
    settings.sync();
    QFile::setPermissions(settings.fileName(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

// Whether a person can answer a dialog (not so under -platform offscreen).
bool someoneToAsk()
{
    const QString platform = QGuiApplication::platformName();
    return platform != QStringLiteral("offscreen") && platform != QStringLiteral("minimal");
}

// libpq's words when the server wants a password it did not get or refused.
bool wantsPassword(const QString &error)
{
    return error.contains(QStringLiteral("no password supplied")) || error.contains(QStringLiteral("password authentication failed"));
}

} // namespace

QString JournalChooser::defaultLocation()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal.trinn");
}

QString JournalChooser::lastLocation()
{
    QSettings settings;
    const QString stored = settings.value(lastJournalKey).toString();
    // An earlier Trinn remembered an address with its password: forget it now.
    const QString safe = JournalLocation::withoutPassword(stored);
    if (safe != stored) {
        settings.setValue(lastJournalKey, safe);
        keepPrivate(settings);
    }
    return safe;
}

void JournalChooser::rememberLocation(const QString &location)
{
    QSettings settings;
    settings.setValue(lastJournalKey, JournalLocation::withoutPassword(location));
    keepPrivate(settings);
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

std::unique_ptr<Journal> JournalChooser::open(const QString &requested, QWidget *dialogParent, bool askUser, const AskLogin &askLogin)
{
    // A password on the command line shows in `ps` to every user of the
    // computer for as long as Trinn runs.
    if (JournalLocation::hasPassword(requested)) {
        const QString why = tr("Trinn does not take a database password in the address: every user of this computer can "
                               "read a program's command line. Leave the password out; Trinn then asks for it, or reads "
                               "it from ~/.pgpass. Nothing was opened.");
        QTextStream(stderr) << why << Qt::endl;
        if (someoneToAsk())
            QMessageBox::critical(dialogParent, tr("Trinn cannot open the journal"), why);
        return nullptr;
    }
    QString location = requested;
    Journal::Options options;
    if (location.isEmpty())
        location = lastLocation();
    if (location.isEmpty()) {
        location = defaultLocation();
        options.mode = Journal::OpenMode::CreateIfMissing;
    }

    QString password; // asked for, kept in memory only
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
        const bool making = options.mode == Journal::OpenMode::CreateIfMissing && !QFileInfo::exists(location);
        Result<std::unique_ptr<Journal>> journal =
            Journal::open(password.isEmpty() ? location : JournalLocation::withPassword(location, password), options);
        if (journal) {
            rememberLocation(location);
            if (making)
                sealNewJournal(**journal, dialogParent);
            return std::move(*journal);
        }
        if (asStaff) {
            problem = journal.error();
            continue;
        }
        const Result<JournalLocation> where = JournalLocation::parse(location);
        if (where && where->backend == JournalLocation::Backend::PostgreSQL && wantsPassword(journal.error()) && someoneToAsk()) {
            bool given = false;
            const QString label = password.isEmpty()
                ? tr("The database at %1 asks for the password of %2:").arg(where->display(), where->userName)
                : tr("The password was not accepted. The password of %2 at %1:").arg(where->display(), where->userName);
            password = QInputDialog::getText(dialogParent, tr("Database password"), label, QLineEdit::Password, QString(), &given);
            if (!given)
                return nullptr;
            continue;
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
        password.clear();
        options.mode = Journal::OpenMode::OpenExisting;
    }
}

} // namespace trinn
