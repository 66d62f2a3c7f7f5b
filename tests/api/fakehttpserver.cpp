// SPDX-License-Identifier: MIT
#include "fakehttpserver.h"

#include <QFile>
#include <QJsonDocument>
#include <QPointer>
#include <QSslConfiguration>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>

namespace {

// The last of the three numbers in /proc/sys/net/ipv4/tcp_[rw]mem is the most autotuning grants.
qint64 tcpBufferMax(const char *path, qint64 fallback)
{
    QFile file(QString::fromLatin1(path));
    if (!file.open(QIODevice::ReadOnly))
        return fallback;
    const QList<QByteArray> fields = file.readAll().simplified().split(' ');
    bool ok = false;
    const qint64 value = fields.size() == 3 ? fields.last().toLongLong(&ok) : 0;
    return ok && value > 0 ? value : fallback;
}

} // namespace

qint64 FakeHttpServer::bufferedAheadBytes()
{
    const qint64 readAhead = qint64(8) << 20;
    return tcpBufferMax("/proc/sys/net/ipv4/tcp_rmem", qint64(32) << 20)
        + tcpBufferMax("/proc/sys/net/ipv4/tcp_wmem", qint64(4) << 20) + readAhead;
}

QJsonObject RecordedRequest::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QString RecordedRequest::verb() const
{
    return QString::fromLatin1(path.mid(path.lastIndexOf('/') + 1));
}

FakeResponse FakeResponse::json(int status, const QByteArray &body, int delayMs)
{
    FakeResponse r;
    r.status = status;
    r.body = body;
    r.delayMs = delayMs;
    return r;
}

FakeResponse FakeResponse::ofAction(Action action)
{
    FakeResponse r;
    r.action = action;
    r.body = R"({"results":[{"job_id":"job-000000000001","status":"SUCCESS"}],"total_count":1})";
    return r;
}

FakeHttpServer::FakeHttpServer(QObject *parent)
    : QObject(parent)
{ }

FakeHttpServer::~FakeHttpServer() = default;

void FakeHttpServer::useTls(const QSslCertificate &certificate, const QSslKey &key)
{
    m_tls = true;
    m_certificate = certificate;
    m_key = key;
}

bool FakeHttpServer::listen(quint16 port)
{
    if (m_tls) {
        auto server = std::make_unique<QSslServer>();
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(m_certificate);
        config.setPrivateKey(m_key);
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        server->setSslConfiguration(config);
        m_server = std::move(server);
    } else {
        m_server = std::make_unique<QTcpServer>();
    }
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, &FakeHttpServer::onConnection);
    if (!m_server->listen(QHostAddress::LocalHost, port))
        return false;
    m_port = m_server->serverPort();
    return true;
}

void FakeHttpServer::stopListening()
{
    if (m_server)
        m_server->close();
}

QUrl FakeHttpServer::url() const
{
    return QUrl(
        QStringLiteral("%1://127.0.0.1:%2").arg(m_tls ? QStringLiteral("https") : QStringLiteral("http")).arg(port()));
}

void FakeHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
        if (socket->bytesAvailable() > 0)
            onReadyRead(socket);
    }
}

void FakeHttpServer::onReadyRead(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype headerEnd = buffer.indexOf("\r\n\r\n");
        if (headerEnd < 0)
            return;
        RecordedRequest request;
        const QList<QByteArray> lines = buffer.left(headerEnd).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.path = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon > 0)
                request.headers.insert(line.left(colon).trimmed().toLower(), line.mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < headerEnd + 4 + length)
            return;
        request.body = buffer.mid(headerEnd + 4, length);
        buffer.remove(0, headerEnd + 4 + length);
        m_requests.append(request);
        ++m_inFlight;
        m_maxInFlight = qMax(m_maxInFlight, m_inFlight);
        const int verbCount = ++m_inFlightByVerb[request.verb()];
        m_maxInFlightByVerb[request.verb()] = qMax(m_maxInFlightByVerb.value(request.verb()), verbCount);
        emit requestReceived(request);
        respond(socket, request);
    }
}

void FakeHttpServer::respond(QTcpSocket *socket, const RecordedRequest &request)
{
    FakeResponse response;
    if (!m_queue.isEmpty())
        response = m_queue.dequeue();
    else if (m_handler)
        response = m_handler(request);
    else
        response = FakeResponse::json(404, R"({"detail":"Not Found"})");

    if (response.action == FakeResponse::Action::Hang) {
        // Counts as answered once the client gives up and closes.
        connect(socket, &QTcpSocket::disconnected, this, [this, verb = request.verb()] { answered(verb); });
        return;
    }
    if (response.delayMs > 0) {
        QPointer<QTcpSocket> guard(socket);
        QTimer::singleShot(response.delayMs, this, [this, guard, response, verb = request.verb()] {
            if (guard)
                write(guard, response, verb);
            else
                answered(verb);
        });
        return;
    }
    write(socket, response, request.verb());
}

void FakeHttpServer::answered(const QString &verb)
{
    --m_inFlight;
    --m_inFlightByVerb[verb];
}

void FakeHttpServer::write(QTcpSocket *socket, const FakeResponse &response, const QString &verb)
{
    answered(verb);
    if (response.action == FakeResponse::Action::Drop) {
        socket->abort();
        return;
    }
    if (response.action == FakeResponse::Action::Trickle) {
        socket->write("HTTP/1.1 " + QByteArray::number(response.status)
                      + " Fake\r\nContent-Type: " + response.contentType + "\r\nConnection: close\r\n\r\n");
        auto *timer = new QTimer(socket);
        auto at = std::make_shared<qsizetype>(0);
        const QByteArray body = response.body.isEmpty() ? QByteArray("x") : response.body;
        connect(timer, &QTimer::timeout, socket, [this, socket, body, at] {
            socket->write(body.mid(*at % body.size(), 1));
            ++*at;
            ++m_streamed;
        });
        timer->start(qMax(1, response.delayMs));
        return;
    }
    if (response.action == FakeResponse::Action::Flood) {
        QByteArray head = "HTTP/1.1 " + QByteArray::number(response.status)
            + " Fake\r\nContent-Type: " + response.contentType + "\r\n";
        head += response.announceLength ? "Content-Length: " + QByteArray::number(response.floodBytes) + "\r\n"
                                        : QByteArray("Connection: close\r\n");
        socket->write(head + "\r\n");
        auto left = std::make_shared<qint64>(response.floodBytes);
        auto pump = [this, socket, left] {
            // Keep about one chunk queued: the rest is written only as the client reads.
            while (*left > 0 && socket->bytesToWrite() < 64 * 1024) {
                const qint64 n = qMin<qint64>(*left, 64 * 1024);
                socket->write(QByteArray(qsizetype(n), '7'));
                *left -= n;
                m_streamed += n;
            }
            if (*left == 0)
                socket->disconnectFromHost();
        };
        connect(socket, &QTcpSocket::bytesWritten, socket, pump);
        pump();
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(response.status) + " Fake\r\n";
    out += "Content-Type: " + response.contentType + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += "Connection: close\r\n\r\n";
    out += response.action == FakeResponse::Action::Truncate ? response.body.left(response.body.size() / 2)
                                                             : response.body;
    socket->write(out);
    socket->disconnectFromHost();
}
