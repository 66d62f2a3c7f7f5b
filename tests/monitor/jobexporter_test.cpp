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
    const QString csv = QString::fromUtf8(JobExporter::write({ sampleJob() }, JobExporter::Format::Csv, JobNames{}));
    const QStringList lines = csv.split(QStringLiteral("\r\n"));
    ASSERT_GE(lines.size(), 2);
    EXPECT_EQ(lines[0], JobWriter::csvHeader().join(QLatin1Char(',')));
    EXPECT_TRUE(csv.contains(
        QStringLiteral("job-3b124006c2d2,FAILURE,WORKSPACE,domain-58010aa2e451,workspace-abc,,ta-123456789012,,")));
    EXPECT_TRUE(csv.contains(QStringLiteral("2022-06-17T08:00:01.225Z")));
    EXPECT_TRUE(csv.contains(QStringLiteral("\"Quota exceeded, \"\"ap-northeast-2\"\"\nretry later\"")));
}

TEST(JobExporter, CsvNeutralisesSpreadsheetFormulas)
{
    Job job = sampleJob();
    job.errorMessage = QStringLiteral("=cmd()");
    const QString csv = QString::fromUtf8(JobExporter::write({ job }, JobExporter::Format::Csv, JobNames{}));
    EXPECT_TRUE(csv.contains(QStringLiteral(",'=cmd(),"))) << csv.toStdString();
    EXPECT_EQ(JobWriter::csvField(QStringLiteral("plain")), QStringLiteral("plain"));
    EXPECT_EQ(JobWriter::csvField(QStringLiteral("-1")), QStringLiteral("'-1"));
}

TEST(JobExporter, NamesGoNextToTheirIdsAndAreLeftOutOfJsonWhenUnknown)
{
    JobNames names;
    names.lookup = [](NameDirectory::Kind kind, const QString &id) {
        if (kind == NameDirectory::Kind::Workspace && id == QLatin1String("workspace-abc"))
            return QStringLiteral("Production, Seoul");
        if (kind == NameDirectory::Kind::Plugin)
            return QStringLiteral("AWS Cloud Services");
        return QString();
    };
    const QString csv = QString::fromUtf8(JobExporter::write({ sampleJob() }, JobExporter::Format::Csv, names));
    EXPECT_TRUE(csv.contains(QStringLiteral("workspace-abc,\"Production, Seoul\",ta-123456789012,,"
                                            "plugin-aws-cloud-service-inven-collector,AWS Cloud Services,")))
        << csv.toStdString();

    const QJsonObject o = QJsonDocument::fromJson(JobExporter::write({ sampleJob() }, JobExporter::Format::Json, names))
                              .array()
                              .at(0)
                              .toObject();
    EXPECT_EQ(o.value(QLatin1String("workspace_name")).toString(), QStringLiteral("Production, Seoul"));
    EXPECT_EQ(o.value(QLatin1String("plugin_name")).toString(), QStringLiteral("AWS Cloud Services"));
    EXPECT_FALSE(o.contains(QLatin1String("trusted_account_name")));
    QJsonObject withoutNames = o;
    withoutNames.remove(QLatin1String("workspace_name"));
    withoutNames.remove(QLatin1String("plugin_name"));
    EXPECT_EQ(withoutNames, sampleJob().toJson());
}

TEST(JobExporter, JsonRoundTripsThroughTheDecoder)
{
    Job unknown = sampleJob();
    unknown.jobId = QStringLiteral("job-000000000001");
    unknown.status = JobStatus::Unknown;
    unknown.rawStatus = QStringLiteral("CANCELD");
    const QByteArray json = JobExporter::write({ sampleJob(), unknown }, JobExporter::Format::Json, JobNames{});
    std::vector<Job> decoded;
    QString error;
    ASSERT_TRUE(JobDecoder::decodeJobArray(json, &decoded, &error)) << error.toStdString();
    ASSERT_EQ(decoded.size(), 2u);
    EXPECT_EQ(decoded[0], sampleJob());
    EXPECT_EQ(decoded[1].rawStatus, QStringLiteral("CANCELD"));
    EXPECT_EQ(decoded[1].status, JobStatus::Unknown);
}
