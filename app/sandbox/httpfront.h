// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>
#include <QPair>
#include <QString>

#include "sandbox/requestlimits.h"

#include <functional>
#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QHttpServerResponder;

namespace sandbox {

class FaultInjector;
class RequestLog;

// The HTTP side of the sandbox, on Qt HttpServer, bound to 127.0.0.1 only.
//
// Routes, as FastAPI/Starlette in console-api-v2 answer them:
//   POST /identity/job/{list,get,delete,stat}       the Job API (and the same under /identity/v2/job/)
//   POST /identity/workspace/list, /identity/trusted-account/{list,sync}, /repository/plugin/list
//                                                     the directory (also /identity/v2/..., /repository/v1/...)
//   other methods on those paths                      405 {"detail":"Method Not Allowed"}, allow: POST
//   POST on any other /{service}/{resource}/{verb}     500 ERROR_UNSUPPORTED_API (the proxy's path check)
//   other methods on such a 3-segment path             405
//   a known path with a trailing slash                 307 to the path without it
//   anything else                                      404 {"detail":"Not Found"}
//
// Connections are watched before the HTTP server reads them (ConnectionGuard): bodies over the
// limit get 413 unread, slow and idle connections are closed.
//
// Every request is logged (RequestLog) and may get an injected fault (FaultInjector): latency
// without blocking the thread, a 500/503 answer, a truncated or malformed body, or a dropped
// connection.
class HttpFront : public QObject
{
    Q_OBJECT

public:
    struct Reply
    {
        int status = 200;
        QByteArray contentType = "application/json";
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
        QString deletedJobId;
    };
    // Answers one served call: endpoint ("identity/job/list", "repository/plugin/list"; the same
    // for both path styles), body, Authorization header.
    using Handler
        = std::function<Reply(const QString &endpoint, const QByteArray &body, const QByteArray &authorization)>;

    HttpFront(Handler handler, FaultInjector &faults, RequestLog &log, QObject *parent = nullptr);
    ~HttpFront() override;

    // Applies to connections accepted after the next listen().
    void setLimits(const RequestLimits &limits) { m_limits = limits; }
    // Listens on 127.0.0.1:port (0 = any free port). Returns the port, or 0 with an error.
    quint16 listen(quint16 port, QString *error);
    void close();

private:
    struct Pending;
    void handle(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    void finish(const std::shared_ptr<Pending> &pending);
    Reply route(const QString &method, const QString &path, const QByteArray &body, const QByteArray &authorization);

    Handler m_handler;
    FaultInjector &m_faults;
    RequestLog &m_log;
    QHttpServer *m_server = nullptr;
    RequestLimits m_limits;
};

} // namespace sandbox
