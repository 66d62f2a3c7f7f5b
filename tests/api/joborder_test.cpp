// SPDX-License-Identifier: MIT
// JobOrder's comparison and the filters it derives from a window's edge, on their own. That the
// server agrees with them is checked against the sandbox in tests/monitor/windowedlisting_test.
#include "api/joborder.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace {
Job job(const char *id, qint64 createdAtMs, const char *plugin = "plugin-a")
{
    Job j;
    j.jobId = QString::fromLatin1(id);
    j.createdAtMs = createdAtMs;
    j.updatedAtMs = createdAtMs;
    j.pluginId = QString::fromLatin1(plugin);
    j.status = JobStatus::Success;
    return j;
}

std::string text(const QList<QList<QueryFilter>> &parts)
{
    QJsonArray array;
    for (const QList<QueryFilter> &part : parts) {
        QJsonArray conditions;
        for (const QueryFilter &f : part)
            conditions.append(f.toJson());
        array.append(conditions);
    }
    return QJsonDocument(array).toJson(QJsonDocument::Compact).toStdString();
}
} // namespace

TEST(JobOrder, TheDefaultIsTheServersNewestFirst)
{
    const JobOrder order;
    EXPECT_TRUE(order.isNewestFirst());
    ASSERT_EQ(order.sortKeys().size(), 2);
    EXPECT_EQ(order.sortKeys()[0], (SortKey{ QStringLiteral("created_at"), true }));
    EXPECT_EQ(order.sortKeys()[1], (SortKey{ QStringLiteral("job_id"), true }));
    EXPECT_TRUE(order.listsBefore(job("job-a", 2000), job("job-b", 1000)));
    // Equal times: job_id in the same direction breaks the tie.
    EXPECT_TRUE(order.listsBefore(job("job-b", 1000), job("job-a", 1000)));
    EXPECT_EQ(order.compare(job("job-a", 1000), job("job-a", 1000)), 0);
}

TEST(JobOrder, TextSortsByCodeUnitAndMissingValuesFirstAscending)
{
    const JobOrder byPlugin(JobOrder::Field::PluginId, false);
    // The server compares bytes: capitals before lowercase, unlike the table's own sort.
    EXPECT_TRUE(byPlugin.listsBefore(job("job-a", 1, "Zeta"), job("job-b", 1, "alpha")));
    const JobOrder byError(JobOrder::Field::ErrorMessage, false);
    Job failed = job("job-a", 1);
    failed.errorMessage = QStringLiteral("boom");
    EXPECT_TRUE(byError.listsBefore(job("job-z", 1), failed));
    EXPECT_TRUE(JobOrder(JobOrder::Field::ErrorMessage, true).listsBefore(failed, job("job-z", 1)));
    // Statuses by their wire names, as the server stores them.
    Job canceled = job("job-z", 1);
    canceled.status = JobStatus::Canceled;
    Job pending = job("job-a", 1);
    pending.status = JobStatus::Pending;
    EXPECT_TRUE(JobOrder(JobOrder::Field::Status, false).listsBefore(canceled, pending));
}

TEST(JobOrder, SortingByItMatchesEveryPairwiseComparison)
{
    std::vector<Job> jobs;
    for (int i = 0; i < 40; ++i) {
        Job j = job(qPrintable(QStringLiteral("job-%1").arg(i * 7 % 40, 2, 10, QLatin1Char('0'))), 1000 * (i % 5),
                    i % 3 == 0 ? "plugin-b" : "plugin-a");
        if (i % 4 == 0)
            j.finishedAtMs = JobTime::kNone;
        else
            j.finishedAtMs = 5000 + i % 6;
        jobs.push_back(j);
    }
    for (JobOrder::Field field : { JobOrder::Field::CreatedAt, JobOrder::Field::PluginId, JobOrder::Field::FinishedAt,
                                   JobOrder::Field::JobId }) {
        for (bool desc : { false, true }) {
            const JobOrder order(field, desc);
            std::vector<Job> sorted = jobs;
            std::sort(sorted.begin(), sorted.end(),
                      [&](const Job &a, const Job &b) { return order.listsBefore(a, b); });
            for (size_t i = 1; i < sorted.size(); ++i) {
                EXPECT_LT(order.compare(sorted[i - 1], sorted[i]), 0);
                EXPECT_GT(order.compare(sorted[i], sorted[i - 1]), 0);
            }
        }
    }
}

TEST(JobOrder, TheEdgeSplitsIntoAStrictPartAndTheTiesUpToItsId)
{
    const Job edge = job("job-m", 1000, "plugin-k");
    EXPECT_EQ(text(JobOrder(JobOrder::Field::PluginId, false).atOrBefore(edge)),
              R"([[{"k":"plugin_id","o":"lt","v":"plugin-k"}],)"
              R"([{"k":"plugin_id","o":"eq","v":"plugin-k"},{"k":"job_id","o":"lte","v":"job-m"}]])");
    EXPECT_EQ(text(JobOrder(JobOrder::Field::PluginId, false).after(edge)),
              R"([[{"k":"plugin_id","o":"eq","v":"plugin-k"},{"k":"job_id","o":"gt","v":"job-m"}],)"
              R"([{"k":"plugin_id","o":"gt","v":"plugin-k"}]])");
    // Times compare with the datetime operators; equality is the range of one instant.
    EXPECT_EQ(text(JobOrder().atOrBefore(edge)),
              R"([[{"k":"created_at","o":"datetime_gt","v":"1970-01-01T00:00:01.000Z"}],)"
              R"([{"k":"created_at","o":"datetime_gte","v":"1970-01-01T00:00:01.000Z"},)"
              R"({"k":"created_at","o":"datetime_lte","v":"1970-01-01T00:00:01.000Z"},)"
              R"({"k":"job_id","o":"gte","v":"job-m"}]])");
    EXPECT_EQ(text(JobOrder(JobOrder::Field::JobId, true).after(edge)), R"([[{"k":"job_id","o":"lt","v":"job-m"}]])");
}

TEST(JobOrder, MissingValuesHaveAPartOfTheirOwn)
{
    Job running = job("job-m", 1000);
    running.finishedAtMs = JobTime::kNone;
    Job finished = job("job-m", 1000);
    finished.finishedAtMs = 2000;
    const JobOrder ascending(JobOrder::Field::FinishedAt, false);
    const JobOrder descending(JobOrder::Field::FinishedAt, true);
    // Ascending, the running jobs come first: all of them before a finished edge...
    EXPECT_EQ(text(ascending.atOrBefore(finished)).rfind(R"([[{"k":"finished_at","o":"eq","v":null}],)", 0), 0u);
    // ...and a running edge has only finished jobs and later running ones after it.
    EXPECT_EQ(text(ascending.after(running)),
              R"([[{"k":"finished_at","o":"eq","v":null},{"k":"job_id","o":"gt","v":"job-m"}],)"
              R"([{"k":"finished_at","o":"not","v":null}]])");
    // Descending, they come last.
    const QList<QList<QueryFilter>> after = descending.after(finished);
    ASSERT_EQ(after.size(), 3);
    EXPECT_EQ(text({ after.last() }), R"([[{"k":"finished_at","o":"eq","v":null}]])");
    EXPECT_EQ(text(descending.atOrBefore(running)),
              R"([[{"k":"finished_at","o":"not","v":null}],)"
              R"([{"k":"finished_at","o":"eq","v":null},{"k":"job_id","o":"gte","v":"job-m"}]])");
}
