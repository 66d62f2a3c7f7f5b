// SPDX-License-Identifier: MIT
#include "systemproxy.h"

#include <QNetworkProxyFactory>

namespace SystemProxy {
void enable()
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
}
} // namespace SystemProxy
