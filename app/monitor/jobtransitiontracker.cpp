// SPDX-License-Identifier: MIT
#include "jobtransitiontracker.h"

#include "model/jobfilter.h"

JobTransitionTracker::JobTransitionTracker(std::shared_ptr<JobSet> jobs, qint64 stuckThresholdMs)
    : m_jobs(jobs ? std::move(jobs) : std::make_shared<JobSet>())
    , m_stuckThresholdMs(stuckThresholdMs)
{
    m_jobs->addObserver(this);
    rebuild();
}

JobTransitionTracker::JobTransitionTracker(qint64 stuckThresholdMs)
    : JobTransitionTracker(nullptr, stuckThresholdMs)
{ }

JobTransitionTracker::~JobTransitionTracker()
{
    m_jobs->removeObserver(this);
}

qint64 JobTransitionTracker::deadlineOf(const Job &job) const
{
    // The same rule as JobFilter::isStuck: stuck once nowMs - since > threshold.
    return deadlineOf(job.updatedAtMs, job.createdAtMs);
}

qint64 JobTransitionTracker::deadlineOf(qint64 updatedAtMs, qint64 createdAtMs) const
{
    const qint64 since = updatedAtMs != JobTime::kNone ? updatedAtMs : createdAtMs;
    return since == JobTime::kNone ? JobTime::kNone : since + m_stuckThresholdMs;
}

qint64 JobTransitionTracker::deadlineOf(int slot) const
{
    return deadlineOf(m_jobs->updatedAtMs(slot), m_jobs->createdAtMs(slot));
}

void JobTransitionTracker::watch(int slot)
{
    if (!m_jobs->isActive(slot))
        return;
    const qint64 deadline = deadlineOf(slot);
    if (deadline == JobTime::kNone)
        return;
    m_pending.emplace(deadline, slot);
    m_deadline.insert(slot, deadline);
}

void JobTransitionTracker::unwatch(int slot)
{
    const auto it = m_deadline.constFind(slot);
    if (it != m_deadline.constEnd()) {
        m_pending.erase({ *it, slot });
        m_deadline.erase(it);
    }
    m_stuck.erase(slot);
}

void JobTransitionTracker::rebuild()
{
    m_newestPendingMs = JobTime::kNone;
    m_newestSeenMs = JobTime::kNone;
    m_jobs->forEach([this](int slot) { m_newestPendingMs = qMax(m_newestPendingMs, m_jobs->createdAtMs(slot)); });
    m_pending.clear();
    m_stuck.clear();
    m_deadline.clear();
    m_failed.clear();
    m_jobs->forEach([this](int slot) { watch(slot); });
}

void JobTransitionTracker::setStuckThresholdMs(qint64 ms)
{
    if (ms == m_stuckThresholdMs)
        return;
    m_stuckThresholdMs = ms;
    rebuild();
    m_hasBaseline = false;
}

void JobTransitionTracker::reset()
{
    m_failed.clear();
    m_hasBaseline = false;
}

JobTransitionTracker::Transitions JobTransitionTracker::take(qint64 nowMs)
{
    Transitions t;
    // Only the jobs whose time has come are looked at.
    while (!m_pending.empty() && nowMs > m_pending.begin()->first) {
        const int slot = m_pending.begin()->second;
        m_pending.erase(m_pending.begin());
        m_deadline.remove(slot);
        m_stuck.insert(slot);
        if (m_hasBaseline)
            t.newlyStuck.append(m_jobs->job(slot));
    }
    if (m_hasBaseline) {
        for (const auto &[slot, id] : m_failed) {
            if (m_jobs->isLive(slot) && m_jobs->hasId(slot, id) && m_jobs->status(slot) == JobStatus::Failure)
                t.newlyFailed.append(m_jobs->job(slot));
        }
    }
    m_failed.clear();
    m_hasBaseline = true;
    m_lastTakeMs = nowMs;
    m_newestSeenMs = qMax(m_newestSeenMs, m_newestPendingMs);
    return t;
}

JobTransitionTracker::Transitions JobTransitionTracker::update(std::vector<Job> jobs, qint64 nowMs)
{
    m_jobs->replaceAll(std::move(jobs));
    return take(nowMs);
}

int JobTransitionTracker::stuckCount(qint64 nowMs) const
{
    int count = int(m_stuck.size());
    for (auto it = m_pending.begin(); it != m_pending.end() && nowMs > it->first; ++it)
        ++count;
    return count;
}

QStringList JobTransitionTracker::stuckJobIds(qint64 nowMs) const
{
    QStringList ids;
    for (int slot : m_stuck)
        ids.append(m_jobs->jobId(slot));
    for (auto it = m_pending.begin(); it != m_pending.end() && nowMs > it->first; ++it)
        ids.append(m_jobs->jobId(it->second));
    return ids;
}

void JobTransitionTracker::jobsInserted(int firstSlot, int lastSlot)
{
    for (int slot = firstSlot; slot <= lastSlot; ++slot) {
        const qint64 createdAtMs = m_jobs->createdAtMs(slot);
        // Created well before the newest job seen at the last take(), a job was only loaded now
        // (a page after a window, a window in another order), not created: what it went
        // through before that take() is no news. The margin covers workers whose clocks lag.
        const bool old = m_hasBaseline && createdAtMs != JobTime::kNone && m_newestSeenMs != JobTime::kNone
            && createdAtMs < m_newestSeenMs - kArrivalMarginMs;
        m_newestPendingMs = qMax(m_newestPendingMs, createdAtMs);
        watch(slot);
        if (old) {
            const auto it = m_deadline.constFind(slot);
            if (it != m_deadline.constEnd() && *it < m_lastTakeMs) {
                m_pending.erase({ *it, slot });
                m_deadline.erase(it);
                m_stuck.insert(slot);
            }
            continue;
        }
        // A job first seen already failed is news once a baseline exists: it was created since.
        if (m_hasBaseline && m_jobs->status(slot) == JobStatus::Failure)
            m_failed.emplace_back(slot, m_jobs->jobId(slot));
    }
}

void JobTransitionTracker::jobsAboutToBeRemoved(const std::vector<int> &removed)
{
    for (int slot : removed)
        unwatch(slot);
}

void JobTransitionTracker::jobAboutToChange(int slot, const Job &next)
{
    m_wasFailed = m_jobs->status(slot) == JobStatus::Failure;
    const bool wasStuck = m_stuck.count(slot) > 0;
    unwatch(slot);
    // Still stuck with the same quiet time: no news when it is seen again.
    if (wasStuck && next.isActive() && deadlineOf(next) == deadlineOf(slot))
        m_stuck.insert(slot);
}

void JobTransitionTracker::jobChanged(int slot)
{
    if (m_stuck.count(slot) == 0)
        watch(slot);
    if (m_hasBaseline && !m_wasFailed && m_jobs->status(slot) == JobStatus::Failure)
        m_failed.emplace_back(slot, m_jobs->jobId(slot));
}

void JobTransitionTracker::wasReset()
{
    rebuild();
    m_hasBaseline = false;
}
