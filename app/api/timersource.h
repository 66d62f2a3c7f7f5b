// SPDX-License-Identifier: MIT
#pragma once

#include <QObject>

#include <functional>

// Where the client and the poller take their clock and their one-shot timers from. The system
// source is the wall clock and QTimer; tests install a source they step by hand, so a backoff,
// a deadline or a poll interval is passed without waiting for it.
class TimerSource
{
public:
    virtual ~TimerSource();

    // Milliseconds since the Unix epoch.
    virtual qint64 nowMs() const = 0;
    // Calls `fn` once, after `delayMs`, in `context`'s thread. The returned object is a child of
    // `context`; deleting it (or `context`) cancels the call.
    virtual QObject *singleShot(int delayMs, QObject *context, std::function<void()> fn) = 0;

    // The wall clock and QTimer; lives as long as the process.
    static TimerSource *system();
};
