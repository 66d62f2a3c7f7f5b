// SPDX-License-Identifier: MIT
#include "connect/connectiontester.h"
#include "loopbackhttpserver.h"
#include "testtokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {
using Outcome = ConnectionTestResult::Outcome;

const QByteArray kConsoleStat = "/identity/job/stat";
const QByteArray kV2Stat = "/identity/v2/job/stat";

class ConnectionTesterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_server.listenLoopback());
        m_profile.name = QStringLiteral("Loopback");
        m_profile.baseUrl = m_server.baseUrl();
    }

    ConnectionTestResult run(const QString &token = QStringLiteral("test-token"))
    {
        ConnectionTester tester;
        tester.setTimeoutMs(5000);
        QSignalSpy finished(&tester, &ConnectionTester::finished);
        tester.start(m_profile, token);
        EXPECT_TRUE(finished.wait(20000));
        EXPECT_EQ(finished.count(), 1);
        if (finished.isEmpty())
            return {};
        return finished.constFirst().constFirst().value<ConnectionTestResult>();
    }

    LoopbackHttpServer m_server;
    ConnectionProfile m_profile;
};
} // namespace

TEST_F(ConnectionTesterTest, ConnectedWithJobCount)
{
    m_server.setResponse(kConsoleStat, LoopbackHttpServer::json(200, R"({"results":[{"total":1234.0}]})"));
    const QString token = testtokens::makeToken(QStringLiteral("DOMAIN_ADMIN"), 4102444800);
    const ConnectionTestResult r = run(token);
    EXPECT_EQ(r.outcome, Outcome::Connected);
    EXPECT_TRUE(r.isSuccess());
    EXPECT_EQ(r.jobCount, 1234.0);
    EXPECT_EQ(r.message, QStringLiteral("Connected: %1 jobs visible").arg(QLocale().toString(1234)));

    ASSERT_EQ(m_server.requests().size(), 1);
    const LoopbackHttpServer::Request req = m_server.requests().constFirst();
    EXPECT_EQ(req.method, "POST");
    EXPECT_EQ(req.path, kConsoleStat);
    EXPECT_EQ(req.headers.value("authorization"), "Bearer " + token.toUtf8());
    EXPECT_EQ(req.headers.value("content-type"), "application/json");
    EXPECT_EQ(QJsonDocument::fromJson(req.body).object(),
              QJsonDocument::fromJson(R"({"query":{"aggregate":[{"count":{"name":"total"}}]}})").object());
}

TEST_F(ConnectionTesterTest, WorkspaceScopeFiltersTheCount)
{
    m_server.setResponse(kConsoleStat, LoopbackHttpServer::json(200, R"({"results":[{"total":7.0}]})"));
    m_profile.workspaceId = QStringLiteral("workspace-abc");
    const ConnectionTestResult r = run();
    EXPECT_EQ(r.outcome, Outcome::Connected);
    EXPECT_TRUE(r.message.endsWith(QLatin1String("in workspace workspace-abc")));
    const QJsonObject query = QJsonDocument::fromJson(m_server.requests().constFirst().body)
                                  .object()
                                  .value(QLatin1String("query"))
                                  .toObject();
    EXPECT_EQ(QJsonDocument(query.value(QLatin1String("filter")).toArray()).toJson(QJsonDocument::Compact),
              QByteArray(R"([{"k":"workspace_id","o":"eq","v":"workspace-abc"}])"));
}

TEST_F(ConnectionTesterTest, EmptyStatResultMeansZeroJobs)
{
    m_server.setResponse(kConsoleStat, LoopbackHttpServer::json(200, "{}"));
    const ConnectionTestResult r = run();
    EXPECT_EQ(r.outcome, Outcome::Connected);
    EXPECT_EQ(r.jobCount, 0.0);
}

TEST_F(ConnectionTesterTest, Unauthorized)
{
    m_server.setResponse(
        kConsoleStat,
        LoopbackHttpServer::json(
            401,
            R"j({"detail":{"code":"ERROR_AUTHENTICATE_FAILURE","message":"Authenticate failure. (message = Token is invalid or expired.)"}})j"));
    const QString token = QStringLiteral("expired-secret-token");
    const ConnectionTestResult r = run(token);
    EXPECT_EQ(r.outcome, Outcome::Unauthorized);
    EXPECT_EQ(r.httpStatus, 401);
    EXPECT_TRUE(r.message.contains(QLatin1String("rejected the token"))) << r.message.toStdString();
    EXPECT_TRUE(r.message.contains(QLatin1String("Token is invalid or expired")));
    EXPECT_FALSE(r.message.contains(token));
}

TEST_F(ConnectionTesterTest, MissingTokenIsSaidPlainly)
{
    m_server.setResponse(
        kConsoleStat,
        LoopbackHttpServer::json(
            401, R"({"detail":{"code":"ERROR_AUTHENTICATE_FAILURE","message":"empty token provided."}})"));
    const ConnectionTestResult r = run(QString());
    EXPECT_EQ(r.outcome, Outcome::Unauthorized);
    EXPECT_TRUE(r.message.contains(QLatin1String("wants a token")));
    EXPECT_FALSE(m_server.requests().constFirst().headers.contains("authorization"));
}

TEST_F(ConnectionTesterTest, Forbidden)
{
    m_server.setResponse(kConsoleStat,
                         LoopbackHttpServer::json(
                             403, R"({"detail":{"code":"ERROR_PERMISSION_DENIED","message":"Permission denied."}})"));
    const ConnectionTestResult r = run();
    EXPECT_EQ(r.outcome, Outcome::Forbidden);
    EXPECT_TRUE(r.message.contains(QLatin1String("role may not read jobs")));
    EXPECT_TRUE(r.message.contains(QLatin1String("ERROR_PERMISSION_DENIED")));
}

TEST_F(ConnectionTesterTest, WrongPathStyleSuggestsTheOneThatWorks)
{
    // Only the V2 path exists; the profile uses the console style.
    m_server.setResponse(kV2Stat, LoopbackHttpServer::json(200, R"({"results":[{"total":3.0}]})"));
    const ConnectionTestResult r = run();
    EXPECT_EQ(r.outcome, Outcome::WrongPathStyle);
    ASSERT_TRUE(r.workingStyle.has_value());
    EXPECT_EQ(*r.workingStyle, PathStyle::V2);
    EXPECT_EQ(r.testedStyle, PathStyle::Console);
    EXPECT_EQ(r.jobCount, 3.0);
    EXPECT_TRUE(r.message.contains(QLatin1String("Switch the path style to V2"))) << r.message.toStdString();
    ASSERT_EQ(m_server.requests().size(), 2);
    EXPECT_EQ(m_server.requests().at(0).path, kConsoleStat);
    EXPECT_EQ(m_server.requests().at(1).path, kV2Stat);
}

TEST_F(ConnectionTesterTest, WrongPathStyleWhenTheOtherPathRejectsTheToken)
{
    m_profile.pathStyle = PathStyle::V2;
    m_server.setResponse(
        kConsoleStat,
        LoopbackHttpServer::json(401, R"({"detail":{"code":"ERROR_AUTHENTICATE_FAILURE","message":"x"}})"));
    const ConnectionTestResult r = run();
    EXPECT_EQ(r.outcome, Outcome::WrongPathStyle);
    EXPECT_EQ(*r.workingStyle, PathStyle::Console);
    EXPECT_TRUE(r.message.contains(QLatin1String("Switch the path style to Console")));
    EXPECT_TRUE(r.message.contains(QLatin1String("401")));
}

TEST_F(ConnectionTesterTest, NeitherPathExists)
{
    const ConnectionTestResult r = run();
    EXPECT_EQ(r.outcome, Outcome::UnknownPath);
    EXPECT_FALSE(r.workingStyle.has_value());
    EXPECT_TRUE(r.message.contains(QLatin1String("console-api-v2's address")));
    EXPECT_EQ(m_server.requests().size(), 2);
}

TEST_F(ConnectionTesterTest, ServerErrorsKeepTheirCode)
{
    m_server.setResponse(kConsoleStat,
                         LoopbackHttpServer::json(
                             503, R"({"detail":{"code":"ERROR_GRPC_CONNECTION","message":" identity unreachable"}})"));
    const ConnectionTestResult r = run();
    EXPECT_EQ(r.outcome, Outcome::HttpError);
    EXPECT_TRUE(r.message.contains(QLatin1String("HTTP 503: ERROR_GRPC_CONNECTION: identity unreachable")));
}

TEST_F(ConnectionTesterTest, NonJsonSuccessIsNotConsoleApi)
{
    LoopbackHttpServer::Response html;
    html.body = "<html>console</html>";
    html.contentType = "text/html";
    m_server.setResponse(kConsoleStat, html);
    EXPECT_EQ(run().outcome, Outcome::BadResponse);
}

TEST_F(ConnectionTesterTest, RedirectIsReportedNotFollowed)
{
    LoopbackHttpServer::Response redirect;
    redirect.status = 308;
    redirect.headers = { { "Location", "https://elsewhere.example.com/identity/job/stat" } };
    m_server.setResponse(kConsoleStat, redirect);
    const ConnectionTestResult r = run();
    EXPECT_EQ(r.outcome, Outcome::Redirected);
    EXPECT_TRUE(r.message.contains(QLatin1String("elsewhere.example.com")));
    EXPECT_EQ(m_server.requests().size(), 1);
}

TEST_F(ConnectionTesterTest, Timeout)
{
    LoopbackHttpServer::Response hang;
    hang.hang = true;
    m_server.setResponse(kConsoleStat, hang);
    ConnectionTester tester;
    tester.setTimeoutMs(300);
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(m_profile, QStringLiteral("t"));
    ASSERT_TRUE(finished.wait(20000));
    const auto r = finished.constFirst().constFirst().value<ConnectionTestResult>();
    EXPECT_EQ(r.outcome, Outcome::Timeout);
    EXPECT_TRUE(r.message.contains(QLatin1String("No answer")));
}

TEST(ConnectionTester, ConnectionRefused)
{
    // Take a free port, then close it again so nothing listens there.
    QTcpServer probe;
    ASSERT_TRUE(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close();

    ConnectionProfile profile;
    profile.name = QStringLiteral("Nothing");
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profile, QStringLiteral("t"));
    ASSERT_TRUE(finished.wait(20000));
    const auto r = finished.constFirst().constFirst().value<ConnectionTestResult>();
    EXPECT_EQ(r.outcome, Outcome::ConnectionRefused);
    EXPECT_TRUE(r.message.startsWith(QLatin1String("Connection refused")));
}

TEST(ConnectionTester, PlainHttpToARemoteHostSendsNothing)
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("Remote");
    profile.baseUrl = QUrl(QStringLiteral("http://console-v2.api.example.com"));
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    tester.start(profile, QStringLiteral("t"));
    EXPECT_EQ(finished.count(), 0); // never synchronous
    ASSERT_TRUE(finished.wait(5000));
    const auto r = finished.constFirst().constFirst().value<ConnectionTestResult>();
    EXPECT_EQ(r.outcome, Outcome::PlainHttpRefused);
    EXPECT_TRUE(r.message.contains(QLatin1String("Refusing")));
}

TEST(ConnectionTester, InvalidProfileAndCaBundleErrors)
{
    ConnectionTester tester;
    QSignalSpy finished(&tester, &ConnectionTester::finished);
    ConnectionProfile profile;
    profile.name = QStringLiteral("X");
    tester.start(profile, {});
    ASSERT_TRUE(finished.wait(5000));
    EXPECT_EQ(finished.takeFirst().constFirst().value<ConnectionTestResult>().outcome, Outcome::InvalidProfile);

    profile.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:1"));
    profile.caBundlePath = QStringLiteral("/nonexistent/ca.pem");
    tester.start(profile, {});
    ASSERT_TRUE(finished.wait(5000));
    const auto r = finished.takeFirst().constFirst().value<ConnectionTestResult>();
    EXPECT_EQ(r.outcome, Outcome::CaBundleError);
    EXPECT_TRUE(r.message.contains(QLatin1String("/nonexistent/ca.pem")));
}

TEST(ConnectionTester, DescribesNetworkFailures)
{
    const auto dns = ConnectionTester::describeNetworkFailure(QNetworkReply::HostNotFoundError,
                                                              QStringLiteral("nope.example"), {});
    EXPECT_EQ(dns.outcome, Outcome::HostNotFound);
    EXPECT_TRUE(dns.message.startsWith(QLatin1String("Host not found")));
    EXPECT_TRUE(dns.message.contains(QLatin1String("nope.example")));
    EXPECT_EQ(ConnectionTester::describeNetworkFailure(QNetworkReply::ConnectionRefusedError, {}, {}).outcome,
              Outcome::ConnectionRefused);
    EXPECT_EQ(ConnectionTester::describeNetworkFailure(QNetworkReply::ProxyConnectionRefusedError, {}, {}).outcome,
              Outcome::NetworkError);
}
