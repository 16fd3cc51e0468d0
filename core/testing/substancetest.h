#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace trinn {

/// The substances a test can measure.
class Analytes
{
    Q_DECLARE_TR_FUNCTIONS(Analytes)
public:
    struct Info
    {
        QString code;      // short code a nurse types: "thc", "coc"
        QString name;
        QString unit;
        double cutoff = 0; // typical screening cut-off in `unit`
    };
    static const QList<Info> &all();
    /// The analyte with this code or name (case-insensitive), if any.
    static std::optional<Info> find(const QString &codeOrName);
    /// What a sample of this kind is screened for: ethanol alone by breath, the full panel otherwise.
    static QStringList panel(bool breath);
    /// The analyte a prescribed drug shows up as ("methadone" → methadone), if any.
    static std::optional<QString> forDrug(const QString &drug);
};

/// One analyte's result within a test: the screen, and the lab's word later.
struct AnalyteResult
{
    QString analyte;
    bool positive = false;
    std::optional<double> value;
    QString unit;
    std::optional<double> cutoff;
    /// "" (none), "positive" or "negative": the lab's confirmation.
    QString confirmed;

    /// The result that counts: the lab's when there is one, else the screen's.
    bool countsAsPositive() const { return confirmed.isEmpty() ? positive : confirmed == QStringLiteral("positive"); }
};

/// A sample (or a refusal) and its results. Never edited: a correction or
/// the lab's answer is a new version that replaces it; every version stays.
struct SubstanceTest
{
    enum class SampleType { Urine, Breath, Saliva, Blood };
    enum class LabStatus { None, Pending, Confirmed };
    /// What made this version: the first recording, a correction (with its
    /// reason), or the lab's answer.
    enum class Change { Recorded, Corrected, LabResult };

    qint64 id = 0;
    qint64 patientId = 0;
    QDateTime sampledAt;
    SampleType sampleType = SampleType::Urine;
    bool supervised = true;
    bool refused = false;
    QString refusalReason;
    /// Who took the sample: a staff member from the register (0 = the
    /// signed-in staff member when recording). The name is kept as written;
    /// a name from an older journal that matches no staff member is kept
    /// and marked unverified.
    qint64 takenById = 0;
    QString takenBy;
    bool takenByVerified = true;
    LabStatus labStatus = LabStatus::None;
    QString labReference;
    QList<AnalyteResult> results;
    int version = 1;
    qint64 supersedes = 0;
    bool current = true;
    QString correctionReason;
    Change change = Change::Recorded;
    /// Who wrote this version: always the signed-in staff member ("system"
    /// for trinnctl and the demo generator).
    qint64 recordedById = 0;
    QString recordedBy;
    bool recordedByVerified = true;
    QDateTime recordedAt;
    /// Who entered the lab's answer (on a lab version and the versions after it).
    qint64 confirmedById = 0;
    QString confirmedBy;
    /// Stored interpretation: negative, expected, positive, missing, refused or pending.
    QString outcome;

    const AnalyteResult *result(const QString &analyte) const;
    static QString sampleTypeCode(SampleType type);
    static SampleType sampleTypeFromCode(const QString &code);
    static QString sampleTypeName(SampleType type);
    static QString labStatusCode(LabStatus status);
    static LabStatus labStatusFromCode(const QString &code);
    static QString changeCode(Change change);
    static Change changeFromCode(const QString &code);
};

/// A second test of a patient on a day that already has one: the caller
/// says what it is, or it is refused. Nothing is replaced silently.
enum class SameDay {
    /// The caller did not expect an earlier test that day: refused if there is one.
    NotExpected,
    /// Corrects the day's newest test (a new version of it, reason required).
    Correction,
    /// A separate sample, kept beside the first.
    SecondSample,
};

/// The rule for a second test of the day, a pure function of the facts.
class SameDayRule
{
    Q_DECLARE_TR_FUNCTIONS(SameDayRule)
public:
    /// `earlier`: the day's current tests of the patient, newest last;
    /// `earlierFindings`: how the newest reads ("positive for amphetamine").
    static Decision decide(const QList<SubstanceTest> &earlier, SameDay choice, const QString &reason,
                           const QString &patientName, const QString &earlierFindings);
};

} // namespace trinn
