// SPDX-License-Identifier: MIT
// The poller as a window onto more jobs than it loads, against the sandbox over real HTTP: the
// window is always exactly the first rows of the server's own order, whatever the server did
// in between; pages after it continue that order without a gap or a repeat; the search runs on
// the server; and the mode follows the server's total as jobs come and go.
#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "api/joborder.h"
#include "api/jobtime.h"
#include "poll/poller.h"
#include "poll/stuckcounter.h"
#include "sandbox/sandboxserver.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <random>

namespace {

// Polls against 100,000 jobs take longer than most: a longer default wait.
template <typename Predicate> bool waitUntil(Predicate predicate, int timeoutMs = 30000)
{
    return ::waitUntil(predicate, timeoutMs);
}

QStringList idsOf(const std::vector<Job> &jobs)
{
    QStringList ids;
    for (const Job &job : jobs)
        ids.append(job.jobId);
    return ids;
}

std::string describe(const Job &job)
{
    return QJsonDocument(job.toJson()).toJson(QJsonDocument::Compact).toStdString();
}

QJsonObject queryOf(const sandbox::RecordedRequest &r)
{
    return r.body.toObject().value(QLatin1String("query")).toObject();
}

class WindowedPollingTest : public ::testing::Test
{
protected:
    void startSandbox(int jobs, quint32 seed)
    {
        sandbox::SandboxOptions options;
        options.initialJobs = jobs;
        options.seed = seed;
        options.jobsPerMinute = 240;
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
        QObject::connect(poller.get(), &Poller::jobsUpdated, poller.get(), [this] { ++delivered; });
        QObject::connect(poller.get(), &Poller::windowedChanged, poller.get(), [this] { ++modeChanges; });
        QObject::connect(poller.get(), &Poller::errorOccurred, poller.get(),
                         [](const ApiError &e) { ADD_FAILURE() << e.humanMessage().toStdString(); });
        poller->pause();
    }

    void poll()
    {
        const int before = delivered;
        poller->refreshNow();
        ASSERT_TRUE(waitUntil([&] { return delivered > before && !poller->isPolling(); }));
    }

    void fetchMore()
    {
        ASSERT_TRUE(poller->canFetchMore());
        const int before = delivered;
        poller->fetchMore();
        ASSERT_TRUE(waitUntil([&] { return delivered > before && !poller->isFetchingMore(); }));
    }

    // Every matching job, in the server's own order, as an independent client lists it.
    std::vector<Job> serverOrder(const JobOrder &order, const JobScope &scope = {})
    {
        JobLister lister(&referenceClient);
        lister.setMaxJobs(1000000);
        JobListRequest request;
        request.query = scope.query();
        request.query.sort = order.sortKeys();
        lister.start(request);
        EXPECT_TRUE(waitUntil([&] { return !lister.isRunning(); }));
        EXPECT_TRUE(lister.isOk()) << lister.error().humanMessage().toStdString();
        return lister.takeJobs();
    }

    // The poller's rows, in the order it keeps them.
    std::vector<Job> held() const
    {
        std::vector<Job> rows;
        for (const QString &id : poller->syncSet().idsInListingOrder())
            rows.push_back(*poller->jobSet()->find(id));
        return rows;
    }

    // The rows must be exactly the first rows of the server's order, with the server's values.
    void expectPrefixOfServerOrder(const JobOrder &order, const std::string &where, const JobScope &scope = {})
    {
        const std::vector<Job> expected = serverOrder(order, scope);
        const std::vector<Job> rows = held();
        ASSERT_LE(rows.size(), expected.size()) << where;
        for (size_t i = 0; i < rows.size(); ++i) {
            if (rows[i].jobId != expected[i].jobId) {
                ADD_FAILURE() << where << ": row " << i << " of " << rows.size() << " is " << describe(rows[i])
                              << "\n  server " << describe(expected[i]);
                return;
            }
        }
        for (size_t i = 0; i < rows.size() && !::testing::Test::HasFailure(); ++i) {
            if (rows[i] != expected[i])
                ADD_FAILURE() << where << ": row " << i << " shows " << describe(rows[i]) << "\n  server "
                              << describe(expected[i]);
        }
        EXPECT_EQ(poller->serverTotal(), qint64(expected.size())) << where;
    }

    // Changes the server as its workers and other clients would: new jobs, finished ones,
    // another plugin, deletions.
    void mutate(std::mt19937 &rng)
    {
        const std::vector<Job> all = serverOrder(JobOrder());
        auto pick = [&]() -> const Job & { return all[std::uniform_int_distribution<size_t>(0, all.size() - 1)(rng)]; };
        server.stepSimulation(std::uniform_int_distribution<int>(0, 2)(rng));
        static const char *const statuses[] = { "PENDING", "IN_PROGRESS", "SUCCESS", "FAILURE", "CANCELED" };
        static const char *const plugins[] = { "plugin-aaa-first", "plugin-mmm-middle", "plugin-zzz-last" };
        const int edits = std::uniform_int_distribution<int>(0, 4)(rng);
        for (int i = 0; i < edits; ++i) {
            std::optional<QJsonObject> job = server.job(pick().jobId);
            if (!job)
                continue;
            const QString stamp = JobTime::toWire(QDateTime::currentMSecsSinceEpoch());
            const QString status = QLatin1String(statuses[std::uniform_int_distribution<int>(0, 4)(rng)]);
            job->insert(QStringLiteral("status"), status);
            job->insert(QStringLiteral("updated_at"), stamp);
            if (std::bernoulli_distribution(0.5)(rng))
                job->insert(QStringLiteral("plugin_id"), QLatin1String(plugins[rng() % 3]));
            if (status == QLatin1String("PENDING") || status == QLatin1String("IN_PROGRESS"))
                job->remove(QStringLiteral("finished_at"));
            else
                job->insert(QStringLiteral("finished_at"), stamp);
            QString error;
            ASSERT_TRUE(server.upsertJob(*job, &error)) << error.toStdString();
        }
        const int deletes = std::uniform_int_distribution<int>(0, 2)(rng);
        for (int i = 0; i < deletes; ++i)
            server.deleteJobDirect(pick().jobId);
    }

    int listRequestsWith(const char *key) const
    {
        int n = 0;
        for (const sandbox::RecordedRequest &r : server.requests())
            n += r.verb == QLatin1String("list") && queryOf(r).contains(QLatin1String(key)) ? 1 : 0;
        return n;
    }

    sandbox::SandboxServer server;
    JobApiClient client;
    JobApiClient referenceClient;
    std::unique_ptr<Poller> poller;
    int delivered = 0;
    int modeChanges = 0;
};

} // namespace

TEST_F(WindowedPollingTest, AWindowIsTheFirstRowsOfTheServersOrderAfterEveryPoll)
{
    startSandbox(220, 41);
    poller->setWindowSize(70);
    std::mt19937 rng(41);
    const JobOrder orders[] = {
        JobOrder(),
        JobOrder(JobOrder::Field::PluginId, false),
        JobOrder(JobOrder::Field::Status, true),
        JobOrder(JobOrder::Field::FinishedAt, false), // running jobs (no finished_at) first
        JobOrder(JobOrder::Field::FinishedAt, true), // running jobs last
        JobOrder(JobOrder::Field::UpdatedAt, true),
        JobOrder(JobOrder::Field::JobId, false),
    };
    for (const JobOrder &order : orders) {
        const std::string name = order.fieldName().toStdString() + (order.isDescending() ? " desc" : " asc");
        poller->setListOrder(order);
        poll();
        ASSERT_TRUE(poller->isWindowed()) << name;
        EXPECT_EQ(poller->syncSet().order(), order) << name;
        EXPECT_EQ(poller->jobSet()->size(), 70) << name;
        expectPrefixOfServerOrder(order, name + " first poll");
        for (int round = 0; round < 6 && !HasFailure(); ++round) {
            mutate(rng);
            poll();
            expectPrefixOfServerOrder(order, name + " round " + std::to_string(round));
        }
        if (HasFailure())
            return;
    }
}

TEST_F(WindowedPollingTest, PagesAfterTheWindowContinueTheServersOrderWithoutGapOrRepeat)
{
    startSandbox(200, 42);
    poller->setWindowSize(60);
    poller->setPageLimit(25);
    const JobOrder byPlugin(JobOrder::Field::PluginId, true);
    poller->setListOrder(byPlugin);
    poll();
    std::mt19937 rng(42);
    int pages = 0;
    while (poller->canFetchMore() && !HasFailure()) {
        const int before = poller->jobSet()->size();
        // Every other page, jobs are created, changed and deleted before it is asked: the page
        // still continues after the edge, and the next poll brings the rows before it up to date.
        const bool changed = pages % 2 == 1;
        if (changed)
            mutate(rng);
        server.clearRequests();
        fetchMore();
        ++pages;
        EXPECT_GT(poller->jobSet()->size(), before);
        if (!changed)
            expectPrefixOfServerOrder(byPlugin, "page " + std::to_string(pages));
        // Each page is asked after the edge's keys, never at an offset.
        for (const sandbox::RecordedRequest &r : server.requests()) {
            EXPECT_FALSE(queryOf(r).value(QLatin1String("page")).toObject().contains(QLatin1String("start"))
                         && queryOf(r).value(QLatin1String("page")).toObject().value(QLatin1String("start")).toInt()
                             > 1);
        }
        poll(); // the window stays current between pages
        expectPrefixOfServerOrder(byPlugin, "poll after page " + std::to_string(pages));
    }
    EXPECT_GE(pages, 5);
    EXPECT_EQ(qint64(poller->jobSet()->size()), poller->serverTotal());
    EXPECT_EQ(idsOf(held()).join(u',').toStdString(), idsOf(serverOrder(byPlugin)).join(u',').toStdString());
}

TEST_F(WindowedPollingTest, TheSearchRunsOnTheServerOnlyInAWindow)
{
    startSandbox(150, 43);
    poller->setWindowSize(40);
    poll();
    ASSERT_TRUE(poller->isWindowed());
    // The oldest job is far outside the newest-first window.
    const std::vector<Job> all = serverOrder(JobOrder());
    const Job oldest = all.back();
    ASSERT_FALSE(poller->syncSet().contains(oldest.jobId));

    server.clearRequests();
    JobFilter filter;
    filter.text = oldest.jobId.mid(4, 8).toUpper(); // a part of the id, in another case
    poller->setFilter(filter);
    ASSERT_TRUE(waitUntil([&] { return !poller->isPolling(); }));
    EXPECT_TRUE(poller->searchesOnServer());
    EXPECT_TRUE(poller->syncSet().contains(oldest.jobId));
    EXPECT_EQ(poller->baseTotal(), 150);
    // The listing carried the search as filter_or of contain conditions.
    bool searched = false;
    for (const sandbox::RecordedRequest &r : server.requests()) {
        const QJsonArray any = queryOf(r).value(QLatin1String("filter_or")).toArray();
        if (any.isEmpty())
            continue;
        searched = true;
        QStringList keys;
        for (const QJsonValue &c : any) {
            EXPECT_EQ(c.toObject().value(QLatin1String("o")).toString(), QLatin1String("contain"));
            EXPECT_EQ(c.toObject().value(QLatin1String("v")).toString(), filter.text);
            keys.append(c.toObject().value(QLatin1String("k")).toString());
        }
        EXPECT_EQ(keys, (QStringList{ "job_id", "trusted_account_id", "plugin_id", "error_message" }));
    }
    EXPECT_TRUE(searched);

    // Delta polls keep the search's rows current too.
    poll();
    EXPECT_TRUE(poller->syncSet().contains(oldest.jobId));

    // Names found elsewhere widen the search: their conditions join the server's.
    server.clearRequests();
    poller->setSearchExpansion([](const QString &) {
        return QList<QueryFilter>{ QueryFilter::anyOf(QStringLiteral("workspace_id"), { QStringLiteral("ws-x") }) };
    });
    ASSERT_TRUE(waitUntil([&] { return !poller->isPolling(); }));
    EXPECT_GT(listRequestsWith("filter_or"), 0);
    EXPECT_EQ(poller->scope().filterOr.size(), 5);

    // With all jobs loaded the text is the table's business: nothing is asked.
    poller->setWindowSize(1000);
    poller->setSearchExpansion({});
    poller->setFilter(JobFilter{});
    poll();
    ASSERT_FALSE(poller->isWindowed());
    server.clearRequests();
    poller->setFilter(filter);
    EXPECT_FALSE(poller->isPolling());
    EXPECT_EQ(server.requests().size(), 0);
    EXPECT_FALSE(poller->searchesOnServer());
}

TEST_F(WindowedPollingTest, TheModeFollowsTheTotalAsJobsComeAndGo)
{
    startSandbox(90, 44);
    poller->setWindowSize(100);
    poller->setListOrder(JobOrder(JobOrder::Field::TrustedAccountId, false));
    poll();
    EXPECT_FALSE(poller->isWindowed());
    EXPECT_EQ(poller->jobSet()->size(), 90);
    // Jobs created past the window size: the next poll lists the window in its order.
    server.stepSimulation(8); // about 4 jobs a step
    for (int i = 0; i < 10 && poller->baseTotal() <= 100; ++i) {
        poll();
        if (!poller->isWindowed())
            server.stepSimulation(4);
    }
    ASSERT_TRUE(poller->isWindowed());
    EXPECT_EQ(modeChanges, 1);
    EXPECT_EQ(poller->jobSet()->size(), 100);
    expectPrefixOfServerOrder(poller->listOrder(), "windowed");
    EXPECT_EQ(poller->syncSet().order(), poller->listOrder());
    // Deleted below it: every job is loaded again.
    const std::vector<Job> all = serverOrder(JobOrder());
    for (size_t i = 0; i + 80 < all.size(); ++i)
        server.deleteJobDirect(all[i * 3 % all.size()].jobId);
    ASSERT_LE(server.jobCount(), 100);
    poll();
    EXPECT_FALSE(poller->isWindowed());
    EXPECT_EQ(modeChanges, 2);
    EXPECT_EQ(qint64(poller->jobSet()->size()), server.jobCount());
    EXPECT_TRUE(poller->syncSet().order().isNewestFirst());
    EXPECT_FALSE(poller->canFetchMore());
}

TEST_F(WindowedPollingTest, ANewSortReloadsAWindowButNotCompleteRows)
{
    startSandbox(120, 45);
    poller->setWindowSize(50);
    poll();
    ASSERT_TRUE(poller->isWindowed());
    server.clearRequests();
    const JobOrder byPlugin(JobOrder::Field::PluginId, false);
    poller->setListOrder(byPlugin);
    ASSERT_TRUE(waitUntil([&] { return !poller->isPolling(); }));
    // The listing asked the server for the plugin order, job_id breaking ties.
    bool sorted = false;
    for (const sandbox::RecordedRequest &r : server.requests()) {
        const QJsonArray sort = queryOf(r).value(QLatin1String("sort")).toArray();
        if (sort.size() == 2
            && sort[0].toObject().value(QLatin1String("key")).toString() == QLatin1String("plugin_id")) {
            EXPECT_FALSE(sort[0].toObject().value(QLatin1String("desc")).toBool());
            EXPECT_EQ(sort[1].toObject().value(QLatin1String("key")).toString(), QLatin1String("job_id"));
            EXPECT_FALSE(sort[1].toObject().value(QLatin1String("desc")).toBool());
            sorted = true;
        }
    }
    EXPECT_TRUE(sorted);
    expectPrefixOfServerOrder(byPlugin, "sorted by plugin");

    poller->setWindowSize(500);
    poll();
    ASSERT_FALSE(poller->isWindowed());
    server.clearRequests();
    poller->setListOrder(JobOrder(JobOrder::Field::Status, false));
    EXPECT_FALSE(poller->isPolling());
    EXPECT_EQ(server.requests().size(), 0);
}

TEST_F(WindowedPollingTest, ANewSearchOrOrderKeepsTheCountsWhichStillFollowTheServer)
{
    startSandbox(150, 46);
    poller->setWindowSize(40);
    int statsDelivered = 0;
    JobStats stats;
    QObject::connect(poller.get(), &Poller::statsReady, poller.get(), [&](const JobStats &s) {
        ++statsDelivered;
        stats = s;
    });
    auto statRequests = [this] {
        int n = 0;
        for (const sandbox::RecordedRequest &r : server.requests())
            n += r.verb == QLatin1String("stat") ? 1 : 0;
        return n;
    };
    poll();
    ASSERT_TRUE(poller->isWindowed());
    ASSERT_EQ(statsDelivered, 1);
    EXPECT_EQ(stats.total, 150);
    const qint64 stuck = poller->stuckCounter()->count();

    // Typing: every search lists again, none counts again.
    const std::vector<Job> all = serverOrder(JobOrder());
    const Job oldest = all.back();
    server.clearRequests();
    JobFilter filter;
    for (int length : { 4, 6, 8 }) {
        filter.text = oldest.jobId.mid(4, length);
        poller->setFilter(filter);
        ASSERT_TRUE(waitUntil([&] { return !poller->isPolling(); }));
    }
    ASSERT_TRUE(poller->searchesOnServer());
    EXPECT_TRUE(poller->syncSet().contains(oldest.jobId));
    EXPECT_EQ(statRequests(), 0);
    EXPECT_EQ(statsDelivered, 1);
    EXPECT_EQ(poller->stuckCounter()->count(), stuck);

    // The counts still follow the server, also for jobs the search does not list: once the
    // delta polls watch the counted set, a poll that finds no change there counts nothing...
    poll();
    server.clearRequests();
    poll();
    EXPECT_EQ(statRequests(), 0);
    // ...and one that does counts again.
    const Job &other = all.front();
    ASSERT_FALSE(other.jobId.contains(filter.text, Qt::CaseInsensitive));
    std::optional<QJsonObject> job = server.job(other.jobId);
    ASSERT_TRUE(job);
    const QString before = job->value(QLatin1String("status")).toString();
    const QString after = before == QLatin1String("FAILURE") ? QStringLiteral("SUCCESS") : QStringLiteral("FAILURE");
    job->insert(QStringLiteral("status"), after);
    job->insert(QStringLiteral("updated_at"), JobTime::toWire(QDateTime::currentMSecsSinceEpoch()));
    job->insert(QStringLiteral("finished_at"), JobTime::toWire(QDateTime::currentMSecsSinceEpoch()));
    QString error;
    ASSERT_TRUE(server.upsertJob(*job, &error)) << error.toStdString();
    const JobStats old = stats;
    const int delivered = statsDelivered;
    poll();
    EXPECT_EQ(statsDelivered, delivered + 1);
    EXPECT_EQ(stats.statusCounts.value(after), old.statusCounts.value(after) + 1);
    EXPECT_EQ(stats.statusCounts.value(before), old.statusCounts.value(before) - 1);

    // Another order lists the window again and counts nothing.
    poller->setFilter(JobFilter{});
    ASSERT_TRUE(waitUntil([&] { return !poller->isPolling(); }));
    server.clearRequests();
    poller->setListOrder(JobOrder(JobOrder::Field::PluginId, false));
    ASSERT_TRUE(waitUntil([&] { return !poller->isPolling(); }));
    EXPECT_GT(server.requests().size(), 0);
    EXPECT_EQ(statRequests(), 0);

    // A server filter is another question: counted anew at once.
    server.clearRequests();
    filter = {};
    filter.statuses = { JobStatus::Failure };
    poller->setFilter(filter);
    ASSERT_TRUE(waitUntil([&] { return !poller->isPolling(); }));
    EXPECT_GT(statRequests(), 0);
}
