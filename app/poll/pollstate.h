// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"
#include "api/requesttraffic.h"

#include <QDateTime>
#include <QMetaType>

// What one poll asked the server for.
enum class PollKind {
    Full, // every matching job, listed page by page
    Delta, // only jobs whose updated_at passed the watermark, plus a count
    Sweep, // a delta whose count disagreed, followed by an id-only listing
};

// Where the poller is, for the status bar: "Updated 12 s ago", "Retrying in 40 s (3 failures)".
struct PollState
{
    enum class Phase {
        Idle, // not started, or waiting for the next regular poll
        Polling, // a poll is in flight
        Paused,
        Error, // the last poll failed; waiting to retry
    };

    Phase phase = Phase::Idle;
    // The times are in UTC: a local time reads the time zone on every conversion, which a poll
    // would pay for each time. Whoever shows one converts it.
    // Desktop clock, only for "updated N s ago"; the server's clock plays no part.
    QDateTime lastSuccess;
    ApiError lastError;
    // The last poll's stat requests failed; jobs were still delivered.
    ApiError statsError;
    int consecutiveFailures = 0;
    QDateTime nextPollAt; // invalid while polling or paused
    int nextDelayMs = 0;
    // The jobs on screen are older than the last attempt.
    bool stale = false;
    quint64 generation = 0;

    // The last successful poll: its kind, its traffic and how many rows it added, changed or
    // removed (a full poll counts every row).
    PollKind lastKind = PollKind::Full;
    RequestTraffic lastTraffic;
    int lastChanges = 0;
    // A sweep's created_at ranges: how many were counted and how many had to be listed.
    int sweepRangesCounted = 0;
    int sweepRangesListed = 0;
    // Desktop clock, for "next full listing at ...".
    QDateTime lastFullRefresh;

    static QString phaseName(Phase phase);
    static QString kindName(PollKind kind);
};

Q_DECLARE_METATYPE(PollState)
