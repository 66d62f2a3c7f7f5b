// SPDX-License-Identifier: MIT
// A sandbox that fails half of its requests (--error-rate 0.5: HTTP 500 and 503 at random),
// polled as the app polls it. Counted, not timed: time is a manual clock stepped from one timer
// to the next, so "within 3 poll intervals" is the virtual time of the first rows.
#include "manualtimersource.h"
#include "testsupport.h"

#include "api/jobapiclient.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"

#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>

namespace {
constexpr int kIntervalMs = 10000;
constexpr int kPolls = 120;

struct Outcome
{
    int polls = 0;
    int fresh = 0;
    int failed = 0;
    int pollsToFirstRows = -1;
    qint64 firstRowsAfterMs = -1;
    int requests = 0;
    int faulted = 0;
};

// 2,000 jobs on a sandbox that answers half of all requests with HTTP 500 or 503, polled through
// a client whose timers (poll interval, retry backoff) run on a manual clock.
struct FlakyRig
{
    FlakyRig(quint32 faultSeed, int jobsPerMinute)
    {
        sandbox::SandboxOptions options;
        options.initialJobs = 2000;
        options.seed = 11;
        options.jobsPerMinute = jobsPerMinute;
        options.faults.errorRate = 0.5;
        options.faults.seed = faultSeed;
        QString error;
        started = server.start(options, &error);
        EXPECT_TRUE(started) << error.toStdString();
        server.setSimulationPaused(true);
        client.setTimerSource(&timers);
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.token = server.defaultToken();
        endpoint.timeoutMs = 30000;
        client.setEndpoint(endpoint);
        poller.setInterval(kIntervalMs);
    }

    sandbox::SandboxServer server;
    ManualTimerSource timers;
    JobApiClient client;
    Poller poller{ &client };
    bool started = false;
};

// What the poller and the client were doing when a wait ran out: which side stopped.
std::string describe(const Poller &poller, const JobApiClient &client, const ManualTimerSource &timers)
{
    const PollState &state = poller.state();
    return QStringLiteral("windowed %1, polling %2, fetching more %3, can fetch more %4, rows valid %5, %6 rows, "
                          "%7 consecutive failures (%8), %9 transfers on the wire, %10 timers pending")
        .arg(poller.isWindowed())
        .arg(poller.isPolling())
        .arg(poller.isFetchingMore())
        .arg(poller.canFetchMore())
        .arg(poller.syncSet().isValid())
        .arg(poller.jobSet() ? poller.jobSet()->size() : 0)
        .arg(state.consecutiveFailures)
        .arg(state.lastError.message)
        .arg(client.transfersInFlight())
        .arg(timers.pending())
        .toStdString();
}

Outcome pollFlakyServer(quint32 faultSeed)
{
    FlakyRig rig(faultSeed, 120);
    sandbox::SandboxServer &server = rig.server;
    ManualTimerSource &timers = rig.timers;
    JobApiClient &client = rig.client;
    Poller &poller = rig.poller;

    Outcome out;
    const qint64 startMs = timers.nowMs();
    bool polling = false;
    QObject::connect(&poller, &Poller::stateChanged, &poller, [&](const PollState &s) {
        if (s.phase == PollState::Phase::Polling && !polling)
            ++out.polls;
        polling = s.phase == PollState::Phase::Polling;
    });
    QObject::connect(&poller, &Poller::jobsUpdated, &poller, [&](qint64, bool, quint64) {
        ++out.fresh;
        if (out.pollsToFirstRows < 0 && poller.jobSet() && poller.jobSet()->size() > 0) {
            out.pollsToFirstRows = out.polls;
            out.firstRowsAfterMs = timers.nowMs() - startMs;
        }
    });
    QObject::connect(&poller, &Poller::errorOccurred, &poller, [&](const ApiError &) { ++out.failed; });
    poller.start();

    // Network answers as they come; whenever nothing is on the wire, the next timer (a retry
    // backoff or the next poll) fires at once. The server changes a little between polls.
    const bool finished = waitUntil(
        [&] {
            if (client.transfersInFlight() == 0 && timers.pending() > 0) {
                if (!poller.isPolling())
                    server.stepSimulation(1);
                timers.fireNext();
            }
            return out.fresh + out.failed >= kPolls;
        },
        240000);
    EXPECT_TRUE(finished) << describe(poller, client, timers);
    poller.pause();
    for (const sandbox::RecordedRequest &r : server.requests()) {
        ++out.requests;
        out.faulted += r.fault.isEmpty() ? 0 : 1;
    }
    return out;
}
} // namespace

TEST(FlakyServer, HalfOfAllRequestsFailingStillGivesFreshDataOnNineInTenPolls)
{
    const Outcome out = pollFlakyServer(20240611);
    std::printf("error rate 0.5: %d polls, %d fresh (%.1f%%), %d failed; first rows at poll %d, after %.1f "
                "intervals; %d requests, %d answered with an injected error\n",
                out.fresh + out.failed, out.fresh, 100.0 * out.fresh / qMax(1, out.fresh + out.failed), out.failed,
                out.pollsToFirstRows, double(out.firstRowsAfterMs) / kIntervalMs, out.requests, out.faulted);
    // The server really failed about half of the requests.
    EXPECT_GT(out.faulted, out.requests * 2 / 5);
    EXPECT_LT(out.faulted, out.requests * 3 / 5);
    // First rows within 3 poll intervals, fresh data on at least 90% of polls.
    ASSERT_GE(out.pollsToFirstRows, 1);
    EXPECT_LE(out.pollsToFirstRows, 3);
    EXPECT_LE(out.firstRowsAfterMs, 3 * kIntervalMs);
    EXPECT_GE(out.fresh * 10, (out.fresh + out.failed) * 9);
}

// The pages after a window go through the same client as every other request: retried with
// backoff, so a server failing half of its requests still lets the table scroll to the end.
TEST(FlakyServer, WindowPagesAreRetriedLikeEveryOtherRequest)
{
    FlakyRig rig(20240612, 6);
    ASSERT_TRUE(rig.started);
    ManualTimerSource &timers = rig.timers;
    JobApiClient &client = rig.client;
    Poller &poller = rig.poller;
    poller.setWindowSize(500);
    poller.setPageLimit(250);
    int pages = 0;
    int failedPages = 0;
    QObject::connect(&poller, &Poller::fetchingMoreChanged, &poller, [&](bool fetching) { pages += fetching ? 1 : 0; });
    QObject::connect(&poller, &Poller::fetchMoreFailed, &poller, [&](const ApiError &) { ++failedPages; });
    poller.start();

    // Scrolled to the end whenever the last page landed, as a view would. The clock runs only
    // while nothing is on the wire: it fires retry backoffs, and the next poll after a poll that
    // failed as a whole (the first one included, before any row or mode is known).
    const auto scrolledToTheEnd = [&] {
        return poller.syncSet().isValid() && poller.isWindowed() && !poller.isPolling() && !poller.isFetchingMore()
            && !poller.canFetchMore();
    };
    const bool finished = waitUntil(
        [&] {
            if (poller.isWindowed() && !poller.isPolling() && !poller.isFetchingMore() && poller.canFetchMore())
                poller.fetchMore();
            if (client.transfersInFlight() == 0 && timers.pending() > 0 && !scrolledToTheEnd())
                timers.fireNext();
            return scrolledToTheEnd();
        },
        240000);
    poller.pause();
    ASSERT_TRUE(finished) << describe(poller, client, timers);
    std::printf("window pages at error rate 0.5: %d pages asked, %d failed\n", pages, failedPages);
    EXPECT_EQ(poller.jobSet()->size(), 2000);
    EXPECT_GE(pages, 6);
    // One request in two fails; without retries a page would fail as often.
    EXPECT_LE(failedPages * 4, pages);
}
