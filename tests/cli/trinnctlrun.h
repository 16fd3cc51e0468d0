#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <initializer_list>
#include <optional>

// Runs trinnctl as a process, the way an administrator's shell would.
namespace trinn::test::cli {

struct Run
{
    int status = -1;
    QString out;
    QString err;
};

/// The staff member trinnctl signs in as (TRINN_USER, TRINN_PASSWORD).
struct As
{
    QString user;
    QString password;
};
/// init (as the tests run it) makes this administrator; a demo journal has the
/// same one, and this nurse.
extern const As admin;
extern const As nurse;

/// trinnctl with these arguments, signed in through the environment when `as`
/// is given (TRINN_USER and TRINN_PASSWORD are cleared otherwise; an empty
/// user sets the password alone), with
/// `input` on standard input.
Run trinnctl(const QStringList &arguments, const std::optional<As> &as = std::nullopt, const QByteArray &input = {});

inline QStringList args(std::initializer_list<QString> list)
{
    return QStringList(list);
}

/// Adds the nurse to a journal that init made (a demo journal has her already).
void addNurse(const QString &journal);

} // namespace trinn::test::cli
