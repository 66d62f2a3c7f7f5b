// SPDX-License-Identifier: MIT
#pragma once

#include "poll/pollstate.h"

#include <QStatusBar>

class QLabel;
class QTimer;

// Connection state, data freshness ("updated 5 s ago", "stale"), "showing N of M" and the
// traffic of the last poll, permanently on the right of the status bar.
class PollStatusBar final : public QStatusBar
{
    Q_OBJECT
public:
    enum class State { NotConnected, NoToken, Connecting, Connected, Paused, Error };

    explicit PollStatusBar(QWidget *parent = nullptr);

    void setConnection(const QString &name, State state);
    void setLastUpdate(qint64 msecsSinceEpoch); // desktop clock; 0: never
    void setStale(bool stale);
    void setCounts(int shown, int loaded, qint64 serverTotal, bool truncated);
    // No counts to show yet (connecting): none rather than a stale or made-up number.
    void clearCounts();
    // "Delta · 412 B", with the details of the last poll in the tooltip.
    void setLastPoll(const PollState &state, int fullRefreshIntervalMs);
    static QString pollSummary(const PollState &state);
    static QString pollDetails(const PollState &state, int fullRefreshIntervalMs);
    QString trafficText() const;
    void setNextRetry(qint64 msecsSinceEpoch); // 0: none scheduled

    QString connectionText() const;
    QString freshnessText() const;
    QString countText() const;

private:
    void refreshFreshness();

    QLabel *m_connection;
    QLabel *m_freshness;
    QLabel *m_counts;
    QLabel *m_traffic;
    QTimer *m_ticker;
    qint64 m_lastUpdateMs = 0;
    qint64 m_nextRetryMs = 0;
    bool m_stale = false;
    State m_state = State::NotConnected;
};
