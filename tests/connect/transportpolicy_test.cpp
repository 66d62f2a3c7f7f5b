// SPDX-License-Identifier: MIT
#include "connect/connectionprofile.h"
#include "connect/hostaddress.h"
#include "connect/transportpolicy.h"

#include <gtest/gtest.h>

namespace {
TransportPolicy::Decision check(const char *url, bool optIn = false)
{
    ConnectionProfile p;
    p.baseUrl = QUrl(QString::fromLatin1(url));
    p.allowPlainHttpToken = optIn;
    return TransportPolicy::check(p);
}
} // namespace

TEST(TransportPolicy, HttpsIsAlwaysAllowed)
{
    const auto d = check("https://console-v2.api.example.com");
    EXPECT_TRUE(d.allowed);
    EXPECT_TRUE(d.reason.isEmpty());
}

TEST(TransportPolicy, PlainHttpToLoopbackIsAllowed)
{
    for (const char *url : { "http://127.0.0.1:8082", "http://127.1.2.3", "http://localhost:18082", "http://LOCALHOST.",
                             "http://[::1]:8082", "http://[::ffff:127.0.0.1]:80", "http://api.localhost" }) {
        const auto d = check(url);
        EXPECT_TRUE(d.allowed) << url;
        EXPECT_TRUE(d.reason.isEmpty()) << url;
    }
}

TEST(TransportPolicy, PlainHttpElsewhereNeedsTheOptIn)
{
    for (const char *url : { "http://console-v2.api.example.com", "http://10.0.0.5:8082", "http://128.0.0.1",
                             "http://[::2]", "http://localhost.example.com", "http://127.0.0.1.nip.io" }) {
        const auto refused = check(url);
        EXPECT_FALSE(refused.allowed) << url;
        EXPECT_TRUE(refused.reason.contains(QLatin1String("Refusing"))) << url;
        const auto allowed = check(url, true);
        EXPECT_TRUE(allowed.allowed) << url;
        EXPECT_TRUE(allowed.reason.contains(QLatin1String("unencrypted"))) << url;
    }
}

TEST(TransportPolicy, OtherSchemesAreRefused)
{
    EXPECT_FALSE(check("ftp://example.com", true).allowed);
    EXPECT_FALSE(check("grpc+ssl://identity.api.example.com:443", true).allowed);
}

TEST(HostAddress, TellsAddressesFromNames)
{
    for (const char *host :
         { "127.0.0.1", "10.0.0.5", "127.1", "0x7f.0.0.1", "::1", "fe80::1%eth0", "::ffff:10.1.2.3" })
        EXPECT_TRUE(HostAddress::isAddress(QString::fromLatin1(host))) << host;
    for (const char *host :
         { "", "localhost", "127.0.0.1.nip.io", "127.0.0.1 x", "console-v2.api.example.com", "::1::2", "[::1]" })
        EXPECT_FALSE(HostAddress::isAddress(QString::fromLatin1(host))) << host;
}

TEST(HostAddress, KnowsTheLoopbackRanges)
{
    for (const char *host : { "127.0.0.1", "127.255.0.9", "127.1", "::1", "::ffff:127.0.0.1", "0:0:0:0:0:0:0:1" })
        EXPECT_TRUE(HostAddress::isLoopbackAddress(QString::fromLatin1(host))) << host;
    for (const char *host : { "128.0.0.1", "10.0.0.1", "::2", "::ffff:10.0.0.1", "localhost", "::127.0.0.1", "" })
        EXPECT_FALSE(HostAddress::isLoopbackAddress(QString::fromLatin1(host))) << host;
}
