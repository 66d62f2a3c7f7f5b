// SPDX-License-Identifier: MIT
#pragma once

#include "api/timersource.h"

#include <QList>
#include <QPointer>

#include <functional>

class JobApiClient;

// A clock and timers that move only when a test says so: backoffs, deadlines and poll
// intervals pass in an instant, and a test counts them instead of waiting for them.
class ManualTimerSource final : public TimerSource
{
public:
    // Starts at the wall clock's time, so real tokens' expiry times mean what they say.
    ManualTimerSource();
    explicit ManualTimerSource(qint64 startMs);

    qint64 nowMs() const override { return m_now; }
    QObject *singleShot(int delayMs, QObject *context, std::function<void()> fn) override;

    // Timers not fired or canceled yet.
    int pending() const;
    // The delay each timer was started with, in order (canceled ones included).
    const QList<int> &startedDelays() const { return m_started; }
    qint64 nextDueMs() const; // -1 when nothing is pending
    // Moves the clock to the earliest pending timer and fires it (and any due at the same
    // time). False when nothing was pending.
    bool fireNext();
    // Moves the clock forward, firing what falls due on the way, in order.
    void advance(qint64 ms);
    // Sets the clock without firing anything; timers now overdue fire on the next fireNext().
    void setNow(qint64 ms) { m_now = ms; }

private:
    struct Entry
    {
        qint64 due = 0;
        quint64 order = 0;
        QPointer<QObject> handle;
        std::function<void()> fn;
    };
    void prune();

    qint64 m_now;
    quint64 m_order = 0;
    QList<Entry> m_entries;
    QList<int> m_started;
};

// Waits for `done` with answers taken as they come; whenever nothing is on `client`'s wire, the
// next timer (a backoff, a deadline, a refresh) fires at once on `timers`.
bool settleOnManualClock(const JobApiClient &client, ManualTimerSource &timers, const std::function<bool()> &done,
                         int timeoutMs = 10000);
