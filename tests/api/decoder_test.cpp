// SPDX-License-Identifier: MIT
#include "apitestutil.h"
#include "testsupport.h"

#include "api/apierror.h"
#include "api/directorylistreply.h"
#include "api/jobdecoder.h"

#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {
JobListPage decodeListFixture(const char *file)
{
    JobListPage page;
    QString error;
    const QByteArray body = testsupport::readData(QString::fromLatin1(file));
    EXPECT_FALSE(body.isEmpty()) << file;
    EXPECT_TRUE(JobDecoder::decodeList(body, &page, &error)) << file << ": " << error.toStdString();
    return page;
}

QJsonObject fixtureRow(const char *file, int row)
{
    return QJsonDocument::fromJson(testsupport::readData(QString::fromLatin1(file)))
        .object()
        .value(QLatin1String("results"))
        .toArray()
        .at(row)
        .toObject();
}
} // namespace

TEST(JobDecoder, DecodesEveryFieldOfAMixedPage)
{
    const JobListPage page = decodeListFixture("list_mixed.json");
    ASSERT_EQ(page.jobs.size(), 4u);
    EXPECT_TRUE(page.hasTotalCount);
    EXPECT_EQ(page.totalCount, 4);

    const Job &domainJob = page.jobs[0];
    EXPECT_EQ(domainJob.jobId, QStringLiteral("job-3b124006c2d2"));
    EXPECT_EQ(domainJob.status, JobStatus::Success);
    EXPECT_EQ(domainJob.resourceGroup, ResourceGroup::Domain);
    EXPECT_TRUE(domainJob.isDomainLevel());
    EXPECT_EQ(domainJob.workspaceId, QStringLiteral("*"));
    EXPECT_EQ(domainJob.createdAt().toString(Qt::ISODateWithMs), QStringLiteral("2022-06-17T08:00:01.225Z"));
    EXPECT_EQ(domainJob.durationMs(0), 15197 - 1225);
    EXPECT_TRUE(domainJob.errorMessage.isEmpty());

    const Job &failed = page.jobs[1];
    EXPECT_EQ(failed.status, JobStatus::Failure);
    EXPECT_EQ(failed.errorMessage,
              QStringLiteral("The same job is already running. (trusted_account_id = ta-123456789012)"));

    const Job &running = page.jobs[2];
    EXPECT_EQ(running.status, JobStatus::InProgress);
    EXPECT_TRUE(running.isActive());
    EXPECT_EQ(running.finishedAtMs, JobTime::kNone);
    EXPECT_FALSE(running.finishedAt().isValid());
    EXPECT_EQ(running.options.value(QLatin1String("sync_mode")).toString(), QStringLiteral("full"));

    const Job &pending = page.jobs[3];
    EXPECT_EQ(pending.status, JobStatus::Pending);
    EXPECT_TRUE(pending.options.isEmpty()); // options absent on the wire
}

TEST(JobDecoder, ToJsonReproducesTheWireObject)
{
    const JobListPage page = decodeListFixture("list_mixed.json");
    for (int i = 0; i < 3; ++i)
        EXPECT_EQ(page.jobs[size_t(i)].toJson(), fixtureRow("list_mixed.json", i)) << "row " << i;
    // An absent options comes back as the {} identity creates every job with.
    QJsonObject pending = fixtureRow("list_mixed.json", 3);
    pending.insert(QLatin1String("options"), QJsonObject());
    EXPECT_EQ(page.jobs[3].toJson(), pending);
}

TEST(JobDecoder, EmptyListIsAnEmptyObject)
{
    const JobListPage page = decodeListFixture("list_empty.json");
    EXPECT_TRUE(page.jobs.empty());
    EXPECT_EQ(page.totalCount, 0);
    EXPECT_FALSE(page.hasTotalCount);
}

TEST(JobDecoder, UnknownStatusesAreKeptRaw)
{
    const JobListPage page = decodeListFixture("list_unknown_status.json");
    ASSERT_EQ(page.jobs.size(), 2u);
    EXPECT_EQ(page.jobs[0].status, JobStatus::Unknown);
    EXPECT_EQ(page.jobs[0].statusText(), QStringLiteral("ERROR"));
    EXPECT_EQ(page.jobs[0].statusLabel(), QStringLiteral("ERROR"));
    EXPECT_FALSE(page.jobs[0].isActive());
    EXPECT_EQ(page.jobs[1].statusText(), QStringLiteral("CANCELD"));
    EXPECT_EQ(page.jobs[1].resourceGroup, ResourceGroup::Unknown);
    EXPECT_EQ(page.jobs[1].resourceGroupText(), QStringLiteral("PROJECT"));
    EXPECT_EQ(page.jobs[1].toJson().value(QLatin1String("status")).toString(), QStringLiteral("CANCELD"));
}

TEST(JobDecoder, MissingTotalCountFallsBackToTheRows)
{
    const JobListPage page = decodeListFixture("list_no_total.json");
    EXPECT_EQ(page.jobs.size(), 2u);
    EXPECT_FALSE(page.hasTotalCount);
    EXPECT_EQ(page.totalCount, 2);
    EXPECT_EQ(page.jobs[0].resourceGroup, ResourceGroup::None);
}

TEST(JobDecoder, CountOnlyPage)
{
    const JobListPage page = decodeListFixture("list_count_only.json");
    EXPECT_TRUE(page.jobs.empty());
    EXPECT_EQ(page.totalCount, 1234);
}

TEST(JobDecoder, SingleJob)
{
    Job job;
    QString error;
    ASSERT_TRUE(JobDecoder::decodeJob(testsupport::readData(QStringLiteral("job_get.json")), &job, &error))
        << error.toStdString();
    EXPECT_EQ(job.jobId, QStringLiteral("job-587a3d3b4db3"));
    EXPECT_EQ(job.status, JobStatus::Failure);

    EXPECT_FALSE(JobDecoder::decodeJob(QByteArray("{}"), &job, &error));
    EXPECT_EQ(error, QStringLiteral("job_id: missing or empty"));
}

TEST(JobDecoder, StatCountsArriveAsDoubles)
{
    JobStatResult result;
    QString error;
    ASSERT_TRUE(
        JobDecoder::decodeStat(testsupport::readData(QStringLiteral("stat_count_by_status.json")), &result, &error));
    const QHash<QString, qint64> counts = result.countsBy(QStringLiteral("status"));
    EXPECT_EQ(counts.value(QStringLiteral("SUCCESS")), 42);
    EXPECT_EQ(counts.value(QStringLiteral("FAILURE")), 3);
    EXPECT_EQ(counts.value(QStringLiteral("CANCELD")), 2);
    EXPECT_EQ(result.totalCount, -1);

    ASSERT_TRUE(JobDecoder::decodeStat(testsupport::readData(QStringLiteral("stat_distinct.json")), &result, &error));
    EXPECT_EQ(result.distinctValues(),
              QStringList({ QStringLiteral("CANCELED"), QStringLiteral("FAILURE"), QStringLiteral("SUCCESS") }));

    ASSERT_TRUE(JobDecoder::decodeStat(testsupport::readData(QStringLiteral("stat_paged.json")), &result, &error));
    EXPECT_EQ(result.totalCount, 2);
    EXPECT_EQ(result.countsBy(QStringLiteral("workspace_id")).value(QStringLiteral("*")), 5);

    ASSERT_TRUE(JobDecoder::decodeStat(testsupport::readData(QStringLiteral("stat_empty.json")), &result, &error));
    EXPECT_TRUE(result.results.isEmpty());
}

TEST(JobDecoder, ImpossibleStatCountsNeverWrapRound)
{
    JobStatResult result;
    QString error;
    ASSERT_TRUE(JobDecoder::decodeStat(
        R"({"results":[{"status":"SUCCESS","count":1e300},{"status":"SUCCESS","count":1e300},
                       {"status":"FAILURE","count":-5.0},{"status":"FAILURE","count":2.0},
                       {"status":"CANCELED","count":"7"},{"status":"PENDING","count":1.7976931348623157e308}]})",
        &result, &error))
        << error.toStdString();
    const QHash<QString, qint64> counts = result.countsBy(QStringLiteral("status"));
    for (qint64 n : counts)
        EXPECT_GE(n, 0);
    EXPECT_EQ(counts.value(QStringLiteral("SUCCESS")), counts.value(QStringLiteral("PENDING")))
        << "saturated, not overflowed";
    EXPECT_GT(counts.value(QStringLiteral("SUCCESS")), qint64(1) << 40);
    EXPECT_EQ(counts.value(QStringLiteral("FAILURE")), 2);
    EXPECT_EQ(counts.value(QStringLiteral("CANCELED")), 0);
}

struct MalformedCase
{
    const char *file;
    const char *expectedError;
};

class MalformedList : public ::testing::TestWithParam<MalformedCase>
{
};

TEST_P(MalformedList, FailsWithAnErrorNamingTheField)
{
    JobListPage page;
    page.jobs.resize(1); // must stay untouched on failure
    QString error;
    EXPECT_FALSE(JobDecoder::decodeList(testsupport::readData(QString::fromLatin1(GetParam().file)), &page, &error));
    EXPECT_TRUE(error.contains(QString::fromLatin1(GetParam().expectedError))) << error.toStdString();
    EXPECT_EQ(page.jobs.size(), 1u);
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, MalformedList,
    ::testing::Values(
        MalformedCase{ "list_truncated.json", "malformed JSON at byte" },
        MalformedCase{ "list_created_at_number.json", "results[1].created_at: expected a string, got a number" },
        MalformedCase{ "list_created_at_garbage.json",
                       "results[0].created_at: not an ISO 8601 timestamp: \"yesterday\"" },
        MalformedCase{ "list_results_object.json", "results: expected an array, got an object" },
        MalformedCase{ "list_row_not_object.json", "results[1]: expected an object, got a string" },
        MalformedCase{ "list_missing_job_id.json", "results[1].job_id: missing or empty" },
        MalformedCase{ "list_total_garbage.json", "total_count: expected a number, got \"many\"" },
        MalformedCase{ "list_options_string.json", "results[0].options: expected an object, got a string" },
        MalformedCase{ "list_top_array.json", "expected a JSON object at the top level" },
        MalformedCase{ "console_page.html", "malformed JSON at byte" }));

TEST(JobDecoder, EveryTruncationOfAPageIsAnError)
{
    const QByteArray body = testsupport::readData(QStringLiteral("list_mixed.json")).trimmed();
    for (qsizetype length = 0; length < body.size(); ++length) {
        JobListPage page;
        QString error;
        ASSERT_FALSE(JobDecoder::decodeList(body.left(length), &page, &error)) << "prefix of " << length << " bytes";
        EXPECT_FALSE(error.isEmpty());
    }
}

struct ErrorBodyCase
{
    int status;
    const char *file;
    const char *code;
    const char *messageStart;
};

class ErrorBody : public ::testing::TestWithParam<ErrorBodyCase>
{
};

TEST_P(ErrorBody, IsParsedAndTrimmed)
{
    const ErrorBodyCase c = GetParam();
    const ApiError e = ApiError::fromHttp(c.status, testsupport::readData(QString::fromLatin1(c.file)));
    EXPECT_EQ(e.kind, ApiError::Kind::Http);
    EXPECT_EQ(e.httpStatus, c.status);
    EXPECT_EQ(e.code, QString::fromLatin1(c.code));
    EXPECT_TRUE(e.message.startsWith(QString::fromLatin1(c.messageStart))) << e.message.toStdString();
    EXPECT_FALSE(e.message.startsWith(QLatin1Char(' ')));
    EXPECT_FALSE(e.humanMessage().isEmpty());
    EXPECT_FALSE(e.humanMessage().contains(QLatin1Char('\n')));
}

INSTANTIATE_TEST_SUITE_P(
    Fixtures, ErrorBody,
    ::testing::Values(ErrorBodyCase{ 404, "error_not_found.json", "ERROR_NOT_FOUND", "Resource cannot be found" },
                      ErrorBodyCase{ 404, "error_fastapi_not_found.json", "", "Not Found" },
                      ErrorBodyCase{ 401, "error_authenticate.json", "ERROR_AUTHENTICATE_FAILURE", "Authenticate" },
                      ErrorBodyCase{ 403, "error_permission.json", "ERROR_PERMISSION_DENIED", "Permission denied." },
                      ErrorBodyCase{ 400, "error_required.json", "ERROR_REQUIRED_PARAMETER", "Required parameter." },
                      ErrorBodyCase{ 500, "error_unknown_field.json", "ERROR_UNKNOWN", "Message type" },
                      ErrorBodyCase{ 503, "error_unavailable.json", "ERROR_GRPC_CONNECTION",
                                     "Server is unavailable" }));

TEST(ApiError, NotFoundAndUnknownPathAreTold)
{
    const ApiError missingJob = ApiError::fromHttp(404, testsupport::readData(QStringLiteral("error_not_found.json")));
    EXPECT_TRUE(missingJob.isNotFound());
    EXPECT_FALSE(missingJob.isUnknownPath());
    const ApiError missingPath
        = ApiError::fromHttp(404, testsupport::readData(QStringLiteral("error_fastapi_not_found.json")));
    EXPECT_TRUE(missingPath.isUnknownPath());
    EXPECT_FALSE(missingPath.isNotFound());
    EXPECT_TRUE(missingPath.humanMessage().contains(QLatin1String("path style")));
}

TEST(DirectoryDecoder, KeepsIdsNamesAndProvidersOfTheResourceAsked)
{
    QList<DirectoryEntry> entries;
    QString error;
    ASSERT_TRUE(DirectoryListReply::decode(
        R"({"results":[{"trusted_account_id":"ta-1","name":"Prod","provider":"aws","workspace_id":"*"},)"
        R"({"name":"no id"},{"trusted_account_id":"ta-2"}],"total_count":3})",
        ApiResource::TrustedAccount, &entries, &error))
        << error.toStdString();
    ASSERT_EQ(entries.size(), 2);
    EXPECT_EQ(entries.at(0).id, QStringLiteral("ta-1"));
    EXPECT_EQ(entries.at(0).name, QStringLiteral("Prod"));
    EXPECT_EQ(entries.at(0).provider, QStringLiteral("aws"));
    EXPECT_EQ(entries.at(1).id, QStringLiteral("ta-2"));
    EXPECT_TRUE(entries.at(1).name.isEmpty());

    // Omitted defaults: no match is an empty object.
    EXPECT_TRUE(DirectoryListReply::decode("{}", ApiResource::Workspace, &entries, &error));
    EXPECT_TRUE(entries.isEmpty());
    // Another resource's id field is not this one's.
    EXPECT_TRUE(
        DirectoryListReply::decode(R"({"results":[{"workspace_id":"w"}]})", ApiResource::Plugin, &entries, &error));
    EXPECT_TRUE(entries.isEmpty());

    EXPECT_FALSE(DirectoryListReply::decode("<html>", ApiResource::Plugin, &entries, &error));
    EXPECT_FALSE(error.isEmpty());
    EXPECT_FALSE(DirectoryListReply::decode(R"({"results":{}})", ApiResource::Plugin, &entries, &error));
    EXPECT_FALSE(DirectoryListReply::decode("[]", ApiResource::Plugin, &entries, &error));
}
