#include "driverwarnings.h"

#include <QtGlobal>

#include <atomic>

namespace trinn {
namespace {

QtMessageHandler previousHandler = nullptr;

void filter(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (type == QtWarningMsg && message.startsWith(QLatin1String("Unable to free statement")))
        return;
    if (previousHandler)
        previousHandler(type, context, message);
}

} // namespace

void quietLostConnectionWarnings()
{
    static std::atomic_flag installed = ATOMIC_FLAG_INIT;
    if (installed.test_and_set())
        return;
    previousHandler = qInstallMessageHandler(filter);
}

} // namespace trinn
