// SPDX-License-Identifier: MIT
#pragma once

#include "requesttraffic.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>

class DirectoryListReply;
class JobApiClient;
struct ApiError;

// The names of the ids jobs carry (workspaces, trusted accounts, plugins), looked up through the
// directory's list calls so tables can show names rather than ids.
//
// name() answers from what is known and never waits. request() queues unknown ids; the ids
// queued in one turn of the event loop are asked in batches of at most kBatchSize with an `in`
// filter, so a poll that asks for the same ids again costs nothing. An id the server does not
// list (a deleted account that old jobs still name) is remembered as a miss, and a kind the token
// may not list (workspaces need a domain administrator) or the server does not offer is
// remembered with the reason: neither is asked again before the next refresh, which comes with
// the first request() at least kRefreshIntervalMs after the previous one and asks again for
// every id requested so far. A new endpoint (server or token) forgets everything.
class NameDirectory final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NameDirectory)

public:
    enum class Kind { Workspace, TrustedAccount, Plugin };
    Q_ENUM(Kind)

    static constexpr int kBatchSize = 100;
    static constexpr qint64 kRefreshIntervalMs = 10 * 60 * 1000;
    // The workspace id of domain-wide resources; it names no workspace.
    static inline const QString kDomainWorkspace = QStringLiteral("*");

    // An id's name, and the provider of a trusted account.
    struct Name
    {
        QString name;
        QString provider; // trusted accounts only
        friend bool operator==(const Name &a, const Name &b) { return a.name == b.name && a.provider == b.provider; }
    };

    // The client must outlive the directory.
    explicit NameDirectory(JobApiClient *client, QObject *parent = nullptr);
    ~NameDirectory() override;

    // Milliseconds of the clock that times refreshes; the client's timer source by default.
    void setClock(std::function<qint64()> nowMs);

    // The known name, or an empty string.
    QString name(Kind kind, const QString &id) const;
    // The name and provider together: the server's answer for the id, else (unless the server
    // said it has none) a remembered one.
    Name entry(Kind kind, const QString &id) const;
    // Every id of this kind with a known name.
    QStringList namedIds(Kind kind) const;
    // The provider of a named trusted account ("aws", ...), or an empty string.
    QString provider(const QString &trustedAccountId) const;
    // Whether the server answered that it does not know the id (until the next refresh).
    bool isMiss(Kind kind, const QString &id) const;
    // Names an earlier run knew (id -> name, and the provider of a trusted account), shown until
    // this server names the id itself. They are not taken as answers: every id is still asked,
    // they outlive clear() (which runs as the connection is made), and forgetRemembered() drops
    // them when another connection is shown.
    void remember(Kind kind, const QHash<QString, Name> &names);
    void forgetRemembered();
    // Why names of this kind cannot be had (permission denied, not offered, failing), for a
    // person; empty while they can.
    QString unavailableReason(Kind kind) const;

    // Queues the unknown ones of `ids` to be looked up when the event loop next runs.
    void request(Kind kind, const QStringList &ids);
    // Forgets misses and unavailable kinds and asks again for every id requested so far.
    void refresh();
    // Forgets every name, miss and reason (another server or token).
    void clear();

    // The directory's requests and their bytes, retries included.
    const RequestTraffic &traffic() const { return m_traffic; }
    int batchesInFlight() const { return m_batchesInFlight; }
    // Ids are queued or batches are on their way.
    bool isBusy() const { return m_flushScheduled || m_batchesInFlight > 0; }

Q_SIGNALS:
    // Names arrived, changed or went away, or the server said it does not know the id (a new
    // miss), for `ids`.
    void namesChanged(NameDirectory::Kind kind, const QStringList &ids);
    // unavailableReason(kind) changed.
    void availabilityChanged(NameDirectory::Kind kind);

private:
    // What is known and wanted of one kind.
    struct Book
    {
        QHash<QString, Name> names;
        QSet<QString> misses;
        QSet<QString> requested; // every id asked for since the last clear(), for refreshes
        QSet<QString> pending; // to ask at the next flush
        QSet<QString> inFlight;
        QString unavailableReason;
    };

    Book &book(Kind kind) { return m_books[size_t(kind)]; }
    const Book &book(Kind kind) const { return m_books[size_t(kind)]; }
    void scheduleFlush();
    void flush();
    void send(Kind kind, const QStringList &ids);
    void onFinished(Kind kind, const QStringList &ids, DirectoryListReply *reply);
    void take(Kind kind, const QStringList &ids, DirectoryListReply *reply);
    void fail(Kind kind, const ApiError &error);

    QPointer<JobApiClient> m_client;
    std::function<qint64()> m_now;
    std::array<Book, 3> m_books;
    std::array<QHash<QString, Name>, 3> m_remembered;
    RequestTraffic m_traffic;
    qint64 m_lastRefreshMs = -1;
    quint64 m_epoch = 0; // bumped by clear(): answers of an older epoch are dropped
    int m_batchesInFlight = 0;
    bool m_flushScheduled = false;
};
