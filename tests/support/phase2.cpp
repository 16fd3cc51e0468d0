#include "phase2.h"

#include "support/testjournals.h"

#include "patients/nationalid.h"
#include "programs/builtinprograms.h"
#include "storage/episodestore.h"
#include "storage/patientstore.h"

namespace trinn::test {

std::pair<qint64, qint64> admittedToPhase1(Journal &journal, qint64 patientId, QDate admitted)
{
    EpisodeStore episodes(journal);
    const Result<qint64> episode = episodes.enrol({patientId, BuiltinPrograms::residential, admitted, {}, {}});
    INFO(episode.error().toStdString());
    REQUIRE(episode.ok());
    const Result<Episode> e = episodes.episode(*episode);
    REQUIRE(e.ok());
    // Whatever comes before Phase 1 (an assessment) is lived through first.
    for (const Phase &before : e->phases) {
        if (before.kind == phasekind::residential)
            break;
        REQUIRE(episodes.startPhase(before.id, admitted.addDays(-3)).ok());
        REQUIRE(episodes.completePhase(before.id, admitted).ok());
    }
    const Phase *phase1 = e->phaseByKind(phasekind::residential);
    REQUIRE(phase1);
    REQUIRE(episodes.startPhase(phase1->id, admitted).ok());
    return {*episode, phase1->id};
}

QList<std::pair<qint64, qint64>> inPhase2(Journal &journal, int count, QDate discharge, const QString &family, int seed)
{
    EpisodeStore episodes(journal);
    QList<std::pair<qint64, qint64>> made;
    for (int n = 0; made.size() < count; ++n) {
        const auto id = NationalId::make(QDate(1960 + seed, 1, 1).addDays(n * 173), 100 + n, NationalId::Kind::BirthNumber, true);
        if (!id)
            continue;
        NewPatient p;
        p.nationalId = id->digits();
        p.givenNames = QStringLiteral("Pasient");
        p.familyName = family + QChar(char16_t(u'A' + made.size()));
        const Result<qint64> patient = PatientStore(journal).add(p);
        INFO(patient.error().toStdString());
        REQUIRE(patient.ok());
        const auto [episode, phase1] = admittedToPhase1(journal, *patient, discharge.addDays(-90));
        const Status done = episodes.completePhase(phase1, discharge);
        INFO(done.error().toStdString());
        REQUIRE(done.ok());
        made.append({*patient, episode});
    }
    return made;
}

QDate gatheringStart(Journal &journal, qint64 episodeId, const QString &code)
{
    const Result<Episode> e = EpisodeStore(journal).episode(episodeId);
    REQUIRE(e.ok());
    const Phase *g = e->phaseByCode(code);
    REQUIRE(g);
    return g->start();
}

} // namespace trinn::test
