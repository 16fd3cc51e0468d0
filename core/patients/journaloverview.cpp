#include "journaloverview.h"
#include "common/journalwords.h"

#include "access/gate.h"
#include "common/clinictime.h"
#include "groups/grouprules.h"
#include "journal/note.h"
#include "storage/episodestore.h"
#include "storage/postgresroles.h"
#include "storage/sqlvalues.h"
#include "storage/substanceteststore.h"
#include "storage/teststoredcodes.h"
#include "testing/testingschedule.h"
#include "testing/testinterpretation.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

using namespace Qt::StringLiterals;
using trinn::teststored::Column;

namespace trinn {
namespace {

using Data = AccessPolicy::Data;
using Item = JournalOverview::Item;
using Warning = JournalOverview::Warning;

bool soonestFirst(const Item &a, const Item &b)
{
    return a.when < b.when;
}

// Days of the last week on which an ongoing phase wanted a test and none was
// taken: residential phases every day, phases at home by the program's schedule.
Result<int> missedTests(const Scope &scope, qint64 patientId, const QList<Episode> &open, QDate today,
                        QList<Warning> &warnings)
{
    const QDate from = today.addDays(-JournalOverviewReader::missedTestDays);
    QList<std::pair<const Episode *, const Phase *>> tested;
    for (const Episode &e : open) {
        for (const Phase &p : e.phases) {
            if (p.status == Phase::Status::Active && (p.residential || TestingSchedule::scheduledPhaseKinds().contains(p.kind)))
                tested.append({&e, &p});
        }
    }
    if (tested.isEmpty())
        return 0;
    Result<QByteArray> secret = SubstanceTestStore(scope.journal()).secret();
    if (!secret)
        return Error{secret.error()};
    Result<QSqlQuery> days = scope.run(u"SELECT DISTINCT sample_day FROM substance_test WHERE patient_id = ? AND sample_day >= ? "
                                       "AND sample_day < ?"_s,
                                       {patientId, teststored::day(from), teststored::day(today)});
    if (!days)
        return Error{days.error()};
    QSet<QDate> sampled;
    while (days->next())
        sampled.insert(teststored::dayFrom(days->value(0).toLongLong()));
    days->finish();
    QSet<QDate> missed;
    for (const auto &[episode, phase] : std::as_const(tested)) {
        TestingSchedule schedule;
        if (!phase->residential) {
            Result<QSqlQuery> testing = scope.run(u"SELECT testing FROM program_template WHERE id = ?"_s, {episode->programId});
            if (!testing)
                return Error{testing.error()};
            if (testing->next()) {
                if (Result<TestingSchedule> parsed = TestingSchedule::parse(testing->value(0).toString()))
                    schedule = *parsed;
            }
        }
        for (QDate day = std::max(from, phase->start()); day < today; day = day.addDays(1)) {
            if (!sampled.contains(day) && (phase->residential || schedule.isTestDay(*secret, episode->id, day)))
                missed.insert(day);
        }
    }
    if (!missed.isEmpty()) {
        const QDate last = *std::max_element(missed.cbegin(), missed.cend());
        warnings.append({Warning::Kind::Missed,
                         JournalOverviewReader::tr("%n test day(s) without a test in the last %1 days, the last on %2.", nullptr,
                                                   int(missed.size()))
                             .arg(JournalOverviewReader::missedTestDays)
                             .arg(clinictime::formatDate(last))});
    }
    return int(missed.size());
}

} // namespace

// Each part is read by its own door (programs, medication, tests, groups,
// notes) nested in the one visit to the patient, so the access policy is
// asked for each and the overview is audited once. A part the role may not
// see is left out and named in `hidden`, without a refusal on record.
Result<JournalOverview> JournalOverviewReader::read(qint64 patientId, const QDateTime &now) const
{
    const PatientRef patient = PatientRef::patient(patientId);
    const QDate today = clinictime::local(now).date();
    const qint64 nowMs = clinictime::toStorage(now);
    const auto may = [&](Data data) { return bool(Gate::decide(m_journal, data, AccessPolicy::Action::Read, patient)); };

    return Gate::read(m_journal, Data::Patient, patient, u"the journal overview"_s,
                      [&](Scope &scope) -> Result<JournalOverview> {
        JournalOverview o;
        Result<QSqlQuery> person = scope.run(u"SELECT given_names, family_name FROM patient WHERE id = ?"_s, {patientId});
        if (!person)
            return Error{person.error()};
        if (!person->next())
            return Error{tr("There is no patient number %1 in this journal.").arg(patientId)};
        const QString patientName = person->value(0).toString() + u' ' + person->value(1).toString();
        person->finish();

        // The care team, with each member's roles.
        Result<QSqlQuery> team = scope.run(
            u"SELECT s.full_name, s.roles FROM care_team c JOIN staff s ON s.id = c.staff_id "
            "WHERE c.patient_id = ? ORDER BY s.full_name LIMIT ?"_s, {patientId, careTeamRows});
        if (!team)
            return Error{team.error()};
        while (team->next()) {
            QStringList roles;
            for (const QString &code : team->value(1).toString().split(u',', Qt::SkipEmptyParts)) {
                if (const auto role = AccessPolicy::roleFromCode(code))
                    roles << AccessPolicy::roleName(*role);
            }
            o.careTeam << (roles.isEmpty() ? team->value(0).toString()
                                           : tr("%1 (%2)").arg(team->value(0).toString(), roles.join(u", "_s)));
        }
        team->finish();

        // Individual appointments to come.
        Result<QSqlQuery> appointments = scope.run(
            u"SELECT starts_at, minutes, staff_name, room FROM appointment "
            "WHERE patient_id = ? AND starts_at >= ? AND status <> 'cancelled' ORDER BY starts_at LIMIT ?"_s,
            {patientId, nowMs, upcomingRows});
        if (!appointments)
            return Error{appointments.error()};
        while (appointments->next()) {
            const QString room = appointments->value(3).toString();
            o.upcoming.append({clinictime::fromStorage(appointments->value(0).toLongLong()),
                               tr("Individual session with %1").arg(appointments->value(2).toString()),
                               room.isEmpty() ? tr("%n minutes", nullptr, appointments->value(1).toInt())
                                              : tr("%n minutes, room %1", nullptr, appointments->value(1).toInt()).arg(room)});
        }
        appointments->finish();

        // Where the patient is in the program, the next planned phase, and deadlines.
        QList<Episode> open;
        if (may(Data::Programs)) {
            Result<QList<Episode>> episodes = EpisodeStore(m_journal).episodesOf(patientId);
            if (!episodes)
                return Error{episodes.error()};
            QStringList current;
            for (const Episode &e : std::as_const(*episodes)) {
                if (e.isOpen())
                    open << e;
                if (!e.isOpen())
                    continue;
                const Phase *phase = e.currentPhase(today);
                if (!phase)
                    current << e.programName;
                else if (phase->status == Phase::Status::Active)
                    current << tr("%1 · %2, day %3 of %4")
                                   .arg(e.programName, phase->name)
                                   .arg(phase->start().daysTo(today) + 1)
                                   .arg(phase->start().daysTo(phase->plannedEnd));
                else
                    current << tr("%1 · %2 planned from %3")
                                   .arg(e.programName, phase->name, clinictime::formatDate(phase->plannedStart));
                bool nextShown = false;
                for (const Phase &p : e.phases) {
                    if (p.status == Phase::Status::Active && p.plannedEnd.isValid()) {
                        const qint64 left = today.daysTo(p.plannedEnd);
                        if (left < 0)
                            o.warnings.append({Warning::Kind::Deadline,
                                               tr("%1 was planned to end %2, %n day(s) ago.", nullptr, int(-left))
                                                   .arg(p.name, clinictime::formatDate(p.plannedEnd))});
                        else if (left <= deadlineDays)
                            o.warnings.append({Warning::Kind::Deadline,
                                               tr("%1 ends %2, in %n day(s).", nullptr, int(left))
                                                   .arg(p.name, clinictime::formatDate(p.plannedEnd))});
                    } else if (p.status == Phase::Status::Planned && !nextShown && p.plannedStart >= today) {
                        nextShown = true;
                        o.upcoming.append({clinictime::at(p.plannedStart, QTime(8, 0)), tr("%1: %2").arg(e.programName, p.name),
                                           tr("planned %1–%2").arg(clinictime::formatDate(p.plannedStart),
                                                                    clinictime::formatDate(p.plannedEnd))});
                    }
                }
                Result<QList<EpisodeStore::FollowUpRecord>> calls = EpisodeStore(m_journal).followUps(e.id);
                if (!calls)
                    return Error{calls.error()};
                for (const auto &call : std::as_const(*calls)) {
                    if (call.doneOn.isValid() || !call.plannedOn.isValid() || today.daysTo(call.plannedOn) > deadlineDays)
                        continue;
                    const QString what = call.kind == u"phone"_s ? tr("Follow-up phone call") : tr("Follow-up letter");
                    o.warnings.append({Warning::Kind::Deadline, call.plannedOn < today
                                           ? tr("%1 was due %2 and is not recorded.").arg(what, clinictime::formatDate(call.plannedOn))
                                           : tr("%1 is due %2.").arg(what, clinictime::formatDate(call.plannedOn))});
                }
            }
            o.program = current.join(u"; "_s);
        } else {
            o.hidden << AccessPolicy::dataName(Data::Programs);
        }

        // Current medication, newest first.
        if (may(Data::Medication)) {
            Result<int> read = Gate::read(m_journal, Data::Medication, patient, u"current medication"_s, [&](Scope &s) -> Result<int> {
                const QVariant day = sqlvalues::date(today);
                Result<QSqlQuery> rows = s.run(
                    u"SELECT drug, dose, start_date, prescriber FROM medication WHERE patient_id = ? AND start_date <= ? "
                    "AND (stop_date IS NULL OR stop_date >= ?) ORDER BY start_date DESC, id DESC LIMIT ?"_s,
                    {patientId, day, day, medicationRows});
                if (!rows)
                    return Error{rows.error()};
                while (rows->next()) {
                    const QString prescriber = rows->value(3).toString();
                    const QString since = tr("since %1").arg(clinictime::formatDate(sqlvalues::dateOf(rows->value(2))));
                    o.medication.append({clinictime::at(sqlvalues::dateOf(rows->value(2)), QTime(8, 0)),
                                         tr("%1 %2").arg(journalwords::drug(rows->value(0).toString()), rows->value(1).toString()).trimmed(),
                                         prescriber.isEmpty() ? since : tr("%1, prescribed by %2").arg(since, prescriber)});
                }
                return int(o.medication.size());
            });
            if (!read)
                return Error{read.error()};
        } else {
            o.hidden << AccessPolicy::dataName(Data::Medication);
        }

        // The last tests with their trend, and what the last weeks' tests warn of.
        if (may(Data::Tests)) {
            Result<QList<SubstanceTest>> last = SubstanceTestStore(m_journal).history(patientId, testRows);
            if (!last)
                return Error{last.error()};
            for (const SubstanceTest &t : std::as_const(*last)) {
                QStringList positives;
                for (const AnalyteResult &r : t.results) {
                    if (r.countsAsPositive()) {
                        const std::optional<Analytes::Info> analyte = Analytes::find(r.analyte);
                        positives << (analyte ? analyte->name : r.analyte);
                    }
                }
                QString detail = SubstanceTest::sampleTypeName(t.sampleType);
                if (!positives.isEmpty())
                    detail = tr("%1: %2").arg(detail, positives.join(u", "_s));
                else if (t.refused && !t.refusalReason.isEmpty())
                    detail = tr("%1: %2").arg(detail, journalwords::refusal(t.refusalReason));
                o.tests.append({t.sampledAt, TestInterpretation::outcomeName(TestInterpretation::outcomeFromCode(t.outcome)), detail});
                o.testOutcomes << t.outcome;
            }
            if (!last->isEmpty()) {
                // The trend: how many of the newest tests in a row share the newest one's outcome.
                int run = 0;
                while (run < o.testOutcomes.size() && o.testOutcomes.at(run) == o.testOutcomes.constFirst())
                    ++run;
                if (run == 1 && o.tests.size() > 1)
                    o.testTrend = tr("Now %1; the test before: %2").arg(o.tests.at(0).title, o.tests.at(1).title);
                else
                    o.testTrend = tr("The last %n test(s) in a row: %1, since %2", nullptr, run)
                                      .arg(o.tests.constFirst().title,
                                           clinictime::formatDate(clinictime::local(o.tests.at(run - 1).when).date()));
            }
            Result<int> counted = Gate::read(m_journal, Data::Tests, patient, u"test warnings"_s, [&](Scope &s) -> Result<int> {
                Result<QSqlQuery> rows = s.run(
                    u"SELECT outcome, COUNT(*), MAX(sampled_at) FROM substance_test WHERE patient_id = ? AND is_current = 1 "
                    "AND sampled_at >= ? AND outcome IN (?, ?, ?) GROUP BY outcome ORDER BY outcome"_s,
                    QVariantList{patientId, clinictime::toStorage(now.addDays(-warningDays))}
                        + teststored::numbers(Column::Outcome, {u"positive", u"missing", u"refused"}));
                if (!rows)
                    return Error{rows.error()};
                while (rows->next()) {
                    const QString outcome = teststored::code(Column::Outcome, rows->value(0).toLongLong());
                    const int count = rows->value(1).toInt();
                    const QString lastOn = clinictime::formatDate(clinictime::fromStorage(rows->value(2).toLongLong()).date());
                    if (outcome == u"positive"_s)
                        o.warnings.append({Warning::Kind::Positive,
                                           tr("%n positive test(s) in the last %1 days, the last on %2.", nullptr, count)
                                               .arg(warningDays).arg(lastOn)});
                    else if (outcome == u"missing"_s)
                        o.warnings.append({Warning::Kind::Positive,
                                           tr("%n test(s) without the expected medication in the last %1 days, the last on %2.",
                                              nullptr, count).arg(warningDays).arg(lastOn)});
                    else
                        o.warnings.append({Warning::Kind::Missed,
                                           tr("%n test(s) refused in the last %1 days, the last on %2.", nullptr, count)
                                               .arg(warningDays).arg(lastOn)});
                }
                rows->finish();
                return missedTests(s, patientId, open, today, o.warnings);
            });
            if (!counted)
                return Error{counted.error()};
        } else {
            o.hidden << AccessPolicy::dataName(Data::Tests);
        }

        // Group sessions to come and absences past a group's limit.
        if (may(Data::Groups)) {
            Result<int> groups = Gate::read(m_journal, Data::Groups, patient, u"groups"_s, [&](Scope &s) -> Result<int> {
                Result<QSqlQuery> sessions = s.run(
                    u"SELECT s.starts_at, s.minutes, g.name, s.room FROM group_member m "
                    "JOIN therapy_group g ON g.id = m.group_id JOIN group_session s ON s.group_id = m.group_id "
                    "WHERE m.patient_id = ? AND m.status = 'active' AND s.status = 'planned' AND s.starts_at >= ? "
                    "ORDER BY s.starts_at LIMIT ?"_s, {patientId, nowMs, upcomingRows});
                if (!sessions)
                    return Error{sessions.error()};
                while (sessions->next()) {
                    const QString room = sessions->value(3).toString();
                    o.upcoming.append({clinictime::fromStorage(sessions->value(0).toLongLong()), sessions->value(2).toString(),
                                       room.isEmpty() ? tr("%n minutes", nullptr, sessions->value(1).toInt())
                                                      : tr("%n minutes, room %1", nullptr, sessions->value(1).toInt()).arg(room)});
                }
                sessions->finish();
                Result<QSqlQuery> absences = s.run(
                    u"SELECT g.name, g.max_absences, COUNT(*) FROM group_member m JOIN therapy_group g ON g.id = m.group_id "
                    "JOIN attendance a ON a.patient_id = m.patient_id JOIN group_session s ON s.id = a.session_id AND s.group_id = m.group_id "
                    "WHERE m.patient_id = ? AND m.status = 'active' AND a.status IN ('absent', 'absent-notice') "
                    "GROUP BY g.id, g.name, g.max_absences ORDER BY g.name"_s, {patientId});
                if (!absences)
                    return Error{absences.error()};
                while (absences->next()) {
                    TherapyGroup group;
                    group.name = absences->value(0).toString();
                    group.maxAbsences = absences->value(1).toInt();
                    if (Decision within = GroupRules::absences(group, patientName, absences->value(2).toInt()); !within)
                        o.warnings.append({Warning::Kind::Absences, within.reason});
                }
                return 0;
            });
            if (!groups)
                return Error{groups.error()};
        } else {
            o.hidden << AccessPolicy::dataName(Data::Groups);
        }
        std::stable_sort(o.upcoming.begin(), o.upcoming.end(), soonestFirst);
        if (o.upcoming.size() > upcomingRows)
            o.upcoming.resize(upcomingRows);

        // The latest notes with their current text: the newest few of each kind the role may read.
        struct Note { qint64 id; Item item; };
        QList<Note> notes;
        int drafts = 0;
        for (const Data data : {Data::CareNotes, Data::TherapyNotes}) {
            if (!may(data)) {
                o.hidden << AccessPolicy::dataName(data);
                continue;
            }
            QStringList types;
            for (const QString &code : NoteTypes::codes()) {
                if (NoteTypes::dataOf(code) == data)
                    types << code;
            }
            Result<int> read = Gate::read(m_journal, data, patient, AccessPolicy::dataName(data), [&](Scope &s) -> Result<int> {
                QVariantList bindings{patientId};
                for (const QString &t : std::as_const(types))
                    bindings << t;
                const QString ofTypes = u" AND note_type IN ("_s + sqlvalues::placeholders(types.size()) + u')';
                Result<QSqlQuery> rows = s.run(
                    u"SELECT id, note_type, author, created_at, signed_at, signed_by FROM journal_note "
                    "WHERE patient_id = ? AND discarded_at IS NULL"_s + ofTypes + u" ORDER BY created_at DESC, id DESC LIMIT ?"_s,
                    bindings + QVariantList{noteRows});
                if (!rows)
                    return Error{rows.error()};
                while (rows->next()) {
                    const bool isSigned = !rows->value(4).isNull();
                    const QString author = rows->value(2).toString();
                    const QString signer = rows->value(5).toString();
                    const QString state = !isSigned ? tr("draft") : signer == author ? tr("signed") : tr("signed by %1").arg(signer);
                    notes.append({rows->value(0).toLongLong(),
                                  {clinictime::fromStorage(rows->value(3).toLongLong()),
                                   tr("%1 · %2 · %3").arg(NoteTypes::name(rows->value(1).toString()), author, state),
                                   QString()}});
                }
                rows->finish();
                Result<QSqlQuery> open = s.run(
                    u"SELECT COUNT(*) FROM journal_note WHERE patient_id = ? AND discarded_at IS NULL AND signed_at IS NULL"_s + ofTypes,
                    bindings);
                if (!open)
                    return Error{open.error()};
                drafts += open->next() ? open->value(0).toInt() : 0;
                return 0;
            });
            if (!read)
                return Error{read.error()};
        }
        std::stable_sort(notes.begin(), notes.end(), [](const Note &a, const Note &b) { return a.item.when > b.item.when; });
        if (notes.size() > noteRows)
            notes.resize(noteRows);
        if (!notes.isEmpty()) {
            QList<qint64> ids;
            QHash<qint64, qsizetype> indexOf;
            for (qsizetype i = 0; i < notes.size(); ++i) {
                ids << notes.at(i).id;
                indexOf.insert(notes.at(i).id, i);
            }
            // The text of the shown notes only; on PostgreSQL through the server's audited function.
            Result<QSqlQuery> bodies = PostgresRoles::enforced(scope)
                ? scope.run(u"SELECT note_id, version, body FROM trinn_note_versions(CAST(? AS bigint[])) ORDER BY note_id, version"_s,
                            {sqlvalues::idArray(ids)})
                : scope.run(u"SELECT v.note_id, v.version, v.body FROM journal_note n JOIN note_version v "
                            "ON v.note_id = n.id AND v.version = n.current_version WHERE n.id IN ("_s
                                + sqlvalues::placeholders(ids.size()) + u')',
                            [&] { QVariantList b; for (qint64 id : ids) b << id; return b; }());
            if (!bodies)
                return Error{bodies.error()};
            while (bodies->next()) {
                const auto at = indexOf.constFind(bodies->value(0).toLongLong());
                if (at != indexOf.constEnd())
                    notes[*at].item.detail = bodies->value(2).toString(); // ordered by version: the newest wins
            }
        }
        for (const Note &n : std::as_const(notes))
            o.notes << n.item;
        if (drafts > 0)
            o.warnings.append({Warning::Kind::Draft, tr("%n note(s) not signed.", nullptr, drafts)});
        return o;
    });
}

} // namespace trinn
