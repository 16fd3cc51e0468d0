#pragma once

#include "common/result.h"

#include <QCoreApplication>
#include <QString>

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

    /// The open journal, or nothing when the user gave up. With `askUser`
    /// false (started for automation) a refusal is printed on standard error
    /// and nothing is returned: no dialog waits for a person who is not there.
    static std::unique_ptr<Journal> open(const QString &requested, QWidget *dialogParent = nullptr, bool askUser = true);

private:
    static void sealNewJournal(Journal &journal, QWidget *dialogParent);
};

} // namespace trinn
