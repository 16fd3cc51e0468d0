#include "firststartwizard.h"

#include "common/problemlabel.h"
#include "storage/auditlog.h"
#include "storage/intakestore.h"
#include "storage/journal.h"
#include "storage/journallocation.h"
#include "storage/staffstore.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

#include <functional>

namespace trinn {
namespace {

// A page whose checks and next page are the wizard's: the pages share its fields.
class Step : public QWizardPage
{
public:
    std::function<bool()> validate;
    std::function<int()> next;
    bool validatePage() override { return !validate || validate(); }
    int nextId() const override { return next ? next() : QWizardPage::nextId(); }
};

QLabel *problemLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setWordWrap(true);
    styleAsProblem(label);
    return label;
}

bool say(QLabel *label, const QString &problem)
{
    label->setText(problem);
    return problem.isEmpty();
}

void removeJournalFiles(const QString &path)
{
    for (const char *suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

} // namespace

FirstStartWizard::FirstStartWizard(const QString &suggested, QWidget *parent)
    : QWizard(parent)
    , m_create(new QRadioButton(tr("&Make a new journal for this clinic")))
    , m_open(new QRadioButton(tr("&Open a journal that exists (a file, or a postgresql:// address)")))
    , m_location(new QLineEdit(suggested))
    , m_fullName(new QLineEdit)
    , m_username(new QLineEdit)
    , m_password(new QLineEdit)
    , m_repeat(new QLineEdit)
    , m_site(new QLineEdit(tr("The clinic")))
    , m_rooms(new QPlainTextEdit)
    , m_done(new QLabel)
{
    setWindowTitle(tr("Welcome to Trinn"));
    setObjectName(QStringLiteral("firstStart"));
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoCancelButtonOnLastPage);

    // 1. Open or make.
    auto *choose = new Step;
    choose->setTitle(tr("Which journal?"));
    choose->setSubTitle(tr("Trinn keeps the clinic's journal in one file on this computer, or on a PostgreSQL server "
                           "that every workstation uses. This computer has not opened a journal yet."));
    m_create->setObjectName(QStringLiteral("createJournal"));
    m_open->setObjectName(QStringLiteral("openJournal"));
    m_location->setObjectName(QStringLiteral("journalLocation"));
    m_create->setChecked(true);
    auto *browse = new QPushButton(tr("&Browse…"));
    browse->setAutoDefault(false);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString file = m_create->isChecked()
            ? QFileDialog::getSaveFileName(this, tr("A new Trinn journal"), m_location->text(), tr("Trinn journals (*.trinn)"))
            : QFileDialog::getOpenFileName(this, tr("Open a Trinn journal"), QString(), tr("Trinn journals (*.trinn);;All files (*)"));
        if (!file.isEmpty())
            m_location->setText(file);
    });
    m_chooseProblem = problemLabel(choose);
    auto *where = new QHBoxLayout;
    auto *whereLabel = new QLabel(tr("&Journal:"));
    whereLabel->setBuddy(m_location);
    where->addWidget(whereLabel);
    where->addWidget(m_location, 1);
    where->addWidget(browse);
    auto *chooseLayout = new QVBoxLayout(choose);
    chooseLayout->addWidget(m_create);
    chooseLayout->addWidget(m_open);
    chooseLayout->addLayout(where);
    chooseLayout->addWidget(m_chooseProblem);
    chooseLayout->addStretch(1);
    choose->validate = [this] {
        const QString text = m_location->text().trimmed();
        if (text.isEmpty())
            return say(m_chooseProblem, tr("Name the journal's file."));
        const Result<JournalLocation> parsed = JournalLocation::parse(text);
        if (!parsed)
            return say(m_chooseProblem, parsed.error());
        if (parsed->backend == JournalLocation::Backend::PostgreSQL) {
            if (m_create->isChecked())
                return say(m_chooseProblem, tr("A journal on a PostgreSQL server is made by its owner with \"trinnctl init\"; "
                                               "here choose to open it."));
            return say(m_chooseProblem, QString());
        }
        const QFileInfo file(parsed->filePath);
        if (m_create->isChecked() && file.exists())
            return say(m_chooseProblem, tr("%1 exists already. Choose to open it, or name a new file.").arg(file.filePath()));
        if (m_open->isChecked() && !file.isFile())
            return say(m_chooseProblem, tr("There is no file %1.").arg(file.filePath()));
        return say(m_chooseProblem, QString());
    };
    choose->next = [this] { return m_create->isChecked() ? int(AdministratorPage) : -1; };
    // Opening a journal ends the assistant here: Finish instead of Next.
    choose->setFinalPage(false);
    connect(m_open, &QRadioButton::toggled, choose, [choose](bool opening) {
        choose->setFinalPage(opening);
        emit choose->completeChanged();
    });
    setPage(ChoosePage, choose);

    // 2. The first administrator.
    auto *admin = new Step;
    admin->setTitle(tr("The first administrator"));
    admin->setSubTitle(tr("The administrator makes the other staff accounts (Administration, or \"trinnctl user add\"). "
                          "A password needs at least 10 characters."));
    m_fullName->setObjectName(QStringLiteral("fullName"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_repeat->setObjectName(QStringLiteral("repeatPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_repeat->setEchoMode(QLineEdit::Password);
    m_adminProblem = problemLabel(admin);
    auto *adminForm = new QFormLayout(admin);
    adminForm->addRow(tr("&Full name:"), m_fullName);
    adminForm->addRow(tr("&User name:"), m_username);
    adminForm->addRow(tr("&Password:"), m_password);
    adminForm->addRow(tr("&Repeat the password:"), m_repeat);
    adminForm->addRow(m_adminProblem);
    admin->validate = [this] {
        if (m_fullName->text().trimmed().isEmpty())
            return say(m_adminProblem, tr("Give the administrator's full name."));
        const QString username = m_username->text().trimmed();
        if (username.isEmpty() || username.contains(u' '))
            return say(m_adminProblem, tr("A user name is one word."));
        if (const Decision strong = StaffStore::passwordStrongEnough(m_password->text()); !strong)
            return say(m_adminProblem, strong.reason);
        if (m_password->text() != m_repeat->text())
            return say(m_adminProblem, tr("The two passwords differ. Type the same password twice."));
        return say(m_adminProblem, QString());
    };
    setPage(AdministratorPage, admin);

    // 3. Sites, rooms and beds; the journal is made when this page is left.
    auto *clinic = new Step;
    clinic->setTitle(tr("Sites, rooms and beds"));
    clinic->setSubTitle(tr("Where the clinic's patients sleep: the bed board and admissions use them."));
    auto *howTo = new QLabel(tr("One line for each room with beds: its name, a colon and how many beds (\"Room 1: 2\"). "
                                "A room at another site: the site first, then a slash (\"Annex / Room 5: 1\"). "
                                "Leave it empty for a clinic without beds; more can be added later."));
    howTo->setWordWrap(true);
    m_site->setObjectName(QStringLiteral("site"));
    m_rooms->setObjectName(QStringLiteral("rooms"));
    m_rooms->setTabChangesFocus(true);
    m_rooms->setPlaceholderText(tr("Room 1: 2\nRoom 2: 1"));
    m_clinicProblem = problemLabel(clinic);
    auto *clinicForm = new QFormLayout(clinic);
    clinicForm->addRow(howTo);
    clinicForm->addRow(tr("&Site:"), m_site);
    clinicForm->addRow(tr("&Rooms and beds:"), m_rooms);
    clinicForm->addRow(m_clinicProblem);
    clinic->validate = [this] {
        const Result<QList<Room>> rooms = parseRooms(m_site->text().trimmed(), m_rooms->toPlainText());
        if (!rooms)
            return say(m_clinicProblem, rooms.error());
        return build();
    };
    clinic->setCommitPage(true);
    clinic->setButtonText(QWizard::CommitButton, tr("&Make the journal"));
    setPage(ClinicPage, clinic);

    // 4. Made: the verification key, shown this once.
    auto *done = new Step;
    done->setTitle(tr("The journal is ready"));
    m_done->setObjectName(QStringLiteral("done"));
    m_done->setWordWrap(true);
    m_done->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    auto *doneLayout = new QVBoxLayout(done);
    doneLayout->addWidget(m_done);
    doneLayout->addStretch(1);
    setPage(DonePage, done);

    setStartId(ChoosePage);
    resize(720, 520);
}

FirstStartWizard::~FirstStartWizard() = default;

bool FirstStartWizard::creates() const
{
    return m_create->isChecked();
}

QString FirstStartWizard::location() const
{
    return m_location->text().trimmed();
}

std::unique_ptr<Journal> FirstStartWizard::takeJournal()
{
    return std::move(m_journal);
}

Result<QList<FirstStartWizard::Room>> FirstStartWizard::parseRooms(const QString &defaultSite, const QString &text)
{
    static const QRegularExpression line(QStringLiteral("^\\s*(?:([^/:]+?)\\s*/\\s*)?([^/:]+?)\\s*(?::\\s*(\\d+))?\\s*$"));
    QList<Room> rooms;
    const QStringList lines = text.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        if (lines.at(i).trimmed().isEmpty())
            continue;
        const QRegularExpressionMatch match = line.match(lines.at(i));
        if (!match.hasMatch())
            return Error{tr("Line %1 (\"%2\") is not a room: write its name, a colon and how many beds, as \"Room 1: 2\".")
                             .arg(i + 1)
                             .arg(lines.at(i).trimmed())};
        Room room;
        room.site = match.captured(1).isEmpty() ? defaultSite : match.captured(1);
        room.room = match.captured(2);
        room.beds = match.captured(3).isEmpty() ? 1 : match.captured(3).toInt();
        if (room.site.isEmpty())
            return Error{tr("Name the site of the rooms.")};
        if (room.beds < 1 || room.beds > 50)
            return Error{tr("Line %1: a room has between 1 and 50 beds.").arg(i + 1)};
        rooms.append(room);
    }
    return rooms;
}

bool FirstStartWizard::build()
{
    const QString where = location();
    const QString path = JournalLocation::parse(where) ? JournalLocation::parse(where)->filePath : where;
    const Result<QList<Room>> rooms = parseRooms(m_site->text().trimmed(), m_rooms->toPlainText());
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return say(m_clinicProblem, tr("Cannot create the folder %1 for the journal; nothing was saved.").arg(QFileInfo(path).absolutePath()));
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    options.kindIfCreated = JournalKind::Clinic;
    options.unfinishedAllowed = true;
    Result<std::unique_ptr<Journal>> opened = Journal::open(path, options);
    if (!opened)
        return say(m_clinicProblem, tr("The journal could not be made: %1").arg(opened.error()));
    std::unique_ptr<Journal> journal = std::move(*opened);
    // Until the end, the journal is marked unfinished: one left half-made by a
    // crash is refused when opened, never taken for whole.
    const auto fail = [&](const QString &what) {
        journal.reset();
        removeJournalFiles(path);
        return say(m_clinicProblem, tr("The journal was not made: %1 Nothing was kept.").arg(what));
    };
    if (Status marked = journal->markUnfinished(tr("the first-start assistant")); !marked)
        return fail(marked.error());
    const QString username = m_username->text().trimmed();
    if (Result<qint64> added = StaffStore(*journal).add(username, m_fullName->text().trimmed(), {Role::Administrator}, m_password->text());
        !added)
        return fail(added.error());
    const Result<QString> key = AuditLog::startSealing(*journal);
    if (!key)
        return fail(key.error());
    int beds = 0;
    BedStore bedStore(*journal);
    for (const Room &room : *rooms) {
        for (int n = 1; n <= room.beds; ++n) {
            if (Result<qint64> bed = bedStore.addBed({0, room.site, room.room, QString::number(n)}); !bed)
                return fail(bed.error());
            ++beds;
        }
    }
    if (Status finished = journal->markFinished(); !finished)
        return fail(finished.error());
    Result<Actor> administrator = StaffStore(*journal).signIn(username, m_password->text());
    if (!administrator)
        return fail(administrator.error());
    journal->setActor(*administrator);
    m_password->clear();
    m_repeat->clear();
    m_journal = std::move(journal);
    m_done->setText(tr("Trinn made the journal %1. Its administrator is %2, and you are signed in as %2. Beds: %4.\n\n"
                       "Its audit log is sealed. This is its verification key, shown only now:\n\n%3\n\n"
                       "Write it down and keep it offline, away from the workstations: with it, \"trinnctl check JOURNAL "
                       "--verification-key KEY\" proves that no audit record was removed, changed or added.")
                        .arg(path, username, *key)
                        .arg(beds));
    return say(m_clinicProblem, QString());
}

} // namespace trinn
