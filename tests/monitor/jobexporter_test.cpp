// SPDX-License-Identifier: MIT
#include "api/jobdecoder.h"
#include "monitor/jobexporter.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

namespace {
Job sampleJob()
{
    Job j;
    j.jobId = QStringLiteral("job-3b124006c2d2");
    j.status = JobStatus::Failure;
    j.resourceGroup = ResourceGroup::Workspace;
    j.workspaceId = QStringLiteral("workspace-abc");
    j.trustedAccountId = QStringLiteral("ta-123456789012");
    j.pluginId = QStringLiteral("plugin-aws-cloud-service-inven-collector");
    j.domainId = QStringLiteral("domain-58010aa2e451");
    JobTime::parse(u"2022-06-17T08:00:01.225Z", &j.createdAtMs);
    JobTime::parse(u"2022-06-17T08:00:15.197Z", &j.updatedAtMs);
    j.finishedAtMs = j.updatedAtMs;
    j.errorMessage = QStringLiteral("Quota exceeded, \"ap-northeast-2\"\nretry later");
    return j;
}
} // namespace

TEST(JobExporter, CsvQuotesFieldsAndKeepsUtcTimestamps)
{
    const QString csv = QString::fromUtf8(JobExporter::toCsv({ sampleJob() }));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 2);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("job_id,status,")));
    EXPECT_TRUE(csv.contains(QStringLiteral("job-3b124006c2d2,FAILURE,WORKSPACE,workspace-abc,")));
    EXPECT_TRUE(csv.contains(QStringLiteral("2022-06-17T08:00:01.225Z")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"Quota exceeded, \"\"ap-northeast-2\"\"\nretry later\"")));
}

TEST(JobExporter, CsvNeutralisesSpreadsheetFormulas)
{
    EXPECT_EQ(JobExporter::csvField(QStringLiteral("=cmd()")), QStringLiteral("'=cmd()"));
    EXPECT_EQ(JobExporter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
}

TEST(JobExporter, JsonRoundTripsThroughTheDecoder)
{
    Job unknown = sampleJob();
    unknown.jobId = QStringLiteral("job-000000000001");
    unknown.status = JobStatus::Unknown;
    unknown.rawStatus = QStringLiteral("CANCELD");
    const QByteArray json = JobExporter::toJson({ sampleJob(), unknown });
    std::vector<Job> decoded;
    QString error;
    ASSERT_TRUE(JobDecoder::decodeJobArray(json, &decoded, &error)) << error.toStdString();
    ASSERT_EQ(decoded.size(), 2u);
    EXPECT_EQ(decoded[0], sampleJob());
    EXPECT_EQ(decoded[1].rawStatus, QStringLiteral("CANCELD"));
    EXPECT_EQ(decoded[1].status, JobStatus::Unknown);
}
