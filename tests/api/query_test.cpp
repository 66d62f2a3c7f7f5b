// SPDX-License-Identifier: MIT
#include "apitestutil.h"

#include "api/apiendpoint.h"
#include "api/joblister.h"
#include "api/jobquery.h"
#include "model/jobfilter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {
// Compares as JSON values (key order does not matter on the wire) but prints compact text.
void expectJson(const QJsonObject &actual, const char *expected)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray(expected), &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << "bad expectation: " << expected;
    EXPECT_EQ(actual, doc.object()) << "actual:   "
                                    << QJsonDocument(actual).toJson(QJsonDocument::Compact).toStdString()
                                    << "\nexpected: " << expected;
}

QJsonObject filtersAsObject(const QList<QueryFilter> &filters)
{
    QJsonArray array;
    for (const QueryFilter &f : filters)
        array.append(f.toJson());
    return { { QStringLiteral("filter"), array } };
}
} // namespace

TEST(JobQuery, EmptyRequestIsAnEmptyObject)
{
    expectJson(JobQuery().toJson(), "{}");
    expectJson(JobListRequest().toJson(), "{}");
}

TEST(JobQuery, FullQuery)
{
    JobQuery q;
    q.filter = { QueryFilter::statusIn({ JobStatus::Failure, JobStatus::Canceled }),
                 { QStringLiteral("created_at"), QStringLiteral("timediff_gte"), QStringLiteral("now/d - 7d") } };
    q.filterOr = { QueryFilter::eq(QStringLiteral("plugin_id"), QStringLiteral("plugin-a")) };
    q.sort = { { QStringLiteral("created_at"), true } };
    q.pageStart = 1;
    q.pageLimit = 15;
    q.keyword = QStringLiteral("job-58");
    expectJson(q.toJson(), R"({"filter":[{"k":"status","v":["FAILURE","CANCELED"],"o":"in"},
                                       {"k":"created_at","v":"now/d - 7d","o":"timediff_gte"}],
                              "filter_or":[{"k":"plugin_id","v":"plugin-a","o":"eq"}],
                              "sort":[{"key":"created_at","desc":true}],
                              "page":{"start":1,"limit":15},
                              "keyword":"job-58"})");
}

TEST(JobQuery, ListRequestTopLevelFields)
{
    JobListRequest r;
    r.trustedAccountId = QStringLiteral("ta-123456789012");
    r.pluginId = QStringLiteral("plugin-x");
    r.jobId = QStringLiteral("job-1");
    r.workspaceId = QStringLiteral("workspace-abc");
    r.query.countOnly = true;
    expectJson(r.toJson(), R"({"trusted_account_id":"ta-123456789012","plugin_id":"plugin-x","job_id":"job-1",
                               "workspace_id":"workspace-abc","query":{"count_only":true}})");
}

TEST(JobQuery, ListerPagesNewestFirstWithAStableTieBreak)
{
    expectJson(JobLister::pagedQuery(JobQuery(), 1001, 1000).toJson(),
               R"({"sort":[{"key":"created_at","desc":true},{"key":"job_id","desc":true}],
                   "page":{"start":1001,"limit":1000}})");
    JobQuery byFinished;
    byFinished.sort = { { QStringLiteral("finished_at"), false } };
    expectJson(JobLister::pagedQuery(byFinished, 1, 50).toJson(),
               R"({"sort":[{"key":"finished_at","desc":false},{"key":"job_id","desc":false}],
                   "page":{"start":1,"limit":50}})");
    JobQuery byId;
    byId.sort = { { QStringLiteral("job_id"), true } };
    expectJson(JobLister::pagedQuery(byId, 1, 10).toJson(),
               R"({"sort":[{"key":"job_id","desc":true}],"page":{"start":1,"limit":10}})");
}

TEST(JobStatQuery, CountByStatus)
{
    expectJson(JobStatQuery::countBy(
                   { QStringLiteral("status") },
                   { QueryFilter::eq(QStringLiteral("trusted_account_id"), QStringLiteral("ta-123456789012")) })
                   .toJson(),
               R"({"query":{
                    "filter":[{"k":"trusted_account_id","v":"ta-123456789012","o":"eq"}],
                    "aggregate":[
                      {"group":{"keys":[{"key":"status","name":"status"}],
                                "fields":[{"operator":"count","name":"count"}]}},
                      {"sort":[{"key":"count","desc":true}]}]}})");
}

TEST(JobStatQuery, DistinctAndEmpty)
{
    expectJson(JobStatQuery::distinctOf(QStringLiteral("status")).toJson(), R"({"query":{"distinct":"status"}})");
    // query is required by the request model, so even an empty one is sent.
    expectJson(JobStatQuery().toJson(), R"({"query":{}})");
}

TEST(JobFilter, ServerFiltersForEachCombination)
{
    JobFilter f;
    expectJson(filtersAsObject(f.serverFilters()), R"({"filter":[]})");

    f.statuses = { JobStatus::Failure };
    expectJson(filtersAsObject(f.serverFilters()), R"({"filter":[{"k":"status","v":"FAILURE","o":"eq"}]})");

    f.statuses = { JobStatus::Pending, JobStatus::InProgress };
    f.workspaceId = QStringLiteral("*");
    f.trustedAccountId = QStringLiteral("ta-123456789012");
    f.pluginId = QStringLiteral("plugin-aws");
    f.text = QStringLiteral("client side only");
    expectJson(filtersAsObject(f.serverFilters()), R"({"filter":[
                  {"k":"status","v":["PENDING","IN_PROGRESS"],"o":"in"},
                  {"k":"workspace_id","v":"*","o":"eq"},
                  {"k":"trusted_account_id","v":"ta-123456789012","o":"eq"},
                  {"k":"plugin_id","v":"plugin-aws","o":"eq"}]})");
}

TEST(JobFilter, StuckOnlyNarrowsToActiveStatuses)
{
    JobFilter f;
    f.stuckOnly = true;
    expectJson(filtersAsObject(f.serverFilters()),
               R"({"filter":[{"k":"status","v":["PENDING","IN_PROGRESS"],"o":"in"}]})");
    f.statuses = { JobStatus::Pending, JobStatus::Failure };
    expectJson(filtersAsObject(f.serverFilters()), R"({"filter":[{"k":"status","v":"PENDING","o":"eq"}]})");
    // Nothing finished can be stuck: the server is asked for no status at all.
    f.statuses = { JobStatus::Success };
    expectJson(filtersAsObject(f.serverFilters()), R"({"filter":[{"k":"status","v":[],"o":"in"}]})");
}

TEST(QueryFilter, StatusInDropsDuplicatesAndUnknown)
{
    expectJson(QueryFilter::statusIn({ JobStatus::Success, JobStatus::Success, JobStatus::Unknown }).toJson(),
               R"({"k":"status","v":"SUCCESS","o":"eq"})");
}

TEST(ApiEndpoint, BuildsDirectoryPathsInBothStyles)
{
    ApiEndpoint e;
    e.baseUrl = QUrl(QStringLiteral("https://console-v2.api.example.com/api/"));
    const auto url = [&e](ApiResource resource) { return e.urlFor(resource, QStringLiteral("list")).path(); };
    EXPECT_EQ(url(ApiResource::Workspace), QStringLiteral("/api/identity/workspace/list"));
    EXPECT_EQ(url(ApiResource::TrustedAccount), QStringLiteral("/api/identity/trusted-account/list"));
    EXPECT_EQ(url(ApiResource::Plugin), QStringLiteral("/api/repository/plugin/list"));
    e.pathStyle = PathStyle::V2;
    EXPECT_EQ(url(ApiResource::Workspace), QStringLiteral("/api/identity/v2/workspace/list"));
    EXPECT_EQ(url(ApiResource::TrustedAccount), QStringLiteral("/api/identity/v2/trusted-account/list"));
    EXPECT_EQ(url(ApiResource::Plugin), QStringLiteral("/api/repository/v1/plugin/list"));
    EXPECT_EQ(url(ApiResource::Job), QStringLiteral("/api/identity/v2/job/list"));
}

TEST(ApiEndpoint, BuildsBothPathStyles)
{
    ApiEndpoint e;
    e.baseUrl = QUrl(QStringLiteral("https://console-v2.api.example.com"));
    EXPECT_EQ(e.urlFor(QStringLiteral("list")).toString(),
              QStringLiteral("https://console-v2.api.example.com/identity/job/list"));
    e.pathStyle = PathStyle::V2;
    e.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:8082/prefix/"));
    EXPECT_EQ(e.urlFor(QStringLiteral("stat")).toString(),
              QStringLiteral("http://127.0.0.1:8082/prefix/identity/v2/job/stat"));
    EXPECT_TRUE(e.isValid());
    e.baseUrl = QUrl(QStringLiteral("ftp://example.com"));
    EXPECT_FALSE(e.isValid());
    e.baseUrl = QUrl(QStringLiteral("example.com"));
    EXPECT_FALSE(e.isValid());

    PathStyle style = PathStyle::Console;
    EXPECT_TRUE(ApiEndpoint::parsePathStyle(QStringLiteral("V2"), &style));
    EXPECT_EQ(style, PathStyle::V2);
    EXPECT_FALSE(ApiEndpoint::parsePathStyle(QStringLiteral("grpc"), &style));
}
