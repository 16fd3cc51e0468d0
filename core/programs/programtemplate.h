#pragma once

#include <QList>
#include <QString>

namespace trinn {

/// The kinds of phase the five services are built from.
namespace phasekind {
inline const QString tapering = QStringLiteral("tapering");
inline const QString detox = QStringLiteral("detox");
inline const QString assessment = QStringLiteral("assessment");
inline const QString residential = QStringLiteral("residential");
inline const QString phase2 = QStringLiteral("phase2");
inline const QString gathering = QStringLiteral("gathering");
inline const QString stabilization = QStringLiteral("stabilization");
inline const QString relapse = QStringLiteral("relapse");
inline const QString evening = QStringLiteral("evening");
inline const QString outpatient = QStringLiteral("outpatient");
inline const QString aftercare = QStringLiteral("aftercare");
inline const QString information = QStringLiteral("information");
inline const QString motivation = QStringLiteral("motivation");
inline const QString dayTreatment = QStringLiteral("day-treatment");
inline const QString course = QStringLiteral("course");
} // namespace phasekind

/// The services of the design brief; a program template belongs to one.
namespace service {
inline const QString residential = QStringLiteral("residential");
inline const QString evening = QStringLiteral("evening");
inline const QString fullTime = QStringLiteral("full-time");
inline const QString specialist = QStringLiteral("specialist");
inline const QString lar = QStringLiteral("lar");
inline const QString municipal = QStringLiteral("municipal");
} // namespace service

struct PhaseTemplate
{
    qint64 id = 0;
    int position = 0;
    QString code;
    QString name;
    QString kind;
    int defaultDays = 0;
    int minDays = 0;
    int maxDays = 0;   // 0: no limit in days
    int maxMonths = 0; // 0: no limit in calendar months
    bool residential = false;
    /// Planned only when asked for at enrolment (tapering, detox elsewhere).
    bool optional = false;
    QString description;
};

/// A course's inclusion or exclusion criterion: assessed and stored by its
/// code ("self-harm"), shown by its text in the journal's language.
struct Criterion
{
    enum class Kind { Inclusion, Exclusion };
    Kind kind = Kind::Inclusion;
    QString text;
    QString code;

    /// The code, or for a criterion written before codes (a group's own) its text.
    QString key() const { return code.isEmpty() ? text : code; }
};

/// A program as the clinic runs it: its phases and, for group courses, the
/// course's size, leaders, length, absence limit, criteria and prerequisite.
struct ProgramTemplate
{
    qint64 id = 0;
    QString code;
    QString name;
    QString service;
    QString description;
    /// How patients in the program are tested: "none", "daily", "weekdays:1,3,5" or "random:0.3".
    QString testing = QStringLiteral("none");
    int capacity = 0;       // 0: no limit
    int minLeaders = 0;
    int maxLeaders = 0;
    int weeks = 0;          // a course's length in weeks
    int sessionMinutes = 0; // a course's weekly session
    int maxAbsences = -1;   // -1: no limit
    QString prerequisiteCode;
    int revision = 1;
    // Who the program is for (migration 24): the age from which it takes
    // patients, and for the LAR group offers a patient in LAR with an
    // individual therapist.
    int minAge = 0;
    bool forLarPatients = false;
    bool needsIndividualTherapist = false;
    QList<PhaseTemplate> phases;
    QList<Criterion> criteria;

    const PhaseTemplate *phase(const QString &phaseCode) const;
};

} // namespace trinn
