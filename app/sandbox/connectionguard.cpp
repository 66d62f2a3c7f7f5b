// SPDX-License-Identifier: MIT
#include "sandbox/connectionguard.h"

#include "sandbox/requestlog.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QTimer>

#include <sys/socket.h>

namespace sandbox {

ConnectionGuard::ConnectionGuard(QTcpSocket *socket, const RequestLimits &limits, RequestLog *log)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
    , m_log(log)
    , m_framer(limits.maxHeaderBytes, limits.maxBodyBytes)
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("sjmConnectionGuard"));
    m_framer.setKeepBodies(true);
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConnectionGuard::onTimeout);
    connect(socket, &QTcpSocket::readyRead, this, &ConnectionGuard::beforeRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &ConnectionGuard::onBytesWritten);
    updateTimer();
}

ConnectionGuard *ConnectionGuard::of(QObject *socket)
{
    return socket
        ? socket->findChild<ConnectionGuard *>(QStringLiteral("sjmConnectionGuard"), Qt::FindDirectChildrenOnly)
        : nullptr;
}

void ConnectionGuard::beforeRead()
{
    if (!m_afterReadConnected) {
        // Connected now, after the HTTP server's slot, so it runs after that slot has read: it
        // learns what the server left unread (normally nothing).
        connect(m_socket, &QTcpSocket::readyRead, this, &ConnectionGuard::afterRead);
        m_afterReadConnected = true;
    }
    if (m_refused) {
        m_socket->readAll(); // a refused request's rest is dropped unseen
        return;
    }
    const qint64 available = m_socket->bytesAvailable();
    if (available > m_unread) {
        const QByteArray fresh = m_socket->peek(available).mid(qsizetype(m_unread));
        const int completedBefore = m_framer.requestsCompleted();
        switch (m_framer.feed(fresh)) {
        case RequestFramer::Verdict::Ok:
            break;
        case RequestFramer::Verdict::BodyTooLarge:
            refuse(413, "Payload Too Large");
            return;
        case RequestFramer::Verdict::HeaderTooLarge:
            refuse(431, "Request Header Fields Too Large");
            return;
        case RequestFramer::Verdict::Malformed:
            refuse(400, "Bad Request");
            return;
        }
        if (m_framer.requestsCompleted() > completedBefore)
            m_wait = Wait::Response;
        else if (m_framer.inHeader())
            m_wait = Wait::Header;
        else if (m_framer.inRequest())
            m_wait = Wait::Body;
        updateTimer();
    }
    // What the HTTP server leaves unread is learnt after it read (afterRead); until that slot is
    // in place, it is known to read everything.
    m_unread = 0;
}

void ConnectionGuard::afterRead()
{
    m_unread = m_socket->bytesAvailable();
}

void ConnectionGuard::onBytesWritten()
{
    if (m_refused) {
        if (m_socket->bytesToWrite() == 0)
            lingerClose();
        return;
    }
    if (m_socket->bytesToWrite() > 0 || m_wait != Wait::Response)
        return;
    ++m_answered;
    m_wait = m_framer.inRequest() ? (m_framer.inHeader() ? Wait::Header : Wait::Body) : Wait::Idle;
    updateTimer();
}

void ConnectionGuard::updateTimer()
{
    // A header or body timer is started by the first byte of its part and not restarted by
    // the next ones: a client that sends one byte every few seconds still has to finish in time.
    if (m_wait == m_timing && m_timer->isActive())
        return;
    m_timing = m_wait;
    switch (m_wait) {
    case Wait::Idle:
        m_timer->start(m_limits.idleTimeoutMs);
        break;
    case Wait::Header:
        m_timer->start(m_limits.headerTimeoutMs);
        break;
    case Wait::Body:
        m_timer->start(m_limits.bodyTimeoutMs);
        break;
    case Wait::Response:
        m_timer->stop(); // the sandbox itself is working (or injecting latency)
        break;
    }
}

void ConnectionGuard::onTimeout()
{
    if (m_wait == Wait::Idle) {
        m_socket->disconnectFromHost();
        return;
    }
    if (m_wait == Wait::Header || m_wait == Wait::Body)
        refuse(408, "Request Timeout");
}

void ConnectionGuard::refuse(int status, const QByteArray &reason)
{
    m_refused = true;
    m_timer->stop();
    // Whatever is buffered is discarded before the HTTP server's slot can read any of it.
    m_socket->readAll();
    const QByteArray body = "{\"detail\":\"" + reason + "\"}";
    m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason
                    + "\r\ncontent-type: application/json\r\ncontent-length: " + QByteArray::number(body.size())
                    + "\r\nconnection: close\r\nserver: uvicorn\r\n\r\n" + body);
    if (m_log) {
        RecordedRequest record;
        record.receivedAt = QDateTime::currentDateTimeUtc();
        record.method = QString::fromLatin1(m_framer.method());
        record.path = QString::fromLatin1(m_framer.target());
        record.status = status;
        record.rawBodyBytes = qMax<qint64>(0, m_framer.bodyLength());
        record.fault = QStringLiteral("refused");
        m_log->append(record);
    }
    // A client that keeps sending is cut off rather than read forever.
    QTimer::singleShot(2000, m_socket, [socket = QPointer<QTcpSocket>(m_socket)] {
        if (socket)
            socket->abort();
    });
}

void ConnectionGuard::lingerClose()
{
    if (m_shutDown)
        return;
    m_shutDown = true;
    // Closing at once with unread data would make the kernel reset the connection, and a reset
    // throws away the answer the client has not read yet.
    ::shutdown(int(m_socket->socketDescriptor()), SHUT_WR);
}

} // namespace sandbox
