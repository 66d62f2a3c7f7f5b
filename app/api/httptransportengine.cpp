// SPDX-License-Identifier: MIT
#include "httptransportengine.h"

HttpTransportEngine::~HttpTransportEngine() = default;

void HttpTransportEngine::deliver(HttpTransport *frontend, quint64 id, const HttpResult &result)
{
    // The frontend outlives this thread's event loop (its destructor stops it), and an event
    // still queued for it when it goes is dropped with it.
    QMetaObject::invokeMethod(
        frontend, [frontend, id, result] { frontend->deliver(id, result); }, Qt::QueuedConnection);
}
