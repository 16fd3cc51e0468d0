#include "auditwitness.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <QStringList>

namespace trinn {
namespace {

QString folder()
{
    const QString overridden = qEnvironmentVariable("TRINN_WITNESS_DIR");
    if (!overridden.isEmpty())
        return overridden;
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/Trinn/audit-heads");
}

// One file per journal, named by a hash of where it is (an address keeps
// no password: display() leaves it out).
QString fileFor(const QString &location)
{
    const QByteArray name = QCryptographicHash::hash(location.toUtf8(), QCryptographicHash::Sha256).toHex().left(32);
    return folder() + QLatin1Char('/') + QString::fromLatin1(name) + QStringLiteral(".head");
}

} // namespace

std::optional<AuditWitness::Head> AuditWitness::load(const QString &location)
{
    QFile file(fileFor(location));
    if (!file.open(QIODevice::ReadOnly))
        return std::nullopt;
    const QStringList lines = QString::fromUtf8(file.read(4096)).split(QLatin1Char('\n'));
    if (lines.size() < 5 || lines.at(0) != QStringLiteral("trinn-audit-head 1"))
        return std::nullopt;
    bool idOk = false;
    bool epochOk = false;
    Head head{lines.at(1), lines.at(2).toLongLong(&idOk), lines.at(3), lines.at(4).toLongLong(&epochOk)};
    if (!idOk || !epochOk)
        return std::nullopt;
    return head;
}

void AuditWitness::store(const QString &location, const Head &head)
{
    const QString path = fileFor(location);
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return;
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QString text = QStringList{QStringLiteral("trinn-audit-head 1"), head.journal, QString::number(head.auditId), head.hash,
                                     QString::number(head.epoch), QString()}
                             .join(QLatin1Char('\n'));
    file.write(text.toUtf8());
    file.commit();
}

} // namespace trinn
