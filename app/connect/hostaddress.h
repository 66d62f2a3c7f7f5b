// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// Literal IP addresses in a URL's host, read with the C library rather than QHostAddress, so the
// checks that run while the window starts need no network library. IPv4 takes the forms
// inet_aton takes (127.1, 0x7f.0.0.1); IPv6 may carry a %scope and wrap an IPv4 address
// (::ffff:127.0.0.1).
class HostAddress final
{
public:
    HostAddress() = delete;

    // True when `host` (without brackets) is an IPv4 or IPv6 address rather than a name.
    static bool isAddress(const QString &host);
    // True for 127.0.0.0/8, ::1 and IPv4-mapped 127.0.0.0/8.
    static bool isLoopbackAddress(const QString &host);
};
