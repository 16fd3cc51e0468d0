#pragma once

#include "programs/programtemplate.h"

#include <QCoreApplication>

namespace trinn {

/// The program templates every journal starts with, one or more per service
/// of the design brief. Stored in the journal on creation; an administrator
/// may edit them there afterwards.
class BuiltinPrograms
{
    Q_DECLARE_TR_FUNCTIONS(BuiltinPrograms)
public:
    static QList<ProgramTemplate> all();

    // Codes the rules and the demo clinic refer to.
    static inline const QString residential = QStringLiteral("residential-12-step");
    static inline const QString stabilization = QStringLiteral("stabilization-stay");
    static inline const QString relapse = QStringLiteral("relapse-treatment");
    static inline const QString evening = QStringLiteral("evening-program");
    static inline const QString fullTime = QStringLiteral("full-time-program");
    static inline const QString specialist = QStringLiteral("specialist-pathway");
    static inline const QString traumaLevel1 = QStringLiteral("lar-trauma-1");
    static inline const QString traumaLevel2 = QStringLiteral("lar-trauma-2");
    static inline const QString mbrp = QStringLiteral("lar-mbrp");
    static inline const QString municipalDay = QStringLiteral("municipal-day-treatment");

    /// Phase 2 gatherings of the residential clinic: six of three days.
    static constexpr int phase2Gatherings = 6;
    static constexpr int gatheringDays = 3;
    /// The family program lasts five days and nights.
    static constexpr int familyProgramDays = 5;
    /// Municipal day treatment: 100 days, at least 3 a week, 4–5 hours a day.
    static constexpr int dayTreatmentDays = 100;
    static constexpr int dayTreatmentMinDaysPerWeek = 3;
    static constexpr int dayTreatmentMinMinutes = 4 * 60;
    static constexpr int dayTreatmentMaxMinutes = 5 * 60;
};

} // namespace trinn
