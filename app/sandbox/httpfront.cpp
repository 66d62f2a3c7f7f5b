// SPDX-License-Identifier: MIT
#include "sandbox/httpfront.h"

#include "sandbox/apierror.h"
#include "sandbox/connectionguard.h"
#include "sandbox/faultinjector.h"
#include "sandbox/guardedtcpserver.h"
#include "sandbox/requestlog.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QMetaEnum>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace sandbox {

namespace {

struct Resource
{
    QString service;
    QString version; // of the seed-style path, /identity/v2/job/list
    QString resource;
    QStringList verbs;
};

const QList<Resource> &resources()
{
    static const QList<Resource> all{
        { QStringLiteral("identity"),
          QStringLiteral("v2"),
          QStringLiteral("job"),
          { QStringLiteral("list"), QStringLiteral("get"), QStringLiteral("delete"), QStringLiteral("stat") } },
        { QStringLiteral("identity"), QStringLiteral("v2"), QStringLiteral("workspace"), { QStringLiteral("list") } },
        { QStringLiteral("identity"),
          QStringLiteral("v2"),
          QStringLiteral("trusted-account"),
          { QStringLiteral("list"), QStringLiteral("sync") } },
        { QStringLiteral("repository"), QStringLiteral("v1"), QStringLiteral("plugin"), { QStringLiteral("list") } },
    };
    return all;
}

// Both paths of every served call: /service/resource/verb and /service/version/resource/verb.
QList<QPair<QString, QString>> servedPaths()
{
    QList<QPair<QString, QString>> paths; // path, endpoint
    for (const Resource &r : resources()) {
        for (const QString &verb : r.verbs) {
            const QString endpoint = r.service + u'/' + r.resource + u'/' + verb;
            paths.append({ u'/' + endpoint, endpoint });
            paths.append({ QStringLiteral("/%1/%2/%3/%4").arg(r.service, r.version, r.resource, verb), endpoint });
        }
    }
    return paths;
}

// The endpoint ("identity/job/list") a path serves, or an empty string.
QString endpointOf(const QString &path)
{
    static const QList<QPair<QString, QString>> paths = servedPaths();
    for (const auto &[served, endpoint] : paths) {
        if (path == served)
            return endpoint;
    }
    return {};
}

// The verb of a Job API path, or an empty string.
QString jobVerb(const QString &path)
{
    const QString endpoint = endpointOf(path);
    return endpoint.startsWith(QStringLiteral("identity/job/")) ? endpoint.section(u'/', 2) : QString();
}

// Starlette's `{param}` matches one non-empty segment without '/'.
bool isThreeSegmentPath(const QString &path)
{
    if (!path.startsWith(u'/'))
        return false;
    const QStringList parts = path.mid(1).split(u'/');
    if (parts.size() != 3)
        return false;
    for (const QString &p : parts) {
        if (p.isEmpty())
            return false;
    }
    return true;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 409:
        return "Conflict";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return {};
    }
}

HttpFront::Reply detailReply(int status, const char *detail)
{
    HttpFront::Reply r;
    r.status = status;
    JsonValue body = JsonValue::object();
    body.insert(QStringLiteral("detail"), QString::fromLatin1(detail));
    r.body = body.toJson();
    return r;
}

HttpFront::Reply errorReply(const ApiError &e)
{
    HttpFront::Reply r;
    r.status = e.httpStatus();
    r.body = e.body().toJson();
    return r;
}

QString methodName(QHttpServerRequest::Method method)
{
    const QMetaEnum e = QMetaEnum::fromType<QHttpServerRequest::Method>();
    const char *key = e.valueToKey(int(method));
    return key ? QString::fromLatin1(key).toUpper() : QStringLiteral("UNKNOWN");
}

} // namespace

struct HttpFront::Pending
{
    std::unique_ptr<QHttpServerResponder> responder;
    QPointer<QTcpSocket> socket;
    RecordedRequest record;
    QByteArray body; // whole; the record keeps a prefix
    QByteArray authorization;
    bool closeAfter = false;
    FaultInjector::Decision decision;
};

HttpFront::HttpFront(Handler handler, FaultInjector &faults, RequestLog &log, QObject *parent)
    : QObject(parent)
    , m_handler(std::move(handler))
    , m_faults(faults)
    , m_log(log)
{ }

HttpFront::~HttpFront()
{
    close();
}

quint16 HttpFront::listen(quint16 port, QString *error)
{
    close();
    m_server = new QHttpServer(this);
    const auto handler = [this](const QHttpServerRequest &request, QHttpServerResponder &&responder) {
        handle(request, std::move(responder));
    };
    // The served paths go through the router (any method: the handler answers 405 itself);
    // everything else reaches the missing handler, which applies the same rules.
    for (const auto &[path, endpoint] : servedPaths())
        m_server->route(path, QHttpServerRequest::Methods(QHttpServerRequest::Method::AnyKnown), handler);
    m_server->setMissingHandler(handler);
    auto *tcp = new GuardedTcpServer(m_limits, &m_log, m_server);
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1").arg(port);
        delete m_server;
        m_server = nullptr;
        return 0;
    }
    m_server->bind(tcp);
    return tcp->serverPort();
}

void HttpFront::close()
{
    if (!m_server)
        return;
    for (QTcpServer *server : m_server->servers())
        server->close();
    delete m_server;
    m_server = nullptr;
}

HttpFront::Reply HttpFront::route(const QString &method, const QString &path, const QByteArray &body,
                                  const QByteArray &authorization)
{
    const QString endpoint = endpointOf(path);
    if (!endpoint.isEmpty()) {
        if (method != u"POST") {
            Reply r = detailReply(405, "Method Not Allowed");
            r.headers.append(qMakePair(QByteArray("allow"), QByteArray("POST")));
            return r;
        }
        return m_handler(endpoint, body, authorization);
    }
    if (path.size() > 1 && path.endsWith(u'/')) {
        const QString stripped = path.chopped(1);
        if (!endpointOf(stripped).isEmpty() || isThreeSegmentPath(stripped)) {
            Reply r;
            r.status = 307;
            r.contentType.clear();
            r.headers.append(qMakePair(QByteArray("location"), stripped.toUtf8()));
            return r;
        }
    }
    if (isThreeSegmentPath(path)) {
        if (method != u"POST") {
            Reply r = detailReply(405, "Method Not Allowed");
            r.headers.append(qMakePair(QByteArray("allow"), QByteArray("POST")));
            return r;
        }
        // The proxy checks the path against the API's OpenAPI paths before anything else.
        return errorReply(ApiError::gateway(
            QStringLiteral("INTERNAL"), QStringLiteral("ERROR_UNSUPPORTED_API"),
            QStringLiteral("Call Unsupported API. (reason = method: %1, path: %2)").arg(method, path)));
    }
    return detailReply(404, "Not Found");
}

void HttpFront::handle(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    auto pending = std::make_shared<Pending>();
    pending->responder = std::make_unique<QHttpServerResponder>(std::move(responder));
    pending->socket = pending->responder->socket();
    // The guard framed this request first and kept its whole body (see ConnectionGuard).
    QByteArray body = request.body();
    if (ConnectionGuard *guard = ConnectionGuard::of(pending->socket.data()))
        guard->takeBody(&body);
    pending->record.receivedAt = QDateTime::currentDateTimeUtc();
    pending->record.method = methodName(request.method());
    pending->record.path = request.url().path();
    pending->record.verb = jobVerb(pending->record.path);
    // The log keeps what tests and demos look at, not whatever a client chose to send.
    pending->record.rawBodyBytes = body.size();
    pending->record.rawBody = body.left(RequestLog::kBodyPrefixBytes);
    pending->body = body;
    // The request line and headers as they came over the wire, give or take the exact spacing:
    // " " and " HTTP/1.1\r\n" on the request line, "\r\n" after the headers.
    qint64 headerBytes = pending->record.method.size() + request.url().path().size() + 13;
    for (const auto &header : request.headers())
        headerBytes += header.first.size() + header.second.size() + 4; // ": ", "\r\n"
    pending->record.requestHeaderBytes = headerBytes;
    if (body.size() <= RequestLog::kBodyPrefixBytes) {
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
        if (parseError.error == QJsonParseError::NoError)
            pending->record.body = doc.isObject() ? QJsonValue(doc.object()) : QJsonValue(doc.array());
    }
    pending->authorization = request.value("authorization");
    const qsizetype space = pending->authorization.indexOf(' ');
    if (space > 0 && pending->authorization.left(space).toLower() == "bearer")
        pending->record.token = QString::fromUtf8(pending->authorization.mid(space + 1)).trimmed();
    pending->closeAfter = request.value("connection").toLower().contains("close");
    // Answers go out in several writes; without TCP_NODELAY, Nagle's algorithm and the client's
    // delayed ACK would hold the last segment back for tens of milliseconds.
    if (pending->socket)
        pending->socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    pending->decision = m_faults.decide();

    if (pending->decision.latencyMs > 0) {
        QTimer::singleShot(pending->decision.latencyMs, this, [this, pending] { finish(pending); });
        return;
    }
    finish(pending);
}

void HttpFront::finish(const std::shared_ptr<Pending> &pending)
{
    RecordedRequest &record = pending->record;
    const FaultInjector::Kind kind = pending->decision.kind;
    record.fault = FaultInjector::kindName(kind);
    QTcpSocket *socket = pending->socket.data();
    if (!socket || socket->state() != QAbstractSocket::ConnectedState) {
        m_log.append(record);
        return;
    }
    if (kind == FaultInjector::Kind::Drop) {
        socket->abort();
        m_log.append(record);
        return;
    }

    Reply reply;
    if (kind == FaultInjector::Kind::Error500) {
        // An unhandled exception in the ASGI app: uvicorn's plain-text 500.
        reply.status = 500;
        reply.contentType = "text/plain; charset=utf-8";
        reply.body = "Internal Server Error";
    } else if (kind == FaultInjector::Kind::Error503) {
        reply = errorReply(ApiError::gateway(
            QStringLiteral("UNAVAILABLE"), QStringLiteral("ERROR_GRPC_CONNECTION"),
            QStringLiteral(
                "Server is unavailable. (channel = identity:50051, message = failed to connect to all addresses)")));
    } else {
        reply = route(record.method, record.path, pending->body, pending->authorization);
        record.deletedJobId = reply.deletedJobId;
    }

    QByteArray body = reply.body;
    qint64 announcedLength = body.size();
    if (kind == FaultInjector::Kind::Malformed) {
        body = body.left(qMax<qsizetype>(1, body.size() / 2)) + QByteArrayLiteral("<<malformed>>");
        announcedLength = body.size();
    } else if (kind == FaultInjector::Kind::Truncate) {
        body = body.left(body.size() / 2);
    }

    QList<QPair<QByteArray, QByteArray>> headers;
    if (!reply.contentType.isEmpty())
        headers.append(qMakePair(QByteArray("content-type"), reply.contentType));
    headers.append(qMakePair(QByteArray("content-length"), QByteArray::number(announcedLength)));
    headers.append(qMakePair(QByteArray("server"), QByteArray("uvicorn")));
    headers += reply.headers;

    qint64 bytes = QByteArray("HTTP/1.1 ").size() + QByteArray::number(reply.status).size() + 2;
    const QByteArray reason = reasonPhrase(reply.status);
    if (!reason.isEmpty())
        bytes += 1 + reason.size();
    for (const auto &[name, value] : headers)
        bytes += name.size() + 2 + value.size() + 2;
    bytes += 2 + body.size();

    // Logged before the bytes leave, so a client that has its answer always finds the entry.
    record.status = reply.status;
    record.bytesSent = bytes;
    record.bodyBytes = body.size();
    m_log.append(record);

    QHttpServerResponder &responder = *pending->responder;
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    for (const auto &[name, value] : headers)
        responder.writeHeader(name, value);
    responder.writeBody(body);

    if (kind == FaultInjector::Kind::Truncate || pending->closeAfter)
        socket->disconnectFromHost();
}

} // namespace sandbox
