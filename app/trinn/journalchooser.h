#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

#include <functional>
#include <memory>

class QWidget;

namespace trinn {

class Journal;

/// Decides which journal the desktop program opens: the one named on the
/// command line, else the last one opened, else a clinic journal in the
/// user's data folder (created on first start). When a journal cannot be
/// opened it says why and lets the user pick another file.
class JournalChooser
{
    Q_DECLARE_TR_FUNCTIONS(JournalChooser)
public:
    static QString defaultLocation();
    static QString lastLocation();
    static void rememberLocation(const QString &location);

    /// For a PostgreSQL address that names no database user: asks for the
    /// staff member's own login (again after a failure, with its reason);
    /// false when they give up.
    using AskLogin = std::function<bool(const QString &server, const QString &problem, QString *username, QString *password)>;

    /// The open journal, or nothing when the user gave up. With `askUser`
    /// false (started for automation) a refusal is printed on standard error
    /// and nothing is returned: no dialog waits for a person who is not there.
    static std::unique_ptr<Journal> open(const QString &requested, QWidget *dialogParent = nullptr, bool askUser = true,
                                         const AskLogin &askLogin = {});

private:
    static void sealNewJournal(Journal &journal, QWidget *dialogParent);
};

} // namespace trinn
