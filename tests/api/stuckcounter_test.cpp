// SPDX-License-Identifier: MIT
// The stuck count's requests, against a loopback server that answers each count by its filters:
// the jobs without updated_at (which a real server never stores, but the app judges by created_at
// then) are counted only when some exist, and every part is added up.
#include "apitestutil.h"
#include "fakehttpserver.h"
#include "manualtimersource.h"

#include "api/jobapiclient.h"
#include "model/jobfilter.h"
#include "poll/stuckcounter.h"

#include <gtest/gtest.h>

namespace {

QString filterValue(const QJsonArray &filters, const QString &key, const QString &op)
{
    for (const QJsonValue &f : filters) {
        const QJsonObject o = f.toObject();
        if (o.value(QLatin1String("k")).toString() == key && o.value(QLatin1String("o")).toString() == op)
            return o.value(QLatin1String("v")).isNull() ? QStringLiteral("null")
                                                        : o.value(QLatin1String("v")).toString();
    }
    return {};
}

class StuckCounterTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(server.listen());
        server.setHandler([this](const RecordedRequest &r) {
            const QJsonObject query = r.json().value(QLatin1String("query")).toObject();
            const QJsonArray filters = query.value(QLatin1String("filter")).toArray();
            EXPECT_TRUE(query.value(QLatin1String("count_only")).toBool());
            EXPECT_EQ(filterValue(filters, QStringLiteral("plugin_id"), QStringLiteral("eq")), QStringLiteral("p"));
            EXPECT_TRUE(filterValue(filters, QStringLiteral("status"), QStringLiteral("eq")).isEmpty())
                << "the status filter plays no part";
            const bool never = filterValue(filters, QStringLiteral("updated_at"), QStringLiteral("eq")) == u"null";
            const QString updated = filterValue(filters, QStringLiteral("updated_at"), QStringLiteral("timediff_lt"));
            const QString created = filterValue(filters, QStringLiteral("created_at"), QStringLiteral("timediff_lt"));
            qint64 n = -1;
            if (!never && updated == u"now - 3600s")
                n = 10;
            else if (!never && updated == u"now - 1800s")
                n = 10; // nothing with updated_at crosses within 30 min
            else if (never && created.isEmpty())
                n = neverUpdated;
            else if (never && created == u"now - 3600s")
                n = 2;
            else if (never && created == u"now - 1800s")
                n = 3; // one crosses within 30 min
            EXPECT_GE(n, 0) << r.body.toStdString();
            return FakeResponse::json(200, n > 0 ? QStringLiteral(R"({"total_count":%1})").arg(n).toUtf8() : "{}");
        });
        ApiEndpoint endpoint;
        endpoint.baseUrl = server.url();
        endpoint.token = QStringLiteral("test-token");
        client.setTimerSource(&timers);
        client.setEndpoint(endpoint);
        filter.pluginId = QStringLiteral("p");
        filter.statuses = { JobStatus::Failure };
        counter.setScope(filter);
        counter.setClock([this] { return now; });
    }

    void ask()
    {
        bool done = false;
        QObject::connect(&counter, &StuckCounter::finished, &counter, [&] { done = true; });
        counter.start();
        ASSERT_TRUE(waitUntil([&] { return done; }));
        QObject::disconnect(&counter, &StuckCounter::finished, &counter, nullptr);
        ASSERT_FALSE(counter.error().isError()) << counter.error().humanMessage().toStdString();
    }

    FakeHttpServer server;
    ManualTimerSource timers; // the client's retry backoffs; outlives the client
    JobApiClient client;
    StuckCounter counter{ &client };
    JobFilter filter;
    qint64 neverUpdated = 0;
    qint64 now = 0;
};

} // namespace

TEST_F(StuckCounterTest, JobsWithoutUpdatedAtAreAskedOnlyWhenThereAreAny)
{
    ask();
    EXPECT_EQ(server.requests().size(), 3);
    EXPECT_EQ(counter.count(), 10);
    EXPECT_FALSE(counter.isCrossingDue());
    EXPECT_EQ(counter.horizonMs(), 30 * 60 * 1000);
}

TEST_F(StuckCounterTest, JobsWithoutUpdatedAtAreJudgedByCreatedAt)
{
    neverUpdated = 4;
    ask();
    EXPECT_EQ(server.requests().size(), 5);
    EXPECT_EQ(counter.count(), 12);
    EXPECT_TRUE(counter.isCrossingDue()) << "one of them crosses within the horizon";
}

TEST_F(StuckCounterTest, TheHorizonWidensAwayFromACrossingAndIsNeverPastHalfTheThreshold)
{
    const qint64 interval = 10 * 1000;
    ask();
    EXPECT_FALSE(counter.isDue(false, interval));
    now += 30 * 60 * 1000 - interval - 1;
    EXPECT_FALSE(counter.isDue(false, interval));
    now += 1;
    EXPECT_TRUE(counter.isDue(false, interval)) << "the next poll would come after the horizon";
    ask();
    EXPECT_FALSE(counter.isDue(false, interval));
    now -= 60 * 60 * 1000; // the desktop's clock set back an hour
    EXPECT_TRUE(counter.isDue(false, interval)) << "asked again, not an hour later";

    // A 10-minute threshold: the horizon stays within 5 minutes.
    filter.stuckThresholdMs = 10 * 60 * 1000;
    counter.setScope(filter);
    EXPECT_EQ(counter.count(), -1) << "another question: nothing known";
    EXPECT_TRUE(counter.isDue(false, interval));
    server.setHandler([](const RecordedRequest &r) {
        const QJsonArray filters
            = r.json().value(QLatin1String("query")).toObject().value(QLatin1String("filter")).toArray();
        const QString updated = filterValue(filters, QStringLiteral("updated_at"), QStringLiteral("timediff_lt"));
        EXPECT_TRUE(updated == u"now - 600s" || updated == u"now - 300s" || updated.isEmpty()) << updated.toStdString();
        return FakeResponse::json(200, "{}");
    });
    ask();
    EXPECT_EQ(counter.horizonMs(), 5 * 60 * 1000);
    EXPECT_EQ(counter.count(), 0);
}

TEST_F(StuckCounterTest, AFailedAskIsAskedAgainAndKeepsNoNumber)
{
    server.setHandler([](const RecordedRequest &) {
        return FakeResponse::json(503, R"({"detail":{"code":"ERROR_GRPC_CONNECTION","message":" down"}})");
    });
    bool done = false;
    QObject::connect(&counter, &StuckCounter::finished, &counter, [&] { done = true; });
    counter.start();
    // Each answer as it comes; the retries' backoffs pass on the test's clock.
    ASSERT_TRUE(settleOnManualClock(client, timers, [&] { return done; }));
    EXPECT_GT(server.requests().size(), 2) << "asked again after a 503";
    EXPECT_EQ(counter.error().httpStatus, 503);
    EXPECT_EQ(counter.count(), -1);
    EXPECT_TRUE(counter.isDue(false, 10000));
}

TEST(StuckQueries, AskTheServersClockForEveryStatus)
{
    JobFilter f;
    f.statuses = { JobStatus::Success };
    f.workspaceId = QStringLiteral("*");
    f.stuckThresholdMs = 90 * 60 * 1000 + 1;
    const QList<QList<QueryFilter>> parts = StuckCounter::stuckQueries(f);
    ASSERT_EQ(parts.size(), 2);
    QJsonArray updated, created;
    for (const QueryFilter &q : parts.at(0))
        updated.append(q.toJson());
    for (const QueryFilter &q : parts.at(1))
        created.append(q.toJson());
    EXPECT_EQ(updated,
              QJsonDocument::fromJson(R"([{"k":"workspace_id","v":"*","o":"eq"},
        {"k":"status","v":["PENDING","IN_PROGRESS"],"o":"in"},
        {"k":"updated_at","v":"now - 5401s","o":"timediff_lt"}])")
                  .array());
    EXPECT_EQ(created,
              QJsonDocument::fromJson(R"([{"k":"workspace_id","v":"*","o":"eq"},
        {"k":"status","v":["PENDING","IN_PROGRESS"],"o":"in"},
        {"k":"updated_at","v":null,"o":"eq"},
        {"k":"created_at","v":"now - 5401s","o":"timediff_lt"}])")
                  .array());
    EXPECT_EQ(StuckCounter::serverAgo(-90 * 1000), QStringLiteral("now + 90s"));
}
