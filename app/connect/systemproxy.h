// SPDX-License-Identifier: MIT
#pragma once

namespace SystemProxy {
// Makes every QNetworkAccessManager use the system's proxy settings (environment variables such
// as https_proxy/no_proxy on Linux, the system configuration elsewhere). Call once in main(),
// before the first request: corporate networks often allow https out only through a proxy.
void enable();
} // namespace SystemProxy
