#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace trinn {

/// A legal basis for coercion under helse- og omsorgstjenesteloven chapter 10,
/// with the body that decides it and how long it may last. Stored by code.
struct CoercionBasis
{
    Q_DECLARE_TR_FUNCTIONS(CoercionBasis)
public:
    QString code;     // "hol-10-2"
    QString section;  // "§ 10-2"
    QString deciderCode; // "county-board" or "institution"
    int maxMonths = 0;
    int maxDays = 0;

    /// "helse- og omsorgstjenesteloven § 10-2, retention without consent"
    QString name() const;
    /// The latest day a decision made on `decidedOn` may last to.
    QDate latestEnd(QDate decidedOn) const;
    /// The limit in words: "at most 3 months".
    QString limitText() const;

    static const QList<CoercionBasis> &all();
    /// The basis named by its code or its section ("§ 10-2", "hol. § 10-2",
    /// "Helse- og omsorgstjenesteloven § 10-2"); none for anything else.
    static std::optional<CoercionBasis> of(const QString &text);

    /// Who decides: "county-board", "institution"; found from its code or
    /// a name ("fylkesnemnda", "county board", "kommunen" is the municipality).
    static QString deciderOf(const QString &text);
    static QString deciderName(const QString &code);
};

} // namespace trinn
