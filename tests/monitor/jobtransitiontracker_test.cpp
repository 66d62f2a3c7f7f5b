// SPDX-License-Identifier: MIT
#include "monitor/jobtransitiontracker.h"

#include <gtest/gtest.h>

namespace {
constexpr qint64 kHour = 60 * 60 * 1000;
constexpr qint64 kNow = 1'800'000'000'000;

Job makeJob(const QString &id, JobStatus status, qint64 updatedAgoMs = 0)
{
    Job j;
    j.jobId = id;
    j.status = status;
    j.createdAtMs = kNow - updatedAgoMs - 1000;
    j.updatedAtMs = kNow - updatedAgoMs;
    return j;
}

QStringList ids(const QList<Job> &jobs)
{
    QStringList out;
    for (const Job &j : jobs)
        out.append(j.jobId);
    return out;
}
} // namespace

TEST(JobTransitionTracker, FirstSnapshotIsOnlyABaseline)
{
    JobTransitionTracker tracker;
    const auto t = tracker.update({ makeJob(QStringLiteral("job-a"), JobStatus::Failure),
                                    makeJob(QStringLiteral("job-b"), JobStatus::Pending, 3 * kHour) },
                                  kNow);
    EXPECT_TRUE(t.isEmpty());
    EXPECT_TRUE(tracker.hasBaseline());
}

TEST(JobTransitionTracker, ReportsJobsThatNewlyFail)
{
    JobTransitionTracker tracker;
    tracker.update({ makeJob(QStringLiteral("job-a"), JobStatus::InProgress),
                     makeJob(QStringLiteral("job-old"), JobStatus::Failure) },
                   kNow);
    const auto t = tracker.update({ makeJob(QStringLiteral("job-a"), JobStatus::Failure),
                                    makeJob(QStringLiteral("job-old"), JobStatus::Failure),
                                    makeJob(QStringLiteral("job-new"), JobStatus::Failure) },
                                  kNow);
    EXPECT_EQ(ids(t.newlyFailed), (QStringList{ QStringLiteral("job-a"), QStringLiteral("job-new") }));
    EXPECT_TRUE(t.newlyStuck.isEmpty());
    // Reported once only.
    const auto again = tracker.update({ makeJob(QStringLiteral("job-a"), JobStatus::Failure) }, kNow);
    EXPECT_TRUE(again.isEmpty());
}

TEST(JobTransitionTracker, ReportsJobsThatBecomeStuckOnce)
{
    JobTransitionTracker tracker(kHour);
    tracker.update({ makeJob(QStringLiteral("job-a"), JobStatus::Pending, kHour / 2) }, kNow);
    const auto t = tracker.update({ makeJob(QStringLiteral("job-a"), JobStatus::Pending, kHour / 2) }, kNow + kHour);
    EXPECT_EQ(ids(t.newlyStuck), QStringList{ QStringLiteral("job-a") });
    const auto again
        = tracker.update({ makeJob(QStringLiteral("job-a"), JobStatus::Pending, kHour / 2) }, kNow + 2 * kHour);
    EXPECT_TRUE(again.newlyStuck.isEmpty());
}

TEST(JobTransitionTracker, ResetMakesTheNextSnapshotABaselineAgain)
{
    JobTransitionTracker tracker;
    tracker.update({ makeJob(QStringLiteral("job-a"), JobStatus::InProgress) }, kNow);
    tracker.reset();
    EXPECT_FALSE(tracker.hasBaseline());
    EXPECT_TRUE(tracker.update({ makeJob(QStringLiteral("job-a"), JobStatus::Failure) }, kNow).isEmpty());
}
