// SPDX-License-Identifier: MIT
// The transport thread seen from the thread that uses it: one report per request, none after an
// abort, the size cap enforced there, and a transport destroyed with transfers on the wire.
#include "fakehttpserver.h"
#include "testsupport.h"

#include "api/httptransport.h"

#include <QCoreApplication>
#include <QThread>

#include <gtest/gtest.h>

#include <map>
#include <memory>

namespace {
class HttpTransportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        QObject::connect(&transport, &HttpTransport::finished, &transport,
                         [this](quint64 id, const HttpResult &result) {
                             // Reports arrive on the thread that owns the transport.
                             EXPECT_EQ(QThread::currentThread(), transport.thread());
                             EXPECT_EQ(results.count(id), 0u) << "reported twice: " << id;
                             results[id] = result;
                         });
    }

    HttpRequest request(const QString &verb = QStringLiteral("list")) const
    {
        HttpRequest r;
        r.url = QUrl(server.url().toString() + QStringLiteral("/identity/job/") + verb);
        r.headers = { { QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json") } };
        return r;
    }

    FakeHttpServer server;
    HttpTransport transport;
    std::map<quint64, HttpResult> results;
};

TEST_F(HttpTransportTest, ReportsEachRequestOnceWithStatusTypeAndBody)
{
    server.enqueue(FakeResponse::json(200, R"({"total_count": 3})"));
    server.enqueue(FakeResponse::json(404, R"({"error": {"code": "ERROR_NOT_FOUND"}})"));
    const quint64 first = transport.post(request(), "{}", 1 << 20);
    const quint64 second = transport.post(request(QStringLiteral("get")), R"({"job_id": "job-1"})", 1 << 20);
    EXPECT_NE(first, second);
    EXPECT_EQ(transport.pending(), 2);
    ASSERT_TRUE(waitUntil([&] { return results.size() == 2; }));
    EXPECT_EQ(transport.pending(), 0);

    const HttpResult &ok = results.at(first);
    const HttpResult &missing = results.at(second);
    // The server answers in the order it was asked; each body lands with its own request.
    EXPECT_EQ(ok.status + missing.status, 200 + 404);
    const HttpResult &found = ok.status == 200 ? ok : missing;
    EXPECT_EQ(found.body, QByteArray(R"({"total_count": 3})"));
    EXPECT_EQ(found.bytesReceived, found.body.size());
    EXPECT_TRUE(found.contentType.startsWith("application/json"));
    EXPECT_FALSE(found.tooLarge);
    ASSERT_EQ(server.requests().size(), 2);
}

TEST_F(HttpTransportTest, AnAbortedRequestNeverReports)
{
    server.enqueue(FakeResponse::ofAction(FakeResponse::Action::Hang));
    server.enqueue(FakeResponse::json(200, "{}"));
    const quint64 hung = transport.post(request(), "{}", 1 << 20);
    ASSERT_TRUE(waitUntil([&] { return server.requests().size() == 1; }));
    transport.abort(hung);
    EXPECT_EQ(transport.pending(), 0);
    const quint64 next = transport.post(request(), "{}", 1 << 20);
    ASSERT_TRUE(waitUntil([&] { return results.count(next) == 1; }));
    EXPECT_EQ(results.count(hung), 0u);
    EXPECT_EQ(results.at(next).status, 200);
}

TEST_F(HttpTransportTest, AnAbortAfterTheAnswerLeftTheThreadDropsIt)
{
    server.enqueue(FakeResponse::json(200, "{}"));
    const quint64 id = transport.post(request(), "{}", 1 << 20);
    // Wait on the transport thread's side only: the answer may be queued here already.
    ASSERT_TRUE(waitUntil([&] { return server.requests().size() == 1; }));
    QThread::msleep(50);
    transport.abort(id);
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    EXPECT_EQ(results.count(id), 0u);
}

TEST_F(HttpTransportTest, StopsABodyThatOutgrowsTheCapWhileItDownloads)
{
    FakeResponse flood = FakeResponse::ofAction(FakeResponse::Action::Flood);
    flood.floodBytes = qMax(qint64(64) << 20, 4 * FakeHttpServer::bufferedAheadBytes());
    flood.announceLength = false;
    server.enqueue(flood);
    const qint64 cap = 256 * 1024;
    const quint64 id = transport.post(request(), "{}", cap);
    ASSERT_TRUE(waitUntil([&] { return results.count(id) == 1; }));
    const HttpResult &result = results.at(id);
    EXPECT_TRUE(result.tooLarge);
    EXPECT_TRUE(result.body.isEmpty());
    // Stopped near the cap, not after the whole flood.
    EXPECT_LT(server.streamedBytes(), cap + FakeHttpServer::bufferedAheadBytes());
}

TEST_F(HttpTransportTest, RefusesAnAnnouncedLengthOverTheCapBeforeTheBody)
{
    FakeResponse flood = FakeResponse::ofAction(FakeResponse::Action::Flood);
    flood.floodBytes = qint64(64) << 20;
    flood.announceLength = true;
    server.enqueue(flood);
    const quint64 id = transport.post(request(), "{}", 1024);
    ASSERT_TRUE(waitUntil([&] { return results.count(id) == 1; }));
    EXPECT_TRUE(results.at(id).tooLarge);
}

TEST(HttpTransportLifetime, GoesAwayWithTransfersOnTheWire)
{
    FakeHttpServer server;
    ASSERT_TRUE(server.listen());
    server.setHandler([](const RecordedRequest &) { return FakeResponse::ofAction(FakeResponse::Action::Hang); });
    bool reported = false;
    {
        auto transport = std::make_unique<HttpTransport>();
        QObject::connect(transport.get(), &HttpTransport::finished, [&reported] { reported = true; });
        for (int i = 0; i < 4; ++i)
            transport->post(
                HttpRequest{ QUrl(server.url().toString() + QStringLiteral("/identity/job/list")), {}, 0, true, {} },
                "{}", 1024);
        ASSERT_TRUE(waitUntil([&] { return server.requests().size() == 4; }));
    }
    QCoreApplication::processEvents();
    EXPECT_FALSE(reported);
}
} // namespace
