// SPDX-License-Identifier: MIT
#pragma once

#include <QtGlobal>

namespace sandbox {

// What one client may make the sandbox hold. The app embeds the sandbox on a loopback port, so
// any local process can talk to it: a huge body or a connection that never finishes its headers
// must not grow the app's memory or its number of open sockets.
struct RequestLimits
{
    qint64 maxBodyBytes = 1024 * 1024; // larger bodies are answered 413 before they are read
    qint64 maxHeaderBytes = 64 * 1024; // request line and headers; larger: 431
    int headerTimeoutMs = 10000; // from a request's first byte to the end of its headers
    int bodyTimeoutMs = 30000; // from the end of the headers to the end of the body
    int idleTimeoutMs = 60000; // a kept-alive connection with no request in progress
    int maxConnections = 256; // more at once are closed as they arrive
};

} // namespace sandbox
