// SPDX-License-Identifier: MIT
// Poller, when it polls: the interval, starting and pausing, the next poll's timer.
#include "poller.h"

#include "api/jobapiclient.h"
#include "api/timersource.h"

void Poller::setInterval(int ms)
{
    m_intervalMs = qMax(1, ms);
    if (m_timer && m_state.consecutiveFailures == 0)
        schedule(m_intervalMs);
}

void Poller::setMaxBackoff(int ms)
{
    m_maxBackoffMs = qMax(1, ms);
}

void Poller::setJitter(double fraction)
{
    m_jitter = qBound(0.0, fraction, 1.0);
}

void Poller::start()
{
    if (m_started)
        return;
    m_started = true;
    poll();
}

void Poller::pause()
{
    if (m_paused)
        return;
    m_paused = true;
    delete m_timer.data();
    m_state.nextPollAt = {};
    m_state.nextDelayMs = 0;
    setPhase(PollState::Phase::Paused);
}

void Poller::resume()
{
    if (!m_paused)
        return;
    m_paused = false;
    if (!m_started)
        setPhase(PollState::Phase::Idle);
    else if (m_polling)
        setPhase(PollState::Phase::Polling);
    else
        poll();
}

void Poller::refreshNow()
{
    if (!m_started) {
        start();
        return;
    }
    poll();
}

void Poller::schedule(int delayMs)
{
    if (m_paused) {
        m_state.nextPollAt = {};
        m_state.nextDelayMs = 0;
        setPhase(PollState::Phase::Paused);
        return;
    }
    m_state.nextDelayMs = delayMs;
    m_state.nextPollAt = QDateTime::fromMSecsSinceEpoch(timers()->nowMs() + delayMs, Qt::UTC);
    delete m_timer.data();
    m_timer = timers()->singleShot(delayMs, this, [this] {
        m_timer = nullptr; // firing: the source disposes of it, poll() must not delete it
        poll();
    });
    setPhase(m_state.lastError.isError() ? PollState::Phase::Error : PollState::Phase::Idle);
}

void Poller::setPhase(PollState::Phase phase)
{
    m_state.phase = phase;
    emit stateChanged(m_state);
}
