// SPDX-License-Identifier: MIT
#include "builtinsandbox.h"

#include "api/networkbackend.h"

BuiltInSandbox::BuiltInSandbox(const BuiltInServer::Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

BuiltInSandbox::~BuiltInSandbox() = default; // the server stops itself as it goes

void BuiltInSandbox::start()
{
    if (!m_server) {
        m_server.reset(NetworkBackend::get()->createBuiltInServer());
        connect(m_server.get(), &BuiltInServer::started, this, &BuiltInSandbox::started);
        connect(m_server.get(), &BuiltInServer::startFailed, this, &BuiltInSandbox::startFailed);
    }
    if (!m_server->isStarting() && !m_server->isRunning())
        m_server->startInBackground(m_options);
}

void BuiltInSandbox::stop()
{
    if (m_server)
        m_server->stop();
}

QString BuiltInSandbox::defaultToken() const
{
    return m_server ? m_server->defaultToken() : QString();
}
