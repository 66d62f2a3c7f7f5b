// SPDX-License-Identifier: MIT
#include "builtinsandbox.h"

#include "api/networkbackend.h"
#include "paintflushprobe.h"

BuiltInSandbox::BuiltInSandbox(const BuiltInServer::Options &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
{ }

BuiltInSandbox::~BuiltInSandbox()
{
    stop();
}

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

void BuiltInSandbox::startOncePainted(PaintFlushProbe *firstPaint, int latestMs)
{
    // Loading the network module takes a few milliseconds, which must not hold up the first paint
    // nor whatever else waits for it.
    firstPaint->afterFirstPaint(
        this, [this] { start(); }, latestMs);
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
