// SPDX-License-Identifier: MIT
#include "sandboxbuiltinserver.h"

SandboxBuiltInServer::SandboxBuiltInServer()
{
    connect(&m_server, &sandbox::SandboxServer::started, this, &BuiltInServer::started);
    connect(&m_server, &sandbox::SandboxServer::startFailed, this, &BuiltInServer::startFailed);
}

SandboxBuiltInServer::~SandboxBuiltInServer() = default; // the sandbox stops itself as it goes

void SandboxBuiltInServer::startInBackground(const Options &options)
{
    sandbox::SandboxOptions sandboxOptions;
    if (options.seed)
        sandboxOptions.seed = *options.seed; // and a temporary database
    else
        sandboxOptions.databasePath = options.databasePath;
    m_server.startInBackground(sandboxOptions);
}

void SandboxBuiltInServer::stop()
{
    m_server.stop();
}
