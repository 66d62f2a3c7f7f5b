// SPDX-License-Identifier: MIT
#include "poll/changeprobe.h"
#include "poll/deltapoll.h"
#include "poll/deltasweep.h"
#include "poll/jobsyncset.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace {
Job job(const QString &id, qint64 created, qint64 updated = 0)
{
    Job j;
    j.jobId = id;
    j.createdAtMs = created;
    j.updatedAtMs = updated ? updated : created;
    j.status = JobStatus::Success;
    j.workspaceId = QStringLiteral("ws-a");
    j.trustedAccountId = QStringLiteral("ta-1");
    j.pluginId = QStringLiteral("plugin-x");
    return j;
}

} // namespace

TEST(JobSyncSet, ListingOrderIsNewestFirstAndUnchangedRowsAreNotTouched)
{
    JobSyncSet set;
    set.reset({ job("b", 100), job("c", 300), job("a", 100) }, 10, false);
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "c", "b", "a" })); // equal created_at: job_id desc
    EXPECT_EQ(set.upsert({ job("b", 100) }), 0); // the same values: no change
    EXPECT_EQ(set.upsert({ job("b", 100, 500) }), 1);
    EXPECT_EQ(set.jobs()->find("b")->updatedAtMs, 500);
    // A changed created_at moves the row in the listing order.
    EXPECT_EQ(set.upsert({ job("a", 400) }), 1);
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "a", "c", "b" }));
}

TEST(JobSyncSet, SharesItsJobsWithWhoeverShowsThem)
{
    auto jobs = std::make_shared<JobSet>();
    JobSyncSet set(jobs);
    set.reset({ job("a", 100), job("b", 200) }, 10, false);
    EXPECT_EQ(jobs->size(), 2);
    // Rows removed elsewhere (a local delete) leave the listing order too.
    jobs->forget({ "a" }, 3);
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "b" }));
    EXPECT_EQ(set.upsert({ job("a", 100) }), 0); // hidden while polls may still list it
    for (int poll = 0; poll < 3; ++poll)
        set.pollCompleted();
    EXPECT_EQ(set.upsert({ job("a", 100) }), 1);
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "b", "a" }));
}

TEST(JobSyncSet, ManyRowsStayInListingOrder)
{
    // Enough rows for many blocks of the ranked sequence, changed in a shuffled order.
    JobSyncSet set;
    std::vector<Job> rows;
    for (int i = 0; i < 3000; ++i)
        rows.push_back(job(QStringLiteral("job-%1").arg(i, 5, 10, QLatin1Char('0')), 1000 + (i * 7919) % 5000));
    set.reset(rows, 10000, false);
    QStringList removed;
    for (int i = 0; i < 3000; i += 3)
        removed << rows[size_t(i)].jobId;
    set.remove(removed);
    std::vector<Job> moved;
    for (int i = 1; i < 3000; i += 3)
        moved.push_back(job(rows[size_t(i)].jobId, 9000 - i));
    set.upsert(moved);
    const QStringList order = set.idsInListingOrder();
    ASSERT_EQ(order.size(), 2000);
    for (int i = 1; i < order.size(); ++i)
        ASSERT_TRUE(JobSyncSet::listsBefore(*set.jobs()->find(order[i - 1]), *set.jobs()->find(order[i]))) << i;
    EXPECT_EQ(set.countCreatedSince(6000), int(std::count_if(order.begin(), order.end(), [&](const QString &id) {
                  return set.jobs()->find(id)->createdAtMs >= 6000;
              })));
}

TEST(JobSyncSet, VersionsAndTheUpsertEffectTellWhatTheFacetCountsNeed)
{
    JobSyncSet set;
    set.reset({ job("a", 100), job("b", 200) }, 10, false);
    EXPECT_TRUE(set.hasVersion("a", 100));
    EXPECT_FALSE(set.hasVersion("a", 101));
    EXPECT_FALSE(set.hasVersion("z", 100));

    Job failed = job("a", 100, 150);
    failed.status = JobStatus::Failure;
    JobSyncSet::UpsertEffect effect;
    EXPECT_EQ(set.upsert({ failed }, &effect), 1);
    EXPECT_TRUE(effect.statusChanged);
    EXPECT_FALSE(effect.facetKeyChanged);
    EXPECT_FALSE(effect.added);

    Job moved = job("b", 200, 250);
    moved.pluginId = QStringLiteral("plugin-y");
    JobSyncSet::UpsertEffect second;
    set.upsert({ moved, job("c", 300) }, &second);
    EXPECT_TRUE(second.facetKeyChanged);
    EXPECT_TRUE(second.added);
}

TEST(JobSyncSet, AWindowOverItsCapDropsTheOldestAsTheServerWould)
{
    JobSyncSet set;
    set.reset({ job("a", 100), job("b", 200), job("c", 300) }, 3, false);
    EXPECT_FALSE(set.isTruncated());
    set.upsert({ job("d", 400), job("e", 50) });
    EXPECT_EQ(set.size(), 5); // until the poll is done
    set.enforceCap();
    EXPECT_TRUE(set.isTruncated());
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "d", "c", "b" }));
    EXPECT_EQ(set.windowStartMs(), 200);
    EXPECT_EQ(set.countCreatedSince(250), 2);
}

TEST(JobSyncSet, GoneInRangeOnlyTouchesThatRange)
{
    JobSyncSet set;
    set.reset({ job("a", 100), job("b", 200), job("c", 300), job("d", 400) }, 10, false);
    EXPECT_EQ(set.countCreatedIn(200, 400), 2);
    EXPECT_EQ(set.goneInRange({ "c" }, 200, 400), QStringList{ "b" }); // a and d are outside
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "d", "c", "b", "a" })) << "found, not yet removed";
    EXPECT_EQ(set.remove(set.goneInRange({ "c" }, 200, 400)), 1);
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "d", "c", "a" }));
    EXPECT_EQ(set.missing({ "a", "x", "c", "w" }), (QStringList{ "w", "x" }));
    EXPECT_EQ(set.remove({ "a", "nope" }), 1);
}

TEST(DeltaSweep, RangesPartitionTimeIntoEqualShares)
{
    EXPECT_EQ(DeltaSweep::rangesFor(std::vector<qint64>(100, 5)).size(), 1u); // small: list it all
    EXPECT_TRUE(DeltaSweep::rangesFor({ 1, 2, 3 }).front().isUnbounded());

    std::vector<qint64> created;
    for (int i = 0; i < 10000; ++i)
        created.push_back(1000000 + (i * 7919) % 10000); // shuffled, distinct
    const std::vector<DeltaSweep::Range> ranges = DeltaSweep::rangesFor(created);
    ASSERT_GE(ranges.size(), 10u);
    ASSERT_LE(ranges.size(), size_t(DeltaSweep::kMaxRanges));
    EXPECT_EQ(ranges.front().from, std::numeric_limits<qint64>::min());
    EXPECT_EQ(ranges.back().until, std::numeric_limits<qint64>::max());
    for (size_t i = 1; i < ranges.size(); ++i)
        EXPECT_EQ(ranges[i].from, ranges[i - 1].until); // no gap, no overlap
    for (const DeltaSweep::Range &r : ranges) {
        const auto n = std::count_if(created.begin(), created.end(), [&](qint64 t) { return r.contains(t); });
        EXPECT_NEAR(double(n), 10000.0 / double(ranges.size()), 2.0);
    }
    // The outer ranges are open: a job created before or after every held one still counts.
    EXPECT_TRUE(DeltaSweep::rangeFilters(ranges.front()).size() == 1);
    EXPECT_EQ(DeltaSweep::rangeFilters(ranges[1]).size(), 2);
    EXPECT_EQ(DeltaSweep::rangeFilters(ranges[1]).at(0).op, QStringLiteral("datetime_gte"));
    EXPECT_EQ(DeltaSweep::rangeFilters(ranges[1]).at(1).op, QStringLiteral("datetime_lt"));
}

TEST(DeltaSweep, EqualTimestampsNeverStraddleTwoRanges)
{
    std::vector<qint64> created(3000, 42);
    created.push_back(7);
    const std::vector<DeltaSweep::Range> ranges = DeltaSweep::rangesFor(created);
    int holding42 = 0;
    for (const DeltaSweep::Range &r : ranges)
        holding42 += r.contains(42) ? 1 : 0;
    EXPECT_EQ(holding42, 1);
}

TEST(DeltaPoll, TheIdsQueryAsksOnlyForWhatChangedSinceTheWatermarkMinusTheOverlap)
{
    const JobScope filters{ { QueryFilter::eq(QStringLiteral("status"), QStringLiteral("FAILURE")) }, {} };
    const JobListRequest request
        = ChangeProbe::changedIdsRequest(filters, 1700000030000, true, 30000, DeltaPoll::kMaxChanges);
    const QJsonObject query = request.toJson().value(QLatin1String("query")).toObject();
    const QJsonArray filter = query.value(QLatin1String("filter")).toArray();
    ASSERT_EQ(filter.size(), 2);
    EXPECT_EQ(filter.at(1).toObject().value(QLatin1String("o")).toString(), QStringLiteral("datetime_gt"));
    EXPECT_EQ(filter.at(1).toObject().value(QLatin1String("v")).toString(), QStringLiteral("2023-11-14T22:13:20.000Z"));
    EXPECT_EQ(query.value(QLatin1String("only")).toArray(), (QJsonArray{ "job_id", "updated_at" }));
    EXPECT_EQ(ChangeProbe::changedIdsRequest(filters, 0, false, 30000, DeltaPoll::kMaxChanges).query.filter.size(), 1);
    EXPECT_TRUE(ChangeProbe::countRequest(filters)
                    .toJson()
                    .value(QLatin1String("query"))
                    .toObject()
                    .value(QLatin1String("count_only"))
                    .toBool());
}

namespace {
Job withPlugin(const QString &id, qint64 created, const QString &plugin)
{
    Job j = job(id, created);
    j.pluginId = plugin;
    return j;
}
} // namespace

TEST(JobSyncSet, AWindowInAnotherOrderHasItsEdgeWhereThatOrderEnds)
{
    JobSyncSet set;
    const JobOrder byPlugin(JobOrder::Field::PluginId, false);
    set.setOrder(byPlugin);
    set.reset({ withPlugin("d", 400, "p-b"), withPlugin("a", 100, "p-a"), withPlugin("c", 300, "p-a"),
                withPlugin("b", 200, "p-b") },
              4, true);
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "a", "c", "b", "d" }));
    ASSERT_TRUE(set.edge());
    EXPECT_EQ(set.edge()->jobId, "d");
    const Job edge = *set.edge();
    EXPECT_EQ(set.countAtOrBefore(edge), 4);
    EXPECT_EQ(set.countAtOrBefore(*set.jobs()->find("c")), 2);

    // A job that moves past the edge (its plugin changed) belongs after rows the window lacks.
    set.upsert({ withPlugin("a", 100, "p-z") });
    EXPECT_EQ(set.countAtOrBefore(edge), 3);
    EXPECT_EQ(set.trimAfter(edge), 1);
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "c", "b", "d" }));

    // A page listed after the edge widens the window and moves its edge.
    EXPECT_EQ(set.extend({ withPlugin("e", 50, "p-c"), withPlugin("f", 60, "p-c") }), 2);
    EXPECT_EQ(set.cap(), 5);
    EXPECT_EQ(set.edge()->jobId, "f");
    EXPECT_TRUE(set.isTruncated());

    // Back to the default order: created_at descending.
    set.setOrder(JobOrder());
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "d", "c", "b", "f", "e" }));
}

TEST(JobSyncSet, TheCapCutsAWindowInItsOwnOrder)
{
    JobSyncSet set;
    set.setOrder(JobOrder(JobOrder::Field::PluginId, true));
    set.reset({ withPlugin("a", 100, "p-c"), withPlugin("b", 200, "p-b") }, 2, true);
    set.upsert({ withPlugin("c", 300, "p-a") });
    set.enforceCap();
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "a", "b" })); // p-a sorts last descending
    set.upsert({ withPlugin("d", 50, "p-d") });
    set.enforceCap();
    EXPECT_EQ(set.idsInListingOrder(), (QStringList{ "d", "a" }));
}
