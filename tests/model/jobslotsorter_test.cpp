// SPDX-License-Identifier: MIT
// The keyed sort gives exactly the order of the full comparison, for every column and both
// orders, over jobs that tie, differ only in case, carry non-ASCII or long ids, raw statuses
// and missing times.
#include "jobfactory.h"
#include "model/jobset.h"
#include "model/jobslotsorter.h"
#include "model/jobtablemodel.h"

#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <algorithm>

using namespace jobfactory;

namespace {
std::vector<Job> awkwardJobs()
{
    QRandomGenerator random(2024);
    const QStringList ids = { QStringLiteral("job-%1"),
                              QStringLiteral("JOB-%1"),
                              QStringLiteral("Job-%1"),
                              QStringLiteral("job-\u00e9%1"),
                              QStringLiteral("job-%1-with-an-id-longer-than-inline"),
                              QStringLiteral("job"),
                              QStringLiteral("job-a"),
                              QStringLiteral("job-A") };
    const QStringList errors = { QString(), QStringLiteral("Timeout"), QStringLiteral("timeout"),
                                 QStringLiteral("\u00c9chec"), QStringLiteral("AccessDenied") };
    std::vector<Job> jobs;
    QSet<QString> seen;
    for (int n = 0; n < 3000; ++n) {
        Job job = make(n + 1, JobStatus(random.bounded(6)));
        job.jobId = ids[random.bounded(ids.size())].arg(random.bounded(400));
        if (seen.contains(job.jobId))
            continue;
        seen.insert(job.jobId);
        job.createdAtMs = random.bounded(5) == 0 ? JobTime::kNone : kBaseMs + random.bounded(50) * 1000;
        job.finishedAtMs = random.bounded(3) == 0 ? JobTime::kNone : job.createdAtMs + random.bounded(9) * 1000;
        job.errorMessage = errors[random.bounded(errors.size())];
        if (job.status == JobStatus::Unknown && random.bounded(2) == 0)
            job.rawStatus = random.bounded(2) ? QStringLiteral("PAUSED") : QStringLiteral("paused");
        if (random.bounded(10) == 0) {
            job.resourceGroup = ResourceGroup::Unknown;
            job.rawResourceGroup = QStringLiteral("PROJECT");
        }
        jobs.push_back(job);
    }
    return jobs;
}
} // namespace

TEST(JobSlotSorter, KeysGiveTheOrderOfTheFullComparison)
{
    JobSet set;
    set.upsert(awkwardJobs());
    std::vector<int> held;
    set.forEach([&held](int slot) { held.push_back(slot); });
    ASSERT_GT(held.size(), size_t(1000));
    const qint64 nowMs = kBaseMs + 30000;
    for (int column = 0; column < JobTableModel::ColumnCount; ++column) {
        for (const Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const auto before = [&](int a, int b) {
                int by = JobSlotSorter::compareColumn(set, a, b, column, nowMs);
                if (by == 0)
                    by = set.compareIds(a, b);
                if (by == 0)
                    by = a < b ? -1 : (b < a ? 1 : 0);
                return order == Qt::AscendingOrder ? by < 0 : by > 0;
            };
            std::vector<int> expected = held;
            std::sort(expected.begin(), expected.end(), before);
            std::vector<int> keyed = held;
            std::reverse(keyed.begin(), keyed.end()); // another starting order
            JobSlotSorter::sort(keyed, set, column, order, nowMs, before);
            EXPECT_EQ(keyed, expected) << "column " << column << " order " << int(order);
        }
    }
}
