#pragma once

#include <QByteArray>

#include <functional>

class QWidget;

namespace trinn {

class MainWindow;

/// The desktop program's own stopwatch, read by tests/bench's
/// trinn-startup-bench. Off unless TRINN_MEASURE=FILE is set; then each event
/// is appended to FILE as it happens, one line "NAME VALUE", times in
/// nanoseconds on CLOCK_MONOTONIC: the clock the parent process reads just
/// before starting us, so it can tell how long the start took from exec on.
namespace measure {

bool enabled();
/// "NAME now".
void mark(const char *name);
/// "NAME value" (a figure measured otherwise: a cost, a size in kB).
void mark(const char *name, qint64 value);

/// Notes the memory sign-in has reached ("signin_peak_kb": the high-water
/// mark so far, Argon2id's 46 MiB in it), then starts the high-water mark
/// again from what is resident now, so that the peaks noted after are the
/// workspaces' own ("peak_reset 1", or 0 where the kernel cannot).
void noteSignInMemory();

/// Once `widget` (or something in it) has been painted for the first time
/// from now and the event loop has turned once more, so that the frame has
/// been flushed to the window system (shown, not just built): marks `name`,
/// and "`name`_px", the area the first paint event covered (a paint seen,
/// not a guess), then calls `then`. With no name it marks nothing: main's
/// --screenshot waits for the first frame so, not for a fixed time.
void afterFirstPaint(QWidget *widget, const QByteArray &name, std::function<void()> then);

/// The measured run's end, from the first workspace painted on: with
/// TRINN_MEASURE_EVERY_WORKSPACE=1 each workspace the role may use is opened
/// in turn (its View menu action, as Ctrl+1 … Ctrl+6 do) and painted
/// ("workspace_N_opening" just before, "workspace_N_painted" after), the
/// memory noted after each; then the peak memory since sign-in is written
/// and the window closes (the program quits).
void finishRun(MainWindow &window);

} // namespace measure
} // namespace trinn
