// SPDX-License-Identifier: MIT
// The counts a workspace member sees come from two places: stat, which leaves the domain-level
// jobs out for such a token, and the domain-level count beside it (DomainJobCounter). Here one
// of those requests at a time fails, through a front before the sandbox, while the jobs stay
// still: every count shown must stay what it was. A failing facet keeps its last count (never
// zero), and the facets counted again do not get the domain-level jobs added a second time.
#include "relay.h"
#include "testsupport.h"

#include "api/jobapiclient.h"
#include "api/requestpolicy.h"
#include "poll/domainjobcounter.h"
#include "poll/poller.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QTest>

#include <gtest/gtest.h>

#include <functional>

namespace {
QString groupKeyOf(const RecordedRequest &r)
{
    const QJsonObject query = r.json().value(QLatin1String("query")).toObject();
    const QJsonArray keys = query.value(QLatin1String("aggregate"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QLatin1String("group"))
                                .toObject()
                                .value(QLatin1String("keys"))
                                .toArray();
    return keys.at(0).toObject().value(QLatin1String("key")).toString();
}

// Asks about domain-level jobs only: DomainJobCounter's requests.
bool asksDomainLevelJobs(const RecordedRequest &r)
{
    const QJsonObject query = r.json().value(QLatin1String("query")).toObject();
    for (const QJsonValue &f : query.value(QLatin1String("filter")).toArray()) {
        if (f.toObject().value(QLatin1String("k")).toString() == QLatin1String("workspace_id")
            && f.toObject().value(QLatin1String("v")).toString() == QLatin1String("*"))
            return true;
    }
    return false;
}

// A count_only list of domain-level jobs.
bool isDomainLevelCount(const RecordedRequest &r)
{
    return r.verb() == QLatin1String("list")
        && r.json().value(QLatin1String("query")).toObject().value(QLatin1String("count_only")).toBool()
        && asksDomainLevelJobs(r);
}

class KeptCountsTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        sandbox::SandboxOptions options;
        options.initialJobs = 600;
        options.seed = 5;
        QString error;
        ASSERT_TRUE(server.start(options, &error)) << error.toStdString();
        server.setSimulationPaused(true); // the jobs stay still: every count must too
        const quint16 port = quint16(server.baseUrl().port());
        front.setHandler([this, port](const RecordedRequest &r) {
            if (failing && failing(r))
                return FakeResponse::json(503, R"({"detail":{"code":"ERROR_GRPC_CONNECTION","message":" down"}})");
            return relayTo(port, r);
        });
        ASSERT_TRUE(front.listen());

        ApiEndpoint endpoint;
        endpoint.baseUrl = front.url();
        endpoint.token = server.tokenFor(sandbox::Role::WorkspaceMember, server.workspaceIds().value(0));
        endpoint.timeoutMs = 30000;
        client.setEndpoint(endpoint);
        client.setRequestPolicy(RequestPolicy::singleAttempt());
        poller.setInterval(3600 * 1000); // polls happen when the test asks
        poller.setJitter(0);
        poller.setDeltaPolling(false); // every poll counts every facet
        QObject::connect(&poller, &Poller::statsReady, &poller, [this](const JobStats &s) { stats.append(s); });
        QObject::connect(&poller, &Poller::jobsUpdated, &poller,
                         [this](qint64 total, bool, quint64) { serverTotal = total; });
        poller.pause();
    }

    void poll()
    {
        poller.refreshNow();
        ASSERT_TRUE(waitUntil([&] { return !poller.isPolling(); }, 60000));
    }

    static void expectSameCounts(const JobStats &a, const JobStats &b, const char *what)
    {
        SCOPED_TRACE(what);
        EXPECT_EQ(a.statusCounts, b.statusCounts);
        EXPECT_EQ(a.domainStatusCounts, b.domainStatusCounts);
        EXPECT_EQ(a.total, b.total);
        EXPECT_EQ(a.workspaces, b.workspaces);
        EXPECT_EQ(a.trustedAccounts, b.trustedAccounts);
        EXPECT_EQ(a.plugins, b.plugins);
    }

    sandbox::SandboxServer server;
    FakeHttpServer front;
    std::function<bool(const RecordedRequest &)> failing;
    JobApiClient client;
    Poller poller{ &client };
    QList<JobStats> stats;
    qint64 serverTotal = -1;
};
} // namespace

TEST_F(KeptCountsTest, AFailingFacetOrDomainLevelCountChangesNoCountShown)
{
    poll();
    ASSERT_FALSE(stats.isEmpty());
    ASSERT_FALSE(poller.state().statsError.isError()) << poller.state().statsError.humanMessage().toStdString();
    ASSERT_EQ(poller.domainJobCounter()->statView(), DomainJobCounter::StatView::Blind);
    const JobStats baseline = stats.last();
    ASSERT_TRUE(baseline.domainJobsAdded);
    ASSERT_FALSE(baseline.domainStatusCounts.isEmpty()) << "the sandbox has domain-level jobs in this view";
    // With the domain-level jobs added, the counts cover what list shows this token.
    EXPECT_EQ(baseline.total, serverTotal);
    qint64 accounts = 0;
    for (const JobStats::ValueCount &v : baseline.trustedAccounts)
        accounts += v.count;
    EXPECT_EQ(accounts, serverTotal);

    for (const QString &field : JobStats::facetFields()) {
        failing = [field](const RecordedRequest &r) {
            return r.verb() == QLatin1String("stat") && groupKeyOf(r) == field && !asksDomainLevelJobs(r);
        };
        poll();
        EXPECT_EQ(poller.state().statsError.httpStatus, 503) << field.toStdString();
        ASSERT_FALSE(stats.isEmpty());
        expectSameCounts(stats.last(), baseline, qPrintable(QStringLiteral("stat by ") + field + " failed"));
    }

    // The domain-level count fails: stat's own counts lack those jobs, so none is taken.
    const qsizetype before = stats.size();
    failing = isDomainLevelCount;
    poll();
    EXPECT_EQ(poller.state().statsError.httpStatus, 503);
    EXPECT_EQ(stats.size(), before) << "counts without the domain-level jobs were shown";
    expectSameCounts(stats.last(), baseline, "the domain-level count failed");

    failing = {};
    poll();
    EXPECT_FALSE(poller.state().statsError.isError());
    expectSameCounts(stats.last(), baseline, "every request answered again");
}
