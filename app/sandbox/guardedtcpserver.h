// SPDX-License-Identifier: MIT
#pragma once

#include "sandbox/requestlimits.h"

#include <QTcpServer>

namespace sandbox {

class RequestLog;

// The listening socket of the sandbox: every accepted connection gets a ConnectionGuard before
// the HTTP server sees it, and connections beyond the limit are closed as they arrive.
class GuardedTcpServer final : public QTcpServer
{
    Q_OBJECT

public:
    GuardedTcpServer(const RequestLimits &limits, RequestLog *log, QObject *parent = nullptr);

    int openConnections() const { return m_open; }
    // Connections closed at once because the limit was reached.
    int refusedConnections() const { return m_refused; }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    RequestLimits m_limits;
    RequestLog *m_log;
    int m_open = 0;
    int m_refused = 0;
};

} // namespace sandbox
