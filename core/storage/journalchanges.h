#pragma once

#include "access/accesspolicy.h"

#include <QObject>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QString>

class QTimer;

namespace trinn {

/// The one channel through which the journal says what changed, so every
/// open workspace can show it: the Gate's committed writes on this
/// connection, and the commits of every other workstation or process
/// (PostgreSQL: LISTEN/NOTIFY on `trinn_changes`; SQLite: `PRAGMA
/// data_version`, polled each second, which costs no read of the journal).
///
/// `changed` is emitted from the event loop, never inside a transaction, and
/// once for all the use cases committed since the loop last ran.
class JournalChanges : public QObject
{
    Q_OBJECT
public:
    using Areas = QSet<AccessPolicy::Data>;
    /// What a change of unknown scope may have touched: every area.
    static Areas everything();
    /// How often an SQLite journal looks for other connections' commits.
    static constexpr int sqlitePollMilliseconds = 1000;

    explicit JournalChanges(QObject *parent = nullptr);
    ~JournalChanges() override;

    /// The Gate, at the end of a write visit: the transaction open now writes
    /// `area`. It is announced when the transaction commits, forgotten if it
    /// rolls back.
    void changing(AccessPolicy::Data area);

    /// Counts the changes announced so far (committed here, or seen from
    /// elsewhere). A screen read after this number was reached already shows
    /// those changes, and need not read them again when they are delivered.
    quint64 generation() const { return m_generation; }

signals:
    void changed(const trinn::JournalChanges::Areas &areas);

private:
    friend class Journal;
    // The journal's side: which connection to watch, and the transactions'
    // ends, so that only committed writes are announced.
    void watch(const QString &connectionName, bool postgres);
    void transactionBegan(bool outsideGate);
    /// Inside the transaction, just before COMMIT: tell the other connections.
    QSqlError beforeCommit();
    void committed();
    void transactionEnded();

    void announce(const Areas &areas);
    void deliver();
    void pollSqlite();
    void notified(const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload);

    QString m_connectionName;
    bool m_postgres = false;
    QTimer *m_poll = nullptr;
    bool m_inTransaction = false;
    // True while the workspaces refresh: what they write then is no change.
    bool m_delivering = false;
    // Written in the open transaction; announced once it commits.
    Areas m_staged;
    bool m_stagedUnknown = false;
    // Committed, waiting for the event loop to say so.
    Areas m_pending;
    quint64 m_generation = 0;
    bool m_deliveryQueued = false;
    // SQLite: the last data_version seen, and the journal's change counter
    // (user_version, bumped by each write that commits) as last seen.
    qint64 m_dataVersion = -1;
    qint64 m_changeCounter = -1;
    qint64 m_counterAtCommit = -1;
};

} // namespace trinn
