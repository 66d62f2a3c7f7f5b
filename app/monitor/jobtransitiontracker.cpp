// SPDX-License-Identifier: MIT
#include "jobtransitiontracker.h"

#include "model/jobfilter.h"

JobTransitionTracker::JobTransitionTracker(qint64 stuckThresholdMs)
    : m_stuckThresholdMs(stuckThresholdMs)
{ }

JobTransitionTracker::Transitions JobTransitionTracker::update(const std::vector<Job> &jobs, qint64 nowMs)
{
    Transitions t;
    QHash<QString, Seen> seen;
    seen.reserve(qsizetype(jobs.size()));
    for (const Job &job : jobs) {
        const bool stuck = JobFilter::isStuck(job, nowMs, m_stuckThresholdMs);
        seen.insert(job.jobId, { job.status, stuck });
        if (!m_hasBaseline)
            continue;
        const auto before = m_seen.constFind(job.jobId);
        const bool known = before != m_seen.constEnd();
        // A job first seen already failed is news only if it was created after the baseline,
        // which is what "not known before" means once a baseline exists.
        if (job.status == JobStatus::Failure && (!known || before->status != JobStatus::Failure))
            t.newlyFailed.append(job);
        if (stuck && (!known || !before->stuck))
            t.newlyStuck.append(job);
    }
    m_seen = std::move(seen);
    m_hasBaseline = true;
    return t;
}

void JobTransitionTracker::reset()
{
    m_seen.clear();
    m_hasBaseline = false;
}
