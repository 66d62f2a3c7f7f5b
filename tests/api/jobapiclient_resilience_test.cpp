// SPDX-License-Identifier: MIT
// What every caller of the client gets from a flaky or hostile server: retries of idempotent
// calls, an overall deadline, a size cap stopping a download, a token that never leaks and is
// not sent once expired, and error pages summarised instead of shown raw. Time is a manual
// clock, so backoffs and deadlines are stepped, never waited for.
#include "apitestutil.h"
#include "fakehttpserver.h"
#include "manualtimersource.h"

#include "api/jobapiclient.h"
#include "api/jobdeletereply.h"
#include "api/jobgetreply.h"
#include "api/joblistreply.h"
#include "api/jobstatreply.h"
#include "api/requestpolicy.h"
#include "api/secretscrubber.h"

#include <gtest/gtest.h>

namespace {
const QByteArray kUnavailable = R"({"detail":{"code":"ERROR_GRPC_CONNECTION","message":"Server is unavailable."}})";
const QByteArray kOnePage = R"({"results":[{"job_id":"job-000000000001","status":"SUCCESS"}],"total_count":1})";

QString jwt(const QByteArray &payload)
{
    auto part = [](const QByteArray &b) {
        return QString::fromLatin1(b.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    return part(R"({"alg":"HS256","typ":"JWT"})") + QLatin1Char('.') + part(payload) + QLatin1Char('.')
        + part("a-signature-only-the-server-can-check");
}

class ResilienceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        endpoint.baseUrl = server.url();
        endpoint.token = QStringLiteral("an-opaque-api-key-0123456789");
        endpoint.timeoutMs = 5000;
        client.setTimerSource(&timers);
        client.setEndpoint(endpoint);
    }

    // Runs the reply to its end: network events as they come, backoff timers stepped at once
    // whenever nothing is on the wire.
    template <typename Reply> ApiError settle(Reply *reply, int *attempts = nullptr)
    {
        ApiError error;
        bool done = false;
        QObject::connect(reply, &JobApiReply::finished, reply, [&] {
            error = reply->error();
            if (attempts)
                *attempts = reply->attempts();
            done = true;
        });
        EXPECT_TRUE(settleOnManualClock(client, timers, [&] { return done; }));
        return error;
    }

    int requestsFor(const QString &verb) const
    {
        int n = 0;
        for (const RecordedRequest &r : server.requests())
            n += r.verb() == verb ? 1 : 0;
        return n;
    }

    FakeHttpServer server;
    ManualTimerSource timers;
    ApiEndpoint endpoint;
    JobApiClient client;
};
} // namespace

TEST_F(ResilienceTest, IdempotentCallsAreRetriedWithAGrowingJitteredBackoff)
{
    server.enqueue(FakeResponse::json(503, kUnavailable));
    server.enqueue(FakeResponse::json(500, "Internal Server Error"));
    server.enqueue(FakeResponse::json(200, kOnePage));
    int attempts = 0;
    JobListPage page;
    JobListReply *reply = client.list({});
    QObject::connect(reply, &JobApiReply::finished, reply, [&] { page = reply->page(); });
    const ApiError error = settle(reply, &attempts);
    EXPECT_FALSE(error.isError()) << error.humanMessage().toStdString();
    EXPECT_EQ(attempts, 3);
    EXPECT_EQ(requestsFor(QStringLiteral("list")), 3);
    ASSERT_EQ(page.jobs.size(), 1u);

    // The deadline first, then one backoff per retry: the second at most twice the first.
    const RequestPolicy policy;
    const QList<int> delays = timers.startedDelays();
    ASSERT_EQ(delays.size(), 3);
    EXPECT_EQ(delays[0], policy.deadlineMs(endpoint.timeoutMs));
    EXPECT_GE(delays[1], policy.retryBaseDelayMs * (1 - policy.retryJitter));
    EXPECT_LE(delays[1], policy.retryBaseDelayMs);
    EXPECT_GE(delays[2], 2 * policy.retryBaseDelayMs * (1 - policy.retryJitter));
    EXPECT_LE(delays[2], 2 * policy.retryBaseDelayMs);
}

TEST_F(ResilienceTest, GetStatAndGarbledBodiesAreRetriedToo)
{
    server.enqueue(FakeResponse::ofAction(FakeResponse::Action::Drop));
    server.enqueue(FakeResponse::json(200, R"({"job_id":"job-000000000001","status":"SUCC)"));
    server.enqueue(FakeResponse::json(200, R"({"job_id":"job-000000000001","status":"SUCCESS"})"));
    int attempts = 0;
    EXPECT_FALSE(settle(client.get(QStringLiteral("job-000000000001")), &attempts).isError());
    // Qt itself sends a request once more when the connection closes before any answer.
    EXPECT_GE(attempts, 2);
    EXPECT_EQ(requestsFor(QStringLiteral("get")), 3);

    server.enqueue(FakeResponse::json(502, "<html><title>502 Bad Gateway</title></html>"));
    server.enqueue(FakeResponse::json(200, R"({"results":[{"status":"SUCCESS","count":1.0}]})"));
    EXPECT_FALSE(settle(client.stat(JobStatQuery::countBy({ QStringLiteral("status") })), &attempts).isError());
    EXPECT_EQ(attempts, 2);
}

TEST_F(ResilienceTest, ADeleteIsSentOnce)
{
    server.setHandler([](const RecordedRequest &) { return FakeResponse::json(503, kUnavailable); });
    int attempts = 0;
    const ApiError error = settle(client.remove(QStringLiteral("job-000000000001")), &attempts);
    EXPECT_EQ(error.httpStatus, 503);
    EXPECT_EQ(attempts, 1);
    EXPECT_EQ(requestsFor(QStringLiteral("delete")), 1);
}

TEST_F(ResilienceTest, AfterTheLastAttemptTheLastErrorIsReportedWithTheAttempts)
{
    server.setHandler([](const RecordedRequest &) { return FakeResponse::json(503, kUnavailable); });
    const ApiError error = settle(client.list({}));
    const RequestPolicy policy;
    EXPECT_EQ(error.httpStatus, 503);
    EXPECT_EQ(error.attempts, policy.maxAttempts);
    EXPECT_EQ(requestsFor(QStringLiteral("list")), policy.maxAttempts);
}

TEST_F(ResilienceTest, WhatRetryingCannotFixIsReportedAtOnce)
{
    server.enqueue(FakeResponse::json(401, R"({"detail":{"code":"ERROR_AUTHENTICATE_FAILURE","message":"no"}})"));
    int attempts = 0;
    EXPECT_EQ(settle(client.list({}), &attempts).httpStatus, 401);
    EXPECT_EQ(attempts, 1);
    server.enqueue(FakeResponse::json(404, R"({"detail":{"code":"ERROR_NOT_FOUND","message":"no job"}})"));
    EXPECT_TRUE(settle(client.get(QStringLiteral("job-1")), &attempts).isNotFound());
    EXPECT_EQ(attempts, 1);

    quint16 closedPort = 0;
    {
        FakeHttpServer closed;
        ASSERT_TRUE(closed.listen());
        closedPort = closed.port();
    }
    ApiEndpoint refused = endpoint;
    refused.baseUrl.setPort(closedPort);
    client.setEndpoint(refused);
    const ApiError error = settle(client.list({}), &attempts);
    EXPECT_EQ(error.networkError, QNetworkReply::ConnectionRefusedError);
    EXPECT_EQ(attempts, 1);
}

TEST_F(ResilienceTest, ATricklingAnswerEndsAtTheDeadline)
{
    // One byte every 20 ms restarts the transfer timeout forever; the deadline does not care.
    FakeResponse trickle = FakeResponse::ofAction(FakeResponse::Action::Trickle);
    trickle.delayMs = 20;
    trickle.body = R"({"results":[)";
    server.setHandler([trickle](const RecordedRequest &) { return trickle; });
    ApiError error;
    bool done = false;
    JobListReply *reply = client.list({});
    QObject::connect(reply, &JobApiReply::finished, reply, [&] {
        error = reply->error();
        done = true;
    });
    // Let some bytes arrive, then let the deadline's time pass.
    ASSERT_TRUE(waitUntil([&] { return server.streamedBytes() >= 5; }));
    EXPECT_FALSE(done);
    timers.advance(RequestPolicy().deadlineMs(endpoint.timeoutMs));
    ASSERT_TRUE(waitUntil([&] { return done; }));
    EXPECT_EQ(error.kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(error.humanMessage().contains(QLatin1String("no complete answer within 15 s")))
        << error.humanMessage().toStdString();
    EXPECT_EQ(client.requestsInFlight(), 0);
}

TEST_F(ResilienceTest, RetriesStopWhenTheDeadlineWouldPass)
{
    RequestPolicy policy;
    policy.maxAttempts = 100;
    policy.retryBaseDelayMs = 2000;
    policy.retryMaxDelayMs = 2000;
    policy.retryJitter = 0;
    client.setRequestPolicy(policy);
    server.setHandler([](const RecordedRequest &) { return FakeResponse::json(503, kUnavailable); });
    int attempts = 0;
    const ApiError error = settle(client.list({}), &attempts);
    EXPECT_EQ(error.httpStatus, 503);
    // 15 s of deadline hold the first attempt and 7 retries 2 s apart.
    EXPECT_EQ(attempts, 8);
}

TEST_F(ResilienceTest, AnOversizedAnswerIsStoppedWhileItDownloads)
{
    RequestPolicy policy;
    policy.minResponseBytes = 256 * 1024;
    policy.maxBytesPerThousandRows = 1024 * 1000;
    client.setRequestPolicy(policy);
    FakeResponse flood = FakeResponse::ofAction(FakeResponse::Action::Flood);
    // Big enough that stopping early is told apart from what the kernel buffers on its own.
    flood.floodBytes = qMax(qint64(200) << 20, 4 * FakeHttpServer::bufferedAheadBytes());
    flood.announceLength = false;
    server.enqueue(flood);
    JobListRequest request;
    request.query.pageLimit = 100; // a cap of max(256 KiB, 100 KiB)
    int attempts = 0;
    const ApiError error = settle(client.list(request), &attempts);
    EXPECT_EQ(error.kind, ApiError::Kind::TooLarge);
    EXPECT_TRUE(error.humanMessage().contains(QLatin1String("256 KiB"))) << error.humanMessage().toStdString();
    EXPECT_EQ(attempts, 1) << "a bigger answer is not fixed by asking again";
    // Stopped near the cap, not after the whole flood: the server wrote no more than the cap and
    // what the loopback buffers took in before the client closed.
    EXPECT_LT(server.streamedBytes(), 256 * 1024 + FakeHttpServer::bufferedAheadBytes());

    // An announced length over the cap stops it before the body.
    FakeResponse announced = flood;
    announced.announceLength = true;
    server.enqueue(announced);
    EXPECT_EQ(settle(client.list(request)).kind, ApiError::Kind::TooLarge);
}

TEST_F(ResilienceTest, TheCapGrowsWithThePageLimit)
{
    const RequestPolicy policy;
    EXPECT_EQ(policy.responseCap(QStringLiteral("list"), 1000), qint64(64) * 1024 * 1024);
    EXPECT_EQ(policy.responseCap(QStringLiteral("list"), 0), qint64(1024) * 1024);
    EXPECT_EQ(policy.responseCap(QStringLiteral("get"), 0), qint64(1024) * 1024);
    EXPECT_EQ(policy.responseCap(QStringLiteral("stat"), 0), qint64(32) * 1024 * 1024);
}

TEST_F(ResilienceTest, AnExpiredTokenIsNotSentAndSaysSo)
{
    const qint64 now = timers.nowMs();
    ApiEndpoint expired = endpoint;
    expired.token = jwt(R"({"rol":"DOMAIN_ADMIN","exp":)" + QByteArray::number((now - 3 * 3600 * 1000) / 1000) + "}");
    client.setEndpoint(expired);
    const ApiError error = settle(client.list({}));
    EXPECT_EQ(error.kind, ApiError::Kind::TokenExpired);
    EXPECT_TRUE(error.isAuthentication());
    EXPECT_FALSE(error.isTransient());
    // (Without a translation loaded the plural shows as "hour(s)".)
    EXPECT_TRUE(error.humanMessage().contains(QLatin1String("3 hour"))) << error.humanMessage().toStdString();
    EXPECT_TRUE(server.requests().isEmpty()) << "an expired credential never travels";

    // A token still valid for a minute is sent.
    ApiEndpoint valid = endpoint;
    valid.token = jwt(R"({"rol":"DOMAIN_ADMIN","exp":)" + QByteArray::number((now + 60 * 1000) / 1000) + "}");
    client.setEndpoint(valid);
    server.enqueue(FakeResponse::json(200, kOnePage));
    EXPECT_FALSE(settle(client.list({})).isError());
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(ResilienceTest, WhateverTheServerEchoesOfTheTokenIsScrubbed)
{
    const QString token = jwt(R"({"rol":"DOMAIN_ADMIN","did":"domain-0123456789ab"})");
    ApiEndpoint withJwt = endpoint;
    withJwt.token = token;
    client.setEndpoint(withJwt);
    const QStringList parts = token.split(QLatin1Char('.'));
    const QList<QByteArray> echoes{ token.toLatin1(), token.toLower().toLatin1(), parts[2].toLatin1(),
                                    parts[1].toUpper().toLatin1(), token.mid(20, 14).toLatin1() };
    for (const QByteArray &echo : echoes) {
        SCOPED_TRACE(echo.toStdString());
        server.enqueue(FakeResponse::json(
            401, R"({"detail":{"code":"ERROR_AUTHENTICATE_FAILURE","message":"rejected )" + echo + R"( here"}})"));
        const QString shown = settle(client.list({})).humanMessage();
        EXPECT_TRUE(shown.contains(QLatin1String("rejected [token] here"))) << shown.toStdString();
        for (const QString &part : parts)
            EXPECT_FALSE(shown.contains(part.mid(3, 12), Qt::CaseInsensitive)) << shown.toStdString();
    }
}

TEST(SecretScrubber, HidesLongSharedRunsIgnoringCaseAndLeavesTheRest)
{
    const SecretScrubber scrubber(QStringLiteral("AbCdEfGhIjKlMnOpQrSt"));
    EXPECT_EQ(scrubber.scrub(QStringLiteral("token abcdefghijklmnop rejected")),
              QStringLiteral("token [token] rejected"));
    EXPECT_EQ(scrubber.scrub(QStringLiteral("x IjKlMnOpQrStUvWx")), QStringLiteral("x [token]UvWx"));
    // Short runs are ordinary text.
    EXPECT_EQ(scrubber.scrub(QStringLiteral("AbCdEf is fine")), QStringLiteral("AbCdEf is fine"));
    EXPECT_EQ(SecretScrubber(QStringLiteral("k3y!")).scrub(QStringLiteral("bad K3Y! here")),
              QStringLiteral("bad [token] here"));
    EXPECT_EQ(SecretScrubber(QStringLiteral("ab")).scrub(QStringLiteral("ab")), QStringLiteral("ab"));
    // An API key with characters a URL encodes, echoed percent-encoded.
    const QString key = QStringLiteral("sk+Abc/Def=Ghi+Jkl/Mno");
    EXPECT_EQ(SecretScrubber(key).scrub(QStringLiteral("?token=") + QString::fromLatin1(QUrl::toPercentEncoding(key))),
              QStringLiteral("?token=[token]"));
}

TEST(ApiErrorPages, AProxyPageIsSummarisedByItsTitle)
{
    const ApiError e = ApiError::fromHttp(
        502,
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><center><h1>502 Bad Gateway</h1></center>"
        "<hr><center>nginx</center></body></html>",
        "text/html");
    EXPECT_TRUE(e.fromIntermediary);
    EXPECT_EQ(e.message, QStringLiteral("502 Bad Gateway"));
    EXPECT_TRUE(e.humanMessage().startsWith(QLatin1String("A proxy or gateway answered HTTP 502")))
        << e.humanMessage().toStdString();
    EXPECT_FALSE(e.humanMessage().contains(QLatin1Char('<')));
    EXPECT_EQ(e.title(), QStringLiteral("A proxy or gateway reported an error"));

    const ApiError plain = ApiError::fromHttp(500, "Internal Server Error", "text/plain; charset=utf-8");
    EXPECT_FALSE(plain.fromIntermediary);
    EXPECT_EQ(plain.title(), QStringLiteral("The server reported an error"));
    EXPECT_EQ(plain.humanMessage(), QStringLiteral("The server reported an error (HTTP 500): Internal Server Error"));

    const ApiError noisy = ApiError::fromHttp(500, "first line\nsecond line\x1b[2J" + QByteArray(5000, 'x'));
    EXPECT_EQ(noisy.message, QStringLiteral("first line"));
}
