#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>

namespace trinn {

/// A validated Norwegian national identity number: fødselsnummer, D-number or
/// H-number, possibly a synthetic test number (month + 80).
class NationalId
{
    Q_DECLARE_TR_FUNCTIONS(NationalId)
public:
    enum class Kind { BirthNumber, DNumber, HNumber };

    /// Parses and validates eleven digits (spaces are ignored). Refuses with a
    /// reason a person can read: wrong length, not digits, no real date, an
    /// individual number that no one born that year can have, or a check digit.
    static Result<NationalId> parse(const QString &text);

    /// Builds a valid number from a birth date and an individual number
    /// (000–999), computing both check digits. Used for synthetic demo data.
    /// Returns an error when no valid number exists for those inputs.
    static Result<NationalId> make(QDate birthDate, int individualNumber, Kind kind, bool synthetic);

    const QString &digits() const { return m_digits; }
    Kind kind() const { return m_kind; }
    QDate birthDate() const { return m_birthDate; }
    /// A number from the Norwegian test registry's range (month + 80): no real person has it.
    bool isSynthetic() const { return m_synthetic; }
    /// Digit 9 of the number: odd for men, even for women.
    bool isMale() const;

    /// "010190 12345": how the number is usually written.
    QString formatted() const;
    static QString kindName(Kind kind);
    static QString kindCode(Kind kind);
    static Kind kindFromCode(const QString &code);

private:
    QString m_digits;
    Kind m_kind = Kind::BirthNumber;
    QDate m_birthDate;
    bool m_synthetic = false;
};

} // namespace trinn
