// SPDX-License-Identifier: MIT
// A sandbox serving statuses outside the service's enum ("ERROR" of the API docs, a "CANCELD"
// typo), read through the app's client: such jobs are decoded with an unknown status that keeps
// the text as received, next to the known ones, never dropped and never folded into another.
#include "testsupport.h"

#include "api/jobapiclient.h"
#include "api/jobgetreply.h"
#include "api/joblistreply.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <map>

namespace {

const char kJobs[] = R"([
 {"job_id":"job-0000000000e1","status":"ERROR","options":{},"resource_group":"WORKSPACE",
  "domain_id":"domain-58010aa2e451","workspace_id":"workspace-aaaaaaaaaaaa","trusted_account_id":"ta-111111111111",
  "created_at":"2024-06-17T01:00:00.000Z","updated_at":"2024-06-17T01:00:05.000Z"},
 {"job_id":"job-0000000000e2","status":"CANCELD","options":{"limit":5},"resource_group":"WORKSPACE",
  "domain_id":"domain-58010aa2e451","workspace_id":"workspace-aaaaaaaaaaaa","trusted_account_id":"ta-111111111111",
  "created_at":"2024-06-17T02:00:00.000Z","updated_at":"2024-06-17T02:00:05.000Z"},
 {"job_id":"job-0000000000e3","status":"SUCCESS","options":{},"resource_group":"WORKSPACE",
  "domain_id":"domain-58010aa2e451","workspace_id":"workspace-aaaaaaaaaaaa","trusted_account_id":"ta-111111111111",
  "created_at":"2024-06-17T03:00:00.000Z","updated_at":"2024-06-17T03:00:05.000Z",
  "finished_at":"2024-06-17T03:00:05.000Z"}
])";

class UnknownStatusThroughClient : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QFile file(m_dir.filePath(QStringLiteral("jobs.json")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(kJobs);
        file.close();
        sandbox::SandboxOptions options;
        options.dataFile = file.fileName();
        options.simulate = false;
        QString error;
        ASSERT_TRUE(m_server.start(options, &error)) << error.toStdString();
        ApiEndpoint endpoint;
        endpoint.baseUrl = m_server.baseUrl();
        endpoint.token = m_server.defaultToken();
        endpoint.timeoutMs = 20000;
        m_client.setEndpoint(endpoint);
    }

    QTemporaryDir m_dir;
    sandbox::SandboxServer m_server;
    JobApiClient m_client;
};

} // namespace

TEST_F(UnknownStatusThroughClient, ListDecodesEveryJobWithItsStatusText)
{
    JobListReply *reply = m_client.list(JobListRequest{});
    bool done = false;
    ApiError error;
    JobListPage page;
    // The client deletes the reply right after finished().
    QObject::connect(reply, &JobApiReply::finished, reply, [&] {
        error = reply->error();
        page = reply->takePage();
        done = true;
    });
    ASSERT_TRUE(waitUntil([&done] { return done; }, 20000));
    ASSERT_FALSE(error.isError()) << error.humanMessage().toStdString();
    std::map<QString, Job> jobs;
    for (const Job &job : page.jobs)
        jobs[job.jobId] = job;
    EXPECT_EQ(page.totalCount, 3);
    ASSERT_EQ(jobs.size(), 3u);
    const Job &documented = jobs.at(QStringLiteral("job-0000000000e1"));
    EXPECT_EQ(documented.status, JobStatus::Unknown);
    EXPECT_EQ(documented.statusText(), QStringLiteral("ERROR"));
    EXPECT_EQ(documented.statusLabel(), QStringLiteral("ERROR"));
    EXPECT_FALSE(documented.isActive());
    const Job &typo = jobs.at(QStringLiteral("job-0000000000e2"));
    EXPECT_EQ(typo.status, JobStatus::Unknown);
    EXPECT_EQ(typo.statusText(), QStringLiteral("CANCELD"));
    EXPECT_EQ(typo.options.value(QStringLiteral("limit")).toDouble(), 5.0);
    EXPECT_EQ(jobs.at(QStringLiteral("job-0000000000e3")).status, JobStatus::Success);
}

TEST_F(UnknownStatusThroughClient, GetDecodesAnUnknownStatus)
{
    JobGetReply *reply = m_client.get(QStringLiteral("job-0000000000e2"));
    bool done = false;
    ApiError error;
    Job job;
    QObject::connect(reply, &JobApiReply::finished, reply, [&] {
        error = reply->error();
        job = reply->job();
        done = true;
    });
    ASSERT_TRUE(waitUntil([&done] { return done; }, 20000));
    ASSERT_FALSE(error.isError()) << error.humanMessage().toStdString();
    EXPECT_EQ(job.jobId, QStringLiteral("job-0000000000e2"));
    EXPECT_EQ(job.status, JobStatus::Unknown);
    EXPECT_EQ(job.rawStatus, QStringLiteral("CANCELD"));
}
