// trinn-bench: how fast Trinn's hot paths are on a journal, next to the floor
// of what SQLite itself needs to fetch the same rows.
//
//   trinn-bench JOURNAL [--runs N] [--json FILE] [--only NAME,...]
//
// Prints one line per measure: NAME median_ms floor_ms ratio qt_floor_ms qt_ratio
// (the floor's SQL through Qt's SQLite driver, as core reads).

#include "common/clinictime.h"
#include "mainwindow.h"
#include "patients/journaloverview.h"
#include "patients/patientjournalview.h"
#include "patients/patientsearchmodel.h"
#include "patients/searchterms.h"
#include "programs/builtinprograms.h"
#include "storage/auditlog.h"
#include "storage/calendarstore.h"
#include "storage/groupstore.h"
#include "storage/intakestore.h"
#include "storage/journal.h"
#include "storage/patientstore.h"
#include "storage/substanceteststore.h"
#include "storage/teststoredcodes.h"
#include "testing/testboardmodel.h"

#include <sqlite3.h>

#include <QApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <functional>

using namespace trinn;

namespace {

double medianMs(int runs, const std::function<void()> &work)
{
    QList<double> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times << double(timer.nsecsElapsed()) / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(times.size() / 2);
}

// The floor: raw sqlite3, prepared once per run, every row stepped through.
// Read through Qt's SQLite driver instead (readThroughQt), the same SQL is
// the floor of any code that reads with QSqlQuery, as core does: each value
// of each row becomes a QVariant, each text UTF-16.
class Floor
{
public:
    explicit Floor(const QString &path)
    {
        if (sqlite3_open_v2(path.toUtf8().constData(), &m_db, SQLITE_OPEN_READONLY, nullptr) != SQLITE_OK) {
            sqlite3_close(m_db);
            m_db = nullptr;
        }
        if (m_db) {
            m_qt = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("trinn-bench-floor"));
            m_qt.setDatabaseName(path);
            m_qt.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
            m_qt.open();
        }
    }
    ~Floor() { sqlite3_close(m_db); }
    bool ok() const { return m_db != nullptr; }
    void readThroughQt(bool on) { m_viaQt = on; }

    int rows(const char *sql, const QStringList &texts = {}) const
    {
        if (m_viaQt)
            return rowsThroughQt(sql, texts);
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return -1;
        QList<QByteArray> keep;
        for (int i = 0; i < texts.size(); ++i) {
            keep << texts.at(i).toUtf8();
            sqlite3_bind_text(statement, i + 1, keep.last().constData(), int(keep.last().size()), SQLITE_STATIC);
        }
        int count = 0;
        while (sqlite3_step(statement) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(statement); ++c)
                sqlite3_column_text(statement, c);
            ++count;
        }
        sqlite3_finalize(statement);
        return count;
    }

    // The first column of each row, as ids.
    QList<qint64> ids(const char *sql) const
    {
        QList<qint64> list;
        sqlite3_stmt *statement = nullptr;
        if (sqlite3_prepare_v2(m_db, sql, -1, &statement, nullptr) != SQLITE_OK)
            return list;
        while (sqlite3_step(statement) == SQLITE_ROW)
            list << sqlite3_column_int64(statement, 0);
        sqlite3_finalize(statement);
        return list;
    }

private:
    int rowsThroughQt(const char *sql, const QStringList &texts) const
    {
        QSqlQuery query(m_qt);
        query.setForwardOnly(true);
        if (!query.prepare(QString::fromUtf8(sql)))
            return -1;
        for (int i = 0; i < texts.size(); ++i)
            query.bindValue(i, texts.at(i));
        if (!query.exec())
            return -1;
        const int columns = query.record().count();
        int count = 0;
        while (query.next()) {
            for (int c = 0; c < columns; ++c)
                (void)query.value(c);
            ++count;
        }
        return count;
    }

    sqlite3 *m_db = nullptr;
    QSqlDatabase m_qt;
    bool m_viaQt = false;
};

// A floor's median, bare and through QSqlQuery.
struct FloorTimes
{
    double bare = 0;
    double qt = 0;
    FloorTimes operator/(double by) const { return {bare / by, qt / by}; }
};

struct Measure
{
    QString name;
    double median = 0;
    FloorTimes floor;
    QString note;
};

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("trinn-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Measures Trinn's hot paths on a journal beside bare SQLite."));
    parser.addHelpOption();
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Repetitions per measure (default 15)."), QStringLiteral("N"), QStringLiteral("15"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Also write the results as JSON to FILE."), QStringLiteral("FILE"));
    const QCommandLineOption onlyOption(QStringLiteral("only"), QStringLiteral("Measure only these (comma separated), e.g. calendar_week."),
                                        QStringLiteral("NAMES"));
    parser.addOptions({runsOption, jsonOption, onlyOption});
    parser.addPositionalArgument(QStringLiteral("JOURNAL"), QStringLiteral("A journal file or postgresql:// address."));
    parser.process(app);
    if (parser.positionalArguments().size() != 1)
        parser.showHelp(2);
    const QString location = parser.positionalArguments().constFirst();
    const int runs = std::max(1, parser.value(runsOption).toInt());
    QTextStream out(stdout);
    QTextStream err(stderr);

    const QStringList only = parser.value(onlyOption).split(u',', Qt::SkipEmptyParts);
    const auto wanted = [&](const char *name) { return only.isEmpty() || only.contains(QLatin1StringView(name)); };
    QList<Measure> measures;
    const QDate today = clinictime::today();

    // Start to a usable main window: open the journal, build and show the window.
    std::unique_ptr<Journal> journal;
    const double startup = !wanted("startup") ? 0 : medianMs(std::max(3, runs / 3), [&] {
        auto opened = Journal::open(location);
        if (!opened) {
            err << opened.error() << Qt::endl;
            std::exit(2);
        }
        MainWindow window(**opened);
        window.show();
        QApplication::processEvents();
    });
    journal = std::move(Journal::open(location).value());
    const bool sqlite = !journal->isPostgres();
    Floor floor(sqlite ? journal->location().filePath : QString());
    const auto floorsOf = [&](const std::function<void()> &work) {
        FloorTimes times;
        times.bare = medianMs(runs, work);
        floor.readThroughQt(true);
        times.qt = medianMs(runs, work);
        floor.readThroughQt(false);
        return times;
    };

    const FloorTimes startupFloor{sqlite ? medianMs(runs, [&] {
        sqlite3 *db = nullptr;
        sqlite3_open_v2(journal->location().filePath.toUtf8().constData(), &db, SQLITE_OPEN_READONLY, nullptr);
        sqlite3_stmt *statement = nullptr;
        sqlite3_prepare_v2(db, "SELECT MAX(version) FROM schema_version", -1, &statement, nullptr);
        sqlite3_step(statement);
        sqlite3_finalize(statement);
        sqlite3_close(db);
    }) : 0, 0};
    measures.append({QStringLiteral("startup"), startup, startupFloor, QStringLiteral("open journal, build and show the main window")});

    // Patient search as you type "hansen", one keystroke at a time.
    PatientStore patients(*journal);
    PatientSearchModel model(patients);
    const QString typed = QStringLiteral("hansen");
    const double search = !wanted("search") ? 0 : medianMs(runs, [&] {
        for (int i = 1; i <= typed.size(); ++i)
            model.setSearchText(typed.left(i));
    }) / typed.size();
    const FloorTimes searchFloor = sqlite ? floorsOf([&] {
        for (int i = 1; i <= typed.size(); ++i) {
            const QString prefix = typed.left(i);
            floor.rows("SELECT p.id, p.national_id, p.birth_date, p.given_names, p.family_name FROM patient_term t "
                       "JOIN patient p ON p.id = t.patient_id WHERE t.term >= ?1 AND t.term < ?2 "
                       "ORDER BY t.term, t.field, t.sort_key, t.patient_id LIMIT 50",
                       {prefix, searchterms::prefixUpperBound(prefix)});
        }
    }) / typed.size() : FloorTimes{};
    measures.append({QStringLiteral("search"), search, searchFloor, QStringLiteral("per keystroke, first page of 50")});

    // Opening a patient's journal: header, contacts, current program, and the
    // timeline of phases, follow-ups, medication, family stays, steps, groups,
    // notes and meetings. The floor fetches those rows.
    QList<qint64> ids;
    model.setSearchText(QStringLiteral("a"));
    for (int i = 0; i < std::min(10, model.rowCount()); ++i)
        ids << model.patientIdAt(i);
    PatientJournalView view(*journal);
    const double open = (ids.isEmpty() || !wanted("open_patient")) ? 0 : medianMs(runs, [&] {
        for (qint64 id : std::as_const(ids))
            view.showPatient(id);
    }) / ids.size();
    const FloorTimes openFloor = (sqlite && !ids.isEmpty()) ? floorsOf([&] {
        for (qint64 id : std::as_const(ids)) {
            const QString pid = QString::number(id);
            floor.rows("SELECT * FROM patient WHERE id = ?1", {pid});
            floor.rows("SELECT * FROM next_of_kin WHERE patient_id = ?1", {pid});
            floor.rows("SELECT e.*, ph.* FROM episode e JOIN phase ph ON ph.episode_id = e.id WHERE e.patient_id = ?1", {pid});
            floor.rows("SELECT f.* FROM episode e JOIN follow_up f ON f.episode_id = e.id WHERE e.patient_id = ?1", {pid});
            floor.rows("SELECT * FROM medication WHERE patient_id = ?1", {pid});
            floor.rows("SELECT * FROM family_stay WHERE patient_id = ?1", {pid});
            floor.rows("SELECT * FROM step_progress WHERE patient_id = ?1", {pid});
            floor.rows("SELECT g.name, s.starts_at, a.* FROM attendance a JOIN group_session s ON s.id = a.session_id "
                       "JOIN therapy_group g ON g.id = s.group_id WHERE a.patient_id = ?1", {pid});
            floor.rows("SELECT * FROM group_member WHERE patient_id = ?1", {pid});
            floor.rows("SELECT n.*, v.* FROM journal_note n JOIN note_version v ON v.note_id = n.id WHERE n.patient_id = ?1", {pid});
            floor.rows("SELECT o.* FROM outing_participant op JOIN outing o ON o.id = op.outing_id WHERE op.patient_id = ?1", {pid});
        }
    }) / ids.size() : FloorTimes{};
    measures.append({QStringLiteral("open_patient"), open, openFloor, QStringLiteral("per patient")});

    // The journal overview of the same patients, and of the ten with the most
    // notes (the longest journals): bounded parts, so both cost about the same.
    // The floor runs the same bounded queries.
    const auto overviewFloor = [&](const QList<qint64> &patientIds) {
        const QString now = QString::number(clinictime::toStorage(clinictime::now()));
        const QString monthAgo = QString::number(clinictime::toStorage(clinictime::now().addDays(-30)));
        const QString weekAgoNumber = QString::number(teststored::day(today.addDays(-7)));
        const QString dayNumber = QString::number(teststored::day(today));
        const QString day = clinictime::dateToStorage(today);
        for (qint64 id : patientIds) {
            const QString pid = QString::number(id);
            floor.rows("SELECT given_names, family_name FROM patient WHERE id = ?1", {pid});
            floor.rows("SELECT s.full_name, s.roles FROM care_team c JOIN staff s ON s.id = c.staff_id WHERE c.patient_id = ?1 "
                       "ORDER BY s.full_name LIMIT 8", {pid});
            floor.rows("SELECT starts_at, minutes, staff_name, room FROM appointment WHERE patient_id = ?1 AND starts_at >= ?2 "
                       "AND status <> 'cancelled' ORDER BY starts_at LIMIT 5", {pid, now});
            floor.rows("SELECT e.*, ph.* FROM episode e JOIN phase ph ON ph.episode_id = e.id WHERE e.patient_id = ?1", {pid});
            floor.rows("SELECT f.* FROM episode e JOIN follow_up f ON f.episode_id = e.id WHERE e.patient_id = ?1 "
                       "AND e.status IN ('planned', 'active')", {pid});
            floor.rows("SELECT drug, dose, start_date, prescriber FROM medication WHERE patient_id = ?1 AND start_date <= ?2 "
                       "AND (stop_date IS NULL OR stop_date >= ?2) ORDER BY start_date DESC, id DESC LIMIT 8", {pid, day});
            floor.rows("SELECT t.*, r.* FROM (SELECT * FROM substance_test WHERE patient_id = ?1 AND is_current = 1 "
                       "ORDER BY sampled_at DESC, id DESC LIMIT 5) t LEFT JOIN test_panel_analyte p ON p.panel_id = t.panel_id "
                       "LEFT JOIN test_result r ON r.test_id = t.id AND r.analyte = p.analyte", {pid});
            floor.rows("SELECT outcome, COUNT(*), MAX(sampled_at) FROM substance_test WHERE patient_id = ?1 AND is_current = 1 "
                       "AND sampled_at >= ?2 AND outcome IN (2, 3, 4) GROUP BY outcome", {pid, monthAgo}); // positive, missing, refused
            floor.rows("SELECT DISTINCT sample_day FROM substance_test WHERE patient_id = ?1 AND sample_day >= ?2 AND sample_day < ?3",
                       {pid, weekAgoNumber, dayNumber});
            floor.rows("SELECT s.starts_at, s.minutes, g.name, s.room FROM group_member m JOIN therapy_group g ON g.id = m.group_id "
                       "JOIN group_session s ON s.group_id = m.group_id WHERE m.patient_id = ?1 AND m.status = 'active' "
                       "AND s.status = 'planned' AND s.starts_at >= ?2 ORDER BY s.starts_at LIMIT 5", {pid, now});
            floor.rows("SELECT g.name, g.max_absences, COUNT(*) FROM group_member m JOIN therapy_group g ON g.id = m.group_id "
                       "JOIN attendance a ON a.patient_id = m.patient_id JOIN group_session s ON s.id = a.session_id "
                       "AND s.group_id = m.group_id WHERE m.patient_id = ?1 AND m.status = 'active' "
                       "AND a.status IN ('absent', 'absent-notice') GROUP BY g.id, g.name, g.max_absences", {pid});
            floor.rows("SELECT n.id, n.note_type, n.author, n.created_at, n.signed_at, n.signed_by, v.body FROM journal_note n "
                       "JOIN note_version v ON v.note_id = n.id AND v.version = n.current_version WHERE n.patient_id = ?1 "
                       "AND n.discarded_at IS NULL ORDER BY n.created_at DESC, n.id DESC LIMIT 3", {pid});
            floor.rows("SELECT COUNT(*) FROM journal_note WHERE patient_id = ?1 AND discarded_at IS NULL AND signed_at IS NULL", {pid});
        }
    };
    JournalOverviewReader overviews(*journal);
    const double overview = (ids.isEmpty() || !wanted("overview")) ? 0 : medianMs(runs, [&] {
        for (qint64 id : std::as_const(ids))
            (void)overviews.read(id, clinictime::now());
    }) / ids.size();
    const FloorTimes overviewFloorMs = (sqlite && !ids.isEmpty()) ? floorsOf([&] { overviewFloor(ids); }) / ids.size() : FloorTimes{};
    measures.append({QStringLiteral("overview"), overview, overviewFloorMs, QStringLiteral("per patient, the journal at a glance")});

    // Found with bare SQLite: the bench has no door of its own to the journal's rows.
    const QList<qint64> busiest = sqlite ? floor.ids("SELECT patient_id FROM journal_note GROUP BY patient_id "
                                                     "ORDER BY COUNT(*) DESC, patient_id LIMIT 10")
                                         : QList<qint64>();
    if (!busiest.isEmpty() && wanted("overview_busiest")) {
        const double busy = medianMs(runs, [&] {
            for (qint64 id : std::as_const(busiest))
                (void)overviews.read(id, clinictime::now());
        }) / busiest.size();
        const FloorTimes busyFloor = sqlite ? floorsOf([&] { overviewFloor(busiest); }) / busiest.size() : FloorTimes{};
        measures.append({QStringLiteral("overview_busiest"), busy, busyFloor, QStringLiteral("per patient, the ten with the most notes")});
    }

    // The day's test board.
    SubstanceTestStore tests(*journal);
    TestBoardModel board(tests);
    const double boardMs = !wanted("test_board") ? 0 : medianMs(runs, [&] { board.load(today); });
    const QString day = clinictime::dateToStorage(today);
    const QString dayNumber = QString::number(teststored::day(today));
    const FloorTimes boardFloor = sqlite ? floorsOf([&] {
        floor.rows("SELECT e.id, e.patient_id, e.program_name, pt.testing, ph.name, ph.residential, p.given_names, "
                   "p.family_name, p.national_id FROM phase ph JOIN episode e ON e.id = ph.episode_id "
                   "JOIN program_template pt ON pt.id = e.program_id JOIN patient p ON p.id = e.patient_id "
                   "WHERE ph.status = 'active'");
        floor.rows("SELECT * FROM substance_test WHERE sample_day = ?1 AND is_current = 1", {dayNumber});
        // Every analyte of the day's tests: the panel's, each with its finding.
        floor.rows("SELECT t.id, p.analyte, r.screen_positive, r.value, r.unit, r.cutoff, r.confirmed FROM substance_test t "
                   "JOIN test_panel_analyte p ON p.panel_id = t.panel_id "
                   "LEFT JOIN test_result r ON r.test_id = t.id AND r.analyte = p.analyte "
                   "WHERE t.sample_day = ?1 AND t.is_current = 1", {dayNumber});
        floor.rows("SELECT m.patient_id, m.drug, m.dose FROM substance_test t JOIN medication m ON m.patient_id = t.patient_id "
                   "WHERE t.sample_day = ?1 AND t.is_current = 1 AND m.start_date <= ?2 AND (m.stop_date IS NULL OR m.stop_date >= ?2)",
                   {dayNumber, day});
    }) : FloorTimes{};
    measures.append({QStringLiteral("test_board"), boardMs, boardFloor,
                     QStringLiteral("%1 patients due, %2 tested").arg(board.rowCount()).arg(board.rowCount() - board.untestedCount())});

    // A group session with its attendance, as the session dialog loads it.
    GroupStore groups(*journal);
    qint64 sessionId = 0;
    qint64 sessionGroup = 0;
    if (Result<QList<GroupSession>> week = groups.sessionsBetween(clinictime::now().addDays(-7), clinictime::now())) {
        for (const GroupSession &s : *week) {
            if (s.status == GroupSession::Status::Held) {
                sessionId = s.id;
                sessionGroup = s.groupId;
            }
        }
    }
    if (sessionId != 0 && wanted("group_session")) {
        const double session = medianMs(runs, [&] {
            // As the session dialog reads it: one screen, one audit record.
            const AuditLog::ReadScope screen(*journal, QStringLiteral("opened a group session"));
            (void)groups.session(sessionId);
            (void)groups.group(sessionGroup);
            (void)groups.members(sessionGroup);
        });
        const QString sid = QString::number(sessionId);
        const QString gid = QString::number(sessionGroup);
        const FloorTimes sessionFloor = sqlite ? floorsOf([&] {
            floor.rows("SELECT s.*, g.name FROM group_session s JOIN therapy_group g ON g.id = s.group_id WHERE s.id = ?1", {sid});
            floor.rows("SELECT * FROM therapy_group WHERE id = ?1", {gid});
            floor.rows("SELECT * FROM group_leader WHERE group_id = ?1", {gid});
            floor.rows("SELECT a.*, p.given_names, p.family_name FROM attendance a JOIN patient p ON p.id = a.patient_id "
                       "WHERE a.session_id = ?1", {sid});
            floor.rows("SELECT m.*, p.given_names, p.family_name FROM group_member m JOIN patient p ON p.id = m.patient_id "
                       "WHERE m.group_id = ?1", {gid});
        }) : FloorTimes{};
        measures.append({QStringLiteral("group_session"), session, sessionFloor, QStringLiteral("one held session with its members")});
    }

    // The calendar week and the bed board.
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QDateTime weekStart = clinictime::at(monday, QTime(0, 0)).toUTC();
    const double calendar = !wanted("calendar_week") ? 0 : medianMs(runs, [&] { (void)CalendarStore(*journal).between(weekStart, weekStart.addDays(7)); });
    const QString from = QString::number(clinictime::toStorage(weekStart));
    const QString to = QString::number(clinictime::toStorage(weekStart.addDays(7)));
    const QString firstDay = clinictime::dateToStorage(monday.addDays(-1));
    const QString lastDay = clinictime::dateToStorage(monday.addDays(8));
    const QString gatheringsEnd = clinictime::dateToStorage(monday.addDays(8 + BuiltinPrograms::gatheringDays));
    const QString staysStart = clinictime::dateToStorage(monday.addDays(-1 - BuiltinPrograms::familyProgramDays));
    const FloorTimes calendarFloor = sqlite ? floorsOf([&] {
        floor.rows("SELECT s.*, g.name FROM group_session s JOIN therapy_group g ON g.id = s.group_id "
                   "WHERE s.starts_at >= ?1 AND s.starts_at < ?2", {from, to});
        floor.rows("SELECT * FROM appointment WHERE starts_at >= ?1 AND starts_at < ?2", {from, to});
        floor.rows("SELECT * FROM outing WHERE starts_at >= ?1 AND starts_at < ?2", {from, to});
        // Who leads and who takes part, and what is in the calendar without blocking it.
        floor.rows("SELECT l.staff_name, m.patient_id FROM group_session s JOIN group_leader l ON l.group_id = s.group_id "
                   "JOIN group_member m ON m.group_id = s.group_id AND m.status = 'active' WHERE s.starts_at >= ?1 AND s.starts_at < ?2",
                   {from, to});
        floor.rows("SELECT e.staff_name, p.patient_id FROM outing o JOIN outing_escort e ON e.outing_id = o.id "
                   "JOIN outing_participant p ON p.outing_id = o.id WHERE o.starts_at >= ?1 AND o.starts_at < ?2", {from, to});
        // A gathering lasts 3 days and a family stay 5 (BuiltinPrograms), as the calendar bounds them.
        floor.rows("SELECT ph.id, ph.name, e.patient_id, ph.planned_start, ph.planned_end FROM phase ph JOIN episode e ON e.id = ph.episode_id "
                   "WHERE ph.kind = 'gathering' AND ph.status IN ('planned', 'active', 'completed') AND ph.planned_start < ?2 AND ph.planned_end > ?1 "
                   "AND ph.planned_end < ?3",
                   {firstDay, lastDay, gatheringsEnd});
        floor.rows("SELECT id, start_date, end_date FROM family_stay WHERE start_date < ?2 AND start_date > ?3 AND end_date > ?1",
                   {firstDay, lastDay, staysStart});
        floor.rows("SELECT s.id, s.start_date, s.patient_id, b.room, b.label FROM bed_stay s JOIN bed b ON b.id = s.bed_id "
                   "WHERE s.start_date >= ?1 AND s.start_date < ?2", {firstDay, lastDay});
    }) : FloorTimes{};
    measures.append({QStringLiteral("calendar_week"), calendar, calendarFloor, QStringLiteral("the whole clinic")});
    const double beds = !wanted("bed_board") ? 0 : medianMs(runs, [&] { (void)BedStore(*journal).board(today); });
    const FloorTimes bedsFloor = sqlite ? floorsOf([&] {
        floor.rows("SELECT * FROM bed ORDER BY site, room, label");
        floor.rows("SELECT s.*, p.given_names, p.family_name FROM bed_stay s JOIN patient p ON p.id = s.patient_id "
                   "WHERE s.end_date > ?1", {day});
    }) : FloorTimes{};
    measures.append({QStringLiteral("bed_board"), beds, bedsFloor, QStringLiteral("every bed today")});

    struct rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    const double peakMb = double(usage.ru_maxrss) / 1024.0;

    QJsonArray json;
    for (const Measure &m : std::as_const(measures)) {
        if (!wanted(m.name.toLatin1().constData()))
            continue;
        const double ratio = m.floor.bare > 0 ? m.median / m.floor.bare : 0;
        const double qtRatio = m.floor.qt > 0 ? m.median / m.floor.qt : 0;
        out << m.name << ' ' << QString::number(m.median, 'f', 3) << ' ' << QString::number(m.floor.bare, 'f', 3) << ' '
            << QString::number(ratio, 'f', 2) << ' ' << QString::number(m.floor.qt, 'f', 3) << ' ' << QString::number(qtRatio, 'f', 2)
            << Qt::endl;
        err << "  " << m.name << ": " << m.note << Qt::endl;
        json.append(QJsonObject{{QStringLiteral("name"), m.name}, {QStringLiteral("median_ms"), m.median},
                                {QStringLiteral("floor_ms"), m.floor.bare}, {QStringLiteral("ratio"), ratio},
                                {QStringLiteral("qt_floor_ms"), m.floor.qt}, {QStringLiteral("qt_ratio"), qtRatio},
                                {QStringLiteral("note"), m.note}});
    }
    out << "peak_rss_mb " << QString::number(peakMb, 'f', 1) << Qt::endl;
    if (parser.isSet(jsonOption)) {
        QFile file(parser.value(jsonOption));
        if (!file.open(QIODevice::WriteOnly)) {
            err << "cannot write " << file.fileName() << ": " << file.errorString() << Qt::endl;
            return 2;
        }
        file.write(QJsonDocument(QJsonObject{{QStringLiteral("journal"), journal->location().display()},
                                             {QStringLiteral("runs"), runs},
                                             {QStringLiteral("peak_rss_mb"), peakMb},
                                             {QStringLiteral("measures"), json}})
                       .toJson());
    }
    return 0;
}
