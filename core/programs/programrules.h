#pragma once

#include "common/result.h"
#include "groups/grouprules.h"
#include "programs/episode.h"
#include "programs/programtemplate.h"
#include "programs/coercionbasis.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace trinn {

/// The rules of the five services. Each returns allow, or deny with a reason
/// that names the facts; an allowed decision may carry a note for the user.
class ProgramRules
{
    Q_DECLARE_TR_FUNCTIONS(ProgramRules)
public:
    /// A phase's planned or actual length against its limits ("Phase 1 cannot
    /// exceed 6 months: planned end 14.09.2027 is 6 months and 3 days after admission").
    static Decision phaseLength(const Phase &phase, QDate start, QDate end);

    /// A template's phase: its planned length within its own limits, in days
    /// and in months ("Phase 1: the planned length (300 days) is longer than
    /// 6 months (at most 181 days from some days of the year).").
    static Decision templatePhase(const PhaseTemplate &phase);

    /// Completing a phase on `day`: its lived length within its limit in months
    /// ("Phase 1 cannot exceed 6 months: completed on 24.07.2027 it would be
    /// 6 months and 13 days after admission (11.01.2027).").
    static Decision canCompletePhase(const Phase &phase, QDate day);

    /// A phase may start when every earlier phase of the episode is completed
    /// or skipped; admission to residential care needs detox finished.
    static Decision canStartPhase(const Episode &episode, const Phase &phase, QDate day);

    /// Enrolment in a program with a capacity, a prerequisite and criteria
    /// (the LAR courses): "MBRP is full (12 of 12)", "Trauma group level 2
    /// needs Trauma group level 1 completed", an exclusion met, an inclusion unmet.
    /// A course's places belong to one run of it (a cohort, known by the day
    /// it starts): `facts.enrolled` counts that run only, and a refusal names
    /// it ("MBRP from 08.03.2027 is full (12 of 12).").
    using CourseFacts = trinn::CourseFacts;
    static Decision canEnrolInCourse(const ProgramTemplate &program, const CourseFacts &facts, QDate runStart = {});

    /// Who a program is for: its age (the services are for adults), and for
    /// the LAR group offers a patient in LAR now with an individual
    /// therapist on the care team ("MBRP is for patients in LAR: Kari
    /// Nordmann has no opioid agonist prescribed now.").
    struct PatientFacts
    {
        QString name;
        int age = -1; // -1: not known
        bool inLar = false;
        bool hasIndividualTherapist = false;
    };
    static Decision canEnrolPatient(const ProgramTemplate &program, const PatientFacts &patient);

    /// Programs that are alternatives, not additions: the evening and the
    /// full-time program (one or the other), and residential care in one
    /// program at a time (no two stays overlapping). `others` are the
    /// patient's open episodes with the service of each one's program.
    static Decision canEnrolBeside(const ProgramTemplate &program, const QList<Phase> &planned,
                                   const QList<std::pair<Episode, QString>> &others);

    /// Leaders of a course: "MBRP needs 2–3 leaders (1 set)".
    static Decision leaders(const ProgramTemplate &program, int leaderCount);
    static CourseLimits limitsOf(const ProgramTemplate &program);

    /// A stabilization stay lasts more than 3 days and is only for patients
    /// abstinent since Phase 1: "… positive test on 03.02.2027".
    static Decision canStartStabilization(QDate phase1End, const QList<QDate> &positiveTests, QDate start, QDate end);

    /// Relapse treatment is for patients in or after Phase 2.
    static Decision canStartRelapseTreatment(const QList<Episode> &episodes, QDate day);

    /// Suggested relapse treatment length in days from the time sober before
    /// the relapse and whether it was serious (e.g. overdose, violence, no home),
    /// with the reasoning in words.
    struct RelapseLength
    {
        int days = 0;
        QString reasoning;
    };
    static RelapseLength relapseLength(int soberDays, bool seriousCircumstances);

    /// The planned end of a relapse stay of the assessed length, from the
    /// stay's first day, within the phase's limits; denied with the limit.
    static Decision relapseStay(const Phase &stay, int assessedDays, QDate *plannedEnd);

    /// The family program (5 days) is for relatives of a patient who is
    /// admitted for the whole of it.
    static Decision canPlanFamilyProgram(const QList<Episode> &episodes, QDate start, QDate end);

    /// Phase 2 gatherings usually fall within the first year after discharge
    /// from Phase 1; a later one needs its reason, which the allowed decision
    /// carries to be shown ("Later than the first year after discharge: …").
    static Decision canPlanGathering(QDate discharge, QDate start, QDate end, int gatheringsPlanned,
                                     const QString &reason = {});

    /// Coercion names its legal basis (§ 10-2, § 10-3 or § 10-4 of
    /// helse- og omsorgstjenesteloven), the body that decides on that basis
    /// (the county board for § 10-2 and § 10-3, the institution on the
    /// patient's own consent for § 10-4) and how long it lasts, within the
    /// basis's limit: "§ 10-2 allows at most 3 months: 01.02.2027 to 01.02.2028 is 12 months."
    static Decision coercionRecord(const QString &legalBasis, const QString &decidedBy, QDate decidedOn, QDate validUntil);

    /// Municipal day treatment: at least 3 days a week and 4–5 hours a day; a
    /// day shorter than 4 hours is named and does not count.
    struct DayTreatmentCheck
    {
        int daysAttended = 0;
        QStringList problems;
    };
    /// Day treatment completes after its 100 days; earlier only with the reason.
    static Decision canCompleteDayTreatment(int daysAttended, const QString &reason);
    static DayTreatmentCheck dayTreatment(const QList<std::pair<QDate, int>> &dayMinutes, QDate from, QDate to);

    /// "6 months and 3 days": how far `to` lies after `from`.
    static QString monthsAndDays(QDate from, QDate to);
};

} // namespace trinn
