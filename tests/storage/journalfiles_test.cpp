#include "support/testjournals.h"

#include "storage/journalfiles.h"
#include "storage/staffstore.h"

#include <QDir>
#include <QFile>

#include <sys/stat.h>

// A new journal holds health data: it, its -wal and -shm, and the folders
// Trinn makes for it are the owner's only under the usual umask (022), which
// would otherwise give 0644 and 0755.

using namespace trinn;

namespace {

int modeOf(const QString &path)
{
    struct stat info {};
    REQUIRE(::stat(QFile::encodeName(path).constData(), &info) == 0);
    return int(info.st_mode & 07777);
}

// The process's umask for one test, put back after.
class Umask
{
public:
    explicit Umask(mode_t mask) : m_before(::umask(mask)) {}
    ~Umask() { ::umask(m_before); }

private:
    mode_t m_before;
};

} // namespace

TEST_CASE("A new journal, its -wal and -shm and the folders made for it are owner-only under umask 022", "[storage][files]")
{
    const Umask usual(022);
    const QString top = test::tempFolder() + QStringLiteral("/made-for-it");
    const QString path = top + QStringLiteral("/clinic/journal.trinn");
    REQUIRE_FALSE(QFile::exists(top));
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    Result<std::unique_ptr<Journal>> journal = Journal::open(path, options);
    INFO(journal.error().toStdString());
    REQUIRE(journal.ok());
    // A write, so that the -wal and -shm are there while the journal is open.
    REQUIRE(StaffStore(**journal).add(QStringLiteral("berit"), QStringLiteral("Berit"), {Role::Administrator},
                                      QStringLiteral("et langt passord")).ok());
    CHECK(modeOf(top) == 0700);
    CHECK(modeOf(top + QStringLiteral("/clinic")) == 0700);
    CHECK(modeOf(path) == 0600);
    CHECK(modeOf(path + QStringLiteral("-wal")) == 0600);
    CHECK(modeOf(path + QStringLiteral("-shm")) == 0600);
    CHECK(JournalFiles::openToOthers(path).isEmpty());

    // One that others may read is named with its mode.
    REQUIRE(::chmod(QFile::encodeName(path).constData(), 0644) == 0);
    CHECK(JournalFiles::openToOthers(path) == QStringList{path + QStringLiteral(" (0644)")});
}

TEST_CASE("An empty file made into a journal becomes owner-only", "[storage][files]")
{
    const Umask usual(022);
    const QString path = test::freshLocation(test::Backend::SQLite);
    {
        QFile empty(path);
        REQUIRE(empty.open(QIODevice::WriteOnly));
    }
    REQUIRE(modeOf(path) == 0644);
    Journal::Options options;
    options.mode = Journal::OpenMode::CreateIfMissing;
    REQUIRE(Journal::open(path, options).ok());
    CHECK(modeOf(path) == 0600);
}
