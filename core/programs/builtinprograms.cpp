#include "builtinprograms.h"

namespace trinn {
namespace {

PhaseTemplate phase(const char *code, const QString &name, const QString &kind, int defaultDays, int minDays,
                    int maxDays, bool residential, bool optional, const QString &description)
{
    PhaseTemplate p;
    p.code = QString::fromLatin1(code);
    p.name = name;
    p.kind = kind;
    p.defaultDays = defaultDays;
    p.minDays = minDays;
    p.maxDays = maxDays;
    p.residential = residential;
    p.optional = optional;
    p.description = description;
    return p;
}

void number(ProgramTemplate &program)
{
    for (int i = 0; i < program.phases.size(); ++i)
        program.phases[i].position = i + 1;
}

} // namespace

QList<ProgramTemplate> BuiltinPrograms::all()
{
    QList<ProgramTemplate> programs;

    ProgramTemplate residentialClinic;
    residentialClinic.code = residential;
    residentialClinic.name = tr("Residential 12-step treatment");
    residentialClinic.service = service::residential;
    residentialClinic.description = tr("Detox finished before admission; Phase 1 residential (steps 1–4, intensive on "
                                       "weekdays, lighter at weekends), with tapering in it when needed, at the clinic "
                                       "when that is decided with the patient and the referrer; Phase 2 usually in the "
                                       "first year after discharge: six gatherings of three days with letters and phone "
                                       "calls between them. Goal: total abstinence.");
    residentialClinic.testing = QStringLiteral("daily");
    residentialClinic.phases = {
        phase("detox", tr("Detox"), phasekind::detox, 7, 1, 30, false, true,
              tr("Detox, finished before admission.")),
        phase("phase1", tr("Phase 1"), phasekind::residential, 84, 70, 0, true, false,
              tr("Residential treatment, usually 10–12 weeks, at most 6 months; steps 1–4.")),
        // Runs inside Phase 1 (planned from admission), so it never holds admission back.
        phase("tapering", tr("Tapering"), phasekind::tapering, 14, 1, 90, true, true,
              tr("Tapering in Phase 1 when needed: talks, medication, acupuncture, relaxation and vitamins, at the "
                 "clinic when decided with the patient and the referrer.")),
        phase("phase2", tr("Phase 2"), phasekind::phase2, 365, 1, 365, false, false,
              tr("Follow-up at home in the first year after discharge, with six gatherings at the clinic.")),
    };
    residentialClinic.phases[1].maxMonths = 6;
    number(residentialClinic);
    programs << residentialClinic;

    ProgramTemplate stabilizationStay;
    stabilizationStay.code = stabilization;
    stabilizationStay.name = tr("Stabilization stay");
    stabilizationStay.service = service::residential;
    stabilizationStay.description = tr("A short intensive stay of more than 3 days, only for patients who are and "
                                       "have been totally abstinent since Phase 1.");
    stabilizationStay.testing = QStringLiteral("daily");
    stabilizationStay.phases = {phase("stay", tr("Stabilization stay"), phasekind::stabilization, 7, 4, 21, true,
                                      false, tr("Group therapy and individual sessions."))};
    number(stabilizationStay);
    programs << stabilizationStay;

    ProgramTemplate relapseTreatment;
    relapseTreatment.code = relapse;
    relapseTreatment.name = tr("Relapse treatment");
    relapseTreatment.service = service::residential;
    relapseTreatment.description = tr("Intensive residential care for patients in or after Phase 2 whose relapse needs "
                                      "it; its length follows from the time sober, the cause and the circumstances.");
    relapseTreatment.testing = QStringLiteral("daily");
    relapseTreatment.phases = {phase("stay", tr("Relapse treatment"), phasekind::relapse, 21, 7, 56, true, false,
                                     tr("Length set from the relapse assessment."))};
    number(relapseTreatment);
    programs << relapseTreatment;

    ProgramTemplate eveningProgram;
    eveningProgram.code = evening;
    eveningProgram.name = tr("Evening program");
    eveningProgram.service = service::evening;
    eveningProgram.description = tr("The patient keeps working and comes in the evenings: a longer program and a "
                                    "shorter aftercare. Tested daily.");
    eveningProgram.testing = QStringLiteral("daily");
    eveningProgram.phases = {
        phase("program", tr("Evening program"), phasekind::evening, 140, 84, 182, false, false,
              tr("Therapy and group sessions in the evenings.")),
        phase("aftercare", tr("Aftercare"), phasekind::aftercare, 91, 28, 182, false, false,
              tr("Shorter aftercare.")),
    };
    number(eveningProgram);
    programs << eveningProgram;

    ProgramTemplate fullTimeProgram;
    fullTimeProgram.code = fullTime;
    fullTimeProgram.name = tr("Full-time program");
    fullTimeProgram.service = service::fullTime;
    fullTimeProgram.description = tr("Round-the-clock follow-up, with detox under medical staff where the place offers "
                                     "it, a shorter program, then aftercare and follow-up for up to a year. Tested daily.");
    fullTimeProgram.testing = QStringLiteral("daily");
    fullTimeProgram.phases = {
        phase("detox", tr("Medical detox"), phasekind::detox, 7, 3, 21, true, true,
              tr("Detox with medical staff present, where offered.")),
        phase("program", tr("Full-time program"), phasekind::residential, 56, 28, 84, true, false,
              tr("Round-the-clock treatment.")),
        phase("aftercare", tr("Aftercare"), phasekind::aftercare, 365, 28, 365, false, false,
              tr("Aftercare and follow-up for up to a year.")),
    };
    number(fullTimeProgram);
    programs << fullTimeProgram;

    ProgramTemplate specialistPathway;
    specialistPathway.code = specialist;
    specialistPathway.name = tr("Specialist pathway");
    specialistPathway.service = service::specialist;
    specialistPathway.description = tr("Referral to specialist care, detox as the first step of residential care, then "
                                       "residential treatment; medication-assisted treatment, coercion with its legal "
                                       "basis and advice to relatives are recorded.");
    specialistPathway.testing = QStringLiteral("daily");
    specialistPathway.phases = {
        phase("assessment", tr("Referral assessment"), phasekind::assessment, 10, 1, 30, false, false,
              tr("Assessment of the referral.")),
        phase("detox", tr("Detox"), phasekind::detox, 14, 3, 30, true, false,
              tr("Detox as the first step of residential care.")),
        phase("residential", tr("Residential treatment"), phasekind::residential, 84, 28, 182, true, false,
              tr("Treatment plan across the life areas.")),
    };
    number(specialistPathway);
    programs << specialistPathway;

    const QList<Criterion> traumaExclusions{
        {Criterion::Kind::Exclusion, tr("major life crisis"), QStringLiteral("life-crisis")},
        {Criterion::Kind::Exclusion, tr("serious self-harm"), QStringLiteral("self-harm")},
        {Criterion::Kind::Exclusion, tr("serious substance use"), QStringLiteral("substance-use")},
        {Criterion::Kind::Exclusion, tr("suicidality"), QStringLiteral("suicidality")},
        {Criterion::Kind::Exclusion, tr("acute admissions"), QStringLiteral("acute-admissions")},
        {Criterion::Kind::Exclusion, tr("great difficulty attending (more than 3 absences in the course)"), QStringLiteral("attendance")},
        {Criterion::Kind::Exclusion, tr("personality problems with much acting out and low reflective functioning"), QStringLiteral("acting-out")},
    };
    for (int level : {1, 2}) {
        ProgramTemplate trauma;
        trauma.code = level == 1 ? traumaLevel1 : traumaLevel2;
        trauma.name = tr("Trauma group level %1").arg(level);
        trauma.service = service::lar;
        trauma.description = level == 1
            ? tr("Chapters 1–10 of the course book: teaching and homework, beside individual therapy.")
            : tr("Chapters 11–20 of the course book; level 1 must be completed first.");
        trauma.capacity = 10;
        trauma.minLeaders = 1;
        trauma.maxLeaders = 2;
        trauma.weeks = 11;
        trauma.sessionMinutes = 90;
        trauma.maxAbsences = 3;
        trauma.prerequisiteCode = level == 2 ? traumaLevel1 : QString();
        trauma.criteria = traumaExclusions;
        trauma.phases = {phase("course", trauma.name, phasekind::course, 77, 77, 77, false, false, trauma.description)};
        number(trauma);
        programs << trauma;
    }

    ProgramTemplate mbrpCourse;
    mbrpCourse.code = mbrp;
    mbrpCourse.name = tr("MBRP");
    mbrpCourse.service = service::lar;
    mbrpCourse.description = tr("Mindfulness-based relapse prevention: 8 weeks, one session of 1 h 45 min a week.");
    mbrpCourse.capacity = 12;
    mbrpCourse.minLeaders = 2;
    mbrpCourse.maxLeaders = 3;
    mbrpCourse.weeks = 8;
    mbrpCourse.sessionMinutes = 105;
    mbrpCourse.criteria = {
        {Criterion::Kind::Inclusion, tr("not using substances now"), QStringLiteral("no-current-use")},
        {Criterion::Kind::Inclusion, tr("motivated"), QStringLiteral("motivated")},
        {Criterion::Kind::Inclusion, tr("can attend regularly and on time"), QStringLiteral("attends-regularly")},
        {Criterion::Kind::Exclusion, tr("ongoing serious or acute mental illness or suicide risk"), QStringLiteral("mental-illness")},
        {Criterion::Kind::Exclusion, tr("ongoing life crisis or lack of stability"), QStringLiteral("instability")},
    };
    mbrpCourse.phases = {phase("course", mbrpCourse.name, phasekind::course, 56, 56, 56, false, false,
                               mbrpCourse.description)};
    number(mbrpCourse);
    programs << mbrpCourse;

    ProgramTemplate municipal;
    municipal.code = municipalDay;
    municipal.name = tr("Municipal 12-step day treatment");
    municipal.service = service::municipal;
    municipal.description = tr("Information meeting or pre-talk, a weekly motivation group of 2 hours, then day "
                               "treatment at least 3 days a week, 4–5 hours a day: 100 days in all while living at "
                               "home; then weekly aftercare for 6–18 months. AA/NA participation expected.");
    municipal.testing = QStringLiteral("random:0.2");
    municipal.phases = {
        phase("information", tr("Information meeting or pre-talk"), phasekind::information, 1, 1, 14, false, false,
              tr("Before treatment starts.")),
        phase("motivation", tr("Motivation group"), phasekind::motivation, 28, 7, 84, false, false,
              tr("Weekly, 2 hours: an introduction to the program and preparation.")),
        phase("day-treatment", tr("Day treatment"), phasekind::dayTreatment, 140, 91, 245, false, false,
              tr("At least 3 days a week, 4–5 hours a day, 100 day-treatment days in all.")),
        phase("aftercare", tr("Aftercare"), phasekind::aftercare, 365, 183, 548, false, false,
              tr("Weekly, for 6–18 months.")),
    };
    number(municipal);
    programs << municipal;

    return programs;
}

} // namespace trinn
