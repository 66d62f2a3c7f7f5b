// SPDX-License-Identifier: MIT
// Every server fault the app must survive, played against the main window: the sandbox's own
// fault injection, plus a hostile front between the app and the sandbox that trickles, floods,
// answers like a broken proxy or goes away. For each fault: what the banner says, that the rows
// stay, and how many polls it takes to recover by itself once the fault is gone. Time is a
// manual clock, so polls are counted, not waited for; the table of results is printed.
#include "apitestutil.h"
#include "fakehttpserver.h"
#include "manualtimersource.h"
#include "relay.h"

#include "api/jobapiclient.h"
#include "api/jwtclaims.h"
#include "model/jobtablemodel.h"
#include "monitor/jobmonitorsession.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"
#include "ui/appsettings.h"
#include "ui/emptystateoverlay.h"
#include "ui/errorbanner.h"
#include "ui/mainwindow.h"

#include <QDateTime>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <memory>

namespace {
constexpr int kJobs = 12;
constexpr int kIntervalMs = 10000;
constexpr int kTimeoutMs = 2000;

// Passes requests on to the sandbox, unless told to misbehave.
class HostileFront
{
public:
    enum class Mode { Forward, Slow, Trickle, Flood, ProxyPage, Down, RejectToken };

    explicit HostileFront(quint16 sandboxPort)
        : m_sandboxPort(sandboxPort)
    {
        m_server.setHandler([this](const RecordedRequest &r) { return answer(r); });
    }
    bool listen() { return m_server.listen(); }
    QUrl url() const { return m_server.url(); }
    qint64 streamedBytes() const { return m_server.streamedBytes(); }
    Mode mode() const { return m_mode; }
    // Requests received and not answered yet.
    int held() const { return m_server.inFlight(); }

    void setMode(Mode mode)
    {
        if (mode == Mode::Down) {
            m_server.stopListening();
        } else if (m_mode == Mode::Down) {
            EXPECT_TRUE(m_server.listen(m_server.port()));
        }
        m_mode = mode;
    }

private:
    FakeResponse answer(const RecordedRequest &r)
    {
        switch (m_mode) {
        case Mode::Trickle: {
            FakeResponse trickle = FakeResponse::ofAction(FakeResponse::Action::Trickle);
            trickle.delayMs = 30;
            trickle.body = R"({"results":[{"job_id":"job-)";
            return trickle;
        }
        case Mode::Flood: {
            FakeResponse flood = FakeResponse::ofAction(FakeResponse::Action::Flood);
            flood.floodBytes = qint64(2) * 1024 * 1024 * 1024;
            flood.announceLength = false;
            return flood;
        }
        case Mode::ProxyPage: {
            FakeResponse page = FakeResponse::json(
                502,
                "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad "
                "Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n");
            page.contentType = "text/html";
            return page;
        }
        case Mode::Slow:
            // No answer before the client's transfer timeout, which the test steps on its clock.
            return FakeResponse::ofAction(FakeResponse::Action::Hang);
        case Mode::RejectToken: {
            RecordedRequest wrong = r;
            wrong.headers.insert("authorization", "Bearer a-revoked-token");
            return forward(wrong);
        }
        case Mode::Forward:
        case Mode::Down:
            break;
        }
        return forward(r);
    }

    // The sandbox runs on its own thread.
    FakeResponse forward(const RecordedRequest &r) const { return relayTo(m_sandboxPort, r); }

    FakeHttpServer m_server;
    quint16 m_sandboxPort;
    Mode m_mode = Mode::Forward;
};

struct Fault
{
    const char *name;
    std::function<void()> on;
    std::function<void()> off;
    bool userMustAct = false; // only a new token fixes it
};

class FaultMatrixTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sandbox::SandboxOptions options;
        options.dataFile = testsupport::dataPath(QStringLiteral("sandbox/jobs.json"));
        options.simulate = false;
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
        front = std::make_unique<HostileFront>(server.port());
        ASSERT_TRUE(front->listen());
        settings = std::make_unique<AppSettings>(dir.filePath(QStringLiteral("settings.ini")));
        session = std::make_unique<JobMonitorSession>();
        session->client()->setTimerSource(&timers);
        session->poller()->setInterval(kIntervalMs);
        session->poller()->setJitter(0);
        window = std::make_unique<MainWindow>(session.get(), settings.get());
        window->setConnections({ { QStringLiteral("test"), QStringLiteral("Test sandbox") } }, QStringLiteral("test"));
        window->resize(1200, 700);
        window->show();
        SetUpCounting();
        connect(goodEndpoint());
        ASSERT_TRUE(settlePoll());
        ASSERT_EQ(session->model()->rowCount(), kJobs);
    }

    ApiEndpoint goodEndpoint() const
    {
        ApiEndpoint endpoint;
        endpoint.baseUrl = front->url();
        endpoint.token = server.defaultToken();
        endpoint.timeoutMs = kTimeoutMs;
        return endpoint;
    }

    void connect(const ApiEndpoint &endpoint)
    {
        session->setEndpoint(endpoint, QStringLiteral("test"));
        window->restoreFilterForConnection();
    }

    // Runs the poll in flight to its end: answers as they come, the retry backoffs (and, for a
    // trickle, the deadline) stepped on the manual clock. True when it brought fresh data.
    bool settlePoll()
    {
        const int before = finished;
        qint64 streamed = front->streamedBytes();
        const bool done = waitUntil(
            [&] {
                if (finished > before && !session->poller()->isPolling())
                    return true;
                // A trickle never finishes a transfer, nor does a request held unanswered: the
                // deadline is all that ends them.
                const int transfers = session->client()->transfersInFlight();
                const HostileFront::Mode mode = front->mode();
                const bool trickled = mode == HostileFront::Mode::Trickle && front->streamedBytes() >= streamed + 32;
                const bool held = mode == HostileFront::Mode::Slow && transfers > 0 && front->held() >= transfers;
                if (session->poller()->isPolling() && (transfers == 0 || trickled || held)) {
                    streamed = front->streamedBytes();
                    timers.fireNext();
                }
                return false;
            },
            60000);
        // The rows reach the table once their diff is prepared on a worker.
        if (done && lastFresh)
            return waitUntil([&] { return session->model()->rowCount() == lastSnapshotSize; });
        QCoreApplication::processEvents();
        return false;
    }

    // Waits for the next poll on the manual clock, then runs it.
    bool pollOnce()
    {
        // Name look-ups share the clock: their timers may come before the poll's.
        for (int i = 0; i < 20 && !session->poller()->isPolling(); ++i)
            timers.fireNext();
        EXPECT_TRUE(session->poller()->isPolling());
        return settlePoll();
    }

    // SJM_SCREENSHOT_DIR=dir saves the window as the fault left it, to look at.
    void saveScreenshot(const QString &name) const
    {
        const QString dirPath = qEnvironmentVariable("SJM_SCREENSHOT_DIR");
        if (dirPath.isEmpty())
            return;
        QString file = name;
        file.replace(QRegularExpression(QStringLiteral("[^A-Za-z0-9]+")), QStringLiteral("-"));
        window->grab().save(dirPath + QLatin1Char('/') + file + QStringLiteral(".png"));
    }

    void SetUpCounting()
    {
        QObject::connect(session->poller(), &Poller::jobsUpdated, session->poller(), [this] {
            ++finished;
            lastFresh = true;
            lastSnapshotSize = session->poller()->jobSet() ? int(session->poller()->jobSet()->size()) : 0;
        });
        QObject::connect(session->poller(), &Poller::errorOccurred, session->poller(), [this](const ApiError &) {
            ++finished;
            lastFresh = false;
        });
    }

    QTemporaryDir dir;
    sandbox::SandboxServer server;
    std::unique_ptr<HostileFront> front;
    ManualTimerSource timers;
    std::unique_ptr<AppSettings> settings;
    std::unique_ptr<JobMonitorSession> session;
    std::unique_ptr<MainWindow> window;
    int finished = 0;
    bool lastFresh = false;
    int lastSnapshotSize = 0;
};
} // namespace

TEST_F(FaultMatrixTest, EveryFaultKeepsTheRowsSaysWhatHappenedAndRecovers)
{
    auto sandboxFault = [this](auto set) {
        return [this, set] {
            sandbox::FaultOptions f;
            set(f);
            server.setFaults(f);
        };
    };
    auto clearSandbox = [this] { server.setFaults({}); };
    auto frontMode = [this](HostileFront::Mode mode) { return [this, mode] { front->setMode(mode); }; };
    const ApiEndpoint good = goodEndpoint();
    // A token the server accepts for an hour, and a clock 25 s before its expiry: three good
    // polls, then the client finds that its exp has passed.
    auto expiringSoon = [&] {
        ApiEndpoint e = good;
        e.token = server.issueToken(sandbox::Role::DomainAdmin, {}, 3600);
        timers.setNow(qMax(timers.nowMs(), JwtClaims::expiresAtMs(e.token) - 25000));
        connect(e);
        EXPECT_TRUE(settlePoll()) << session->lastError().humanMessage().toStdString();
        EXPECT_TRUE(pollOnce()) << session->lastError().humanMessage().toStdString();
        EXPECT_TRUE(pollOnce()) << session->lastError().humanMessage().toStdString();
    };
    // The user saves a working token: the connection is made again with it.
    auto newToken = [&] {
        front->setMode(HostileFront::Mode::Forward);
        connect(good);
    };

    const QList<Fault> faults{
        { "HTTP 500 (plain text)", sandboxFault([](sandbox::FaultOptions &f) { f.errorRate = 1, f.error503Share = 0; }),
          clearSandbox },
        { "HTTP 503 (gateway JSON)",
          sandboxFault([](sandbox::FaultOptions &f) { f.errorRate = 1, f.error503Share = 1; }), clearSandbox },
        { "connection dropped", sandboxFault([](sandbox::FaultOptions &f) { f.dropRate = 1; }), clearSandbox },
        { "body truncated", sandboxFault([](sandbox::FaultOptions &f) { f.truncateRate = 1; }), clearSandbox },
        { "malformed JSON", sandboxFault([](sandbox::FaultOptions &f) { f.malformedRate = 1; }), clearSandbox },
        { "slower than the timeout", frontMode(HostileFront::Mode::Slow), frontMode(HostileFront::Mode::Forward) },
        { "trickling one byte at a time", frontMode(HostileFront::Mode::Trickle),
          frontMode(HostileFront::Mode::Forward) },
        { "endless answer (2 GiB)", frontMode(HostileFront::Mode::Flood), frontMode(HostileFront::Mode::Forward) },
        { "proxy error page (HTML 502)", frontMode(HostileFront::Mode::ProxyPage),
          frontMode(HostileFront::Mode::Forward) },
        { "server gone (refused)", frontMode(HostileFront::Mode::Down), frontMode(HostileFront::Mode::Forward) },
        { "token rejected (401)", frontMode(HostileFront::Mode::RejectToken), newToken, true },
        { "token expired (its exp)", expiringSoon, newToken, true },
    };

    int bannerHeight = -1;
    std::printf("\n%-30s | %-9s | %-9s | %-22s | %s\n", "fault", "rows kept", "recovers", "polls to recover",
                "message shown");
    for (const Fault &fault : faults) {
        SCOPED_TRACE(fault.name);
        fault.on();
        // Two polls under the fault.
        for (int i = 0; i < 2; ++i)
            EXPECT_FALSE(pollOnce());
        const QString message = window->errorBanner()->message();
        const int rows = session->model()->rowCount();
        saveScreenshot(QString::fromLatin1(fault.name));
        EXPECT_TRUE(window->errorBanner()->isVisible());
        EXPECT_FALSE(message.isEmpty());
        EXPECT_FALSE(message.contains(QLatin1Char('<'))) << "no markup in the banner";
        EXPECT_FALSE(message.contains(server.defaultToken()));
        EXPECT_TRUE(session->isStale());
        EXPECT_EQ(rows, kJobs) << "the last good rows stay on screen";
        // One height for every message, long or short: the table never jumps.
        if (bannerHeight < 0)
            bannerHeight = window->errorBanner()->height();
        EXPECT_EQ(window->errorBanner()->height(), bannerHeight);

        fault.off();
        int polls = 0;
        if (fault.userMustAct) {
            // The new token is used at once: a poll is already on its way, no backoff waited.
            EXPECT_TRUE(session->poller()->isPolling());
            EXPECT_TRUE(settlePoll());
        } else {
            while (polls < 10 && !pollOnce())
                ++polls;
            ++polls;
        }
        EXPECT_FALSE(session->isStale());
        EXPECT_FALSE(window->errorBanner()->isVisible());
        EXPECT_EQ(session->model()->rowCount(), kJobs);
        if (!fault.userMustAct) {
            EXPECT_EQ(polls, 1) << "the first poll after the fault is gone brings fresh data";
        }
        std::printf("%-30s | %-9s | %-9s | %-22s | %s\n", fault.name, rows == kJobs ? "yes" : "NO",
                    fault.userMustAct ? "new token" : "automatic",
                    fault.userMustAct ? "at once with the token" : qPrintable(QString::number(polls)),
                    qPrintable(message));
    }
}

TEST_F(FaultMatrixTest, WithNoRowsYetTheEmptyStateNamesTheCauseAndRetries)
{
    // A new connection to a server behind a failing proxy: nothing to show yet.
    front->setMode(HostileFront::Mode::ProxyPage);
    connect(goodEndpoint());
    EXPECT_FALSE(settlePoll());
    EXPECT_EQ(session->model()->rowCount(), 0);
    EmptyStateOverlay *empty = window->emptyState();
    EXPECT_EQ(empty->title(), QStringLiteral("A proxy or gateway reported an error"));
    saveScreenshot(QStringLiteral("empty state proxy error"));

    // Its button is Retry Now: a fresh poll at once, not after the backoff.
    auto *retry = empty->findChild<QPushButton *>();
    ASSERT_NE(retry, nullptr);
    EXPECT_EQ(retry->text(), QStringLiteral("Retry Now"));
    front->setMode(HostileFront::Mode::Forward);
    retry->click();
    EXPECT_TRUE(session->poller()->isPolling());
    EXPECT_TRUE(settlePoll());
    EXPECT_EQ(session->model()->rowCount(), kJobs);
    EXPECT_TRUE(empty->title().isEmpty());

    // A server error is not "cannot reach".
    server.setFaults([] {
        sandbox::FaultOptions f;
        f.errorRate = 1;
        f.error503Share = 0;
        return f;
    }());
    connect(goodEndpoint());
    EXPECT_FALSE(settlePoll());
    EXPECT_EQ(empty->title(), QStringLiteral("The server reported an error"));
    server.setFaults({});
}
