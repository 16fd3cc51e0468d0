#pragma once

class QMainWindow;

namespace trinn::windowmemory {

/// The window's size, place, state and last workspace, kept per user with
/// QSettings so Trinn opens as it was left (not always at one size).
/// False when nothing was remembered yet (the caller picks a size).
bool restoreGeometry(QMainWindow &window);
/// The workspace shown when the window was last closed, or -1.
int lastWorkspace();
void save(const QMainWindow &window, int workspace);

} // namespace trinn::windowmemory
