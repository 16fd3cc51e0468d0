#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace trinn {
class Journal;
}

namespace trinn::test {

/// `count` new patients (given name "Pasient", family names `family` + A, B,
/// …) in the residential program, discharged from Phase 1 on `discharge`:
/// their six Phase 2 gatherings are planned from that day, so all fall on
/// the same days. Returns their episodes, in order.
QList<std::pair<qint64, qint64>> inPhase2(Journal &journal, int count, QDate discharge, const QString &family, int seed);

/// Enrols `patientId` in the residential program on `admitted`, lives
/// through whatever comes before Phase 1 and starts Phase 1 that day.
/// Returns the episode and its Phase 1.
std::pair<qint64, qint64> admittedToPhase1(Journal &journal, qint64 patientId, QDate admitted);

/// The first day of an episode's gathering `code` ("gathering-1").
QDate gatheringStart(Journal &journal, qint64 episodeId, const QString &code);

} // namespace trinn::test
