// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/requestframer.h"
#include "sandbox/requestlimits.h"

#include <QObject>
#include <QPointer>

class QTcpSocket;
class QTimer;

namespace sandbox {

class RequestLog;

// Watches one connection of the sandbox ahead of the HTTP server: its readyRead slot runs first,
// sees each new byte (without consuming it), and refuses a request as soon as it breaks a limit
// (413 for a body over the cap, announced or chunked, 431 for huge headers, 400 for what cannot
// be framed) by answering, discarding what arrived and closing, before the HTTP server has
// buffered anything. It also closes connections that are slow to send their headers or body,
// and kept-alive connections that stay idle.
//
// It also keeps each request's whole body for the handler: Qt 6.4's HTTP server keeps only the
// part of a body that arrived with the last read, so a body split over several reads would
// reach the handler cut.
class ConnectionGuard final : public QObject
{
    Q_OBJECT

public:
    // Becomes a child of `socket`; must be created before anyone else connects to readyRead.
    ConnectionGuard(QTcpSocket *socket, const RequestLimits &limits, RequestLog *log);

    const RequestFramer &framer() const { return m_framer; }
    // The whole body of the oldest request the HTTP server has not asked for yet.
    bool takeBody(QByteArray *body) { return m_framer.takeBody(body); }
    // The guard of the connection `socket` belongs to, if any.
    static ConnectionGuard *of(QObject *socket);

private:
    void beforeRead();
    void afterRead();
    void onBytesWritten();
    void refuse(int status, const QByteArray &reason);
    // After a refusal: the answer is sent, then the sending side is shut while what the client
    // still sends is read and dropped, so the client gets to read the answer before the close.
    void lingerClose();
    void onTimeout();
    void updateTimer();

    QTcpSocket *m_socket;
    RequestLimits m_limits;
    RequestLog *m_log;
    RequestFramer m_framer;
    QTimer *m_timer;
    qint64 m_unread = 0; // bytes the HTTP server left in the socket's buffer last time
    int m_answered = 0; // responses written completely (approximately: buffer drained)
    bool m_afterReadConnected = false;
    bool m_refused = false;
    bool m_shutDown = false;
    enum class Wait { Idle, Header, Body, Response };
    Wait m_wait = Wait::Idle;
    Wait m_timing = Wait::Response; // what the running timer is for
};

} // namespace sandbox
