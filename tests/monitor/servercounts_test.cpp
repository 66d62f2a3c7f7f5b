// SPDX-License-Identifier: MIT
// Counts, "stuck" and server-side selections against a sandbox holding 100,000 jobs, over real
// HTTP. The app loads a few thousand of them; every number it shows must still be the server's
// for everything matching the filters, for a domain admin and for a workspace member alike.
#include "api/jobapiclient.h"
#include "api/jobstatreply.h"
#include "largesandbox.h"
#include "model/jobset.h"
#include "monitor/jobmonitorsession.h"
#include "poll/domainjobcounter.h"
#include "poll/jobsetcollector.h"
#include "poll/poller.h"
#include "poll/stuckcounter.h"
#include "testsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <memory>
#include <set>

namespace {

QString s_domain; // the sandbox's

constexpr int kJobs = 100000;
constexpr quint32 kSeed = 7;
constexpr qint64 kHour = 60 * 60 * 1000;
constexpr int kWaitMs = 60000;

QString iso(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ"));
}

// A filter {k, v, o} in the body of a recorded request.
bool hasFilter(const QJsonValue &body, const QString &key, const QJsonValue &value)
{
    const QJsonArray filters
        = body.toObject().value(QLatin1String("query")).toObject().value(QLatin1String("filter")).toArray();
    for (const QJsonValue &f : filters) {
        const QJsonObject o = f.toObject();
        if (o.value(QLatin1String("k")).toString() == key && o.value(QLatin1String("v")) == value)
            return true;
    }
    return false;
}

QJsonObject legacyJob(const QString &id, const QString &status, const QString &workspace, const QString &account)
{
    QJsonObject job{ { QStringLiteral("job_id"), id },
                     { QStringLiteral("domain_id"), s_domain },
                     { QStringLiteral("status"), status },
                     { QStringLiteral("resource_group"),
                       workspace == QLatin1String("*") ? QStringLiteral("DOMAIN") : QStringLiteral("WORKSPACE") },
                     { QStringLiteral("workspace_id"), workspace },
                     { QStringLiteral("trusted_account_id"), account },
                     { QStringLiteral("plugin_id"), QStringLiteral("plugin-legacy-collector") },
                     { QStringLiteral("created_at"), iso(QDateTime::currentMSecsSinceEpoch() - 40 * kHour) },
                     { QStringLiteral("updated_at"), iso(QDateTime::currentMSecsSinceEpoch() - 39 * kHour) } };
    return job;
}

class ServerCountsTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        QElapsedTimer timer;
        timer.start();
        s_sandbox = new largesandbox::Sandbox;
        QString error;
        ASSERT_TRUE(s_sandbox->start(kJobs, kSeed, &error)) << error.toStdString();
        std::fprintf(stderr, "100,000-job sandbox ready in %lld ms\n", static_cast<long long>(timer.elapsed()));
        // Statuses the service never writes but a long-lived database may hold, in a workspace
        // and at domain level: "Other".
        s_workspace = server().workspaceIds().value(0);
        s_domain = server().domainId();
        const QList<QJsonObject> legacy{
            legacyJob(QStringLiteral("job-0ther0000001"), QStringLiteral("ERROR"), s_workspace,
                      QStringLiteral("ta-legacy1")),
            legacyJob(QStringLiteral("job-0ther0000002"), QStringLiteral("ERROR"), s_workspace,
                      QStringLiteral("ta-legacy1")),
            legacyJob(QStringLiteral("job-0ther0000003"), QString(), s_workspace, QStringLiteral("ta-legacy1")),
            legacyJob(QStringLiteral("job-0ther0000004"), QStringLiteral("CANCELD"), QStringLiteral("*"),
                      QStringLiteral("ta-legacy2")),
            legacyJob(QStringLiteral("job-0ther0000005"), QString(), QStringLiteral("*"), QStringLiteral("ta-legacy2")),
        };
        ASSERT_TRUE(server().insertLegacyJobs(legacy, &error)) << error.toStdString();

        ASSERT_TRUE(s_sandbox->holdStuckSetStill(kHour, &error)) << error.toStdString();
    }
    static void TearDownTestSuite()
    {
        delete s_sandbox;
        s_sandbox = nullptr;
    }

    static sandbox::SandboxServer &server() { return s_sandbox->server(); }

    void SetUp() override { useRole(sandbox::Role::DomainAdmin); }

    void useRole(sandbox::Role role)
    {
        ApiEndpoint endpoint;
        endpoint.baseUrl = server().baseUrl();
        endpoint.token = server().tokenFor(role, role == sandbox::Role::DomainAdmin ? QString() : s_workspace);
        endpoint.timeoutMs = 30000;
        client.setEndpoint(endpoint);
    }

    std::unique_ptr<Poller> makePoller()
    {
        auto poller = std::make_unique<Poller>(&client);
        poller->setInterval(3600 * 1000); // polls happen when the test asks
        poller->setJitter(0);
        poller->setMaxJobs(2000); // a window far smaller than the server's 100,000
        QObject::connect(poller.get(), &Poller::statsReady, poller.get(), [this](const JobStats &s) { stats = s; });
        Poller *p = poller.get();
        QObject::connect(p, &Poller::jobsUpdated, p, [this, p](qint64 total, bool, quint64) {
            // What the poller holds, copied: the set changes with the next poll.
            auto copy = std::make_shared<std::vector<Job>>();
            p->jobSet()->forEach([&copy](int, const Job &job) { copy->push_back(job); });
            rows = copy;
            serverTotal = total;
            ++delivered;
        });
        QObject::connect(poller.get(), &Poller::errorOccurred, poller.get(),
                         [](const ApiError &e) { ADD_FAILURE() << e.humanMessage().toStdString(); });
        poller->pause();
        return poller;
    }

    void poll(Poller *poller)
    {
        const int before = delivered;
        poller->refreshNow();
        ASSERT_TRUE(waitUntil([&] { return delivered > before && !poller->isPolling(); }, kWaitMs));
    }

    void setFilter(Poller *poller, const JobFilter &filter)
    {
        const int before = delivered;
        poller->setFilter(filter);
        if (!poller->isPolling())
            poller->refreshNow();
        ASSERT_TRUE(waitUntil([&] { return delivered > before && !poller->isPolling(); }, kWaitMs));
    }

    // Every job the list returns for the token, with the fields given, paged by the server.
    std::vector<Job> listEverything(const QStringList &fields)
    {
        JobSetCollector collector(&client);
        collector.setMaxJobs(kJobs * 2);
        collector.setPageSize(10000);
        collector.setFields(fields);
        bool done = false;
        QObject::connect(&collector, &JobSetCollector::finished, &collector, [&] { done = true; });
        collector.start({ {} });
        EXPECT_TRUE(waitUntil([&] { return done; }, kWaitMs));
        EXPECT_FALSE(collector.error().isError()) << collector.error().humanMessage().toStdString();
        return { collector.jobs().cbegin(), collector.jobs().cend() };
    }

    QStringList collectStuck(const JobFilter &filter, int pageSize, const std::function<void()> &afterFirstPage = {})
    {
        JobSetCollector collector(&client);
        collector.setPageSize(pageSize);
        bool done = false;
        int pages = 0;
        QObject::connect(&collector, &JobSetCollector::progress, &collector, [&] {
            if (++pages == 1 && afterFirstPage)
                afterFirstPage();
        });
        QObject::connect(&collector, &JobSetCollector::finished, &collector, [&] { done = true; });
        collector.start(StuckCounter::stuckQueries(filter));
        EXPECT_TRUE(waitUntil([&] { return done; }, kWaitMs));
        EXPECT_FALSE(collector.error().isError()) << collector.error().humanMessage().toStdString();
        EXPECT_FALSE(collector.isTruncated());
        QStringList ids;
        for (const Job &job : collector.jobs()) {
            EXPECT_TRUE(job.isActive()) << job.jobId.toStdString();
            EXPECT_NE(job.createdAtMs, JobTime::kNone);
            EXPECT_FALSE(job.workspaceId.isEmpty());
            EXPECT_TRUE(job.pluginId.isEmpty()) << "only the fields asked for travel";
            ids.append(job.jobId);
        }
        ids.sort();
        EXPECT_EQ(ids.size(), QSet<QString>(ids.cbegin(), ids.cend()).size()) << "no id twice";
        return ids;
    }

    static int loadedStuck(const std::vector<Job> &jobs)
    {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        int n = 0;
        for (const Job &job : jobs)
            n += JobFilter::isStuck(job, now, kHour) ? 1 : 0;
        return n;
    }

    static inline largesandbox::Sandbox *s_sandbox = nullptr;
    static inline QString s_workspace;

    JobApiClient client;
    JobStats stats;
    std::shared_ptr<const std::vector<Job>> rows;
    qint64 serverTotal = 0;
    int delivered = 0;
};

} // namespace

TEST_F(ServerCountsTest, StuckCountEqualsTheSandboxesOwnWithAndWithoutAStatusFilter)
{
    const QStringList expected = server().stuckJobIds(kHour);
    ASSERT_GT(expected.size(), 500) << "the generated history holds about 1.2% stuck jobs";

    auto poller = makePoller();
    poll(poller.get());
    EXPECT_EQ(poller->stuckCounter()->count(), expected.size());
    // The loaded window knows only a fraction of them.
    EXPECT_LT(loadedStuck(*rows), expected.size() / 2);

    JobFilter failures;
    failures.statuses = { JobStatus::Failure };
    setFilter(poller.get(), failures);
    ASSERT_EQ(loadedStuck(*rows), 0);
    EXPECT_EQ(poller->stuckCounter()->count(), expected.size()) << "the status filter plays no part";

    JobFilter stuckOnly;
    stuckOnly.stuckOnly = true;
    setFilter(poller.get(), stuckOnly);
    EXPECT_EQ(poller->stuckCounter()->count(), expected.size());

    // The other filters do: the count is for what matches them.
    JobFilter workspace = failures;
    workspace.workspaceId = s_workspace;
    setFilter(poller.get(), workspace);
    const QStringList inWorkspace = server().stuckJobIds(kHour, { s_workspace });
    ASSERT_GT(inWorkspace.size(), 0);
    ASSERT_LT(inWorkspace.size(), expected.size());
    EXPECT_EQ(poller->stuckCounter()->count(), inWorkspace.size());

    // A different threshold is a different question.
    JobFilter longer;
    longer.stuckThresholdMs = 7 * 24 * kHour;
    setFilter(poller.get(), longer);
    poll(poller.get());
    EXPECT_EQ(poller->stuckCounter()->count(), server().stuckJobIds(longer.stuckThresholdMs).size());
}

TEST_F(ServerCountsTest, AThresholdChangedAloneIsAskedAtOnceAndSelectStuckAsksTheSame)
{
    JobMonitorSession session;
    session.poller()->setInterval(3600 * 1000); // only an ask of its own can answer in time
    session.poller()->setJitter(0);
    session.poller()->setMaxJobs(2000);
    ApiEndpoint endpoint;
    endpoint.baseUrl = server().baseUrl();
    endpoint.token = server().tokenFor(sandbox::Role::DomainAdmin);
    endpoint.timeoutMs = 30000;
    session.setEndpoint(endpoint, QStringLiteral("large"));
    const qint64 hourly = server().stuckJobIds(kHour).size();
    ASSERT_TRUE(waitUntil(
        [&] { return session.hasData() && !session.poller()->isPolling() && session.stuckCount() == hourly; }, kWaitMs))
        << session.stuckCount() << " counted, " << hourly << " on the server";

    // As the settings set it: the same filters, another threshold.
    JobFilter weekly = session.filter();
    weekly.stuckThresholdMs = 7 * 24 * kHour;
    const QStringList expected = server().stuckJobIds(weekly.stuckThresholdMs);
    ASSERT_NE(qint64(expected.size()), hourly);
    session.setFilter(weekly);
    EXPECT_FALSE(session.poller()->isPolling()) << "the listing asks nothing new";
    ASSERT_TRUE(waitUntil([&] { return session.stuckCount() == expected.size(); }, kWaitMs))
        << session.stuckCount() << " counted, " << expected.size() << " on the server";
    EXPECT_EQ(session.poller()->stuckCounter()->thresholdMs(), weekly.stuckThresholdMs);

    // Select Stuck collects what the chip counts.
    JobSetCollector collector(&client);
    bool done = false;
    QObject::connect(&collector, &JobSetCollector::finished, &collector, [&] { done = true; });
    collector.start(session.stuckJobQueries());
    ASSERT_TRUE(waitUntil([&] { return done; }, kWaitMs));
    QStringList ids;
    for (const Job &job : collector.jobs())
        ids.append(job.jobId);
    ids.sort();
    EXPECT_EQ(ids, expected);
}

TEST_F(ServerCountsTest, SelectStuckCollectsEveryStuckIdOnTheServer)
{
    JobFilter filter;
    filter.statuses = { JobStatus::Success }; // not part of "stuck"
    const QStringList expected = server().stuckJobIds(kHour);
    // Pages of 250: several pages, each keyed by the last id.
    EXPECT_EQ(collectStuck(filter, 250), expected);

    filter.workspaceId = s_workspace;
    EXPECT_EQ(collectStuck(filter, 1000), server().stuckJobIds(kHour, { s_workspace }));
}

TEST_F(ServerCountsTest, CollectingSkipsNoJobWhenTheServerChangesBetweenPages)
{
    const QStringList before = server().stuckJobIds(kHour);
    ASSERT_GT(before.size(), 600);
    // After the first page: delete one job already collected and one not reached yet. Pages
    // keyed by offset would now skip a job; pages keyed by id do not.
    const QString collected = before.at(10);
    const QString ahead = before.at(before.size() - 10);
    const QStringList ids = collectStuck(JobFilter(), 250, [&] {
        ASSERT_TRUE(server().deleteJobDirect(collected));
        ASSERT_TRUE(server().deleteJobDirect(ahead));
    });
    QStringList wanted = before;
    wanted.removeAll(ahead);
    EXPECT_EQ(ids, wanted) << "every job stuck throughout, and the one deleted after it was collected";
}

TEST_F(ServerCountsTest, ChipsAddUpToAllIncludingOther)
{
    auto poller = makePoller();
    poll(poller.get());
    qint64 sum = 0;
    for (JobStatus status : JobStatuses::kKnown)
        sum += stats.count(status);
    EXPECT_EQ(stats.unknownCount(), 5);
    EXPECT_EQ(sum + stats.unknownCount(), stats.total);
    EXPECT_EQ(stats.total, server().jobCount());
    EXPECT_EQ(stats.statusCounts.value(QStringLiteral("ERROR")), 2);
    EXPECT_EQ(stats.statusCounts.value(QString()), 2);
    EXPECT_FALSE(stats.domainJobsAdded) << "a domain admin's stat counts every job";
    EXPECT_EQ(poller->domainJobCounter()->statView(), DomainJobCounter::StatView::Complete);

    // "Other" lists exactly those jobs, alone or with a known status.
    JobFilter other;
    other.statuses = { JobStatus::Unknown };
    setFilter(poller.get(), other);
    EXPECT_EQ(serverTotal, 5);
    QStringList ids;
    for (const Job &job : *rows) {
        EXPECT_EQ(job.status, JobStatus::Unknown);
        ids.append(job.jobId);
    }
    ids.sort();
    EXPECT_EQ(ids,
              (QStringList{ QStringLiteral("job-0ther0000001"), QStringLiteral("job-0ther0000002"),
                            QStringLiteral("job-0ther0000003"), QStringLiteral("job-0ther0000004"),
                            QStringLiteral("job-0ther0000005") }));
    other.statuses = { JobStatus::Canceled, JobStatus::Unknown };
    setFilter(poller.get(), other);
    EXPECT_EQ(serverTotal, stats.count(JobStatus::Canceled) + 5);
}

TEST_F(ServerCountsTest, WorkspaceMemberChipsEqualTheRowsTheListReturns)
{
    useRole(sandbox::Role::WorkspaceMember);
    const std::vector<Job> listed
        = listEverything({ QStringLiteral("job_id"), QStringLiteral("status"), QStringLiteral("workspace_id"),
                           QStringLiteral("trusted_account_id"), QStringLiteral("plugin_id") });
    std::map<QString, qint64> byWorkspace, byStatus, byAccount, byPlugin, failuresByAccount;
    for (const Job &job : listed) {
        ++byWorkspace[job.workspaceId];
        ++byStatus[job.statusText()];
        ++byAccount[job.trustedAccountId];
        ++byPlugin[job.pluginId];
        if (job.status == JobStatus::Failure)
            ++failuresByAccount[job.trustedAccountId];
    }
    // The rule that makes this hard: the list adds the domain-level jobs, stat does not.
    ASSERT_EQ(byWorkspace.size(), 2u);
    ASSERT_GT(byWorkspace[QStringLiteral("*")], 100);
    ASSERT_GT(byWorkspace[s_workspace], 100);
    {
        JobStatReply *reply = client.stat(JobStatQuery::countBy({ QStringLiteral("status") }));
        bool done = false;
        qint64 statTotal = 0;
        QObject::connect(reply, &JobApiReply::finished, reply, [&] {
            for (qint64 n : reply->result().countsBy(QStringLiteral("status")))
                statTotal += n;
            done = true;
        });
        ASSERT_TRUE(waitUntil([&] { return done; }, kWaitMs));
        ASSERT_EQ(statTotal, byWorkspace[s_workspace]) << "stat leaves the domain-level jobs out";
    }

    auto poller = makePoller();
    poll(poller.get());
    EXPECT_EQ(poller->domainJobCounter()->statView(), DomainJobCounter::StatView::Blind);
    EXPECT_TRUE(stats.domainJobsAdded);
    EXPECT_EQ(stats.total, qint64(listed.size()));
    EXPECT_EQ(serverTotal, qint64(listed.size()));
    qint64 sum = 0;
    for (JobStatus status : JobStatuses::kKnown) {
        EXPECT_EQ(stats.count(status), byStatus[JobStatuses::toWire(status)])
            << JobStatuses::toWire(status).toStdString();
        sum += stats.count(status);
    }
    EXPECT_EQ(stats.unknownCount(), 5) << "three in the workspace, two at domain level";
    EXPECT_EQ(sum + stats.unknownCount(), stats.total) << "the chips add up to All";

    auto asMap = [](const QList<JobStats::ValueCount> &values) {
        std::map<QString, qint64> m;
        for (const JobStats::ValueCount &v : values)
            m[v.value] = v.count;
        return m;
    };
    EXPECT_EQ(asMap(stats.workspaces), byWorkspace);
    EXPECT_EQ(asMap(stats.trustedAccounts), byAccount);
    EXPECT_EQ(asMap(stats.plugins), byPlugin);
    EXPECT_EQ(poller->stuckCounter()->count(),
              server().stuckJobIds(kHour, { s_workspace, QStringLiteral("*") }).size());

    // Each facet is counted with the other filters: with "Failure" chosen, the trusted
    // accounts count failures, domain-level ones included.
    JobFilter failures;
    failures.statuses = { JobStatus::Failure };
    setFilter(poller.get(), failures);
    EXPECT_EQ(asMap(stats.trustedAccounts), failuresByAccount);
    EXPECT_EQ(stats.total, qint64(listed.size())) << "the status counts leave out the status filter";
    EXPECT_EQ(serverTotal, byStatus[QStringLiteral("FAILURE")]);

    // Only the domain-level jobs: stat sees none of them, list all.
    JobFilter domain;
    domain.workspaceId = QStringLiteral("*");
    setFilter(poller.get(), domain);
    EXPECT_EQ(stats.total, byWorkspace[QStringLiteral("*")]);
    EXPECT_EQ(serverTotal, byWorkspace[QStringLiteral("*")]);
    EXPECT_EQ(asMap(stats.workspaces), byWorkspace) << "the workspace choices leave out the workspace filter";
}

TEST_F(ServerCountsTest, TheStuckCountFollowsTheServersClockAndIsAskedOnlyWhenItCanHaveChanged)
{
    // One job of its own trusted account, last updated 55 minutes ago by the server's clock.
    JobFilter filter;
    filter.trustedAccountId = QStringLiteral("ta-crossing");
    QJsonObject job = legacyJob(QStringLiteral("job-c0ss00000001"), QStringLiteral("PENDING"), s_workspace,
                                filter.trustedAccountId);
    job.insert(QStringLiteral("updated_at"), iso(QDateTime::currentMSecsSinceEpoch() - 55 * 60 * 1000));
    ASSERT_TRUE(server().insertJobs({ job }));

    qint64 now = 0;
    StuckCounter counter(&client);
    counter.setClock([&now] { return now; });
    counter.setScope(filter);
    auto ask = [&counter] {
        bool done = false;
        QObject::connect(&counter, &StuckCounter::finished, &counter, [&] { done = true; });
        counter.start();
        EXPECT_TRUE(waitUntil([&] { return done; }, kWaitMs));
        QObject::disconnect(&counter, &StuckCounter::finished, &counter, nullptr);
        EXPECT_FALSE(counter.error().isError()) << counter.error().humanMessage().toStdString();
    };
    const qint64 interval = 10 * 1000;
    EXPECT_TRUE(counter.isDue(false, interval)) << "nothing known yet";
    ask();
    EXPECT_EQ(counter.count(), 0);
    EXPECT_TRUE(counter.isCrossingDue()) << "the job becomes stuck within the horizon";
    EXPECT_TRUE(counter.isDue(false, interval));
    ask();
    EXPECT_LT(counter.horizonMs(), StuckCounter::kMaxHorizonMs) << "the horizon narrows around a crossing";

    // Six minutes later on the server (and here): the job is stuck.
    server().setClockOffset(6 * 60 * 1000);
    now += 6 * 60 * 1000;
    ask();
    server().setClockOffset(0);
    EXPECT_EQ(counter.count(), 1);
    EXPECT_FALSE(counter.isCrossingDue());
    // Nothing else can cross before the horizon has passed, unless jobs change.
    EXPECT_FALSE(counter.isDue(false, interval));
    EXPECT_TRUE(counter.isDue(true, interval));
    now += counter.horizonMs() - interval;
    EXPECT_TRUE(counter.isDue(false, interval));
    ASSERT_TRUE(server().deleteJobDirect(QStringLiteral("job-c0ss00000001")));
}

TEST_F(ServerCountsTest, RequestsPerPollKindFollowWhatChanged)
{
    for (sandbox::Role role : { sandbox::Role::DomainAdmin, sandbox::Role::WorkspaceMember }) {
        useRole(role);
        auto poller = makePoller();
        poller->setInterval(10 * 1000); // the interval the stuck horizon is weighed against; paused
        poller->stuckCounter()->setClock([] { return qint64(0); }); // time stands still here
        struct Cost
        {
            int stuck = 0; // count_only lists of the stuck count
            int domain = 0; // lists and stats counting the domain-level jobs
            qint64 stuckBytes = 0; // their request and response bodies
            qint64 domainBytes = 0;
            RequestTraffic all;
        };
        auto measure = [&](const std::function<void()> &pollOnce) {
            server().clearRequests();
            pollOnce();
            Cost c;
            c.all = poller->state().lastTraffic;
            for (const sandbox::RecordedRequest &r : server().requests()) {
                const QByteArray body = QJsonDocument(r.body.toObject()).toJson(QJsonDocument::Compact);
                const qint64 bytes = r.rawBody.size() + r.bodyBytes;
                if (body.contains("timediff_lt") || hasFilter(r.body, QStringLiteral("updated_at"), QJsonValue())) {
                    ++c.stuck;
                    c.stuckBytes += bytes;
                } else if (hasFilter(r.body, QStringLiteral("workspace_id"), QStringLiteral("*"))) {
                    ++c.domain;
                    c.domainBytes += bytes;
                }
            }
            return c;
        };
        const Cost full = measure([&] { poll(poller.get()); });
        const Cost idle = measure([&] { poll(poller.get()); });
        // A job changes: the poll sees it and asks again.
        QJsonObject changed = legacyJob(QStringLiteral("job-c4a9ed000001"), QStringLiteral("SUCCESS"),
                                        role == sandbox::Role::DomainAdmin ? QStringLiteral("*") : s_workspace,
                                        QStringLiteral("ta-changes"));
        changed.insert(QStringLiteral("updated_at"), iso(QDateTime::currentMSecsSinceEpoch()));
        ASSERT_TRUE(server().insertJobs({ changed }));
        const Cost busy = measure([&] { poll(poller.get()); });
        ASSERT_TRUE(server().deleteJobDirect(QStringLiteral("job-c4a9ed000001")));
        ASSERT_EQ(poller->state().lastKind, PollKind::Delta);

        EXPECT_EQ(full.stuck, 3) << "stuck now, stuck within the horizon, never updated";
        EXPECT_EQ(idle.stuck, 0) << "nothing changed and no job crosses the threshold soon";
        EXPECT_EQ(idle.domain, 0);
        EXPECT_EQ(busy.stuck, 3);
        if (role == sandbox::Role::DomainAdmin) {
            EXPECT_EQ(full.domain, 2) << "the probe: does stat count domain-level jobs? (it does)";
            EXPECT_EQ(busy.domain, 0);
        } else {
            EXPECT_GT(full.domain, 6);
            EXPECT_GE(busy.domain, 6) << "the status counts of the domain-level jobs";
        }
        auto line = [](const char *kind, const Cost &c) {
            std::printf(
                "  %-18s %2d requests %8lld B · stuck %d requests %5lld B · domain-level %2d requests %6lld B\n", kind,
                c.all.requests, static_cast<long long>(c.all.total()), c.stuck, static_cast<long long>(c.stuckBytes),
                c.domain, static_cast<long long>(c.domainBytes));
        };
        std::printf("%s, 100,000 jobs, window 2,000 (bodies only):\n",
                    role == sandbox::Role::DomainAdmin ? "domain admin" : "workspace member");
        line("full", full);
        line("delta, idle", idle);
        line("delta, one change", busy);
    }
}
