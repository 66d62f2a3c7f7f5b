// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"
#include "model/jobset.h"

#include <QHash>
#include <QList>
#include <QStringList>

#include <memory>
#include <set>
#include <utility>
#include <vector>

// Tells which jobs newly failed or newly became stuck, for desktop notifications. It follows
// the changes of a JobSet as they happen, so a poll that changes k jobs costs O(k log n) here,
// and answers "which became stuck by now" from a queue of the active jobs ordered by the time
// they will count as stuck, never from a pass over every job. The first take() after a reset
// only sets the baseline: jobs that were already failed or stuck when the app started are not
// news, and neither are old jobs loaded later (the next page of a window).
class JobTransitionTracker final : private JobSet::Observer
{
public:
    struct Transitions
    {
        QList<Job> newlyFailed;
        QList<Job> newlyStuck;
        bool isEmpty() const { return newlyFailed.isEmpty() && newlyStuck.isEmpty(); }
    };

    // Follows `jobs`, or a set of its own fed through update().
    explicit JobTransitionTracker(std::shared_ptr<JobSet> jobs, qint64 stuckThresholdMs = kDefaultThresholdMs);
    explicit JobTransitionTracker(qint64 stuckThresholdMs = kDefaultThresholdMs);
    ~JobTransitionTracker() override;
    JobTransitionTracker(const JobTransitionTracker &) = delete;
    JobTransitionTracker &operator=(const JobTransitionTracker &) = delete;

    static constexpr qint64 kDefaultThresholdMs = 60 * 60 * 1000;
    static constexpr qint64 kArrivalMarginMs = 2 * 60 * 1000;

    // A new threshold makes the next take() a baseline.
    void setStuckThresholdMs(qint64 ms);
    qint64 stuckThresholdMs() const { return m_stuckThresholdMs; }
    // What happened since the last call: jobs that turned FAILURE (or arrived failed), and
    // active jobs whose time without progress passed the threshold by `nowMs`.
    Transitions take(qint64 nowMs);
    // Makes the set equal to `jobs` (as a full listing would), then take().
    Transitions update(std::vector<Job> jobs, qint64 nowMs);
    void reset(); // new connection or filter: the next take() is a baseline again
    bool hasBaseline() const { return m_hasBaseline; }

    // Active jobs without progress for longer than the threshold at `nowMs`.
    int stuckCount(qint64 nowMs) const;
    QStringList stuckJobIds(qint64 nowMs) const;

private:
    qint64 deadlineOf(const Job &job) const;
    qint64 deadlineOf(int slot) const;
    qint64 deadlineOf(qint64 updatedAtMs, qint64 createdAtMs) const;
    void watch(int slot);
    void unwatch(int slot);
    void rebuild();

    void jobsInserted(int firstSlot, int lastSlot) override;
    void jobsAboutToBeRemoved(const std::vector<int> &removed) override;
    void jobAboutToChange(int slot, const Job &next) override;
    void jobChanged(int slot) override;
    void wasReset() override;

    std::shared_ptr<JobSet> m_jobs;
    qint64 m_stuckThresholdMs;
    bool m_hasBaseline = false;
    // Active jobs not yet reported stuck, by the time they will be; and those already stuck.
    std::set<std::pair<qint64, int>> m_pending;
    std::set<int> m_stuck;
    QHash<int, qint64> m_deadline; // slot -> its entry in m_pending
    // Jobs that turned FAILURE since the last take(): slot and id (the slot may be reused).
    std::vector<std::pair<int, QString>> m_failed;
    bool m_wasFailed = false;
    // The server's created_at of the newest job seen by the last take(), and since; the
    // desktop time of the last take().
    qint64 m_newestSeenMs = JobTime::kNone;
    qint64 m_newestPendingMs = JobTime::kNone;
    qint64 m_lastTakeMs = JobTime::kNone;
};
