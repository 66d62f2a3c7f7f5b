// SPDX-License-Identifier: MIT
// The sandbox is reachable by any local process while the app runs: a client must not be able
// to make it hold a huge body, keep sockets open forever or fill its request log.
#include "sandboxfixture.h"

#include "sandbox/requestframer.h"
#include "sandbox/requestlog.h"

#include <QCoreApplication>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <limits>
#include <memory>
#include <vector>

using namespace sandboxtest;

namespace {
// Runs the event loop until `done` holds. No time limit: on a loaded machine the server is late,
// not wrong, and the test's own timeout stops one that never gets there.
template <typename Condition> void waitFor(Condition done)
{
    ::waitUntil(done, std::numeric_limits<int>::max());
}

class RequestLimitsTest : public ::testing::Test
{
protected:
    void start(const sandbox::RequestLimits &limits = {})
    {
        sandbox::SandboxOptions options = fixtureOptions();
        options.limits = limits;
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
    }

    std::unique_ptr<QTcpSocket> connectRaw()
    {
        auto socket = std::make_unique<QTcpSocket>();
        socket->connectToHost(QHostAddress::LocalHost, quint16(server.baseUrl().port()));
        EXPECT_TRUE(socket->waitForConnected(-1));
        return socket;
    }

    // Everything the server sends until it closes the connection.
    static QByteArray readUntilClosed(QTcpSocket *socket)
    {
        QByteArray all;
        waitFor([&] {
            all += socket->readAll();
            return socket->state() == QAbstractSocket::UnconnectedState;
        });
        return all + socket->readAll();
    }

    QByteArray requestHead(const QByteArray &extraHeaders) const
    {
        return "POST /identity/job/list HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
               "Authorization: Bearer "
            + server.tokenFor(sandbox::Role::DomainAdmin).toLatin1() + "\r\n" + extraHeaders + "\r\n";
    }

    sandbox::SandboxServer server;
};
} // namespace

TEST_F(RequestLimitsTest, AnAnnouncedBodyOverTheLimitGets413BeforeAnyOfItIsRead)
{
    start();
    auto socket = connectRaw();
    socket->write(requestHead("Content-Length: 268435456\r\n") + QByteArray(64 * 1024, '{'));
    const QByteArray answer = readUntilClosed(socket.get());
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 413 Payload Too Large\r\n")) << answer.left(200).toStdString();
    EXPECT_TRUE(answer.contains("connection: close"));

    const QList<sandbox::RecordedRequest> log = server.requests();
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].status, 413);
    EXPECT_EQ(log[0].fault, QStringLiteral("refused"));
    EXPECT_EQ(log[0].path, QStringLiteral("/identity/job/list"));
    EXPECT_TRUE(log[0].rawBody.isEmpty()) << "nothing of the body is stored";
    EXPECT_EQ(log[0].rawBodyBytes, 268435456);
}

TEST_F(RequestLimitsTest, AChunkedBodyIsCutOffAsItPassesTheLimit)
{
    start();
    auto socket = connectRaw();
    socket->write(requestHead("Transfer-Encoding: chunked\r\n"));
    const QByteArray chunk = QByteArray::number(64 * 1024, 16) + "\r\n" + QByteArray(64 * 1024, ' ') + "\r\n";
    qint64 sent = 0;
    // Up to 4 MiB, stopping once the server has answered and closed.
    while (sent < 4 * 1024 * 1024 && socket->state() == QAbstractSocket::ConnectedState) {
        socket->write(chunk);
        sent += chunk.size();
        socket->waitForBytesWritten(1000);
        QCoreApplication::processEvents();
    }
    const QByteArray answer = readUntilClosed(socket.get());
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 413")) << answer.left(200).toStdString();
    ASSERT_EQ(server.requests().size(), 1);
    EXPECT_EQ(server.requests()[0].status, 413);
    EXPECT_LE(server.requests()[0].rawBodyBytes, sandbox::RequestLimits().maxBodyBytes);
}

TEST_F(RequestLimitsTest, BodiesWithinTheLimitAreServedAndLoggedAsABoundedPrefix)
{
    start();
    // A list query naming 15,000 job ids (about 300 KB): within the limit, so the service answers
    // it, whole, though it arrives in many reads.
    QByteArray ids;
    for (int i = 0; i < 15000; ++i)
        ids += (i ? ",\"job-" : "\"job-") + QByteArray::number(i, 16).rightJustified(12, '0') + '"';
    const QByteArray body = R"({"query":{"filter":[{"k":"job_id","v":[)" + ids + R"(],"o":"in"}]}})";
    const HttpResult r = HttpClient(server.baseUrl(), server.tokenFor(sandbox::Role::DomainAdmin)).list(body);
    EXPECT_EQ(r.status, 200) << r.body.left(300).toStdString();
    const QList<sandbox::RecordedRequest> log = server.requests();
    ASSERT_EQ(log.size(), 1);
    EXPECT_EQ(log[0].rawBody.size(), sandbox::RequestLog::kBodyPrefixBytes);
    EXPECT_EQ(log[0].rawBodyBytes, body.size());
    EXPECT_TRUE(log[0].body.isUndefined());
}

TEST_F(RequestLimitsTest, HeadersThatNeverEndAreRefused)
{
    start();
    auto socket = connectRaw();
    socket->write("POST /identity/job/list HTTP/1.1\r\n");
    for (int i = 0; i < 2000 && socket->state() == QAbstractSocket::ConnectedState; ++i) {
        socket->write("X-Filler-" + QByteArray::number(i) + ": " + QByteArray(100, 'f') + "\r\n");
        socket->waitForBytesWritten(1000);
    }
    const QByteArray answer = readUntilClosed(socket.get());
    EXPECT_TRUE(answer.startsWith("HTTP/1.1 431")) << answer.left(200).toStdString();
}

TEST_F(RequestLimitsTest, SlowHeadersAreClosedWith408)
{
    sandbox::RequestLimits limits;
    limits.headerTimeoutMs = 300;
    // Never, here: however late a slow client's first byte is read, it is timed as a header.
    limits.idleTimeoutMs = 24 * 60 * 60 * 1000;
    start(limits);

    // A hundred clients sending their headers one byte at a time: never finishing, so each is
    // past the limit sooner or later.
    constexpr int kSlow = 100;
    std::vector<std::unique_ptr<QTcpSocket>> slow;
    for (int i = 0; i < kSlow; ++i) {
        slow.push_back(connectRaw());
        slow.back()->write("POST /identity/job/list HTTP/1.1\r\nX-Slow: ");
    }
    // One more byte every 10 ms from each: progress, but never a whole head.
    QTimer trickle;
    QObject::connect(&trickle, &QTimer::timeout, [&] {
        for (auto &s : slow) {
            if (s->state() == QAbstractSocket::ConnectedState)
                s->write("a");
        }
    });
    trickle.start(10);
    waitFor([&] {
        return std::none_of(slow.cbegin(), slow.cend(),
                            [](const auto &s) { return s->state() == QAbstractSocket::ConnectedState; });
    });
    int timedOut = 0;
    for (auto &s : slow)
        timedOut += s->readAll().startsWith("HTTP/1.1 408") ? 1 : 0;
    EXPECT_EQ(timedOut, kSlow);

    // A client that behaves is still served.
    const HttpResult r = HttpClient(server.baseUrl(), server.tokenFor(sandbox::Role::DomainAdmin)).list("{}");
    EXPECT_EQ(r.status, 200);
}

TEST_F(RequestLimitsTest, IdleConnectionsAreClosedAndOthersServed)
{
    sandbox::RequestLimits limits;
    limits.idleTimeoutMs = 300;
    start(limits);
    auto idle = connectRaw(); // never sends anything
    waitFor([&] { return idle->state() == QAbstractSocket::UnconnectedState; });
    EXPECT_TRUE(idle->readAll().isEmpty()) << "closed without an answer: there was no request";

    const HttpResult r = HttpClient(server.baseUrl(), server.tokenFor(sandbox::Role::DomainAdmin)).list("{}");
    EXPECT_EQ(r.status, 200);
}

TEST_F(RequestLimitsTest, ConnectionsBeyondTheLimitAreClosedAsTheyArrive)
{
    sandbox::RequestLimits limits;
    limits.maxConnections = 5;
    start(limits);
    std::vector<std::unique_ptr<QTcpSocket>> sockets;
    for (int i = 0; i < 8; ++i)
        sockets.push_back(connectRaw());
    int closed = 0;
    waitFor([&] {
        closed = 0;
        for (auto &s : sockets)
            closed += s->state() == QAbstractSocket::UnconnectedState ? 1 : 0;
        return closed >= 3;
    });
    // Those left open are served: once each has its answer, the server has dealt with every
    // arrival, and it closed exactly the three beyond the limit.
    const QByteArray request = requestHead("Content-Length: 2\r\n") + "{}";
    for (auto &s : sockets) {
        if (s->state() == QAbstractSocket::ConnectedState)
            s->write(request);
    }
    waitFor([&] {
        return std::all_of(sockets.cbegin(), sockets.cend(), [](const auto &s) {
            return s->state() != QAbstractSocket::ConnectedState || s->bytesAvailable() > 0;
        });
    });
    closed = 0;
    for (auto &s : sockets) {
        if (s->bytesAvailable() > 0)
            EXPECT_TRUE(s->peek(12).startsWith("HTTP/1.1 200")) << s->peek(200).toStdString();
        else
            ++closed;
    }
    EXPECT_EQ(closed, 3);
    sockets.clear(); // frees their slots
    // A client is served again once the server has seen them go: asked until then, however long
    // that takes on a loaded machine (a slot never freed fails by the test's timeout).
    const HttpClient admin(server.baseUrl(), server.tokenFor(sandbox::Role::DomainAdmin));
    waitFor([&] { return admin.list("{}").status == 200; });
}

TEST_F(RequestLimitsTest, NumbersBeyondAnyIntegerAreOutOfRangeNotUndefined)
{
    start();
    const HttpClient admin(server.baseUrl(), server.tokenFor(sandbox::Role::DomainAdmin));
    for (const char *limit : { "5e84", "-5e84", "1e19" }) {
        SCOPED_TRACE(limit);
        const HttpResult r = admin.list(QByteArray(R"({"query":{"page":{"start":1,"limit":)") + limit + "}}}");
        EXPECT_EQ(r.status, 500);
        EXPECT_TRUE(r.text().contains(QLatin1String("Value out of range"))) << r.text().toStdString();
    }
}

TEST(RequestLog, KeepsWithinItsByteCapacityDroppingTheOldest)
{
    sandbox::RequestLog log(100000, 4 * 1024 * 1024);
    for (int i = 0; i < 1000; ++i) {
        sandbox::RecordedRequest r;
        r.path = QStringLiteral("/identity/job/list");
        r.rawBody = QByteArray(200 * 1024, 'x'); // cut to the prefix
        log.append(r);
    }
    EXPECT_LE(log.bytes(), 4 * 1024 * 1024);
    EXPECT_GT(log.size(), 10);
    EXPECT_LT(log.size(), 100);
    const QList<sandbox::RecordedRequest> all = log.all();
    EXPECT_EQ(all.last().rawBody.size(), sandbox::RequestLog::kBodyPrefixBytes);
    EXPECT_EQ(all.last().rawBodyBytes, 200 * 1024);
}

TEST(RequestFramer, FramesLengthsChunksAndPipelinedRequests)
{
    using V = sandbox::RequestFramer::Verdict;
    sandbox::RequestFramer framer(1024, 100);
    framer.setKeepBodies(true);
    EXPECT_EQ(framer.feed(QByteArray("POST /a HTTP/1.1\r\nContent-Length: 5\r\n\r\nhello"
                                     "POST /b HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n0\r\n\r\n"
                                     "GET /c HTTP/1.1\r\n\r\n")),
              V::Ok);
    EXPECT_EQ(framer.requestsCompleted(), 3);
    EXPECT_FALSE(framer.inRequest());
    QByteArray body;
    ASSERT_TRUE(framer.takeBody(&body));
    EXPECT_EQ(body, QByteArray("hello"));
    ASSERT_TRUE(framer.takeBody(&body));
    EXPECT_EQ(body, QByteArray("abc"));
    ASSERT_TRUE(framer.takeBody(&body));
    EXPECT_TRUE(body.isEmpty());
    EXPECT_FALSE(framer.takeBody(&body));

    sandbox::RequestFramer big(1024, 100);
    EXPECT_EQ(big.feed(QByteArray("POST /a HTTP/1.1\r\nContent-Length: 101\r\n\r\n")), V::BodyTooLarge);
    sandbox::RequestFramer chunked(1024, 100);
    EXPECT_EQ(chunked.feed(QByteArray("POST /a HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n40\r\n")), V::Ok);
    EXPECT_EQ(chunked.feed(QByteArray(64, 'x') + "\r\n40\r\n"), V::BodyTooLarge);
    sandbox::RequestFramer smuggled(1024, 100);
    EXPECT_EQ(smuggled.feed(QByteArray("POST /a HTTP/1.1\r\nContent-Length: 3\r\nContent-Length: 4\r\n\r\n")),
              V::Malformed);
    sandbox::RequestFramer headers(64, 100);
    EXPECT_EQ(headers.feed(QByteArray("POST /a HTTP/1.1\r\n") + QByteArray(100, 'h')), V::HeaderTooLarge);
}
