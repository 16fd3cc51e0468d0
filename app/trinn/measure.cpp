#include "measure.h"

#include "mainwindow.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QPaintEvent>
#include <QPointer>
#include <QStackedWidget>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace trinn::measure {
namespace {

// Opened at the first mark (main's first line), before Qt is up: plain
// stdio. The variable is read each time, so that a test can turn it on.
FILE *output()
{
    static QByteArray openedPath;
    static FILE *file = nullptr;
    const QByteArray path = qgetenv("TRINN_MEASURE");
    if (path != openedPath) {
        if (file)
            std::fclose(file);
        file = path.isEmpty() ? nullptr : std::fopen(path.constData(), "a");
        openedPath = path;
    }
    return file;
}

qint64 monotonicNanoseconds()
{
    timespec now{};
    clock_gettime(CLOCK_MONOTONIC, &now);
    return qint64(now.tv_sec) * 1000000000 + now.tv_nsec;
}

// "VmHWM" (the peak resident set) or "VmRSS" from /proc/self/status, in kB.
qint64 statusKb(const QByteArray &field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(QByteArray(field + ':')))
            return line.mid(field.size() + 1).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// Watches the whole application for the first paint of `target` or a child
// of it; removes itself after.
class PaintWatch : public QObject
{
public:
    PaintWatch(QWidget *target, const QByteArray &name, std::function<void()> then)
        : m_target(target), m_name(name), m_then(std::move(then))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || m_seen || !watched->isWidgetType() || !m_target)
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (widget != m_target && !m_target->isAncestorOf(widget))
            return false;
        m_seen = true;
        const QRect painted = static_cast<QPaintEvent *>(event)->rect();
        const qint64 area = qint64(painted.width()) * painted.height();
        qApp->removeEventFilter(this);
        // The paint events of one frame are sent together and flushed after
        // them: the next turn of the event loop comes after the flush.
        QTimer::singleShot(0, qApp, [this, area] {
            const std::function<void()> then = std::move(m_then);
            deleteLater();
            if (!m_target)
                return;
            if (!m_name.isEmpty()) {
                mark(m_name.constData());
                mark(QByteArray(m_name + "_px").constData(), area);
            }
            then();
        });
        return false;
    }

private:
    QPointer<QWidget> m_target;
    QByteArray m_name;
    std::function<void()> m_then;
    bool m_seen = false;
};

QWidget *currentPage(MainWindow &window)
{
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("workspacePages"));
    return pages ? pages->currentWidget() : &window;
}

// The View menu's action opening `workspace` (Ctrl+1 … Ctrl+6).
QAction *workspaceAction(MainWindow &window, int workspace)
{
    const QKeySequence keys(Qt::CTRL | Qt::Key(Qt::Key_1 + workspace));
    for (QAction *action : window.findChildren<QAction *>()) {
        if (action->shortcut() == keys)
            return action;
    }
    return nullptr;
}

void noteMemory(const char *rss, const char *peak)
{
    mark(rss, statusKb("VmRSS"));
    mark(peak, statusKb("VmHWM"));
}

void openFrom(MainWindow &window, int workspace)
{
    for (; workspace < MainWindow::WorkspaceCount; ++workspace) {
        if (!window.offers(MainWindow::Workspace(workspace)) || window.currentWorkspace() == workspace)
            continue;
        QAction *action = workspaceAction(window, workspace);
        if (!action)
            continue;
        // Watched before the switch: the page paints on the loop's next turns.
        auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("workspacePages"));
        QWidget *page = pages ? pages->widget(workspace) : &window;
        const int opened = workspace;
        const QByteArray name = "workspace_" + QByteArray::number(opened + 1);
        afterFirstPaint(page, name + "_painted", [&window, opened, name] {
            noteMemory(QByteArray(name + "_rss_kb").constData(), QByteArray(name + "_peak_kb").constData());
            openFrom(window, opened + 1);
        });
        mark(QByteArray(name + "_opening").constData());
        action->trigger();
        return;
    }
    noteMemory("rss_kb", "peak_rss_kb");
    mark("quit");
    window.finish(MainWindow::Outcome::Quit);
}

} // namespace

bool enabled()
{
    return output() != nullptr;
}

void mark(const char *name)
{
    mark(name, monotonicNanoseconds());
}

void mark(const char *name, qint64 value)
{
    if (FILE *file = output()) {
        std::fprintf(file, "%s %lld\n", name, static_cast<long long>(value));
        std::fflush(file);
    }
}

void noteSignInMemory()
{
    if (!enabled())
        return;
    mark("signin_peak_kb", statusKb("VmHWM"));
    // "5" resets the peak resident set to the current one (Linux 4.0 on).
    QFile clear(QStringLiteral("/proc/self/clear_refs"));
    const bool reset = clear.open(QIODevice::WriteOnly) && clear.write("5") == 1;
    clear.close();
    mark("peak_reset", reset ? 1 : 0);
    noteMemory("signin_rss_kb", "signin_reset_peak_kb");
}

void afterFirstPaint(QWidget *widget, const QByteArray &name, std::function<void()> then)
{
    new PaintWatch(widget, name, std::move(then));
}

void finishRun(MainWindow &window)
{
    // Built (every workspace made, the first one not yet loaded), not yet shown.
    mark("window_built");
    afterFirstPaint(currentPage(window), "workspace_painted", [&window] {
        mark("first_workspace", window.currentWorkspace() + 1);
        noteMemory("workspace_rss_kb", "workspace_peak_kb");
        if (qEnvironmentVariableIntValue("TRINN_MEASURE_EVERY_WORKSPACE") == 1)
            openFrom(window, 0);
        else {
            mark("quit");
            window.finish(MainWindow::Outcome::Quit);
        }
    });
}

} // namespace trinn::measure
