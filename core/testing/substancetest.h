#pragma once

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

/// A sample (or a refusal) and its results. Never edited: a correction is a
/// new version that replaces it, with a reason.
struct SubstanceTest
{
    enum class SampleType { Urine, Breath, Saliva, Blood };
    enum class LabStatus { None, Pending, Confirmed };

    qint64 id = 0;
    qint64 patientId = 0;
    QDateTime sampledAt;
    SampleType sampleType = SampleType::Urine;
    bool supervised = true;
    bool refused = false;
    QString refusalReason;
    QString takenBy;
    LabStatus labStatus = LabStatus::None;
    QString labReference;
    QList<AnalyteResult> results;
    int version = 1;
    qint64 supersedes = 0;
    bool current = true;
    QString correctionReason;
    QString recordedBy;
    QDateTime recordedAt;
    /// Stored interpretation: negative, expected, positive, missing, refused or pending.
    QString outcome;

    const AnalyteResult *result(const QString &analyte) const;
    static QString sampleTypeCode(SampleType type);
    static SampleType sampleTypeFromCode(const QString &code);
    static QString sampleTypeName(SampleType type);
    static QString labStatusCode(LabStatus status);
    static LabStatus labStatusFromCode(const QString &code);
};

} // namespace trinn
