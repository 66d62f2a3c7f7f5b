// SPDX-License-Identifier: MIT
#include "hostaddress.h"

#include <arpa/inet.h>
#include <netinet/in.h>

#include <cstring>
#include <optional>

namespace {
// The IPv4 address in host byte order, when `host` is one.
std::optional<quint32> ipv4(const QByteArray &host)
{
    // inet_aton stops at white space and takes what follows as a comment.
    for (char c : host) {
        if (c <= ' ')
            return std::nullopt;
    }
    in_addr address{};
    if (host.isEmpty() || inet_aton(host.constData(), &address) == 0)
        return std::nullopt;
    return ntohl(address.s_addr);
}

std::optional<in6_addr> ipv6(QByteArray host)
{
    const qsizetype scope = host.indexOf('%');
    if (scope >= 0)
        host.truncate(scope);
    in6_addr address{};
    if (inet_pton(AF_INET6, host.constData(), &address) != 1)
        return std::nullopt;
    return address;
}
} // namespace

bool HostAddress::isAddress(const QString &host)
{
    const QByteArray latin = host.toLatin1();
    return ipv4(latin) || ipv6(latin);
}

bool HostAddress::isLoopbackAddress(const QString &host)
{
    const QByteArray latin = host.toLatin1();
    if (const std::optional<quint32> v4 = ipv4(latin))
        return (*v4 >> 24) == 127;
    const std::optional<in6_addr> v6 = ipv6(latin);
    if (!v6)
        return false;
    if (IN6_IS_ADDR_LOOPBACK(&*v6))
        return true;
    // ::ffff:a.b.c.d is the IPv4 address a.b.c.d.
    return IN6_IS_ADDR_V4MAPPED(&*v6) && v6->s6_addr[12] == 127;
}
