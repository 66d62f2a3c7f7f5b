// SPDX-License-Identifier: MIT
#pragma once

#include "api/apierror.h"

#include <QDateTime>
#include <QMetaType>

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

    static QString phaseName(Phase phase);
};

Q_DECLARE_METATYPE(PollState)
