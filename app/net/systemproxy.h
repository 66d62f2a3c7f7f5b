// SPDX-License-Identifier: MIT
#pragma once

namespace SystemProxy {
// Makes every QNetworkAccessManager use the system's proxy settings (https_proxy/no_proxy on
// Linux, the system configuration elsewhere): corporate networks often allow https out only
// through a proxy. Like QNetworkProxyFactory::setUseSystemConfiguration(true), except that
// loopback hosts always go direct, because the built-in sandbox runs on 127.0.0.1 and a proxy
// cannot reach it. The network backend turns it on as it loads.
void enable();
// Back to Qt's default (no proxy unless one is set explicitly).
void disable();
} // namespace SystemProxy
