// SPDX-License-Identifier: MIT
#pragma once

#include "api/networkbackend.h"

// The network backend on Qt Network, with the sandbox as the built-in server.
class QtNetworkBackend final : public NetworkBackend
{
public:
    QtNetworkBackend();
    ~QtNetworkBackend() override;
    Q_DISABLE_COPY_MOVE(QtNetworkBackend)

    HttpTransportEngine *createTransportEngine(HttpTransport *frontend) override;
    QList<QByteArray> readCertificates(const QByteArray &data) override;
    BuiltInServer *createBuiltInServer() override;

    // Installs this process's one backend, for programs that link it in rather than load it.
    static void installLinked();
};
