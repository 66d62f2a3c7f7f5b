// SPDX-License-Identifier: MIT
#include "apitestutil.h"
#include "jobfactory.h"
#include "testbackend.h"

#include "api/jobapiclient.h"
#include "api/jobdeleter.h"

#include <QSet>
#include <QSignalSpy>
#include <QTimer>

#include <gtest/gtest.h>

namespace {
using Outcome = JobDeleter::Outcome;

QStringList idsOf(const std::vector<Job> &jobs)
{
    QStringList ids;
    for (const Job &job : jobs)
        ids.append(job.jobId);
    return ids;
}

QSet<QString> asSet(const QStringList &list)
{
    return QSet<QString>(list.begin(), list.end());
}

class JobDeleterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(backend.start());
        client.setEndpoint(backend.endpoint());
    }

    // Starts (or retries) and waits until the run is over.
    void run(JobDeleter &deleter, const QStringList &ids)
    {
        QSignalSpy finished(&deleter, &JobDeleter::finished);
        ASSERT_TRUE(deleter.start(ids));
        ASSERT_TRUE(waitUntil([&] { return finished.count() > 0; }));
        EXPECT_FALSE(deleter.isRunning());
    }

    TestBackend backend;
    JobApiClient client;
};
} // namespace

TEST_F(JobDeleterTest, DeletesOneJob)
{
    backend.upsert(jobfactory::range(1, 3));
    JobDeleter deleter(&client);
    QSignalSpy progress(&deleter, &JobDeleter::progress);
    run(deleter, { jobfactory::idFor(2) });

    EXPECT_EQ(backend.deleteRequestIds(), QStringList{ jobfactory::idFor(2) });
    EXPECT_FALSE(backend.hasJob(jobfactory::idFor(2)));
    EXPECT_EQ(backend.jobCount(), 2);
    EXPECT_EQ(deleter.result(jobfactory::idFor(2)).outcome, Outcome::Deleted);
    EXPECT_TRUE(deleter.result(jobfactory::idFor(2)).isGone());
    ASSERT_FALSE(progress.isEmpty());
    EXPECT_EQ(progress.last().at(0).toInt(), 1);
    EXPECT_EQ(progress.last().at(1).toInt(), 1);
}

TEST_F(JobDeleterTest, DeletesManyWithABoundedNumberInFlight)
{
    const std::vector<Job> jobs = jobfactory::range(1, 20);
    backend.upsert(jobs);
    backend.setLatencyMs(20); // keeps requests open long enough to overlap
    JobDeleter deleter(&client);
    EXPECT_EQ(deleter.maxInFlight(), JobDeleter::kDefaultMaxInFlight);
    // Sampled on every turn of the event loop: requests are sent in bursts between turns.
    int peak = 0;
    QTimer sampler;
    QObject::connect(&sampler, &QTimer::timeout, &sampler, [&] { peak = qMax(peak, client.requestsInFlight()); });
    sampler.start(0);
    run(deleter, idsOf(jobs));
    sampler.stop();

    EXPECT_EQ(deleter.count(Outcome::Deleted), 20);
    EXPECT_EQ(backend.jobCount(), 0);
    EXPECT_EQ(asSet(backend.deleteRequestIds()), asSet(idsOf(jobs)));
    EXPECT_EQ(backend.deleteRequestIds().size(), 20);
    EXPECT_LE(peak, JobDeleter::kDefaultMaxInFlight);
    EXPECT_GE(peak, 2) << "deletes overlap";
    EXPECT_EQ(deleter.doneCount(), 20);
    EXPECT_EQ(deleter.totalCount(), 20);
}

TEST_F(JobDeleterTest, DropsDuplicateAndEmptyIds)
{
    backend.upsert(jobfactory::range(1, 2));
    JobDeleter deleter(&client);
    run(deleter, { jobfactory::idFor(1), QString(), jobfactory::idFor(1), jobfactory::idFor(2) });
    EXPECT_EQ(backend.deleteRequestIds(), (QStringList{ jobfactory::idFor(1), jobfactory::idFor(2) }));
    EXPECT_EQ(deleter.results().size(), 2);
}

TEST_F(JobDeleterTest, ReportsJobsDeletedElsewhereAsAlreadyGone)
{
    backend.upsert(jobfactory::range(1, 4));
    backend.remove(jobfactory::idFor(2));
    backend.remove(jobfactory::idFor(4));
    JobDeleter deleter(&client);
    run(deleter, idsOf(jobfactory::range(1, 4)));

    EXPECT_EQ(deleter.idsWithOutcome(Outcome::Deleted), (QStringList{ jobfactory::idFor(1), jobfactory::idFor(3) }));
    EXPECT_EQ(deleter.idsWithOutcome(Outcome::AlreadyGone),
              (QStringList{ jobfactory::idFor(2), jobfactory::idFor(4) }));
    const JobDeleter::Result gone = deleter.result(jobfactory::idFor(2));
    EXPECT_TRUE(gone.isGone());
    EXPECT_EQ(gone.error.code, QStringLiteral("ERROR_NOT_FOUND"));
    EXPECT_TRUE(gone.message().startsWith(QStringLiteral("Already gone")));
    EXPECT_FALSE(deleter.retryFailed()) << "already gone is final";
}

TEST_F(JobDeleterTest, ForbiddenRoleStopsSendingAndExplainsWhy)
{
    const std::vector<Job> jobs = jobfactory::range(1, 12);
    backend.upsert(jobs);
    backend.setRole(sandbox::Role::WorkspaceMember);
    client.setEndpoint(backend.endpoint());
    JobDeleter deleter(&client);
    run(deleter, idsOf(jobs));

    EXPECT_EQ(deleter.count(Outcome::NotAllowed), 12);
    EXPECT_EQ(backend.jobCount(), 12);
    // Only the first wave went out; the role refusal holds for every other id.
    EXPECT_LE(backend.deleteRequestIds().size(), JobDeleter::kDefaultMaxInFlight);
    EXPECT_GE(backend.deleteRequestIds().size(), 1);
    const JobDeleter::Result sent = deleter.result(backend.deleteRequestIds().first());
    EXPECT_TRUE(sent.sent);
    EXPECT_TRUE(sent.error.isPermission());
    EXPECT_TRUE(sent.message().contains(QStringLiteral("role")));
    EXPECT_FALSE(deleter.result(jobfactory::idFor(12)).sent);
    EXPECT_FALSE(deleter.retryFailed()) << "a refusal is not retried";
}

TEST_F(JobDeleterTest, WorkspaceOwnerCannotDeleteDomainLevelJobs)
{
    std::vector<Job> jobs = jobfactory::range(1, 4);
    jobs[0].workspaceId = jobs[1].workspaceId = backend.workspaceId();
    jobs[2].workspaceId = jobs[3].workspaceId = QStringLiteral("*");
    backend.upsert(jobs);
    backend.setRole(sandbox::Role::WorkspaceOwner);
    client.setEndpoint(backend.endpoint());
    JobDeleter deleter(&client);
    run(deleter, idsOf(jobs));

    EXPECT_EQ(deleter.idsWithOutcome(Outcome::Deleted), (QStringList{ jobs[0].jobId, jobs[1].jobId }));
    EXPECT_EQ(deleter.idsWithOutcome(Outcome::NotAllowed), (QStringList{ jobs[2].jobId, jobs[3].jobId }));
    const JobDeleter::Result refused = deleter.result(jobs[2].jobId);
    EXPECT_TRUE(refused.outOfScope);
    EXPECT_FALSE(refused.isGone()) << "the job is still there and must stay in the table";
    EXPECT_TRUE(refused.message().contains(QStringLiteral("domain admin")));
    EXPECT_TRUE(backend.hasJob(jobs[2].jobId));
    EXPECT_TRUE(backend.hasJob(jobs[3].jobId));
    EXPECT_EQ(asSet(backend.deleteRequestIds()), asSet(idsOf(jobs))) << "a scope refusal does not stop the others";
}

TEST_F(JobDeleterTest, ServerErrorsInTheMiddleFailOnlyThoseJobsAndRetrySendsOnlyThem)
{
    const std::vector<Job> jobs = jobfactory::range(1, 12);
    backend.upsert(jobs);
    const QString removed = jobfactory::idFor(5);
    backend.remove(removed); // already gone: never retried
    backend.setErrorRate(0.35, 7);
    JobDeleter deleter(&client);
    deleter.setMaxInFlight(1); // one at a time, so the seeded faults hit the same requests every run
    run(deleter, idsOf(jobs));

    const QStringList faulted = backend.faultedDeleteIds();
    ASSERT_FALSE(faulted.isEmpty());
    ASSERT_LT(faulted.size(), 12);
    EXPECT_EQ(asSet(deleter.failedIds()), asSet(faulted));
    for (const JobDeleter::Result &r : deleter.results()) {
        SCOPED_TRACE(r.jobId.toStdString());
        if (faulted.contains(r.jobId)) {
            EXPECT_EQ(r.outcome, Outcome::Failed);
            EXPECT_GE(r.error.httpStatus, 500);
            EXPECT_EQ(r.message(), r.error.humanMessage());
            EXPECT_EQ(backend.hasJob(r.jobId), r.jobId != removed);
        } else if (r.jobId == removed) {
            EXPECT_EQ(r.outcome, Outcome::AlreadyGone);
        } else {
            EXPECT_EQ(r.outcome, Outcome::Deleted);
            EXPECT_FALSE(backend.hasJob(r.jobId));
        }
    }

    backend.setErrorRate(0);
    backend.clearRequests();
    QSignalSpy finished(&deleter, &JobDeleter::finished);
    ASSERT_TRUE(deleter.retryFailed());
    ASSERT_TRUE(waitUntil([&] { return finished.count() > 0; }));
    EXPECT_EQ(asSet(backend.deleteRequestIds()), asSet(faulted));
    EXPECT_EQ(backend.deleteRequestIds().size(), faulted.size());
    EXPECT_TRUE(deleter.failedIds().isEmpty());
    EXPECT_EQ(deleter.totalCount(), faulted.size());
    EXPECT_EQ(deleter.count(Outcome::Deleted) + deleter.count(Outcome::AlreadyGone), 12);
    EXPECT_EQ(backend.jobCount(), 0);
}

TEST_F(JobDeleterTest, CancelStopsTheRestButNotTheRequestsAlreadySent)
{
    const std::vector<Job> jobs = jobfactory::range(1, 10);
    backend.upsert(jobs);
    backend.setLatencyMs(30);
    JobDeleter deleter(&client);
    deleter.setMaxInFlight(2);
    // Cancel as soon as the first answer arrives: the other request then in flight still
    // finishes, nothing else goes out.
    QObject::connect(&deleter, &JobDeleter::jobFinished, &deleter, [&] { deleter.cancel(); });
    run(deleter, idsOf(jobs));

    EXPECT_TRUE(deleter.isCanceled());
    EXPECT_EQ(deleter.sentIds().size(), 2);
    EXPECT_EQ(backend.deleteRequestIds(), deleter.sentIds());
    EXPECT_EQ(deleter.count(Outcome::Deleted), 2);
    EXPECT_EQ(deleter.count(Outcome::NotSent), 8);
    for (const QString &id : deleter.idsWithOutcome(Outcome::NotSent)) {
        EXPECT_TRUE(backend.hasJob(id)) << id.toStdString();
        EXPECT_FALSE(deleter.result(id).sent);
    }
    EXPECT_EQ(backend.jobCount(), 8);
    EXPECT_FALSE(deleter.retryFailed()) << "stopped ones are not failures";
}

TEST_F(JobDeleterTest, AChangeOfConnectionStopsSending)
{
    const std::vector<Job> jobs = jobfactory::range(1, 6);
    backend.upsert(jobs);
    JobDeleter deleter(&client);
    deleter.setMaxInFlight(1);
    // The user switches to another server (here: the same one again) after the first answer.
    QObject::connect(&deleter, &JobDeleter::jobFinished, &deleter, [&](const JobDeleter::Result &r) {
        if (r.outcome == Outcome::Deleted)
            client.setEndpoint(backend.endpoint());
    });
    run(deleter, idsOf(jobs));
    EXPECT_EQ(backend.deleteRequestIds(), QStringList{ jobfactory::idFor(1) });
    EXPECT_EQ(deleter.count(Outcome::NotSent), 5);
    EXPECT_EQ(backend.jobCount(), 5);
}

TEST_F(JobDeleterTest, EmptyRunFinishesFromTheEventLoop)
{
    JobDeleter deleter(&client);
    QSignalSpy finished(&deleter, &JobDeleter::finished);
    ASSERT_TRUE(deleter.start({}));
    EXPECT_EQ(finished.count(), 0);
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_TRUE(backend.deleteRequestIds().isEmpty());
}

TEST_F(JobDeleterTest, RefusesToStartTwice)
{
    backend.upsert(jobfactory::range(1, 2));
    backend.setLatencyMs(20);
    JobDeleter deleter(&client);
    QSignalSpy finished(&deleter, &JobDeleter::finished);
    ASSERT_TRUE(deleter.start({ jobfactory::idFor(1) }));
    EXPECT_FALSE(deleter.start({ jobfactory::idFor(2) }));
    ASSERT_TRUE(waitUntil([&] { return finished.count() == 1; }));
    EXPECT_EQ(backend.deleteRequestIds(), QStringList{ jobfactory::idFor(1) });
}

TEST(JobDeleterClassify, MapsAnswersToOutcomes)
{
    EXPECT_EQ(JobDeleter::classify(ApiError()), Outcome::Deleted);
    EXPECT_EQ(JobDeleter::classify(ApiError::fromHttp(
                  404, R"({"detail":{"code":"ERROR_NOT_FOUND","message":" Resource cannot be found."}})")),
              Outcome::AlreadyGone);
    EXPECT_EQ(JobDeleter::classify(ApiError::fromHttp(404, R"({"detail":"Not Found"})")), Outcome::Failed)
        << "a wrong path is not a vanished job";
    EXPECT_EQ(JobDeleter::classify(ApiError::fromHttp(
                  403, R"({"detail":{"code":"ERROR_PERMISSION_DENIED","message":"Permission denied."}})")),
              Outcome::NotAllowed);
    EXPECT_EQ(JobDeleter::classify(ApiError::fromHttp(503, "{}")), Outcome::Failed);
    EXPECT_EQ(JobDeleter::classify(ApiError::canceled()), Outcome::Failed);
}
