// SPDX-License-Identifier: MIT
// Conformance of stat: aggregate stages, distinct, page/total_count, numbers as doubles and the
// errors MongoModel.stat raises (spaceone-job-api.md section 3, StatisticsQuery).
#include "sandboxfixture.h"

#include <QJsonArray>

using namespace sandboxtest;

namespace {

class SandboxStat : public FixtureSandboxTest
{
protected:
    static HttpResult stat(const QByteArray &query) { return admin().stat("{\"query\":" + query + "}"); }
    static QString dbQuery(const QString &reason)
    {
        return QStringLiteral(" Database query failed. (reason = %1)").arg(reason);
    }
};

const QByteArray kByStatus
    = R"({"group":{"keys":[{"key":"status","name":"status"}],"fields":[{"operator":"count","name":"count"}]}})";

} // namespace

TEST_F(SandboxStat, GroupCountSortedWithDoubles)
{
    const auto r = stat("{\"aggregate\":[" + kByStatus + R"(,{"sort":[{"key":"count","desc":true}]}]})");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(
        r.body,
        R"({"results":[{"status":"SUCCESS","count":6.0},{"status":"FAILURE","count":3.0},)"
        R"({"status":"CANCELED","count":1.0},{"status":"IN_PROGRESS","count":1.0},{"status":"PENDING","count":1.0}]})");
}

TEST_F(SandboxStat, SortByGroupKeyName)
{
    const auto r = stat("{\"aggregate\":[" + kByStatus + R"(,{"sort":[{"key":"status"}]}]})");
    EXPECT_EQ(
        r.body,
        R"({"results":[{"status":"CANCELED","count":1.0},{"status":"FAILURE","count":3.0},)"
        R"({"status":"IN_PROGRESS","count":1.0},{"status":"PENDING","count":1.0},{"status":"SUCCESS","count":6.0}]})");
}

TEST_F(SandboxStat, CountStage)
{
    EXPECT_EQ(stat(R"({"aggregate":[{"count":{"name":"total"}}]})").body, R"({"results":[{"total":12.0}]})");
    EXPECT_EQ(
        stat(R"({"filter":[{"k":"status","v":"PENDING","o":"eq"}],"aggregate":[{"count":{"name":"total"}}]})").body,
        R"({"results":[{"total":1.0}]})");
    EXPECT_EQ(stat(R"({"filter":[{"k":"status","v":"NOPE","o":"eq"}],"aggregate":[{"count":{"name":"total"}}]})").body,
              R"({"results":[]})");
}

TEST_F(SandboxStat, Distinct)
{
    EXPECT_EQ(stat(R"({"distinct":"status"})").body,
              R"({"results":["CANCELED","FAILURE","IN_PROGRESS","PENDING","SUCCESS"]})");
    EXPECT_EQ(stat(R"({"distinct":"status","page":{"start":2,"limit":2}})").body,
              R"({"total_count":5.0,"results":["FAILURE","IN_PROGRESS"]})");
    EXPECT_EQ(stat(R"({"distinct":"workspace_id"})").body,
              R"({"results":["*","workspace-aaaaaaaaaaaa","workspace-bbbbbbbbbbbb"]})");
    // An unknown field has no values.
    EXPECT_EQ(stat(R"({"distinct":"nope"})").body, R"({"results":[]})");
    // None and strings cannot be sorted together in Python: the values keep MongoDB's order.
    const QJsonArray messages
        = stat(R"({"distinct":"error_message"})").json().value(QStringLiteral("results")).toArray();
    ASSERT_EQ(messages.size(), 4);
    EXPECT_TRUE(messages.at(0).isNull());
}

TEST_F(SandboxStat, GroupFieldOperators)
{
    const auto r = stat(R"({"aggregate":[{"group":{"keys":[{"key":"workspace_id","name":"workspace"}],"fields":[)"
                        R"({"operator":"count","name":"jobs"},)"
                        R"({"key":"job_id","operator":"min","name":"min"},)"
                        R"({"key":"job_id","operator":"max","name":"max"},)"
                        R"({"key":"job_id","operator":"first","name":"first"},)"
                        R"({"key":"job_id","operator":"last","name":"last"},)"
                        R"({"key":"job_id","operator":"sum","name":"sum"},)"
                        R"({"key":"job_id","operator":"average","name":"avg"},)"
                        R"({"key":"plugin_id","operator":"add_to_set","name":"plugins"}]}},)"
                        R"({"sort":[{"key":"workspace"}]}]})");
    ASSERT_EQ(r.status, 200) << r.body.toStdString();
    const QJsonArray rows = r.json().value(QStringLiteral("results")).toArray();
    ASSERT_EQ(rows.size(), 3);
    const QJsonObject a = rows.at(1).toObject();
    EXPECT_EQ(a.value(QStringLiteral("workspace")).toString(), kWorkspaceA);
    EXPECT_EQ(a.value(QStringLiteral("jobs")).toDouble(), 5.0);
    EXPECT_EQ(a.value(QStringLiteral("min")).toString(), QStringLiteral("job-000000000001"));
    EXPECT_EQ(a.value(QStringLiteral("max")).toString(), QStringLiteral("job-00000000000b"));
    EXPECT_EQ(a.value(QStringLiteral("first")).toString(), QStringLiteral("job-000000000001"));
    EXPECT_EQ(a.value(QStringLiteral("last")).toString(), QStringLiteral("job-00000000000b"));
    EXPECT_EQ(a.value(QStringLiteral("sum")).toDouble(), 0.0); // $sum ignores strings
    EXPECT_TRUE(a.value(QStringLiteral("avg")).isNull()); // $avg of no number
    QStringList plugins;
    for (const QJsonValue &p : a.value(QStringLiteral("plugins")).toArray())
        plugins << p.toString();
    plugins.sort();
    EXPECT_EQ(plugins,
              (QStringList{ QStringLiteral("plugin-aws-cloud-service-inven-collector"),
                            QStringLiteral("plugin-aws-ec2-inven-collector") }));
    EXPECT_TRUE(r.body.contains(R"("jobs":5.0)"));
    EXPECT_TRUE(r.body.contains(R"("sum":0.0)"));
    EXPECT_TRUE(r.body.contains(R"("avg":null)"));
}

TEST_F(SandboxStat, CountWithConditions)
{
    const auto r = stat(
        R"({"aggregate":[{"group":{"keys":[{"key":"workspace_id","name":"ws"}],"fields":[)"
        R"({"operator":"count","name":"failed","conditions":[{"key":"status","value":"FAILURE","operator":"eq"}]}]}},)"
        R"({"sort":[{"key":"ws"}]}]})");
    EXPECT_EQ(r.body,
              R"({"results":[{"ws":"*","failed":1.0},{"ws":"workspace-aaaaaaaaaaaa","failed":2.0},)"
              R"({"ws":"workspace-bbbbbbbbbbbb","failed":0.0}]})");
}

TEST_F(SandboxStat, GroupByDay)
{
    const auto r
        = stat(R"({"aggregate":[{"group":{"keys":[{"key":"created_at","name":"date","date_format":"%Y-%m-%d"}],)"
               R"("fields":[{"operator":"count","name":"count"}]}},{"sort":[{"key":"date"}]}]})");
    EXPECT_EQ(
        r.body,
        R"({"results":[{"date":"2024-06-10","count":1.0},{"date":"2024-06-11","count":1.0},)"
        R"({"date":"2024-06-12","count":1.0},{"date":"2024-06-13","count":1.0},{"date":"2024-06-14","count":1.0},)"
        R"({"date":"2024-06-15","count":1.0},{"date":"2024-06-16","count":2.0},{"date":"2024-06-17","count":4.0}]})");
    EXPECT_EQ(stat(R"({"aggregate":[{"group":{"keys":[{"key":"created_at","name":"year","date_format":"year"}],)"
                   R"("fields":[{"operator":"count","name":"count"}]}}]})")
                  .body,
              R"({"results":[{"year":2024.0,"count":12.0}]})");
}

TEST_F(SandboxStat, DatesCannotGoIntoAStruct)
{
    // identity returns the datetime as is and ParseDict(response, Struct()) fails on it.
    const auto r = stat(R"({"aggregate":[{"group":{"keys":[{"key":"status","name":"status"}],)"
                        R"("fields":[{"key":"created_at","operator":"max","name":"latest"}]}}]})");
    EXPECT_TRUE(isError(r, 500, "ERROR_UNKNOWN",
                        QStringLiteral(" Value 2024-06-17 10:00:00 has unexpected type <class 'datetime.datetime'> at "
                                       "Struct.results[0].latest")));
    const auto raw = stat(R"({"aggregate":[{"limit":1}]})");
    EXPECT_TRUE(isError(raw, 500, "ERROR_UNKNOWN",
                        QStringLiteral(" Value 2024-06-10 01:00:00 has unexpected type <class 'datetime.datetime'> at "
                                       "Struct.results[0].created_at")));
}

TEST_F(SandboxStat, PageAddsTotalCount)
{
    const auto r
        = stat("{\"aggregate\":[" + kByStatus + R"(,{"sort":[{"key":"count","desc":true}]}],"page":{"limit":2}})");
    EXPECT_EQ(r.body,
              R"({"total_count":5.0,"results":[{"status":"SUCCESS","count":6.0},{"status":"FAILURE","count":3.0}]})");
    const auto second = stat("{\"aggregate\":[" + kByStatus
                             + R"(,{"sort":[{"key":"count","desc":true}]}],"page":{"start":5,"limit":2}})");
    EXPECT_EQ(second.body, R"({"total_count":5.0,"results":[{"status":"PENDING","count":1.0}]})");
}

TEST_F(SandboxStat, LimitSkipAndProjectStages)
{
    const auto r
        = stat("{\"aggregate\":[" + kByStatus + R"(,{"sort":[{"key":"count","desc":true}]},{"skip":1},{"limit":2}]})");
    EXPECT_EQ(r.body, R"({"results":[{"status":"FAILURE","count":3.0},{"status":"CANCELED","count":1.0}]})");
    const auto projected
        = stat("{\"aggregate\":[" + kByStatus
               + R"(,{"sort":[{"key":"status"}]},{"limit":1},{"project":{"fields":[{"key":"count","name":"n"}]}}]})");
    EXPECT_EQ(projected.body, R"({"results":[{"status":"CANCELED","n":1.0}]})");
    const auto excluded = stat(
        "{\"aggregate\":[" + kByStatus
        + R"(,{"sort":[{"key":"status"}]},{"limit":1},{"project":{"fields":[{"key":"count","name":"n"}],"exclude_keys":true}}]})");
    EXPECT_EQ(excluded.body, R"({"results":[{"n":1.0}]})");
}

TEST_F(SandboxStat, WithoutAggregateOrDistinctIsRequiredParameter)
{
    for (const QByteArray &body :
         { QByteArray("{}"), QByteArray(R"({"query":{}})"), QByteArray(R"({"query":{"distinct":""}})") }) {
        EXPECT_TRUE(isError(admin().stat(body), 400, "ERROR_REQUIRED_PARAMETER",
                            QStringLiteral(" Required parameter. (key = aggregate)")))
            << body.toStdString();
    }
}

TEST_F(SandboxStat, MalformedStagesAreDatabaseErrors)
{
    EXPECT_TRUE(isError(
        stat(
            R"({"aggregate":[{"group":{"keys":[{"key":"status","name":"s"}],"fields":[{"operator":"median","name":"m","key":"x"}]}}]})"),
        500, "ERROR_DB_QUERY",
        dbQuery(QStringLiteral("Database query failed. (reason = 'aggregate.group.fields' condition's median "
                               "operator is not supported. (supported_operator = ['count', 'sum', 'average', "
                               "'max', 'min', 'first', 'last', 'push', 'add_to_set', 'merge_objects']))"))));
    EXPECT_TRUE(
        isError(stat(R"({"aggregate":[{"group":{}}]})"), 500, "ERROR_DB_QUERY",
                dbQuery(QStringLiteral("Required parameter. (key = aggregate.group.keys || aggregate.group.fields)"))));
    EXPECT_TRUE(isError(
        stat(R"({"aggregate":[{}]})"), 500, "ERROR_DB_QUERY",
        dbQuery(QStringLiteral("Required parameter. (key = aggregate.unwind or aggregate.group or aggregate.count "
                               "or aggregate.sort or aggregate.project or aggregate.limit or aggregate.skip)"))));
    EXPECT_TRUE(isError(stat(R"({"aggregate":[{"sort":[{"desc":true}]}]})"), 500, "ERROR_DB_QUERY",
                        dbQuery(QStringLiteral("'key'"))));
    EXPECT_TRUE(isError(
        stat(
            R"({"aggregate":[{"group":{"keys":[{"key":"status","name":"s"}]}},{"group":{"keys":[{"key":"s","name":"x"}],"fields":[{"operator":"sum","name":"y"}]}}]})"),
        500, "ERROR_DB_QUERY",
        dbQuery(QStringLiteral("Database query failed. (reason = 'aggregate.group.fields' condition requires a "
                               "key: {'name': 'y', 'operator': 'sum'})"))));
    // A stage is a oneof: one kind per array element.
    EXPECT_EQ(stat(R"({"aggregate":[{"limit":1,"skip":1}]})").status, 500);
}

TEST_F(SandboxStat, FiltersAndUnknownFieldsInStat)
{
    EXPECT_EQ(
        stat(R"({"filter":[{"k":"status","v":["FAILURE","CANCELED"],"o":"in"}],"aggregate":[{"count":{"name":"n"}}]})")
            .body,
        R"({"results":[{"n":4.0}]})");
    EXPECT_TRUE(isError(stat(R"({"filter":[{"k":"foo","v":1,"o":"eq"}],"aggregate":[{"count":{"name":"n"}}]})"), 500,
                        "ERROR_DB_QUERY", dbQuery(QStringLiteral("Cannot resolve field \"foo\""))));
}
