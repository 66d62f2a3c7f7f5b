// SPDX-License-Identifier: MIT
#include "manualtimersource.h"

#include "api/jobapiclient.h"
#include "testsupport.h"

#include <QDateTime>

#include <algorithm>

ManualTimerSource::ManualTimerSource()
    : m_now(QDateTime::currentMSecsSinceEpoch())
{ }

ManualTimerSource::ManualTimerSource(qint64 startMs)
    : m_now(startMs)
{ }

QObject *ManualTimerSource::singleShot(int delayMs, QObject *context, std::function<void()> fn)
{
    auto *handle = new QObject(context);
    m_entries.append({ m_now + qMax(0, delayMs), m_order++, handle, std::move(fn) });
    m_started.append(delayMs);
    return handle;
}

void ManualTimerSource::prune()
{
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(), [](const Entry &e) { return !e.handle; }),
                    m_entries.end());
}

int ManualTimerSource::pending() const
{
    return int(std::count_if(m_entries.cbegin(), m_entries.cend(), [](const Entry &e) { return bool(e.handle); }));
}

qint64 ManualTimerSource::nextDueMs() const
{
    qint64 due = -1;
    for (const Entry &e : m_entries) {
        if (e.handle && (due < 0 || e.due < due))
            due = e.due;
    }
    return due;
}

bool ManualTimerSource::fireNext()
{
    prune();
    if (m_entries.isEmpty())
        return false;
    const auto next = std::min_element(m_entries.cbegin(), m_entries.cend(), [](const Entry &a, const Entry &b) {
        return a.due != b.due ? a.due < b.due : a.order < b.order;
    });
    const qint64 due = next->due;
    advance(due - m_now);
    return true;
}

void ManualTimerSource::advance(qint64 ms)
{
    const qint64 target = m_now + qMax<qint64>(0, ms);
    for (;;) {
        prune();
        auto next = std::min_element(m_entries.begin(), m_entries.end(), [](const Entry &a, const Entry &b) {
            return a.due != b.due ? a.due < b.due : a.order < b.order;
        });
        if (next == m_entries.end() || next->due > target)
            break;
        Entry entry = std::move(*next);
        m_entries.erase(next);
        m_now = qMax(m_now, entry.due);
        // Fired like a single-shot QTimer: the handle goes away, then the call runs.
        QObject *handle = entry.handle.data();
        entry.handle = nullptr;
        delete handle;
        entry.fn();
    }
    m_now = target;
}

bool settleOnManualClock(const JobApiClient &client, ManualTimerSource &timers, const std::function<bool()> &done,
                         int timeoutMs)
{
    return waitUntil(
        [&] {
            if (!done() && client.transfersInFlight() == 0 && timers.pending() > 0)
                timers.fireNext();
            return done();
        },
        timeoutMs);
}
