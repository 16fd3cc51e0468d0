#include "support/testjournals.h"

#include "storage/driverwarnings.h"

#include <QStringList>

namespace {

QStringList seen;

void capture(QtMsgType, const QMessageLogContext &, const QString &message)
{
    seen << message;
}

} // namespace

// A lost server connection is told to the user once, in Trinn's words: the
// driver's own line about the statements it can no longer free is dropped,
// and every other warning still reaches the handler before.
TEST_CASE("The driver's line about statements on a lost connection is dropped and nothing else", "[storage][messages]")
{
    const QtMessageHandler before = qInstallMessageHandler(capture);
    trinn::quietLostConnectionWarnings();
    qWarning("Unable to free statement: no connection to the server");
    qWarning("Something else went wrong");
    qInstallMessageHandler(before);
    CHECK(seen == QStringList{QStringLiteral("Something else went wrong")});
}
