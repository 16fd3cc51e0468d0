#include "windowmemory.h"

#include <QMainWindow>
#include <QSettings>

namespace trinn::windowmemory {
namespace {
const QString geometryKey = QStringLiteral("window/geometry");
const QString stateKey = QStringLiteral("window/state");
const QString workspaceKey = QStringLiteral("window/workspace");
} // namespace

bool restoreGeometry(QMainWindow &window)
{
    const QSettings settings;
    const QByteArray geometry = settings.value(geometryKey).toByteArray();
    if (geometry.isEmpty() || !window.restoreGeometry(geometry))
        return false;
    window.restoreState(settings.value(stateKey).toByteArray());
    return true;
}

int lastWorkspace()
{
    bool ok = false;
    const int workspace = QSettings().value(workspaceKey).toInt(&ok);
    return ok ? workspace : -1;
}

void save(const QMainWindow &window, int workspace)
{
    QSettings settings;
    settings.setValue(geometryKey, window.saveGeometry());
    settings.setValue(stateKey, window.saveState());
    if (workspace >= 0)
        settings.setValue(workspaceKey, workspace);
}

} // namespace trinn::windowmemory
