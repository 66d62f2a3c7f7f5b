// SPDX-License-Identifier: MIT
#include "connect/connectiontester.h"
#include "loopbackhttpserver.h"
#include "net/systemproxy.h"

#include <QNetworkProxyFactory>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {
// Points the system proxy at a dead port for one test, and restores everything afterwards.
class SystemProxyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_saved = qgetenv("http_proxy");
        m_savedNoProxy = qgetenv("no_proxy");
        qputenv("http_proxy", "http://192.0.2.1:3128");
        qunsetenv("no_proxy");
        SystemProxy::enable();
    }
    void TearDown() override
    {
        SystemProxy::disable();
        if (m_saved.isNull())
            qunsetenv("http_proxy");
        else
            qputenv("http_proxy", m_saved);
        if (!m_savedNoProxy.isNull())
            qputenv("no_proxy", m_savedNoProxy);
    }

    QByteArray m_saved;
    QByteArray m_savedNoProxy;
};

QNetworkProxy proxyFor(const char *url)
{
    return QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(QUrl(QString::fromLatin1(url)))).value(0);
}
} // namespace

TEST_F(SystemProxyTest, RemoteHostsUseTheSystemProxy)
{
    const QNetworkProxy proxy = proxyFor("http://console-v2.api.example.com/identity/job/list");
    EXPECT_EQ(proxy.type(), QNetworkProxy::HttpProxy);
    EXPECT_EQ(proxy.hostName(), QStringLiteral("192.0.2.1"));
    EXPECT_EQ(proxy.port(), 3128);
}

TEST_F(SystemProxyTest, LoopbackGoesDirect)
{
    for (const char *url : { "http://127.0.0.1:18082/", "http://localhost:8082/", "http://[::1]:8082/" })
        EXPECT_EQ(proxyFor(url).type(), QNetworkProxy::NoProxy) << url;

    // And a real request to a loopback server gets through despite the dead proxy.
    LoopbackHttpServer server;
    ASSERT_TRUE(server.listenLoopback());
    server.setResponse("/identity/job/stat", LoopbackHttpServer::json(200, R"({"results":[{"total":1.0}]})"));
    ConnectionProfile profile;
    profile.name = QStringLiteral("Sandbox");
    profile.baseUrl = server.baseUrl();
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profile, QStringLiteral("t"));
    ASSERT_TRUE(finished.wait(20000));
    EXPECT_EQ(finished.constFirst().constFirst().value<ConnectionTestResult>().outcome,
              ConnectionTestResult::Outcome::Connected);
}
