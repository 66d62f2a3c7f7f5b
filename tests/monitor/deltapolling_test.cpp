// SPDX-License-Identifier: MIT
// Delta polling against the sandbox over real HTTP: after every poll the poller's rows, total
// and facet counts must equal what a full refetch shows at the same moment, whatever the server
// did in between (simulation steps, edits, edits stamped by a lagging clock, deletes, creates).
#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "api/jobtime.h"
#include "api/requestpolicy.h"
#include "manualtimersource.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <map>
#include <memory>
#include <random>

namespace {

constexpr qint64 kHour = 60 * 60 * 1000;

struct Delivered
{
    std::shared_ptr<const std::vector<Job>> jobs;
    qint64 total = 0;
    bool truncated = false;
    PollState state;
};

// What a poller holds, copied (tests only): the set itself changes with the next poll.
std::shared_ptr<const std::vector<Job>> copyOf(const JobSet &set)
{
    auto rows = std::make_shared<std::vector<Job>>();
    set.forEach([&rows](int, const Job &job) { rows->push_back(job); });
    return rows;
}

std::string describe(const Job &job)
{
    return QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact).toStdString();
}

class DeltaPollingTest : public ::testing::Test
{
protected:
    void startSandbox(int jobs, quint32 seed, qint64 clockOffsetMs = 0, int tickMs = 1000)
    {
        sandbox::SandboxOptions options;
        options.initialJobs = jobs;
        options.seed = seed;
        options.tickMs = tickMs;
        // A few new jobs per manual step; about ten a second when the simulation runs live.
        options.jobsPerMinute = tickMs >= 1000 ? 240 : 600;
        options.clockOffsetMs = clockOffsetMs;
        m_offsetMs = clockOffsetMs;
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
        server.setSimulationPaused(true); // the server changes only between polls
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.token = server.defaultToken();
        endpoint.timeoutMs = 20000;
        client.setEndpoint(endpoint);
        referenceClient.setEndpoint(endpoint);

        poller = std::make_unique<Poller>(&client);
        poller->setInterval(3600 * 1000); // polls happen when the test asks
        poller->setJitter(0);
        QObject::connect(poller.get(), &Poller::jobsUpdated, poller.get(),
                         [this](qint64 total, bool truncated, quint64) {
                             last = { copyOf(*poller->jobSet()), total, truncated, poller->state() };
                             ++delivered;
                         });
        QObject::connect(poller.get(), &Poller::statsReady, poller.get(), [this](const JobStats &s) { stats = s; });
        QObject::connect(poller.get(), &Poller::errorOccurred, poller.get(), [this](const ApiError &e) {
            ++errors;
            if (qEnvironmentVariableIsSet("SJM_DEBUG_ERRORS"))
                std::fprintf(stderr, "poll error: %s\n", qPrintable(e.humanMessage()));
            if (!errorsExpected)
                ADD_FAILURE() << e.humanMessage().toStdString();
        });

        reference = std::make_unique<Poller>(&referenceClient);
        reference->setDeltaPolling(false);
        reference->setInterval(3600 * 1000);
        QObject::connect(reference.get(), &Poller::jobsUpdated, reference.get(),
                         [this](qint64 total, bool truncated, quint64) {
                             referenceRows = { copyOf(*reference->jobSet()), total, truncated, reference->state() };
                             ++referenceDelivered;
                         });
        QObject::connect(reference.get(), &Poller::statsReady, reference.get(),
                         [this](const JobStats &s) { referenceStats = s; });
        poller->pause();
        reference->pause();
    }

    void setFilter(const JobFilter &filter)
    {
        poller->setFilter(filter);
        reference->setFilter(filter);
        ASSERT_TRUE(waitUntil([&] { return !poller->isPolling() && !reference->isPolling(); }));
    }

    void setMaxJobs(int cap)
    {
        poller->setMaxJobs(cap);
        reference->setMaxJobs(cap);
    }

    // One poll of the poller under test; returns what it delivered.
    Delivered poll()
    {
        const int before = delivered;
        poller->refreshNow();
        EXPECT_TRUE(waitUntil([&] { return delivered > before && !poller->isPolling(); }, 30000));
        ++kinds[PollState::kindName(last.state.lastKind).toStdString()];
        return last;
    }

    // A full listing and fresh facet counts, made now by an independent client.
    void refetch()
    {
        const int before = referenceDelivered;
        reference->refreshNow();
        ASSERT_TRUE(waitUntil([&] { return referenceDelivered > before && !reference->isPolling(); }, 30000));
    }

    // The poll's result must equal a full refetch: same rows, same values, same total and the
    // same facet counts.
    void expectSameAsRefetch(const std::string &where)
    {
        refetch();
        std::map<QString, const Job *> expected;
        for (const Job &job : *referenceRows.jobs)
            expected[job.jobId] = &job;
        std::map<QString, const Job *> actual;
        for (const Job &job : *last.jobs)
            actual[job.jobId] = &job;
        EXPECT_EQ(actual.size(), expected.size()) << where;
        for (const auto &[id, job] : expected) {
            const auto it = actual.find(id);
            if (it == actual.end()) {
                ADD_FAILURE() << where << ": missing " << describe(*job);
                continue;
            }
            if (*it->second != *job)
                ADD_FAILURE() << where << ": differs\n  shown " << describe(*it->second) << "\n  server "
                              << describe(*job);
        }
        for (const auto &[id, job] : actual) {
            if (!expected.count(id))
                ADD_FAILURE() << where << ": still shows " << describe(*job);
        }
        EXPECT_EQ(last.total, referenceRows.total) << where;
        EXPECT_EQ(last.truncated, referenceRows.truncated) << where;
        if (poller->state().statsError.isError())
            return; // the counts failed this time (fault injection) and are asked again next poll
        EXPECT_EQ(stats.statusCounts, referenceStats.statusCounts) << where;
        EXPECT_EQ(stats.workspaces, referenceStats.workspaces) << where;
        EXPECT_EQ(stats.trustedAccounts, referenceStats.trustedAccounts) << where;
        EXPECT_EQ(stats.plugins, referenceStats.plugins) << where;
    }

    qint64 serverNow() const { return QDateTime::currentMSecsSinceEpoch() + m_offsetMs; }

    std::vector<Job> allJobs()
    {
        JobLister lister(&referenceClient);
        lister.setMaxJobs(100000);
        lister.start({});
        EXPECT_TRUE(waitUntil([&] { return !lister.isRunning(); }, 30000));
        return lister.takeJobs();
    }

    // Changes the server the way its workers would, at random.
    void mutate(std::mt19937 &rng, qint64 maxLagMs)
    {
        std::vector<Job> all = allJobs();
        auto pick = [&]() -> const Job & { return all[std::uniform_int_distribution<size_t>(0, all.size() - 1)(rng)]; };
        const int steps = std::uniform_int_distribution<int>(0, 2)(rng);
        if (steps > 0)
            server.stepSimulation(steps);
        const int edits = std::uniform_int_distribution<int>(0, 3)(rng);
        static const char *const statuses[] = { "PENDING", "IN_PROGRESS", "SUCCESS", "FAILURE", "CANCELED" };
        for (int i = 0; i < edits && !all.empty(); ++i) {
            std::optional<QJsonObject> job = server.job(pick().jobId);
            if (!job)
                continue;
            const QString status = QLatin1String(statuses[std::uniform_int_distribution<int>(0, 4)(rng)]);
            // Some edits come from a worker whose clock lags the others (within the overlap).
            const qint64 lag
                = std::bernoulli_distribution(0.3)(rng) ? std::uniform_int_distribution<qint64>(0, maxLagMs)(rng) : 0;
            const QString stamp = JobTime::toWire(serverNow() - lag);
            job->insert(QStringLiteral("status"), status);
            job->insert(QStringLiteral("updated_at"), stamp);
            if (status == QLatin1String("FAILURE"))
                job->insert(QStringLiteral("error_message"), QStringLiteral("edit %1").arg(rng()));
            else
                job->remove(QStringLiteral("error_message"));
            if (status == QLatin1String("PENDING") || status == QLatin1String("IN_PROGRESS"))
                job->remove(QStringLiteral("finished_at"));
            else
                job->insert(QStringLiteral("finished_at"), stamp);
            QString error;
            ASSERT_TRUE(server.upsertJob(*job, &error)) << error.toStdString();
        }
        const int deletes = std::uniform_int_distribution<int>(0, 2)(rng);
        for (int i = 0; i < deletes && !all.empty(); ++i)
            server.deleteJobDirect(pick().jobId);
        if (std::bernoulli_distribution(0.3)(rng) && !all.empty()) {
            QJsonObject job = pick().toJson();
            const QString stamp = JobTime::toWire(serverNow());
            job.insert(QStringLiteral("job_id"),
                       QStringLiteral("job-new%1").arg(rng() % 100000000, 8, 10, QLatin1Char('0')));
            job.insert(QStringLiteral("status"), QStringLiteral("PENDING"));
            job.insert(QStringLiteral("created_at"), stamp);
            job.insert(QStringLiteral("updated_at"), stamp);
            job.remove(QStringLiteral("finished_at"));
            job.remove(QStringLiteral("error_message"));
            QString error;
            ASSERT_TRUE(server.upsertJob(job, &error)) << error.toStdString();
        }
    }

    // The facet combination `mask` (bit 0 status, 1 workspace, 2 trusted account, 3 plugin),
    // with values taken from a random job so that the filtered set is rarely empty.
    JobFilter filterFor(int mask, std::mt19937 &rng)
    {
        const std::vector<Job> all = allJobs();
        const Job &job = all[std::uniform_int_distribution<size_t>(0, all.size() - 1)(rng)];
        JobFilter filter;
        if (mask & 1) {
            filter.statuses = { job.status };
            if (std::bernoulli_distribution(0.5)(rng))
                filter.statuses.append(job.status == JobStatus::Success ? JobStatus::Failure : JobStatus::Success);
        }
        if (mask & 2)
            filter.workspaceId = job.workspaceId;
        if (mask & 4)
            filter.trustedAccountId = job.trustedAccountId;
        if (mask & 8)
            filter.pluginId = job.pluginId;
        return filter;
    }

    void runRounds(std::mt19937 &rng, int rounds, qint64 maxLagMs, const std::string &label)
    {
        poll();
        expectSameAsRefetch(label + " first poll");
        for (int round = 0; round < rounds; ++round) {
            mutate(rng, maxLagMs);
            poll();
            expectSameAsRefetch(label + " round " + std::to_string(round));
            if (HasFailure())
                return;
        }
    }

    sandbox::SandboxServer server;
    // Outlives the client; a test that steps time installs it (client.setTimerSource).
    ManualTimerSource timers;
    JobApiClient client;
    JobApiClient referenceClient;
    std::unique_ptr<Poller> poller;
    std::unique_ptr<Poller> reference;
    Delivered last;
    Delivered referenceRows;
    JobStats stats;
    JobStats referenceStats;
    int delivered = 0;
    int referenceDelivered = 0;
    int errors = 0;
    bool errorsExpected = false;
    std::map<std::string, int> kinds;
    qint64 m_offsetMs = 0;
};

} // namespace

TEST_F(DeltaPollingTest, EveryFilterCombinationMatchesAFullRefetchAfterEveryPoll)
{
    startSandbox(160, 11);
    std::mt19937 rng(20261128);
    for (int mask = 0; mask < 16; ++mask) {
        setFilter(filterFor(mask, rng));
        runRounds(rng, 6, 20000, "facets " + std::to_string(mask));
        if (HasFailure())
            return;
    }
    // The polls after each filter's first must have been delta polls, some of them sweeps.
    const int incremental = kinds["delta"] + kinds["sweep"];
    EXPECT_GE(incremental, 16 * 6 * 9 / 10) << "full " << kinds["full"];
    EXPECT_GT(kinds["sweep"], 0);
}

TEST_F(DeltaPollingTest, ASweepOfALargeSetListsOnlyTheRangesThatDiffer)
{
    startSandbox(1500, 21);
    std::mt19937 rng(21);
    JobFilter finished;
    finished.statuses = { JobStatus::Success, JobStatus::Failure };
    for (const JobFilter &filter : { JobFilter{}, finished }) {
        setFilter(filter);
        runRounds(rng, 8, 20000, "large");
        if (HasFailure())
            return;
    }
    // One deleted job: the counts of a few created_at ranges, and one range listed.
    poll();
    ASSERT_TRUE(server.deleteJobDirect(last.jobs->at(last.jobs->size() / 2).jobId));
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Sweep);
    EXPECT_GE(last.state.sweepRangesCounted, 5);
    EXPECT_EQ(last.state.sweepRangesListed, 1);
    expectSameAsRefetch("one deletion");
}

TEST_F(DeltaPollingTest, ATruncatedWindowMatchesAFullRefetch)
{
    startSandbox(180, 5);
    setMaxJobs(60);
    std::mt19937 rng(7);
    setFilter(JobFilter{});
    runRounds(rng, 25, 20000, "capped");
    EXPECT_TRUE(last.truncated);
    EXPECT_GT(kinds["delta"], 0);
}

TEST_F(DeltaPollingTest, TheWatermarkIsTheServersNewestStampEvenOutsideATruncatedWindow)
{
    startSandbox(180, 5);
    setMaxJobs(60);
    poll();
    ASSERT_TRUE(last.truncated);
    // The oldest job changes: the newest stamp on the server is now outside the listed window.
    const std::vector<Job> everything = allJobs();
    const auto oldestJob = std::min_element(everything.begin(), everything.end(),
                                            [](const Job &a, const Job &b) { return a.createdAtMs < b.createdAtMs; });
    ASSERT_NE(oldestJob, everything.end());
    QJsonObject oldest = *server.job(oldestJob->jobId);
    const qint64 stamp = serverNow();
    oldest.insert(QStringLiteral("updated_at"), JobTime::toWire(stamp));
    ASSERT_TRUE(server.upsertJob(oldest));
    poller->refreshFull();
    ASSERT_TRUE(waitUntil([&] { return !poller->isPolling(); }, 30000));
    ASSERT_TRUE(poller->watermark().isValid());
    EXPECT_EQ(poller->watermark().toMSecsSinceEpoch(), stamp);
}

TEST_F(DeltaPollingTest, ServerClockBehindTheDesktop)
{
    startSandbox(120, 3, -3 * kHour);
    std::mt19937 rng(3);
    runRounds(rng, 12, 20000, "behind");
    // The watermark is the server's time: hours behind the desktop, never the desktop's own.
    ASSERT_TRUE(poller->watermark().isValid());
    const qint64 mark = poller->watermark().toMSecsSinceEpoch();
    EXPECT_LT(mark, QDateTime::currentMSecsSinceEpoch() - 2 * kHour);
    EXPECT_GT(mark, serverNow() - kHour);
    EXPECT_GT(kinds["delta"] + kinds["sweep"], 10);
}

TEST_F(DeltaPollingTest, ServerClockAheadOfTheDesktop)
{
    startSandbox(120, 4, 3 * kHour);
    std::mt19937 rng(4);
    runRounds(rng, 12, 20000, "ahead");
    const qint64 mark = poller->watermark().toMSecsSinceEpoch();
    EXPECT_GT(mark, QDateTime::currentMSecsSinceEpoch() + 2 * kHour);
    EXPECT_GT(kinds["delta"] + kinds["sweep"], 10);
    // Every delta query asked from the server's time, minus the overlap.
    int checked = 0;
    for (const sandbox::RecordedRequest &r : server.requests()) {
        const QJsonArray filter
            = r.body.toObject().value(QLatin1String("query")).toObject().value(QLatin1String("filter")).toArray();
        for (const QJsonValue &item : filter) {
            if (item.toObject().value(QLatin1String("o")).toString() != QLatin1String("datetime_gt"))
                continue;
            qint64 since = 0;
            ASSERT_TRUE(JobTime::parse(item.toObject().value(QLatin1String("v")).toString(), &since));
            EXPECT_GT(since, QDateTime::currentMSecsSinceEpoch() + 2 * kHour);
            ++checked;
        }
    }
    // The ids query goes out when a newest-first page held changes only; the rest of the time
    // the client cuts that page at the same watermark.
    EXPECT_GT(checked, 0);
}

TEST_F(DeltaPollingTest, AnIdlePollAsksOneSmallQuestion)
{
    startSandbox(400, 8);
    // A poll every 10 s: with no job near the stuck threshold, time passing until the next poll
    // cannot change the stuck count either, so it is not asked again.
    poller->setInterval(10 * 1000);
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Full);
    const qint64 fullBytes = last.state.lastTraffic.bytesReceived;
    server.clearRequests();
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Delta);
    EXPECT_EQ(last.state.lastChanges, 0);
    // The newest changes, newest first, with the count of the filter beside them.
    EXPECT_EQ(last.state.lastTraffic.requests, 1);
    EXPECT_LT(last.state.lastTraffic.total(), 2048);
    EXPECT_LT(last.state.lastTraffic.bytesReceived * 50, fullBytes);
    int stats = 0;
    for (const sandbox::RecordedRequest &r : server.requests())
        stats += r.verb == QLatin1String("stat") ? 1 : 0;
    EXPECT_EQ(stats, 0); // nothing changed, so the counts are not asked again
    EXPECT_EQ(last.jobs->size(), 400u);
    // The next one asks only for the rows the last window held, and a few more.
    const qint64 firstIdleBytes = last.state.lastTraffic.bytesReceived;
    poll();
    EXPECT_EQ(last.state.lastTraffic.requests, 1);
    EXPECT_LE(last.state.lastTraffic.bytesReceived, firstIdleBytes);
}

TEST_F(DeltaPollingTest, ADeletionIsFoundByTheCountAndOneSweep)
{
    startSandbox(200, 9);
    poll();
    const Job victim = last.jobs->at(57);
    ASSERT_TRUE(server.deleteJobDirect(victim.jobId));
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Sweep);
    EXPECT_EQ(last.state.lastChanges, 1);
    EXPECT_EQ(last.jobs->size(), 199u);
    EXPECT_TRUE(
        std::none_of(last.jobs->begin(), last.jobs->end(), [&](const Job &j) { return j.jobId == victim.jobId; }));
    expectSameAsRefetch("after delete");
}

TEST_F(DeltaPollingTest, ScatteredDeletionsFoundInManyRangesLeaveInOneBatch)
{
    // What the table sees of the set: the batches and the removals in them.
    struct Batches : JobSet::Observer
    {
        std::vector<int> expected;
        int removedRuns = 0;
        void batchStarted(int expectedChanges) override { expected.push_back(expectedChanges); }
        void jobsRemoved(const std::vector<int> &) override { ++removedRuns; }
    };
    startSandbox(1500, 33);
    poll();
    ASSERT_EQ(last.jobs->size(), 1500u);
    // Every fifteenth job, deleted by another client: scattered over every created_at range.
    int deleted = 0;
    for (size_t i = 3; i < last.jobs->size(); i += 15, ++deleted)
        ASSERT_TRUE(server.deleteJobDirect(last.jobs->at(i).jobId));
    Batches batches;
    poller->jobSet()->addObserver(&batches);
    poll();
    poller->jobSet()->removeObserver(&batches);
    EXPECT_EQ(last.state.lastKind, PollKind::Sweep);
    EXPECT_GT(last.state.sweepRangesListed, 1) << "the deletions span several ranges";
    EXPECT_EQ(last.jobs->size(), size_t(1500 - deleted));
    ASSERT_EQ(batches.expected.size(), 1u) << "one batch, which the table takes as one layout change";
    EXPECT_EQ(batches.expected.front(), deleted);
    EXPECT_EQ(batches.removedRuns, deleted) << "scattered: a run each";
    expectSameAsRefetch("scattered deletions");
}

TEST_F(DeltaPollingTest, JobsThisClientDeletedNeedNoSweep)
{
    startSandbox(200, 10);
    poll();
    const QString victim = last.jobs->at(3).jobId;
    ASSERT_TRUE(server.deleteJobDirect(victim));
    poller->forgetJobs({ victim });
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Delta);
    EXPECT_EQ(last.jobs->size(), 199u);
}

TEST_F(DeltaPollingTest, ALagBeyondTheOverlapIsCaughtByTheFullRefresh)
{
    client.setTimerSource(&timers); // the full-refresh interval passes when the test says so
    startSandbox(100, 12);
    poller->setDeltaOverlap(5000);
    poll();
    // A change stamped ten minutes late: no delta can see it...
    const Job target = last.jobs->at(10);
    std::optional<QJsonObject> job = server.job(target.jobId);
    ASSERT_TRUE(job);
    job->insert(QStringLiteral("error_message"), QStringLiteral("stamped late"));
    job->insert(QStringLiteral("updated_at"), JobTime::toWire(serverNow() - 10 * 60 * 1000));
    ASSERT_TRUE(server.upsertJob(*job));
    server.stepSimulation(1); // something newer moves the watermark past it
    poll();
    EXPECT_NE(last.state.lastKind, PollKind::Full);
    // ...the periodic full refresh can, once its interval has passed.
    poller->setFullRefreshInterval(60 * 1000);
    timers.advance(59 * 1000);
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Delta);
    timers.advance(1000);
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Full);
    expectSameAsRefetch("after full refresh");
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Delta);
    // The desktop's clock set back an hour: the safety net lists at once rather than an hour late.
    timers.setNow(timers.nowMs() - 60 * 60 * 1000);
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Full);
}

TEST_F(DeltaPollingTest, AFilterChangeStartsWithAFullPoll)
{
    startSandbox(100, 13);
    poll();
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Delta);
    JobFilter failed;
    failed.statuses = { JobStatus::Failure };
    poller->setFilter(failed);
    poller->refreshNow();
    ASSERT_TRUE(waitUntil([&] { return !poller->isPolling() && last.state.lastKind == PollKind::Full; }));
    poll();
    EXPECT_EQ(last.state.lastKind, PollKind::Delta);
    poller->refreshFull();
    ASSERT_TRUE(waitUntil([&] { return !poller->isPolling() && last.state.lastKind == PollKind::Full; }));
}

TEST_F(DeltaPollingTest, AFailedDeltaKeepsTheLastRowsMarksThemStaleAndCatchesUpLater)
{
    startSandbox(300, 17);
    // One attempt per request, so that a fault fails the poll (the client's retries would hide it).
    client.setRequestPolicy(RequestPolicy::singleAttempt());
    std::mt19937 rng(17);
    poll();
    errorsExpected = true;
    sandbox::FaultOptions faults;
    faults.errorRate = 0.15;
    faults.malformedRate = 0.05;
    faults.truncateRate = 0.05;
    faults.seed = 17;
    int failedPolls = 0;
    int goodPolls = 0;
    for (int round = 0; round < 30 && !HasFailure(); ++round) {
        server.setFaults({});
        mutate(rng, 20000);
        const int before = delivered;
        const int errorsBefore = errors;
        faults.seed = quint32(17 + round); // setFaults() restarts the fault sequence
        server.setFaults(faults);
        poller->refreshNow();
        ASSERT_TRUE(waitUntil([&] { return !poller->isPolling(); }, 30000));
        server.setFaults({});
        if (errors > errorsBefore) {
            // A failed poll is not delivered and marks the rows stale; rows it merged before
            // failing are true, newer versions, and the next good poll must agree with a refetch.
            ++failedPolls;
            EXPECT_EQ(delivered, before);
            EXPECT_TRUE(poller->state().stale);
        } else {
            ++goodPolls;
            EXPECT_FALSE(poller->state().stale);
            expectSameAsRefetch("after round " + std::to_string(round));
        }
    }
    // Without faults the next poll catches up with everything that happened meanwhile.
    poll();
    expectSameAsRefetch("recovered");
    EXPECT_GT(failedPolls, 3);
    EXPECT_GT(goodPolls, 3);
}

TEST_F(DeltaPollingTest, PollsRacingTheLiveSimulationCatchUpWithAFullRefetch)
{
    // The simulation runs on its own timer while the polls are in flight, so jobs appear,
    // change and finish between a poll's count and its ids query. Whatever a poll misses, the
    // next one must find: after the server holds still, one poll equals a full refetch.
    startSandbox(250, 31, 0, 40);
    std::mt19937 rng(31);
    JobFilter active;
    active.statuses = { JobStatus::Pending, JobStatus::InProgress };
    for (const JobFilter &filter : { JobFilter{}, active }) {
        setFilter(filter);
        for (int round = 0; round < 6 && !HasFailure(); ++round) {
            server.setSimulationPaused(false);
            for (int i = 0; i < 5; ++i) {
                poll();
                mutate(rng, 20000); // deletes and edits on top of the simulation
            }
            server.setSimulationPaused(true);
            poll();
            expectSameAsRefetch("live round " + std::to_string(round));
        }
    }
    EXPECT_GT(kinds["delta"] + kinds["sweep"], 50);
}
