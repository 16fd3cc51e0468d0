#include "testinterpretation.h"

#include "testing/medicationidentity.h"

namespace trinn {
namespace {

QString analyteName(const QString &code)
{
    const auto info = Analytes::find(code);
    return info ? info->name : code;
}

} // namespace

TestInterpretation::Reading TestInterpretation::interpret(const SubstanceTest &test, const QList<Medication> &activeMedication)
{
    Reading reading;
    if (test.refused) {
        reading.outcome = Outcome::Refused;
        reading.reasons << (test.refusalReason.isEmpty() ? tr("Refused the test")
                                                         : tr("Refused the test: %1").arg(test.refusalReason));
        return reading;
    }

    // By the medication's identity, not its name: on Subutex, Suboxone or
    // Buvidal buprenorphine is expected, on Elvanse amphetamine.
    QHash<QString, const Medication *> expected;
    QHash<QString, MedicationIdentity> identities;
    for (const Medication &m : activeMedication) {
        const auto identity = medicationIdentityOf(m.drug);
        if (!identity)
            continue;
        for (const QString &analyte : identity->explains) {
            expected.insert(analyte, &m);
            identities.insert(analyte, *identity);
        }
    }

    bool unexpectedPositive = false;
    bool awaitingLab = false;
    bool expectedFound = false;
    bool expectedMissing = false;
    for (const AnalyteResult &r : test.results) {
        const bool pending = test.labStatus == SubstanceTest::LabStatus::Pending && r.positive && r.confirmed.isEmpty();
        if (expected.contains(r.analyte)) {
            const Medication *m = expected.value(r.analyte);
            if (r.countsAsPositive()) {
                expectedFound = true;
                const MedicationIdentity &identity = identities[r.analyte];
                if (identity.substance == analyteName(r.analyte))
                    reading.reasons << tr("%1 expected (prescribed %2)").arg(analyteName(r.analyte), m->dose);
                else
                    reading.reasons << tr("%1 expected (prescribed %2 %3: %4, %5)")
                                           .arg(analyteName(r.analyte), m->drug.trimmed(), m->dose, identity.substance,
                                                identity.atc);
            } else {
                expectedMissing = true;
                reading.reasons << tr("%1 expected but not found").arg(analyteName(r.analyte));
            }
            continue;
        }
        if (!r.countsAsPositive()) {
            if (r.positive && r.confirmed == QStringLiteral("negative"))
                reading.reasons << tr("%1: screen positive, lab negative").arg(analyteName(r.analyte));
            continue;
        }
        if (pending) {
            awaitingLab = true;
            reading.reasons << tr("%1: screen positive, awaiting the lab").arg(analyteName(r.analyte));
        } else {
            unexpectedPositive = true;
            reading.reasons << (r.confirmed.isEmpty() ? tr("Positive for %1").arg(analyteName(r.analyte))
                                                      : tr("Positive for %1, confirmed by the lab").arg(analyteName(r.analyte)));
        }
    }

    if (unexpectedPositive)
        reading.outcome = Outcome::Positive;
    else if (awaitingLab)
        reading.outcome = Outcome::Pending;
    else if (expectedMissing)
        reading.outcome = Outcome::Missing;
    else if (expectedFound)
        reading.outcome = Outcome::Expected;
    else
        reading.outcome = Outcome::Negative;
    return reading;
}

QString TestInterpretation::outcomeCode(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Negative: return QStringLiteral("negative");
    case Outcome::Expected: return QStringLiteral("expected");
    case Outcome::Positive: return QStringLiteral("positive");
    case Outcome::Missing: return QStringLiteral("missing");
    case Outcome::Refused: return QStringLiteral("refused");
    case Outcome::Pending: return QStringLiteral("pending");
    }
    return QStringLiteral("negative");
}

TestInterpretation::Outcome TestInterpretation::outcomeFromCode(const QString &code)
{
    for (Outcome o : {Outcome::Negative, Outcome::Expected, Outcome::Positive, Outcome::Missing, Outcome::Refused, Outcome::Pending}) {
        if (outcomeCode(o) == code)
            return o;
    }
    return Outcome::Negative;
}

QString TestInterpretation::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Negative: return tr("negative");
    case Outcome::Expected: return tr("expected medication");
    case Outcome::Positive: return tr("positive");
    case Outcome::Missing: return tr("medication missing");
    case Outcome::Refused: return tr("refused");
    case Outcome::Pending: return tr("pending lab");
    }
    return {};
}

QString TestInterpretation::findings(const Reading &reading)
{
    if (reading.reasons.isEmpty())
        return outcomeName(reading.outcome);
    QStringList lowered;
    for (QString reason : reading.reasons) {
        if (!reason.isEmpty())
            reason[0] = reason.at(0).toLower();
        lowered << reason;
    }
    return lowered.join(QStringLiteral("; "));
}

} // namespace trinn
