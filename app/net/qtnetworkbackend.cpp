// SPDX-License-Identifier: MIT
#include "qtnetworkbackend.h"

#include "httptransportworker.h"
#include "sandboxbuiltinserver.h"
#include "systemproxy.h"
#include "tlssupport.h"

namespace {
NetworkBackend *processBackend()
{
    // Lives as long as the process: transport threads may still hold engines at exit.
    static auto *backend = new QtNetworkBackend;
    return backend;
}
} // namespace

QtNetworkBackend::QtNetworkBackend()
{
    // Every request of the process goes through this backend, so its proxy rule is set once, here.
    SystemProxy::enable();
}

QtNetworkBackend::~QtNetworkBackend() = default;

HttpTransportEngine *QtNetworkBackend::createTransportEngine(HttpTransport *frontend)
{
    return new HttpTransportWorker(frontend);
}

QList<QByteArray> QtNetworkBackend::readCertificates(const QByteArray &data)
{
    return TlsSupport::readCertificates(data);
}

BuiltInServer *QtNetworkBackend::createBuiltInServer()
{
    return new SandboxBuiltInServer;
}

void QtNetworkBackend::installLinked()
{
    NetworkBackend::install(processBackend());
}

// What NetworkBackend::load() looks up in the module.
extern "C" Q_DECL_EXPORT NetworkBackend *sjm_network_backend()
{
    return processBackend();
}
