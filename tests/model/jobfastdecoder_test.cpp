// SPDX-License-Identifier: MIT
#include "api/jobdecoder.h"
#include "api/jobfastdecoder.h"
#include "api/stringpool.h"
#include "jobfactory.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {

// The reference: the Qt decoder, one object at a time.
JobListPage referenceDecode(const QByteArray &body)
{
    JobListPage page;
    const QJsonObject top = QJsonDocument::fromJson(body).object();
    const QJsonArray results = top.value(QLatin1String("results")).toArray();
    for (qsizetype i = 0; i < results.size(); ++i) {
        Job job;
        QString error;
        EXPECT_TRUE(JobDecoder::decodeJob(results.at(i).toObject(), &job, &error)) << error.toStdString();
        page.jobs.push_back(job);
    }
    const QJsonValue total = top.value(QLatin1String("total_count"));
    page.totalCount = qMax<qint64>(total.isString() ? total.toString().toLongLong() : qint64(total.toDouble(-1)),
                                   qint64(page.jobs.size()));
    return page;
}

class JobFastDecoderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (!JobFastDecoder::isAvailable())
            GTEST_SKIP() << "built without simdjson";
    }
    static void expectSameAsReference(const QByteArray &body)
    {
        JobListPage fast;
        StringPool pool;
        ASSERT_TRUE(JobFastDecoder::decodeList(body, &fast, &pool)) << body.left(300).toStdString();
        const JobListPage reference = referenceDecode(body);
        ASSERT_EQ(fast.jobs.size(), reference.jobs.size());
        for (size_t i = 0; i < fast.jobs.size(); ++i)
            EXPECT_EQ(fast.jobs[i], reference.jobs[i]) << "job " << i;
        EXPECT_EQ(fast.totalCount, reference.totalCount);
    }
    static void expectDeclined(const char *body, const char *expectedError = nullptr)
    {
        JobListPage page;
        page.totalCount = 1234;
        EXPECT_FALSE(JobFastDecoder::decodeList(QByteArray(body), &page, nullptr)) << body;
        EXPECT_EQ(page.totalCount, 1234) << "a declined reply must leave the page alone";
        if (expectedError) {
            QString error;
            EXPECT_FALSE(JobDecoder::decodeList(QByteArray(body), &page, &error));
            EXPECT_EQ(error, QString::fromUtf8(expectedError));
        }
    }
};

TEST_F(JobFastDecoderTest, DecodesLikeTheQtDecoder)
{
    QJsonArray results;
    for (int n = 0; n < 300; ++n) {
        Job job = jobfactory::make(n, JobStatuses::kKnown[n % 5]);
        if (n % 17 == 0) {
            job.status = JobStatus::Unknown;
            job.rawStatus = QStringLiteral("CANCELD");
        }
        if (n % 23 == 0) {
            job.resourceGroup = ResourceGroup::Unknown;
            job.rawResourceGroup = QStringLiteral("PROJECT");
        }
        if (n % 11 == 0)
            job.options.insert(QStringLiteral("regions"), QJsonArray{ QStringLiteral("eu-west-1"), 2.5, true });
        if (n % 13 == 0)
            job.errorMessage = QStringLiteral("Fehler \"Zugriff\" verweigert \u2014 \\ \t \U0001F600\n2nd line");
        results.append(job.toJson());
    }
    QJsonObject top;
    top.insert(QLatin1String("results"), results);
    top.insert(QLatin1String("total_count"), 1000);
    expectSameAsReference(QJsonDocument(top).toJson(QJsonDocument::Compact));
    expectSameAsReference(QJsonDocument(top).toJson(QJsonDocument::Indented));
}

TEST_F(JobFastDecoderTest, OptionalAndNullFields)
{
    expectSameAsReference("{}");
    expectSameAsReference(R"({"results":null,"total_count":null})");
    expectSameAsReference(R"({"results":[{"job_id":"job-0"}],"total_count":"7"})");
    expectSameAsReference(R"({"results":[{"job_id":"job-1","status":null,"error_message":"","options":null,)"
                          R"("finished_at":"","created_at":"2022-06-17T08:00:15.197Z","unknown":[1,{"a":2}]}],)"
                          R"("total_count":3.0,"extra":{"x":1}})");
    expectSameAsReference(R"({"results":[{"job_id":"job-2","created_at":"2022-06-17T10:00:15+02:00","status":""}]})");
}

TEST_F(JobFastDecoderTest, RepeatedIdsShareOneBuffer)
{
    const QByteArray body = R"({"results":[{"job_id":"job-1","workspace_id":"ws-1","plugin_id":"p"},)"
                            R"({"job_id":"job-2","workspace_id":"ws-1","plugin_id":"p"}]})";
    StringPool pool;
    JobListPage page;
    ASSERT_TRUE(JobFastDecoder::decodeList(body, &page, &pool));
    ASSERT_EQ(page.jobs.size(), 2u);
    EXPECT_EQ(page.jobs[0].workspaceId.constData(), page.jobs[1].workspaceId.constData());
    EXPECT_EQ(page.jobs[0].workspaceId.constData(), pool.intern(QStringLiteral("ws-1")).constData());
}

TEST_F(JobFastDecoderTest, DeclinesWhatTheQtDecoderRejectsOrMightReadDifferently)
{
    expectDeclined(R"({"results":[{"created_at":5}]})", "results[0].created_at: expected a string, got a number");
    expectDeclined(R"({"results":[{"job_id":"a"},3]})", "results[1]: expected an object, got a number");
    expectDeclined(R"({"results":{}})", "results: expected an array, got an object");
    expectDeclined(R"({"results":[{"updated_at":"yesterday"}]})",
                   "results[0].updated_at: not an ISO 8601 timestamp: \"yesterday\"");
    expectDeclined(R"({"results":[{"job_id":"a","options":[]}]})",
                   "results[0].options: expected an object, got an array");
    expectDeclined(R"({"results":[{}]})", "results[0].job_id: missing or empty");
    expectDeclined(R"({"results":[{"job_id":""}]})", "results[0].job_id: missing or empty");
    expectDeclined(R"({"total_count":-1})", "total_count: not a count: -1");
    expectDeclined(R"({"total_count":2.5})");
    expectDeclined(R"({"total_count":1e30})", "total_count: not a count: 1e+30");
    expectDeclined(R"({"total_count":9223372036854775808})", "total_count: not a count: 9.22337e+18");
    expectDeclined(R"({"total_count":"many"})", "total_count: expected a number, got \"many\"");
    expectDeclined(R"([])", "expected a JSON object at the top level");
    expectDeclined(R"({"results":[]} trailing)");
    expectDeclined(R"({"results":[)");
    expectDeclined(R"({"results":[{"job_id":"a","job_id":"b"}]})");
    expectDeclined(R"({"results":[],"results":[]})");
}

} // namespace
