// SPDX-License-Identifier: MIT
#pragma once

#include <QByteArray>
#include <QList>
#include <QUrl>

#include <utility>

// One HTTP POST as the transport sends it, in plain values: the transport thread turns it into
// the network library's request.
struct HttpRequest
{
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers; // sent as given
    int transferTimeoutMs = 0; // no byte for this long ends the transfer; 0: no limit
    // false: a redirect ends the exchange, with its target in the result, so a token never
    // follows it elsewhere.
    bool followRedirects = true;
    QList<QByteArray> caCertificates; // DER; trusted for https besides the system's CAs
};
