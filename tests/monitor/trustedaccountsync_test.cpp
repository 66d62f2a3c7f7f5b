// SPDX-License-Identifier: MIT
// "Sync now" against a live sandbox over real HTTP: one sync per distinct account of the chosen
// jobs, each answered with a new PENDING job; refused up front for roles that may not sync and
// by the server (403) when sent anyway; a deleted account, an account already syncing, and a
// sync that is never sent twice.
#include "apitestutil.h"

#include "api/jobapiclient.h"
#include "api/jobdecoder.h"
#include "api/namedirectory.h"
#include "api/requestpolicy.h"
#include "connect/tokeninfo.h"
#include "monitor/trustedaccountsyncer.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/seededsandbox.h"

#include <QHash>
#include <QSet>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

using Outcome = TrustedAccountSyncer::Outcome;

class TrustedAccountSyncTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        QString error;
        ASSERT_TRUE(server.start(sandboxtest::seededOptions(7, 300), &error)) << error.toStdString();
        workspace = server.workspaceIds().value(0);
    }

    void connectAs(sandbox::Role role)
    {
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.baseUrl();
        endpoint.token = server.tokenFor(role, workspace);
        client.setEndpoint(endpoint);
        token = TokenInfo::fromToken(endpoint.token);
    }

    std::vector<Job> jobs() const
    {
        std::vector<Job> all;
        for (const QString &id : server.jobIds()) {
            Job job;
            QString error;
            EXPECT_TRUE(JobDecoder::decodeJob(*server.job(id), &job, &error)) << error.toStdString();
            all.push_back(job);
        }
        return all;
    }

    // Looks up the name of every account the jobs name; a deleted one is a miss.
    void lookUpAccounts()
    {
        QStringList ids;
        for (const Job &job : jobs())
            ids << job.trustedAccountId;
        names.request(NameDirectory::Kind::TrustedAccount, ids);
        ASSERT_TRUE(waitUntil([&] { return !names.isBusy(); }));
    }

    // Accounts of `workspace` (listed, so not deleted) with no job in progress, and their jobs.
    QHash<QString, QList<Job>> idleAccountJobs()
    {
        lookUpAccounts();
        QHash<QString, QList<Job>> byAccount;
        QSet<QString> busy;
        for (const Job &job : jobs()) {
            if (job.status == JobStatus::InProgress)
                busy.insert(job.trustedAccountId);
            if (job.workspaceId == workspace
                && !names.name(NameDirectory::Kind::TrustedAccount, job.trustedAccountId).isEmpty())
                byAccount[job.trustedAccountId].append(job);
        }
        for (const QString &id : busy)
            byAccount.remove(id);
        return byAccount;
    }

    void run(const QList<TrustedAccountSyncer::Target> &targets)
    {
        QSignalSpy done(&syncer, &TrustedAccountSyncer::finished);
        syncer.start(targets);
        ASSERT_TRUE(waitUntil([&] { return done.count() == 1; }));
    }

    sandbox::SandboxServer server;
    QString workspace;
    JobApiClient client;
    NameDirectory names{ &client };
    TrustedAccountSyncer syncer{ &client };
    TokenInfo token;
};

TEST_F(TrustedAccountSyncTest, OneNewPendingJobPerSelectedAccount)
{
    connectAs(sandbox::Role::WorkspaceOwner);
    const QHash<QString, QList<Job>> idle = idleAccountJobs();
    QList<Job> chosen;
    QStringList accounts;
    for (auto it = idle.cbegin(); it != idle.cend() && accounts.size() < 2; ++it) {
        if (it.value().size() < 2)
            continue;
        chosen << it.value().mid(0, 2); // two jobs of the same account ...
        accounts << it.key();
    }
    ASSERT_EQ(accounts.size(), 2) << "the seeded sandbox has accounts with several jobs";

    const QList<TrustedAccountSyncer::Target> targets = TrustedAccountSyncer::targetsFor(chosen, token, &names);
    ASSERT_EQ(targets.size(), 2); // ... is one account to sync
    for (const TrustedAccountSyncer::Target &t : targets) {
        EXPECT_TRUE(t.isAllowed()) << t.refusal.toStdString();
        EXPECT_FALSE(t.name.isEmpty());
        EXPECT_TRUE(t.label().contains(t.trustedAccountId));
    }
    const qint64 before = server.jobCount();
    run(targets);

    EXPECT_EQ(syncer.count(Outcome::Started), 2);
    EXPECT_EQ(server.jobCount(), before + 2);
    QStringList synced;
    for (const Job &job : syncer.startedJobs()) {
        EXPECT_EQ(job.status, JobStatus::Pending);
        EXPECT_EQ(job.workspaceId, workspace);
        synced << job.trustedAccountId;
        const std::optional<QJsonObject> stored = server.job(job.jobId);
        ASSERT_TRUE(stored.has_value());
        EXPECT_EQ(stored->value(QStringLiteral("trusted_account_id")).toString(), job.trustedAccountId);
    }
    synced.sort();
    accounts.sort();
    EXPECT_EQ(synced, accounts);
    for (const TrustedAccountSyncer::Result &r : syncer.results())
        EXPECT_TRUE(r.message().contains(r.job.jobId)) << r.message().toStdString();
}

TEST_F(TrustedAccountSyncTest, MemberIsRefusedUpFrontAndByTheServer)
{
    connectAs(sandbox::Role::WorkspaceMember);
    EXPECT_FALSE(TrustedAccountSyncer::maySyncAny(token));
    const QHash<QString, QList<Job>> idle = idleAccountJobs();
    ASSERT_FALSE(idle.isEmpty());
    const Job job = idle.cbegin().value().first();
    QList<TrustedAccountSyncer::Target> targets = TrustedAccountSyncer::targetsFor({ job }, token, nullptr);
    ASSERT_EQ(targets.size(), 1);
    EXPECT_FALSE(targets.first().isAllowed());
    const qint64 before = server.jobCount();
    server.clearRequests();
    run(targets);
    EXPECT_TRUE(server.requests().isEmpty()) << "a refused account is not sent";
    EXPECT_EQ(syncer.results().first().outcome, Outcome::Waiting);

    // Sent anyway (an app that did not know the role), the server says no.
    targets.first().refusal.clear();
    run(targets);
    EXPECT_EQ(syncer.results().first().outcome, Outcome::NotAllowed);
    EXPECT_TRUE(syncer.results().first().message().contains(QStringLiteral("Not allowed")));
    EXPECT_EQ(server.jobCount(), before);
}

TEST_F(TrustedAccountSyncTest, WorkspaceOwnerMaySyncOnlyItsOwnWorkspacesAccounts)
{
    connectAs(sandbox::Role::WorkspaceOwner);
    EXPECT_TRUE(TrustedAccountSyncer::maySyncAny(token));
    EXPECT_TRUE(TrustedAccountSyncer::refusalFor(token, workspace).isEmpty());
    EXPECT_FALSE(TrustedAccountSyncer::refusalFor(token, QStringLiteral("*")).isEmpty());
    EXPECT_FALSE(TrustedAccountSyncer::refusalFor(token, server.workspaceIds().value(1)).isEmpty());
    connectAs(sandbox::Role::DomainAdmin);
    EXPECT_TRUE(TrustedAccountSyncer::refusalFor(token, QStringLiteral("*")).isEmpty());
    EXPECT_TRUE(TrustedAccountSyncer::refusalFor(token, server.workspaceIds().value(1)).isEmpty());
    // An opaque API key: the server decides.
    const TokenInfo opaque = TokenInfo::fromToken(QStringLiteral("not-a-jwt-api-key"));
    EXPECT_TRUE(TrustedAccountSyncer::maySyncAny(opaque));
    EXPECT_TRUE(TrustedAccountSyncer::refusalFor(opaque, QStringLiteral("*")).isEmpty());
    EXPECT_FALSE(TrustedAccountSyncer::maySyncAny(TokenInfo::fromToken(QString())));
}

TEST_F(TrustedAccountSyncTest, DeletedAccountIsReportedAsGone)
{
    connectAs(sandbox::Role::DomainAdmin);
    lookUpAccounts();
    QList<Job> orphans;
    for (const Job &job : jobs()) {
        if (names.isMiss(NameDirectory::Kind::TrustedAccount, job.trustedAccountId)) {
            orphans << job;
            break;
        }
    }
    ASSERT_FALSE(orphans.isEmpty()) << "the sandbox keeps jobs of a deleted account";
    const qint64 before = server.jobCount();
    run(TrustedAccountSyncer::targetsFor(orphans, token, nullptr));
    EXPECT_EQ(syncer.results().first().outcome, Outcome::NotFound);
    EXPECT_TRUE(syncer.results().first().message().contains(QStringLiteral("no longer exists")));
    EXPECT_EQ(server.jobCount(), before);
}

TEST_F(TrustedAccountSyncTest, AnAccountAlreadySyncingIsToldApart)
{
    connectAs(sandbox::Role::DomainAdmin);
    const QHash<QString, QList<Job>> idle = idleAccountJobs();
    ASSERT_FALSE(idle.isEmpty());
    const QList<TrustedAccountSyncer::Target> targets
        = TrustedAccountSyncer::targetsFor({ idle.cbegin().value().first() }, token, nullptr);
    run(targets);
    ASSERT_EQ(syncer.count(Outcome::Started), 1);
    // The worker picks the job up.
    QJsonObject running = *server.job(syncer.startedJobs().first().jobId);
    running.insert(QStringLiteral("status"), QStringLiteral("IN_PROGRESS"));
    ASSERT_TRUE(server.upsertJob(running));

    run(targets);
    const TrustedAccountSyncer::Result &again = syncer.results().first();
    EXPECT_EQ(again.outcome, Outcome::AlreadyRunning);
    EXPECT_EQ(again.job.status, JobStatus::Failure);
    EXPECT_TRUE(again.message().startsWith(QStringLiteral("Already syncing"))) << again.message().toStdString();
    EXPECT_TRUE(syncer.startedJobs().isEmpty());
}

TEST_F(TrustedAccountSyncTest, ASyncIsSentOnceEvenWhenTheServerFails)
{
    EXPECT_FALSE(RequestPolicy::isIdempotent(QStringLiteral("sync")));
    connectAs(sandbox::Role::DomainAdmin);
    const QHash<QString, QList<Job>> idle = idleAccountJobs();
    ASSERT_FALSE(idle.isEmpty());
    sandbox::FaultOptions faults;
    faults.errorRate = 1.0;
    server.setFaults(faults);
    server.clearRequests();
    run(TrustedAccountSyncer::targetsFor({ idle.cbegin().value().first() }, token, nullptr));
    EXPECT_EQ(syncer.results().first().outcome, Outcome::Failed);
    int sent = 0;
    for (const auto &request : server.requests())
        sent += request.path.endsWith(QStringLiteral("/sync")) ? 1 : 0;
    EXPECT_EQ(sent, 1) << "a retry could start a second job";
}

TEST(TrustedAccountSyncClassify, OutcomesFromTheAnswer)
{
    Job job;
    job.jobId = QStringLiteral("job-1");
    job.status = JobStatus::Pending;
    EXPECT_EQ(TrustedAccountSyncer::classify(job, {}), Outcome::Started);
    job.status = JobStatus::Failure;
    job.errorMessage = QStringLiteral("The same job is already running. (trusted_account_id = ta-1)");
    EXPECT_EQ(TrustedAccountSyncer::classify(job, {}), Outcome::AlreadyRunning);
    EXPECT_EQ(TrustedAccountSyncer::classify({}, ApiError::deadline(30000)), Outcome::Unknown);
    EXPECT_EQ(TrustedAccountSyncer::classify(
                  {}, ApiError::fromHttp(403, R"({"detail":{"code":"ERROR_PERMISSION_DENIED","message":"no"}})")),
              Outcome::NotAllowed);
    EXPECT_EQ(TrustedAccountSyncer::classify(
                  {}, ApiError::fromHttp(404, R"({"detail":{"code":"ERROR_NOT_FOUND","message":"gone"}})")),
              Outcome::NotFound);
    EXPECT_EQ(TrustedAccountSyncer::classify({}, ApiError::fromNetwork(QNetworkReply::ConnectionRefusedError, "x")),
              Outcome::Failed);
}

} // namespace
