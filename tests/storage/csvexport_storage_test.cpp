#include "support/testjournals.h"

#include "common/clinictime.h"
#include "common/csv.h"
#include "demo/democlinic.h"
#include "export/csvexport.h"
#include "storage/intakestore.h"
#include "storage/substanceteststore.h"

// The exported lists hold the rows the screens show, and reading them for
// an export passes the gate and is audited like any read.

using namespace trinn;
using trinn::test::Backend;

namespace {

QList<csv::Row> rowsOf(const QByteArray &document)
{
    REQUIRE(document.startsWith("\xEF\xBB\xBF"));
    return csv::parse(QString::fromUtf8(document.mid(3)), u';');
}

} // namespace

TEST_CASE("The CSV of the board, a test history and the waiting list hold the rows shown, and are audited", "[csv]")
{
    std::unique_ptr<Journal> journal = test::createJournal(Backend::SQLite);
    DemoClinic::Options options;
    options.patients = 40;
    REQUIRE(DemoClinic::generate(*journal, options).ok());
    const QDate today = clinictime::today();

    Result<QList<SubstanceTestStore::BoardRow>> board = SubstanceTestStore(*journal).board(today);
    REQUIRE(board.ok());
    REQUIRE_FALSE(board->isEmpty());
    const qint64 recordsBefore = test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE what = 'exported the test board as CSV'"));
    Result<QByteArray> boardCsv = CsvExport::board(*journal, today);
    REQUIRE(boardCsv.ok());
    const QList<csv::Row> boardRows = rowsOf(*boardCsv);
    REQUIRE(boardRows.size() == board->size() + 1);
    CHECK(boardRows.at(0).fields.at(1) == QStringLiteral("Patient"));
    for (int i = 0; i < board->size(); ++i) {
        CHECK(boardRows.at(i + 1).fields.at(1) == board->at(i).name);
        CHECK(boardRows.at(i + 1).fields.at(2) == board->at(i).nationalId);
    }
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE what = 'exported the test board as CSV'"))
          == recordsBefore + 1);

    const qint64 patient = board->constFirst().patientId;
    Result<QList<SubstanceTest>> history = SubstanceTestStore(*journal).history(patient, 100000);
    REQUIRE(history.ok());
    Result<QByteArray> testsCsv = CsvExport::tests(*journal, patient);
    REQUIRE(testsCsv.ok());
    CHECK(rowsOf(*testsCsv).size() == history->size() + 1);

    Result<QList<Referral>> waiting = ReferralStore(*journal).waitingList();
    REQUIRE(waiting.ok());
    Result<QByteArray> waitingCsv = CsvExport::waitingList(*journal);
    REQUIRE(waitingCsv.ok());
    const QList<csv::Row> waitingRows = rowsOf(*waitingCsv);
    REQUIRE(waitingRows.size() == waiting->size() + 1);
    for (int i = 0; i < waiting->size(); ++i)
        CHECK(waitingRows.at(i + 1).fields.at(0) == waiting->at(i).personName);

    // A coordinator sees referrals, not tests: the board's export is refused and logged.
    Actor coordinator;
    coordinator.staffId = 903;
    coordinator.username = QStringLiteral("ida");
    coordinator.roles = {Role::Coordinator};
    journal->setActor(coordinator);
    CHECK_FALSE(CsvExport::board(*journal, today).ok());
    CHECK_FALSE(CsvExport::tests(*journal, patient).ok());
    CHECK(CsvExport::waitingList(*journal).ok());
    CHECK(test::sqlNumber(*journal, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND actor = 'ida'")) >= 1);
}
