// SPDX-License-Identifier: MIT
#pragma once

#include "api/builtinserver.h"
#include "sandbox/sandboxserver.h"

// The built-in server is the sandbox, started with the app's options.
class SandboxBuiltInServer final : public BuiltInServer
{
public:
    SandboxBuiltInServer();
    ~SandboxBuiltInServer() override;
    Q_DISABLE_COPY_MOVE(SandboxBuiltInServer)

    void startInBackground(const Options &options) override;
    void stop() override;
    bool isStarting() const override { return m_server.isStarting(); }
    bool isRunning() const override { return m_server.isRunning(); }
    QString defaultToken() const override { return m_server.defaultToken(); }

private:
    sandbox::SandboxServer m_server;
};
