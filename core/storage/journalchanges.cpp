#include "journalchanges.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTimer>

#include <limits>

using namespace Qt::StringLiterals;

namespace trinn {
namespace {

const QString channelName = u"trinn_changes"_s;
// The payload of a notification whose transaction may have changed anything.
const QString unknownPayload = u"*"_s;

constexpr AccessPolicy::Data allAreas[] = {
    AccessPolicy::Data::Patient,   AccessPolicy::Data::Tests,     AccessPolicy::Data::Medication, AccessPolicy::Data::TherapyNotes,
    AccessPolicy::Data::CareNotes, AccessPolicy::Data::Programs,  AccessPolicy::Data::Groups,     AccessPolicy::Data::Referrals,
    AccessPolicy::Data::Beds,      AccessPolicy::Data::Staff,     AccessPolicy::Data::Audit,
};

QString payloadOf(const JournalChanges::Areas &areas, bool unknown)
{
    if (unknown)
        return unknownPayload;
    QStringList codes;
    for (AccessPolicy::Data area : areas)
        codes.append(QString::number(int(area)));
    codes.sort();
    return codes.join(u',');
}

JournalChanges::Areas areasOf(const QString &payload)
{
    if (payload.isEmpty() || payload == unknownPayload)
        return JournalChanges::everything();
    JournalChanges::Areas areas;
    for (const QString &code : payload.split(u',', Qt::SkipEmptyParts)) {
        bool ok = false;
        const int value = code.toInt(&ok);
        // A newer Trinn may name an area this one does not know: show everything again.
        if (!ok || value < 0 || value >= int(std::size(allAreas)))
            return JournalChanges::everything();
        areas.insert(AccessPolicy::Data(value));
    }
    return areas;
}

// SQLite's change counter lives in the file's header (user_version), so
// reading it costs no read of the journal's tables.
qint64 readCounter(const QSqlDatabase &db)
{
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA user_version"_s) || !query.next())
        return -1;
    return query.value(0).toLongLong();
}

} // namespace

JournalChanges::Areas JournalChanges::everything()
{
    return Areas(std::begin(allAreas), std::end(allAreas));
}

JournalChanges::JournalChanges(QObject *parent) : QObject(parent) {}

JournalChanges::~JournalChanges() = default;

void JournalChanges::changing(AccessPolicy::Data area)
{
    // Outside a transaction the write has already committed.
    if (m_inTransaction)
        m_staged.insert(area);
    else
        announce({area});
}

void JournalChanges::watch(const QString &connectionName, bool postgres)
{
    m_connectionName = connectionName;
    m_postgres = postgres;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_postgres) {
        // The driver reads notifications as they arrive on the connection's
        // socket, and after each query: no polling.
        QSqlDriver *driver = db.driver();
        if (driver->subscribeToNotification(channelName))
            connect(driver, &QSqlDriver::notification, this, &JournalChanges::notified);
        else
            qWarning("Trinn: cannot listen for other workstations' changes: %s", qPrintable(driver->lastError().text()));
        return;
    }
    // data_version changes only when another connection commits; asking for it
    // reads nothing from the file.
    m_changeCounter = readCounter(db);
    m_poll = new QTimer(this);
    m_poll->setInterval(sqlitePollMilliseconds);
    connect(m_poll, &QTimer::timeout, this, &JournalChanges::pollSqlite);
    pollSqlite();
    m_poll->start();
}

void JournalChanges::transactionBegan(bool outsideGate)
{
    m_inTransaction = true;
    // A write that does not pass the Gate (a store not yet behind it, a
    // migration, the demo generator) may have changed anything. The audit
    // records of reads are written with deferred durability and are no change.
    // What is written while the workspaces refresh (the audit records of what
    // they read, a refusal) is no change either: a refresh never starts another.
    m_stagedUnknown = outsideGate && !m_delivering && !m_connectionName.isEmpty();
}

QSqlError JournalChanges::beforeCommit()
{
    // Not yet watching: the journal is being opened (or migrated).
    if (m_connectionName.isEmpty() || (m_staged.isEmpty() && !m_stagedUnknown))
        return {};
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (m_postgres) {
        // Sent by the server when, and only if, the transaction commits.
        QSqlQuery notify(db);
        notify.prepare(u"SELECT pg_notify(?, ?)"_s);
        notify.addBindValue(channelName);
        notify.addBindValue(payloadOf(m_staged, m_stagedUnknown));
        if (!notify.exec())
            return notify.lastError();
        return {};
    }
    // Other connections learn from data_version that something was committed,
    // and from the counter that it was more than the audit records of reads.
    const qint64 counter = readCounter(db);
    if (counter != m_changeCounter) {
        // Another connection changed the journal since this one last looked,
        // and its poll will see only this connection's number: say it now.
        m_stagedUnknown = true;
    }
    const qint64 next = counter < 0 || counter >= std::numeric_limits<qint32>::max() ? 1 : counter + 1;
    QSqlQuery bump(db);
    // A pragma takes no bound value; `next` is a number this code made.
    if (!bump.exec(u"PRAGMA user_version = "_s + QString::number(next)))
        return bump.lastError();
    m_counterAtCommit = next;
    return {};
}

void JournalChanges::committed()
{
    if (!m_postgres && m_counterAtCommit >= 0)
        m_changeCounter = m_counterAtCommit;
    if (m_stagedUnknown)
        announce(everything());
    else if (!m_staged.isEmpty())
        announce(m_staged);
}

void JournalChanges::transactionEnded()
{
    m_inTransaction = false;
    m_staged.clear();
    m_stagedUnknown = false;
    m_counterAtCommit = -1;
}

void JournalChanges::announce(const Areas &areas)
{
    m_pending.unite(areas);
    ++m_generation;
    if (m_deliveryQueued)
        return;
    m_deliveryQueued = true;
    // Queued: a workspace's refresh never runs inside the transaction that
    // made the change, and the use cases committed before the event loop runs
    // again are announced once.
    QMetaObject::invokeMethod(this, &JournalChanges::deliver, Qt::QueuedConnection);
}

void JournalChanges::deliver()
{
    m_deliveryQueued = false;
    if (m_pending.isEmpty())
        return;
    if (m_inTransaction) {
        // An event loop run inside a transaction (a modal dialog): wait for its end.
        m_deliveryQueued = true;
        QTimer::singleShot(50, this, &JournalChanges::deliver);
        return;
    }
    const Areas areas = std::exchange(m_pending, {});
    m_delivering = true;
    emit changed(areas);
    m_delivering = false;
}

void JournalChanges::pollSqlite()
{
    if (m_inTransaction)
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    if (!db.isOpen())
        return;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    if (!query.exec(u"PRAGMA data_version"_s) || !query.next())
        return;
    const qint64 version = query.value(0).toLongLong();
    query.finish();
    if (version == m_dataVersion)
        return;
    const bool first = m_dataVersion < 0;
    m_dataVersion = version;
    const qint64 counter = readCounter(db);
    if (first || counter == m_changeCounter)
        return;
    m_changeCounter = counter;
    announce(everything());
}

void JournalChanges::notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload)
{
    // This connection's own changes were announced when they committed.
    if (name != channelName || source == QSqlDriver::SelfSource)
        return;
    announce(areasOf(payload.toString()));
}

} // namespace trinn
