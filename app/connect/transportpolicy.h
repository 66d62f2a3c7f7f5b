// SPDX-License-Identifier: MIT
#pragma once

#include <QString>
#include <QUrl>

struct ConnectionProfile;

// Whether a token may travel to a profile's server. Over https always; over plain http only to
// this machine, or when the user opted in for that one profile, because anyone on the network
// path can read and reuse a bearer token sent in clear.
class TransportPolicy final
{
public:
    struct Decision
    {
        bool allowed = false;
        // Why it was refused, or a caution when it is allowed only through the opt-in.
        QString reason;
    };

    TransportPolicy() = delete;

    static Decision check(const ConnectionProfile &profile);
    static Decision check(const QUrl &url, bool allowPlainHttpToken);
    // 127.0.0.0/8, ::1 (and IPv4-mapped forms), "localhost" and names under ".localhost".
    static bool isLoopbackHost(const QString &host);
};
