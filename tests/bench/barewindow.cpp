// trinn-bare-window: the reference beside Trinn's start in
// trinn-startup-bench. A bare Qt main window with a menu bar, a table of 50
// rows and a status bar, started and measured the way the desktop program is
// (app/trinn/measure.h): with TRINN_MEASURE=FILE it appends "main NS" on
// entering main() and "window_painted NS" once the window has been painted
// and the event loop has turned once more (CLOCK_MONOTONIC nanoseconds; and
// "window_painted_px", the area that first paint covered), then its peak
// memory, and quits. What Trinn takes beyond this is Trinn's own.

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QMenuBar>
#include <QPaintEvent>
#include <QPointer>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

#include <cstdio>
#include <ctime>

namespace {

FILE *output()
{
    static FILE *file = [] {
        const QByteArray path = qgetenv("TRINN_MEASURE");
        return path.isEmpty() ? nullptr : std::fopen(path.constData(), "a");
    }();
    return file;
}

void mark(const char *name, long long value)
{
    if (FILE *file = output()) {
        std::fprintf(file, "%s %lld\n", name, value);
        std::fflush(file);
    }
}

long long now()
{
    timespec t{};
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000000000 + t.tv_nsec;
}

long long peakKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

// The same watch as the desktop program's: the first paint of the window or
// anything in it, then the next turn of the event loop (after the flush).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *target) : m_target(target) { qApp->installEventFilter(this); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() != QEvent::Paint || !watched->isWidgetType() || !m_target)
            return false;
        auto *widget = static_cast<QWidget *>(watched);
        if (widget != m_target && !m_target->isAncestorOf(widget))
            return false;
        const QRect painted = static_cast<QPaintEvent *>(event)->rect();
        const long long area = (long long)painted.width() * painted.height();
        qApp->removeEventFilter(this);
        QTimer::singleShot(0, qApp, [area] {
            mark("window_painted", now());
            mark("window_painted_px", area);
            mark("peak_rss_kb", peakKb());
            QApplication::quit();
        });
        return false;
    }

private:
    QPointer<QWidget> m_target;
};

} // namespace

int main(int argc, char *argv[])
{
    mark("main", now());
    QApplication app(argc, argv);
    QMainWindow window;
    window.setWindowTitle(QStringLiteral("Bare Qt window"));
    window.menuBar()->addMenu(QStringLiteral("&File"))->addAction(QStringLiteral("&Quit"), &app, &QApplication::quit);
    window.menuBar()->addMenu(QStringLiteral("&View"));
    auto *model = new QStandardItemModel(50, 5, &window);
    for (int row = 0; row < 50; ++row) {
        for (int column = 0; column < 5; ++column)
            model->setItem(row, column, new QStandardItem(QStringLiteral("Row %1, column %2").arg(row + 1).arg(column + 1)));
    }
    auto *table = new QTableView(&window);
    table->setModel(model);
    window.setCentralWidget(table);
    window.statusBar()->showMessage(QStringLiteral("50 rows"));
    window.resize(1100, 700);
    if (output())
        new PaintWatch(&window);
    window.show();
    return app.exec();
}
