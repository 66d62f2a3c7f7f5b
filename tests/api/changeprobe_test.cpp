// SPDX-License-Identifier: MIT
// The change probe against the sandbox over real HTTP: what it finds changed is exactly what the
// ids query finds, and a poll on which little changed costs one request.
#include "fakehttpserver.h"
#include "fakejobbackend.h"
#include "testsupport.h"

#include "api/jobapiclient.h"
#include "api/joblistreply.h"
#include "api/jobtime.h"
#include "poll/changeprobe.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>

#include <gtest/gtest.h>

#include <algorithm>

namespace {

constexpr qint64 kOverlapMs = 30 * 1000;
constexpr int kJobs = 50;

QStringList idsOf(const JobListPage &page)
{
    QStringList ids;
    for (const Job &job : page.jobs)
        ids.append(job.jobId);
    ids.sort();
    return ids;
}

void pointAt(JobApiClient *client, const QUrl &url)
{
    ApiEndpoint endpoint;
    endpoint.baseUrl = url;
    endpoint.token = QStringLiteral("t");
    client->setEndpoint(endpoint);
}

class ChangeProbeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sandbox::SandboxOptions options;
        options.initialJobs = 0;
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
        server.setSimulationPaused(true);
        // One job a minute; job 0 is the newest, updated at 10:00:00.500.
        QList<QJsonObject> jobs;
        for (int i = 0; i < kJobs; ++i)
            jobs.append(makeJob(i));
        ASSERT_TRUE(server.insertJobs(jobs, &error)) << error.toStdString();
        JobTime::parse(u"2024-06-18T10:00:00.500Z", &watermarkMs);
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.token = server.defaultToken();
        client.setEndpoint(endpoint);
    }

    // Job `index` of the sandbox's domain and first workspace.
    QJsonObject makeJob(int index, const QString &status = QStringLiteral("SUCCESS"))
    {
        QJsonObject job = FakeJobBackend::makeJob(index, status, server.workspaceIds().value(0));
        job.insert(QStringLiteral("domain_id"), server.domainId());
        return job;
    }

    // Job `index` updated `afterMs` after the watermark (negative: inside the overlap).
    void touch(int index, qint64 afterMs)
    {
        QJsonObject job = makeJob(index, QStringLiteral("FAILURE"));
        job.insert(QStringLiteral("updated_at"), JobTime::toWire(watermarkMs + afterMs));
        ASSERT_TRUE(server.upsertJob(job));
    }

    const ChangeProbe::Result &probe(bool hasWatermark = true, const QStringList &extraFields = {})
    {
        bool done = false;
        QObject::connect(&changes, &ChangeProbe::finished, &changes, [&] { done = true; });
        changes.start(scope, watermarkMs, hasWatermark, kOverlapMs, 2000, extraFields);
        EXPECT_TRUE(waitUntil([&] { return done; }));
        QObject::disconnect(&changes, &ChangeProbe::finished, &changes, nullptr);
        EXPECT_FALSE(changes.result().error.isError()) << changes.result().error.humanMessage().toStdString();
        return changes.result();
    }

    // What the ids query alone lists, and the count_only alone counts.
    QStringList changedByIdsQuery()
    {
        return idsOf(list(ChangeProbe::changedIdsRequest(scope, watermarkMs, true, kOverlapMs, 2000)));
    }
    qint64 countByCountQuery() { return list(ChangeProbe::countRequest(scope)).totalCount; }

    JobListPage list(const JobListRequest &request)
    {
        JobListPage page;
        bool done = false;
        JobListReply *reply = client.list(request);
        QObject::connect(reply, &JobApiReply::finished, reply, [&] {
            page = reply->takePage();
            done = true;
        });
        EXPECT_TRUE(waitUntil([&] { return done; }));
        return page;
    }

    sandbox::SandboxServer server;
    JobApiClient client;
    ChangeProbe changes{ &client };
    JobScope scope;
    qint64 watermarkMs = 0;
};

TEST_F(ChangeProbeTest, NothingChangedIsOneRequestWithTheCount)
{
    const ChangeProbe::Result &result = probe();
    EXPECT_EQ(result.requests, 1);
    EXPECT_EQ(result.count, kJobs);
    EXPECT_EQ(idsOf(result.changed), changedByIdsQuery()); // the newest job, inside the overlap
    EXPECT_EQ(idsOf(result.changed), QStringList{ QStringLiteral("job-000000000000") });
    EXPECT_FALSE(result.changed.hasTotalCount);
}

TEST_F(ChangeProbeTest, AFewChangesFitTheFirstRequest)
{
    probe(); // one change in the window: the next probe asks for 1 + margin + 1 rows
    touch(7, 2000);
    touch(31, -10000); // stamped by a lagging clock, inside the overlap
    const ChangeProbe::Result &result = probe();
    EXPECT_EQ(result.requests, 1);
    EXPECT_EQ(result.count, kJobs);
    EXPECT_EQ(idsOf(result.changed), changedByIdsQuery());
    EXPECT_EQ(idsOf(result.changed).size(), 3);
}

TEST_F(ChangeProbeTest, MoreChangesThanAskedForAreListedByTheIdsQuery)
{
    probe();
    for (int i = 10; i < 20; ++i)
        touch(i, 1000 + i);
    const ChangeProbe::Result &first = probe();
    EXPECT_EQ(first.requests, 2);
    EXPECT_EQ(first.count, kJobs);
    EXPECT_EQ(idsOf(first.changed), changedByIdsQuery());
    EXPECT_EQ(idsOf(first.changed).size(), 11);
    // The window now holds 11 changes, 10 of them since the watermark: the next probe asks for
    // those 11, as many new ones again, and the margin.
    EXPECT_EQ(changes.nextNewestRows(), 11 + 10 + ChangeProbe::kMargin + 1);
    touch(40, 5000);
    const ChangeProbe::Result &second = probe();
    EXPECT_EQ(second.requests, 1);
    EXPECT_EQ(idsOf(second.changed).size(), 12);
    EXPECT_EQ(idsOf(second.changed), changedByIdsQuery());
    // A minute later the burst has left the window: the probe after that asks for few rows.
    watermarkMs += 60 * 1000;
    const ChangeProbe::Result &later = probe();
    EXPECT_EQ(later.requests, 1);
    EXPECT_TRUE(later.changed.jobs.empty());
    EXPECT_EQ(changes.nextNewestRows(), ChangeProbe::kMargin + 1);
}

TEST_F(ChangeProbeTest, AWindowTooLargeForOnePageAsksTheIdsAndTheCountSideBySide)
{
    for (int i = 0; i < kJobs; ++i)
        touch(i, 1000 + i);
    const ChangeProbe::Result &first = probe();
    EXPECT_EQ(first.requests, 2);
    EXPECT_EQ(first.changed.jobs.size(), size_t(kJobs));
    // More changes than one page is worth listing newest first: the probe after this one asks
    // the ids and the count side by side.
    QList<QJsonObject> more;
    for (int i = kJobs; i < 2 * ChangeProbe::kMaxNewestRows; ++i) {
        QJsonObject job = makeJob(i);
        job.insert(QStringLiteral("updated_at"), JobTime::toWire(watermarkMs + i));
        more.append(job);
    }
    QString error;
    ASSERT_TRUE(server.insertJobs(more, &error)) << error.toStdString();
    const ChangeProbe::Result &big = probe();
    EXPECT_EQ(big.requests, 2); // newest page, then the ids
    EXPECT_EQ(big.count, 2 * ChangeProbe::kMaxNewestRows);
    EXPECT_EQ(idsOf(big.changed), changedByIdsQuery());
    EXPECT_GT(changes.nextNewestRows(), ChangeProbe::kMaxNewestRows);
    const ChangeProbe::Result &again = probe();
    EXPECT_EQ(again.requests, 2); // ids and count_only, side by side
    EXPECT_EQ(again.count, countByCountQuery());
    EXPECT_EQ(idsOf(again.changed), changedByIdsQuery());
}

TEST_F(ChangeProbeTest, WithoutAWatermarkEveryJobIsAChange)
{
    const ChangeProbe::Result &result = probe(false);
    EXPECT_EQ(result.requests, 2);
    EXPECT_EQ(result.count, kJobs);
    EXPECT_EQ(result.changed.jobs.size(), size_t(kJobs));
}

TEST_F(ChangeProbeTest, AnEmptySetIsCountedAsZero)
{
    scope.filter.append(QueryFilter::eq(QStringLiteral("workspace_id"), QStringLiteral("workspace-none")));
    const ChangeProbe::Result &result = probe();
    EXPECT_EQ(result.requests, 1);
    EXPECT_EQ(result.count, 0);
    EXPECT_TRUE(result.changed.jobs.empty());
}

TEST_F(ChangeProbeTest, TheNewestRowsCarryTheExtraFields)
{
    touch(3, 1000);
    const ChangeProbe::Result &result = probe(true, { QStringLiteral("created_at") });
    ASSERT_FALSE(result.changed.jobs.empty());
    for (const Job &job : result.changed.jobs)
        EXPECT_NE(job.createdAtMs, JobTime::kNone) << job.jobId.toStdString();
}

// A gateway that lists rows without total_count does not count: the count is asked after.
TEST(ChangeProbe, AServerThatSendsNoTotalIsAskedForTheCount)
{
    FakeHttpServer fake;
    ASSERT_TRUE(fake.listen());
    fake.setHandler([](const RecordedRequest &r) {
        const QJsonObject query = r.json().value(QLatin1String("query")).toObject();
        if (query.value(QLatin1String("count_only")).toBool())
            return FakeResponse::json(200, R"({"total_count":17})");
        return FakeResponse::json(200,
                                  R"({"results":[{"job_id":"job-000000000001",)"
                                  R"("updated_at":"2024-06-18T09:00:00.000Z"}]})");
    });
    JobApiClient client;
    pointAt(&client, fake.url());
    ChangeProbe changes(&client);
    bool done = false;
    QObject::connect(&changes, &ChangeProbe::finished, &changes, [&] { done = true; });
    qint64 watermark = 0;
    JobTime::parse(u"2024-06-18T10:00:00.000Z", &watermark);
    changes.start({}, watermark, true, kOverlapMs, 2000);
    ASSERT_TRUE(waitUntil([&] { return done; }));
    EXPECT_FALSE(changes.result().error.isError());
    EXPECT_EQ(changes.result().requests, 2);
    EXPECT_EQ(changes.result().count, 17);
    EXPECT_TRUE(changes.result().changed.jobs.empty()); // an hour before the watermark
}

TEST(ChangeProbe, AFailedRequestEndsTheProbeWithItsError)
{
    FakeHttpServer fake;
    ASSERT_TRUE(fake.listen());
    fake.setHandler([](const RecordedRequest &) {
        return FakeResponse::json(403, R"({"detail":{"code":"ERROR_PERMISSION_DENIED","message":"no"}})");
    });
    JobApiClient client;
    pointAt(&client, fake.url());
    ChangeProbe changes(&client);
    int finished = 0;
    QObject::connect(&changes, &ChangeProbe::finished, &changes, [&] { ++finished; });
    changes.start({}, 1, true, kOverlapMs, 2000);
    ASSERT_TRUE(waitUntil([&] { return finished > 0; }));
    EXPECT_TRUE(changes.result().error.isError());
    EXPECT_FALSE(changes.isRunning());
    EXPECT_EQ(finished, 1);
}

} // namespace
