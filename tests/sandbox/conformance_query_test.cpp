// SPDX-License-Identifier: MIT
// Conformance of list queries: filter operators, filter_or, top-level fields, paging, sort, only,
// minimal, count_only, keyword and the response format (spaceone-job-api.md sections 1 and 3).
#include "sandboxfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace sandboxtest;

namespace {

class SandboxQuery : public FixtureSandboxTest
{
protected:
    // The ids a list with this `query` returns, newest first.
    static QStringList ids(const QByteArray &queryJson)
    {
        const auto r = admin().list("{\"query\":" + queryJson + "}");
        EXPECT_EQ(r.status, 200) << r.body.toStdString();
        return jobIds(r);
    }
    static QStringList filter(const QByteArray &conditions) { return ids("{\"filter\":[" + conditions + "]}"); }
    static QStringList list(std::initializer_list<const char *> suffixes)
    {
        QStringList out;
        for (const char *s : suffixes)
            out << QStringLiteral("job-0000000000") + QString::fromLatin1(s);
        return out;
    }
    static QString dbQuery(const QString &reason)
    {
        return QStringLiteral(" Database query failed. (reason = %1)").arg(reason);
    }
};

} // namespace

TEST_F(SandboxQuery, DefaultOrderIsNewestFirstWithJobIdTieBreak)
{
    EXPECT_EQ(ids("{}"), list({ "0c", "0a", "0b", "09", "08", "07", "06", "05", "04", "03", "02", "01" }));
    EXPECT_EQ(admin().list("{}").json().value(QStringLiteral("total_count")).toInt(), 12);
}

TEST_F(SandboxQuery, EmptyResultIsAnEmptyObject)
{
    EXPECT_EQ(admin().list(R"({"job_id":"job-ffffffffffff"})").body, "{}");
    EXPECT_EQ(admin().list(R"({"job_id":"job-ffffffffffff","query":{"count_only":true}})").body, "{}");
    EXPECT_EQ(admin().list(R"({"query":{"page":{"start":20,"limit":5}}})").body, R"({"total_count":12})");
}

TEST_F(SandboxQuery, DefaultValuedFieldsAreLeftOut)
{
    const QJsonArray results = admin().list("{}").json().value(QStringLiteral("results")).toArray();
    for (const QJsonValue &v : results) {
        const QJsonObject job = v.toObject();
        const QString status = job.value(QStringLiteral("status")).toString();
        const bool active = status == u"PENDING" || status == u"IN_PROGRESS";
        EXPECT_EQ(job.contains(QStringLiteral("finished_at")), !active) << status.toStdString();
        EXPECT_EQ(job.contains(QStringLiteral("error_message")), status == u"FAILURE") << status.toStdString();
        EXPECT_TRUE(job.value(QStringLiteral("options")).isObject());
    }
    const QByteArray active = admin().get(R"({"job_id":"job-000000000006"})").body;
    EXPECT_EQ(active,
              R"({"job_id":"job-000000000006","status":"IN_PROGRESS","options":{},"resource_group":"WORKSPACE",)"
              R"("domain_id":"domain-58010aa2e451","workspace_id":"workspace-aaaaaaaaaaaa",)"
              R"("trusted_account_id":"ta-111111111111","plugin_id":"plugin-aws-cloud-service-inven-collector",)"
              R"("created_at":"2024-06-15T06:00:00.000Z","updated_at":"2024-06-15T06:00:02.000Z"})");
}

TEST_F(SandboxQuery, EqAndNot)
{
    EXPECT_EQ(filter(R"({"k":"status","v":"SUCCESS","o":"eq"})"), list({ "0c", "0a", "09", "05", "03", "01" }));
    EXPECT_EQ(filter(R"({"k":"status","v":"SUCCESS","o":"not"})"), list({ "0b", "08", "07", "06", "04", "02" }));
    // null matches the unset (stored as null) fields; strings never equal numbers.
    EXPECT_EQ(filter(R"({"k":"finished_at","v":null,"o":"eq"})"), list({ "07", "06" }));
    EXPECT_EQ(filter(R"({"k":"finished_at","v":null,"o":"not"})").size(), 10);
    EXPECT_TRUE(filter(R"({"k":"status","v":5,"o":"eq"})").isEmpty());
    EXPECT_EQ(filter(R"({"k":"status","v":5,"o":"not"})").size(), 12);
}

TEST_F(SandboxQuery, Comparisons)
{
    EXPECT_EQ(filter(R"({"k":"created_at","v":"2024-06-12","o":"lt"})"), list({ "02", "01" }));
    EXPECT_EQ(filter(R"({"k":"created_at","v":"2024-06-12T03:00:00Z","o":"lte"})"), list({ "03", "02", "01" }));
    EXPECT_EQ(filter(R"({"k":"created_at","v":"2024-06-17T08:00:01.225Z","o":"gt"})"), list({ "0c", "0a", "0b" }));
    EXPECT_EQ(filter(R"({"k":"created_at","v":"2024-06-17T08:00:01.225Z","o":"gte"})"),
              list({ "0c", "0a", "0b", "09" }));
    EXPECT_EQ(filter(R"({"k":"job_id","v":"job-000000000003","o":"lt"})"), list({ "02", "01" }));
}

TEST_F(SandboxQuery, Exists)
{
    // Every field of the Job document is stored (null when unset), so it always exists.
    EXPECT_EQ(filter(R"({"k":"finished_at","v":true,"o":"exists"})").size(), 12);
    EXPECT_TRUE(filter(R"({"k":"error_message","v":false,"o":"exists"})").isEmpty());
    EXPECT_EQ(filter(R"({"k":"options.region","v":true,"o":"exists"})"), list({ "0c" }));
    EXPECT_TRUE(isError(admin().list(R"({"query":{"filter":[{"k":"finished_at","v":"yes","o":"exists"}]}})"), 400,
                        "ERROR_OPERATOR_BOOLEAN_TYPE",
                        QStringLiteral(" The value of 'exists operator' must be a boolean type. ({'k': 'finished_at', "
                                       "'v': 'yes', 'o': 'exists'})")));
}

TEST_F(SandboxQuery, ContainIsCaseInsensitiveSubstring)
{
    EXPECT_EQ(filter(R"({"k":"error_message","v":"ACCESSDENIED","o":"contain"})"), list({ "02" }));
    EXPECT_TRUE(filter(R"({"k":"trusted_account_id","v":"_","o":"contain"})").isEmpty());
    EXPECT_TRUE(filter(R"({"k":"trusted_account_id","v":"%","o":"contain"})").isEmpty());
    // not_contain also matches null fields.
    EXPECT_EQ(filter(R"({"k":"error_message","v":"timeout","o":"not_contain"})").size(), 11);
    EXPECT_TRUE(isError(admin().list(R"({"query":{"filter":[{"k":"job_id","v":5,"o":"contain"}]}})"), 500,
                        "ERROR_DB_QUERY",
                        dbQuery(QStringLiteral("decoding to str: need a bytes-like object, float found"))));
}

TEST_F(SandboxQuery, InAndNotIn)
{
    EXPECT_EQ(filter(R"({"k":"status","v":["FAILURE","CANCELED"],"o":"in"})"), list({ "0b", "08", "04", "02" }));
    EXPECT_EQ(
        filter(
            R"({"k":"plugin_id","v":["plugin-aws-cloud-service-inven-collector","plugin-aws-ec2-inven-collector"],"o":"not_in"})"),
        list({ "0c", "09", "08", "07", "05", "04", "03" }));
    EXPECT_TRUE(filter(R"({"k":"status","v":[],"o":"in"})").isEmpty());
    EXPECT_EQ(filter(R"({"k":"finished_at","v":[null],"o":"in"})"), list({ "07", "06" }));
    EXPECT_TRUE(
        isError(admin().list(R"({"query":{"filter":[{"k":"status","v":"SUCCESS","o":"in"}]}})"), 400,
                "ERROR_OPERATOR_LIST_VALUE_TYPE",
                QStringLiteral(
                    " The value of 'in operator' must be a list type. ({'k': 'status', 'v': 'SUCCESS', 'o': 'in'})")));
    EXPECT_TRUE(isError(admin().list(R"({"query":{"filter":[{"k":"status","v":["SUCCESS"],"o":"eq"}]}})"), 400,
                        "ERROR_OPERATOR_VALUE_TYPE",
                        QStringLiteral(" The value of 'eq operator' does not support list type. ({'k': 'status', 'v': "
                                       "['SUCCESS'], 'o': 'eq'})")));
}

TEST_F(SandboxQuery, ContainInAndNotContainIn)
{
    EXPECT_EQ(filter(R"({"k":"job_id","v":["0a","0B"],"o":"contain_in"})"), list({ "0a", "0b" }));
    // MongoModel ORs the negated terms, so a job only has to miss one of them.
    EXPECT_EQ(filter(R"({"k":"job_id","v":["0a","0b"],"o":"not_contain_in"})").size(), 12);
    EXPECT_EQ(filter(R"({"k":"job_id","v":["0a"],"o":"not_contain_in"})").size(), 11);
    EXPECT_TRUE(isError(admin().list(R"({"query":{"filter":[{"k":"job_id","v":[],"o":"contain_in"}]}})"), 500,
                        "ERROR_UNKNOWN", QStringLiteral(" reduce() of empty sequence with no initial value")));
}

TEST_F(SandboxQuery, RegexAndRegexIn)
{
    EXPECT_EQ(filter(R"({"k":"plugin_id","v":"^PLUGIN-AWS","o":"regex"})"), list({ "0a", "0b", "06", "02", "01" }));
    EXPECT_EQ(filter(R"({"k":"plugin_id","v":["oci","azure"],"o":"regex_in"})"), list({ "0c", "09", "05", "04" }));
    // The regex operators go through __raw__: an unknown field simply matches nothing.
    EXPECT_TRUE(filter(R"({"k":"nope","v":".*","o":"regex"})").isEmpty());
    const auto bad = admin().list(R"({"query":{"filter":[{"k":"plugin_id","v":"(","o":"regex"}]}})");
    EXPECT_EQ(bad.status, 500);
    EXPECT_TRUE(bad.json()[QStringLiteral("detail")][QStringLiteral("message")].toString().startsWith(
        QStringLiteral(" Database query failed. (reason = Regular expression is invalid: ")))
        << bad.body.toStdString();
}

TEST_F(SandboxQuery, DatetimeOperators)
{
    EXPECT_EQ(filter(R"({"k":"created_at","v":"2024-06-16T07:00:00Z","o":"datetime_gt"})"),
              list({ "0c", "0a", "0b", "09", "08" }));
    EXPECT_EQ(filter(R"({"k":"created_at","v":"2024-06-16T07:00:00Z","o":"datetime_gte"})"),
              list({ "0c", "0a", "0b", "09", "08", "07" }));
    EXPECT_EQ(filter(R"({"k":"created_at","v":"2024-06-10T01:00:00.000Z","o":"datetime_lte"})"), list({ "01" }));
    EXPECT_EQ(filter(R"({"k":"finished_at","v":"2024-06-11T00:00:00+09:00","o":"datetime_lt"})"), list({ "01" }));
    EXPECT_TRUE(isError(admin().list(R"({"query":{"filter":[{"k":"created_at","v":"yesterday","o":"datetime_gt"}]}})"),
                        500, "ERROR_DB_QUERY",
                        dbQuery(QStringLiteral("The value of datetime_gt operator is required ISO 8601 format."))));
}

TEST_F(SandboxQuery, TimediffOperators)
{
    EXPECT_EQ(filter(R"({"k":"created_at","v":"now - 1d","o":"timediff_lt"})").size(), 12);
    EXPECT_TRUE(filter(R"({"k":"created_at","v":"now/d - 1d","o":"timediff_gte"})").isEmpty());
    EXPECT_TRUE(filter(R"({"k":"created_at","v":"now/w","o":"timediff_gt"})").isEmpty());
    EXPECT_EQ(filter(R"({"k":"created_at","v":"now/m","o":"timediff_lte"})").size(), 12);
    EXPECT_EQ(filter(R"({"k":"created_at","v":"now+2w","o":"timediff_lt"})").size(), 12);
    EXPECT_TRUE(isError(admin().list(R"({"query":{"filter":[{"k":"created_at","v":"now - 1x","o":"timediff_lt"}]}})"),
                        500, "ERROR_DB_QUERY",
                        dbQuery(QStringLiteral("The value of timediff_lt operator is invalid. (value = now - 1x)"))));
}

TEST_F(SandboxQuery, OperatorAndKeyErrors)
{
    EXPECT_TRUE(
        isError(admin().list(R"({"query":{"filter":[{"k":"status","v":"x","o":"like"}]}})"), 500, "ERROR_DB_QUERY",
                dbQuery(QStringLiteral(
                    "Filter operator is not supported. (operator = dict_keys(['lt', 'lte', 'gt', 'gte', 'eq', 'not', "
                    "'exists', 'contain', 'not_contain', 'in', 'not_in', 'contain_in', 'not_contain_in', 'match', "
                    "'regex', 'regex_in', 'datetime_gt', 'datetime_lt', 'datetime_gte', 'datetime_lte', "
                    "'timediff_gt', 'timediff_lt', 'timediff_gte', 'timediff_lte']))"))));
    EXPECT_TRUE(isError(admin().list(R"({"query":{"filter":[{"k":"foo","v":"x","o":"eq"}]}})"), 500, "ERROR_DB_QUERY",
                        dbQuery(QStringLiteral("Cannot resolve field \"foo\""))));
    EXPECT_TRUE(isError(admin().list(R"({"query":{"filter":[{"v":"x","o":"eq"}]}})"), 500, "ERROR_DB_QUERY",
                        dbQuery(QStringLiteral("Filter condition should have key, value and operator."))));
}

TEST_F(SandboxQuery, LongAliasesAndOptionsSubKeys)
{
    EXPECT_EQ(filter(R"({"key":"status","value":"CANCELED","operator":"eq"})"), list({ "04" }));
    EXPECT_EQ(filter(R"({"k":"options.region","v":"us-east-1","o":"eq"})"), list({ "0c" }));
}

TEST_F(SandboxQuery, FilterOrIsOredAndAndedWithFilter)
{
    EXPECT_EQ(ids(R"({"filter_or":[{"k":"status","v":"PENDING","o":"eq"},{"k":"status","v":"IN_PROGRESS","o":"eq"}]})"),
              list({ "07", "06" }));
    EXPECT_EQ(ids(R"({"filter":[{"k":"workspace_id","v":"*","o":"eq"}],)"
                  R"("filter_or":[{"k":"status","v":"PENDING","o":"eq"},{"k":"status","v":"IN_PROGRESS","o":"eq"}]})"),
              list({ "07" }));
}

TEST_F(SandboxQuery, TopLevelFieldsBecomeFilters)
{
    EXPECT_EQ(jobIds(admin().list(R"({"job_id":"job-000000000005"})")), list({ "05" }));
    EXPECT_EQ(jobIds(admin().list(R"({"status":"FAILURE"})")), list({ "0b", "08", "02" }));
    EXPECT_EQ(jobIds(admin().list(R"({"trusted_account_id":"ta-333333333333"})")), list({ "05", "04" }));
    EXPECT_EQ(jobIds(admin().list(R"({"plugin_id":"plugin-oci-inven-collector"})")), list({ "0c", "09" }));
    EXPECT_EQ(jobIds(admin().list(R"({"workspace_id":"workspace-bbbbbbbbbbbb"})")),
              list({ "0c", "09", "08", "07", "05", "04", "03" }));
    EXPECT_EQ(
        jobIds(admin().list(R"({"status":"FAILURE","query":{"filter":[{"k":"workspace_id","v":"*","o":"eq"}]}})")),
        list({ "08" }));
}

TEST_F(SandboxQuery, PagingIsOneBasedAndLimitZeroMeansAll)
{
    EXPECT_EQ(ids(R"({"page":{"start":1,"limit":5}})"), list({ "0c", "0a", "0b", "09", "08" }));
    EXPECT_EQ(ids(R"({"page":{"start":6,"limit":5}})"), list({ "07", "06", "05", "04", "03" }));
    EXPECT_EQ(ids(R"({"page":{"start":11,"limit":5}})"), list({ "02", "01" }));
    EXPECT_EQ(ids(R"({"page":{"start":0,"limit":2}})"), list({ "0c", "0a" }));
    EXPECT_EQ(ids(R"({"page":{"limit":0}})").size(), 12);
    EXPECT_EQ(ids(R"({"page":{"start":3}})").size(), 12);
    EXPECT_EQ(admin()
                  .list(R"({"query":{"page":{"start":11,"limit":5}}})")
                  .json()
                  .value(QStringLiteral("total_count"))
                  .toInt(),
              12);
}

TEST_F(SandboxQuery, SortKeysInOrderThenJobId)
{
    EXPECT_EQ(ids(R"({"sort":[{"key":"status"}]})"),
              list({ "04", "02", "08", "0b", "06", "07", "01", "03", "05", "09", "0a", "0c" }));
    EXPECT_EQ(ids(R"({"sort":[{"key":"status","desc":true},{"key":"created_at"}]})"),
              list({ "01", "03", "05", "09", "0a", "0c", "07", "06", "02", "08", "0b", "04" }));
    EXPECT_EQ(ids(R"({"sort":[{"key":"created_at"}]})"),
              list({ "01", "02", "03", "04", "05", "06", "07", "08", "09", "0a", "0b", "0c" }));
    // An unknown key sorts as missing everywhere: only the tie-break is left.
    EXPECT_EQ(ids(R"({"sort":[{"key":"nope","desc":true}]})"),
              list({ "01", "02", "03", "04", "05", "06", "07", "08", "09", "0a", "0b", "0c" }));
    EXPECT_TRUE(
        isError(admin().list(R"({"query":{"sort":[{"desc":true}]}})"), 500, "ERROR_UNKNOWN", QStringLiteral(" 'key'")));
}

TEST_F(SandboxQuery, OnlyKeepsTheOrderingKey)
{
    const auto r = admin().list(R"({"query":{"only":["job_id"],"page":{"limit":1}}})");
    EXPECT_EQ(
        r.body,
        R"({"results":[{"job_id":"job-00000000000c","status":"PENDING","created_at":"2024-06-17T10:00:00.000Z"}],)"
        R"("total_count":12})");
    const auto sorted = admin().list(R"({"query":{"only":["job_id"],"sort":[{"key":"status"}],"page":{"limit":1}}})");
    EXPECT_EQ(sorted.body, R"({"results":[{"job_id":"job-000000000004","status":"CANCELED"}],"total_count":12})");
    EXPECT_TRUE(isError(admin().list(R"({"query":{"only":["foo"]}})"), 500, "ERROR_DB_QUERY",
                        dbQuery(QStringLiteral("Cannot resolve field \"foo\""))));
}

// The Job model's status defaults to PENDING, and mongoengine fills the default into a document
// loaded without it: a projection that leaves status out reads PENDING on every row, whatever
// the job's real status. Clients that need the status must ask for it.
TEST_F(SandboxQuery, OnlyWithoutStatusReadsPendingOnEveryRow)
{
    const auto r = admin().list(R"({"status":"SUCCESS","query":{"only":["job_id","workspace_id"]}})");
    const QJsonArray rows = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("results")).toArray();
    ASSERT_FALSE(rows.isEmpty());
    for (const QJsonValue &row : rows) {
        EXPECT_EQ(row.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("PENDING"));
        EXPECT_FALSE(row.toObject().contains(QStringLiteral("trusted_account_id")));
    }
    const auto withStatus = admin().list(R"({"status":"SUCCESS","query":{"only":["job_id","status"]}})");
    for (const QJsonValue &row :
         QJsonDocument::fromJson(withStatus.body).object().value(QStringLiteral("results")).toArray())
        EXPECT_EQ(row.toObject().value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
}

TEST_F(SandboxQuery, MinimalReturnsTheMinimalFields)
{
    const auto r = admin().list(R"({"query":{"minimal":true,"page":{"limit":1}}})");
    EXPECT_EQ(r.body,
              R"({"results":[{"job_id":"job-00000000000c","status":"SUCCESS","resource_group":"WORKSPACE",)"
              R"("trusted_account_id":"ta-444444444444","created_at":"2024-06-17T10:00:00.000Z",)"
              R"("finished_at":"2024-06-17T10:03:30.000Z"}],"total_count":12})");
}

TEST_F(SandboxQuery, CountOnlyReturnsJustTheCount)
{
    EXPECT_EQ(admin().list(R"({"query":{"count_only":true}})").body, R"({"total_count":12})");
    EXPECT_EQ(admin().list(R"({"status":"FAILURE","query":{"count_only":true}})").body, R"({"total_count":3})");
}

TEST_F(SandboxQuery, KeywordSearchesJobIdAndStatus)
{
    EXPECT_EQ(jobIds(admin().list(R"({"query":{"keyword":"0a 0B"}})")), list({ "0a", "0b" }));
    EXPECT_EQ(jobIds(admin().list(R"({"query":{"keyword":"in_prog"}})")), list({ "06" }));
    EXPECT_EQ(jobIds(admin().list(R"({"query":{"keyword":"   "}})")).size(), 12);
    // For stat the keyword only searches job_id.
    EXPECT_EQ(admin().stat(R"({"query":{"keyword":"SUCCESS","aggregate":[{"count":{"name":"n"}}]}})").body,
              R"({"results":[]})");
    EXPECT_EQ(admin().stat(R"({"query":{"keyword":"0a","aggregate":[{"count":{"name":"n"}}]}})").body,
              R"({"results":[{"n":1.0}]})");
}

TEST_F(SandboxQuery, ListRequestFromTheDocument)
{
    const auto r = admin().list(R"({"trusted_account_id":"ta-222222222222",)"
                                R"("query":{"filter":[{"k":"status","v":["FAILURE","CANCELED"],"o":"in"},)"
                                R"({"k":"created_at","v":"now/d - 7d","o":"timediff_lte"}],)"
                                R"("sort":[{"key":"created_at","desc":true}],"page":{"start":1,"limit":15}}})");
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(jobIds(r), list({ "08" }));
    EXPECT_EQ(r.json()
                  .value(QStringLiteral("results"))
                  .toArray()
                  .at(0)
                  .toObject()
                  .value(QStringLiteral("error_message"))
                  .toString(),
              QStringLiteral("The same job is already running. (trusted_account_id = ta-222222222222)"));
}
