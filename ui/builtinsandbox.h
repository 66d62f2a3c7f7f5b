// SPDX-License-Identifier: MIT
#pragma once

#include "api/builtinserver.h"

#include <QObject>

#include <memory>

// The built-in sandbox the window offers as a connection. Its server, and with it the network
// module, is made when it first starts, so a window with saved rows paints them first.
class BuiltInSandbox final : public QObject
{
    Q_OBJECT

public:
    explicit BuiltInSandbox(const BuiltInServer::Options &options, QObject *parent = nullptr);
    ~BuiltInSandbox() override;
    Q_DISABLE_COPY_MOVE(BuiltInSandbox)

    // Starts the server unless it is starting or running.
    void start();
    void stop();
    // The server's token for its domain admin; empty before it has started.
    QString defaultToken() const;

Q_SIGNALS:
    void started(const QUrl &baseUrl);
    void startFailed(const QString &error);

private:
    BuiltInServer::Options m_options;
    std::unique_ptr<BuiltInServer> m_server;
};
