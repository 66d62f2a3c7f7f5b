// SPDX-License-Identifier: MIT
// The packed job store: every field comes back as it went in, ids are found after any mix of
// inserts and removals, shared texts are interned and ordered, the slot matcher judges exactly
// as JobFilter::matches does, and the slot order lists exactly as JobOrder::compare does.
#include "jobfactory.h"
#include "model/jobset.h"
#include "model/jobslotmatcher.h"
#include "model/jobslotorder.h"
#include "model/stringtable.h"

#include <QJsonObject>
#include <QRandomGenerator>

#include <gtest/gtest.h>

#include <iterator>

using namespace jobfactory;

namespace {

std::vector<Job> unusualJobs()
{
    std::vector<Job> jobs;
    Job longId = make(1, JobStatus::Failure);
    longId.jobId = QStringLiteral("job-with-an-id-far-longer-than-the-inline-room-0001");
    jobs.push_back(longId);
    Job wide = make(2);
    wide.jobId = QStringLiteral("job-\u00e9t\u00e9-\u4e2d");
    wide.errorMessage = QStringLiteral("Fehler: \u00dcberlauf");
    jobs.push_back(wide);
    Job extras = make(3, JobStatus::Unknown);
    extras.rawStatus = QStringLiteral("PAUSED");
    extras.resourceGroup = ResourceGroup::Unknown;
    extras.rawResourceGroup = QStringLiteral("PROJECT");
    extras.options = QJsonObject{ { QStringLiteral("region"), QStringLiteral("eu") } };
    jobs.push_back(extras);
    Job latin1 = make(4, JobStatus::InProgress);
    latin1.jobId = QStringLiteral("job-\u00e9\u00e9");
    jobs.push_back(latin1);
    jobs.push_back(make(5));
    return jobs;
}

TEST(PackedJobSet, EveryFieldComesBackAsItWentIn)
{
    JobSet set;
    const std::vector<Job> jobs = unusualJobs();
    set.upsert(jobs);
    ASSERT_EQ(set.size(), int(jobs.size()));
    for (const Job &job : jobs) {
        const std::optional<Job> held = set.find(job.jobId);
        ASSERT_TRUE(held.has_value()) << qPrintable(job.jobId);
        EXPECT_EQ(*held, job) << qPrintable(job.jobId);
        const int slot = set.slotOf(job.jobId);
        EXPECT_TRUE(set.equals(slot, job));
        EXPECT_EQ(set.jobId(slot), job.jobId);
        EXPECT_TRUE(set.hasId(slot, job.jobId));
    }
    EXPECT_FALSE(set.find(QStringLiteral("job-missing")).has_value());
}

TEST(PackedJobSet, IdsAreFoundAfterManyInsertsAndRemovals)
{
    JobSet set;
    set.upsert(range(1, 3000));
    QStringList gone;
    for (int n = 1; n <= 3000; n += 3)
        gone.append(idFor(n));
    set.remove(gone);
    set.upsert(range(3001, 4000));
    for (int n = 1; n <= 4000; ++n) {
        const bool removed = n <= 3000 && (n - 1) % 3 == 0;
        const int slot = set.slotOf(idFor(n));
        if (removed) {
            EXPECT_LT(slot, 0) << n;
        } else {
            ASSERT_GE(slot, 0) << n;
            EXPECT_EQ(set.jobId(slot), idFor(n));
            EXPECT_EQ(set.createdAtMs(slot), make(n).createdAtMs);
        }
    }
}

TEST(PackedJobSet, SharedTextsAreInternedAndReleasedWithTheirLastJob)
{
    JobSet set;
    set.upsert(range(1, 70));
    const StringTable &accounts = set.table(JobSet::Text::TrustedAccountId);
    EXPECT_EQ(accounts.distinctCount(), 7);
    EXPECT_EQ(set.packed(set.slotOf(idFor(1))).trustedAccountId, set.packed(set.slotOf(idFor(8))).trustedAccountId);
    QStringList gone;
    for (int n = 1; n <= 70; ++n) {
        if (n % 7 == 3)
            gone.append(idFor(n));
    }
    set.remove(gone);
    EXPECT_EQ(accounts.distinctCount(), 6);
    EXPECT_EQ(accounts.find(make(3).trustedAccountId), StringTable::kMissing);
}

TEST(PackedJobSet, TableRanksOrderTextsCaseInsensitivelyThenBySpelling)
{
    StringTable table;
    const StringTable::Id b = table.acquire(QStringLiteral("beta"));
    const StringTable::Id upperA = table.acquire(QStringLiteral("Alpha"));
    const StringTable::Id a = table.acquire(QStringLiteral("alpha"));
    const StringTable::Id umlaut = table.acquire(QStringLiteral("\u00c4rger"));
    const std::vector<quint32> &ranks = table.ranks();
    EXPECT_EQ(ranks[StringTable::kEmpty], 0u);
    EXPECT_LT(ranks[upperA], ranks[a]);
    EXPECT_LT(ranks[a], ranks[b]);
    EXPECT_EQ(QString::compare(QStringLiteral("beta"), QStringLiteral("\u00c4rger"), Qt::CaseInsensitive) < 0,
              ranks[b] < ranks[umlaut]);
}

TEST(PackedJobSet, SlotMatcherJudgesAsTheFilterDoes)
{
    JobSet set;
    std::vector<Job> jobs = unusualJobs();
    QRandomGenerator random(7);
    for (int n = 10; n < 400; ++n) {
        const JobStatus status = JobStatuses::kKnown[random.bounded(int(std::size(JobStatuses::kKnown)))];
        Job job = make(n, status);
        if (n % 11 == 0)
            job.updatedAtMs = JobTime::kNone;
        jobs.push_back(job);
    }
    set.upsert(jobs);
    std::vector<JobFilter> filters(9);
    filters[1].text = QStringLiteral("A");
    filters[2].text = QStringLiteral("token EXP");
    filters[3].text = QStringLiteral("\u00fcberlauf");
    filters[4].workspaceId = QStringLiteral("*");
    filters[4].statuses = { JobStatus::Failure, JobStatus::Success };
    filters[5].pluginId = QStringLiteral("plugin-collector-2");
    filters[5].trustedAccountId = make(3).trustedAccountId;
    filters[6].workspaceId = QStringLiteral("workspace-nobody-has");
    filters[7].stuckOnly = true;
    filters[7].stuckThresholdMs = 30 * 60 * 1000;
    filters[8].text = QStringLiteral("-\u4e2d");
    const qint64 now = kBaseMs + 200 * 60000;
    for (size_t f = 0; f < filters.size(); ++f) {
        for (bool memoize : { false, true }) {
            const JobSlotMatcher matcher(filters[f], set, now, memoize);
            for (const Job &job : jobs)
                EXPECT_EQ(matcher.matches(set.slotOf(job.jobId)), filters[f].matches(job, now))
                    << "filter " << f << " job " << qPrintable(job.jobId);
        }
    }
}

TEST(PackedJobSet, SlotOrderListsAsTheServerOrderDoes)
{
    JobSet set;
    std::vector<Job> jobs = unusualJobs();
    QRandomGenerator random(11);
    for (int n = 10; n < 200; ++n) {
        const JobStatus status = JobStatuses::kKnown[random.bounded(int(std::size(JobStatuses::kKnown)))];
        Job job = make(n, status);
        // Ties on every field, missing values, and texts whose code-unit order differs from
        // their case-insensitive one.
        job.createdAtMs = kBaseMs + qint64(n % 13) * 60000;
        if (n % 17 == 0)
            job.updatedAtMs = JobTime::kNone;
        if (n % 6 == 0)
            job.pluginId = QStringLiteral("Plugin-collector-%1").arg(n % 4);
        if (n % 19 == 0) {
            job.status = JobStatus::Unknown;
            job.rawStatus = n % 2 == 0 ? QStringLiteral("PAUSED") : QStringLiteral("ARCHIVED");
        }
        jobs.push_back(job);
    }
    set.upsert(jobs);
    const JobOrder::Field fields[] = {
        JobOrder::Field::CreatedAt,        JobOrder::Field::UpdatedAt,
        JobOrder::Field::FinishedAt,       JobOrder::Field::JobId,
        JobOrder::Field::Status,           JobOrder::Field::WorkspaceId,
        JobOrder::Field::TrustedAccountId, JobOrder::Field::PluginId,
        JobOrder::Field::ResourceGroup,    JobOrder::Field::ErrorMessage,
        JobOrder::Field::DomainId,
    };
    const auto sign = [](int c) { return c < 0 ? -1 : (c > 0 ? 1 : 0); };
    for (JobOrder::Field field : fields) {
        for (bool descending : { false, true }) {
            const JobOrder order(field, descending);
            const JobSlotOrder bySlot(order, set);
            for (size_t i = 0; i < jobs.size(); ++i) {
                const int a = set.slotOf(jobs[i].jobId);
                for (size_t j = 0; j < jobs.size(); j += 7) {
                    const int b = set.slotOf(jobs[j].jobId);
                    const int expected = sign(order.compare(jobs[i], jobs[j]));
                    EXPECT_EQ(sign(bySlot.compare(a, b)), expected)
                        << JobOrder::fieldName(field).toStdString() << ' ' << descending << ' '
                        << qPrintable(jobs[i].jobId) << ' ' << qPrintable(jobs[j].jobId);
                    EXPECT_EQ(sign(bySlot.compare(a, jobs[j])), expected);
                }
            }
        }
    }
}

} // namespace
