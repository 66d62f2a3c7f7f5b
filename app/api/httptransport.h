// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresult.h"

#include <QObject>
#include <QSet>
#include <QThread>

#include <functional>

class HttpTransportEngine;

// Runs the network side of every request on a thread of its own: the network manager's
// per-reply signals (headers, each chunk, progress, finish) and the size checks stay there, and
// the GUI thread hears once per request, when it has ended. Request ids are never reused.
class HttpTransport final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpTransport)

public:
    explicit HttpTransport(QObject *parent = nullptr);
    ~HttpTransport() override;

    // Turns a successful body into what its caller wants, on the transport thread, so large
    // answers are parsed off the caller's thread too.
    using Decoder = std::function<std::shared_ptr<void>(const QByteArray &body)>;

    // POSTs payload; a response whose announced or received size passes cap is stopped and
    // finishes with tooLarge. Returns the id finished() reports it by.
    quint64 post(const HttpRequest &request, const QByteArray &payload, qint64 cap, Decoder decoder = {});
    // The request ends without finished(); a result already on its way is dropped.
    void abort(quint64 id);
    // Kept-alive connections are closed, so the next request connects (and verifies) anew.
    void clearConnectionCache();

    int pending() const { return int(m_pending.size()); }

Q_SIGNALS:
    void finished(quint64 id, const HttpResult &result);

private:
    friend class HttpTransportEngine;
    void deliver(quint64 id, const HttpResult &result);
    HttpTransportEngine *worker();

    QThread m_thread;
    HttpTransportEngine *m_worker = nullptr;
    QSet<quint64> m_pending;
    quint64 m_nextId = 1;
};
