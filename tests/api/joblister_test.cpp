// SPDX-License-Identifier: MIT
#include "apitestutil.h"
#include "fakehttpserver.h"
#include "fakejobbackend.h"

#include "api/jobapiclient.h"
#include "api/joblister.h"
#include "api/requestpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <gtest/gtest.h>

namespace {
class JobListerTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        server.setHandler(backend.handler());
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.url();
        endpoint.token = QStringLiteral("test-token");
        endpoint.timeoutMs = 5000;
        client.setEndpoint(endpoint);
        // A failing page fails the listing here; retries are the client's, tested there.
        client.setRequestPolicy(RequestPolicy::singleAttempt());
        QObject::connect(&lister, &JobLister::progress, &lister, [this](qint64 loaded, qint64 total) {
            progress.append({ loaded, total });
        });
        QObject::connect(&lister, &JobLister::finished, &lister, [this] { ++finishedCount; });
    }

    bool run(const JobListRequest &request = {})
    {
        const int before = finishedCount;
        lister.start(request);
        return waitUntil([&] { return finishedCount > before; });
    }

    QList<QJsonObject> listRequests() const
    {
        QList<QJsonObject> bodies;
        for (const RecordedRequest &r : server.requests()) {
            if (r.verb() == QLatin1String("list"))
                bodies.append(r.json());
        }
        return bodies;
    }

    static QJsonObject page(const QJsonObject &body)
    {
        return body.value(QLatin1String("query")).toObject().value(QLatin1String("page")).toObject();
    }

    FakeHttpServer server;
    FakeJobBackend backend;
    JobApiClient client;
    JobLister lister{ &client };
    QList<QPair<qint64, qint64>> progress;
    int finishedCount = 0;
};
} // namespace

TEST_F(JobListerTest, PagesThroughEverything)
{
    backend.jobs = FakeJobBackend::makeJobs(25);
    lister.setPageLimit(10);
    ASSERT_TRUE(run());
    EXPECT_TRUE(lister.isOk()) << lister.error().humanMessage().toStdString();
    ASSERT_EQ(lister.jobs().size(), 25u);
    for (size_t i = 0; i < 25; ++i)
        EXPECT_EQ(lister.jobs()[i].jobId, backend.jobs.at(qsizetype(i)).value(QLatin1String("job_id")).toString());
    EXPECT_EQ(lister.serverTotal(), 25);
    EXPECT_FALSE(lister.truncated());
    EXPECT_FALSE(lister.driftDetected());
    EXPECT_EQ(lister.pagesFetched(), 3);

    const QList<QJsonObject> bodies = listRequests();
    ASSERT_EQ(bodies.size(), 3);
    EXPECT_EQ(page(bodies[0]), QJsonDocument::fromJson(R"({"start":1,"limit":10})").object());
    EXPECT_EQ(page(bodies[1]), QJsonDocument::fromJson(R"({"start":11,"limit":10})").object());
    EXPECT_EQ(page(bodies[2]), QJsonDocument::fromJson(R"({"start":21,"limit":10})").object());
    EXPECT_EQ(bodies[0].value(QLatin1String("query")).toObject().value(QLatin1String("sort")).toArray(),
              QJsonDocument::fromJson(R"([{"key":"created_at","desc":true},{"key":"job_id","desc":true}])").array());
    EXPECT_EQ(progress, (QList<QPair<qint64, qint64>>{ { 10, 25 }, { 20, 25 }, { 25, 25 } }));
}

TEST_F(JobListerTest, StopsAtTheCapAndSaysSo)
{
    backend.jobs = FakeJobBackend::makeJobs(25);
    lister.setPageLimit(10);
    lister.setMaxJobs(12);
    ASSERT_TRUE(run());
    EXPECT_TRUE(lister.isOk());
    EXPECT_EQ(lister.jobs().size(), 12u);
    EXPECT_TRUE(lister.truncated());
    EXPECT_EQ(lister.serverTotal(), 25);
    const QList<QJsonObject> bodies = listRequests();
    ASSERT_EQ(bodies.size(), 2);
    EXPECT_EQ(page(bodies[1]), QJsonDocument::fromJson(R"({"start":11,"limit":2})").object());
    EXPECT_EQ(progress.last(), (QPair<qint64, qint64>{ 12, 12 }));
}

TEST_F(JobListerTest, ACapEqualToTheTotalIsNotTruncation)
{
    backend.jobs = FakeJobBackend::makeJobs(20);
    lister.setPageLimit(10);
    lister.setMaxJobs(20);
    ASSERT_TRUE(run());
    EXPECT_EQ(lister.jobs().size(), 20u);
    EXPECT_FALSE(lister.truncated());
    EXPECT_EQ(listRequests().size(), 2);
}

TEST_F(JobListerTest, FiltersReachEveryPage)
{
    backend.jobs = FakeJobBackend::makeJobs(30);
    lister.setPageLimit(4);
    JobListRequest request;
    request.query.filter = { QueryFilter::statusIn({ JobStatus::Failure }) };
    ASSERT_TRUE(run(request));
    EXPECT_EQ(lister.jobs().size(), 6u); // every fifth job failed
    for (const Job &job : lister.jobs())
        EXPECT_EQ(job.status, JobStatus::Failure);
    for (const QJsonObject &body : listRequests())
        EXPECT_EQ(body.value(QLatin1String("query")).toObject().value(QLatin1String("filter")).toArray().size(), 1);
}

TEST_F(JobListerTest, NewJobsDuringPagingAreNotDuplicated)
{
    backend.jobs = FakeJobBackend::makeJobs(25);
    lister.setPageLimit(10);
    int lists = 0;
    server.setHandler([&](const RecordedRequest &r) {
        const FakeResponse response = backend.handle(r);
        if (r.verb() == QLatin1String("list") && ++lists == 1) {
            // Three jobs start right after the first page was served: everything shifts down.
            for (int i = 1; i <= 3; ++i)
                backend.jobs.prepend(FakeJobBackend::makeJob(-i, QStringLiteral("PENDING")));
        }
        return response;
    });
    ASSERT_TRUE(run());
    EXPECT_TRUE(lister.isOk());
    EXPECT_TRUE(lister.driftDetected());
    EXPECT_EQ(lister.duplicatesDropped(), 3);
    QSet<QString> ids;
    for (const Job &job : lister.jobs())
        ids.insert(job.jobId);
    EXPECT_EQ(size_t(ids.size()), lister.jobs().size());
    EXPECT_EQ(lister.jobs().size(), 25u); // the original 25; the new ones come with the next poll
    EXPECT_EQ(lister.serverTotal(), 28);
}

TEST_F(JobListerTest, AnEmptyDomain)
{
    ASSERT_TRUE(run());
    EXPECT_TRUE(lister.isOk());
    EXPECT_TRUE(lister.jobs().empty());
    EXPECT_EQ(lister.serverTotal(), 0);
    EXPECT_FALSE(lister.truncated());
    EXPECT_EQ(listRequests().size(), 1);
}

TEST_F(JobListerTest, WithoutTotalCountAShortPageEndsTheListing)
{
    backend.jobs = FakeJobBackend::makeJobs(7);
    server.setHandler([&](const RecordedRequest &r) {
        FakeResponse response = backend.handle(r);
        QJsonObject o = QJsonDocument::fromJson(response.body).object();
        o.remove(QLatin1String("total_count"));
        response.body = QJsonDocument(o).toJson(QJsonDocument::Compact);
        return response;
    });
    lister.setPageLimit(3);
    ASSERT_TRUE(run());
    EXPECT_TRUE(lister.isOk());
    EXPECT_EQ(lister.jobs().size(), 7u);
    EXPECT_EQ(listRequests().size(), 3);
    EXPECT_EQ(lister.serverTotal(), -1);
}

TEST_F(JobListerTest, AServerThatIgnoresPagingIsCaught)
{
    backend.jobs = FakeJobBackend::makeJobs(10);
    server.setHandler([&](const RecordedRequest &) {
        QJsonArray firstPage;
        for (int i = 0; i < 3; ++i)
            firstPage.append(backend.jobs.at(i));
        return FakeResponse::json(200,
                                  QJsonDocument(QJsonObject{ { QStringLiteral("results"), firstPage },
                                                             { QStringLiteral("total_count"), 10 } })
                                      .toJson(QJsonDocument::Compact));
    });
    lister.setPageLimit(3);
    ASSERT_TRUE(run());
    EXPECT_EQ(lister.error().kind, ApiError::Kind::Decode);
    EXPECT_EQ(listRequests().size(), 2);
}

TEST_F(JobListerTest, AnErrorOnALaterPageFailsTheListing)
{
    backend.jobs = FakeJobBackend::makeJobs(25);
    lister.setPageLimit(10);
    int lists = 0;
    server.setHandler([&](const RecordedRequest &r) {
        if (++lists == 2)
            return FakeResponse::json(503, R"({"detail":{"code":"ERROR_GRPC_CONNECTION","message":" down"}})");
        return backend.handle(r);
    });
    ASSERT_TRUE(run());
    EXPECT_FALSE(lister.isOk());
    EXPECT_EQ(lister.error().httpStatus, 503);
    EXPECT_EQ(listRequests().size(), 2);
}

TEST_F(JobListerTest, CancelEndsWithCanceled)
{
    backend.jobs = FakeJobBackend::makeJobs(5);
    backend.listDelayMs = 2000;
    lister.start({});
    ASSERT_TRUE(waitUntil([&] { return server.requests().size() == 1; }));
    lister.cancel();
    ASSERT_TRUE(waitUntil([&] { return finishedCount == 1; }));
    EXPECT_EQ(lister.error().kind, ApiError::Kind::Canceled);
    EXPECT_FALSE(lister.isRunning());
}
