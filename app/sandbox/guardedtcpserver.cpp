// SPDX-License-Identifier: MIT
#include "sandbox/guardedtcpserver.h"

#include "sandbox/connectionguard.h"

#include <QTcpSocket>

namespace sandbox {

GuardedTcpServer::GuardedTcpServer(const RequestLimits &limits, RequestLog *log, QObject *parent)
    : QTcpServer(parent)
    , m_limits(limits)
    , m_log(log)
{ }

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (m_open >= m_limits.maxConnections) {
        ++m_refused;
        socket->abort();
        socket->deleteLater();
        return;
    }
    ++m_open;
    connect(socket, &QObject::destroyed, this, [this] { --m_open; });
    new ConnectionGuard(socket, m_limits, m_log);
    addPendingConnection(socket);
}

} // namespace sandbox
