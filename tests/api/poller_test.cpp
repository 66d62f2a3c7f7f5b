// SPDX-License-Identifier: MIT
#include "apitestutil.h"
#include "fakehttpserver.h"
#include "fakejobbackend.h"

#include "api/jobapiclient.h"
#include "api/requestpolicy.h"
#include "poll/poller.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {
struct Snapshot
{
    size_t rows = 0; // jobs held once the poll was applied
    qint64 serverTotal = 0;
    bool truncated = false;
    quint64 generation = 0;
};

class PollerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        backend.jobs = FakeJobBackend::makeJobs(12);
        server.setHandler(backend.handler());
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.url();
        endpoint.token = QStringLiteral("test-token");
        endpoint.timeoutMs = 5000;
        client.setEndpoint(endpoint);
        // Failures here are the poll's own; the client's retries are tested with the client.
        client.setRequestPolicy(RequestPolicy::singleAttempt());
        poller.setInterval(20);
        poller.setJitter(0);
        // These cases are about scheduling, failures and filters, one listing per poll; delta
        // polling is tested against the sandbox, which implements the whole query language.
        poller.setDeltaPolling(false);
        QObject::connect(&poller, &Poller::jobsUpdated, &poller,
                         [this](qint64 total, bool truncated, quint64 generation) {
                             snapshots.append({ size_t(poller.jobSet()->size()), total, truncated, generation });
                         });
        QObject::connect(&poller, &Poller::statsReady, &poller, [this](const JobStats &s) { stats.append(s); });
        QObject::connect(&poller, &Poller::stateChanged, &poller, [this](const PollState &s) { states.append(s); });
        QObject::connect(&poller, &Poller::errorOccurred, &poller, [this](const ApiError &e) { errors.append(e); });
    }

    QList<RecordedRequest> requestsFor(const QString &verb) const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : server.requests()) {
            if (r.verb() == verb)
                out.append(r);
        }
        return out;
    }

    // A list request that lists rows: not one of the count_only lists the poller also asks (the
    // stuck count, the domain-level probe), which the sandbox tests cover.
    static bool isListing(const RecordedRequest &r)
    {
        return r.verb() == QLatin1String("list")
            && !r.json().value(QLatin1String("query")).toObject().value(QLatin1String("count_only")).toBool();
    }

    // The first listing hangs until the client closes its connection; the rest are answered.
    void hangFirstListing()
    {
        server.setHandler([this, hung = false](const RecordedRequest &r) mutable {
            if (isListing(r) && !hung) {
                hung = true;
                return FakeResponse::ofAction(FakeResponse::Action::Hang);
            }
            return backend.handle(r);
        });
    }

    QList<RecordedRequest> listings() const
    {
        QList<RecordedRequest> out;
        for (const RecordedRequest &r : server.requests()) {
            if (isListing(r))
                out.append(r);
        }
        return out;
    }

    static QJsonArray filterOf(const RecordedRequest &r)
    {
        return r.json().value(QLatin1String("query")).toObject().value(QLatin1String("filter")).toArray();
    }

    static QString groupKeyOf(const RecordedRequest &r)
    {
        return r.json()
            .value(QLatin1String("query"))
            .toObject()
            .value(QLatin1String("aggregate"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("group"))
            .toObject()
            .value(QLatin1String("keys"))
            .toArray()
            .at(0)
            .toObject()
            .value(QLatin1String("key"))
            .toString();
    }

    FakeHttpServer server;
    FakeJobBackend backend;
    JobApiClient client;
    Poller poller{ &client };
    QList<Snapshot> snapshots;
    QList<JobStats> stats;
    QList<PollState> states;
    QList<ApiError> errors;
};
} // namespace

TEST_F(PollerTest, FiltersReachTheServerAndFacetsLeaveOutTheirOwn)
{
    JobFilter filter;
    filter.statuses = { JobStatus::Failure };
    filter.workspaceId = QStringLiteral("workspace-abc");
    filter.text = QStringLiteral("client side");
    poller.setFilter(filter);
    poller.pause(); // one poll is enough here
    poller.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return snapshots.size() == 1 && stats.size() == 1; }));

    const QList<RecordedRequest> lists = listings();
    ASSERT_EQ(lists.size(), 1);
    EXPECT_EQ(filterOf(lists.first()),
              QJsonDocument::fromJson(R"([{"k":"status","v":"FAILURE","o":"eq"},
                                           {"k":"workspace_id","v":"workspace-abc","o":"eq"}])")
                  .array());
    // One stat per facet, and the probe whether stat counts domain-level jobs for this token.
    QList<RecordedRequest> stat = requestsFor(QStringLiteral("stat"));
    const QJsonArray probe = QJsonDocument::fromJson(R"([{"k":"workspace_id","v":"*","o":"eq"}])").array();
    ASSERT_EQ(stat.removeIf([&](const RecordedRequest &r) { return filterOf(r) == probe; }), 1);
    ASSERT_EQ(stat.size(), 4);
    for (const RecordedRequest &r : stat) {
        const QString key = groupKeyOf(r);
        const QByteArray filterText = QJsonDocument(filterOf(r)).toJson(QJsonDocument::Compact);
        EXPECT_EQ(filterText.contains("\"status\""), key != QLatin1String("status")) << key.toStdString();
        EXPECT_EQ(filterText.contains("workspace-abc"), key != QLatin1String("workspace_id")) << key.toStdString();
    }

    EXPECT_EQ(snapshots.first().rows, 3u); // jobs 0, 5 and 10 failed
    EXPECT_EQ(snapshots.first().serverTotal, 3);
    EXPECT_FALSE(snapshots.first().truncated);
    const JobStats &s = stats.first();
    EXPECT_EQ(s.count(JobStatus::Success), 9);
    EXPECT_EQ(s.count(JobStatus::Failure), 3);
    EXPECT_EQ(s.total, 12);
    ASSERT_EQ(s.workspaces.size(), 1);
    EXPECT_EQ(s.workspaces.first(), (JobStats::ValueCount{ QStringLiteral("workspace-abc"), 3 }));
    EXPECT_EQ(s.trustedAccounts.size(), 3);
    EXPECT_EQ(s.plugins.size(), 1);
    EXPECT_EQ(poller.state().phase, PollState::Phase::Paused);
    EXPECT_TRUE(poller.state().lastSuccess.isValid());
}

TEST_F(PollerTest, TheCapAppliesAndTruncationIsReported)
{
    poller.setMaxJobs(5);
    poller.setPageLimit(2);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return !snapshots.isEmpty(); }));
    poller.pause();
    EXPECT_EQ(snapshots.first().rows, 5u);
    EXPECT_EQ(snapshots.first().serverTotal, 12);
    EXPECT_TRUE(snapshots.first().truncated);
}

TEST_F(PollerTest, BacksOffAfterFailuresKeepsTheLastSnapshotAndRecovers)
{
    int lists = 0;
    server.setHandler([&](const RecordedRequest &r) {
        if (isListing(r)) {
            ++lists;
            if (lists >= 2 && lists <= 4)
                return FakeResponse::json(503, R"({"detail":{"code":"ERROR_GRPC_CONNECTION","message":" down"}})");
        }
        return backend.handle(r);
    });
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return snapshots.size() == 2; }));
    poller.pause();

    EXPECT_GE(lists, 5); // a sixth, successful poll may already be on its way
    ASSERT_EQ(errors.size(), 3);
    EXPECT_EQ(errors.first().httpStatus, 503);
    QList<int> retryDelays;
    QList<int> failureCounts;
    bool staleSeen = false;
    for (const PollState &s : std::as_const(states)) {
        if (s.phase == PollState::Phase::Error) {
            retryDelays.append(s.nextDelayMs);
            failureCounts.append(s.consecutiveFailures);
            staleSeen = staleSeen || s.stale;
            EXPECT_EQ(s.lastError.httpStatus, 503);
        }
    }
    // One interval after the first failure, then doubling.
    EXPECT_EQ(retryDelays, (QList<int>{ 20, 40, 80 }));
    EXPECT_EQ(failureCounts, (QList<int>{ 1, 2, 3 }));
    EXPECT_TRUE(staleSeen);
    // No empty snapshot was sent for the failures, and the recovery cleared the error.
    EXPECT_EQ(snapshots[0].rows, 12u);
    EXPECT_EQ(snapshots[1].rows, 12u);
    EXPECT_EQ(poller.state().consecutiveFailures, 0);
    EXPECT_FALSE(poller.state().lastError.isError());
    EXPECT_FALSE(poller.state().stale);
}

TEST_F(PollerTest, TheBackoffIsCappedAndJittered)
{
    poller.setInterval(10000);
    poller.setMaxBackoff(300000);
    ApiError unavailable;
    unavailable.kind = ApiError::Kind::Http;
    unavailable.httpStatus = 503;
    EXPECT_EQ(poller.retryDelay(1, unavailable), 10000);
    EXPECT_EQ(poller.retryDelay(4, unavailable), 80000);
    EXPECT_EQ(poller.retryDelay(6, unavailable), 300000);
    EXPECT_EQ(poller.retryDelay(40, unavailable), 300000);
    EXPECT_EQ(Poller(nullptr).maxBackoff(), 2 * 60 * 1000);
    poller.setJitter(0.2);
    for (int i = 0; i < 50; ++i) {
        const int d = poller.retryDelay(2, unavailable);
        EXPECT_GE(d, 16000);
        EXPECT_LE(d, 20000);
    }
}

TEST_F(PollerTest, ARejectedTokenWaitsTheLongestDelay)
{
    backend.requiredToken = QStringLiteral("right-token");
    poller.setMaxBackoff(60000);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty(); }));
    EXPECT_EQ(errors.first().httpStatus, 401);
    EXPECT_EQ(poller.state().phase, PollState::Phase::Error);
    EXPECT_EQ(poller.state().nextDelayMs, Poller::kAuthBackoffMs);
    EXPECT_TRUE(snapshots.isEmpty());
    EXPECT_EQ(listings().size(), 1);
}

TEST_F(PollerTest, PauseStopsPollingAndResumePollsAtOnce)
{
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return snapshots.size() >= 2; }));
    poller.pause();
    ASSERT_TRUE(waitUntil([&] { return !poller.isPolling(); }));
    // No timer and nothing in flight: once the queued events have run, nothing is left that
    // could poll, however many intervals pass.
    const qsizetype before = listings().size();
    QCoreApplication::processEvents();
    EXPECT_FALSE(poller.isScheduled());
    EXPECT_EQ(client.requestsInFlight(), 0);
    EXPECT_EQ(listings().size(), before);
    EXPECT_EQ(poller.state().phase, PollState::Phase::Paused);
    EXPECT_FALSE(poller.state().nextPollAt.isValid());

    poller.resume();
    EXPECT_EQ(poller.state().phase, PollState::Phase::Polling);
    ASSERT_TRUE(waitUntil([&] { return listings().size() > before; }));
}

TEST_F(PollerTest, PollsNeverOverlap)
{
    backend.listDelayMs = 60;
    // Each listing is answered 60 ms after it arrives, and a poll ends only after its answer:
    // the next listing cannot arrive sooner unless polls overlap.
    QElapsedTimer clock;
    clock.start();
    QList<qint64> arrivals;
    server.setHandler([&](const RecordedRequest &r) {
        if (isListing(r))
            arrivals.append(clock.elapsed());
        return backend.handle(r);
    });
    poller.setInterval(1);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return snapshots.size() >= 3; }));
    poller.pause();
    ASSERT_TRUE(waitUntil([&] { return !poller.isPolling(); }));
    for (qsizetype i = 1; i < arrivals.size(); ++i)
        EXPECT_GE(arrivals.at(i) - arrivals.at(i - 1), 60) << i;
    EXPECT_EQ(listings().size(), snapshots.size());
}

TEST_F(PollerTest, RefreshNowAbandonsAPollInFlightForAFreshOne)
{
    // The first listing is never answered: only the fresh poll's can end a poll.
    hangFirstListing();
    poller.setInterval(60000);
    poller.start();
    const int perPoll = client.requestsInFlight(); // the listing, the counts beside it
    ASSERT_TRUE(waitUntil([&] { return listings().size() == 1; }));
    const quint64 generation = poller.generation();
    poller.refreshNow(); // Retry Now / Refresh while the first poll waits
    EXPECT_TRUE(poller.isPolling());
    EXPECT_EQ(client.requestsInFlight(), perPoll) << "the first poll's listing was aborted";
    ASSERT_TRUE(waitUntil([&] { return !snapshots.isEmpty(); }));
    poller.pause();
    // The server has seen the abandoned listing's connection close: nothing of it is left to
    // arrive.
    ASSERT_TRUE(waitUntil([&] { return server.inFlight() == 0; }));
    EXPECT_EQ(client.requestsInFlight(), 0);
    EXPECT_EQ(snapshots.size(), 1);
    EXPECT_EQ(snapshots.first().generation, generation) << "the same question, asked again";
    EXPECT_EQ(listings().size(), 2);
}

TEST_F(PollerTest, AFailedListingGoesOnFromThePageThatFailed)
{
    backend.jobs = FakeJobBackend::makeJobs(25);
    poller.setPageLimit(10);
    bool failedOnce = false;
    server.setHandler([&](const RecordedRequest &r) {
        const int start = r.json()
                              .value(QLatin1String("query"))
                              .toObject()
                              .value(QLatin1String("page"))
                              .toObject()
                              .value(QLatin1String("start"))
                              .toInt();
        if (isListing(r) && start == 11 && !failedOnce) {
            failedOnce = true;
            return FakeResponse::json(503, R"({"detail":{"code":"ERROR_GRPC_CONNECTION","message":" down"}})");
        }
        return backend.handle(r);
    });
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return !snapshots.isEmpty(); }));
    poller.pause();
    EXPECT_EQ(errors.size(), 1);
    EXPECT_EQ(snapshots.first().rows, 25u);
    QList<int> starts;
    for (const RecordedRequest &r : listings())
        starts.append(r.json()
                          .value(QLatin1String("query"))
                          .toObject()
                          .value(QLatin1String("page"))
                          .toObject()
                          .value(QLatin1String("start"))
                          .toInt());
    // Page 1 once; page 2 failed and was asked again; page 3.
    EXPECT_EQ(starts, (QList<int>{ 1, 11, 11, 21 }));
}

TEST_F(PollerTest, CountsAlreadyFetchedAreKeptAndNeverZeroedByAFailure)
{
    // Before any count arrives the totals are unknown, not zero.
    EXPECT_EQ(JobStats().total, -1);

    bool listFails = true;
    bool statusFails = false;
    server.setHandler([&](const RecordedRequest &r) {
        if (isListing(r) && listFails)
            return FakeResponse::json(500, "Internal Server Error");
        if (r.verb() == QLatin1String("stat") && statusFails && groupKeyOf(r) == QLatin1String("status"))
            return FakeResponse::json(500, "Internal Server Error");
        return backend.handle(r);
    });
    poller.setInterval(60000);
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return !errors.isEmpty() && !poller.isPolling(); }));
    // The poll failed, but the counts it got are news.
    ASSERT_FALSE(stats.isEmpty());
    EXPECT_EQ(stats.last().total, 12);
    EXPECT_EQ(stats.last().count(JobStatus::Failure), 3);
    EXPECT_TRUE(snapshots.isEmpty());

    // Now the status count fails while the list works: the known counts stay.
    listFails = false;
    statusFails = true;
    const qsizetype before = stats.size();
    poller.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return !snapshots.isEmpty() && !poller.isPolling(); }));
    ASSERT_GT(stats.size(), before); // the other facets were counted again
    EXPECT_EQ(stats.last().total, 12);
    EXPECT_EQ(stats.last().count(JobStatus::Failure), 3);
    EXPECT_EQ(poller.state().statsError.httpStatus, 500);
}

TEST_F(PollerTest, AFilterChangeStartsANewGenerationAndDropsTheOldPoll)
{
    hangFirstListing();
    poller.setInterval(60000); // exactly the polls this test makes
    poller.start();
    ASSERT_TRUE(waitUntil([&] { return listings().size() == 1; }));
    const quint64 firstGeneration = poller.generation();
    JobFilter filter;
    filter.statuses = { JobStatus::Failure };
    poller.setFilter(filter);
    EXPECT_GT(poller.generation(), firstGeneration);
    EXPECT_EQ(listings().size(), 1); // the new request is on its way
    ASSERT_TRUE(waitUntil([&] { return !snapshots.isEmpty(); }));
    poller.pause();
    EXPECT_EQ(snapshots.first().generation, poller.generation());
    EXPECT_EQ(snapshots.first().rows, 3u);
    ASSERT_TRUE(waitUntil([&] { return server.inFlight() == 0; })); // the first listing's connection closed
    EXPECT_EQ(client.requestsInFlight(), 0);
    for (const Snapshot &s : std::as_const(snapshots))
        EXPECT_EQ(s.generation, poller.generation());
    EXPECT_EQ(listings().size(), 2);
}

TEST_F(PollerTest, AnEndpointChangePollsAgainAtOnce)
{
    poller.pause();
    poller.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return snapshots.size() == 1; }));
    const quint64 before = poller.generation();
    client.setEndpoint(client.endpoint());
    ASSERT_TRUE(waitUntil([&] { return snapshots.size() == 2; }));
    EXPECT_GT(snapshots[1].generation, before);
    EXPECT_EQ(poller.state().phase, PollState::Phase::Paused);
}

TEST_F(PollerTest, FailingStatsStillDeliverJobs)
{
    server.setHandler([&](const RecordedRequest &r) {
        if (r.verb() == QLatin1String("stat"))
            return FakeResponse::json(500, R"({"detail":{"code":"ERROR_DB_QUERY","message":" no"}})");
        return backend.handle(r);
    });
    poller.pause();
    poller.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return !snapshots.isEmpty(); }));
    EXPECT_TRUE(stats.isEmpty());
    EXPECT_EQ(poller.state().statsError.httpStatus, 500);
    EXPECT_FALSE(poller.state().lastError.isError());
    EXPECT_EQ(poller.state().consecutiveFailures, 0);
}

TEST_F(PollerTest, AClientSideTextChangeDoesNotPoll)
{
    poller.pause();
    poller.refreshNow();
    ASSERT_TRUE(waitUntil([&] { return snapshots.size() == 1 && !poller.isPolling(); }));
    const quint64 generation = poller.generation();
    JobFilter filter;
    filter.text = QStringLiteral("aws");
    poller.setFilter(filter);
    EXPECT_EQ(poller.filter().text, QStringLiteral("aws"));
    EXPECT_EQ(poller.generation(), generation);
    EXPECT_FALSE(poller.isPolling());
    EXPECT_EQ(listings().size(), 1);
}

TEST(JobStats, CountsAndOrder)
{
    JobStats stats;
    stats.statusCounts
        = { { QStringLiteral("SUCCESS"), 4 }, { QStringLiteral("ERROR"), 2 }, { QStringLiteral("CANCELD"), 1 } };
    EXPECT_EQ(stats.count(JobStatus::Success), 4);
    EXPECT_EQ(stats.count(JobStatus::Pending), 0);
    EXPECT_EQ(stats.count(JobStatus::Unknown), 3);
    const QList<JobStats::ValueCount> sorted = JobStats::sortedCounts(
        { { QStringLiteral("b"), 2 }, { QStringLiteral("a"), 2 }, { QStringLiteral("c"), 5 } });
    EXPECT_EQ(sorted,
              (QList<JobStats::ValueCount>{
                  { QStringLiteral("c"), 5 }, { QStringLiteral("a"), 2 }, { QStringLiteral("b"), 2 } }));
}
