// The five services as the seeds describe them (issue 16, "Rules and
// templates that disagree with the seeds"): each case uses the seed's
// numbers and failed on the behaviour before its fix.

#include "support/testjournals.h"

#include "programs/builtinprograms.h"
#include "storage/carerecordstore.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"
#include "storage/programstore.h"

using namespace trinn;

namespace {

qint64 addPatient(Journal &journal, int n, QDate born = QDate(1975, 1, 1))
{
    const QDate birth = born.addDays(n * 41);
    for (int serial = 100 + n * 3; serial < 999; ++serial) {
        const auto id = NationalId::make(birth, serial, NationalId::Kind::BirthNumber, true);
        if (!id)
            continue;
        NewPatient p;
        p.nationalId = id->digits();
        p.givenNames = QStringLiteral("Pasient%1").arg(n);
        p.familyName = QStringLiteral("Seed");
        const Result<qint64> added = PatientStore(journal).add(p);
        INFO(added.error().toStdString());
        REQUIRE(added.ok());
        return *added;
    }
    FAIL("no national id");
    return 0;
}

EpisodeStore::Enrolment enrolment(qint64 patient, const QString &program, QDate start,
                                  const QStringList &optional = {}, const QList<std::pair<QString, bool>> &assessment = {})
{
    EpisodeStore::Enrolment e;
    e.patientId = patient;
    e.program = program;
    e.start = start;
    e.optionalPhases = optional;
    e.assessment = assessment;
    return e;
}

qint64 enrol(EpisodeStore &episodes, const EpisodeStore::Enrolment &e)
{
    const Result<qint64> id = episodes.enrol(e);
    INFO(id.error().toStdString());
    REQUIRE(id.ok());
    return *id;
}

qint64 phaseId(EpisodeStore &episodes, qint64 episodeId, const QString &code)
{
    const Result<Episode> e = episodes.episode(episodeId);
    REQUIRE(e.ok());
    const Phase *p = e->phaseByCode(code);
    REQUIRE(p);
    return p->id;
}

void ok(const Status &status)
{
    INFO(status.error().toStdString());
    REQUIRE(status.ok());
}

// Every criterion of a course assessed as the patient fits it.
QList<std::pair<QString, bool>> fits(Journal &journal, const QString &code)
{
    QList<std::pair<QString, bool>> assessment;
    const auto program = ProgramStore(journal).find(code);
    REQUIRE(program.ok());
    for (const Criterion &c : program->criteria)
        assessment.append({c.text, c.kind == Criterion::Kind::Inclusion});
    return assessment;
}

} // namespace

TEST_CASE("Seed 11: each MBRP cohort has its own 12 places", "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const QDate first(2027, 1, 11);
    const QDate second = first.addDays(8 * 7); // the next cohort, after the 8 weeks of the first
    for (int i = 0; i < 12; ++i)
        enrol(episodes, enrolment(addPatient(*journal, i), BuiltinPrograms::mbrp, first, {}, fits(*journal, BuiltinPrograms::mbrp)));
    const qint64 late = addPatient(*journal, 20);
    CHECK(episodes.enrol(enrolment(late, BuiltinPrograms::mbrp, first, {}, fits(*journal, BuiltinPrograms::mbrp))).error()
          == QStringLiteral("MBRP from 11.01.2027 is full (12 of 12)."));
    // The first cohort still runs; the next one has its own places.
    for (int i = 0; i < 12; ++i)
        enrol(episodes, enrolment(addPatient(*journal, 30 + i), BuiltinPrograms::mbrp, second, {}, fits(*journal, BuiltinPrograms::mbrp)));
    CHECK(episodes.enrol(enrolment(late, BuiltinPrograms::mbrp, second, {}, fits(*journal, BuiltinPrograms::mbrp))).error()
          == QStringLiteral("MBRP from 08.03.2027 is full (12 of 12)."));
}

TEST_CASE("Seed 8: the evening and the full-time program are alternatives, and one residential stay at a time",
          "[storage][programs][seed]")
{
    std::unique_ptr<Journal> journal = test::createJournal(TRINN_BOTH_BACKENDS());
    EpisodeStore episodes(*journal);
    const QDate start(2027, 1, 4);
    const qint64 kari = addPatient(*journal, 1);
    enrol(episodes, enrolment(kari, BuiltinPrograms::evening, start));
    CHECK_THAT(episodes.enrol(enrolment(kari, BuiltinPrograms::fullTime, start.addDays(7))).error().toStdString(),
               Catch::Contains("are alternatives") && Catch::Contains("Evening program (from 04.01.2027)"));

    // Phase 1 of 84 days from 04.01.2027; the specialist pathway's stay would overlap it.
    const qint64 ola = addPatient(*journal, 2);
    enrol(episodes, enrolment(ola, BuiltinPrograms::residential, start));
    CHECK_THAT(episodes.enrol(enrolment(ola, BuiltinPrograms::specialist, start.addDays(14))).error().toStdString(),
               Catch::Contains("one residential program at a time") && Catch::Contains("Phase 1 in Residential 12-step treatment"));
    CHECK_THAT(episodes.enrol(enrolment(ola, BuiltinPrograms::fullTime, start.addDays(28))).error().toStdString(),
               Catch::Contains("one residential program at a time"));
    // After Phase 1 (29.03.2027) a stay in another program does not overlap it.
    enrol(episodes, enrolment(ola, BuiltinPrograms::evening, start.addDays(90)));
}
