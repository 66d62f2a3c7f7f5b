// SPDX-License-Identifier: MIT
#pragma once

#include "api/job.h"

#include <QHash>
#include <QList>

#include <vector>

// Tells which jobs newly failed or newly became stuck between two snapshots, for desktop
// notifications. The first snapshot of a connection only sets the baseline: jobs that were
// already failed when the app started are not news.
class JobTransitionTracker
{
public:
    struct Transitions
    {
        QList<Job> newlyFailed;
        QList<Job> newlyStuck;
        bool isEmpty() const { return newlyFailed.isEmpty() && newlyStuck.isEmpty(); }
    };

    explicit JobTransitionTracker(qint64 stuckThresholdMs = 60 * 60 * 1000);

    void setStuckThresholdMs(qint64 ms) { m_stuckThresholdMs = ms; }
    Transitions update(const std::vector<Job> &jobs, qint64 nowMs);
    void reset(); // new connection or filter: the next snapshot is a baseline again
    bool hasBaseline() const { return m_hasBaseline; }

private:
    struct Seen
    {
        JobStatus status;
        bool stuck;
    };
    QHash<QString, Seen> m_seen;
    qint64 m_stuckThresholdMs;
    bool m_hasBaseline = false;
};
