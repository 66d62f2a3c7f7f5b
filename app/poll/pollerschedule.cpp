// SPDX-License-Identifier: MIT
// Poller, when it polls: the interval, starting and pausing, and the backoff after failures.
#include "poller.h"

#include <QRandomGenerator>

#include <cmath>

void Poller::setInterval(int ms)
{
    m_intervalMs = qMax(1, ms);
    if (m_timer.isActive() && m_state.consecutiveFailures == 0)
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
    m_timer.stop();
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
    if (!m_polling)
        poll();
}

int Poller::retryDelay(int failures, const ApiError &error) const
{
    // Retrying cannot fix a rejected token or a missing permission; the user has to act, and
    // hammering the server with a bad token only fills its logs.
    if (error.isAuthentication() || error.isPermission())
        return m_maxBackoffMs;
    double delay = double(m_intervalMs) * std::pow(2.0, qBound(0, failures, 30));
    delay = qMin(delay, double(m_maxBackoffMs));
    if (m_jitter > 0)
        delay *= 1.0 - m_jitter * QRandomGenerator::global()->generateDouble();
    return qMax(1, int(delay));
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
    m_state.nextPollAt = QDateTime::currentDateTime().addMSecs(delayMs);
    m_timer.start(delayMs);
    setPhase(m_state.lastError.isError() ? PollState::Phase::Error : PollState::Phase::Idle);
}

void Poller::setPhase(PollState::Phase phase)
{
    m_state.phase = phase;
    emit stateChanged(m_state);
}
