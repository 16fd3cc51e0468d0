#pragma once

#include <QString>

#include <functional>
#include <memory>

namespace trinn {

class Journal;
class MainWindow;

/// One run of the desktop program: a journal open with someone signed in,
/// a window on it, and what its File menu asks next (open another journal,
/// sign out, switch user), until they quit. The window only says what it
/// wants (MainWindow::Outcome); opening journals and signing in is done here,
/// so ui never depends on app.
///
/// Started for automation (TRINN_USER set), nothing waits on a dialog: the
/// sign-in comes from TRINN_USER and TRINN_PASSWORD, every time it is asked.
/// Measured as well (TRINN_MEASURE, see measure.h), the sign-in dialog is
/// shown and painted, then filled in from them and accepted on its own.
class DesktopSession
{
public:
    DesktopSession();
    ~DesktopSession();

    /// Runs until the user quits; the program's exit code. `firstWindow` sets
    /// up the first window shown (the command line's workspace, search, screenshot).
    int run(const QString &requested, const std::function<void(MainWindow &)> &firstWindow);

    /// Whether this start knows no journal: none asked for, none opened
    /// before, none in the default place.
    static bool isFirstStart(const QString &requested);

private:
    /// The journal at `requested` (or the last one, or the first start's),
    /// with someone signed in; nothing when they gave up or it failed (said why).
    std::unique_ptr<Journal> openSignedIn(const QString &requested);
    /// The first start on a workstation that knows no journal: the assistant;
    /// nothing when they gave up.
    std::unique_ptr<Journal> firstStart();
    /// Signs someone in on an open journal; false when they gave up.
    bool signIn(Journal &journal);
    /// Under measurement (TRINN_MEASURE with TRINN_USER): the sign-in dialog
    /// shown and painted, then filled in and accepted without waiting.
    bool signInMeasured(Journal &journal, const QString &user, const QString &password);

    // Whether started for automation; the user is read each time it is asked.
    const bool m_automated;
    bool automated() const { return m_automated; }
    // The journal is on a server, opened as the staff member's own login: a
    // new user means opening it again as theirs.
    bool m_staffLogin = false;
    QString m_location;
    QString m_serverUser;
    QString m_serverPassword;
};

} // namespace trinn
