#include "serversignin.h"

#include "common/clinictime.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSysInfo>

using namespace Qt::StringLiterals;

namespace trinn {

ServerSignIn ServerSignIn::reportFailure(const JournalLocation &location, const QString &account)
{
    static QAtomicInt counter;
    const QString name = u"trinn-signin-gate-%1"_s.arg(counter.fetchAndAddRelaxed(1));
    ServerSignIn report;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QPSQL"_s, name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.database);
        db.setUserName(QString::fromLatin1(gateLogin));
        db.setPassword(QString::fromLatin1(gatePassword));
        QString connectOptions = location.connectOptions;
        if (!connectOptions.contains(u"connect_timeout"_s))
            connectOptions += (connectOptions.isEmpty() ? u""_s : u";"_s) + u"connect_timeout=10"_s;
        db.setConnectOptions(connectOptions);
        if (db.open()) {
            // The statement goes before its connection closes.
            {
                QSqlQuery query(db);
                query.setForwardOnly(true);
                if (query.prepare(u"SELECT trinn_gate.failed_sign_in(?, ?)"_s)) {
                    query.addBindValue(account);
                    query.addBindValue(QSysInfo::machineHostName());
                    if (query.exec() && query.next()) {
                        const QString said = query.value(0).toString();
                        const QString until = said.section(u' ', 1, 1);
                        if (!until.isEmpty())
                            report.lockedUntil = clinictime::fromStorage(until.toLongLong());
                        if (said == u"refused")
                            report.answer = Answer::Refused;
                        else if (said == u"retry")
                            report.answer = Answer::Retry;
                        else if (said.startsWith(u"locked-now "))
                            report.answer = Answer::LockedNow;
                        else if (said.startsWith(u"locked "))
                            report.answer = Answer::Locked;
                    }
                }
            }
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return report;
}

} // namespace trinn
