// SPDX-License-Identifier: MIT
#include "systemproxy.h"

#include "connect/transportpolicy.h"

#include <QNetworkProxyFactory>

namespace {
class LoopbackDirectProxyFactory final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        // Whether the system lookup skips loopback depends on how Qt was built (libproxy does; Qt's
        // own Unix fallback only honours no_proxy), so it is decided here for every build.
        if (TransportPolicy::isLoopbackHost(query.peerHostName()))
            return { QNetworkProxy(QNetworkProxy::NoProxy) };
        return systemProxyForQuery(query);
    }
};
} // namespace

namespace SystemProxy {
void enable()
{
    QNetworkProxyFactory::setApplicationProxyFactory(new LoopbackDirectProxyFactory);
}

void disable()
{
    QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
}
} // namespace SystemProxy
