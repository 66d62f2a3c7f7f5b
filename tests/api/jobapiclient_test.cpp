// SPDX-License-Identifier: MIT
#include "apitestutil.h"
#include "fakehttpserver.h"
#include "testsupport.h"

#include "api/jobapiclient.h"
#include "api/jobdeletereply.h"
#include "api/jobgetreply.h"
#include "api/joblistreply.h"
#include "api/jobstatreply.h"

#include <QFile>
#include <QSignalSpy>
#include <QSslKey>
#include <QSslSocket>

#include <gtest/gtest.h>

namespace {
const QString kToken = QStringLiteral("eyJhbGciOiJIUzI1NiJ9.secret-token-value.sig");

class JobApiClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.url();
        endpoint.token = kToken;
        endpoint.timeoutMs = 5000;
        client.setEndpoint(endpoint);
        // These cases look at how one answer is read; retries are tested on their own.
        client.setRequestPolicy(RequestPolicy::singleAttempt());
    }

    // Waits for the reply and returns its outcome; the reply object itself is gone afterwards.
    template <typename Reply, typename Take> ApiError await(Reply *reply, Take take)
    {
        ApiError error;
        bool done = false;
        QObject::connect(reply, &JobApiReply::finished, reply, [&] {
            error = reply->error();
            take(reply);
            done = true;
        });
        EXPECT_TRUE(waitUntil([&] { return done; }));
        return error;
    }
    template <typename Reply> ApiError await(Reply *reply)
    {
        return await(reply, [](Reply *) {});
    }

    FakeHttpServer server;
    JobApiClient client;
};

FakeResponse fixture(int status, const char *file)
{
    return FakeResponse::json(status, testsupport::readData(QString::fromLatin1(file)));
}
} // namespace

TEST_F(JobApiClientTest, ListSendsThePostTheGatewayExpects)
{
    server.enqueue(fixture(200, "list_mixed.json"));
    QSignalSpy finishedSpy(&client, &JobApiClient::requestFinished);
    JobListRequest request;
    request.trustedAccountId = QStringLiteral("ta-123456789012");
    request.query.filter = { QueryFilter::statusIn({ JobStatus::Failure }) };

    JobListPage page;
    qint64 sent = 0, received = 0;
    const ApiError error = await(client.list(request), [&](JobListReply *r) {
        page = r->takePage();
        sent = r->bytesSent();
        received = r->bytesReceived();
    });
    EXPECT_FALSE(error.isError()) << error.humanMessage().toStdString();
    EXPECT_EQ(page.jobs.size(), 4u);
    EXPECT_EQ(page.totalCount, 4);

    ASSERT_EQ(server.requests().size(), 1);
    const RecordedRequest &req = server.requests().first();
    EXPECT_EQ(req.method, QByteArray("POST"));
    EXPECT_EQ(req.path, QByteArray("/identity/job/list"));
    EXPECT_EQ(req.header("authorization"), "Bearer " + kToken.toUtf8());
    EXPECT_EQ(req.header("content-type"), QByteArray("application/json"));
    EXPECT_EQ(req.header("accept"), QByteArray("application/json"));
    EXPECT_TRUE(req.header("user-agent").startsWith("spaceone-job-monitor/"));
    EXPECT_EQ(req.json(), request.toJson());
    EXPECT_EQ(sent, req.body.size());
    EXPECT_EQ(received, testsupport::readData(QStringLiteral("list_mixed.json")).size());

    ASSERT_TRUE(waitUntil([&] { return finishedSpy.size() == 1; }));
    EXPECT_EQ(finishedSpy.at(0).at(0).toString(), QStringLiteral("list"));
}

TEST_F(JobApiClientTest, V2PathStyleKeepsThePathPrefix)
{
    ApiEndpoint endpoint = client.endpoint();
    endpoint.baseUrl.setPath(QStringLiteral("/api/"));
    endpoint.pathStyle = PathStyle::V2;
    client.setEndpoint(endpoint);
    server.enqueue(fixture(200, "job_get.json"));
    Job job;
    const ApiError error
        = await(client.get(QStringLiteral("job-587a3d3b4db3")), [&](JobGetReply *r) { job = r->job(); });
    EXPECT_FALSE(error.isError());
    EXPECT_EQ(job.jobId, QStringLiteral("job-587a3d3b4db3"));
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().path, QByteArray("/api/identity/v2/job/get"));
    EXPECT_EQ(server.requests().first().body, QByteArray(R"({"job_id":"job-587a3d3b4db3"})"));
}

// Every Job API call needs a token: without one nothing is sent (the server's 401 would say less
// than "no token"), and the error says so, typed so callers can ask for a token.
TEST_F(JobApiClientTest, WithoutATokenNothingIsSent)
{
    ApiEndpoint endpoint = client.endpoint();
    endpoint.token = QStringLiteral("   ");
    client.setEndpoint(endpoint);
    server.enqueue(fixture(200, "list_empty.json"));
    const ApiError error = await(client.list({}));
    EXPECT_TRUE(error.isMissingToken());
    EXPECT_TRUE(error.isAuthentication());
    EXPECT_FALSE(error.isTransient()) << "waiting does not bring a token";
    EXPECT_TRUE(error.humanMessage().contains(QLatin1String("No token"))) << error.humanMessage().toStdString();
    EXPECT_TRUE(await(client.get(QStringLiteral("job-1"))).isMissingToken());
    EXPECT_TRUE(await(client.remove(QStringLiteral("job-1"))).isMissingToken());
    EXPECT_TRUE(server.requests().isEmpty());

    // A token makes it go out, with the header.
    endpoint.token = kToken;
    client.setEndpoint(endpoint);
    EXPECT_FALSE(await(client.list({})).isError());
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests().first().headers.value("authorization"), QByteArray("Bearer ") + kToken.toLatin1());
}

TEST_F(JobApiClientTest, StatAndDelete)
{
    server.enqueue(fixture(200, "stat_count_by_status.json"));
    JobStatResult result;
    EXPECT_FALSE(await(client.stat(JobStatQuery::countBy({ QStringLiteral("status") })), [&](JobStatReply *r) {
                     result = r->result();
                 }).isError());
    EXPECT_EQ(result.countsBy(QStringLiteral("status")).value(QStringLiteral("SUCCESS")), 42);
    EXPECT_EQ(server.requests().last().path, QByteArray("/identity/job/stat"));

    server.enqueue(FakeResponse::json(200, "{}"));
    QString deletedId;
    EXPECT_FALSE(
        await(client.remove(QStringLiteral("job-1")), [&](JobDeleteReply *r) { deletedId = r->jobId(); }).isError());
    EXPECT_EQ(deletedId, QStringLiteral("job-1"));
    EXPECT_EQ(server.requests().last().path, QByteArray("/identity/job/delete"));
    EXPECT_EQ(server.requests().last().body, QByteArray(R"({"job_id":"job-1"})"));
}

struct HttpErrorCase
{
    int status;
    const char *file;
    const char *code;
    bool notFound;
    bool unknownPath;
    bool transient;
};

class HttpErrors : public JobApiClientTest, public ::testing::WithParamInterface<HttpErrorCase>
{
};

TEST_P(HttpErrors, MapToTypedErrors)
{
    const HttpErrorCase c = GetParam();
    server.enqueue(fixture(c.status, c.file));
    bool delivered = false;
    const ApiError error
        = await(client.remove(QStringLiteral("job-x")), [&](JobDeleteReply *r) { delivered = r->isOk(); });
    EXPECT_FALSE(delivered);
    EXPECT_EQ(error.kind, ApiError::Kind::Http);
    EXPECT_EQ(error.httpStatus, c.status);
    EXPECT_EQ(error.code, QString::fromLatin1(c.code));
    EXPECT_EQ(error.isNotFound(), c.notFound);
    EXPECT_EQ(error.isUnknownPath(), c.unknownPath);
    EXPECT_EQ(error.isTransient(), c.transient);
    EXPECT_EQ(error.isAuthentication(), c.status == 401);
    EXPECT_EQ(error.isPermission(), c.status == 403);
    EXPECT_FALSE(error.humanMessage().contains(kToken));
}

INSTANTIATE_TEST_SUITE_P(
    Statuses, HttpErrors,
    ::testing::Values(HttpErrorCase{ 400, "error_required.json", "ERROR_REQUIRED_PARAMETER", false, false, false },
                      HttpErrorCase{ 401, "error_authenticate.json", "ERROR_AUTHENTICATE_FAILURE", false, false,
                                     false },
                      HttpErrorCase{ 403, "error_permission.json", "ERROR_PERMISSION_DENIED", false, false, false },
                      HttpErrorCase{ 404, "error_not_found.json", "ERROR_NOT_FOUND", true, false, false },
                      HttpErrorCase{ 404, "error_fastapi_not_found.json", "", false, true, false },
                      HttpErrorCase{ 500, "error_unknown_field.json", "ERROR_UNKNOWN", false, false, true },
                      HttpErrorCase{ 503, "error_unavailable.json", "ERROR_GRPC_CONNECTION", false, false, true }));

TEST_F(JobApiClientTest, ATokenEchoedByTheServerIsScrubbed)
{
    server.enqueue(
        FakeResponse::json(401,
                           QByteArray(R"({"detail":{"code":"ERROR_AUTHENTICATE_FAILURE","message":"bad token )")
                               + kToken.toUtf8() + R"("}})"));
    const ApiError error = await(client.list({}));
    EXPECT_EQ(error.httpStatus, 401);
    EXPECT_FALSE(error.message.contains(kToken)) << error.message.toStdString();
    EXPECT_FALSE(error.humanMessage().contains(kToken));
}

TEST_F(JobApiClientTest, ATransferTimeoutIsATimeout)
{
    ApiEndpoint endpoint = client.endpoint();
    endpoint.timeoutMs = 200;
    client.setEndpoint(endpoint);
    server.enqueue(FakeResponse::ofAction(FakeResponse::Action::Hang));
    const ApiError error = await(client.list({}));
    EXPECT_EQ(error.kind, ApiError::Kind::Timeout);
    EXPECT_TRUE(error.isTransient());
}

TEST_F(JobApiClientTest, AMalformedBodyIsADecodeError)
{
    server.enqueue(FakeResponse::json(200, R"({"results":[{"job_id":"job-1","created_at":12}]})"));
    ApiError error = await(client.list({}));
    EXPECT_EQ(error.kind, ApiError::Kind::Decode);
    EXPECT_TRUE(error.message.contains(QLatin1String("results[0].created_at"))) << error.message.toStdString();

    FakeResponse html = fixture(200, "console_page.html");
    html.contentType = "text/html; charset=utf-8";
    server.enqueue(html);
    error = await(client.get(QStringLiteral("job-1")));
    EXPECT_EQ(error.kind, ApiError::Kind::Decode);
    EXPECT_TRUE(error.message.contains(QLatin1String("text/html"))) << error.message.toStdString();
}

TEST_F(JobApiClientTest, ATruncatedOrDroppedResponseIsAnError)
{
    server.enqueue(FakeResponse::ofAction(FakeResponse::Action::Truncate));
    ApiError error = await(client.list({}));
    EXPECT_TRUE(error.kind == ApiError::Kind::Network || error.kind == ApiError::Kind::Decode)
        << error.humanMessage().toStdString();

    // Qt sends a request once more when the connection closes before any answer.
    server.setHandler([](const RecordedRequest &) { return FakeResponse::ofAction(FakeResponse::Action::Drop); });
    error = await(client.list({}));
    EXPECT_EQ(error.kind, ApiError::Kind::Network) << error.humanMessage().toStdString();
    EXPECT_TRUE(error.isTransient());
}

TEST_F(JobApiClientTest, ConnectionRefused)
{
    quint16 port = 0;
    {
        FakeHttpServer closed;
        ASSERT_TRUE(closed.listen());
        port = closed.port();
    }
    ApiEndpoint endpoint = client.endpoint();
    endpoint.baseUrl.setPort(port);
    client.setEndpoint(endpoint);
    const ApiError error = await(client.list({}));
    EXPECT_EQ(error.kind, ApiError::Kind::Network);
    EXPECT_EQ(error.networkError, QNetworkReply::ConnectionRefusedError);
    EXPECT_TRUE(error.humanMessage().startsWith(QLatin1String("Connection refused")));
}

TEST_F(JobApiClientTest, AbortFinishesLaterAsCanceled)
{
    server.enqueue(FakeResponse::ofAction(FakeResponse::Action::Hang));
    JobListReply *reply = client.list({});
    bool finished = false;
    ApiError error;
    QObject::connect(reply, &JobApiReply::finished, reply, [&] {
        finished = true;
        error = reply->error();
    });
    ASSERT_TRUE(waitUntil([&] { return server.requests().size() == 1; }));
    reply->abort();
    EXPECT_FALSE(finished) << "finished() must not be emitted from inside abort()";
    EXPECT_TRUE(reply->isFinished());
    ASSERT_TRUE(waitUntil([&] { return finished; }));
    EXPECT_EQ(error.kind, ApiError::Kind::Canceled);
    EXPECT_EQ(client.requestsInFlight(), 0);
}

TEST_F(JobApiClientTest, RepliesOfAnOldGenerationDeliverNothing)
{
    server.enqueue(FakeResponse::json(200, testsupport::readData(QStringLiteral("list_mixed.json")), 300));
    server.enqueue(fixture(200, "list_no_total.json"));
    const quint64 before = client.generation();
    JobListReply *stale = client.list({});
    EXPECT_EQ(stale->generation(), before);
    bool staleDone = false;
    size_t staleRows = 99;
    ApiError staleError;
    QObject::connect(stale, &JobApiReply::finished, stale, [&] {
        staleDone = true;
        staleError = stale->error();
        staleRows = stale->page().jobs.size();
    });
    ASSERT_TRUE(waitUntil([&] { return server.requests().size() == 1; }));
    client.setEndpoint(client.endpoint()); // e.g. the user switched profile and back
    EXPECT_GT(client.generation(), before);

    JobListPage fresh;
    EXPECT_FALSE(await(client.list({}), [&](JobListReply *r) { fresh = r->takePage(); }).isError());
    ASSERT_TRUE(waitUntil([&] { return staleDone; }));
    EXPECT_EQ(staleError.kind, ApiError::Kind::Canceled);
    EXPECT_EQ(staleRows, 0u);
    EXPECT_EQ(fresh.jobs.size(), 2u);
}

TEST_F(JobApiClientTest, CancelAllCancelsEveryRequest)
{
    server.setHandler([](const RecordedRequest &) { return FakeResponse::ofAction(FakeResponse::Action::Hang); });
    int canceled = 0;
    for (int i = 0; i < 3; ++i) {
        JobApiReply *r = client.get(QStringLiteral("job-%1").arg(i));
        QObject::connect(r, &JobApiReply::finished, r,
                         [&canceled, r] { canceled += r->error().kind == ApiError::Kind::Canceled; });
    }
    client.cancelAll();
    EXPECT_EQ(client.requestsInFlight(), 0);
    ASSERT_TRUE(waitUntil([&] { return canceled == 3; }));
}

TEST_F(JobApiClientTest, UnusableEndpointOrTokenFailsWithoutSending)
{
    ApiEndpoint endpoint = client.endpoint();
    endpoint.token = QStringLiteral("abc\r\nX-Injected: 1");
    client.setEndpoint(endpoint);
    ApiError error = await(client.list({}));
    EXPECT_EQ(error.kind, ApiError::Kind::Network);
    EXPECT_TRUE(error.message.contains(QLatin1String("token"))) << error.message.toStdString();
    EXPECT_FALSE(error.message.contains(QLatin1String("abc")));

    endpoint.token.clear();
    endpoint.baseUrl = QUrl(QStringLiteral("not a url"));
    client.setEndpoint(endpoint);
    error = await(client.list({}));
    EXPECT_EQ(error.kind, ApiError::Kind::Network);
    EXPECT_TRUE(server.requests().isEmpty());
}

class TlsClientTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!QSslSocket::supportsSsl())
            GTEST_SKIP() << "no TLS backend";
        QFile keyFile(testsupport::dataPath(QStringLiteral("tls-server.key")));
        ASSERT_TRUE(keyFile.open(QIODevice::ReadOnly));
        const QSslKey key(&keyFile, QSsl::Rsa);
        const QList<QSslCertificate> certs
            = QSslCertificate::fromPath(testsupport::dataPath(QStringLiteral("tls-server.pem")));
        ASSERT_EQ(certs.size(), 1);
        server.useTls(certs.first(), key);
        ASSERT_TRUE(server.listen());
        server.setHandler([](const RecordedRequest &) { return fixture(200, "list_mixed.json"); });
        endpoint.baseUrl = server.url();
        endpoint.token = kToken;
        endpoint.timeoutMs = 5000;
    }

    ApiError listOnce()
    {
        client.setEndpoint(endpoint);
        ApiError error;
        bool done = false;
        JobListReply *reply = client.list({});
        QObject::connect(reply, &JobApiReply::finished, reply, [&] {
            error = reply->error();
            done = true;
        });
        EXPECT_TRUE(waitUntil([&] { return done; }));
        return error;
    }

    FakeHttpServer server;
    JobApiClient client;
    ApiEndpoint endpoint;
};

TEST_F(TlsClientTest, AnUntrustedCertificateIsATlsErrorNamingIt)
{
    const ApiError error = listOnce();
    EXPECT_EQ(error.kind, ApiError::Kind::Tls) << error.humanMessage().toStdString();
    EXPECT_TRUE(error.message.contains(QLatin1String("SJM Test CA"))) << error.message.toStdString();
    EXPECT_TRUE(error.message.contains(QLatin1String("127.0.0.1"))) << error.message.toStdString();
    EXPECT_TRUE(server.requests().isEmpty());
}

TEST_F(TlsClientTest, AnExtraCaCertificateMakesItTrusted)
{
    endpoint.caCertificates
        = { QSslCertificate::fromPath(testsupport::dataPath(QStringLiteral("tls-ca.pem"))).value(0).toDer() };
    ASSERT_EQ(endpoint.caCertificates.size(), 1);
    const ApiError error = listOnce();
    EXPECT_FALSE(error.isError()) << error.humanMessage().toStdString();
    EXPECT_EQ(server.requests().size(), 1);
}

TEST_F(TlsClientTest, DroppingTheCaCertificateIsNotBypassedByAKeptAliveConnection)
{
    endpoint.caCertificates
        = { QSslCertificate::fromPath(testsupport::dataPath(QStringLiteral("tls-ca.pem"))).value(0).toDer() };
    ASSERT_FALSE(listOnce().isError());
    // The same server without the extra CA: the connection verified with it must not be reused.
    endpoint.caCertificates.clear();
    const ApiError error = listOnce();
    EXPECT_EQ(error.kind, ApiError::Kind::Tls) << error.humanMessage().toStdString();
    EXPECT_EQ(server.requests().size(), 1);
}
