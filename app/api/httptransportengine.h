// SPDX-License-Identifier: MIT
#pragma once

#include "httprequest.h"
#include "httpresult.h"
#include "httptransport.h"

#include <QObject>

// The transport thread's side of HttpTransport: the network library's requests and replies.
// It lives on the transport thread, and every call arrives there queued from HttpTransport. The
// network backend makes it (NetworkBackend::createTransportEngine).
class HttpTransportEngine : public QObject
{
public:
    HttpTransportEngine() = default;
    ~HttpTransportEngine() override;
    Q_DISABLE_COPY_MOVE(HttpTransportEngine)

    virtual void post(quint64 id, const HttpRequest &request, const QByteArray &payload, qint64 cap,
                      const HttpTransport::Decoder &decoder)
        = 0;
    // The transfer stops without a result.
    virtual void abort(quint64 id) = 0;
    virtual void clearConnectionCache() = 0;

protected:
    // Hands a finished exchange to `frontend`, on its thread.
    static void deliver(HttpTransport *frontend, quint64 id, const HttpResult &result);
};
